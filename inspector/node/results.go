package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"time"

	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// Completions: once a lease of a machine this node observes has ended, the node asks the machine's node for its
// signed result CID (liveness.ResultPath), fetches the whole DAG at that CID from the node's content gateway
// (over the TLS binding to the provider's key, every block re-hashed against its CID by oracle/content), and
// only then records the result as its own observation, which the completion rule signs. A provider that
// names a CID it cannot serve, or serves blocks that do not hash, has its lease's completion attested by no
// one.

// resultRetry is how long after a failed fetch the node asks again, doubling with each failure up to
// resultRetryMax (a lease whose job left no output is asked about for its whole dispute window).
const (
	resultRetry    = 2 * time.Second
	resultRetryMax = 5 * time.Minute
	// resultFetchTimeout bounds one lease's fetch (the statement and the whole DAG), so a node that stalls
	// mid-stream holds no fetch slot forever.
	resultFetchTimeout = 30 * time.Minute
)

// resultFetcher fetches and verifies ended leases' results, at most one fetch per lease at a time.
type resultFetcher struct {
	client *liveness.Client
	dir    *MetadataDirectory
	store  observe.ResultStore
	// tmp is where a result's blocks are written while they are fetched and verified (removed after).
	tmp string
	lim content.Limits

	mu      sync.Mutex
	busy    map[uint64]bool
	nextTry map[uint64]time.Time
	tries   map[uint64]int
	// failures counts fetches that failed, by reason: the node published no result, the statement was not
	// the node's word, or the content could not be fetched or did not hash; failed (if set) hears each.
	failures map[string]int
	failed   func(reason string)
}

func newResultFetcher(client *liveness.Client, dir *MetadataDirectory, store observe.ResultStore, tmp string) *resultFetcher {
	return &resultFetcher{client: client, dir: dir, store: store, tmp: tmp, lim: content.DefaultLimits(),
		busy: map[uint64]bool{}, nextTry: map[uint64]time.Time{}, tries: map[uint64]int{}, failures: map[string]int{}}
}

// due says whether lease's result should be fetched now (none running, none failed within resultRetry), and
// marks it running when so.
func (f *resultFetcher) due(lease uint64, now time.Time) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.busy[lease] || now.Before(f.nextTry[lease]) {
		return false
	}
	f.busy[lease] = true
	return true
}

func (f *resultFetcher) done(lease uint64, err error, reason string) {
	f.mu.Lock()
	delete(f.busy, lease)
	if err == nil {
		delete(f.nextTry, lease)
		delete(f.tries, lease)
		f.mu.Unlock()
		return
	}
	f.backoff(lease)
	f.failures[reason]++
	f.mu.Unlock()
	if f.failed != nil {
		f.failed(reason)
	}
}

// skip releases lease without a fetch (its completion is on chain already, or the chain could not tell), and
// asks again only after the backoff.
func (f *resultFetcher) skip(lease uint64) {
	f.mu.Lock()
	defer f.mu.Unlock()
	delete(f.busy, lease)
	f.backoff(lease)
}

func (f *resultFetcher) backoff(lease uint64) {
	f.tries[lease]++
	f.nextTry[lease] = time.Now().Add(min(resultRetry<<min(f.tries[lease], 10), resultRetryMax))
}

// Failures is how many result fetches failed, by reason ("none", "statement", "content").
func (f *resultFetcher) Failures() map[string]int {
	f.mu.Lock()
	defer f.mu.Unlock()
	out := make(map[string]int, len(f.failures))
	for k, v := range f.failures {
		out[k] = v
	}
	return out
}

// fetch establishes lease l's result for this node: the statement, then every block of its DAG.
func (f *resultFetcher) fetch(ctx context.Context, l LeaseRecord) (observe.VerifiedResult, error) {
	var (
		res    observe.VerifiedResult
		reason string
		err    error
	)
	defer func() { f.done(l.ID, err, reason) }()
	ctx, cancel := context.WithTimeout(ctx, resultFetchTimeout)
	defer cancel()
	res, reason, err = f.verify(ctx, l)
	return res, err
}

func (f *resultFetcher) verify(ctx context.Context, l LeaseRecord) (observe.VerifiedResult, string, error) {
	t, err := f.dir.Target(ctx, l.Machine)
	if err != nil {
		return observe.VerifiedResult{}, "statement", err
	}
	lease := new(big.Int).SetUint64(l.ID)
	st, err := f.client.Result(ctx, t, lease)
	if errors.Is(err, liveness.ErrNoResult) {
		return observe.VerifiedResult{}, "none", err
	}
	if err != nil {
		return observe.VerifiedResult{}, "statement", err
	}
	root, err := cid.Decode(st.ResultCID)
	if err != nil {
		return observe.VerifiedResult{}, "statement", err
	}
	gw, err := content.NewClient(t.URL, f.client.ResultContentClient(t, lease), f.lim)
	if err != nil {
		return observe.VerifiedResult{}, "content", err
	}
	dir := filepath.Join(f.tmp, strconv.FormatUint(l.ID, 10))
	if err := os.RemoveAll(dir); err != nil {
		return observe.VerifiedResult{}, "content", err
	}
	defer os.RemoveAll(dir)
	blocks, err := content.OpenStore(dir)
	if err != nil {
		return observe.VerifiedResult{}, "content", err
	}
	if err := gw.Fetch(ctx, root, blocks); err != nil {
		return observe.VerifiedResult{}, "content", fmt.Errorf("result %s of lease %d: %w", root, l.ID, err)
	}
	if ok, err := blocks.Has(ctx, root); err != nil || !ok {
		return observe.VerifiedResult{}, "content", fmt.Errorf("result %s of lease %d: not whole after the fetch (%v)", root, l.ID, err)
	}
	rec, err := f.store.PutResult(ctx, observe.VerifiedResult{Lease: l.ID, Machine: l.Machine, CID: st.ResultCID, At: time.Now()})
	return rec, "", err
}

package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/server"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// bigTree is n accounts' leaves for epoch, its root and the JSON body posting it.
func bigTree(t testing.TB, epoch, n int) (common.Hash, []byte) {
	return bigTreeOf(t, epoch, n, true)
}

// bigTreeOf is bigTree, without the root (zero) unless withRoot.
func bigTreeOf(t testing.TB, epoch, n int, withRoot bool) (common.Hash, []byte) {
	t.Helper()
	entries := make([]rewardtree.Entry, n)
	type leaf struct {
		Account          common.Address `json:"account"`
		CumulativeAmount string         `json:"cumulativeAmount"`
	}
	leaves := make([]leaf, n)
	for i := range entries {
		a := common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("tree %d account %d", epoch, i))))
		v := new(big.Int).Mul(big.NewInt(int64(i+1)), big.NewInt(1e15))
		entries[i] = rewardtree.Entry{Account: a, Cumulative: v}
		leaves[i] = leaf{a, v.String()}
	}
	body, err := json.Marshal(map[string]any{"leaves": leaves})
	if err != nil {
		t.Fatal(err)
	}
	if !withRoot {
		return common.Hash{}, body
	}
	tree, err := rewardtree.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	return tree.Root(), body
}

func treeServer(t *testing.T, db *sqlstore.DB, budget int64) *server.Server {
	t.Helper()
	reg := prometheus.NewRegistry()
	cfg := server.DefaultConfig()
	cfg.RequestTimeout = 5 * time.Minute
	cfg.RatePerSecond, cfg.RateBurst = 1000, 1000
	if budget > 0 {
		cfg.TreeMemoryBudget = budget
	}
	s, err := server.New(cfg, server.Deps{Machines: db, Leases: db, History: db, Epochs: db, Rewards: indexer.NewRewardBook(db), DB: db,
		Gatherer: reg, Registerer: reg, Clock: &clock{t: now}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// postRoots indexes RootPosted for epochs 0…len(roots)-1.
func postRoots(t *testing.T, db *sqlstore.DB, roots []common.Hash) {
	t.Helper()
	if err := db.Init(context.Background(), indexer.SyncState{ChainID: 31337, Deployment: "test", Next: 1}); err != nil {
		t.Fatal(err)
	}
	e := &evs{block: 1}
	for i, r := range roots {
		e.add(indexer.Rewards, "RootPosted", map[string]any{"epoch": uint64(i), "root": [32]byte(r), "cumulativeTotal": big.NewInt(int64(1000 + i)),
			"increment": big.NewInt(1), "attestationId": [32]byte(crypto.Keccak256Hash([]byte{byte(i)}))})
	}
	ingest(t, db, 2, e.list)
}

// countingBody counts what the server read of a body.
type countingBody struct {
	r    io.Reader
	read atomic.Int64
}

func (c *countingBody) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read.Add(int64(n))
	return n, err
}

// TestTreeUploadRefusedBeforeTheBody: an epoch with no posted root and a declared length over the limit are
// refused without reading the body; a bad leaf stops the decoding at that leaf, named; past the leaf limit the
// upload stops at the first leaf too many.
func TestTreeUploadRefusedBeforeTheBody(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	root, body := bigTree(t, 0, 1000)
	postRoots(t, db, []common.Hash{root})
	s := treeServer(t, db, 0)
	post := func(epoch int, b io.Reader, length int64) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", fmt.Sprintf("/v1/rewards/epochs/%d/tree", epoch), b)
		req.ContentLength = length
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		s.Handler().ServeHTTP(w, req)
		return w
	}
	cb := &countingBody{r: bytes.NewReader(body)}
	if w := post(7, cb, int64(len(body))); w.Code != 422 || cb.read.Load() != 0 {
		t.Errorf("epoch without a root: %d %s, %d bytes read", w.Code, w.Body, cb.read.Load())
	}
	cb = &countingBody{r: bytes.NewReader(body)}
	if w := post(0, cb, 65<<20); w.Code != 413 || cb.read.Load() != 0 {
		t.Errorf("declared 65 MiB: %d %s, %d bytes read", w.Code, w.Body, cb.read.Load())
	}
	// A bad amount at leaf 3 of 1000: refused there, the rest unread.
	bad := bytes.Replace(body, []byte(`"4000000000000000"`), []byte(`"-4"`), 1)
	cb = &countingBody{r: bytes.NewReader(bad)}
	w := post(0, cb, int64(len(bad)))
	if w.Code != 400 || !bytes.Contains(w.Body.Bytes(), []byte(`leaves[3].cumulativeAmount`)) || cb.read.Load() >= int64(len(bad)) {
		t.Errorf("bad leaf 3: %d %s, %d of %d bytes read", w.Code, w.Body, cb.read.Load(), len(bad))
	}
	// One leaf more than the limit: stopped at leaf MaxRewardLeaves.
	_, huge := bigTreeOf(t, 1, indexer.MaxRewardLeaves+1, false)
	if w := post(0, bytes.NewReader(huge), int64(len(huge))); w.Code != 400 ||
		!bytes.Contains(w.Body.Bytes(), fmt.Appendf(nil, "leaves[%d]", indexer.MaxRewardLeaves)) {
		t.Errorf("%d leaves: %d %s", indexer.MaxRewardLeaves+1, w.Code, w.Body)
	}
	// The inspectors' canonical form names epoch and root first: a wrong root is refused before any leaf.
	canonical := func(epoch int, root common.Hash) []byte {
		return append(fmt.Appendf(nil, `{"epoch":%d,"root":"%s","increment":"1","cumulative":"2",`, epoch, root.Hex()), body[1:]...)
	}
	wrongRoot := canonical(0, common.HexToHash("0xbad"))
	cb = &countingBody{r: bytes.NewReader(wrongRoot)}
	if w := post(0, cb, int64(len(wrongRoot))); w.Code != 422 || cb.read.Load() >= int64(len(wrongRoot))/2 {
		t.Errorf("canonical tree with a wrong root: %d %s, %d of %d bytes read", w.Code, w.Body, cb.read.Load(), len(wrongRoot))
	}
	if w := post(0, bytes.NewReader(canonical(1, root)), int64(len(canonical(1, root)))); w.Code != 400 {
		t.Errorf("canonical tree of epoch 1 posted to epoch 0: %d %s", w.Code, w.Body)
	}
	if w := post(0, bytes.NewReader(canonical(0, root)), int64(len(canonical(0, root)))); w.Code != 201 {
		t.Errorf("canonical tree: %d %s", w.Code, w.Body)
	}
	// The right tree is kept.
	if w := post(0, bytes.NewReader(body), int64(len(body))); w.Code != 201 {
		t.Fatalf("right tree: %d %s", w.Code, w.Body)
	}
	if _, found, err := db.RewardTree(context.Background(), 0, root); err != nil || !found {
		t.Errorf("tree not stored: %v %v", found, err)
	}
}

// TestConcurrentTreeUploadsStayWithinTheBudget: six concurrent uploads of large trees (the case: they
// took the server to 1.2 GB) all land, and the live heap above the start stays within the budget plus a fixed
// allowance. The same uploads without a meaningful budget are measured in the same run for comparison (not under
// -race, see raceEnabled).
func TestConcurrentTreeUploadsStayWithinTheBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("uploads 6 trees of 20,000 leaves twice (about 24 MB of JSON): not in -short")
	}
	const uploads, budget = 6, 12 << 20
	leaves := 20_000
	if raceEnabled {
		leaves = 10_000 // each upload still costs over half the budget: they run one at a time
	}
	const allowance = 16 << 20 // the test's own sampling, SQLite's statements, the HTTP buffers
	roots := make([]common.Hash, uploads)
	bodies := make([][]byte, uploads)
	for i := range roots {
		roots[i], bodies[i] = bigTree(t, i, leaves)
	}
	run := func(budget int64) (peak uint64) {
		db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
		postRoots(t, db, roots)
		srv := httptest.NewServer(treeServer(t, db, budget).Handler())
		defer srv.Close()
		defer debug.SetGCPercent(debug.SetGCPercent(10)) // the heap then follows the live data closely
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		base := ms.HeapAlloc
		stop := make(chan struct{})
		var sampled sync.WaitGroup
		sampled.Add(1)
		go func() {
			defer sampled.Done()
			var m runtime.MemStats
			for {
				select {
				case <-stop:
					return
				case <-time.After(5 * time.Millisecond):
				}
				runtime.ReadMemStats(&m)
				if m.HeapAlloc > base {
					peak = max(peak, m.HeapAlloc-base)
				}
			}
		}()
		var wg sync.WaitGroup
		codes := make([]int, uploads)
		for i := range uploads {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, err := http.Post(fmt.Sprintf("%s/v1/rewards/epochs/%d/tree", srv.URL, i), "application/json", bytes.NewReader(bodies[i]))
				if err != nil {
					t.Error(err)
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				codes[i] = resp.StatusCode
			}()
		}
		wg.Wait()
		close(stop)
		sampled.Wait()
		for i, c := range codes {
			if c != 201 {
				t.Errorf("upload %d: status %d", i, c)
			}
			if _, found, err := db.RewardTree(context.Background(), uint64(i), roots[i]); err != nil || !found {
				t.Errorf("tree %d not stored: %v %v", i, found, err)
			}
		}
		return peak
	}
	bounded := run(budget)
	if raceEnabled {
		t.Logf("6 concurrent uploads of %d leaves (%d bytes each): live heap peak %.1f MiB with a %d MiB budget (the run without a budget is left out under -race)",
			leaves, len(bodies[0]), float64(bounded)/(1<<20), budget>>20)
	} else {
		unbounded := run(1 << 40)
		t.Logf("6 concurrent uploads of %d leaves (%d bytes each): live heap peak %.1f MiB with a %d MiB budget, %.1f MiB without",
			leaves, len(bodies[0]), float64(bounded)/(1<<20), budget>>20, float64(unbounded)/(1<<20))
	}
	if bounded > budget+allowance {
		t.Errorf("live heap peak %d bytes over the %d-byte budget + %d allowance", bounded, budget, allowance)
	}
}

package node

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"

	"github.com/idlegrid/idlegrid/provider/job"
)

// ContentPolicy says how long the content store keeps what a lease put there, and how often it looks.
type ContentPolicy struct {
	// Retain is how long a lease's content (its uploads, spec and output) stays once the lease is closed and
	// its workload done (the output collected and recorded): the renter downloads the output and inspectors
	// fetch the result for a completion attestation within it, and it should cover the deployment's dispute
	// window (LeaseEscrow.disputeWindow: a breach is accepted that long after the close, and the output is
	// the provider's evidence). At least MinContentRetain.
	Retain time.Duration
	// Sweep is how often the node removes the blocks no live root reaches.
	Sweep time.Duration
}

// MinContentRetain is the shortest retention: the escrow's shortest dispute window.
const MinContentRetain = time.Hour

// DefaultContentPolicy keeps a lease's content 7 days after it is over, sweeping hourly.
func DefaultContentPolicy() ContentPolicy {
	return ContentPolicy{Retain: 7 * 24 * time.Hour, Sweep: time.Hour}
}

// Validate names the first field out of range.
func (p ContentPolicy) Validate() error {
	switch {
	case p.Retain < MinContentRetain:
		return fmt.Errorf("node: content.retain %s: at least %s (the renter must be able to download the output and inspectors to attest it)", p.Retain, MinContentRetain)
	case p.Sweep <= 0:
		return fmt.Errorf("node: content.sweep %s: must be positive", p.Sweep)
	}
	return nil
}

// SweepResult is what one sweep removed.
type SweepResult struct {
	Live          int      // roots kept
	Released      []uint64 // leases whose content was released
	Blocks, Bytes int64    // freed
}

// PinContent keeps c (and every block it reaches) whatever the leases: the machine spec the node publishes.
func (n *Node) PinContent(c cid.Cid) {
	n.contentMu.Lock()
	defer n.contentMu.Unlock()
	if n.pinned == nil {
		n.pinned = map[cid.Cid]bool{}
	}
	n.pinned[c] = true
}

// recordContent notes a root lease put in the store; the caller holds contentMu for reading since it wrote the
// blocks, so no sweep runs between the write and the note.
func (n *Node) recordContent(ctx context.Context, lease uint64, c cid.Cid) error {
	return n.deps.Store.RecordContent(ctx, lease, c.String(), n.deps.Clock.Now())
}

// SweepContent removes from the content store every block no live root reaches: mark and sweep. The roots are
// the pinned ones (the machine spec), the specs pushed before a lease within their TTL, and all the content of
// each lease that is open, has a live workload, or whose workload is done for less than the retention (or, a
// lease with no workload, whose content was noted less than the retention ago). Every decision is read from
// the durable store, and a block is removed only when no root reaches it, so a kill -9 mid-sweep leaves some
// garbage for the next sweep and nothing live missing. Writers of content hold contentMu for reading from the
// first block written to the root's note; the sweep holds it for writing.
func (n *Node) SweepContent(ctx context.Context, specTTL time.Duration) (SweepResult, error) {
	n.contentMu.Lock()
	defer n.contentMu.Unlock()
	var res SweepResult
	now := n.deps.Clock.Now()
	roots, released, err := n.liveRoots(ctx, now, specTTL)
	if err != nil {
		return res, err
	}
	res.Live, res.Released = len(roots), released
	marked, err := n.mark(ctx, roots)
	if err != nil {
		return res, err
	}
	bs := n.deps.Content.Blockstore()
	keys, err := bs.AllKeysChan(ctx)
	if err != nil {
		return res, fmt.Errorf("sweep: list blocks: %w", err)
	}
	var dead []cid.Cid
	for k := range keys {
		if !marked[string(k.Hash())] {
			dead = append(dead, k)
		}
	}
	if err := ctx.Err(); err != nil {
		return res, err // the listing was cut short: it says nothing of what is live
	}
	for _, k := range dead {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		size, err := bs.GetSize(ctx, k)
		if err != nil && !ipld.IsNotFound(err) {
			return res, fmt.Errorf("sweep: %s: %w", k, err)
		}
		if err := bs.DeleteBlock(ctx, k); err != nil {
			return res, fmt.Errorf("sweep: remove %s: %w", k, err)
		}
		res.Blocks++
		n.metrics.freedBlocks.Inc()
		if size > 0 {
			res.Bytes += int64(size)
			n.metrics.freedBytes.Add(float64(size))
		}
	}
	// The rows go last: a sweep cut short before leaves them, and the next one decides the same.
	if len(released) > 0 {
		if err := n.deps.Store.ForgetContent(ctx, released); err != nil {
			return res, err
		}
	}
	n.log.Info().Int("roots", res.Live).Int("released", len(released)).Int64("blocks", res.Blocks).Int64("bytes", res.Bytes).
		Msg("content swept")
	return res, nil
}

// liveRoots returns the roots to keep, and the leases whose noted content is released.
func (n *Node) liveRoots(ctx context.Context, now time.Time, specTTL time.Duration) ([]cid.Cid, []uint64, error) {
	var roots []cid.Cid
	add := func(s string) error {
		if s == "" {
			return nil
		}
		c, err := cid.Decode(s)
		if err != nil {
			return fmt.Errorf("sweep: recorded root %q: %w", s, err) // never sweep on a record not understood
		}
		roots = append(roots, c)
		return nil
	}
	for c := range n.pinned {
		roots = append(roots, c)
	}
	specs, err := n.deps.Store.Specs(ctx, now.Add(-specTTL))
	if err != nil {
		return nil, nil, err
	}
	for _, s := range specs {
		if err := add(s); err != nil {
			return nil, nil, err
		}
	}
	leases, err := n.deps.Store.Leases(ctx)
	if err != nil {
		return nil, nil, err
	}
	live := map[uint64]bool{}
	for _, l := range leases {
		live[l.ID] = true
		if l.Job != (common.Hash{}) {
			roots = append(roots, JobCIDOf(l.Job))
		}
	}
	workloads, err := n.deps.Store.Workloads(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, w := range workloads {
		live[w.Lease] = true
		if err := add(w.Spec); err != nil {
			return nil, nil, err
		}
		if err := add(w.Output); err != nil {
			return nil, nil, err
		}
	}
	noted, err := n.deps.Store.LeaseContent(ctx)
	if err != nil {
		return nil, nil, err
	}
	keep := map[uint64]bool{}
	var released []uint64
	for _, r := range noted {
		k, decided := keep[r.Lease]
		if !decided {
			k, err = n.retained(ctx, r, live[r.Lease], now)
			if err != nil {
				return nil, nil, err
			}
			keep[r.Lease] = k
			if !k {
				released = append(released, r.Lease)
			}
		}
		if k {
			if err := add(r.CID); err != nil {
				return nil, nil, err
			}
		}
	}
	return roots, released, nil
}

// retained says whether the content lease noted stays: while the lease is open or its workload live, and for
// the retention past the workload's end (or past the note, for a lease the node never took up).
func (n *Node) retained(ctx context.Context, r ContentRoot, live bool, now time.Time) (bool, error) {
	if live {
		return true, nil
	}
	since := r.At
	w, err := n.deps.Store.Workload(ctx, r.Lease)
	switch {
	case errors.Is(err, ErrNotFound):
	case err != nil:
		return false, err
	case w.Phase != PhaseDone:
		return true, nil
	case w.Updated.After(since):
		since = w.Updated
	}
	return now.Sub(since) < n.cfg.Content.Retain, nil
}

// mark returns the multihashes of every block the roots reach, job specs followed to their image and inputs.
// A block missing is skipped (its DAG is incomplete, the rest of it still kept); a block it cannot read or
// decode fails the mark, and nothing is swept.
func (n *Node) mark(ctx context.Context, roots []cid.Cid) (map[string]bool, error) {
	bs := n.deps.Content.Blockstore()
	marked := map[string]bool{}
	stack := append([]cid.Cid(nil), roots...)
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if marked[string(c.Hash())] {
			continue
		}
		marked[string(c.Hash())] = true
		if c.Prefix().MhType == 0 { // identity: no block stored
			continue
		}
		b, err := bs.Get(ctx, c)
		if ipld.IsNotFound(err) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("sweep: mark %s: %w", c, err)
		}
		switch c.Prefix().Codec {
		case cid.Raw:
			// A job spec is one raw block: what it names is content of the same lease.
			if len(b.RawData()) <= job.MaxSize {
				if spec, err := job.Decode(b.RawData()); err == nil {
					stack = append(stack, specContent(spec)...)
				}
			}
		case cid.DagProtobuf:
			nd, err := merkledag.DecodeProtobuf(b.RawData())
			if err != nil {
				return nil, fmt.Errorf("sweep: mark %s: %w", c, err)
			}
			for _, l := range nd.Links() {
				stack = append(stack, l.Cid)
			}
		default:
			return nil, fmt.Errorf("sweep: mark %s: codec %#x not understood", c, c.Prefix().Codec)
		}
	}
	return marked, nil
}

// specContent is the content a job spec names: its image tarball and its inputs.
func specContent(s *job.Spec) []cid.Cid {
	var out []cid.Cid
	for _, v := range append([]string{s.Image.CID}, inputCIDs(s)...) {
		if c, err := cid.Decode(v); err == nil {
			out = append(out, c)
		}
	}
	return out
}

func inputCIDs(s *job.Spec) []string {
	out := make([]string, 0, len(s.Inputs))
	for _, in := range s.Inputs {
		out = append(out, in.CID)
	}
	return out
}

// sweepLoop sweeps the content store every Config.Content.Sweep.
func (n *Node) sweepLoop(ctx context.Context) error {
	t := time.NewTicker(n.cfg.Content.Sweep)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		n.contentMu.Lock()
		specTTL := n.specTTL
		n.contentMu.Unlock()
		if _, err := n.SweepContent(ctx, specTTL); err != nil && ctx.Err() == nil {
			n.metrics.errors.WithLabelValues("sweep").Inc()
			n.log.Warn().Err(err).Msg("content sweep")
		}
	}
}

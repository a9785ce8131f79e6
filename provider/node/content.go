package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/job"
)

// errBadContent marks content that exists but can never be used (it does not hash to its CID, is malformed or
// over its limits): the job cannot run.
var errBadContent = errors.New("unusable content")

// fetchSpec returns a job spec's bytes from the node's store or, failing that, the configured gateways
// (content.ErrNotFound when none has it).
func (n *Node) fetchSpec(ctx context.Context, c cid.Cid) ([]byte, error) {
	if err := n.fetchDAG(ctx, c); err != nil {
		return nil, err
	}
	raw, err := n.deps.Content.ReadFile(ctx, c, job.MaxSize)
	if errors.Is(err, content.ErrTooLarge) {
		return nil, fmt.Errorf("%w: job spec %s: larger than %d bytes", errBadContent, c, job.MaxSize)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: job spec %s: %v", errBadContent, c, err)
	}
	return raw, nil
}

// fetchDAG makes sure the whole DAG at c is in the node's store.
func (n *Node) fetchDAG(ctx context.Context, c cid.Cid) error {
	// The DAG fetched is a live lease's (its spec, image or inputs): a sweep waits for the fetch to end.
	n.contentMu.RLock()
	defer n.contentMu.RUnlock()
	ok, err := n.deps.Content.Has(ctx, c)
	if err == nil && ok {
		return nil
	}
	var errs []error
	for _, g := range n.deps.Gateways {
		err := g.Fetch(ctx, c, n.deps.Content)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		switch {
		case errors.Is(err, content.ErrNotFound):
		case errors.Is(err, content.ErrHashMismatch), errors.Is(err, content.ErrMalformed), errors.Is(err, content.ErrNotAllowed):
			// One gateway serving junk says nothing of the content: try the others.
			errs = append(errs, err)
		case errors.Is(err, content.ErrTooLarge):
			return fmt.Errorf("%w: %v", errBadContent, err)
		default:
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		n.log.Debug().Errs("gateways", errs).Str("cid", c.String()).Msg("content not fetched")
	}
	return fmt.Errorf("%w: %s", content.ErrNotFound, c)
}

// ErrUpload is wrapped by every refusal of an upload: the renter's mistake, with the reason.
var ErrUpload = errors.New("upload refused")

// UploadLimits bound what renters may upload.
type UploadLimits struct {
	// PerLease bounds the content one lease's renter uploads (its spec, inputs and image).
	PerLease content.Limits
	// PendingSpecs bounds the specs held for leases not open yet, received within SpecTTL; older ones are
	// dropped.
	PendingSpecs int
	SpecTTL      time.Duration
}

// DefaultUploadLimits: 64 GiB per lease in 1 MiB blocks, 1000 specs awaiting a lease for an hour.
func DefaultUploadLimits() UploadLimits {
	return UploadLimits{
		PerLease:     content.Limits{MaxBytes: 64 << 30, MaxBlocks: 1 << 20, MaxBlockSize: 2 << 20},
		PendingSpecs: 1000,
		SpecTTL:      time.Hour,
	}
}

// AcceptSpec takes a job spec uploaded before its lease is open: only a spec this node could run (valid, its
// resources within the machine's capacity) is kept, and only so many at a time; the lease then binds it by CID
// and the job starts as soon as the lease is confirmed.
func (n *Node) AcceptSpec(ctx context.Context, raw []byte, lim UploadLimits) (cid.Cid, error) {
	if len(raw) > job.MaxSize {
		return cid.Undef, fmt.Errorf("%w: a job spec is at most %d bytes, this is %d", ErrUpload, job.MaxSize, len(raw))
	}
	spec, err := job.Decode(raw)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: %w", ErrUpload, err)
	}
	if err := n.fits(Lease{GPUs: uint32(spec.Resources.GPUs)}, spec); err != nil {
		return cid.Undef, fmt.Errorf("%w: %w", ErrUpload, err)
	}
	if !bytes.Equal(spec.Encode(), raw) {
		return cid.Undef, fmt.Errorf("%w: the spec is not in canonical form (send job.Spec.Encode's bytes: the CID a lease binds is of those)", ErrUpload)
	}
	now := n.deps.Clock.Now()
	if dropped, err := n.deps.Store.DropSpecs(ctx, now.Add(-lim.SpecTTL)); err != nil {
		return cid.Undef, err
	} else if len(dropped) > 0 {
		n.forgetSpecs(ctx, dropped)
	}
	pending, err := n.deps.Store.PendingSpecs(ctx, now.Add(-lim.SpecTTL))
	if err != nil {
		return cid.Undef, err
	}
	if pending >= lim.PendingSpecs {
		return cid.Undef, fmt.Errorf("%w: this node holds %d specs for leases not open yet; open the lease first, then upload with its token", ErrUpload, pending)
	}
	n.contentMu.RLock()
	c, err := n.deps.Content.AddBytes(ctx, raw)
	if err == nil {
		err = n.deps.Store.RecordSpec(ctx, c.String(), now)
	}
	n.contentMu.RUnlock()
	if err != nil {
		return cid.Undef, err
	}
	n.Wake()
	return c, nil
}

// forgetSpecs removes the bytes of specs pushed before a lease that no lease bound in time: anyone may push
// them, so they must not outlive the record that counts them. A spec is one raw block; one a lease binds, or a
// workload runs, stays.
func (n *Node) forgetSpecs(ctx context.Context, dropped []string) {
	leases, err := n.deps.Store.Leases(ctx)
	if err != nil {
		n.log.Warn().Err(err).Msg("forget specs: read leases")
		return
	}
	workloads, err := n.deps.Store.Workloads(ctx)
	if err != nil {
		n.log.Warn().Err(err).Msg("forget specs: read workloads")
		return
	}
	inUse := map[string]bool{}
	for _, l := range leases {
		if l.Job != (common.Hash{}) {
			inUse[JobCIDOf(l.Job).String()] = true
		}
	}
	for _, w := range workloads {
		inUse[w.Spec] = true
	}
	removed := 0
	for _, s := range dropped {
		c, err := cid.Decode(s)
		if err != nil || inUse[c.String()] || c.Prefix().Codec != cid.Raw {
			continue
		}
		if err := n.deps.Content.Blockstore().DeleteBlock(ctx, c); err != nil {
			n.log.Warn().Err(err).Str("cid", s).Msg("forget spec")
			continue
		}
		removed++
	}
	n.log.Debug().Int("specs", len(dropped)).Int("removed", removed).Msg("forgot specs no lease bound in time")
}

// AcceptLeaseContent takes a CAR the renter of an open lease uploads (its job spec, inputs, image archive),
// verified block by block within the per-lease limits, and returns its root. The renter's right to the lease
// is the gateway's to check.
func (n *Node) AcceptLeaseContent(ctx context.Context, lease uint64, car io.Reader, lim UploadLimits) (cid.Cid, error) {
	l, err := n.deps.Store.Lease(ctx, lease)
	if err != nil {
		return cid.Undef, err
	}
	if l.Closed {
		return cid.Undef, fmt.Errorf("%w: lease %d is closed", ErrUpload, lease)
	}
	n.contentMu.RLock()
	root, err := n.deps.Content.ImportCAR(ctx, car, lim.PerLease)
	if err == nil {
		// Noted before the renter hears of it: the lease's content from now on, kept until it is released.
		if rerr := n.recordContent(ctx, lease, root); rerr != nil {
			n.contentMu.RUnlock()
			return cid.Undef, rerr
		}
	}
	n.contentMu.RUnlock()
	if err != nil {
		if errors.Is(err, content.ErrHashMismatch) || errors.Is(err, content.ErrMalformed) || errors.Is(err, content.ErrIncomplete) ||
			errors.Is(err, content.ErrNotAllowed) || errors.Is(err, content.ErrTooLarge) {
			return cid.Undef, fmt.Errorf("%w: %w", ErrUpload, err)
		}
		return cid.Undef, err
	}
	n.log.Info().Uint64("lease", lease).Str("root", root.String()).Msg("renter uploaded content")
	n.Wake()
	return root, nil
}

// NameJob answers a renter that names its lease's job through the gateway: under protocol v2 only the chain
// names it (LeaseOpened.jobCID, or LeaseJournal.setJob), so the node confirms the job the chain binds and refuses
// any other, saying how to bind it.
func (n *Node) NameJob(ctx context.Context, lease uint64, spec string) (cid.Cid, error) {
	c, err := cid.Decode(spec)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: cid: %.80q is not a CID: %v", ErrUpload, spec, err)
	}
	d, err := DigestOf(c)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: cid: %w", ErrUpload, err)
	}
	l, err := n.deps.Store.Lease(ctx, lease)
	if err != nil {
		return cid.Undef, err
	}
	switch {
	case l.Job == (common.Hash{}):
		return cid.Undef, fmt.Errorf("%w: cid: lease %d names no job on chain yet: bind it with `idlegrid lease set-job %d --job %s` (LeaseJournal.setJob)",
			ErrUpload, lease, lease, c)
	case l.Job != d:
		return cid.Undef, fmt.Errorf("%w: cid: lease %d binds job %s on chain, not %s", ErrUpload, lease, JobCIDOf(l.Job), c)
	}
	return c, nil
}

// Output writes lease's output folder as a CAR to w; ErrNotFound while there is none.
func (n *Node) Output(ctx context.Context, lease uint64, w io.Writer) error {
	wl, err := n.deps.Store.Workload(ctx, lease)
	if err != nil {
		return err
	}
	if wl.Output == "" {
		return fmt.Errorf("output of lease %d: %w", lease, ErrNotFound)
	}
	c, err := cid.Decode(wl.Output)
	if err != nil {
		return err
	}
	return n.deps.Content.ExportCAR(ctx, c, content.ScopeAll, w)
}

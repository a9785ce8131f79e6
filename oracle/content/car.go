package content

import (
	"context"
	"errors"
	"fmt"
	"io"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"
	mh "github.com/multiformats/go-multihash"
)

// Limits bound what one fetch, import or upload may bring in.
type Limits struct {
	MaxBytes     int64 // all blocks' bytes together
	MaxBlocks    int
	MaxBlockSize int // one block; UnixFS chunks here are 1 MiB, bitswap's limit is 2 MiB
	// MaxPending bounds the bytes of blocks held back because they arrived before the block linking to them
	// (a CAR not in depth-first order).
	MaxPending int64
}

// DefaultLimits suit specs, inputs and images.
func DefaultLimits() Limits {
	return Limits{MaxBytes: 64 << 30, MaxBlocks: 1 << 22, MaxBlockSize: 2 << 20, MaxPending: 64 << 20}
}

// orDefault fills the zero fields of l from DefaultLimits: a zero limit means "not set", never "nothing".
func (l Limits) orDefault() Limits {
	d := DefaultLimits()
	if l.MaxBytes <= 0 {
		l.MaxBytes = d.MaxBytes
	}
	if l.MaxBlocks <= 0 {
		l.MaxBlocks = d.MaxBlocks
	}
	if l.MaxBlockSize <= 0 {
		l.MaxBlockSize = d.MaxBlockSize
	}
	if l.MaxPending <= 0 {
		l.MaxPending = d.MaxPending
	}
	return l
}

// Scope is how much of a DAG a CAR carries (the trustless gateway's dag-scope).
type Scope string

const (
	ScopeAll   Scope = "all"   // the root and everything under it
	ScopeBlock Scope = "block" // the root block only
)

// ExportCAR writes the DAG at root (or only its root block) to w as a CARv1 with root as its only root,
// depth-first, each block once: the order a trustless gateway serves with order=dfs, dups=n.
func (s *Store) ExportCAR(ctx context.Context, root cid.Cid, scope Scope, w io.Writer) error {
	car, err := carstorage.NewWritable(w, []cid.Cid{root}, carv2.WriteAsCarV1(true), carv2.AllowDuplicatePuts(false))
	if err != nil {
		return err
	}
	visit := func(c cid.Cid, data []byte) error {
		if c.Prefix().MhType == mh.IDENTITY {
			return nil // carried by the CID itself
		}
		return car.Put(ctx, c.KeyString(), data)
	}
	if scope == ScopeBlock {
		b, err := s.bs.Get(ctx, root)
		if err != nil {
			return fmt.Errorf("%w: block %s", ErrNotFound, root)
		}
		return visit(root, b.RawData())
	}
	return s.walk(ctx, root, visit)
}

// ImportCAR reads a CAR with exactly one root, checks it block by block (see verifyCAR) and stores it. Blocks
// the CAR leaves out must already be in the store. It returns the root.
func (s *Store) ImportCAR(ctx context.Context, r io.Reader, lim Limits) (cid.Cid, error) {
	return s.verifyCAR(ctx, r, cid.Undef, ScopeAll, lim.orDefault())
}

// verifyCAR reads a CAR and stores its blocks once each passes every check:
//   - the header names exactly one root, equal to want when want is defined;
//   - the block re-hashes to its CID, under an allowed hash function and codec;
//   - the block is reachable from the root through blocks already accepted (one that arrives before its
//     parent is held, within Limits.MaxPending, until the parent comes);
//   - sizes stay within lim.
//
// At the end every block the root reaches must be stored (this CAR or before) — with ScopeBlock, only the
// root. A CAR cut short is ErrIncomplete.
func (s *Store) verifyCAR(ctx context.Context, r io.Reader, want cid.Cid, scope Scope, lim Limits) (cid.Cid, error) {
	br, err := carv2.NewBlockReader(r,
		carv2.MaxAllowedHeaderSize(64<<10),
		carv2.MaxAllowedSectionSize(uint64(lim.MaxBlockSize)+256),
		carv2.WithTrustedCAR(true), // we re-hash below, with a typed error
	)
	if err != nil {
		return cid.Undef, fmt.Errorf("%w: CAR header: %v", ErrMalformed, err)
	}
	if len(br.Roots) != 1 {
		return cid.Undef, fmt.Errorf("%w: CAR has %d roots, want 1", ErrMalformed, len(br.Roots))
	}
	root := br.Roots[0]
	if want.Defined() && !root.Equals(want) {
		return cid.Undef, fmt.Errorf("%w: CAR root %s, asked %s", ErrMalformed, root, want)
	}
	if err := checkCID(root); err != nil {
		return cid.Undef, err
	}
	v := &verifier{s: s, lim: lim, scope: scope, root: root,
		wanted: map[cid.Cid]bool{}, done: map[cid.Cid]bool{}, pending: map[cid.Cid][]byte{}}
	if err := v.want(ctx, root, 0); err != nil {
		return cid.Undef, err
	}
	for {
		if err := ctx.Err(); err != nil {
			return cid.Undef, err
		}
		b, err := br.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return cid.Undef, fmt.Errorf("%w: CAR cut short after %d blocks: %v", ErrIncomplete, v.count, err)
			}
			return cid.Undef, fmt.Errorf("%w: CAR block %d: %v", ErrMalformed, v.count+1, err)
		}
		if err := v.accept(ctx, b); err != nil {
			return cid.Undef, err
		}
	}
	if len(v.pending) > 0 {
		for c := range v.pending {
			return cid.Undef, fmt.Errorf("%w: block %s is not part of the DAG under %s", ErrMalformed, c, root)
		}
	}
	// What the CAR did not carry must be here already, whole.
	for c := range v.wanted {
		if scope == ScopeBlock && !c.Equals(root) {
			continue
		}
		ok, err := s.Has(ctx, c)
		if err != nil {
			return cid.Undef, err
		}
		if !ok {
			return cid.Undef, fmt.Errorf("%w: block %s of %s missing after %d blocks", ErrIncomplete, c, root, v.count)
		}
	}
	return root, nil
}

type verifier struct {
	s       *Store
	lim     Limits
	scope   Scope
	root    cid.Cid
	wanted  map[cid.Cid]bool   // reachable, not yet received
	done    map[cid.Cid]bool   // received and stored, or inline
	pending map[cid.Cid][]byte // received before their parent, verified, not yet stored
	held    int64
	count   int
	total   int64
}

// want marks c as reachable; identity CIDs are resolved on the spot, and a pending block is taken up.
func (v *verifier) want(ctx context.Context, c cid.Cid, depth int) error {
	if v.done[c] || v.wanted[c] {
		return nil
	}
	if depth > 1024 {
		return fmt.Errorf("%w: DAG deeper than 1024 levels", ErrMalformed)
	}
	if c.Prefix().MhType == mh.IDENTITY {
		dm, err := mh.Decode(c.Hash())
		if err != nil {
			return fmt.Errorf("%w: %s: %v", ErrMalformed, c, err)
		}
		v.done[c] = true
		return v.follow(ctx, c, dm.Digest, depth)
	}
	if data, ok := v.pending[c]; ok {
		delete(v.pending, c)
		v.held -= int64(len(data))
		return v.store(ctx, c, data, depth)
	}
	v.wanted[c] = true
	return nil
}

func (v *verifier) accept(ctx context.Context, b blocks.Block) error {
	c, data := b.Cid(), b.RawData()
	v.count++
	v.total += int64(len(data))
	if v.lim.MaxBlocks > 0 && v.count > v.lim.MaxBlocks {
		return fmt.Errorf("%w: more than %d blocks", ErrTooLarge, v.lim.MaxBlocks)
	}
	if v.total > v.lim.MaxBytes {
		return fmt.Errorf("%w: more than %d bytes", ErrTooLarge, v.lim.MaxBytes)
	}
	if len(data) > v.lim.MaxBlockSize {
		return fmt.Errorf("%w: block %s has %d bytes, over %d", ErrTooLarge, c, len(data), v.lim.MaxBlockSize)
	}
	if err := verify(c, data); err != nil {
		return err
	}
	switch {
	case v.done[c]:
		return nil // a duplicate: harmless
	case v.wanted[c]:
		delete(v.wanted, c)
		return v.store(ctx, c, data, 0)
	case v.scope == ScopeBlock:
		return fmt.Errorf("%w: block %s beyond the requested root block", ErrMalformed, c)
	default:
		if _, dup := v.pending[c]; dup {
			return nil
		}
		v.held += int64(len(data))
		if v.held > v.lim.MaxPending {
			return fmt.Errorf("%w: more than %d bytes of blocks arrived before any block linking to them", ErrMalformed, v.lim.MaxPending)
		}
		v.pending[c] = data
		return nil
	}
}

// store keeps a verified, reachable block and wants its children.
func (v *verifier) store(ctx context.Context, c cid.Cid, data []byte, depth int) error {
	b, err := blocks.NewBlockWithCid(data, c) // checked by verify already
	if err != nil {
		return err
	}
	if err := v.s.bs.Put(ctx, b); err != nil {
		return fmt.Errorf("content: store %s: %w", c, err)
	}
	v.done[c] = true
	if v.scope == ScopeBlock {
		return nil
	}
	return v.follow(ctx, c, data, depth)
}

func (v *verifier) follow(ctx context.Context, c cid.Cid, data []byte, depth int) error {
	links, err := linksOf(c, data)
	if err != nil {
		return err
	}
	for _, l := range links {
		if err := v.want(ctx, l, depth+1); err != nil {
			return err
		}
	}
	return nil
}

// VerifyCAR checks a CAR as ImportCAR does, and that it carries the whole DAG under root and nothing else,
// keeping no block: for a client that saves a CAR as it arrives (a renter downloading its job's output) and
// must not take another DAG, altered blocks or endless bytes for it.
func VerifyCAR(ctx context.Context, r io.Reader, root cid.Cid, lim Limits) error {
	if !root.Defined() {
		return fmt.Errorf("%w: no root to check the CAR against", ErrNotAllowed)
	}
	_, err := newStore(discardBlocks{}).verifyCAR(ctx, r, root, ScopeAll, lim.orDefault())
	return err
}

// discardBlocks is a blockstore that keeps nothing: verifyCAR tracks what it received itself.
type discardBlocks struct{}

func (discardBlocks) DeleteBlock(context.Context, cid.Cid) error    { return nil }
func (discardBlocks) Has(context.Context, cid.Cid) (bool, error)    { return false, nil }
func (discardBlocks) Put(context.Context, blocks.Block) error       { return nil }
func (discardBlocks) PutMany(context.Context, []blocks.Block) error { return nil }
func (discardBlocks) Get(_ context.Context, c cid.Cid) (blocks.Block, error) {
	return nil, ipld.ErrNotFound{Cid: c}
}
func (discardBlocks) GetSize(_ context.Context, c cid.Cid) (int, error) {
	return 0, ipld.ErrNotFound{Cid: c}
}
func (discardBlocks) AllKeysChan(context.Context) (<-chan cid.Cid, error) {
	ch := make(chan cid.Cid)
	close(ch)
	return ch, nil
}

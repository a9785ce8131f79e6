package cuda

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sync"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Config tunes the backend.
type Config struct {
	// Ordinal is the CUDA device index.
	Ordinal int
	// MaxTileRows caps the rows processed per tile (0: as many as memory allows). Smaller tiles need
	// less scratch memory beside the state.
	MaxTileRows int
	// Reserve is device memory left free for the CUDA context and cuBLASLt (0: 512 MiB).
	Reserve uint64
}

// chaseBatch is how many hops one chase launch runs (about 50 ms at a DRAM latency): short enough
// that a cancelled challenge stops promptly and no display watchdog fires, long enough that the
// launch and sync between batches cost nothing.
const chaseBatch = 1 << 16

// Backend proves on one CUDA device. It implements proof.Backend and runs one engine at a time. It
// keeps the cuBLASLt plans across engines (one per GEMM shape), and after a device fault it reopens
// the context before the next engine.
type Backend struct {
	drv  driver
	cfg  Config
	busy sync.Mutex
	log  zerolog.Logger

	// Guarded by busy.
	plans   map[[2]int]plan
	faulted bool // a device fault was seen: reset the context before the next engine
	resets  int
}

var _ proof.Backend = (*Backend)(nil)

func newBackend(drv driver, cfg Config, log zerolog.Logger) *Backend {
	if cfg.Reserve == 0 {
		cfg.Reserve = 512 << 20
	}
	info := drv.info()
	return &Backend{drv: drv, cfg: cfg, plans: map[[2]int]plan{},
		log: log.With().Str("component", "cuda").Int("device", info.Ordinal).Str("name", info.Name).Logger()}
}

// Name implements proof.Backend.
func (b *Backend) Name() string {
	info := b.drv.info()
	return fmt.Sprintf("cuda:%d (%s)", info.Ordinal, info.Name)
}

// Device describes the backend's device.
func (b *Backend) Device() DeviceInfo { return b.drv.info() }

// Close releases the device context and the libraries' handles.
func (b *Backend) Close() error {
	b.busy.Lock()
	defer b.busy.Unlock()
	return b.drv.close()
}

// plan returns the cached cuBLASLt plan for rows × n × n, building it on first use (busy held).
func (b *Backend) plan(rows, n int) (plan, error) {
	if p, ok := b.plans[[2]int{rows, n}]; ok {
		return p, nil
	}
	p, err := b.drv.gemmPlan(rows, n)
	if err != nil {
		return 0, fmt.Errorf("cublasLt plan %d×%d×%d: %w", rows, n, n, err)
	}
	b.plans[[2]int{rows, n}] = p
	return p, nil
}

// recover reopens the context after a fault (busy held): the plans belonged to the old one.
func (b *Backend) recover() error {
	if !b.faulted {
		return nil
	}
	if err := b.drv.reset(); err != nil {
		return fmt.Errorf("%w: reopening the context after a device fault: %v (restart the process)", ErrUnavailable, err)
	}
	b.plans = map[[2]int]plan{}
	b.faulted = false
	b.resets++
	b.log.Warn().Int("resets", b.resets).Msg("context reopened after a device fault")
	return nil
}

// NewEngine implements proof.Backend: it allocates the state and generates X_0 and Wᵀ on the device
// (nothing but kernel parameters crosses the bus).
func (b *Backend) NewEngine(ctx context.Context, s *proof.Schedule) (proof.Engine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.busy.Lock()
	if err := b.recover(); err != nil {
		b.busy.Unlock()
		return nil, err
	}
	e := &engine{b: b, drv: b.drv, s: s}
	if err := e.init(); err != nil {
		e.mark(err)
		e.release()
		if e.fault != nil {
			b.recover()
		}
		b.busy.Unlock()
		return nil, err
	}
	return e, nil
}

type engine struct {
	b    *Backend
	drv  driver
	s    *proof.Schedule
	tile int // rows per tile, a power of two ≥ Group dividing Rows

	x, y, c, w, hash devPtr
	acc, out         devPtr // chase: the chains' states and their checkpoints
	allocs           []devPtr
	// Pinned host buffers the async copies land in.
	hashHost, groupHost, accHost, outHost []byte
	pinned                                [][]byte
	closed                                bool
	// fault is the device fault this engine hit; the context is gone and the engine with it.
	fault error
}

// mark records a device fault (and tells the backend to reopen the context); it returns err.
func (e *engine) mark(err error) error {
	if err != nil && errors.Is(err, ErrDeviceFault) && e.fault == nil {
		e.fault = err
		e.b.faulted = true
	}
	return err
}

func (e *engine) alloc(n uint64) (devPtr, error) {
	p, err := e.drv.alloc(n)
	if err != nil {
		return 0, err
	}
	e.allocs = append(e.allocs, p)
	return p, nil
}

func (e *engine) hostAlloc(n int) ([]byte, error) {
	b, err := e.drv.hostAlloc(n)
	if err != nil {
		return nil, fmt.Errorf("pinned host buffer of %d bytes: %w", n, err)
	}
	e.pinned = append(e.pinned, b)
	return b, nil
}

func (e *engine) init() error {
	s := e.s
	n, m, G := uint64(s.Width), uint64(s.Rows), uint64(s.Group)
	state, weights, hashes := m*n, n*n, m/G*32
	if (G*n+1023)/1024 > maxHashJobs/2 {
		return fmt.Errorf("%w: cuda engine: groups of %d bytes exceed the device hash's %d chunks", proof.ErrInvalidParams, G*n, maxHashJobs/2)
	}
	var chase uint64
	if s.Chains > 0 {
		chase = uint64(s.Chains) * 16 * uint64(1+s.SegmentsPerChain())
	}
	if s.Sweep {
		weights = 0 // the sweep has no W and no GEMM scratch: the state is the only large buffer
	}
	free, _, err := e.drv.memInfo()
	if err != nil {
		return err
	}
	fixed := state + weights + hashes + chase + e.b.cfg.Reserve
	if fixed > free {
		return fmt.Errorf("%w: the %d MiB state needs %d MiB with fixed buffers, %d MiB free", ErrOutOfMemory, state>>20, fixed>>20, free>>20)
	}
	if e.hashHost, err = e.hostAlloc(int(hashes)); err != nil {
		return err
	}
	if e.groupHost, err = e.hostAlloc(int(G * n)); err != nil {
		return err
	}
	if s.Sweep {
		for _, a := range []struct {
			p    *devPtr
			size uint64
		}{{&e.x, state}, {&e.hash, hashes}} {
			if *a.p, err = e.alloc(a.size); err != nil {
				return err
			}
		}
		if s.Chains > 0 {
			if e.acc, err = e.alloc(uint64(s.Chains) * 16); err != nil {
				return err
			}
			if e.out, err = e.alloc(uint64(s.Chains*s.SegmentsPerChain()) * 16); err != nil {
				return err
			}
			if e.accHost, err = e.hostAlloc(s.Chains * 16); err != nil {
				return err
			}
			if e.outHost, err = e.hostAlloc(s.Chains * s.SegmentsPerChain() * 16); err != nil {
				return err
			}
		}
		return e.upload()
	}
	// Scratch per tile row: int8 Y and int32 C, twice over when tiles are processed in pairs.
	tile := m
	for tile >= G && (tile < m && 2*tile*n*5 > free-fixed || tile == m && tile*n*5 > free-fixed ||
		e.b.cfg.MaxTileRows > 0 && tile > uint64(e.b.cfg.MaxTileRows)) {
		tile /= 2
	}
	if tile < G || tile*n/16 > 1<<31 {
		return fmt.Errorf("%w: no tile of ≥ %d rows fits beside the state (%d MiB free)", ErrOutOfMemory, G, free>>20)
	}
	e.tile = int(tile)
	scratch := tile
	if tile < m {
		scratch = 2 * tile
	}
	for _, a := range []struct {
		p    *devPtr
		size uint64
	}{{&e.x, state}, {&e.w, weights}, {&e.hash, hashes}, {&e.y, scratch * n}, {&e.c, scratch * n * 4}} {
		if *a.p, err = e.alloc(a.size); err != nil {
			return err
		}
	}
	// The GEMM shapes this engine will run: one tile, or a pair of tiles.
	if _, err := e.b.plan(int(tile), int(n)); err != nil {
		return err
	}
	if tile < m {
		if _, err := e.b.plan(int(2*tile), int(n)); err != nil {
			return err
		}
	}
	// Wᵀ is the Philox weight stream in order (proof.Schedule.WeightColumns): generated in place.
	if err := e.fill(e.w, weights, 2); err != nil {
		return fmt.Errorf("fill W: %w", err)
	}
	return e.upload()
}

// fill writes bytes of Philox stream stream (counter (lo(b), hi(b), stream, 0) for block b) at p,
// 2^30 blocks per launch at most.
func (e *engine) fill(p devPtr, bytes uint64, stream uint32) error {
	key := e.s.Key()
	blocks := bytes / 16
	for b0 := uint64(0); b0 < blocks; b0 += 1 << 30 {
		cnt := min(blocks-b0, 1<<30)
		if err := e.drv.launch(computeStream, kernelFill, uint32((cnt+255)/256), 256,
			[]arg{a64(uint64(p) + 16*b0), a64(cnt), a64(b0), a32(key[0]), a32(key[1]), a32(stream)}); err != nil {
			return err
		}
	}
	return nil
}

// upload generates X_0 on the device.
func (e *engine) upload() error {
	s := e.s
	if err := e.fill(e.x, uint64(s.Rows)*uint64(s.Width), 1); err != nil {
		return fmt.Errorf("fill X0: %w", err)
	}
	e.b.log.Debug().Str("params", s.Params.String()).Int("tile_rows", e.tile).Msg("engine ready")
	return nil
}

// usable reports why the engine cannot run more work, if it cannot.
func (e *engine) usable(what string) error {
	switch {
	case e.closed:
		return fmt.Errorf("%w: cuda engine: %s after close", proof.ErrState, what)
	case e.fault != nil:
		return fmt.Errorf("cuda engine: %s after the device fault %w", what, e.fault)
	}
	return nil
}

// Step implements proof.Engine. It enqueues the step's kernels and GEMMs on the compute stream, then
// copies the group hashes to pinned memory on the copy stream (after the compute stream's event) and
// waits for that copy: a kernel fault anywhere in the step surfaces here, in the step that caused it.
func (e *engine) Step(ctx context.Context, t int, hashes []proof.Hash) error {
	s := e.s
	if err := e.usable(fmt.Sprintf("step %d", t)); err != nil {
		return err
	}
	if t < 1 || t > s.Steps || len(hashes) != s.GroupsPerStep() {
		return fmt.Errorf("%w: cuda engine: step %d of %d with %d hashes", proof.ErrState, t, s.Steps, len(hashes))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	k, mu := s.StepConstants(t)
	if s.Sweep {
		if err := e.mark(e.sweep(k, mu)); err != nil {
			return fmt.Errorf("step %d: %w", t, err)
		}
		return e.readHashes(t, hashes)
	}
	tiles := s.Rows / e.tile
	shift := bits.TrailingZeros(uint(e.tile))
	for a := 0; a < tiles; a++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		partner := a ^ (mu >> shift)
		switch {
		case partner == a: // μ < tile: every row's partner is in its own tile
			if err := e.mark(e.runTiles(t, k, mu, a)); err != nil {
				return err
			}
		case a < partner:
			if err := e.mark(e.runTiles(t, k, mu, a, partner)); err != nil {
				return err
			}
		}
	}
	return e.readHashes(t, hashes)
}

// toHost copies n bytes at src into the pinned buffer dst after the compute stream's work so far,
// and waits for the copy: the one synchronisation point of a step, a read or a chase.
func (e *engine) toHost(dst []byte, src devPtr) error {
	for _, err := range []error{
		e.drv.record(evComputed, computeStream),
		e.drv.wait(copyStream, evComputed),
		e.drv.copyDtoH(copyStream, dst, src),
		e.drv.record(evCopied, copyStream),
	} {
		if err != nil {
			return e.mark(err)
		}
	}
	return e.mark(e.drv.sync(evCopied))
}

// readHashes copies the step's group hashes to the host.
func (e *engine) readHashes(t int, hashes []proof.Hash) error {
	if err := e.toHost(e.hashHost, e.hash); err != nil {
		return fmt.Errorf("step %d: read group hashes: %w", t, err)
	}
	for g := range hashes {
		copy(hashes[g][:], e.hashHost[32*g:])
	}
	return nil
}

// chunksPerGroup is how many BLAKE3 chunks (1 KiB) one group's hash reads.
func (e *engine) chunksPerGroup() int { return (e.s.Group*e.s.Width + 1023) / 1024 }

// sweep launches one in-place sweep step: a CTA per PP group pairs (g, g ^ μ/G), PP as many as keep
// the CTA's BLAKE3 chunks within maxHashJobs.
func (e *engine) sweep(k uint32, mu int) error {
	s := e.s
	G := s.Group
	muG := mu / G // ≥ 1: the schedule draws μ ≥ Group
	h := bits.Len(uint(muG)) - 1
	pairs := s.GroupsPerStep() / 2
	pp := max(1, min(pairs, maxHashJobs/(2*e.chunksPerGroup())))
	return e.drv.launch(computeStream, kernelSweep, uint32((pairs+pp-1)/pp), finishThreads, []arg{
		a64(uint64(e.x)), a64(uint64(e.hash)), a32(uint32(s.Width / 4)), a32(uint32(G)),
		a32(uint32(h)), a32(uint32(muG)), a32(uint32(mu & (G - 1))), a32(k), a32(uint32(pp)), a32(uint32(pairs)),
	})
}

// runTiles mixes the given tiles into consecutive slices of Y, multiplies them in one GEMM, then writes
// the new rows over the same tiles. Every input row of these tiles is read before any is overwritten.
func (e *engine) runTiles(t int, k uint32, mu int, tiles ...int) error {
	s := e.s
	n, T, G := uint64(s.Width), uint64(e.tile), uint64(s.Group)
	key := s.Key()
	for j, a := range tiles {
		threads := T * n / 16
		if err := e.drv.launch(computeStream, kernelMix, uint32((threads+255)/256), 256, []arg{
			a64(uint64(e.x)), a64(uint64(e.y) + uint64(j)*T*n), a64(uint64(a) * T), a32(uint32(T)), a32(uint32(n / 16)),
			a64(uint64(mu)), a32(uint32(t)), a32(key[0]), a32(key[1]),
		}); err != nil {
			return fmt.Errorf("step %d: mix tile %d: %w", t, a, err)
		}
	}
	p, err := e.b.plan(len(tiles)*e.tile, s.Width)
	if err != nil {
		return fmt.Errorf("step %d: %w", t, err)
	}
	if err := e.drv.gemm(computeStream, p, e.y, e.w, e.c); err != nil {
		return fmt.Errorf("step %d: gemm: %w", t, err)
	}
	// R groups a CTA: a power of two dividing the tile's T/G groups, within maxHashJobs chunks.
	R := uint64(1)
	for 2*R <= T/G && 2*R*uint64(e.chunksPerGroup()) <= maxHashJobs {
		R *= 2
	}
	for j, a := range tiles {
		row0 := uint64(a) * T
		if err := e.drv.launch(computeStream, kernelFinish, uint32(T/G/R), finishThreads, []arg{
			a64(uint64(e.c) + uint64(j)*T*n*4), a64(uint64(e.x) + row0*n),
			a64(uint64(e.hash) + row0/G*32), a32(uint32(G * n)), a32(k), a32(uint32(R)),
		}); err != nil {
			return fmt.Errorf("step %d: finish tile %d: %w", t, a, err)
		}
	}
	return nil
}

// ReadGroup implements proof.Engine.
func (e *engine) ReadGroup(ctx context.Context, g int, dst []int8) error {
	if err := e.usable(fmt.Sprintf("read group %d", g)); err != nil {
		return err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	s := e.s
	gs := s.Group * s.Width
	if g < 0 || g >= s.GroupsPerStep() || len(dst) != gs {
		return fmt.Errorf("%w: cuda engine: read group %d into %d bytes", proof.ErrState, g, len(dst))
	}
	if err := e.toHost(e.groupHost, e.x+devPtr(uint64(g)*uint64(gs))); err != nil {
		return fmt.Errorf("read group %d: %w", g, err)
	}
	for i, v := range e.groupHost[:gs] {
		dst[i] = int8(v)
	}
	return nil
}

// Chase implements proof.Engine: the chains' starts go up on the copy stream, the compute stream
// waits for them and runs the chase in launches of chaseBatch hops (waiting after each, so that a
// fault surfaces in the batch that raised it and a cancelled challenge stops), and the checkpoints
// come back on the copy stream.
func (e *engine) Chase(ctx context.Context, starts, checkpoints []proof.ChaseState) error {
	s := e.s
	if err := e.usable("chase"); err != nil {
		return err
	}
	if s.Chains == 0 || len(starts) != s.Chains || len(checkpoints) != s.Chains*s.SegmentsPerChain() {
		return fmt.Errorf("%w: cuda engine: chase of %d chains with %d starts and %d checkpoints", proof.ErrState, s.Chains, len(starts), len(checkpoints))
	}
	for c, st := range starts {
		for w, v := range st {
			binary.LittleEndian.PutUint32(e.accHost[16*c+4*w:], v)
		}
	}
	for _, err := range []error{
		e.drv.copyHtoD(copyStream, e.acc, e.accHost),
		e.drv.record(evUploaded, copyStream),
		e.drv.wait(computeStream, evUploaded),
	} {
		if err != nil {
			return fmt.Errorf("chase: upload starts: %w", e.mark(err))
		}
	}
	blocks := uint64(s.ChaseRows) * uint64(s.Width) / 16
	seglog := bits.TrailingZeros(uint(s.SegmentHops))
	const threads = 32
	for h0 := 0; h0 < s.Hops; h0 += chaseBatch {
		if err := ctx.Err(); err != nil {
			return err
		}
		n := min(chaseBatch, s.Hops-h0)
		if err := e.drv.launch(computeStream, kernelChase, uint32((s.Chains+threads-1)/threads), threads, []arg{
			a64(uint64(e.x)), a64(blocks), a64(uint64(e.acc)), a64(uint64(e.out)), a32(uint32(s.Chains)),
			a32(uint32(h0)), a32(uint32(n)), a32(uint32(seglog)), a32(uint32(s.SegmentsPerChain())),
		}); err != nil {
			return fmt.Errorf("chase: hops %d..%d: %w", h0, h0+n-1, e.mark(err))
		}
		if err := e.drv.record(evComputed, computeStream); err != nil {
			return fmt.Errorf("chase: hops %d..%d: %w", h0, h0+n-1, e.mark(err))
		}
		if err := e.drv.sync(evComputed); err != nil {
			return fmt.Errorf("chase: hops %d..%d: %w", h0, h0+n-1, e.mark(err))
		}
	}
	if err := e.toHost(e.outHost, e.out); err != nil {
		return fmt.Errorf("chase: read checkpoints: %w", err)
	}
	for i := range checkpoints {
		for w := range checkpoints[i] {
			checkpoints[i][w] = binary.LittleEndian.Uint32(e.outHost[16*i+4*w:])
		}
	}
	return nil
}

// Close implements proof.Engine. After a device fault it frees nothing (the context is gone) and
// reopens the context, so the backend's next engine starts on a clean one.
func (e *engine) Close() error {
	if e.closed {
		return nil
	}
	e.closed = true
	defer e.b.busy.Unlock()
	if e.fault != nil {
		return e.b.recover()
	}
	return e.release()
}

func (e *engine) release() error {
	if e.fault != nil {
		e.allocs, e.pinned = nil, nil
		return nil
	}
	var first error
	for _, p := range e.allocs {
		if err := e.drv.free(p); err != nil && first == nil {
			first = err
		}
	}
	for _, b := range e.pinned {
		if err := e.drv.hostFree(b); err != nil && first == nil {
			first = err
		}
	}
	e.allocs, e.pinned = nil, nil
	return first
}

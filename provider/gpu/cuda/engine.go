package cuda

import (
	"context"
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

// Backend proves on one CUDA device. It implements proof.Backend and runs one engine at a time.
type Backend struct {
	drv  driver
	cfg  Config
	busy sync.Mutex
	log  zerolog.Logger
}

var _ proof.Backend = (*Backend)(nil)

func newBackend(drv driver, cfg Config, log zerolog.Logger) *Backend {
	if cfg.Reserve == 0 {
		cfg.Reserve = 512 << 20
	}
	info := drv.info()
	return &Backend{drv: drv, cfg: cfg, log: log.With().Str("component", "cuda").Int("device", info.Ordinal).Str("name", info.Name).Logger()}
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

// NewEngine implements proof.Backend: it allocates the state and generates X_0 and Wᵀ on the device
// (nothing but kernel parameters crosses the bus).
func (b *Backend) NewEngine(ctx context.Context, s *proof.Schedule) (proof.Engine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	b.busy.Lock()
	e := &engine{b: b, drv: b.drv, s: s}
	if err := e.init(); err != nil {
		e.release()
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
	allocs           []devPtr
	hashBuf          []byte
	closed           bool
}

func (e *engine) alloc(n uint64) (devPtr, error) {
	p, err := e.drv.alloc(n)
	if err != nil {
		return 0, err
	}
	e.allocs = append(e.allocs, p)
	return p, nil
}

func (e *engine) init() error {
	s := e.s
	n, m, G := uint64(s.Width), uint64(s.Rows), uint64(s.Group)
	state, weights, hashes := m*n, n*n, m/G*32
	if (G*n+1023)/1024 > maxHashJobs/2 {
		return fmt.Errorf("%w: cuda engine: groups of %d bytes exceed the device hash's %d chunks", proof.ErrInvalidParams, G*n, maxHashJobs/2)
	}
	if s.Sweep {
		weights = 0 // the sweep has no W and no GEMM scratch: the state is the only large buffer
	}
	free, _, err := e.drv.memInfo()
	if err != nil {
		return err
	}
	fixed := state + weights + hashes + e.b.cfg.Reserve
	if fixed > free {
		return fmt.Errorf("%w: the %d MiB state needs %d MiB with fixed buffers, %d MiB free", ErrOutOfMemory, state>>20, fixed>>20, free>>20)
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
		if err := e.drv.launch(kernelFill, uint32((cnt+255)/256), 256,
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
	e.hashBuf = make([]byte, 32*s.GroupsPerStep())
	e.b.log.Debug().Str("params", s.Params.String()).Int("tile_rows", e.tile).Msg("engine ready")
	return nil
}

// Step implements proof.Engine.
func (e *engine) Step(ctx context.Context, t int, hashes []proof.Hash) error {
	s := e.s
	if e.closed || t < 1 || t > s.Steps || len(hashes) != s.GroupsPerStep() {
		return fmt.Errorf("%w: cuda engine: step %d of %d with %d hashes", proof.ErrState, t, s.Steps, len(hashes))
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	k, mu := s.StepConstants(t)
	if s.Sweep {
		if err := e.sweep(k, mu); err != nil {
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
			if err := e.runTiles(t, k, mu, a); err != nil {
				return err
			}
		case a < partner:
			if err := e.runTiles(t, k, mu, a, partner); err != nil {
				return err
			}
		}
	}
	return e.readHashes(t, hashes)
}

// readHashes copies the step's group hashes to the host. It is the step's synchronisation point: a
// kernel fault anywhere in the step surfaces here, in the step that caused it.
func (e *engine) readHashes(t int, hashes []proof.Hash) error {
	if err := e.drv.dtoh(e.hashBuf, e.hash); err != nil {
		return fmt.Errorf("step %d: read group hashes: %w", t, err)
	}
	for g := range hashes {
		copy(hashes[g][:], e.hashBuf[32*g:])
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
	return e.drv.launch(kernelSweep, uint32((pairs+pp-1)/pp), finishThreads, []arg{
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
		if err := e.drv.launch(kernelMix, uint32((threads+255)/256), 256, []arg{
			a64(uint64(e.x)), a64(uint64(e.y) + uint64(j)*T*n), a64(uint64(a) * T), a32(uint32(T)), a32(uint32(n / 16)),
			a64(uint64(mu)), a32(uint32(t)), a32(key[0]), a32(key[1]),
		}); err != nil {
			return fmt.Errorf("step %d: mix tile %d: %w", t, a, err)
		}
	}
	if err := e.drv.gemm(e.y, e.w, e.c, len(tiles)*e.tile, s.Width); err != nil {
		return fmt.Errorf("step %d: gemm: %w", t, err)
	}
	// R groups a CTA: a power of two dividing the tile's T/G groups, within maxHashJobs chunks.
	R := uint64(1)
	for 2*R <= T/G && 2*R*uint64(e.chunksPerGroup()) <= maxHashJobs {
		R *= 2
	}
	for j, a := range tiles {
		row0 := uint64(a) * T
		if err := e.drv.launch(kernelFinish, uint32(T/G/R), finishThreads, []arg{
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
	if err := ctx.Err(); err != nil {
		return err
	}
	s := e.s
	gs := s.Group * s.Width
	if e.closed || g < 0 || g >= s.GroupsPerStep() || len(dst) != gs {
		return fmt.Errorf("%w: cuda engine: read group %d into %d bytes", proof.ErrState, g, len(dst))
	}
	buf := make([]byte, gs)
	if err := e.drv.dtoh(buf, e.x+devPtr(uint64(g)*uint64(gs))); err != nil {
		return fmt.Errorf("read group %d: %w", g, err)
	}
	for i, v := range buf {
		dst[i] = int8(v)
	}
	return nil
}

// Close implements proof.Engine.
func (e *engine) Close() error {
	if e.closed {
		return nil
	}
	err := e.release()
	e.closed = true
	e.b.busy.Unlock()
	return err
}

func (e *engine) release() error {
	var first error
	for _, p := range e.allocs {
		if err := e.drv.free(p); err != nil && first == nil {
			first = err
		}
	}
	e.allocs = nil
	return first
}

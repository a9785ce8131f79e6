package proof

import (
	"context"
	"fmt"
	"sync"
)

// Backend makes engines: the CPU reference here, the CUDA backend in provider/gpu/cuda.
type Backend interface {
	// Name identifies the backend in logs and CLI output ("cpu", "cuda:0").
	Name() string
	// NewEngine allocates the state for s and sets it to X_0.
	NewEngine(ctx context.Context, s *Schedule) (Engine, error)
}

// Engine runs one challenge's chain. The prover drives it step by step, builds the Merkle tree over the
// group hashes it returns and, when answering an opening, replays it and reads the groups it needs.
type Engine interface {
	// Step advances the state from X_{t-1} to X_t (t counts from 1) and writes the Rows/Group group
	// hashes of X_t (GroupHash) into hashes. It returns promptly with ctx's error once ctx is done.
	Step(ctx context.Context, t int, hashes []Hash) error
	// ReadGroup copies the Group×Width bytes of group g of the current state into dst.
	ReadGroup(ctx context.Context, g int, dst []int8) error
	// Chase runs the chase over the current state (the sweep's last, X_S): chain c starts from
	// starts[c] and runs Hops hops; checkpoints[c·SegmentsPerChain + j] receives chain c's state after
	// (j+1)·SegmentHops hops. It returns promptly with ctx's error once ctx is done.
	Chase(ctx context.Context, starts, checkpoints []ChaseState) error
	// Close releases the engine's memory.
	Close() error
}

// CPU is the pure-Go reference backend: parallel over rows, cache-blocked over W's columns. The
// verifier's arithmetic is the same code, and simulated devices on a dev chain prove with it.
type CPU struct {
	// Workers is the number of goroutines; 0 means GOMAXPROCS.
	Workers int
}

// Name implements Backend.
func (CPU) Name() string { return "cpu" }

// NewEngine implements Backend.
func (b CPU) NewEngine(ctx context.Context, s *Schedule) (Engine, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n, m := s.Width, s.Rows
	size := uint64(m) * uint64(n)
	if size > 1<<40 {
		return nil, fmt.Errorf("%w: cpu engine: state of %d bytes", ErrInvalidParams, size)
	}
	e := &cpuEngine{s: s, x: make([]int8, size), next: make([]int8, size), workers: b.Workers}
	if !s.Sweep {
		e.y, e.wt = make([]int8, size), s.WeightsT(b.Workers)
	}
	parallelRange(m, e.workers, func(lo, hi int) { s.InitialRows(e.x[lo*n:hi*n], lo) })
	return e, nil
}

type cpuEngine struct {
	s          *Schedule
	x, next, y []int8
	wt         []int8
	workers    int
}

func (e *cpuEngine) Step(ctx context.Context, t int, hashes []Hash) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s := e.s
	n, m, G := s.Width, s.Rows, s.Group
	if t < 1 || t > s.Steps || len(hashes) != m/G {
		return fmt.Errorf("%w: cpu engine: step %d of %d with %d hashes", ErrState, t, s.Steps, len(hashes))
	}
	k, mu := s.StepConstants(t)
	var cancelled error
	var once sync.Once
	// Split by groups so that each worker also hashes whole groups of its own rows.
	parallelRange(m/G, e.workers, func(glo, ghi int) {
		lo, hi := glo*G, ghi*G
		if s.Sweep {
			for i := lo; i < hi; i++ {
				p := i ^ mu
				SweepRow(e.next[i*n:i*n+n], e.x[i*n:i*n+n], e.x[p*n:p*n+n], k, uint64(i))
			}
		} else {
			s.NoiseRows(e.y[lo*n:hi*n], t, lo)
			for i := lo; i < hi; i++ {
				p := i ^ mu
				MixRow(e.y[i*n:i*n+n], e.x[i*n:i*n+n], e.x[p*n:p*n+n], e.y[i*n:i*n+n])
			}
			if err := gemmNonlinear(ctx, e.next, e.y, e.wt, n, lo, hi, k); err != nil {
				once.Do(func() { cancelled = err })
				return
			}
		}
		for g := glo; g < ghi; g++ {
			hashes[g] = GroupHash(e.next[g*G*n : (g+1)*G*n])
		}
	})
	if cancelled != nil {
		return cancelled // the state is half-written: the engine is unusable, as the caller gave up on it
	}
	e.x, e.next = e.next, e.x
	return nil
}

func (e *cpuEngine) ReadGroup(ctx context.Context, g int, dst []int8) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	sz := e.s.Group * e.s.Width
	if g < 0 || g >= e.s.Rows/e.s.Group || len(dst) != sz {
		return fmt.Errorf("%w: cpu engine: read group %d into %d bytes", ErrState, g, len(dst))
	}
	copy(dst, e.x[g*sz:(g+1)*sz])
	return nil
}

func (e *cpuEngine) Close() error {
	e.x, e.next, e.y, e.wt = nil, nil, nil, nil
	return nil
}

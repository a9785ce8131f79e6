// Package watch runs an inspector's checks: it takes the schedule's due tasks (inspector/assign), performs them
// through the Checker the node wiring provides (LivenessChecker here for the liveness echo), and records every
// outcome in the node's own log (inspector/observe).
//
// It performs and records only: it never interprets outcomes (the log and the rules do), never signs and never
// talks to a chain or to other inspectors.
package watch

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// Checker performs one check. The node wiring provides it: liveness through oracle/liveness (LivenessChecker
// here), compute through the proof-of-compute session and receipts through oracle/liveness. It reports what
// happened; it never decides what a failure means.
type Checker interface {
	// Check performs task and returns one outcome per kind it covered (a compute task of a machine with
	// leased GPUs yields a Compute and a Receipts outcome).
	Check(ctx context.Context, task assign.Task) []observe.Outcome
}

// Clock is the node's clock.
type Clock interface {
	Now() time.Time
	// After is time.After on this clock.
	After(d time.Duration) <-chan time.Time
}

// SystemClock is the wall clock.
type SystemClock struct{}

// Now implements Clock.
func (SystemClock) Now() time.Time { return time.Now() }

// After implements Clock.
func (SystemClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// WatcherConfig bounds the watcher.
type WatcherConfig struct {
	// Concurrency is how many checks run at once (default 64: checks wait on the network, not the CPU).
	Concurrency int
	// CheckTimeout bounds one check (default 30 s; a liveness check gives up by itself within 10 s).
	CheckTimeout time.Duration
}

// Watcher performs the checks the schedule calls for and records their outcomes in the log.
type Watcher struct {
	cfg     WatcherConfig
	sched   *assign.Scheduler
	checker Checker
	log     *observe.Log
	clock   Clock
	zl      zerolog.Logger

	mu       sync.Mutex
	wake     chan struct{}
	inflight map[inflightKey]bool
	wg       sync.WaitGroup
	sem      chan struct{}
	recorded func(observe.Outcome, error) // test hook; nil in production

	runner  service.Runner
	running bool
	lastErr error // the latest failure to record an outcome, nil once one is recorded again
}

var _ service.Service = (*Watcher)(nil)

type inflightKey struct {
	machine common.Hash
	kind    assign.TaskKind
}

// NewWatcher wires a scheduler, a checker and a log.
func NewWatcher(cfg WatcherConfig, sched *assign.Scheduler, checker Checker, log *observe.Log, clock Clock, zl zerolog.Logger) (*Watcher, error) {
	if sched == nil || checker == nil || log == nil {
		return nil, errors.New("observe: watcher needs a scheduler, a checker and a log")
	}
	if clock == nil {
		clock = SystemClock{}
	}
	if cfg.Concurrency <= 0 {
		cfg.Concurrency = 64
	}
	if cfg.CheckTimeout <= 0 {
		cfg.CheckTimeout = 30 * time.Second
	}
	return &Watcher{cfg: cfg, sched: sched, checker: checker, log: log, clock: clock,
		zl: zl.With().Str("component", "watcher").Logger(), wake: make(chan struct{}, 1),
		inflight: map[inflightKey]bool{}, sem: make(chan struct{}, cfg.Concurrency)}, nil
}

// OnRecorded sets a function called after each outcome is recorded (or fails to be): for metrics and tests.
func (w *Watcher) OnRecorded(f func(observe.Outcome, error)) {
	w.mu.Lock()
	w.recorded = f
	w.mu.Unlock()
}

// Set replaces the machines this node observes (see assign.Scheduler.Set).
func (w *Watcher) Set(machines []assign.Machine) {
	w.mu.Lock()
	w.sched.Set(w.clock.Now(), machines)
	w.mu.Unlock()
	select {
	case w.wake <- struct{}{}:
	default:
	}
}

// Run performs checks until ctx ends, then waits for the checks in flight.
func (w *Watcher) Run(ctx context.Context) error {
	defer w.wg.Wait()
	for {
		w.mu.Lock()
		now := w.clock.Now()
		tasks := w.sched.Due(now)
		next, ok := w.sched.Next()
		w.mu.Unlock()
		for _, t := range tasks {
			w.dispatch(ctx, t)
		}
		wait := time.Second
		if ok {
			wait = max(next.Sub(w.clock.Now()), time.Millisecond)
		}
		select {
		case <-ctx.Done():
			return nil
		case <-w.wake:
		case <-w.clock.After(wait):
		}
	}
}

func (w *Watcher) dispatch(ctx context.Context, t assign.Task) {
	k := inflightKey{t.Machine, t.Kind}
	w.mu.Lock()
	if w.inflight[k] {
		// The previous check of this machine is still running: a slow node is not checked twice at once,
		// and outcomes stay in time order.
		w.mu.Unlock()
		return
	}
	w.inflight[k] = true
	w.mu.Unlock()
	select {
	case w.sem <- struct{}{}:
	case <-ctx.Done():
		w.mu.Lock()
		delete(w.inflight, k)
		w.mu.Unlock()
		return
	}
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		defer func() {
			<-w.sem
			w.mu.Lock()
			delete(w.inflight, k)
			w.mu.Unlock()
		}()
		cctx, cancel := context.WithTimeout(ctx, w.cfg.CheckTimeout)
		outcomes := w.checker.Check(cctx, t)
		cancel()
		if ctx.Err() != nil {
			return // shutting down: an interrupted check says nothing about the machine
		}
		for _, o := range outcomes {
			_, err := w.log.Record(context.WithoutCancel(ctx), o)
			w.mu.Lock()
			w.lastErr = err
			w.mu.Unlock()
			if err != nil {
				w.zl.Error().Err(err).Str("machine", o.Machine.Hex()).Stringer("kind", o.Kind).Msg("record outcome")
			} else if !o.OK {
				w.zl.Info().Str("machine", o.Machine.Hex()).Stringer("kind", o.Kind).Bool("forged", o.Forged).
					Str("detail", o.Detail).Msg("check failed")
			}
			w.mu.Lock()
			f := w.recorded
			w.mu.Unlock()
			if f != nil {
				f(o, err)
			}
		}
	}()
}

// Name implements service.Service.
func (w *Watcher) Name() string { return "watcher" }

// Start runs the checks in the background until Close.
func (w *Watcher) Start(context.Context) error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.running {
		return fmt.Errorf("watcher: %w", service.ErrAlreadyStarted)
	}
	w.running = true
	w.runner.Go(w.Run)
	return nil
}

// Close stops scheduling checks and waits for those in flight.
func (w *Watcher) Close() error {
	w.mu.Lock()
	running := w.running
	w.running = false
	w.mu.Unlock()
	if running {
		w.runner.Stop()
	}
	return nil
}

// Healthy is nil while the watcher runs and records its outcomes.
func (w *Watcher) Healthy() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	if !w.running {
		return fmt.Errorf("watcher: %w", service.ErrNotStarted)
	}
	if w.lastErr != nil {
		return fmt.Errorf("watcher: recording outcomes: %w", w.lastErr)
	}
	return nil
}

// Directory finds where a machine's node answers and which key signs for it (from chain state: the machine's
// provider, its registered endpoint and node key).
type Directory interface {
	Target(ctx context.Context, machine common.Hash) (liveness.Target, error)
}

// LivenessChecker checks liveness tasks with the liveness client. Other task kinds are not its job: it
// returns no outcome for them (the wiring composes it with the compute checker).
type LivenessChecker struct {
	Client    *liveness.Client
	Directory Directory
}

// Check implements Checker for liveness tasks.
func (c LivenessChecker) Check(ctx context.Context, t assign.Task) []observe.Outcome {
	if t.Kind != assign.Liveness {
		return nil
	}
	target, err := c.Directory.Target(ctx, t.Machine)
	if err != nil {
		// We could not even tell where to look: that is our problem, not evidence about the machine.
		return nil
	}
	res := c.Client.Echo(ctx, target)
	o := observe.Outcome{Machine: t.Machine, Kind: observe.Liveness, At: res.Started, OK: res.OK(), Forged: res.Forged()}
	if !res.OK() {
		o.Detail = truncate(res.Err.Error())
	}
	if res.Forged() && res.Echo != nil {
		o.Detail = truncate(fmt.Sprintf("%v; echo nonce %s time %d signature %x", res.Err, res.Echo.Nonce, res.Echo.TimeMs, []byte(res.Echo.Signature)))
	}
	return []observe.Outcome{o}
}

func truncate(s string) string {
	if len(s) > observe.MaxDetail {
		return s[:observe.MaxDetail]
	}
	return s
}

// ReceiptsChecker asks a machine's node for signed receipts of its leased GPUs on compute tasks that list
// leased GPUs: leased GPUs get receipts instead of challenges. The outcome passes when the receipts are signed by
// the node key, answer this request, and show every leased GPU of the task with its lease's container running.
type ReceiptsChecker struct {
	Client    *liveness.Client
	Directory Directory
}

// Check implements Checker for the leased part of compute tasks.
func (c ReceiptsChecker) Check(ctx context.Context, t assign.Task) []observe.Outcome {
	if t.Kind != assign.Compute || len(t.Leased) == 0 {
		return nil
	}
	target, err := c.Directory.Target(ctx, t.Machine)
	if err != nil {
		return nil
	}
	res := c.Client.Receipts(ctx, target)
	o := observe.Outcome{Machine: t.Machine, Kind: observe.Receipts, At: res.Started, Forged: res.Forged()}
	switch {
	case !res.OK():
		o.Detail = truncate(res.Err.Error())
	default:
		byUUID := make(map[string]liveness.GPUReceipt, len(res.Receipts.GPUs))
		for _, g := range res.Receipts.GPUs {
			byUUID[g.UUID] = g
		}
		var missing, stopped []string
		var util, energy uint64
		for _, u := range t.Leased {
			g, ok := byUUID[u]
			switch {
			case !ok:
				missing = append(missing, u)
			case !g.ContainerRunning:
				stopped = append(stopped, u)
			default:
				util += uint64(g.UtilizationPct)
				energy += g.EnergyMJ
			}
		}
		o.OK = len(missing) == 0 && len(stopped) == 0
		if o.OK {
			o.Detail = fmt.Sprintf("%d leased GPUs running, mean utilisation %d%%, energy counters Σ %d mJ", len(t.Leased), util/uint64(len(t.Leased)), energy)
		} else {
			o.Detail = truncate(fmt.Sprintf("leased GPUs without a receipt: %v; with the container stopped: %v", missing, stopped))
		}
	}
	return []observe.Outcome{o}
}

// Checkers runs several checkers on each task, one after the other, and returns all their outcomes.
type Checkers []Checker

// Check implements Checker.
func (cs Checkers) Check(ctx context.Context, t assign.Task) []observe.Outcome {
	var out []observe.Outcome
	for _, c := range cs {
		out = append(out, c.Check(ctx, t)...)
	}
	return out
}

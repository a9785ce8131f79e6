package follow

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/idlegrid/idlegrid/oracle/retry"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// maxHotBlocks bounds the hot blocks (each needs its header) fetched in one batch.
const maxHotBlocks = 256

// Follower follows the chain into a Store. It is a service.Service: Start checks the chain is the one followed
// and starts the loops; Close stops them. A fatal error (deep reorg, chain reset, deployment changed, a Store's
// Halt, 401/403) closes Done and turns Healthy red; so does a stall longer than the stall timeout, which
// clears once steps succeed again.
type Follower struct {
	name    string
	cfg     Config
	chain   Chain
	store   Store
	clock   Clock
	log     zerolog.Logger
	metrics *Metrics
	logs    *logFetcher
	runner  service.Runner

	mu           sync.Mutex
	prepared     bool
	running      bool
	lastErr      error
	lastProgress time.Time
	head         uint64
	st           State
	stalled      bool
	ahead        *ahead
	prefetching  sync.WaitGroup

	wake chan struct{}
}

// New prepares a follower named name (its component in logs and health reports); nothing touches the chain or
// the store until Start (or Sync).
func New(name string, cfg Config, chain Chain, store Store, clock Clock, log zerolog.Logger, m *Metrics) (*Follower, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if chain == nil || store == nil || clock == nil || m == nil {
		return nil, errors.New("follow: chain, store, clock and metrics are required")
	}
	return &Follower{
		name: name, cfg: cfg, chain: chain, store: store, clock: clock, metrics: m,
		log:  log.With().Str("component", name).Logger(),
		logs: newLogFetcher(chain, cfg.Addresses, cfg.InitialRange, cfg.MaxRange, cfg.MaxBatchEvents, cfg.CallTimeout, m),
		wake: make(chan struct{}, 1),
	}, nil
}

// Name is the follower's component name.
func (f *Follower) Name() string { return f.name }

// Start checks the chain is the one followed (or initialises a new store) and starts following it. A chain
// reset or deployment change found here is returned at once (unless WipeOnReset).
func (f *Follower) Start(ctx context.Context) error {
	f.mu.Lock()
	if f.running {
		f.mu.Unlock()
		return fmt.Errorf("%s: %w", f.name, service.ErrAlreadyStarted)
	}
	f.mu.Unlock()
	if err := f.prepare(ctx); err != nil {
		return err
	}
	f.mu.Lock()
	f.running = true
	f.lastProgress = f.clock.Now()
	f.mu.Unlock()
	f.runner.Go(f.run)
	f.runner.Go(func(ctx context.Context) error { f.watchdog(ctx); return nil })
	f.runner.Go(func(ctx context.Context) error { f.subscribeHeads(ctx); return nil })
	f.log.Info().Uint64("next_block", f.state().Next).Uint64("finality_depth", f.cfg.FinalityDepth).Msg("follower started")
	return nil
}

// Close stops following. Safe to call more than once.
func (f *Follower) Close() error {
	f.mu.Lock()
	running := f.running
	f.running = false
	f.mu.Unlock()
	if !running {
		return nil
	}
	f.runner.Stop()
	f.prefetching.Wait()
	f.log.Info().Msg("follower stopped")
	return nil
}

// Done is closed when the follower has stopped on a fatal error.
func (f *Follower) Done() <-chan struct{} { return f.runner.Done() }

// Err is the fatal error that stopped the follower (nil until Done is closed).
func (f *Follower) Err() error { return f.runner.Err() }

// Healthy is nil while the follower runs and makes progress.
func (f *Follower) Healthy() error {
	if err := f.runner.Err(); err != nil {
		return err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !f.running {
		return ErrNotStarted
	}
	if age := f.clock.Now().Sub(f.lastProgress); age > f.cfg.StallTimeout {
		if f.lastErr != nil {
			return fmt.Errorf("%w: no successful sync step for %s; last error: %v", ErrStalled, age.Round(time.Second), f.lastErr)
		}
		return fmt.Errorf("%w: no successful sync step for %s", ErrStalled, age.Round(time.Second))
	}
	return nil
}

// Status is a snapshot of where the follower stands.
type Status struct {
	Head         uint64    `json:"head"`
	Next         uint64    `json:"nextBlock"`
	Final        uint64    `json:"finalBlock"`
	Lag          uint64    `json:"lagBlocks"`
	LastProgress time.Time `json:"lastProgress"`
	ChainID      uint64    `json:"chainId"`
	Error        string    `json:"error,omitempty"`
}

// Status reports the head, cursor and lag.
func (f *Follower) Status() Status {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := Status{Head: f.head, Next: f.st.Next, Final: f.st.Final, LastProgress: f.lastProgress, ChainID: f.st.ChainID}
	if f.head+1 > f.st.Next {
		s.Lag = f.head + 1 - f.st.Next
	}
	if err := f.runner.Err(); err != nil {
		s.Error = err.Error()
	} else if f.lastErr != nil {
		s.Error = f.lastErr.Error()
	}
	return s
}

// Sync catches up with the chain head once, without the background loop: for tests, benchmarks and one-shot
// runs. Transient errors are returned, not retried.
func (f *Follower) Sync(ctx context.Context) error {
	if err := f.prepare(ctx); err != nil {
		return err
	}
	for {
		caughtUp, err := f.step(ctx)
		if err != nil {
			return err
		}
		f.progress()
		if caughtUp {
			return nil
		}
	}
}

func (f *Follower) state() State {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.st
}

func (f *Follower) progress() {
	f.mu.Lock()
	f.lastProgress, f.lastErr = f.clock.Now(), nil
	f.mu.Unlock()
}

// prepare loads or initialises the sync state and checks the chain's identity against it.
func (f *Follower) prepare(ctx context.Context) error {
	for attempt := 0; ; attempt++ {
		err := f.checkIdentity(ctx)
		if err == nil {
			return nil
		}
		if attempt == 0 && f.cfg.WipeOnReset && (errors.Is(err, ErrChainReset) || errors.Is(err, ErrDeploymentChanged)) {
			if werr := f.wipe(ctx, err); werr != nil {
				return werr
			}
			continue
		}
		return err
	}
}

func (f *Follower) wipe(ctx context.Context, cause error) error {
	f.log.Warn().Err(cause).Msg("wiping the store and starting over (wipe on reset)")
	if err := f.store.Wipe(ctx); err != nil {
		return fmt.Errorf("%s: wipe after %v: %w", f.name, cause, err)
	}
	f.mu.Lock()
	f.prepared, f.ahead = false, nil // what was fetched ahead belongs to the old chain
	f.mu.Unlock()
	return nil
}

func (f *Follower) checkIdentity(ctx context.Context) error {
	cctx, cancel := context.WithTimeout(ctx, f.cfg.CallTimeout)
	defer cancel()
	id, err := f.chain.ChainID(cctx)
	if err != nil {
		return f.rpcFailure("chain id", err)
	}
	genesis, err := f.chain.HeaderByNumber(cctx, big.NewInt(0))
	if err != nil {
		return f.rpcFailure("genesis header", err)
	}
	st, found, err := f.store.State(ctx)
	if err != nil {
		return fmt.Errorf("%s: load state: %w", f.name, err)
	}
	if !found {
		st = State{
			ChainID: id.Uint64(), GenesisHash: genesis.Hash(), Deployment: f.cfg.Fingerprint, StartBlock: f.cfg.StartBlock,
			Next: f.cfg.StartBlock, UpdatedAt: f.clock.Now(),
		}
		if f.cfg.StartBlock > 0 {
			prev, err := f.chain.HeaderByNumber(cctx, new(big.Int).SetUint64(f.cfg.StartBlock-1))
			if err != nil {
				return f.rpcFailure("header before the start block", err)
			}
			st.LastHash = prev.Hash()
			st.Final = f.cfg.StartBlock - 1
		}
		if err := f.store.Init(ctx, st); err != nil {
			return fmt.Errorf("%s: init state: %w", f.name, err)
		}
		f.log.Info().Uint64("chain_id", st.ChainID).Uint64("start_block", st.StartBlock).Msg("following a new store")
	} else {
		switch {
		case st.ChainID != id.Uint64():
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: the store is of chain id %d, the node serves %d (wipe it or point at the right node)", ErrChainReset, st.ChainID, id.Uint64())
		case st.GenesisHash != genesis.Hash():
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: genesis is %s, the store was built on %s (a restarted dev chain? wipe it)", ErrChainReset, genesis.Hash().Hex(), st.GenesisHash.Hex())
		case st.Deployment != f.cfg.Fingerprint:
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: the store holds %q, configured %q (wipe it to follow the new deployment)", ErrDeploymentChanged, st.Deployment, f.cfg.Fingerprint)
		}
	}
	f.mu.Lock()
	f.st, f.prepared = st, true
	f.mu.Unlock()
	f.metrics.CursorBlock.Set(float64(st.Next) - 1)
	return nil
}

// rpcFailure wraps a failed call of the identity check, naming 401/403 for what they are.
func (f *Follower) rpcFailure(what string, err error) error {
	if retry.Classify(err) == retry.Unauthorized {
		return fmt.Errorf("%s: %s: %w: %w", f.name, what, retry.ErrUnauthorized, err)
	}
	return fmt.Errorf("%s: %s: %w", f.name, what, err)
}

// run is the background loop: step, then wait for the next block or back off after an error. It returns only
// a fatal error (or nil when ctx ends).
func (f *Follower) run(ctx context.Context) error {
	backoff := retry.Policy{InitialBackoff: f.cfg.BackoffMin, MaxBackoff: f.cfg.BackoffMax}.Backoff()
	for {
		caughtUp, err := f.step(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err == nil {
			f.progress()
			backoff.Reset()
			if caughtUp && !f.sleep(ctx, f.cfg.PollInterval, true) {
				return nil
			}
			continue
		}
		if errors.Is(err, ErrChainReset) && f.cfg.WipeOnReset {
			if werr := f.wipe(ctx, err); werr == nil {
				if perr := f.prepare(ctx); perr == nil {
					continue
				} else {
					err = perr
				}
			} else {
				err = werr
			}
		}
		if isFatal(err) {
			if retry.Classify(err) == retry.Unauthorized && !errors.Is(err, retry.ErrUnauthorized) {
				err = fmt.Errorf("%w: %w", retry.ErrUnauthorized, err)
			}
			f.log.Error().Err(err).Msg("follower stopped on a fatal error")
			return err
		}
		f.mu.Lock()
		f.lastErr = err
		f.mu.Unlock()
		// The schedule is jittered (±50%) so that many nodes behind one provider do not retry in lockstep.
		wait := backoff.NextBackOff()
		f.log.Warn().Err(err).Dur("retry_in", wait).Msg("sync step failed")
		if !f.sleep(ctx, wait, false) {
			return nil
		}
	}
}

func isFatal(err error) bool {
	var halt *haltError
	return errors.Is(err, ErrReorgTooDeep) || errors.Is(err, ErrChainReset) || errors.Is(err, ErrDeploymentChanged) ||
		errors.As(err, &halt) || retry.Classify(err) == retry.Unauthorized
}

// sleep waits d (or, if wakeable, until a new head arrives); false if ctx ended.
func (f *Follower) sleep(ctx context.Context, d time.Duration, wakeable bool) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	var wake <-chan struct{}
	if wakeable {
		wake = f.wake
	}
	select {
	case <-ctx.Done():
		return false
	case <-t.C:
	case <-wake:
	}
	return true
}

func (f *Follower) watchdog(ctx context.Context) {
	t := time.NewTicker(max(f.cfg.StallTimeout/4, 10*time.Millisecond))
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		err := f.Healthy()
		stalled := errors.Is(err, ErrStalled)
		f.mu.Lock()
		changed := stalled != f.stalled
		f.stalled = stalled
		f.mu.Unlock()
		if stalled {
			f.metrics.Stalled.Set(1)
		} else {
			f.metrics.Stalled.Set(0)
		}
		if changed && stalled {
			f.log.Error().Err(err).Msg("follower stalled")
		} else if changed {
			f.log.Info().Msg("follower making progress again")
		}
	}
}

func (f *Follower) subscribeHeads(ctx context.Context) {
	hs, ok := f.chain.(HeadSubscriber)
	if !ok {
		return
	}
	ch := make(chan *types.Header, 16)
	sub, err := hs.SubscribeNewHead(ctx, ch)
	if err != nil {
		f.log.Debug().Err(err).Msg("no new-head subscription; polling")
		return
	}
	defer sub.Unsubscribe()
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-sub.Err():
			f.log.Debug().Err(err).Msg("new-head subscription ended; polling")
			return
		case <-ch:
			select {
			case f.wake <- struct{}{}:
			default:
			}
		}
	}
}

// ---------------------------------------------------------------- one step

func (f *Follower) header(ctx context.Context, n *big.Int) (*types.Header, error) {
	cctx, cancel := context.WithTimeout(ctx, f.cfg.CallTimeout)
	defer cancel()
	h, err := f.chain.HeaderByNumber(cctx, n)
	if err != nil {
		f.metrics.RPCErrors.WithLabelValues("transient").Inc()
		if n == nil {
			return nil, fmt.Errorf("head header: %w", err)
		}
		return nil, fmt.Errorf("header %s: %w", n, err)
	}
	return h, nil
}

func (f *Follower) headerAt(ctx context.Context, n uint64) (*types.Header, error) {
	return f.header(ctx, new(big.Int).SetUint64(n))
}

// errChainMoved: the chain changed between two calls of one step; the next step sees it settled.
var errChainMoved = errors.New("chain moved during the step")

// step ingests one batch (or detects that there is nothing to do).
func (f *Follower) step(ctx context.Context) (caughtUp bool, err error) {
	head, err := f.header(ctx, nil)
	if err != nil {
		return false, err
	}
	n := head.Number.Uint64()
	f.mu.Lock()
	f.head = n
	st := f.st
	f.mu.Unlock()
	f.metrics.HeadBlock.Set(float64(n))
	f.metrics.HeadLag.Set(float64(lag(n, st.Next)))

	switch {
	case st.Next > 0 && n+1 < st.Next: // head below the cursor
		return false, f.reorg(ctx, st, head)
	case n+1 == st.Next:
		if st.LastHash != (common.Hash{}) && head.Hash() != st.LastHash {
			return false, f.reorg(ctx, st, head)
		}
		return true, nil
	}
	// Blocks up to safe are final: no reorg may replace them. There are none while the chain is shorter than
	// the finality depth.
	hasSafe := n >= f.cfg.FinalityDepth
	safe := n - min(n, f.cfg.FinalityDepth)
	if hasSafe && st.Next <= safe {
		return false, f.backfill(ctx, st, n, safe)
	}
	return false, f.hot(ctx, st, head, safe, hasSafe)
}

func lag(head, next uint64) uint64 {
	if head+1 > next {
		return head + 1 - next
	}
	return 0
}

// backfill hands over final blocks: no journal, only the last block's hash kept as the window's anchor.
func (f *Follower) backfill(ctx context.Context, st State, head, safe uint64) error {
	if st.Next > 0 && st.Next-1 > st.Final && st.LastHash != (common.Hash{}) {
		// The cursor block was ingested hot: make sure it is still canonical before building on it.
		h, err := f.headerAt(ctx, st.Next-1)
		if err != nil {
			return err
		}
		if h.Hash() != st.LastHash {
			hd, err := f.header(ctx, nil)
			if err != nil {
				return err
			}
			return f.reorg(ctx, st, hd)
		}
	}
	logs, end, err := f.finalLogs(ctx, st.Next, safe)
	if err != nil {
		return err
	}
	endHeader, err := f.headerAt(ctx, end)
	if err != nil {
		return err
	}
	logs, err = f.withTimes(ctx, logs, nil)
	if err != nil {
		return err
	}
	b := &Batch{
		Blocks: []BlockRef{ref(endHeader)}, Next: end + 1, LastHash: endHeader.Hash(), Final: end, Head: head,
		HotFrom: end + 1, Logs: logs,
	}
	return f.apply(ctx, b)
}

// ahead holds the logs of final blocks fetched before they are needed: the rest of a response cut at
// MaxBatchEvents, or the next range fetched while the current batch is written (fetching and writing overlap).
// Final blocks cannot change, so what was fetched stays valid; it is used only if it starts at the cursor.
type ahead struct {
	from, end uint64
	logs      []types.Log
	err       error
	done      chan struct{}
}

// finalLogs returns the logs of final blocks from..end (end <= safe), at most MaxBatchEvents of them (cut at a
// block boundary), and sets up the logs of the following range.
func (f *Follower) finalLogs(ctx context.Context, from, safe uint64) ([]types.Log, uint64, error) {
	var logs []types.Log
	var end uint64
	a := f.takeAhead(from)
	if a != nil {
		select {
		case <-a.done:
		case <-ctx.Done():
			return nil, 0, ctx.Err()
		}
	}
	if a != nil && a.err == nil {
		logs, end = a.logs, a.end
	} else {
		// No prefetch, or it failed (perhaps under a context that has ended since): fetch now, and report a
		// failure that is current.
		var err error
		if logs, end, err = f.logs.fetch(ctx, from, safe); err != nil {
			return nil, 0, err
		}
	}
	cut, cutEnd := f.capBatch(logs, end)
	switch {
	case cutEnd < end:
		// Keep the rest for the next batch instead of asking for it again; and ask for smaller ranges.
		done := make(chan struct{})
		close(done)
		f.setAhead(&ahead{from: cutEnd + 1, end: end, logs: logs[len(cut):], done: done})
		f.logs.shrinkTo(cutEnd - from + 1)
	case end < safe:
		next := &ahead{from: end + 1, done: make(chan struct{})}
		f.setAhead(next)
		f.prefetching.Add(1)
		go func() {
			defer f.prefetching.Done()
			defer close(next.done)
			next.logs, next.end, next.err = f.logs.fetch(ctx, next.from, safe)
		}()
	}
	return cut, cutEnd, nil
}

func (f *Follower) takeAhead(from uint64) *ahead {
	f.mu.Lock()
	defer f.mu.Unlock()
	a := f.ahead
	f.ahead = nil
	if a != nil && a.from == from {
		return a
	}
	return nil // stale (the cursor moved by a reorg or a wipe): dropped
}

func (f *Follower) setAhead(a *ahead) {
	f.mu.Lock()
	f.ahead = a
	f.mu.Unlock()
}

// hot hands over blocks within the finality depth of the head, with their headers and a journal.
func (f *Follower) hot(ctx context.Context, st State, head *types.Header, safe uint64, hasSafe bool) error {
	from := st.Next
	to := min(head.Number.Uint64(), from+maxHotBlocks-1)
	headers, err := f.headers(ctx, from, to)
	if err != nil {
		return err
	}
	if st.LastHash != (common.Hash{}) && headers[0].ParentHash != st.LastHash {
		return f.reorg(ctx, st, head)
	}
	logs, next, last, err := f.hotLogs(ctx, headers)
	if err != nil {
		return err
	}
	final := st.Final
	if hasSafe {
		final = max(final, min(safe, next-1))
	}
	b := &Batch{Blocks: refs(headers[:next-from]), Next: next, LastHash: last, Final: final, Head: head.Number.Uint64(),
		HotFrom: from, Logs: logs}
	return f.apply(ctx, b)
}

// headers fetches from..to (a few at a time) and checks they form a chain.
func (f *Follower) headers(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	out := make([]*types.Header, to-from+1)
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(8)
	for i := range out {
		g.Go(func() error {
			h, err := f.headerAt(gctx, from+uint64(i))
			out[i] = h
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	for i := 1; i < len(out); i++ {
		if out[i].ParentHash != out[i-1].Hash() {
			return nil, fmt.Errorf("%w: block %d does not follow block %d", errChainMoved, from+uint64(i), from+uint64(i)-1)
		}
	}
	return out, nil
}

// hotLogs fetches the logs of the blocks in headers (the range may end early) and checks every log belongs to
// the header held for its block.
func (f *Follower) hotLogs(ctx context.Context, headers []*types.Header) ([]types.Log, uint64, common.Hash, error) {
	from := headers[0].Number.Uint64()
	logs, end, err := f.logs.fetch(ctx, from, from+uint64(len(headers))-1)
	if err != nil {
		return nil, 0, common.Hash{}, err
	}
	logs, end = f.capBatch(logs, end)
	times := make(map[uint64]uint64, len(headers))
	for _, h := range headers {
		times[h.Number.Uint64()] = h.Time
	}
	for i := range logs {
		if want := headers[logs[i].BlockNumber-from].Hash(); logs[i].BlockHash != want {
			return nil, 0, common.Hash{}, fmt.Errorf("%w: a log of block %d is from %s, the header is %s", errChainMoved, logs[i].BlockNumber, logs[i].BlockHash.Hex(), want.Hex())
		}
	}
	logs, err = f.withTimes(ctx, logs, times)
	if err != nil {
		return nil, 0, common.Hash{}, err
	}
	return logs, end + 1, headers[end-from].Hash(), nil
}

// reorg finds the newest block of the window still on the chain, then rolls back to it and re-ingests the new
// branch in one transaction.
func (f *Follower) reorg(ctx context.Context, st State, head *types.Header) error {
	window, err := f.store.Window(ctx)
	if err != nil {
		return fmt.Errorf("load block window: %w", err)
	}
	n := head.Number.Uint64()
	var ancestor *BlockRef
	for i := len(window) - 1; i >= 0; i-- {
		b := window[i]
		if b.Number > n {
			continue
		}
		h, err := f.headerAt(ctx, b.Number)
		if err != nil {
			return err
		}
		if h.Hash() == b.Hash {
			ancestor = &b
			break
		}
	}
	tip := st.Next - 1
	if ancestor == nil || ancestor.Number < st.Final {
		lowest := "empty"
		if len(window) > 0 {
			lowest = fmt.Sprintf("%d..%d", window[0].Number, window[len(window)-1].Number)
		}
		if n < tip {
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: head %d is below the followed block %d and no block of the window (%s) is on this chain (a restarted dev chain? wipe the store)", ErrChainReset, n, tip, lowest)
		}
		f.metrics.ReorgsTooDeep.Inc()
		return fmt.Errorf("%w: block %d, treated as final (finality depth %d), is no longer on the chain; the window (%s) holds no common ancestor. The store may hold orphaned data: wipe it and follow again, and raise the finality depth", ErrReorgTooDeep, st.Final, f.cfg.FinalityDepth, lowest)
	}
	if ancestor.Number >= tip {
		return fmt.Errorf("%w: the indexed tip %d is canonical again", errChainMoved, tip)
	}
	b := &Batch{Rollback: true, Ancestor: ancestor.Number, Next: ancestor.Number + 1, LastHash: ancestor.Hash, Final: st.Final,
		Head: n, HotFrom: ancestor.Number + 1}
	if n > ancestor.Number {
		headers, err := f.headers(ctx, ancestor.Number+1, min(n, ancestor.Number+maxHotBlocks))
		if err != nil {
			return err
		}
		if headers[0].ParentHash != ancestor.Hash {
			return fmt.Errorf("%w: block %d does not follow the ancestor %d", errChainMoved, ancestor.Number+1, ancestor.Number)
		}
		var next uint64
		var last common.Hash
		b.Logs, next, last, err = f.hotLogs(ctx, headers)
		if err != nil {
			return err
		}
		b.Blocks, b.Next, b.LastHash = refs(headers[:next-ancestor.Number-1]), next, last
	}
	depth := tip - ancestor.Number
	if err := f.apply(ctx, b); err != nil {
		return err
	}
	f.metrics.Reorgs.Inc()
	f.metrics.ReorgDepth.Observe(float64(depth))
	f.log.Warn().Uint64("ancestor", ancestor.Number).Uint64("depth", depth).Uint64("old_tip", tip).
		Uint64("new_tip", b.Next-1).Msg("reorg: rolled back to the common ancestor and re-ingested")
	return nil
}

// capBatch cuts logs at a block boundary so one transaction holds at most MaxBatchEvents events (a single
// block with more is taken whole).
func (f *Follower) capBatch(logs []types.Log, end uint64) ([]types.Log, uint64) {
	limit := f.cfg.MaxBatchEvents
	if len(logs) <= limit {
		return logs, end
	}
	cut := logs[limit].BlockNumber
	if cut == logs[0].BlockNumber {
		i := limit
		for i < len(logs) && logs[i].BlockNumber == cut {
			i++
		}
		if i == len(logs) {
			return logs, end
		}
		return logs[:i], cut
	}
	i := limit
	for i > 0 && logs[i-1].BlockNumber == cut {
		i--
	}
	return logs[:i], cut - 1
}

// withTimes returns logs without removed ones, each with its block's timestamp: from the log itself (nodes
// that fill blockTimestamp), the headers at hand, or the node.
func (f *Follower) withTimes(ctx context.Context, logs []types.Log, times map[uint64]uint64) ([]types.Log, error) {
	out := logs[:0:0]
	for i := range logs {
		l := logs[i]
		if l.Removed {
			continue
		}
		if l.BlockTimestamp == 0 {
			t, ok := times[l.BlockNumber]
			if !ok {
				cctx, cancel := context.WithTimeout(ctx, f.cfg.CallTimeout)
				h, err := f.chain.HeaderByHash(cctx, l.BlockHash)
				cancel()
				if err != nil {
					return nil, fmt.Errorf("header %s for its timestamp: %w", l.BlockHash.Hex(), err)
				}
				if times == nil {
					times = map[uint64]uint64{}
				}
				t = h.Time
				times[l.BlockNumber] = t
			}
			l.BlockTimestamp = t
		}
		out = append(out, l)
	}
	return out, nil
}

func (f *Follower) apply(ctx context.Context, b *Batch) error {
	start := time.Now()
	if err := f.store.Apply(ctx, b); err != nil {
		return fmt.Errorf("apply blocks up to %d: %w", b.Next-1, err)
	}
	f.mu.Lock()
	f.st.Next, f.st.LastHash, f.st.Final, f.st.Head, f.st.UpdatedAt = b.Next, b.LastHash, b.Final, b.Head, f.clock.Now()
	f.mu.Unlock()
	f.metrics.Batches.Inc()
	f.metrics.BatchSeconds.Observe(time.Since(start).Seconds())
	f.metrics.CursorBlock.Set(float64(b.Next) - 1)
	f.metrics.HeadLag.Set(float64(lag(b.Head, b.Next)))
	f.log.Debug().Uint64("next", b.Next).Int("logs", len(b.Logs)).Dur("took", time.Since(start)).Msg("batch")
	return nil
}

func ref(h *types.Header) BlockRef {
	return BlockRef{Number: h.Number.Uint64(), Hash: h.Hash(), ParentHash: h.ParentHash, Time: h.Time}
}

func refs(hs []*types.Header) []BlockRef {
	out := make([]BlockRef, len(hs))
	for i, h := range hs {
		out[i] = ref(h)
	}
	return out
}

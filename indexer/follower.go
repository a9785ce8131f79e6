package indexer

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"
)

// maxHotBlocks bounds the hot blocks (each needs its header) fetched in one batch.
const maxHotBlocks = 256

// Follower follows the chain into the store. Start it once; Close stops it. Healthy turns red on any fatal
// error (deep reorg, chain reset, mapping failure) and when no sync step has succeeded within the stall
// timeout.
type Follower struct {
	cfg     Config
	chain   Chain
	store   Store
	dec     Decoder
	clock   Clock
	log     zerolog.Logger
	metrics *Metrics
	names   map[common.Address]string
	fp      string
	logs    *logFetcher

	mu           sync.Mutex
	prepared     bool
	running      bool
	fatal        error
	lastErr      error
	lastProgress time.Time
	head         uint64
	st           SyncState
	stalled      bool
	ahead        *ahead
	prefetching  sync.WaitGroup

	cancel context.CancelFunc
	done   chan struct{}
	wake   chan struct{}
}

// New prepares a follower; nothing touches the chain or the database until Start (or Sync).
func New(cfg Config, chain Chain, store Store, dec Decoder, clock Clock, log zerolog.Logger, m *Metrics) (*Follower, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if chain == nil || store == nil || dec == nil || clock == nil || m == nil {
		return nil, errors.New("indexer: chain, store, decoder, clock and metrics are required")
	}
	names := make(map[common.Address]string, len(cfg.Contracts))
	for name, addr := range cfg.Contracts {
		names[addr] = name
	}
	return &Follower{
		cfg: cfg, chain: chain, store: store, dec: dec, clock: clock, metrics: m, names: names,
		log:  log.With().Str("component", "indexer").Logger(),
		fp:   Fingerprint(cfg.Contracts, cfg.StartBlock),
		logs: newLogFetcher(chain, dec.Addresses(), cfg.InitialRange, cfg.MaxRange, cfg.MaxBatchEvents, cfg.CallTimeout, m),
		wake: make(chan struct{}, 1),
	}, nil
}

// Fingerprint identifies a deployment: its contracts by name and the start block.
func Fingerprint(contracts map[string]common.Address, start uint64) string {
	parts := make([]string, 0, len(contracts)+1)
	for name, addr := range contracts {
		parts = append(parts, name+"="+strings.ToLower(addr.Hex()))
	}
	sort.Strings(parts)
	return strings.Join(parts, ",") + fmt.Sprintf(";start=%d", start)
}

// Start checks the chain is the one indexed (or initialises a new index) and starts following it. A chain
// reset or deployment change found here is returned at once (unless WipeOnReset).
func (f *Follower) Start(ctx context.Context) error {
	f.mu.Lock()
	if f.running {
		f.mu.Unlock()
		return errors.New("indexer: already started")
	}
	f.mu.Unlock()
	if err := f.prepare(ctx); err != nil {
		return err
	}
	loopCtx, cancel := context.WithCancel(context.Background())
	f.mu.Lock()
	f.running, f.fatal, f.cancel, f.done = true, nil, cancel, make(chan struct{})
	f.lastProgress = f.clock.Now()
	f.mu.Unlock()
	g, gctx := errgroup.WithContext(loopCtx)
	g.Go(func() error { f.run(gctx); return nil })
	g.Go(func() error { f.watchdog(gctx); return nil })
	g.Go(func() error { f.subscribeHeads(gctx); return nil })
	go func() {
		_ = g.Wait()
		close(f.done)
	}()
	f.log.Info().Uint64("next_block", f.state().Next).Uint64("finality_depth", f.cfg.FinalityDepth).Msg("indexer started")
	return nil
}

// Close stops following. Safe to call more than once.
func (f *Follower) Close() error {
	f.mu.Lock()
	cancel, done, running := f.cancel, f.done, f.running
	f.running = false
	f.mu.Unlock()
	if !running {
		return nil
	}
	cancel()
	<-done
	f.prefetching.Wait()
	f.log.Info().Msg("indexer stopped")
	return nil
}

// Healthy is nil while the follower runs and makes progress.
func (f *Follower) Healthy() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fatal != nil {
		return f.fatal
	}
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
	if f.fatal != nil {
		s.Error = f.fatal.Error()
	} else if f.lastErr != nil {
		s.Error = f.lastErr.Error()
	}
	return s
}

// Sync catches up with the chain head once, without the background loop: for tests, benchmarks and one-shot
// indexing. Transient errors are returned, not retried.
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

func (f *Follower) state() SyncState {
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
	f.log.Warn().Err(cause).Msg("wiping the index and starting over (wipe on reset)")
	if err := f.store.Wipe(ctx); err != nil {
		return fmt.Errorf("indexer: wipe after %v: %w", cause, err)
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
		return fmt.Errorf("indexer: chain id: %w", err)
	}
	genesis, err := f.chain.HeaderByNumber(cctx, big.NewInt(0))
	if err != nil {
		return fmt.Errorf("indexer: genesis header: %w", err)
	}
	st, found, err := f.store.SyncState(ctx)
	if err != nil {
		return fmt.Errorf("indexer: load sync state: %w", err)
	}
	if !found {
		st = SyncState{
			ChainID: id.Uint64(), GenesisHash: genesis.Hash(), Deployment: f.fp, StartBlock: f.cfg.StartBlock,
			Next: f.cfg.StartBlock, UpdatedAt: f.clock.Now(),
		}
		if f.cfg.StartBlock > 0 {
			prev, err := f.chain.HeaderByNumber(cctx, new(big.Int).SetUint64(f.cfg.StartBlock-1))
			if err != nil {
				return fmt.Errorf("indexer: header before the start block: %w", err)
			}
			st.LastHash = prev.Hash()
			st.Final = f.cfg.StartBlock - 1
		}
		if err := f.store.Init(ctx, st); err != nil {
			return fmt.Errorf("indexer: init sync state: %w", err)
		}
		f.log.Info().Uint64("chain_id", st.ChainID).Uint64("start_block", st.StartBlock).Msg("new index")
	} else {
		switch {
		case st.ChainID != id.Uint64():
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: the index is of chain id %d, the node serves %d (wipe the index or point at the right node)", ErrChainReset, st.ChainID, id.Uint64())
		case st.GenesisHash != genesis.Hash():
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: genesis is %s, the index was built on %s (a restarted dev chain? wipe the index)", ErrChainReset, genesis.Hash().Hex(), st.GenesisHash.Hex())
		case st.Deployment != f.fp:
			f.metrics.ChainResets.Inc()
			return fmt.Errorf("%w: the index holds %q, configured %q (wipe the index to re-index the new deployment)", ErrDeploymentChanged, st.Deployment, f.fp)
		}
	}
	f.mu.Lock()
	f.st, f.prepared = st, true
	f.mu.Unlock()
	f.metrics.CursorBlock.Set(float64(st.Next) - 1)
	return nil
}

// run is the background loop: step, then wait for the next block or back off after an error.
func (f *Follower) run(ctx context.Context) {
	backoff := f.cfg.BackoffMin
	for {
		caughtUp, err := f.step(ctx)
		if ctx.Err() != nil {
			return
		}
		if err == nil {
			f.progress()
			backoff = f.cfg.BackoffMin
			if caughtUp && !f.sleep(ctx, f.cfg.PollInterval, true) {
				return
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
			f.mu.Lock()
			f.fatal = err
			f.mu.Unlock()
			f.log.Error().Err(err).Msg("indexer stopped on a fatal error")
			return
		}
		f.mu.Lock()
		f.lastErr = err
		f.mu.Unlock()
		f.log.Warn().Err(err).Dur("retry_in", backoff).Msg("sync step failed")
		// ±20% jitter so that many indexers behind one provider do not retry in lockstep.
		wait := time.Duration(float64(backoff) * (0.8 + 0.4*rand.Float64()))
		if !f.sleep(ctx, wait, false) {
			return
		}
		backoff = min(2*backoff, f.cfg.BackoffMax)
	}
}

func isFatal(err error) bool {
	return errors.Is(err, ErrReorgTooDeep) || errors.Is(err, ErrChainReset) || errors.Is(err, ErrDeploymentChanged) ||
		errors.Is(err, ErrMapping)
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
			f.log.Error().Err(err).Msg("indexer stalled")
		} else if changed {
			f.log.Info().Msg("indexer making progress again")
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

// backfill ingests final blocks: no journal, only the last block's hash kept as the window's anchor.
func (f *Follower) backfill(ctx context.Context, st SyncState, head, safe uint64) error {
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
	events, err := f.decode(ctx, logs, nil)
	if err != nil {
		return err
	}
	b := &Batch{
		Blocks: []BlockRef{ref(endHeader)}, Next: end + 1, LastHash: endHeader.Hash(), Final: end, Head: head,
	}
	return f.ingest(ctx, b, events, end+1)
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

// hot ingests blocks within the finality depth of the head, with their headers and a journal.
func (f *Follower) hot(ctx context.Context, st SyncState, head *types.Header, safe uint64, hasSafe bool) error {
	from := st.Next
	to := min(head.Number.Uint64(), from+maxHotBlocks-1)
	headers, err := f.headers(ctx, from, to)
	if err != nil {
		return err
	}
	if st.LastHash != (common.Hash{}) && headers[0].ParentHash != st.LastHash {
		return f.reorg(ctx, st, head)
	}
	events, next, last, err := f.hotLogs(ctx, headers)
	if err != nil {
		return err
	}
	final := st.Final
	if hasSafe {
		final = max(final, min(safe, next-1))
	}
	b := &Batch{Blocks: refs(headers[:next-from]), Next: next, LastHash: last, Final: final, Head: head.Number.Uint64()}
	return f.ingest(ctx, b, events, from)
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
func (f *Follower) hotLogs(ctx context.Context, headers []*types.Header) ([]Event, uint64, common.Hash, error) {
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
	events, err := f.decode(ctx, logs, times)
	if err != nil {
		return nil, 0, common.Hash{}, err
	}
	return events, end + 1, headers[end-from].Hash(), nil
}

// reorg finds the newest block of the window still on the chain, then rolls back to it and re-ingests the new
// branch in one transaction.
func (f *Follower) reorg(ctx context.Context, st SyncState, head *types.Header) error {
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
			return fmt.Errorf("%w: head %d is below the indexed block %d and no block of the window (%s) is on this chain (a restarted dev chain? wipe the index)", ErrChainReset, n, tip, lowest)
		}
		f.metrics.ReorgsTooDeep.Inc()
		return fmt.Errorf("%w: block %d, treated as final (finality depth %d), is no longer on the chain; the window (%s) holds no common ancestor. The index may hold orphaned data: wipe it and re-index, and raise the finality depth", ErrReorgTooDeep, st.Final, f.cfg.FinalityDepth, lowest)
	}
	if ancestor.Number >= tip {
		return fmt.Errorf("%w: the indexed tip %d is canonical again", errChainMoved, tip)
	}
	b := &Batch{Rollback: true, Ancestor: ancestor.Number, Next: ancestor.Number + 1, LastHash: ancestor.Hash, Final: st.Final, Head: n}
	var events []Event
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
		events, next, last, err = f.hotLogs(ctx, headers)
		if err != nil {
			return err
		}
		b.Blocks, b.Next, b.LastHash = refs(headers[:next-ancestor.Number-1]), next, last
	}
	depth := tip - ancestor.Number
	if err := f.ingest(ctx, b, events, ancestor.Number+1); err != nil {
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

// decode turns logs into events, with block times from the logs, the headers at hand, or the node.
func (f *Follower) decode(ctx context.Context, logs []types.Log, times map[uint64]uint64) ([]Event, error) {
	events := make([]Event, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		if l.Removed {
			continue
		}
		ev, ok, err := f.dec.Decode(l)
		if err != nil {
			return nil, fmt.Errorf("%w: decode log %d of block %d (tx %s): %w", ErrMapping, l.Index, l.BlockNumber, l.TxHash.Hex(), err)
		}
		if !ok {
			f.metrics.UnknownLogs.Inc()
			continue
		}
		if ev.Time == 0 {
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
			ev.Time = t
		}
		events = append(events, ev)
	}
	return events, nil
}

func (f *Follower) ingest(ctx context.Context, b *Batch, events []Event, hotFrom uint64) error {
	start := time.Now()
	var changes *Changes
	err := f.store.Ingest(ctx, b, func(r RowReader) (*Changes, error) {
		p := NewProjection(ctx, r, hotFrom, f.names)
		for i := range events {
			if err := p.Apply(&events[i]); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrMapping, err)
			}
		}
		var err error
		changes, err = p.Changes()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMapping, err)
		}
		return changes, nil
	})
	if err != nil {
		return fmt.Errorf("ingest blocks up to %d: %w", b.Next-1, err)
	}
	f.mu.Lock()
	f.st.Next, f.st.LastHash, f.st.Final, f.st.Head, f.st.UpdatedAt = b.Next, b.LastHash, b.Final, b.Head, f.clock.Now()
	f.mu.Unlock()
	f.metrics.Batches.Inc()
	f.metrics.BatchSeconds.Observe(time.Since(start).Seconds())
	f.metrics.Events.Add(float64(len(events)))
	f.metrics.CursorBlock.Set(float64(b.Next) - 1)
	f.metrics.HeadLag.Set(float64(lag(b.Head, b.Next)))
	for _, w := range changes.Warnings {
		f.metrics.Warnings.Inc()
		f.log.Warn().Str("warning", w).Msg("event inconsistent with the mirrored state")
	}
	f.log.Debug().Uint64("next", b.Next).Int("events", len(events)).Dur("took", time.Since(start)).Msg("batch")
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

package follow

import (
	"context"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/oracle/retry"
)

// logFetcher calls eth_getLogs over adaptive block ranges: it halves the range on a range error or timeout,
// narrows it when a response holds more than a batch of logs, and doubles it back (up to max) after two
// successes in a row that each held under half a batch. Responses so stay near one batch, small enough to
// fetch the next while the current one is written.
type logFetcher struct {
	mu        sync.Mutex // one fetch at a time (the backfill prefetch runs beside the loop)
	chain     Chain
	addresses []common.Address
	timeout   time.Duration
	metrics   *Metrics
	span, max uint64
	target    int // logs per response to aim for (one batch)
	successes int
}

func newLogFetcher(chain Chain, addresses []common.Address, initial, max uint64, target int, timeout time.Duration, m *Metrics) *logFetcher {
	m.LogRange.Set(float64(initial))
	return &logFetcher{chain: chain, addresses: addresses, span: initial, max: max, target: target, timeout: timeout, metrics: m}
}

// fetch returns the logs of blocks from..end, where end <= to is as far as the current range allows. Ranges
// the node finds too large (or that time out) are split here down to one block; any other failure is returned
// for the caller to back off (or, for 401/403, to stop).
func (lf *logFetcher) fetch(ctx context.Context, from, to uint64) ([]types.Log, uint64, error) {
	lf.mu.Lock()
	defer lf.mu.Unlock()
	for {
		end := to
		if to-from+1 > lf.span {
			end = from + lf.span - 1
		}
		cctx, cancel := context.WithTimeout(ctx, lf.timeout)
		logs, err := lf.chain.FilterLogs(cctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(end), Addresses: lf.addresses,
		})
		cancel()
		if err == nil {
			lf.adapt(end-from+1, len(logs))
			return logs, end, nil
		}
		if ctx.Err() != nil {
			return nil, 0, ctx.Err()
		}
		switch retry.Classify(err) {
		case retry.TooLarge, retry.Timeout:
		case retry.Unauthorized:
			lf.metrics.RPCErrors.WithLabelValues("unauthorized").Inc()
			return nil, 0, fmt.Errorf("eth_getLogs %d..%d: %w: %w", from, end, retry.ErrUnauthorized, err)
		default:
			lf.metrics.RPCErrors.WithLabelValues("transient").Inc()
			return nil, 0, fmt.Errorf("eth_getLogs %d..%d: %w", from, end, err)
		}
		lf.metrics.RPCErrors.WithLabelValues("range").Inc()
		if end == from {
			// One block is as small as a range gets: retrying later is all that is left (the node may have been
			// momentarily slow); the stall watchdog reports it if it persists.
			return nil, 0, fmt.Errorf("eth_getLogs block %d: too large even alone: %w", from, err)
		}
		lf.span = max(1, (end-from+1)/2)
		lf.successes = 0
		lf.metrics.LogRangeSplits.Inc()
		lf.metrics.LogRange.Set(float64(lf.span))
	}
}

// adapt sizes the next range from a response of n logs over span blocks.
func (lf *logFetcher) adapt(span uint64, n int) {
	switch {
	case lf.target > 0 && n > lf.target:
		lf.span = max(1, span*uint64(lf.target)/uint64(n))
		lf.successes = 0
	case lf.target > 0 && n > lf.target/2:
		lf.successes = 0
	case lf.target > 0 && n < lf.target/8:
		// Far below a batch: grow fast (a sparse chain reaches its useful range in a few calls).
		lf.span = min(lf.span*4, lf.max)
		lf.successes = 0
	default:
		lf.successes++
		if lf.successes >= 2 && lf.span < lf.max {
			lf.span = min(lf.span*2, lf.max)
			lf.successes = 0
		}
	}
	lf.metrics.LogRange.Set(float64(lf.span))
}

// shrinkTo lowers the range to n blocks (a response held more events than one batch takes).
func (lf *logFetcher) shrinkTo(n uint64) {
	lf.mu.Lock()
	defer lf.mu.Unlock()
	if n >= 1 && n < lf.span {
		lf.span = n
		lf.successes = 0
		lf.metrics.LogRange.Set(float64(n))
	}
}

package node

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/idlegrid/idlegrid/oracle"
)

// SettlePolicy says when the node settles its leases: under protocol v2 a settle closes the leases past their
// end (which frees their GPUs for new leases and starts their dispute window) and, once that window is over,
// credits their pay (Withdraw does that for the provider's own). GasMultiple, MinUSD and MaxAge weighed
// settling open leases' accrual under v1; v2 holds an open lease's pay until it closes.
type SettlePolicy struct {
	// Every is how often the node weighs settling.
	Every time.Duration
	// GasMultiple: settle when what the leases accrued is worth at least this many times the batch's gas.
	GasMultiple float64
	// MinUSD: and at least this much (no dust settles).
	MinUSD float64
	// MaxAge: settle a lease anyway once its unsettled time is this old.
	MaxAge time.Duration
	// MaxBatch bounds the leases of one settleMany.
	MaxBatch int
	// ETHUSD values gas (USD per ETH, a configured figure: the node has no ETH price feed).
	ETHUSD float64
	// GRIDUSD values GRID-paid leases' accrual (USD per GRID); 0 reads nothing and counts GRID accrual as
	// worth its gas.
	GRIDUSD float64
}

// DefaultSettlePolicy settles every leases' accrual once it is worth 20 times the gas and at least 1 USD, and
// anything older than a day, in batches of at most 50.
func DefaultSettlePolicy() SettlePolicy {
	return SettlePolicy{Every: time.Minute, GasMultiple: 20, MinUSD: 1, MaxAge: 24 * time.Hour, MaxBatch: 50, ETHUSD: 3000, GRIDUSD: 0.5}
}

// Validate names the first field out of range.
func (p SettlePolicy) Validate() error {
	switch {
	case p.Every <= 0:
		return fmt.Errorf("node: settle.every %s: must be positive", p.Every)
	case p.GasMultiple < 1:
		return fmt.Errorf("node: settle.gas_multiple %v: at least 1 (settling must pay for its gas)", p.GasMultiple)
	case p.MinUSD < 0 || p.ETHUSD <= 0 || p.GRIDUSD < 0:
		return fmt.Errorf("node: settle: min_usd %v, eth_usd %v, grid_usd %v: prices positive, minimum not negative", p.MinUSD, p.ETHUSD, p.GRIDUSD)
	case p.MaxAge <= 0:
		return fmt.Errorf("node: settle.max_age %s: must be positive", p.MaxAge)
	case p.MaxBatch < 1 || p.MaxBatch > 500:
		return fmt.Errorf("node: settle.max_batch %d: 1 to 500", p.MaxBatch)
	}
	return nil
}

// WithdrawPolicy says when the node withdraws its earnings from the escrow.
type WithdrawPolicy struct {
	// Every is how often the node looks; 0 never withdraws (the operator does, with `idlegrid lease withdraw`).
	Every time.Duration
	// MinUSD and MinGRID are the balances worth a withdrawal, per token (whole units).
	MinUSD  float64
	MinGRID float64
}

// DefaultWithdrawPolicy withdraws hourly once 50 USD or 100 GRID are due.
func DefaultWithdrawPolicy() WithdrawPolicy {
	return WithdrawPolicy{Every: time.Hour, MinUSD: 50, MinGRID: 100}
}

// Validate names the first field out of range.
func (p WithdrawPolicy) Validate() error {
	if p.Every < 0 || p.MinUSD < 0 || p.MinGRID < 0 {
		return fmt.Errorf("node: withdraw: every %s, min_usd %v, min_grid %v: none negative", p.Every, p.MinUSD, p.MinGRID)
	}
	return nil
}

// Accrued is what an open lease earned since its last settle, at chain time now, in its token's units.
func Accrued(l Lease, now uint64) *big.Int {
	if l.Closed || l.Rate == nil {
		return new(big.Int)
	}
	end := min(now, l.EndsAt)
	if end <= l.SettledAt {
		return new(big.Int)
	}
	return new(big.Int).Mul(l.Rate, new(big.Int).SetUint64(end-l.SettledAt))
}

// usd values an amount of pay in USD under policy p.
func (p SettlePolicy) usd(pay oracle.PayToken, amt *big.Int) float64 {
	f, _ := new(big.Float).SetInt(amt).Float64()
	if pay == oracle.PayGRID {
		return f / 1e18 * p.GRIDUSD
	}
	return f / 1e6
}

// SettlePlan is what a settle pass decided.
type SettlePlan struct {
	Leases   []uint64
	ValueUSD float64
	GasUSD   float64
	Why      string
}

// PlanSettle picks the leases to settle now, given the gas cost of a batch of n in wei (cost(n)): every ended
// lease still open on chain (settling closes it, which frees its GPUs and starts its dispute window). Under
// protocol v2 a settle credits an open lease nothing: its pay is held until the dispute window after its close
// is over, when Withdraw settles it (WithdrawPolicy). It returns no leases when none has ended.
func (p SettlePolicy) PlanSettle(leases []Lease, now uint64, cost func(n int) (*big.Int, error)) (SettlePlan, error) {
	var plan SettlePlan
	for _, l := range leases {
		if l.Closed || now < l.EndsAt {
			continue
		}
		plan.Leases = append(plan.Leases, l.ID)
		plan.ValueUSD += p.usd(l.Pay, Accrued(l, now))
		if len(plan.Leases) == p.MaxBatch {
			break
		}
	}
	if len(plan.Leases) == 0 {
		return SettlePlan{}, nil
	}
	wei, err := cost(len(plan.Leases))
	if err != nil {
		return SettlePlan{}, err
	}
	gas, _ := new(big.Float).SetInt(wei).Float64()
	plan.GasUSD = gas / 1e18 * p.ETHUSD
	plan.Why = "a lease has ended: settling closes it and frees its GPUs"
	return plan, nil
}

// moneyLoop settles and withdraws on the policies.
func (n *Node) moneyLoop(ctx context.Context) error {
	settle := time.NewTicker(n.cfg.Settle.Every)
	defer settle.Stop()
	var withdraw <-chan time.Time
	if n.cfg.Withdraw.Every > 0 {
		t := time.NewTicker(n.cfg.Withdraw.Every)
		defer t.Stop()
		withdraw = t.C
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-settle.C:
			if err := n.SettleNow(ctx); err != nil && ctx.Err() == nil {
				n.metrics.errors.WithLabelValues("settle").Inc()
				n.log.Warn().Err(err).Msg("settle")
			}
		case <-withdraw:
			if err := n.WithdrawNow(ctx); err != nil && ctx.Err() == nil {
				n.metrics.errors.WithLabelValues("withdraw").Inc()
				n.log.Warn().Err(err).Msg("withdraw")
			}
		}
	}
}

// resettleAfter is how long a lease the node settled is not settled again while the store still shows it open
// (a reorg that dropped the settle is then retried).
const resettleAfter = 10 * time.Minute

// SettleNow settles the leases the policy picks now, if any.
func (n *Node) SettleNow(ctx context.Context) error {
	leases, err := n.deps.Store.Leases(ctx)
	if err != nil {
		return err
	}
	// A lease this node settled recently is skipped until the follower sees it closed: the close reaches the
	// store only at the follower's confirmation depth, and settling it again would only burn gas (a no-op).
	recent, err := n.deps.Store.Txs(ctx, "settle", n.deps.Clock.Now().Add(-resettleAfter))
	if err != nil {
		return err
	}
	sent := map[uint64]bool{}
	for _, t := range recent {
		for _, id := range t.Leases {
			sent[id] = true
		}
	}
	leases = slices.DeleteFunc(leases, func(l Lease) bool { return sent[l.ID] })
	_, now := n.chain()
	plan, err := n.cfg.Settle.PlanSettle(leases, now, func(k int) (*big.Int, error) { return n.deps.Escrow.SettleCost(ctx, k) })
	if err != nil || len(plan.Leases) == 0 {
		return err
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute) // a sent transaction is waited for
	defer cancel()
	tx, err := n.deps.Escrow.SettleMany(ctx, plan.Leases)
	if err != nil {
		return fmt.Errorf("settle %d leases: %w", len(plan.Leases), err)
	}
	tx.Kind, tx.Leases, tx.At = "settle", plan.Leases, n.deps.Clock.Now()
	n.metrics.settleGas.Observe(float64(tx.GasUsed))
	n.log.Info().Uints64("leases", plan.Leases).Str("tx", tx.Hash.Hex()).Uint64("gas", tx.GasUsed).
		Float64("value_usd", plan.ValueUSD).Str("why", plan.Why).Msg("settled")
	return n.deps.Store.RecordTx(ctx, tx)
}

// WithdrawNow withdraws each token whose balance passes the policy's minimum.
func (n *Node) WithdrawNow(ctx context.Context) error {
	var errs []error
	for _, pay := range oracle.PayTokens() {
		have, err := n.deps.Escrow.Withdrawable(ctx, pay)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		minimum := n.cfg.Withdraw.MinUSD * 1e6
		if pay == oracle.PayGRID {
			minimum = n.cfg.Withdraw.MinGRID * 1e18
		}
		if f, _ := new(big.Float).SetInt(have).Float64(); have.Sign() == 0 || f < minimum {
			continue
		}
		tx, amt, err := n.deps.Escrow.Withdraw(ctx, pay)
		if err != nil {
			errs = append(errs, fmt.Errorf("withdraw %s: %w", pay, err))
			continue
		}
		tx.Kind, tx.At = "withdraw", n.deps.Clock.Now()
		n.log.Info().Str("token", pay.String()).Str("amount", amt.String()).Str("tx", tx.Hash.Hex()).Msg("withdrew earnings")
		if err := n.deps.Store.RecordTx(ctx, tx); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

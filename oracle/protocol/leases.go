package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// Lease is a lease with its amounts now.
type Lease struct {
	ID        *big.Int
	Renter    common.Address
	Provider  common.Address
	MachineID common.Hash
	GPUs      uint32
	Pay       oracle.PayToken
	Status    oracle.LeaseStatus
	Completed bool
	FeeBps    uint16
	// Rate is what the provider earns per second, in the pay token's units.
	Rate *big.Int
	// StartedAt, SettledAt and EndsAt are unix seconds; a closed lease's EndsAt is when it closed.
	StartedAt, SettledAt, EndsAt, MaxDuration uint64
	// Balance held for the lease = Accrued (owed to the provider, not yet settled) + Fee + Refundable (to the
	// renter if closed now). All zero once closed.
	Balance, Accrued, Fee, Refundable *big.Int
}

// OpenedLease is the result of Open.
type OpenedLease struct {
	ID      *big.Int
	Rate    *big.Int
	Deposit *big.Int
	EndsAt  uint64
	Txs     []Tx
}

// Closed is the result of closing a lease: what went back to the renter and to the fees.
type Closed struct {
	Tx       Tx
	Reason   oracle.CloseReason
	ClosedAt uint64
	Refund   *big.Int
	Fee      *big.Int
	// Credited: the refund was credited to the renter's withdrawable balance instead of transferred.
	Credited bool
}

// Settled is the result of a settle.
type Settled struct {
	Tx Tx
	// Amount was credited to the provider for the time up to SettledAt.
	Amount    *big.Int
	SettledAt uint64
	// Closed is set when the lease had ended and the settle closed it.
	Closed *Closed
}

// LeaseFilter selects leases by renter and/or provider (zero address: any).
type LeaseFilter struct {
	Renter, Provider common.Address
}

// timedGasFloor covers the dearest path of settle, closeLease and endLease (accrue, close, release the GPUs,
// transfer the refund), about 330k gas on the simulated chain, with room to spare; only gas used is paid.
const timedGasFloor = 500_000

// ErrInsufficientFunds means the account does not hold what a lease needs.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Leases opens, extends, settles and closes leases, and pays out escrow balances.
type Leases struct{ c *Conn }

// NewLeases gives lease operations over c.
func NewLeases(c *Conn) *Leases { return &Leases{c: c} }

func (l *Leases) addr() common.Address { return l.c.d.Contracts.LeaseEscrow }

// Preview is the rate and the total prepayment (fee included) Open would charge now.
func (l *Leases) Preview(ctx context.Context, q oracle.Quote, duration time.Duration, pay oracle.PayToken) (rate, deposit *big.Int, err error) {
	esc := leaseescrow.NewLeaseEscrow()
	out, err := call(ctx, l.c, l.addr(), esc.PackPreviewOpen(toBinding(q), uint64(duration/time.Second), uint8(pay)), esc.UnpackPreviewOpen)
	if err != nil {
		return nil, nil, fmt.Errorf("preview lease: %w", err)
	}
	return out.Rate, out.Deposit, nil
}

// Open opens a lease from a signed quote for duration, paid in pay, from the account, which becomes the
// renter. maxDeposit bounds the prepayment (nil: the previewed amount; with GRID the price can move between
// preview and inclusion, and the escrow then refuses with DepositAboveMax). The escrow is approved for the
// deposit first when needed.
func (l *Leases) Open(ctx context.Context, sq oracle.SignedQuote, duration time.Duration, pay oracle.PayToken, maxDeposit *big.Int) (OpenedLease, error) {
	renter, err := l.c.Account()
	if err != nil {
		return OpenedLease{}, err
	}
	if duration < time.Second || duration%time.Second != 0 {
		return OpenedLease{}, fmt.Errorf("open lease: duration %s must be a positive whole number of seconds", duration)
	}
	if max := time.Duration(sq.Quote.MaxDuration) * time.Second; duration > max {
		return OpenedLease{}, fmt.Errorf("open lease: %s is longer than the quote allows (%s)", amount.FormatDuration(duration), amount.FormatDuration(max))
	}
	if err := NewQuotes(l.c).Check(ctx, sq); err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	_, deposit, err := l.Preview(ctx, sq.Quote, duration, pay)
	if err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	if maxDeposit == nil {
		maxDeposit = deposit
	}
	if err := l.checkFunds(ctx, renter, pay, deposit); err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	txs, err := l.c.ensureAllowance(ctx, NewTokens(l.c).Address(pay), l.addr(), "LeaseEscrow", maxDeposit)
	if err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.send(ctx, "open lease", l.addr(), esc.PackOpenLease(toBinding(sq.Quote), sq.Signature, uint64(duration/time.Second), uint8(pay), maxDeposit))
	if err != nil {
		return OpenedLease{Txs: txs}, err
	}
	ev, ok := event(r, l.addr(), esc.UnpackLeaseOpenedEvent)
	if !ok {
		return OpenedLease{Txs: txs}, fmt.Errorf("open lease: no LeaseOpened event in %s", tx.Hash)
	}
	return OpenedLease{ID: ev.LeaseId, Rate: ev.Rate, Deposit: ev.Deposit, EndsAt: ev.EndsAt, Txs: append(txs, tx)}, nil
}

func (l *Leases) checkFunds(ctx context.Context, account common.Address, pay oracle.PayToken, need *big.Int) error {
	tokens := NewTokens(l.c)
	have, err := tokens.Balance(ctx, pay, account)
	if err != nil {
		return err
	}
	if have.Cmp(need) < 0 {
		unit, err := tokens.Unit(ctx, pay)
		if err != nil {
			unit = pay.Unit()
		}
		return fmt.Errorf("%w: %s holds %s, the prepayment (fee included) is %s", ErrInsufficientFunds, account,
			amount.Format(have, unit), amount.Format(need, unit))
	}
	return nil
}

// ExtendDeposit is what extending lease by extra costs: the principal at the lease's rate plus the fee on
// it, computed on the cumulative principal exactly as LeaseEscrow.extend does.
func ExtendDeposit(lease Lease, extra time.Duration) *big.Int {
	secs := new(big.Int).SetUint64(uint64(extra / time.Second))
	oldPrincipal := new(big.Int).Mul(lease.Rate, new(big.Int).SetUint64(lease.EndsAt-lease.StartedAt))
	newPrincipal := new(big.Int).Add(oldPrincipal, new(big.Int).Mul(lease.Rate, secs))
	fee := func(x *big.Int) *big.Int {
		f := new(big.Int).Mul(x, big.NewInt(int64(lease.FeeBps)))
		return f.Div(f, big.NewInt(10_000))
	}
	d := new(big.Int).Sub(newPrincipal, oldPrincipal)
	d.Add(d, fee(newPrincipal))
	return d.Sub(d, fee(oldPrincipal))
}

// Extend prepays extra more time on one of the account's open leases, approving the escrow first when
// needed. It returns the new end and what it cost.
func (l *Leases) Extend(ctx context.Context, id *big.Int, extra time.Duration, maxDeposit *big.Int) ([]Tx, *big.Int, uint64, error) {
	renter, err := l.c.Account()
	if err != nil {
		return nil, nil, 0, err
	}
	if extra < time.Second || extra%time.Second != 0 {
		return nil, nil, 0, fmt.Errorf("extend lease %s: %s must be a positive whole number of seconds", id, extra)
	}
	lease, err := l.Get(ctx, id)
	if err != nil {
		return nil, nil, 0, err
	}
	if lease.Status != oracle.LeaseOpen {
		return nil, nil, 0, fmt.Errorf("extend lease %s: it is %s", id, lease.Status)
	}
	deposit := ExtendDeposit(lease, extra)
	if maxDeposit == nil {
		maxDeposit = deposit
	}
	if err := l.checkFunds(ctx, renter, lease.Pay, deposit); err != nil {
		return nil, nil, 0, fmt.Errorf("extend lease %s: %w", id, err)
	}
	txs, err := l.c.ensureAllowance(ctx, NewTokens(l.c).Address(lease.Pay), l.addr(), "LeaseEscrow", maxDeposit)
	if err != nil {
		return nil, nil, 0, fmt.Errorf("extend lease %s: %w", id, err)
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.send(ctx, "extend lease", l.addr(), esc.PackExtend(id, uint64(extra/time.Second), maxDeposit))
	if err != nil {
		return txs, nil, 0, err
	}
	ev, ok := event(r, l.addr(), esc.UnpackLeaseExtendedEvent)
	if !ok {
		return txs, nil, 0, fmt.Errorf("extend lease %s: no LeaseExtended event in %s", id, tx.Hash)
	}
	return append(txs, tx), ev.Deposit, ev.EndsAt, nil
}

// Settle credits the provider for the time since the last settle (anyone may call it); once the lease has
// ended it also closes it.
func (l *Leases) Settle(ctx context.Context, id *big.Int) (Settled, error) {
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.sendTimed(ctx, "settle lease", l.addr(), esc.PackSettle(id), timedGasFloor)
	if err != nil {
		return Settled{}, err
	}
	out := Settled{Tx: tx, Amount: new(big.Int)}
	if ev, ok := event(r, l.addr(), esc.UnpackLeaseSettledEvent); ok {
		out.Amount, out.SettledAt = ev.Amount, ev.SettledAt
	}
	if ev, ok := event(r, l.addr(), esc.UnpackLeaseClosedEvent); ok {
		out.Closed = &Closed{Tx: tx, Reason: oracle.CloseReason(ev.Reason), ClosedAt: ev.ClosedAt, Refund: ev.Refund, Fee: ev.Fee}
	}
	return out, nil
}

// Close ends one of the account's leases now, as its renter: the provider is paid up to now and the unused
// prepayment comes back.
func (l *Leases) Close(ctx context.Context, id *big.Int) (Closed, error) {
	esc := leaseescrow.NewLeaseEscrow()
	return l.close(ctx, "close lease", id, esc.PackCloseLease(id))
}

// End ends a lease now, as its provider: the renter's unused prepayment is credited to its escrow balance.
func (l *Leases) End(ctx context.Context, id *big.Int) (Closed, error) {
	esc := leaseescrow.NewLeaseEscrow()
	return l.close(ctx, "end lease", id, esc.PackEndLease(id))
}

func (l *Leases) close(ctx context.Context, label string, id *big.Int, data []byte) (Closed, error) {
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.sendTimed(ctx, label, l.addr(), data, timedGasFloor)
	if err != nil {
		return Closed{}, err
	}
	ev, ok := event(r, l.addr(), esc.UnpackLeaseClosedEvent)
	if !ok {
		return Closed{}, fmt.Errorf("%s %s: no oracle.LeaseClosed event in %s", label, id, tx.Hash)
	}
	_, credited := event(r, l.addr(), esc.UnpackRefundCreditedEvent)
	return Closed{Tx: tx, Reason: oracle.CloseReason(ev.Reason), ClosedAt: ev.ClosedAt, Refund: ev.Refund, Fee: ev.Fee,
		Credited: credited || oracle.CloseReason(ev.Reason) == oracle.CloseProviderEnded}, nil
}

// Get reads lease id and its amounts now.
func (l *Leases) Get(ctx context.Context, id *big.Int) (Lease, error) {
	esc := leaseescrow.NewLeaseEscrow()
	v, err := call(ctx, l.c, l.addr(), esc.PackLease(id), esc.UnpackLease)
	if err != nil {
		return Lease{}, fmt.Errorf("lease %s: %w", id, err)
	}
	amts, err := call(ctx, l.c, l.addr(), esc.PackAmountsOf(id), esc.UnpackAmountsOf)
	if err != nil {
		return Lease{}, fmt.Errorf("lease %s amounts: %w", id, err)
	}
	return Lease{
		ID: new(big.Int).Set(id), Renter: v.Renter, Provider: v.Provider, MachineID: v.MachineId, GPUs: v.GpuCount,
		Pay: oracle.PayToken(v.PayToken), Status: oracle.LeaseStatus(v.Status), Completed: v.Completed, FeeBps: v.FeeBps, Rate: v.Rate,
		StartedAt: v.StartedAt, SettledAt: v.SettledAt, EndsAt: v.EndsAt, MaxDuration: v.MaxDuration,
		Balance: amts.Balance, Accrued: amts.Accrued, Fee: amts.Fee, Refundable: amts.Refundable,
	}, nil
}

// List is every lease matching f since the deployment (from the LeaseOpened events), oldest first, with its
// current state.
func (l *Leases) List(ctx context.Context, f LeaseFilter) ([]Lease, error) {
	esc := leaseescrow.NewLeaseEscrow()
	topics := [][]common.Hash{{esc.GetABI().Events["LeaseOpened"].ID}, nil, nil, nil}
	if f.Renter != (common.Address{}) {
		topics[2] = []common.Hash{topic(f.Renter)}
	}
	if f.Provider != (common.Address{}) {
		topics[3] = []common.Hash{topic(f.Provider)}
	}
	logs, err := l.c.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(l.c.d.Block),
		Addresses: []common.Address{l.addr()},
		Topics:    topics,
	})
	if err != nil {
		return nil, fmt.Errorf("list leases: %w", err)
	}
	var ids []*big.Int
	for _, lg := range logs {
		if len(lg.Topics) > 1 {
			ids = append(ids, lg.Topics[1].Big())
		}
	}
	slices.SortFunc(ids, func(a, b *big.Int) int { return a.Cmp(b) })
	ids = slices.CompactFunc(ids, func(a, b *big.Int) bool { return a.Cmp(b) == 0 })
	out := make([]Lease, 0, len(ids))
	for _, id := range ids {
		lease, err := l.Get(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, lease)
	}
	return out, nil
}

// Withdrawable is account's escrow balance in pay: provider earnings and credited refunds.
func (l *Leases) Withdrawable(ctx context.Context, account common.Address, pay oracle.PayToken) (*big.Int, error) {
	esc := leaseescrow.NewLeaseEscrow()
	return call(ctx, l.c, l.addr(), esc.PackWithdrawable(account, NewTokens(l.c).Address(pay)), esc.UnpackWithdrawable)
}

// Withdraw pays the account its whole escrow balance in pay.
func (l *Leases) Withdraw(ctx context.Context, pay oracle.PayToken) (Tx, *big.Int, error) {
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.send(ctx, "withdraw "+pay.String()+" from escrow", l.addr(), esc.PackWithdraw(NewTokens(l.c).Address(pay)))
	if err != nil {
		return Tx{}, nil, err
	}
	ev, ok := event(r, l.addr(), esc.UnpackWithdrawnEvent)
	if !ok {
		return tx, nil, fmt.Errorf("withdraw: no Withdrawn event in %s", tx.Hash)
	}
	return tx, ev.Amount, nil
}

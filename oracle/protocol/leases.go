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

// RateScale is LeaseEscrow.RATE_SCALE: a lease's rate is in token units per second times RateScale, so a
// USD price with 18 decimals survives in a 6-decimal stablecoin.
var RateScale = big.NewInt(1e12)

// Lease is a lease with its amounts now.
type Lease struct {
	ID        *big.Int
	Renter    common.Address
	Provider  common.Address
	MachineID common.Hash
	GPUs      uint32
	// GPUMask has bit i set for each GPU slot i of the machine the lease holds.
	GPUMask uint32
	Pay     oracle.PayToken
	Status  oracle.LeaseStatus
	// JobAtOpen: the renter named the job when opening (else it may be named later in the LeaseJournal).
	JobAtOpen bool
	FeeBps    uint16
	// Rate is what the provider earns per second, in the pay token's units times RateScale (the first
	// segment's: a GRID extension may bill later time at the rate of its day).
	Rate *big.Int
	// StartedAt, EndsAt, MinEndsAt, MaxEndsAt, ClosedAt and DisputeEndsAt are unix seconds. EndsAt is the
	// prepaid end while open, the end of the billed time once closed. MinEndsAt (open only) is billed even if
	// the renter closes sooner; MaxEndsAt bounds extensions. ClosedAt is when it stopped (0 while open);
	// DisputeEndsAt = ClosedAt + the dispute window: a breach is accepted up to it and the pay is held until
	// then.
	StartedAt, EndsAt, MinEndsAt, MaxEndsAt, ClosedAt, DisputeEndsAt uint64
	// The amounts now. Open: Held is the deposit; Payout and Fee what a renter close now would bill;
	// Refundable the rest. Closed: Held = Payout + Fee, held through the dispute window. Settled: all zero.
	Held, Payout, Fee, Refundable *big.Int
}

// RatePerHour is the lease's first-segment rate per hour in token units, rounded up as the escrow bills.
func (l Lease) RatePerHour() *big.Int {
	return ceilDiv(new(big.Int).Mul(l.Rate, big.NewInt(3600)), RateScale)
}

// SettleDue reports whether a settle now would move the lease on: an open lease past its end closes, a closed
// one past its dispute window pays the provider.
func (l Lease) SettleDue(now uint64) bool {
	switch l.Status {
	case oracle.LeaseOpen:
		return now >= l.EndsAt
	case oracle.LeaseClosed:
		return now > l.DisputeEndsAt
	}
	return false
}

func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// OpenRequest is what Open needs to open a lease.
type OpenRequest struct {
	Quote    oracle.SignedQuote
	Duration time.Duration
	Pay      oracle.PayToken
	// MaxDeposit bounds the prepayment (nil: the previewed amount; with GRID the price can move between
	// preview and inclusion, and the escrow then refuses with DepositAboveMax).
	MaxDeposit *big.Int
	// Job is the digest of the job spec's CID (zero: name it later with Journal.SetJob).
	Job common.Hash
	// Permit, when set, signs an EIP-2612 permit for exactly MaxDeposit if the pay token takes permits, so no
	// allowance is left standing. Nil, or a token without permits: the escrow is approved first.
	Permit oracle.DigestSigner
}

// OpenedLease is the result of Open.
type OpenedLease struct {
	ID        *big.Int
	Rate      *big.Int
	Deposit   *big.Int
	MinEndsAt uint64
	EndsAt    uint64
	Job       common.Hash
	// Permitted: the deposit was paid by an EIP-2612 permit, with no approval transaction.
	Permitted bool
	Txs       []Tx
}

// Closed is the result of closing a lease: what went back to the renter, and what is held for the provider
// and the fees until the dispute window ends.
type Closed struct {
	Tx          Tx
	Reason      oracle.CloseReason
	ClosedAt    uint64
	BilledUntil uint64
	Refund      *big.Int
	Payout      *big.Int
	Fee         *big.Int
	// Credited: the refund was credited to the renter's withdrawable balance instead of transferred.
	Credited bool
}

// Paid is a settlement after the dispute window: Amount credited to the provider, Fee to the fees.
type Paid struct {
	Amount *big.Int
	Fee    *big.Int
}

// Settled is the result of a settle: it may close an open lease past its end, pay a closed one past its
// dispute window, both, or (nothing due yet) neither.
type Settled struct {
	Tx     Tx
	Closed *Closed
	Paid   *Paid
}

// LeaseFilter selects leases by renter and/or provider (zero address: any).
type LeaseFilter struct {
	Renter, Provider common.Address
}

// timedGasFloor covers the dearest path of settle, closeLease and endLease (close, release the GPUs,
// transfer the refund, settle), with room to spare; only gas used is paid.
const timedGasFloor = 500_000

// ErrInsufficientFunds means the account does not hold what a lease needs.
var ErrInsufficientFunds = errors.New("insufficient funds")

// Leases opens, extends, settles and closes leases, and pays out escrow balances.
type Leases struct{ c *Conn }

// NewLeases gives lease operations over c.
func NewLeases(c *Conn) *Leases { return &Leases{c: c} }

func (l *Leases) addr() common.Address { return l.c.d.Contracts.LeaseEscrow }

// Preview is the rate (token units per second × RateScale) and the total prepayment (fee included) Open would
// charge now.
func (l *Leases) Preview(ctx context.Context, q oracle.Quote, duration time.Duration, pay oracle.PayToken) (rate, deposit *big.Int, err error) {
	esc := leaseescrow.NewLeaseEscrow()
	out, err := call(ctx, l.c, l.addr(), esc.PackPreviewOpen(toBinding(q), uint64(duration/time.Second), uint8(pay)), esc.UnpackPreviewOpen)
	if err != nil {
		return nil, nil, fmt.Errorf("preview lease: %w", err)
	}
	return out.Rate, out.Deposit, nil
}

// PreviewExtend is the rate of an extension of lease id by extra and what it would cost now (fee included).
func (l *Leases) PreviewExtend(ctx context.Context, id *big.Int, extra time.Duration) (rate, deposit *big.Int, err error) {
	esc := leaseescrow.NewLeaseEscrow()
	out, err := call(ctx, l.c, l.addr(), esc.PackPreviewExtend(id, uint64(extra/time.Second)), esc.UnpackPreviewExtend)
	if err != nil {
		return nil, nil, fmt.Errorf("preview extension of lease %s: %w", id, err)
	}
	return out.Rate, out.Deposit, nil
}

// checkDuration refuses what is not a positive whole number of seconds.
func checkDuration(what string, d time.Duration) error {
	if d < time.Second || d%time.Second != 0 {
		return fmt.Errorf("%s %s must be a positive whole number of seconds", what, d)
	}
	return nil
}

// Open opens a lease from a signed quote for r.Duration, paid in r.Pay, from the account, which becomes the
// renter. It checks the quote first (signature, expiry, nonce, renter, durations, the machine), then pays the
// deposit by permit when r.Permit is set and the token takes permits, else by approving the escrow for it.
func (l *Leases) Open(ctx context.Context, r OpenRequest) (OpenedLease, error) {
	renter, err := l.c.Account()
	if err != nil {
		return OpenedLease{}, err
	}
	q := r.Quote.Quote
	if err := checkDuration("open lease: duration", r.Duration); err != nil {
		return OpenedLease{}, err
	}
	secs := uint64(r.Duration / time.Second)
	switch {
	case secs > q.MaxDuration:
		return OpenedLease{}, fmt.Errorf("open lease: %s is longer than the quote allows (%s)", amount.FormatDuration(r.Duration), amount.FormatDuration(time.Duration(q.MaxDuration)*time.Second))
	case secs < q.MinDuration:
		return OpenedLease{}, fmt.Errorf("open lease: %s is shorter than the quote's minimum lease (%s): book at least that, it is billed anyway", amount.FormatDuration(r.Duration), amount.FormatDuration(time.Duration(q.MinDuration)*time.Second))
	case !q.OpenableBy(renter):
		return OpenedLease{}, fmt.Errorf("open lease: the quote is for renter %s only, and you are %s: ask the provider for a quote of your own", q.Renter, renter)
	}
	if err := NewQuotes(l.c).Check(ctx, r.Quote); err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	_, deposit, err := l.Preview(ctx, q, r.Duration, r.Pay)
	if err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	maxDeposit := r.MaxDeposit
	if maxDeposit == nil {
		maxDeposit = deposit
	}
	if err := l.checkFunds(ctx, renter, r.Pay, deposit); err != nil {
		return OpenedLease{}, fmt.Errorf("open lease: %w", err)
	}
	permit, txs, err := l.payment(ctx, r.Pay, maxDeposit, r.Permit)
	if err != nil {
		return OpenedLease{Txs: txs}, fmt.Errorf("open lease: %w", err)
	}
	esc := leaseescrow.NewLeaseEscrow()
	data := esc.PackOpenLease(toBinding(q), r.Quote.Signature, secs, uint8(r.Pay), maxDeposit, r.Job, permit)
	tx, rcpt, err := l.c.send(ctx, "open lease", l.addr(), data)
	if err != nil {
		return OpenedLease{Txs: txs}, err
	}
	txs = append(txs, tx)
	ev, ok := event(rcpt, l.addr(), esc.UnpackLeaseOpenedEvent)
	if !ok {
		return OpenedLease{Txs: txs}, fmt.Errorf("open lease: no LeaseOpened event in %s", tx.Hash)
	}
	return OpenedLease{ID: ev.LeaseId, Rate: ev.Rate, Deposit: ev.Deposit, MinEndsAt: ev.MinEndsAt, EndsAt: ev.EndsAt,
		Job: ev.JobCID, Permitted: len(permit) > 0, Txs: txs}, nil
}

// payment prepares paying value of pay to the escrow: a signed permit (encoded for openLease/extend) when
// signer is set and the token takes permits; otherwise an approval when the allowance is short.
func (l *Leases) payment(ctx context.Context, pay oracle.PayToken, value *big.Int, signer oracle.DigestSigner) ([]byte, []Tx, error) {
	tokens := NewTokens(l.c)
	token := tokens.Address(pay)
	if signer != nil {
		now, err := l.c.Now(ctx)
		if err != nil {
			return nil, nil, err
		}
		p, err := tokens.SignPermit(ctx, signer, token, l.addr(), value, now+uint64(PermitLifetime/time.Second))
		switch {
		case err == nil:
			return p.Encoded(), nil, nil
		case !errors.Is(err, ErrNoPermit):
			return nil, nil, err
		}
	}
	txs, err := l.c.ensureAllowance(ctx, token, l.addr(), "LeaseEscrow", value)
	return nil, txs, err
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

// ExtendRequest is what Extend needs.
type ExtendRequest struct {
	ID    *big.Int
	Extra time.Duration
	// MaxDeposit bounds what the extension may cost (nil: the previewed amount).
	MaxDeposit *big.Int
	// Permit as in OpenRequest.
	Permit oracle.DigestSigner
}

// Extended is the result of Extend.
type Extended struct {
	Deposit *big.Int
	Rate    *big.Int
	EndsAt  uint64
	// Permitted: paid by an EIP-2612 permit, with no approval transaction.
	Permitted bool
	Txs       []Tx
}

// Extend prepays r.Extra more time on one of the account's open leases, paying by permit or approval as Open
// does. The escrow prices a GRID extension at the current attested rate.
func (l *Leases) Extend(ctx context.Context, r ExtendRequest) (Extended, error) {
	renter, err := l.c.Account()
	if err != nil {
		return Extended{}, err
	}
	if err := checkDuration(fmt.Sprintf("extend lease %s:", r.ID), r.Extra); err != nil {
		return Extended{}, err
	}
	lease, err := l.Get(ctx, r.ID)
	if err != nil {
		return Extended{}, err
	}
	switch {
	case lease.Status != oracle.LeaseOpen:
		return Extended{}, fmt.Errorf("extend lease %s: it is %s", r.ID, lease.Status)
	case lease.Renter != renter:
		return Extended{}, fmt.Errorf("extend lease %s: its renter is %s, and you are %s: only the renter extends a lease", r.ID, lease.Renter, renter)
	case lease.EndsAt+uint64(r.Extra/time.Second) > lease.MaxEndsAt:
		return Extended{}, fmt.Errorf("extend lease %s: it cannot be extended by %s: the longest allowed extension is %s (to %s, the quote's maximum lease length)", r.ID,
			amount.FormatDuration(r.Extra), amount.FormatDuration(time.Duration(lease.MaxEndsAt-lease.EndsAt)*time.Second),
			time.Unix(int64(lease.MaxEndsAt), 0).UTC().Format(time.RFC3339))
	}
	now, err := l.c.Now(ctx)
	if err != nil {
		return Extended{}, err
	}
	if now >= lease.EndsAt {
		return Extended{}, fmt.Errorf("extend lease %s: it ended at %s: open a new lease instead", r.ID, time.Unix(int64(lease.EndsAt), 0).UTC().Format(time.RFC3339))
	}
	_, deposit, err := l.PreviewExtend(ctx, r.ID, r.Extra)
	if err != nil {
		return Extended{}, err
	}
	maxDeposit := r.MaxDeposit
	if maxDeposit == nil {
		maxDeposit = deposit
	}
	if err := l.checkFunds(ctx, renter, lease.Pay, deposit); err != nil {
		return Extended{}, fmt.Errorf("extend lease %s: %w", r.ID, err)
	}
	permit, txs, err := l.payment(ctx, lease.Pay, maxDeposit, r.Permit)
	if err != nil {
		return Extended{Txs: txs}, fmt.Errorf("extend lease %s: %w", r.ID, err)
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, rcpt, err := l.c.send(ctx, "extend lease", l.addr(), esc.PackExtend(r.ID, uint64(r.Extra/time.Second), maxDeposit, permit))
	if err != nil {
		return Extended{Txs: txs}, err
	}
	txs = append(txs, tx)
	ev, ok := event(rcpt, l.addr(), esc.UnpackLeaseExtendedEvent)
	if !ok {
		return Extended{Txs: txs}, fmt.Errorf("extend lease %s: no LeaseExtended event in %s", r.ID, tx.Hash)
	}
	return Extended{Deposit: ev.Deposit, Rate: ev.Rate, EndsAt: ev.EndsAt, Permitted: len(permit) > 0, Txs: txs}, nil
}

// Settle moves lease id along (anyone may call it): an open lease past its end closes as expired, a closed
// lease past its dispute window pays the provider's credit and the fee. Before either it does nothing.
func (l *Leases) Settle(ctx context.Context, id *big.Int) (Settled, error) {
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.sendTimed(ctx, "settle lease", l.addr(), esc.PackSettle(id), timedGasFloor)
	if err != nil {
		return Settled{}, err
	}
	out := Settled{Tx: tx}
	if ev, ok := event(r, l.addr(), esc.UnpackLeaseClosedEvent); ok {
		out.Closed = &Closed{Tx: tx, Reason: oracle.CloseReason(ev.Reason), ClosedAt: ev.ClosedAt, BilledUntil: ev.BilledUntil,
			Refund: ev.Refund, Payout: ev.Payout, Fee: ev.Fee, Credited: true}
	}
	if ev, ok := event(r, l.addr(), esc.UnpackLeaseSettledEvent); ok {
		out.Paid = &Paid{Amount: ev.Amount, Fee: ev.Fee}
	}
	return out, nil
}

// SettleMany settles ids in one transaction (each as Settle would). The ids should be sorted by provider so
// the escrow writes each provider's balance once.
func (l *Leases) SettleMany(ctx context.Context, ids []*big.Int) (Tx, map[string]Paid, error) {
	if len(ids) == 0 {
		return Tx{}, nil, errors.New("settle leases: no lease ids")
	}
	esc := leaseescrow.NewLeaseEscrow()
	floor := uint64(timedGasFloor) + uint64(len(ids))*60_000
	tx, r, err := l.c.sendTimed(ctx, fmt.Sprintf("settle %d leases", len(ids)), l.addr(), esc.PackSettleMany(ids), floor)
	if err != nil {
		return Tx{}, nil, err
	}
	paid := map[string]Paid{}
	for _, lg := range r.Logs {
		if lg.Address != l.addr() {
			continue
		}
		if ev, err := esc.UnpackLeaseSettledEvent(lg); err == nil {
			paid[ev.LeaseId.String()] = Paid{Amount: ev.Amount, Fee: ev.Fee}
		}
	}
	return tx, paid, nil
}

// Close ends one of the account's leases now, as its renter: it is billed until the later of now and its
// minimum end, the unused prepayment comes back, and the pay is held through the dispute window.
func (l *Leases) Close(ctx context.Context, id *big.Int) (Closed, error) {
	esc := leaseescrow.NewLeaseEscrow()
	return l.close(ctx, "close lease", id, esc.PackCloseLease(id))
}

// End ends a lease now, as its provider: billed until now; the renter's unused prepayment is credited to its
// escrow balance.
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
		return Closed{}, fmt.Errorf("%s %s: no LeaseClosed event in %s", label, id, tx.Hash)
	}
	_, credited := event(r, l.addr(), esc.UnpackRefundCreditedEvent)
	reason := oracle.CloseReason(ev.Reason)
	return Closed{Tx: tx, Reason: reason, ClosedAt: ev.ClosedAt, BilledUntil: ev.BilledUntil, Refund: ev.Refund, Payout: ev.Payout,
		Fee: ev.Fee, Credited: credited || reason != oracle.CloseRenterClosed}, nil
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
		ID: new(big.Int).Set(id), Renter: v.Renter, Provider: v.Provider, MachineID: v.MachineId, GPUs: v.GpuCount, GPUMask: v.GpuMask,
		Pay: oracle.PayToken(v.PayToken), Status: oracle.LeaseStatus(v.Status), JobAtOpen: v.JobAtOpen, FeeBps: v.FeeBps, Rate: v.Rate,
		StartedAt: v.StartedAt, EndsAt: v.EndsAt, MinEndsAt: v.MinEndsAt, MaxEndsAt: v.MaxEndsAt, ClosedAt: v.ClosedAt, DisputeEndsAt: v.DisputeEndsAt,
		Held: amts.Held, Payout: amts.Payout, Fee: amts.Fee, Refundable: amts.Refundable,
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

// Withdrawable is account's escrow balance in pay: settled provider earnings and credited refunds.
func (l *Leases) Withdrawable(ctx context.Context, account common.Address, pay oracle.PayToken) (*big.Int, error) {
	esc := leaseescrow.NewLeaseEscrow()
	return call(ctx, l.c, l.addr(), esc.PackWithdrawable(account, NewTokens(l.c).Address(pay)), esc.UnpackWithdrawable)
}

// Earnings is a provider's pay in one token: what it can withdraw now, what the dispute window still holds,
// and what a settle would make withdrawable at once.
type Earnings struct {
	Pay oracle.PayToken
	// Withdrawable is the escrow balance (settled pay and credited refunds).
	Withdrawable *big.Int
	// Held is the pay of closed leases still inside their dispute window (a breach may still bill them less);
	// HeldUntil is when the last of it leaves the window (0 when nothing is held).
	Held      *big.Int
	HeldUntil uint64
	// Due is the pay of closed leases whose window is over, credited by a settle (Settle, SettleMany, or
	// Withdraw, which settles them first); DueIDs are those leases.
	Due    *big.Int
	DueIDs []*big.Int
	// Running counts the provider's leases still open (paid when they close and their window passes).
	Running int
}

// Earnings reads provider's earnings in pay from its leases and its escrow balance.
func (l *Leases) Earnings(ctx context.Context, provider common.Address, pay oracle.PayToken) (Earnings, error) {
	now, err := l.c.Now(ctx)
	if err != nil {
		return Earnings{}, err
	}
	ls, err := l.List(ctx, LeaseFilter{Provider: provider})
	if err != nil {
		return Earnings{}, err
	}
	e := Earnings{Pay: pay, Held: new(big.Int), Due: new(big.Int)}
	if e.Withdrawable, err = l.Withdrawable(ctx, provider, pay); err != nil {
		return Earnings{}, err
	}
	for _, lease := range ls {
		if lease.Pay != pay {
			continue
		}
		switch lease.Status {
		case oracle.LeaseOpen:
			e.Running++
		case oracle.LeaseClosed:
			if now > lease.DisputeEndsAt {
				e.Due.Add(e.Due, lease.Payout)
				e.DueIDs = append(e.DueIDs, lease.ID)
				continue
			}
			e.Held.Add(e.Held, lease.Payout)
			e.HeldUntil = max(e.HeldUntil, lease.DisputeEndsAt)
		}
	}
	return e, nil
}

// Withdrawal is the result of Withdraw.
type Withdrawal struct {
	// Settle is the transaction that settled the account's due leases first (nil when none were due);
	// Settled lists them.
	Settle  *Tx
	Settled []*big.Int
	Tx      Tx
	Amount  *big.Int
}

// Withdraw pays the account its whole escrow balance in pay. It first settles the account's own leases (as
// provider) whose dispute window is over, so their pay is part of it.
func (l *Leases) Withdraw(ctx context.Context, pay oracle.PayToken) (Withdrawal, error) {
	me, err := l.c.Account()
	if err != nil {
		return Withdrawal{}, err
	}
	e, err := l.Earnings(ctx, me, pay)
	if err != nil {
		return Withdrawal{}, err
	}
	var w Withdrawal
	if len(e.DueIDs) > 0 {
		tx, _, err := l.SettleMany(ctx, e.DueIDs)
		if err != nil {
			return Withdrawal{}, fmt.Errorf("settle due leases before withdrawing: %w", err)
		}
		w.Settle, w.Settled = &tx, e.DueIDs
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.send(ctx, "withdraw "+pay.String()+" from escrow", l.addr(), esc.PackWithdraw(NewTokens(l.c).Address(pay)))
	if err != nil {
		return w, err
	}
	w.Tx = tx
	ev, ok := event(r, l.addr(), esc.UnpackWithdrawnEvent)
	if !ok {
		return w, fmt.Errorf("withdraw: no Withdrawn event in %s", tx.Hash)
	}
	w.Amount = ev.Amount
	return w, nil
}

// Breached is the result of a breach: the lease is billed only until BilledUntil, and the renter was credited
// Refund more (withdrawable from the escrow).
type Breached struct {
	Tx          Tx
	DownSince   uint64
	BilledUntil uint64
	Refund      *big.Int
}

// Breach submits a quorum-attested breach (kind Breach, target the escrow): the lease is billed only until
// max(downSince, its start). It is accepted while the lease is open and through the dispute window after it
// closed, however it closed; anyone may submit it.
func (l *Leases) Breach(ctx context.Context, b oracle.Breach, attestationID common.Hash, signatures []byte) (Breached, error) {
	if b.LeaseID == nil || b.LeaseID.Sign() <= 0 {
		return Breached{}, errors.New("breach: no lease id")
	}
	esc := leaseescrow.NewLeaseEscrow()
	tx, r, err := l.c.sendTimed(ctx, "breach lease", l.addr(), esc.PackBreach(b.LeaseID, b.DownSince, attestationID, signatures), timedGasFloor)
	if err != nil {
		return Breached{}, err
	}
	ev, ok := event(r, l.addr(), esc.UnpackLeaseBreachedEvent)
	if !ok {
		return Breached{Tx: tx}, fmt.Errorf("breach lease %s: no LeaseBreached event in %s", b.LeaseID, tx.Hash)
	}
	return Breached{Tx: tx, DownSince: ev.DownSince, BilledUntil: ev.BilledUntil, Refund: ev.Refund}, nil
}

// Closing reads how lease id closed, from its LeaseClosed event and the RefundCredited event of the same
// transaction (ok false while it is open).
func (l *Leases) Closing(ctx context.Context, id *big.Int) (Closed, bool, error) {
	esc := leaseescrow.NewLeaseEscrow()
	events := esc.GetABI().Events
	logs, err := l.c.chain.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(l.c.d.Block), Addresses: []common.Address{l.addr()},
		Topics: [][]common.Hash{{events["LeaseClosed"].ID, events["RefundCredited"].ID}, {common.BigToHash(id)}}})
	if err != nil {
		return Closed{}, false, fmt.Errorf("close of lease %s: %w", id, err)
	}
	var out Closed
	found := false
	for i := range logs {
		if ev, err := esc.UnpackLeaseClosedEvent(&logs[i]); err == nil {
			out, found = Closed{Tx: Tx{Label: "close lease", Hash: logs[i].TxHash, Block: logs[i].BlockNumber}, Reason: oracle.CloseReason(ev.Reason),
				ClosedAt: ev.ClosedAt, BilledUntil: ev.BilledUntil, Refund: ev.Refund, Payout: ev.Payout, Fee: ev.Fee}, true
		}
	}
	for i := range logs {
		if _, err := esc.UnpackRefundCreditedEvent(&logs[i]); err == nil && found && logs[i].TxHash == out.Tx.Hash {
			out.Credited = true
		}
	}
	if found && out.Reason != oracle.CloseRenterClosed {
		out.Credited = true // as close() reads it: only a renter's own close sends the refund to the renter
	}
	return out, found, nil
}

package protocol_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// ceilDiv is ⌈a / b⌉ for the escrow's rounding.
func ceilDiv(a, b *big.Int) *big.Int {
	q, r := new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() > 0 {
		q.Add(q, big.NewInt(1))
	}
	return q
}

// pay is what a lease at rate (token units/s × 1e12) bills for secs seconds.
func pay(rate *big.Int, secs uint64) *big.Int {
	return ceilDiv(new(big.Int).Mul(rate, new(big.Int).SetUint64(secs)), protocol.RateScale)
}

// TestRentAGPU drives the whole renter/provider path through the API the CLI calls: stake, list a machine with
// its endpoint, sign a reusable quote, open leases from it in both currencies paying by permit (no allowance
// left), name a job later, extend by permit, close, expire, see the pay held through the dispute window, then
// settle and withdraw it, record a completion, delist, unbond and withdraw stake.
func TestRentAGPU(t *testing.T) {
	f := newFixture(t)
	ctx := f.ctx
	f.fund(providerKey, gridWei(1_000), nil)
	f.fund(renterKey, gridWei(500), usdUnits(1_000))

	provider, renter := f.conn(providerKey), f.conn(renterKey)

	// Provider: stake 1,000 GRID, list a 4-GPU SIM machine (100 GRID per GPU) with its node's endpoint.
	if _, err := protocol.NewStaking(provider).Stake(ctx, oracle.RoleProvider, gridWei(1_000)); err != nil {
		t.Fatal(err)
	}
	id := protocol.MachineID(f.addr(providerKey), "rig-1")
	_, m, err := protocol.NewMachines(provider).List(ctx, protocol.Listing{ID: id, Class: "SIM", GPUs: 4, Metadata: "ipfs://rig-1", Endpoint: "https://rig-1.example:8443"})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Listed || m.GPUs != 4 || m.Class != "SIM" || m.LockedStake.Cmp(gridWei(400)) != 0 || m.Provider != f.addr(providerKey) ||
		m.Endpoint != "https://rig-1.example:8443" || m.Metadata != "ipfs://rig-1" || !m.Rentable {
		t.Fatalf("listed machine %+v (SIM is exempt from verification on dev chains: it must rent)", m)
	}
	info, err := protocol.NewStaking(provider).Info(ctx, f.addr(providerKey), oracle.RoleProvider)
	if err != nil || info.Active.Cmp(gridWei(1_000)) != 0 || info.Locked.Cmp(gridWei(400)) != 0 || info.Free.Cmp(gridWei(600)) != 0 {
		t.Fatalf("provider stake %+v, %v", info, err)
	}
	if _, err := protocol.NewMachines(provider).Update(ctx, id, "ipfs://rig-1-v2", "https://rig-1.example:9443"); err != nil {
		t.Fatal(err)
	}
	mine, err := protocol.NewMachines(renter).ByProvider(ctx, f.addr(providerKey))
	if err != nil || len(mine) != 1 || mine[0].ID != id || mine[0].Endpoint != "https://rig-1.example:9443" || mine[0].Metadata != "ipfs://rig-1-v2" {
		t.Fatalf("machines by provider: %+v, %v", mine, err)
	}

	// A reusable quote: 2 GPUs at 1.8 USD per GPU-hour = 0.001 USD/s, billed at least 30 minutes.
	price, err := protocol.USDPerSecondWad(new(big.Int).Mul(big.NewInt(18), big.NewInt(1e17)), 2, time.Hour)
	if err != nil || price.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("1.8 USD/GPU-h for 2 GPUs = %v USD-wei/s, %v; want 1e15", price, err)
	}
	quotes := protocol.NewQuotes(provider)
	terms := protocol.QuoteTerms{MachineID: id, GPUs: 2, USDPerSecondWad: price, MinDuration: 30 * time.Minute, MaxDuration: 10 * time.Hour, ValidFor: time.Hour}
	sq, err := quotes.Sign(ctx, f.signers[providerKey], terms)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := quotes.Sign(ctx, f.signers[renterKey], terms); err == nil {
		t.Fatal("a renter signed a quote for the provider's machine")
	}

	// USD lease for 2 hours, paid by permit: deposit = pay(7,200 s) + 5%; no approval, no allowance left.
	leases := protocol.NewLeases(renter)
	job := crypto.Keccak256Hash([]byte("job spec"))
	usdBefore := f.balance(oracle.PayUSD, renterKey)
	l1, err := leases.Open(ctx, protocol.OpenRequest{Quote: sq, Duration: 2 * time.Hour, Pay: oracle.PayUSD, Job: job, Permit: f.signers[renterKey]})
	if err != nil {
		t.Fatal(err)
	}
	principal := big.NewInt(7_200_000) // 0.001 USD/s × 7,200 s in 6-decimal units
	if want := new(big.Int).Add(principal, fee(principal, 500)); l1.Deposit.Cmp(want) != 0 || l1.Rate.Cmp(big.NewInt(1e15)) != 0 || l1.Job != job {
		t.Fatalf("USD lease %+v, want deposit %s at rate 1e15", l1, want)
	}
	if !l1.Permitted || len(l1.Txs) != 1 {
		t.Fatalf("open lease sent %d transactions (permit %v), want openLease alone with a permit", len(l1.Txs), l1.Permitted)
	}
	if got := new(big.Int).Sub(usdBefore, f.balance(oracle.PayUSD, renterKey)); got.Cmp(l1.Deposit) != 0 {
		t.Fatalf("renter paid %s, deposit %s", got, l1.Deposit)
	}
	f.noAllowance(oracle.PayUSD, renterKey)

	// GRID lease from the same quote (it is reusable): needs an attested price. At 0.5 USD per GRID, 0.001
	// USD/s is 0.002 GRID/s; fee 2.5%.
	if _, err := leases.Open(ctx, protocol.OpenRequest{Quote: sq, Duration: time.Hour, Pay: oracle.PayGRID, Permit: f.signers[renterKey]}); !chain.IsRevert(err, "NoPrice") {
		t.Fatalf("GRID lease without a price: %v, want NoPrice", err)
	}
	f.postPrice(big.NewInt(5e17))
	l2, err := leases.Open(ctx, protocol.OpenRequest{Quote: sq, Duration: time.Hour, Pay: oracle.PayGRID, Permit: f.signers[renterKey]})
	if err != nil {
		t.Fatal(err)
	}
	gridRate := new(big.Int).Mul(big.NewInt(2e15), protocol.RateScale)
	gridPrincipal := mul(big.NewInt(2e15), 3_600)
	if l2.Rate.Cmp(gridRate) != 0 || l2.Deposit.Cmp(new(big.Int).Add(gridPrincipal, fee(gridPrincipal, 250))) != 0 || !l2.Permitted {
		t.Fatalf("GRID lease %+v", l2)
	}
	f.noAllowance(oracle.PayGRID, renterKey)
	m, _ = protocol.NewMachines(renter).Get(ctx, id)
	if m.ReservedGPUs != 4 || m.FreeGPUs() != 0 {
		t.Fatalf("machine after two leases %+v", m)
	}
	// The machine is full: the quote stays valid, but a third lease has no GPUs, and Check says so first.
	if _, err := leases.Open(ctx, protocol.OpenRequest{Quote: sq, Duration: time.Hour, Pay: oracle.PayUSD, Permit: f.signers[renterKey]}); err == nil || !strings.Contains(err.Error(), "free GPUs") {
		t.Fatalf("a third lease on a full machine: %v", err)
	}

	// The GRID lease was opened without a job: the renter names it once, later.
	journal := protocol.NewJournal(renter)
	if rec, err := journal.Record(ctx, l1.ID); err != nil || rec.Job != job || !rec.NamedAtOpen {
		t.Fatalf("lease 1's job record %+v, %v", rec, err)
	}
	if _, err := journal.SetJob(ctx, l1.ID, job); !chain.IsRevert(err, "JobAlreadySet") {
		t.Fatalf("naming lease 1's job again: %v", err)
	}
	if _, err := protocol.NewJournal(provider).SetJob(ctx, l2.ID, job); !chain.IsRevert(err, "NotRenter") {
		t.Fatalf("the provider naming the renter's job: %v", err)
	}
	if _, err := journal.SetJob(ctx, l2.ID, job); err != nil {
		t.Fatal(err)
	}
	if rec, err := journal.Record(ctx, l2.ID); err != nil || rec.Job != job || rec.NamedAtOpen {
		t.Fatalf("lease 2's job record %+v, %v", rec, err)
	}

	// Half an hour passes. A settle of a running lease does nothing: pay moves only after a lease closed and its
	// dispute window passed.
	f.chain.AdjustTime(t, 30*time.Minute)
	s, err := protocol.NewLeases(f.conn(treasuryKey)).Settle(ctx, l1.ID)
	if err != nil || s.Closed != nil || s.Paid != nil {
		t.Fatalf("settle of a running lease: %+v, %v", s, err)
	}

	// The renter extends by an hour, by permit: the cost is what previewExtend said.
	lease1, err := leases.Get(ctx, l1.ID)
	if err != nil {
		t.Fatal(err)
	}
	_, wantExtra, err := leases.PreviewExtend(ctx, l1.ID, time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	ext, err := leases.Extend(ctx, protocol.ExtendRequest{ID: l1.ID, Extra: time.Hour, Permit: f.signers[renterKey]})
	if err != nil {
		t.Fatal(err)
	}
	if ext.Deposit.Cmp(wantExtra) != 0 || ext.EndsAt != lease1.EndsAt+3_600 || !ext.Permitted || len(ext.Txs) != 1 {
		t.Fatalf("extension %+v; want cost %s, end %d, by permit", ext, wantExtra, lease1.EndsAt+3_600)
	}
	f.noAllowance(oracle.PayUSD, renterKey)
	if _, err := protocol.NewLeases(provider).Extend(ctx, protocol.ExtendRequest{ID: l1.ID, Extra: time.Hour}); err == nil {
		t.Fatal("the provider extended the renter's lease")
	}

	// Only the renter closes; the refund comes back now, the pay is held through the dispute window.
	if _, err := protocol.NewLeases(provider).Close(ctx, l1.ID); !chain.IsRevert(err, "NotRenter") {
		t.Fatalf("provider closing the renter's lease: %v", err)
	}
	usdBefore = f.balance(oracle.PayUSD, renterKey)
	closed, err := leases.Close(ctx, l1.ID)
	if err != nil {
		t.Fatal(err)
	}
	payout := pay(l1.Rate, closed.BilledUntil-lease1.StartedAt)
	totalDeposit := new(big.Int).Add(l1.Deposit, ext.Deposit)
	wantRefund := new(big.Int).Sub(totalDeposit, payout)
	wantRefund.Sub(wantRefund, fee(payout, 500))
	if closed.Reason != oracle.CloseRenterClosed || closed.Payout.Cmp(payout) != 0 || closed.Refund.Cmp(wantRefund) != 0 ||
		closed.Fee.Cmp(fee(payout, 500)) != 0 || closed.Credited || closed.BilledUntil != closed.ClosedAt {
		t.Fatalf("close %+v, want payout %s refund %s", closed, payout, wantRefund)
	}
	if got := new(big.Int).Sub(f.balance(oracle.PayUSD, renterKey), usdBefore); got.Cmp(wantRefund) != 0 {
		t.Fatalf("renter got back %s, want %s", got, wantRefund)
	}
	lease1, _ = leases.Get(ctx, l1.ID)
	if lease1.Status != oracle.LeaseClosed || lease1.Payout.Cmp(payout) != 0 || lease1.Held.Cmp(new(big.Int).Add(payout, fee(payout, 500))) != 0 ||
		lease1.ClosedAt != closed.ClosedAt || lease1.DisputeEndsAt <= lease1.ClosedAt {
		t.Fatalf("closed lease %+v", lease1)
	}
	window := time.Duration(lease1.DisputeEndsAt-lease1.ClosedAt) * time.Second

	// The provider's pay is held, not withdrawable; withdrawing says there is nothing yet.
	pl := protocol.NewLeases(provider)
	e, err := pl.Earnings(ctx, f.addr(providerKey), oracle.PayUSD)
	if err != nil || e.Held.Cmp(payout) != 0 || e.HeldUntil != lease1.DisputeEndsAt || e.Withdrawable.Sign() != 0 || e.Due.Sign() != 0 || e.Running != 0 {
		t.Fatalf("USD earnings right after the close %+v, %v; want %s held until %d", e, err, payout, lease1.DisputeEndsAt)
	}
	if _, err := pl.Withdraw(ctx, oracle.PayUSD); !chain.IsRevert(err, "NothingToWithdraw") {
		t.Fatalf("withdraw inside the dispute window: %v", err)
	}
	if e, _ := pl.Earnings(ctx, f.addr(providerKey), oracle.PayGRID); e.Running != 1 {
		t.Fatalf("GRID earnings while lease 2 runs: %+v", e)
	}

	// The GRID lease runs out; a settle after its end closes it with no refund, its pay held in turn.
	f.chain.AdjustTime(t, time.Hour)
	s2, err := leases.Settle(ctx, l2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Closed == nil || s2.Closed.Reason != oracle.CloseExpired || s2.Closed.Refund.Sign() != 0 || s2.Closed.Payout.Cmp(gridPrincipal) != 0 || s2.Paid != nil {
		t.Fatalf("settle after the end: %+v", s2)
	}

	// Past both windows, withdrawing settles the provider's due leases first and pays them out.
	f.chain.AdjustTime(t, window+time.Hour)
	e, err = pl.Earnings(ctx, f.addr(providerKey), oracle.PayUSD)
	if err != nil || e.Due.Cmp(payout) != 0 || len(e.DueIDs) != 1 || e.DueIDs[0].Cmp(l1.ID) != 0 || e.Held.Sign() != 0 {
		t.Fatalf("USD earnings past the window %+v, %v", e, err)
	}
	for _, tc := range []struct {
		pay   oracle.PayToken
		lease *big.Int
		want  *big.Int
	}{{oracle.PayUSD, l1.ID, payout}, {oracle.PayGRID, l2.ID, gridPrincipal}} {
		before := f.balance(tc.pay, providerKey)
		w, err := pl.Withdraw(ctx, tc.pay)
		if err != nil || w.Amount.Cmp(tc.want) != 0 || new(big.Int).Sub(f.balance(tc.pay, providerKey), before).Cmp(tc.want) != 0 {
			t.Fatalf("withdraw %s: %+v, %v; want %s", tc.pay, w, err, tc.want)
		}
		if w.Settle == nil || len(w.Settled) != 1 || w.Settled[0].Cmp(tc.lease) != 0 {
			t.Fatalf("withdraw %s settled %v first, want lease %s", tc.pay, w.Settled, tc.lease)
		}
		if l, _ := leases.Get(ctx, tc.lease); l.Status != oracle.LeaseSettled || l.Held.Sign() != 0 {
			t.Fatalf("lease %s after the withdrawal: %+v", tc.lease, l)
		}
	}

	// The renter records the result; the journal keeps it.
	if _, err := journal.RecordCompletion(ctx, l1.ID, "bafkreiresult"); err != nil {
		t.Fatal(err)
	}
	if rec, err := journal.Record(ctx, l1.ID); err != nil || !rec.Completed || rec.Attested || rec.ResultCID != "bafkreiresult" {
		t.Fatalf("completion record %+v, %v", rec, err)
	}

	// Listings by renter and provider.
	for _, flt := range []protocol.LeaseFilter{{Renter: f.addr(renterKey)}, {Provider: f.addr(providerKey)}} {
		ls, err := leases.List(ctx, flt)
		if err != nil || len(ls) != 2 || ls[0].ID.Cmp(l1.ID) != 0 || ls[1].ID.Cmp(l2.ID) != 0 || ls[1].Pay != oracle.PayGRID {
			t.Fatalf("leases %+v: %+v, %v", flt, ls, err)
		}
	}
	if ls, _ := leases.List(ctx, protocol.LeaseFilter{Renter: f.addr(providerKey)}); len(ls) != 0 {
		t.Fatalf("provider rented %d leases", len(ls))
	}

	// Delist, unbond and, after the unbonding period, withdraw the stake.
	if _, err := protocol.NewMachines(provider).Delist(ctx, id); err != nil {
		t.Fatal(err)
	}
	st := protocol.NewStaking(provider)
	params, err := st.Params(ctx)
	if err != nil {
		t.Fatal(err)
	}
	_, at, err := st.Unbond(ctx, oracle.RoleProvider, gridWei(1_000))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Withdraw(ctx, oracle.RoleProvider); !chain.IsRevert(err, "NothingToWithdraw") {
		t.Fatalf("withdraw before maturity: %v", err)
	}
	if at < f.now()+uint64(params.UnbondingPeriod/time.Second)-60 {
		t.Fatalf("withdrawable at %d, now %d, unbonding %s", at, f.now(), params.UnbondingPeriod)
	}
	f.chain.AdjustTime(t, params.UnbondingPeriod)
	before := f.balance(oracle.PayGRID, providerKey)
	if _, got, err := st.Withdraw(ctx, oracle.RoleProvider); err != nil || got.Cmp(gridWei(1_000)) != 0 {
		t.Fatalf("withdraw stake: %v, %v", got, err)
	}
	if diff := new(big.Int).Sub(f.balance(oracle.PayGRID, providerKey), before); diff.Cmp(gridWei(1_000)) != 0 {
		t.Fatalf("stake withdrawn %s", diff)
	}
}

// listSIM stakes for and lists a SIM machine of gpus GPUs for the provider, returning its id.
func (f *fixture) listSIM(name string, gpus uint32) common.Hash {
	f.t.Helper()
	stake := gridWei(100 * int64(gpus))
	f.fund(providerKey, stake, nil)
	provider := f.conn(providerKey)
	if _, err := protocol.NewStaking(provider).Stake(f.ctx, oracle.RoleProvider, stake); err != nil {
		f.t.Fatal(err)
	}
	id := protocol.MachineID(f.addr(providerKey), name)
	if _, _, err := protocol.NewMachines(provider).List(f.ctx, protocol.Listing{ID: id, Class: "SIM", GPUs: gpus}); err != nil {
		f.t.Fatal(err)
	}
	return id
}

// noAllowance fails the test unless account i leaves the escrow no allowance of p.
func (f *fixture) noAllowance(p oracle.PayToken, i int) {
	f.t.Helper()
	left, err := protocol.NewTokens(f.conn(i)).Allowance(f.ctx, p, f.addr(i), f.d.Contracts.LeaseEscrow)
	if err != nil || left.Sign() != 0 {
		f.t.Fatalf("the escrow may still pull %v %s of account %d (%v): want no standing allowance", left, p, i, err)
	}
}

// Quotes: a reusable quote opens leases until cancelled; a single-use one opens one; one bound to a renter
// opens for that renter only; the minimum duration is enforced. Check and Open say why before any gas.
func TestQuoteKinds(t *testing.T) {
	f := newFixture(t)
	f.fund(renterKey, nil, usdUnits(100))
	f.fund(inspector0Key+inspectorCount, nil, usdUnits(100)) // a spare account: another renter
	other := inspector0Key + inspectorCount
	id := f.listSIM("rig", 6)
	provider := f.conn(providerKey)
	q := protocol.NewQuotes(provider)
	sign := func(tt protocol.QuoteTerms) oracle.SignedQuote {
		t.Helper()
		tt.MachineID, tt.GPUs, tt.USDPerSecondWad, tt.ValidFor = id, 1, big.NewInt(1e13), time.Hour
		if tt.MaxDuration == 0 {
			tt.MaxDuration = 2 * time.Hour
		}
		sq, err := q.Sign(f.ctx, f.signers[providerKey], tt)
		if err != nil {
			t.Fatal(err)
		}
		return sq
	}
	open := func(i int, sq oracle.SignedQuote, d time.Duration) error {
		_, err := protocol.NewLeases(f.conn(i)).Open(f.ctx, protocol.OpenRequest{Quote: sq, Duration: d, Pay: oracle.PayUSD, Permit: f.signers[i]})
		return err
	}

	// Reusable: two leases, the nonce stays unused; a cancel stops it.
	reusable := sign(protocol.QuoteTerms{})
	for range 2 {
		if err := open(renterKey, reusable, time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	if used, _ := q.NonceUsed(f.ctx, f.addr(providerKey), reusable.Quote.Nonce); used {
		t.Fatal("a reusable quote's nonce was used up")
	}
	if _, err := q.Cancel(f.ctx, reusable.Quote.Nonce); err != nil {
		t.Fatal(err)
	}
	if err := q.Check(f.ctx, reusable); err == nil || !strings.Contains(err.Error(), "cancelled") {
		t.Fatalf("check of a cancelled quote: %v", err)
	}
	if err := open(renterKey, reusable, time.Hour); err == nil {
		t.Fatal("a cancelled quote opened a lease")
	}

	// Single use: the second open is refused, naming why.
	single := sign(protocol.QuoteTerms{SingleUse: true})
	if err := open(renterKey, single, time.Hour); err != nil {
		t.Fatal(err)
	}
	if err := open(renterKey, single, time.Hour); err == nil || !strings.Contains(err.Error(), "single-use") {
		t.Fatalf("second open of a single-use quote: %v", err)
	}

	// Bound to a renter: another account is refused, naming the renter; the renter opens it.
	bound := sign(protocol.QuoteTerms{Renter: f.addr(renterKey)})
	if err := open(other, bound, time.Hour); err == nil || !strings.Contains(err.Error(), f.addr(renterKey).Hex()) {
		t.Fatalf("another renter opening a bound quote: %v", err)
	}
	if err := open(renterKey, bound, time.Hour); err != nil {
		t.Fatal(err)
	}
	// Terms that cannot hold are refused when signing.
	if _, err := q.Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: id, GPUs: 1, USDPerSecondWad: big.NewInt(1e13), MaxDuration: time.Hour,
		MinDuration: 2 * time.Hour, ValidFor: time.Hour}); err == nil {
		t.Fatal("signed a quote whose minimum is above its maximum")
	}

	// A minimum duration: a shorter lease is refused; closing at once still bills the minimum.
	minimum := sign(protocol.QuoteTerms{MinDuration: time.Hour})
	if err := open(other, minimum, 30*time.Minute); err == nil || !strings.Contains(err.Error(), "minimum") {
		t.Fatalf("a lease shorter than the quote's minimum: %v", err)
	}
	leases := protocol.NewLeases(f.conn(other))
	opened, err := leases.Open(f.ctx, protocol.OpenRequest{Quote: minimum, Duration: 2 * time.Hour, Pay: oracle.PayUSD, Permit: f.signers[other]})
	if err != nil {
		t.Fatal(err)
	}
	closed, err := leases.Close(f.ctx, opened.ID)
	if err != nil {
		t.Fatal(err)
	}
	if closed.BilledUntil != opened.MinEndsAt || closed.Payout.Cmp(pay(opened.Rate, 3_600)) != 0 {
		t.Fatalf("an immediate close billed until %d (payout %s), want the minimum end %d (%s)", closed.BilledUntil, closed.Payout, opened.MinEndsAt, pay(opened.Rate, 3_600))
	}
}

// Paying with a token that takes no EIP-2612 permit falls back to approving the escrow for exactly the deposit,
// which the open then uses up: the lease opens and no allowance stands either.
func TestApprovalForTokenWithoutPermit(t *testing.T) {
	f := newFixtureWithPlainUSD(t)
	f.fund(renterKey, nil, usdUnits(100)) // MockERC20's open mint(to, amount) is MockUSD's
	id := f.listSIM("rig", 1)
	usd := f.d.Contracts.MockUSD
	if _, _, err := protocol.NewTokens(f.conn(renterKey)).PermitDomain(f.ctx, usd, f.addr(renterKey)); err == nil {
		t.Fatal("a plain ERC-20 was taken for a permit token")
	}
	sq, err := protocol.NewQuotes(f.conn(providerKey)).Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: id, GPUs: 1,
		USDPerSecondWad: big.NewInt(1e15), MaxDuration: 2 * time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	leases := protocol.NewLeases(f.conn(renterKey))
	opened, err := leases.Open(f.ctx, protocol.OpenRequest{Quote: sq, Duration: time.Hour, Pay: oracle.PayUSD, Permit: f.signers[renterKey]})
	if err != nil {
		t.Fatal(err)
	}
	// An extension beyond the quote's maximum is refused before anything is approved.
	if _, err := leases.Extend(f.ctx, protocol.ExtendRequest{ID: opened.ID, Extra: 2 * time.Hour, Permit: f.signers[renterKey]}); err == nil ||
		!strings.Contains(err.Error(), "longest allowed extension is 1h") {
		t.Fatalf("an extension beyond the quote's maximum: %v", err)
	}
	f.noAllowance(oracle.PayUSD, renterKey)
	if opened.Permitted || len(opened.Txs) != 2 || !strings.HasPrefix(opened.Txs[0].Label, "approve") {
		t.Fatalf("open with a plain token: %+v, want approve + openLease", opened)
	}
	f.noAllowance(oracle.PayUSD, renterKey)
	// The extension goes the same way.
	ext, err := leases.Extend(f.ctx, protocol.ExtendRequest{ID: opened.ID, Extra: 10 * time.Minute, Permit: f.signers[renterKey]})
	if err != nil || ext.Permitted || len(ext.Txs) != 2 {
		t.Fatalf("extend with a plain token: %+v, %v", ext, err)
	}
	f.noAllowance(oracle.PayUSD, renterKey)
}

// The permit domain is probed from the token: GRID's and MockUSD's are OpenZeppelin's ERC20Permit domains.
func TestPermitDomains(t *testing.T) {
	f := newFixture(t)
	tokens := protocol.NewTokens(f.conn(renterKey))
	for _, tc := range []struct {
		token         common.Address
		name, version string
	}{{f.d.Contracts.GridToken, "idlegrid", "1"}, {f.d.Contracts.MockUSD, "Mock USD", "1"}} {
		d, nonce, err := tokens.PermitDomain(f.ctx, tc.token, f.addr(renterKey))
		if err != nil || d.Name != tc.name || d.Version != tc.version || d.VerifyingContract != tc.token || nonce.Sign() != 0 {
			t.Fatalf("permit domain of %s: %+v nonce %v, %v", tc.token, d, nonce, err)
		}
	}
	// A contract without nonces(owner) takes no permits.
	if _, _, err := tokens.PermitDomain(f.ctx, f.d.Contracts.Staking, f.addr(renterKey)); err == nil {
		t.Fatal("Staking was taken for a permit token")
	}
}

// Rewards: inspectors attest an epoch's cumulative root built in Go; accounts claim with its proofs. Roots post
// in epoch order only.
func TestRewardsClaim(t *testing.T) {
	f := newFixture(t)
	c := f.conn(treasuryKey)
	rw := protocol.NewRewards(c)
	st, err := rw.Status(f.ctx, f.addr(providerKey))
	if err != nil {
		t.Fatal(err)
	}
	if st.Posted || st.CurrentEpoch != 0 || st.Emission.Cmp(gridWei(1_000_000)) != 0 || st.Funded.Cmp(gridWei(300_000_000)) != 0 {
		t.Fatalf("initial rewards status %+v", st)
	}
	tree, err := rewardtree.New([]rewardtree.Entry{
		{Account: f.addr(providerKey), Cumulative: gridWei(700)},
		{Account: f.addr(renterKey), Cumulative: gridWei(200)},
		{Account: f.addr(inspector0Key), Cumulative: gridWei(100)},
	})
	if err != nil {
		t.Fatal(err)
	}
	attest := func(p protocol.RootPost) protocol.RootPost {
		t.Helper()
		p.AttestationID = crypto.Keccak256Hash(p.Root[:], new(big.Int).SetUint64(p.Epoch).Bytes())
		_, sigs, err := protocol.NewQuorum(c).Attest(f.ctx, f.d.Contracts.Rewards, p.AttestationID, p.Payload(), f.inspectors)
		if err != nil {
			t.Fatal(err)
		}
		p.Signatures = sigs
		return p
	}
	post := attest(protocol.RootPost{Epoch: 0, Root: tree.Root(), CumulativeTotal: tree.Total()})
	if _, _, err := rw.PostRoot(f.ctx, post); !chain.IsRevert(err, "EpochNotEnded") {
		t.Fatalf("post before the epoch ended: %v", err)
	}
	f.chain.AdjustTime(t, 2*time.Hour)
	// Epoch 1 cannot go before epoch 0.
	if _, _, err := rw.PostRoot(f.ctx, attest(protocol.RootPost{Epoch: 1, Root: tree.Root(), CumulativeTotal: tree.Total()})); !chain.IsRevert(err, "EpochNotNext") {
		t.Fatalf("post of epoch 1 before epoch 0: %v", err)
	}
	_, increment, err := rw.PostRoot(f.ctx, post)
	if err != nil || increment.Cmp(tree.Total()) != 0 {
		t.Fatalf("post epoch 0: increment %v, %v; want %s", increment, err, tree.Total())
	}
	if next, err := rw.NextEpoch(f.ctx); err != nil || next != 1 {
		t.Fatalf("next epoch %d, %v", next, err)
	}
	claim, err := tree.Claim(f.addr(providerKey))
	if err != nil {
		t.Fatal(err)
	}
	// Anyone can submit a claim; the GRID goes to the account.
	before := f.balance(oracle.PayGRID, providerKey)
	_, paid, err := protocol.NewRewards(f.conn(renterKey)).Claim(f.ctx, claim)
	if err != nil || paid.Cmp(gridWei(700)) != 0 {
		t.Fatalf("claim: %v, %v", paid, err)
	}
	if diff := new(big.Int).Sub(f.balance(oracle.PayGRID, providerKey), before); diff.Cmp(gridWei(700)) != 0 {
		t.Fatalf("provider received %s", diff)
	}
	if _, _, err := rw.Claim(f.ctx, claim); !chain.IsRevert(err, "NothingToClaim") {
		t.Fatalf("second claim: %v", err)
	}
	forged := claim
	forged.CumulativeAmount = gridWei(800)
	if _, _, err := rw.Claim(f.ctx, forged); err == nil {
		t.Fatal("a forged claim passed the local proof check")
	}
	st, _ = rw.Status(f.ctx, f.addr(providerKey))
	if !st.Posted || st.LatestRoot != tree.Root() || st.Claimed.Cmp(gridWei(700)) != 0 || st.Allocated.Cmp(gridWei(1_000)) != 0 {
		t.Fatalf("rewards status after claim %+v", st)
	}
}

// A settle or close estimated in the same second as the open is cheap at estimation time but mined in a later
// block: the gas limit must cover the dearer path. Regression: `lease settle` right after `lease open` in the
// README walk-through ran out of gas.
func TestSettleAndCloseRightAfterOpen(t *testing.T) {
	f := newFixture(t)
	f.fund(renterKey, nil, usdUnits(100))
	id := f.listSIM("rig", 1)
	sq, err := protocol.NewQuotes(f.conn(providerKey)).Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: id, GPUs: 1,
		USDPerSecondWad: big.NewInt(1e15), MaxDuration: time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	leases := protocol.NewLeases(f.conn(renterKey))
	opened, err := leases.Open(f.ctx, protocol.OpenRequest{Quote: sq, Duration: time.Hour, Pay: oracle.PayUSD, Permit: f.signers[renterKey]})
	if err != nil {
		t.Fatal(err)
	}
	s, err := leases.Settle(f.ctx, opened.ID)
	if err != nil {
		t.Fatalf("settle right after open: %v", err)
	}
	if s.Closed != nil || s.Paid != nil {
		t.Fatalf("settle of a running lease moved it: %+v", s)
	}
	closed, err := leases.Close(f.ctx, opened.ID)
	if err != nil {
		t.Fatalf("close right after settle: %v", err)
	}
	if closed.Payout.Sign() <= 0 {
		t.Fatalf("a close a block after the open billed %s", closed.Payout)
	}
}

// The price poster steps toward a far target under the oracle's speed limit instead of being refused.
func TestPricePostStepsUnderTheSpeedLimit(t *testing.T) {
	f := newFixture(t)
	c := f.conn(treasuryKey)
	po := protocol.NewPriceOracle(c)
	first, err := po.PostToward(f.ctx, big.NewInt(5e17), f.inspectors)
	if err != nil || !first.Reached || first.Price.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("first post (no limit without a price): %+v, %v", first, err)
	}
	lim, err := po.Limit(f.ctx)
	if err != nil || lim.MaxMoveBpsPerHour == 0 {
		t.Fatalf("speed limit %+v, %v: the deployment sets one", lim, err)
	}
	// A doubling right away is too fast: the post moves as far as allowed, no further.
	f.chain.AdjustTime(t, time.Hour)
	step, err := po.PostToward(f.ctx, big.NewInt(1e18), f.inspectors)
	if err != nil {
		t.Fatal(err)
	}
	if step.Reached || step.Price.Cmp(big.NewInt(5e17)) <= 0 || step.Price.Cmp(big.NewInt(1e18)) >= 0 {
		t.Fatalf("step toward 1.0 from 0.5 after an hour: %+v (limit %d bps/h)", step, lim.MaxMoveBpsPerHour)
	}
	if got, _, err := po.Price(f.ctx); err != nil || got.Cmp(step.Price) != 0 {
		t.Fatalf("price after the step %v, %v; want %s", got, err, step.Price)
	}
	// The allowance grows with the time since the last post, and never overshoots the target.
	lim, _ = po.Limit(f.ctx)
	an, two := lim.StepToward(big.NewInt(1e18), lim.PostedAt+3_600), lim.StepToward(big.NewInt(1e18), lim.PostedAt+7_200)
	if an.Cmp(lim.Price) <= 0 || two.Cmp(an) <= 0 || lim.StepToward(big.NewInt(1e18), lim.PostedAt+1_000_000).Cmp(big.NewInt(1e18)) != 0 {
		t.Fatalf("steps from %s: after 1h %s, after 2h %s", lim.Price, an, two)
	}
	if down := lim.StepToward(big.NewInt(1), lim.PostedAt+3_600); down.Cmp(lim.Price) >= 0 || down.Sign() <= 0 {
		t.Fatalf("a step down after 1h: %s from %s", down, lim.Price)
	}
	// Given time, the target is reached.
	for i := 0; i < 20; i++ {
		f.chain.AdjustTime(t, 3*time.Hour)
		p, err := po.PostToward(f.ctx, big.NewInt(1e18), f.inspectors)
		if err != nil {
			t.Fatal(err)
		}
		if p.Reached {
			return
		}
	}
	t.Fatal("twenty steps three hours apart did not reach the target")
}

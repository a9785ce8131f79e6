package protocol_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// TestRentAGPU drives the whole renter/provider path through the API the CLI calls: stake, list a machine,
// sign quotes, open leases in both currencies (GRID with a price the inspectors attest), let time pass,
// settle, extend, close with a refund, expire, withdraw earnings, delist, unbond and withdraw stake.
func TestRentAGPU(t *testing.T) {
	f := newFixture(t)
	ctx := f.ctx
	f.fund(providerKey, gridWei(1_000), nil)
	f.fund(renterKey, gridWei(500), usdUnits(1_000))

	provider, renter := f.conn(providerKey), f.conn(renterKey)

	// Provider: stake 1,000 GRID, list a 4-GPU SIM machine (100 GRID per GPU).
	if _, err := protocol.NewStaking(provider).Stake(ctx, oracle.RoleProvider, gridWei(1_000)); err != nil {
		t.Fatal(err)
	}
	id := protocol.MachineID(f.addr(providerKey), "rig-1")
	_, m, err := protocol.NewMachines(provider).List(ctx, protocol.Listing{ID: id, Class: "SIM", GPUs: 4, Metadata: "ipfs://rig-1"})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Listed || m.GPUs != 4 || m.Class != "SIM" || m.LockedStake.Cmp(gridWei(400)) != 0 || m.Provider != f.addr(providerKey) {
		t.Fatalf("listed machine %+v", m)
	}
	info, err := protocol.NewStaking(provider).Info(ctx, f.addr(providerKey), oracle.RoleProvider)
	if err != nil || info.Active.Cmp(gridWei(1_000)) != 0 || info.Locked.Cmp(gridWei(400)) != 0 || info.Free.Cmp(gridWei(600)) != 0 {
		t.Fatalf("provider stake %+v, %v", info, err)
	}
	mine, err := protocol.NewMachines(renter).ByProvider(ctx, f.addr(providerKey))
	if err != nil || len(mine) != 1 || mine[0].ID != id {
		t.Fatalf("machines by provider: %+v, %v", mine, err)
	}

	// Quotes: 2 GPUs at 0.001 USD/s (3.6 USD/h), up to 10 hours, valid for an hour.
	quotes := protocol.NewQuotes(provider)
	terms := protocol.QuoteTerms{MachineID: id, GPUs: 2, USDPerSecond: big.NewInt(1_000), MaxDuration: 10 * time.Hour, ValidFor: time.Hour}
	usdQuote, err := quotes.Sign(ctx, f.signers[providerKey], terms)
	if err != nil {
		t.Fatal(err)
	}
	gridQuote, err := quotes.Sign(ctx, f.signers[providerKey], terms)
	if err != nil {
		t.Fatal(err)
	}
	if usdQuote.Quote.Nonce.Cmp(gridQuote.Quote.Nonce) == 0 {
		t.Fatal("two quotes share a nonce")
	}
	if _, err := quotes.Sign(ctx, f.signers[renterKey], terms); err == nil {
		t.Fatal("a renter signed a quote for the provider's machine")
	}

	// USD lease for 2 hours: deposit = rate × 7,200 s + 5% fee.
	leases := protocol.NewLeases(renter)
	usdBefore := f.balance(oracle.PayUSD, renterKey)
	l1, err := leases.Open(ctx, usdQuote, 2*time.Hour, oracle.PayUSD, nil)
	if err != nil {
		t.Fatal(err)
	}
	principal := mul(big.NewInt(1_000), 7_200)
	if want := new(big.Int).Add(principal, fee(principal, 500)); l1.Deposit.Cmp(want) != 0 || l1.Rate.Int64() != 1_000 {
		t.Fatalf("USD lease %+v, want deposit %s", l1, want)
	}
	if got := new(big.Int).Sub(usdBefore, f.balance(oracle.PayUSD, renterKey)); got.Cmp(l1.Deposit) != 0 {
		t.Fatalf("renter paid %s, deposit %s", got, l1.Deposit)
	}
	if len(l1.Txs) != 2 {
		t.Fatalf("open lease sent %d transactions, want approve + openLease", len(l1.Txs))
	}
	// The quote is spent.
	if _, err := leases.Open(ctx, usdQuote, time.Hour, oracle.PayUSD, nil); err == nil {
		t.Fatal("a quote opened two leases")
	}

	// GRID lease: needs an attested price. At 0.5 USD per GRID, 0.001 USD/s is 0.002 GRID/s; fee 2.5%.
	if _, err := leases.Open(ctx, gridQuote, time.Hour, oracle.PayGRID, nil); !chain.IsRevert(err, "NoPrice") {
		t.Fatalf("GRID lease without a price: %v, want NoPrice", err)
	}
	f.postPrice(big.NewInt(5e17))
	price, observed, err := protocol.NewPriceOracle(renter).Price(ctx)
	if err != nil || price.Cmp(big.NewInt(5e17)) != 0 || observed == 0 {
		t.Fatalf("price %v at %d: %v", price, observed, err)
	}
	l2, err := leases.Open(ctx, gridQuote, time.Hour, oracle.PayGRID, nil)
	if err != nil {
		t.Fatal(err)
	}
	gridPrincipal := mul(big.NewInt(2e15), 3_600)
	if l2.Rate.Cmp(big.NewInt(2e15)) != 0 || l2.Deposit.Cmp(new(big.Int).Add(gridPrincipal, fee(gridPrincipal, 250))) != 0 {
		t.Fatalf("GRID lease %+v", l2)
	}
	m, _ = protocol.NewMachines(renter).Get(ctx, id)
	if m.ReservedGPUs != 4 || m.FreeGPUs() != 0 {
		t.Fatalf("machine after two leases %+v", m)
	}

	// Half an hour passes. Anyone settles: the provider is credited rate × elapsed.
	f.chain.AdjustTime(t, 30*time.Minute)
	s, err := protocol.NewLeases(f.conn(treasuryKey)).Settle(ctx, l1.ID)
	if err != nil {
		t.Fatal(err)
	}
	lease1, err := leases.Get(ctx, l1.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s.Closed != nil || s.Amount.Cmp(mul(big.NewInt(1_000), int64(s.SettledAt-lease1.StartedAt))) != 0 || s.SettledAt-lease1.StartedAt < 1_800 {
		t.Fatalf("settle %+v of lease %+v", s, lease1)
	}

	// The renter extends by an hour: the cost is the principal plus the fee on the cumulative principal.
	wantExtra := protocol.ExtendDeposit(lease1, time.Hour)
	_, extra, endsAt, err := leases.Extend(ctx, l1.ID, time.Hour, nil)
	if err != nil {
		t.Fatal(err)
	}
	if extra.Cmp(wantExtra) != 0 || endsAt != lease1.EndsAt+3_600 {
		t.Fatalf("extend cost %s ends %d; want %s, %d", extra, endsAt, wantExtra, lease1.EndsAt+3_600)
	}

	// Only the renter closes; the provider gets what accrued, the renter the rest minus the fee on it.
	if _, err := protocol.NewLeases(provider).Close(ctx, l1.ID); !chain.IsRevert(err, "NotRenter") {
		t.Fatalf("provider closing the renter's lease: %v", err)
	}
	usdBefore = f.balance(oracle.PayUSD, renterKey)
	closed, err := leases.Close(ctx, l1.ID)
	if err != nil {
		t.Fatal(err)
	}
	paid := mul(big.NewInt(1_000), int64(closed.ClosedAt-lease1.StartedAt))
	totalDeposit := new(big.Int).Add(l1.Deposit, extra)
	wantRefund := new(big.Int).Sub(totalDeposit, paid)
	wantRefund.Sub(wantRefund, fee(paid, 500))
	if closed.Reason != oracle.CloseRenterClosed || closed.Refund.Cmp(wantRefund) != 0 || closed.Fee.Cmp(fee(paid, 500)) != 0 || closed.Credited {
		t.Fatalf("close %+v, want refund %s", closed, wantRefund)
	}
	if got := new(big.Int).Sub(f.balance(oracle.PayUSD, renterKey), usdBefore); got.Cmp(wantRefund) != 0 {
		t.Fatalf("renter got back %s, want %s", got, wantRefund)
	}
	lease1, _ = leases.Get(ctx, l1.ID)
	if lease1.Status != oracle.LeaseClosed || lease1.Balance.Sign() != 0 {
		t.Fatalf("closed lease %+v", lease1)
	}

	// The GRID lease runs out; a settle after its end closes it with no refund.
	f.chain.AdjustTime(t, time.Hour)
	s2, err := leases.Settle(ctx, l2.ID)
	if err != nil {
		t.Fatal(err)
	}
	if s2.Closed == nil || s2.Closed.Reason != oracle.CloseExpired || s2.Closed.Refund.Sign() != 0 {
		t.Fatalf("settle after the end: %+v", s2)
	}

	// Provider withdraws its earnings in both tokens.
	pl := protocol.NewLeases(provider)
	for _, tc := range []struct {
		pay  oracle.PayToken
		want *big.Int
	}{{oracle.PayUSD, paid}, {oracle.PayGRID, gridPrincipal}} {
		owed, err := pl.Withdrawable(ctx, f.addr(providerKey), tc.pay)
		if err != nil || owed.Cmp(tc.want) != 0 {
			t.Fatalf("%s owed to provider %v, %v; want %s", tc.pay, owed, err, tc.want)
		}
		before := f.balance(tc.pay, providerKey)
		_, got, err := pl.Withdraw(ctx, tc.pay)
		if err != nil || got.Cmp(tc.want) != 0 || new(big.Int).Sub(f.balance(tc.pay, providerKey), before).Cmp(tc.want) != 0 {
			t.Fatalf("withdraw %s: %v, %v", tc.pay, got, err)
		}
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
	_, at, err := st.Unbond(ctx, oracle.RoleProvider, gridWei(1_000))
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := st.Withdraw(ctx, oracle.RoleProvider); !chain.IsRevert(err, "NothingToWithdraw") {
		t.Fatalf("withdraw before maturity: %v", err)
	}
	if at < f.now()+86_000 {
		t.Fatalf("withdrawable at %d, now %d", at, f.now())
	}
	f.chain.AdjustTime(t, 24*time.Hour)
	before := f.balance(oracle.PayGRID, providerKey)
	if _, got, err := st.Withdraw(ctx, oracle.RoleProvider); err != nil || got.Cmp(gridWei(1_000)) != 0 {
		t.Fatalf("withdraw stake: %v, %v", got, err)
	}
	if diff := new(big.Int).Sub(f.balance(oracle.PayGRID, providerKey), before); diff.Cmp(gridWei(1_000)) != 0 {
		t.Fatalf("stake withdrawn %s", diff)
	}
}

// A cancelled quote can no longer open a lease; Check says so before any gas is spent.
func TestQuoteCancel(t *testing.T) {
	f := newFixture(t)
	f.fund(providerKey, gridWei(100), nil)
	f.fund(renterKey, nil, usdUnits(100))
	provider := f.conn(providerKey)
	if _, err := protocol.NewStaking(provider).Stake(f.ctx, oracle.RoleProvider, gridWei(100)); err != nil {
		t.Fatal(err)
	}
	id := protocol.MachineID(f.addr(providerKey), "rig")
	if _, _, err := protocol.NewMachines(provider).List(f.ctx, protocol.Listing{ID: id, Class: "SIM", GPUs: 1}); err != nil {
		t.Fatal(err)
	}
	q := protocol.NewQuotes(provider)
	sq, err := q.Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: id, GPUs: 1, USDPerSecond: big.NewInt(10), MaxDuration: time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Check(f.ctx, sq); err != nil {
		t.Fatal(err)
	}
	if _, err := q.Cancel(f.ctx, sq.Quote.Nonce); err != nil {
		t.Fatal(err)
	}
	if used, _ := q.NonceUsed(f.ctx, sq.Quote.Provider, sq.Quote.Nonce); !used {
		t.Fatal("cancelled nonce not marked used")
	}
	if _, err := protocol.NewLeases(f.conn(renterKey)).Open(f.ctx, sq, time.Hour, oracle.PayUSD, nil); err == nil {
		t.Fatal("a cancelled quote opened a lease")
	}
}

// Rewards: inspectors attest an epoch's cumulative root built in Go; accounts claim with its proofs.
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
	post := protocol.RootPost{Epoch: 0, Root: tree.Root(), Total: tree.Total()}
	post.AttestationID = post.Root
	_, sigs, err := protocol.NewQuorum(c).Attest(f.ctx, f.d.Contracts.Rewards, post.AttestationID, post.Payload(), f.inspectors)
	if err != nil {
		t.Fatal(err)
	}
	post.Signatures = sigs
	if _, err := rw.PostRoot(f.ctx, post); !chain.IsRevert(err, "EpochNotEnded") {
		t.Fatalf("post before the epoch ended: %v", err)
	}
	f.chain.AdjustTime(t, time.Hour)
	if _, err := rw.PostRoot(f.ctx, post); err != nil {
		t.Fatal(err)
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

// A settle or close estimated in the same second as the previous change to the lease is a cheap no-op at
// estimation time, but mined in a later block it pays the provider (and may close the lease): the gas limit
// must cover that, or the transaction runs out of gas on chain. Regression: `lease settle` right after
// `lease open` in the README walk-through failed this way.
func TestSettleAndCloseRightAfterOpen(t *testing.T) {
	f := newFixture(t)
	f.fund(providerKey, gridWei(100), nil)
	f.fund(renterKey, nil, usdUnits(100))
	provider := f.conn(providerKey)
	if _, err := protocol.NewStaking(provider).Stake(f.ctx, oracle.RoleProvider, gridWei(100)); err != nil {
		t.Fatal(err)
	}
	id := protocol.MachineID(f.addr(providerKey), "rig")
	if _, _, err := protocol.NewMachines(provider).List(f.ctx, protocol.Listing{ID: id, Class: "SIM", GPUs: 1}); err != nil {
		t.Fatal(err)
	}
	sq, err := protocol.NewQuotes(provider).Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: id, GPUs: 1, USDPerSecond: big.NewInt(1_000), MaxDuration: time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	leases := protocol.NewLeases(f.conn(renterKey))
	opened, err := leases.Open(f.ctx, sq, time.Hour, oracle.PayUSD, nil)
	if err != nil {
		t.Fatal(err)
	}
	// Every simulated block is at least a second after the previous one: the settle is estimated at the
	// open's timestamp and mined later.
	s, err := leases.Settle(f.ctx, opened.ID)
	if err != nil {
		t.Fatalf("settle right after open: %v", err)
	}
	if s.Amount.Sign() <= 0 {
		t.Fatalf("settle mined in a later block paid %s", s.Amount)
	}
	if _, err := leases.Close(f.ctx, opened.ID); err != nil {
		t.Fatalf("close right after settle: %v", err)
	}
}

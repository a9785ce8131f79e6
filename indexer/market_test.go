package indexer_test

import (
	"context"
	"math/big"
	"math/bits"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/indexer/testchain"
	"github.com/idlegrid/idlegrid/oracle"
)

// chainClock reads the chain's head time: quote expiry is judged against the chain the quotes are used on.
type chainClock struct {
	mu sync.Mutex
	c  *testchain.Chain
	t  time.Time
}

func (k *chainClock) Now() time.Time {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.t
}

func (k *chainClock) sync() {
	k.mu.Lock()
	k.t = time.Unix(int64(k.c.Head().Time), 0)
	k.mu.Unlock()
}

// TestMarketplaceEndToEnd runs the whole market on the real v2 contracts: providers list and quote through the
// book (reusable, single-use and renter-bound quotes), a renter finds a quote and opens a lease with a job, the
// registry's verification switch hides unverified machines from searches, the inspectors attest a breach, the
// payout is held through the dispute window, settled and withdrawn, another lease names its job later and is
// closed and completed, nonces are cancelled, a GRID/USD rate is posted; the index, the quote book and the
// machine reputations follow, and the index equals a clean one.
func TestMarketplaceEndToEnd(t *testing.T) {
	for _, d := range storetest.Dialects {
		t.Run(d.String(), func(t *testing.T) { testMarketplaceEndToEnd(t, d) })
	}
}

func testMarketplaceEndToEnd(t *testing.T, dialect sqlstore.Dialect) {
	ctx := context.Background()
	c := testchain.New(t, testchain.Options{})
	// GPU holds, verification and dispute windows are judged at the chain's time, by the book and the store.
	clock := &chainClock{c: c}
	clock.sync()
	db := storetest.MustOpenDB(t, dialect, clock)
	c.SetupQuorum([]int{5, 6, 7}, 2)
	m1, m2 := testchain.MachineID(1), testchain.MachineID(2)
	c.Stake(1, indexer.RoleProvider, testchain.Ether(5_000))
	c.ListMachine(1, m1, "H100", 4)
	c.ListMachine(1, m2, "H100", 1)
	c.Mine()
	clock.sync()
	cfg := testConfig(c)
	f, _ := newFollower(t, c.Client, db, cfg, clock)
	sync := func() {
		t.Helper()
		if err := f.Sync(ctx); err != nil {
			t.Fatal(err)
		}
		clock.sync()
	}
	sync()
	bcfg := indexer.DefaultQuoteBookConfig()
	bcfg.ChainID, bcfg.Escrow = c.ChainID, c.Contracts[indexer.LeaseEscrow]
	book, err := indexer.NewQuoteBook(bcfg, db, clock)
	if err != nil {
		t.Fatal(err)
	}
	post := func(sq oracle.SignedQuote) api.Quote {
		t.Helper()
		q, err := book.Post(ctx, sq)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	expiry := uint64(clock.Now().Add(2 * time.Hour).Unix())
	renter := c.Accounts[3].Addr
	// A reusable quote for 2 GPUs of m1 at 0.002 USD/s (7.2 USD/h) billing at least 10 minutes; a single-use
	// quote for m2's GPU at 0.001 USD/s; a 4-GPU quote to cancel; a cheap quote only renter 3 may open.
	q1 := post(c.SignQuoteTerms(1, m1, 2, testchain.QuoteTerms{USDPerSecondWad: testchain.MicroUSDPerSecond(2000),
		MinDuration: 600, MaxDuration: 86_400, Expiry: expiry, Nonce: 7}))
	q2 := post(c.SignQuoteTerms(1, m2, 1, testchain.QuoteTerms{USDPerSecondWad: testchain.MicroUSDPerSecond(1000),
		MaxDuration: 86_400, Expiry: expiry, Nonce: 8, SingleUse: true}))
	post(c.SignQuote(1, m1, 4, 9000, 86_400, expiry, 9))
	q4 := post(c.SignQuoteTerms(1, m1, 1, testchain.QuoteTerms{USDPerSecondWad: testchain.MicroUSDPerSecond(10),
		MaxDuration: 86_400, Expiry: expiry, Nonce: 10, Renter: renter}))
	if q1.MicroUSDPerHour != 7_200_000 || q1.Quote.MinDuration != 600 || q2.MicroUSDPerGPUHour != 3_600_000 {
		t.Fatalf("stored quotes %+v %+v", q1, q2)
	}
	search := func(gpus uint32, hours time.Duration, who *common.Address) *api.SearchResponse {
		t.Helper()
		r, err := book.Search(ctx, indexer.QuoteRequest{Class: "H100", GPUs: gpus, Duration: hours, Renter: who})
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	digests := func(r *api.SearchResponse) []common.Hash {
		var out []common.Hash
		for _, m := range r.Matches {
			out = append(out, m.Digest)
		}
		return out
	}
	if r := search(2, time.Hour, nil); len(r.Matches) != 2 || r.Matches[0].Digest != q1.Digest {
		t.Fatalf("search before the lease: %+v", r)
	}
	// The renter-bound quote is offered to its renter only, first (the cheapest).
	if r := search(1, time.Hour, &renter); len(r.Matches) != 4 || r.Matches[0].Digest != q4.Digest {
		t.Errorf("renter 3's search: %v", digests(r))
	}
	if r := search(1, time.Hour, &c.Accounts[4].Addr); len(r.Matches) != 3 || slices.Contains(digests(r), q4.Digest) {
		t.Errorf("another renter's search: %v", digests(r))
	}
	// Five minutes is under q1's minimum: it bills 10 minutes, and a 5-minute search does not offer it.
	if r := search(2, 5*time.Minute, nil); slices.Contains(digests(r), q1.Digest) {
		t.Errorf("a quote with a 10-minute minimum offered for 5 minutes: %v", digests(r))
	}
	if r := search(1, time.Hour, nil); r.Matches[0].Machine.Endpoint != testchain.MachineEndpoint(m2) ||
		r.Matches[0].Machine.Verification != indexer.VerificationExempt || !r.Matches[0].Machine.Rentable {
		t.Errorf("machine in a search: %+v", r.Matches[0].Machine)
	}

	// The renter opens a lease straight from the book's reusable quote, naming its job.
	stored, found, err := book.Get(ctx, q1.Digest)
	if err != nil || !found {
		t.Fatalf("get quote: %v", err)
	}
	job := crypto.Keccak256Hash([]byte("job spec"))
	c.OpenLeaseWithJob(3, stored.Signed(), 3600, job)
	c.Mine()
	sync()
	// q1 stays live (reusable) on m1's 2 free GPUs; the 4-GPU quote no longer fits them.
	if r := search(1, time.Hour, nil); !slices.Equal(digests(r), []common.Hash{q2.Digest, q1.Digest}) {
		t.Errorf("after the lease: %v", digests(r))
	}
	if r := search(4, time.Hour, nil); len(r.Matches) != 0 || r.Explanation.Reason != api.ReasonAllBusy {
		t.Errorf("4 GPUs after the lease: %+v", r)
	}
	m, _, _ := db.Machine(ctx, m1)
	if m.FreeGPUs != 2 || m.ReservedGPUs != 2 || m.LeasesOpened != 1 || m.Endpoint != testchain.MachineEndpoint(m1) {
		t.Errorf("machine after the lease: %+v", m)
	}
	leases, _, _ := db.Leases(ctx, indexer.LeaseQuery{Renter: &renter})
	if len(leases) != 1 || leases[0].Status != indexer.LeaseOpen || leases[0].USDPerSecondWad.Big().Cmp(testchain.MicroUSDPerSecond(2000)) != 0 ||
		leases[0].JobCID != job || leases[0].GPUCount != 2 || leases[0].MinEndsAt != leases[0].StartedAt+600 {
		t.Fatalf("leases: %+v", leases)
	}
	leaseID := new(big.Int).SetUint64(leases[0].ID)

	// Governance turns verification on: the unverified machines stop being offered, with the reason.
	c.Call(0, indexer.NodeRegistry, c.Registry.PackSetRequireVerification(true))
	c.Mine()
	sync()
	if r := search(1, time.Hour, nil); len(r.Matches) != 0 || r.Explanation.Reason != api.ReasonNotVerified {
		t.Errorf("search with verification required: %+v", r)
	}
	if m, _, _ = db.Machine(ctx, m1); m.Verification != indexer.VerificationUnverified || m.Rentable {
		t.Errorf("unverified machine: %s rentable %v", m.Verification, m.Rentable)
	}
	if ms, _, _ := db.Machines(ctx, indexer.MachineQuery{Rentable: true}); len(ms) != 0 {
		t.Errorf("rentable machines while unverified: %d", len(ms))
	}
	// Exempting the class (as devnets do for SIM) makes them rentable again.
	c.Call(0, indexer.NodeRegistry, c.Registry.PackSetVerificationExempt(testchain.ClassID("H100"), true))
	c.Mine()
	sync()
	if r := search(1, time.Hour, nil); len(r.Matches) != 2 || r.Matches[0].Machine.Verification != indexer.VerificationExempt {
		t.Errorf("search with H100 exempt: %+v", r)
	}
	if ms, _, _ := db.Machines(ctx, indexer.MachineQuery{Rentable: true}); len(ms) != 2 {
		t.Errorf("rentable machines when exempt: %d", len(ms))
	}

	// Twenty minutes in, the inspectors attest the provider went down at minute 15: the lease closes, billed
	// until then, and the provider's payout is held through the dispute window.
	c.AdjustTime(20 * time.Minute)
	downSince := c.Head().Time - 5*60
	id := crypto.Keccak256Hash([]byte("breach 1"))
	sigs := c.Attest(indexer.LeaseEscrow, id, oracle.Breach{LeaseID: leaseID, DownSince: downSince})
	c.Call(4, indexer.LeaseEscrow, c.Escrow.PackBreach(leaseID, downSince, id, sigs))
	c.Mine()
	sync()
	d, _, _ := db.Lease(ctx, leases[0].ID)
	if d.Status != indexer.LeaseClosed || d.CloseReason != "breached" || !d.Breached || d.DownSince != downSince ||
		d.Payout.Sign() == 0 || d.EndsAt != downSince || d.DisputeEndsAt != d.ClosedAt+testchain.DisputeWindow || d.Paid.Sign() != 0 {
		t.Errorf("lease after the breach: %+v", d.Lease)
	}
	provider := c.Accounts[1].Addr
	e, err := db.Earnings(ctx, provider)
	if err != nil || len(e.Balances) != 1 || e.Balances[0].Held.Cmp(d.Payout) != 0 || e.Balances[0].Withdrawable.Sign() != 0 ||
		len(e.Balances[0].DueLeases) != 0 || e.DisputeWindow != testchain.DisputeWindow {
		t.Errorf("earnings inside the window: %+v, %v", e, err)
	}
	if r, err := db.Earnings(ctx, renter); err != nil || len(r.Balances) != 1 || r.Balances[0].Withdrawable.Sign() == 0 {
		t.Errorf("renter's credited refund: %+v, %v", r, err)
	}
	if m, _, _ = db.Machine(ctx, m1); m.ChecksFailed != 1 || m.FreeGPUs != 4 || m.DownSeconds == 0 {
		t.Errorf("machine after the breach: %+v", m)
	}
	atts, _, _ := db.Attestations(ctx, indexer.AttestationQuery{})
	if len(atts) != 1 || atts[0].KindName != "breach" || atts[0].TargetName != indexer.LeaseEscrow || bits.OnesCount32(atts[0].Signers) < 2 ||
		len(atts[0].SignerAddresses) != bits.OnesCount32(atts[0].Signers) {
		t.Errorf("attestations: %+v", atts)
	}
	for _, a := range atts[0].SignerAddresses {
		if !slices.Contains([]common.Address{c.Accounts[5].Addr, c.Accounts[6].Addr, c.Accounts[7].Addr}, a) {
			t.Errorf("attestation signer %s is not an inspector", a.Hex())
		}
	}

	// Past the window the payout is due; anyone settles it, the provider withdraws. Due by the chain's time even
	// where the store's clock lags behind it (a dev chain's time moved on): the escrow reads the block's time.
	c.AdjustTime((testchain.DisputeWindow + 60) * time.Second)
	c.Mine()
	if err := f.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	if e, _ = db.Earnings(ctx, provider); len(e.Balances) != 1 || !slices.Equal(e.Balances[0].DueLeases, []uint64{leases[0].ID}) {
		t.Errorf("earnings past the window by the chain's time, the clock behind: %+v", e)
	}
	clock.sync()
	if e, _ = db.Earnings(ctx, provider); len(e.Balances) != 1 || !slices.Equal(e.Balances[0].DueLeases, []uint64{leases[0].ID}) ||
		e.Balances[0].DueNow.Cmp(d.Payout) != 0 {
		t.Errorf("earnings past the window: %+v", e)
	}
	c.Call(4, indexer.LeaseEscrow, c.Escrow.PackSettle(leaseID))
	c.Mine()
	sync()
	if d, _, _ = db.Lease(ctx, leases[0].ID); d.Status != indexer.LeaseSettled || d.Paid.Cmp(d.Payout) != 0 {
		t.Errorf("settled lease: %+v", d.Lease)
	}
	if e, _ = db.Earnings(ctx, provider); e.Balances[0].Held.Sign() != 0 || e.Balances[0].Withdrawable.Cmp(d.Paid) != 0 {
		t.Errorf("earnings after settling: %+v", e.Balances)
	}
	c.CallGas(1, indexer.LeaseEscrow, c.Escrow.PackWithdraw(c.USDAddress), 500_000)
	c.Mine()
	sync()
	if e, _ = db.Earnings(ctx, provider); e.Balances[0].Withdrawable.Sign() != 0 || e.Balances[0].WithdrawnTotal.Cmp(d.Paid) != 0 {
		t.Errorf("earnings after withdrawing: %+v", e.Balances)
	}

	// A second lease on m2 from the single-use quote, its job named later; the renter closes it and records
	// the result.
	stored2, _, _ := book.Get(ctx, q2.Digest)
	c.OpenLease(3, stored2.Signed(), 1800)
	c.Mine()
	sync()
	leases, _, _ = db.Leases(ctx, indexer.LeaseQuery{MachineID: &m2})
	id2 := new(big.Int).SetUint64(leases[0].ID)
	c.Call(3, indexer.LeaseJournal, c.Journal.PackSetJob(id2, job))
	c.Mine()
	c.AdjustTime(5 * time.Minute)
	c.Call(3, indexer.LeaseEscrow, c.Escrow.PackCloseLease(id2))
	c.Call(3, indexer.LeaseJournal, c.Journal.PackRecordCompletion(id2, "ipfs://result"))
	// The provider withdraws its other quotes by cancelling their nonces.
	c.Call(1, indexer.LeaseEscrow, c.Escrow.PackCancelQuote(big.NewInt(7)))
	c.Call(1, indexer.LeaseEscrow, c.Escrow.PackCancelQuote(big.NewInt(9)))
	c.Call(1, indexer.LeaseEscrow, c.Escrow.PackCancelQuote(big.NewInt(10)))
	// The inspectors post a GRID/USD rate.
	head := c.Mine()
	pid := crypto.Keccak256Hash([]byte("price 1"))
	price := big.NewInt(5e17)
	c.Call(4, indexer.GridPriceOracle, c.Oracle.PackPostPrice(price, head.Time, pid, c.Attest(indexer.GridPriceOracle, pid, oracle.GridPrice{Price: price, ObservedAt: head.Time})))
	c.Mine()
	sync()
	d, _, _ = db.Lease(ctx, leases[0].ID)
	if d.CloseReason != "renter_closed" || !d.Completed || d.ResultCID != "ipfs://result" || d.Refund.Sign() == 0 || d.JobCID != job ||
		d.JobSetBlock == 0 {
		t.Errorf("second lease: %+v", d.Lease)
	}
	if r := search(1, time.Hour, &renter); len(r.Matches) != 0 || r.Explanation == nil || r.Explanation.Reason != api.ReasonNoLiveQuotes {
		t.Errorf("every quote used or cancelled, want no_live_quotes: %+v", r)
	}
	prices, _, _ := db.PriceUpdates(ctx, indexer.Page{})
	if len(prices) != 1 || prices[0].Price.Big().Cmp(price) != 0 {
		t.Errorf("prices: %+v", prices)
	}
	p, _, _ := db.Provider(ctx, provider)
	if p.LeasesOpened != 2 || p.LeasesCompleted != 1 || p.ChecksFailed != 1 || p.EarnedUSD.Sign() == 0 {
		t.Errorf("provider: %+v", p.Provider)
	}
	assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, db.Dialect(), cfg))
}

package indexer_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

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

// TestMarketplaceEndToEnd runs the whole market on the real contracts: providers list and quote through the
// book, a renter finds a quote and opens a lease with it, the lease is settled, breached (quorum-attested),
// another is closed and completed, a nonce is cancelled, a GRID/USD rate is posted; the index, the quote book
// and the machine reputations follow, and the index equals a clean one.
func TestMarketplaceEndToEnd(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		c := testchain.New(t, testchain.Options{})
		c.SetupQuorum([]int{5, 6, 7}, 2)
		m1, m2 := testchain.MachineID(1), testchain.MachineID(2)
		c.Stake(1, indexer.RoleProvider, testchain.Ether(5_000))
		c.ListMachine(1, m1, "H100", 4)
		c.ListMachine(1, m2, "H100", 1)
		c.Mine()
		clock := &chainClock{c: c}
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
		expiry := uint64(clock.Now().Add(2 * time.Hour).Unix())
		// 2 GPUs of m1 at 0.002 USD/s (7.2 USD/h); 1 GPU of m2 at 0.001 USD/s; a third quote to cancel.
		q1, err := book.Post(ctx, c.SignQuote(1, m1, 2, 2000, 86_400, expiry, 7))
		if err != nil {
			t.Fatal(err)
		}
		q2, err := book.Post(ctx, c.SignQuote(1, m2, 1, 1000, 86_400, expiry, 8))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := book.Post(ctx, c.SignQuote(1, m1, 4, 9000, 86_400, expiry, 9)); err != nil {
			t.Fatal(err)
		}
		search := func(gpus uint32) *api.SearchResponse {
			t.Helper()
			r, err := book.Search(ctx, indexer.QuoteRequest{Class: "H100", GPUs: gpus, Duration: time.Hour})
			if err != nil {
				t.Fatal(err)
			}
			return r
		}
		if r := search(2); len(r.Matches) != 2 || r.Matches[0].Digest != q1.Digest {
			t.Fatalf("search before the lease: %+v", r)
		}

		// The renter opens a lease straight from the book's quote.
		stored, found, err := book.Get(ctx, q1.Digest)
		if err != nil || !found {
			t.Fatalf("get quote: %v", err)
		}
		c.OpenLease(3, stored.Signed(), 3600)
		c.Mine()
		sync()
		// q1 is used; the 4-GPU quote on m1 no longer fits its 2 free GPUs: only m2's 1-GPU quote is left.
		if r := search(1); len(r.Matches) != 1 || r.Matches[0].Digest != q2.Digest {
			t.Errorf("after the lease: %+v", r.Matches)
		}
		if r := search(2); len(r.Matches) != 0 || r.Explanation.Reason != "no_live_quotes" {
			t.Errorf("2 GPUs after the lease: %+v", r)
		}
		m, _, _ := db.Machine(ctx, m1)
		if m.FreeGPUs != 2 || m.LeasesOpened != 1 {
			t.Errorf("machine after the lease: %+v", m.Machine)
		}
		leases, _, _ := db.Leases(ctx, indexer.LeaseQuery{Renter: &c.Accounts[3].Addr})
		if len(leases) != 1 || leases[0].Status != indexer.LeaseOpen || leases[0].USDPerSecond.Int64() != 2000 {
			t.Fatalf("leases: %+v", leases)
		}
		leaseID := new(big.Int).SetUint64(leases[0].ID)

		// Ten minutes in, anyone settles; then the inspectors attest the provider went down at minute 15.
		c.AdjustTime(10 * time.Minute)
		c.Call(4, indexer.LeaseEscrow, c.Escrow.PackSettle(leaseID))
		c.Mine()
		c.AdjustTime(10 * time.Minute)
		downSince := c.Head().Time - 5*60
		id := crypto.Keccak256Hash([]byte("breach 1"))
		sigs := c.Attest(indexer.LeaseEscrow, id, oracle.Breach{LeaseID: leaseID, DownSince: downSince})
		c.Call(4, indexer.LeaseEscrow, c.Escrow.PackBreach(leaseID, downSince, id, sigs))
		c.Mine()
		sync()
		d, _, _ := db.Lease(ctx, leases[0].ID)
		if d.Status != indexer.LeaseClosed || d.CloseReason != "breached" || !d.Breached || d.DownSince != downSince || d.Paid.Sign() == 0 {
			t.Errorf("lease after the breach: %+v", d.Lease)
		}
		var kinds []string
		for _, e := range d.History {
			kinds = append(kinds, e.Kind)
		}
		t.Logf("lease history: %v", kinds)
		if m, _, _ = db.Machine(ctx, m1); m.ChecksFailed != 1 || m.FreeGPUs != 4 || m.DownSeconds == 0 {
			t.Errorf("machine after the breach: %+v", m.Machine)
		}
		atts, _, _ := db.Attestations(ctx, indexer.AttestationQuery{})
		if len(atts) != 1 || atts[0].KindName != "breach" || atts[0].TargetName != indexer.LeaseEscrow {
			t.Errorf("attestations: %+v", atts)
		}

		// A second lease on m2: the renter closes it and records the result.
		stored2, _, _ := book.Get(ctx, q2.Digest)
		c.OpenLease(3, stored2.Signed(), 1800)
		c.Mine()
		sync()
		leases, _, _ = db.Leases(ctx, indexer.LeaseQuery{MachineID: &m2})
		id2 := new(big.Int).SetUint64(leases[0].ID)
		c.AdjustTime(5 * time.Minute)
		c.Call(3, indexer.LeaseEscrow, c.Escrow.PackCloseLease(id2))
		c.Call(3, indexer.LeaseEscrow, c.Escrow.PackRecordCompletion(id2, "ipfs://result"))
		// The provider withdraws its last quote by cancelling the nonce.
		c.Call(1, indexer.LeaseEscrow, c.Escrow.PackCancelQuote(big.NewInt(9)))
		// The inspectors post a GRID/USD rate.
		head := c.Mine()
		pid := crypto.Keccak256Hash([]byte("price 1"))
		price := big.NewInt(5e17)
		c.Call(4, indexer.GridPriceOracle, c.Oracle.PackPostPrice(price, head.Time, pid, c.Attest(indexer.GridPriceOracle, pid, oracle.GridPrice{Price: price, ObservedAt: head.Time})))
		c.Mine()
		sync()
		d, _, _ = db.Lease(ctx, leases[0].ID)
		if d.CloseReason != "renter_closed" || !d.Completed || d.ResultCID != "ipfs://result" || d.Refund.Sign() == 0 {
			t.Errorf("second lease: %+v", d.Lease)
		}
		if r := search(1); len(r.Matches) != 0 || r.Explanation == nil || r.Explanation.Reason != "no_live_quotes" {
			t.Errorf("every quote used or cancelled, want no_live_quotes: %+v", r)
		}
		prices, _, _ := db.PriceUpdates(ctx, indexer.Page{})
		if len(prices) != 1 || prices[0].Price.Big().Cmp(price) != 0 {
			t.Errorf("prices: %+v", prices)
		}
		p, _, _ := db.Provider(ctx, c.Accounts[1].Addr)
		if p.LeasesOpened != 2 || p.LeasesCompleted != 1 || p.ChecksFailed != 1 || p.EarnedUSD.Sign() == 0 {
			t.Errorf("provider: %+v", p.Provider)
		}
		assertSameIndex(t, snapshot(t, db), cleanIndex(t, c, db.Dialect(), cfg))
	})
}

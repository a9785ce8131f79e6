package node_test

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/provider/node"
)

// fakeMachines is a hand-written node.Machines: one listing whose reserved GPUs the test moves.
type fakeMachines struct {
	mu sync.Mutex
	l  node.Listing
}

func (f *fakeMachines) Machine(context.Context, common.Hash) (node.Listing, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.l, nil
}
func (f *fakeMachines) List(context.Context, node.Listing) (node.SentTx, error) {
	return node.SentTx{}, nil
}
func (f *fakeMachines) UpdateMetadata(context.Context, common.Hash, string, string) (node.SentTx, error) {
	return node.SentTx{}, nil
}
func (f *fakeMachines) FreeStake(context.Context) (*big.Int, error) { return big.NewInt(0), nil }
func (f *fakeMachines) StakePerGPU(context.Context, string) (*big.Int, error) {
	return big.NewInt(0), nil
}

// fakeQuotes signs nothing real: it hands the terms back as a quote; the book records what is posted.
type fakeQuotes struct {
	mu     sync.Mutex
	posted []oracle.Quote
}

func (f *fakeQuotes) SignQuote(_ context.Context, t node.QuoteTerms) (oracle.SignedQuote, error) {
	return oracle.SignedQuote{Quote: oracle.Quote{MachineID: t.Machine, GPUCount: t.GPUs, USDPerSecondWad: t.USDPerSecondWad,
		MaxDuration: uint64(t.MaxDuration / time.Second)}}, nil
}

func (f *fakeQuotes) PostQuote(_ context.Context, q oracle.SignedQuote) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.posted = append(f.posted, q.Quote)
	return nil
}

type manualClock struct{ t time.Time }

func (c *manualClock) Now() time.Time { return c.t }

// TestQuoter: the policy's sizes are offered while free, priced per GPU-hour (in USD wad per second, rounded down),
// re-posted only when half a lifetime is left, and a size the machine no longer has free is not offered.
func TestQuoter(t *testing.T) {
	m := &fakeMachines{l: node.Listing{GPUs: 4, Listed: true}}
	q := &fakeQuotes{}
	clock := &manualClock{t: time.Unix(1_700_000_000, 0)}
	p := node.DefaultPricingPolicy()
	p.USDPerGPUHour, p.Sizes = 1.8, []uint32{1, 2, 4}
	qt, err := node.NewQuoter(p, common.HexToHash("0x01"), m, q, q, clock, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := qt.PostDue(ctx); err != nil {
		t.Fatal(err)
	}
	if len(q.posted) != 3 || q.posted[0].GPUCount != 1 || q.posted[0].USDPerSecondWad.Int64() != 500e12 || q.posted[2].USDPerSecondWad.Int64() != 2000e12 {
		t.Fatalf("first round %+v", q.posted)
	}
	clock.t = clock.t.Add(p.Lifetime / 4)
	if err := qt.PostDue(ctx); err != nil || len(q.posted) != 3 {
		t.Fatalf("re-posted too early: %+v %v", q.posted, err)
	}
	m.mu.Lock()
	m.l.Reserved = 2 // a lease holds two GPUs now
	m.mu.Unlock()
	clock.t = clock.t.Add(p.Lifetime / 2)
	if err := qt.PostDue(ctx); err != nil {
		t.Fatal(err)
	}
	got := q.posted[3:]
	if len(got) != 2 || got[0].GPUCount != 1 || got[1].GPUCount != 2 {
		t.Fatalf("with 2 GPUs free: %+v", got)
	}
	if _, err := node.NewQuoter(node.PricingPolicy{USDPerGPUHour: -1}, common.Hash{}, m, q, q, clock, zerolog.Nop()); err == nil {
		t.Fatal("a negative price accepted")
	}
}

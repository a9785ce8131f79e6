package chain_test

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
)

func deployReverter(t *testing.T, c *chaintest.Chain) (chaintest.Artifact, common.Address) {
	t.Helper()
	rev := chaintest.LoadArtifact(t, "Reverter")
	return rev, c.Deploy(t, c.Keys[0], rev)
}

func addStake(t *testing.T, rev chaintest.Artifact, at common.Address, amount int64) chain.TxRequest {
	return chain.TxRequest{Label: "addStake", To: &at, Data: rev.MustPack(t, "addStake", big.NewInt(amount))}
}

func TestConcurrentSenders(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	c.AutoMine(t, 20*time.Millisecond)
	s := newSubmitter(t, c, nil, c.Keys[0], testConfig(), nil)
	ctx := ctxTimeout(t, 30*time.Second)
	first, err := c.Client.NonceAt(ctx, s.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}

	const senders = 20
	receipts := make([]*types.Receipt, senders)
	errs := make([]error, senders)
	var wg sync.WaitGroup
	for i := range senders {
		wg.Go(func() { receipts[i], errs[i] = s.Submit(ctx, addStake(t, rev, at, 25)) })
	}
	wg.Wait()

	var nonces []uint64
	for i := range senders {
		if errs[i] != nil {
			t.Fatalf("sender %d: %v", i, errs[i])
		}
		if receipts[i].Status != types.ReceiptStatusSuccessful {
			t.Fatalf("sender %d: status %d", i, receipts[i].Status)
		}
		nonces = append(nonces, nonceOf(t, c, receipts[i].TxHash))
	}
	slices.Sort(nonces)
	for i, n := range nonces {
		if n != first+uint64(i) {
			t.Fatalf("nonces %v are not contiguous from %d", nonces, first)
		}
	}
	if got, _ := c.Client.NonceAt(ctx, s.Address(), nil); got != first+senders {
		t.Fatalf("account nonce %d, want %d", got, first+senders)
	}
	total := c.Call(t, rev, at, "totalStaked")[0].(*big.Int)
	if total.Int64() != senders*25 {
		t.Fatalf("totalStaked %s, want %d: some transactions did not execute", total, senders*25)
	}
}

func TestBumpsStuckTransaction(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	lowball := &lowballBackend{TxBackend: c.Client}
	cfg := testConfig()
	cfg.BumpAfter = 100 * time.Millisecond
	s := newSubmitter(t, c, lowball, c.Keys[0], cfg, nil)
	ctx := ctxTimeout(t, 30*time.Second)

	lowball.armed.Store(true)
	p, err := s.Send(ctx, addStake(t, rev, at, 30))
	if err != nil {
		t.Fatal(err)
	}
	lowball.armed.Store(false)
	stuck := p.Tx()
	for range 3 {
		c.Commit()
	}
	if _, err := c.Client.TransactionReceipt(ctx, stuck.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the underpriced transaction was mined (err %v): the test does not exercise a stuck transaction", err)
	}
	head, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if stuck.GasFeeCap().Cmp(head.BaseFee) >= 0 {
		t.Fatalf("fee cap %s is not below the base fee %s", stuck.GasFeeCap(), head.BaseFee)
	}

	c.AutoMine(t, 20*time.Millisecond)
	rcpt, err := s.Wait(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	hashes := p.Hashes()
	if len(hashes) < 2 || hashes[0] != stuck.Hash() {
		t.Fatalf("sent %v: want the stuck transaction and at least one replacement", hashes)
	}
	if rcpt.TxHash == stuck.Hash() || rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("receipt %s status %d: want a successful replacement", rcpt.TxHash, rcpt.Status)
	}
	replacement, _, err := c.Client.TransactionByHash(ctx, rcpt.TxHash)
	if err != nil {
		t.Fatal(err)
	}
	if replacement.Nonce() != stuck.Nonce() || !slices.Equal(replacement.Data(), stuck.Data()) || *replacement.To() != *stuck.To() {
		t.Fatal("the replacement is not the same transaction at the same nonce")
	}
	if replacement.GasFeeCap().Cmp(stuck.GasFeeCap()) <= 0 || replacement.GasTipCap().Cmp(stuck.GasTipCap()) <= 0 {
		t.Fatalf("replacement fees (%s, %s) not above (%s, %s)", replacement.GasTipCap(), replacement.GasFeeCap(), stuck.GasTipCap(), stuck.GasFeeCap())
	}
	if _, err := c.Client.TransactionReceipt(ctx, stuck.Hash()); !errors.Is(err, ethereum.NotFound) {
		t.Fatalf("the replaced transaction has a receipt too (err %v)", err)
	}
}

func TestWaitsForConfirmations(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	cfg := testConfig()
	cfg.Confirmations = 3
	s := newSubmitter(t, c, nil, c.Keys[0], cfg, nil)
	ctx := ctxTimeout(t, 30*time.Second)

	p, err := s.Send(ctx, addStake(t, rev, at, 20))
	if err != nil {
		t.Fatal(err)
	}
	type result struct {
		rcpt *types.Receipt
		err  error
	}
	done := make(chan result, 1)
	go func() {
		r, err := s.Wait(ctx, p)
		done <- result{r, err}
	}()
	notYet := func(step string) {
		t.Helper()
		select {
		case r := <-done:
			t.Fatalf("%s: Wait returned early: %v, %v", step, r.rcpt, r.err)
		case <-time.After(60 * time.Millisecond): // a dozen polls
		}
	}
	notYet("before any block")
	included := c.Commit()
	notYet("1 confirmation")
	c.Commit()
	notYet("2 confirmations")
	c.Commit()
	select {
	case r := <-done:
		if r.err != nil {
			t.Fatal(r.err)
		}
		if r.rcpt.BlockHash != included {
			t.Fatalf("receipt in block %s, want %s", r.rcpt.BlockHash, included)
		}
	case <-ctx.Done():
		t.Fatal("Wait did not return after 3 confirmations")
	}
}

func TestWaitFollowsReorg(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	cfg := testConfig()
	cfg.Confirmations = 2
	s := newSubmitter(t, c, nil, c.Keys[0], cfg, nil)
	ctx := ctxTimeout(t, 30*time.Second)

	parent, err := c.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	p, err := s.Send(ctx, addStake(t, rev, at, 20))
	if err != nil {
		t.Fatal(err)
	}
	orphaned := c.Commit()
	if r, err := c.Client.TransactionReceipt(ctx, p.Tx().Hash()); err != nil || r.BlockHash != orphaned {
		t.Fatalf("transaction not in the first block: %v", err)
	}
	done := make(chan error, 1)
	var rcpt *types.Receipt
	go func() {
		var err error
		rcpt, err = s.Wait(ctx, p)
		done <- err
	}()
	time.Sleep(30 * time.Millisecond) // Wait has seen the receipt in the soon orphaned block

	// Reorg: a sibling of the block with the transaction becomes canonical; the pool re-includes the
	// transaction in the new branch.
	if err := c.Backend.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	c.Commit()
	c.Commit()
	c.Commit()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-ctx.Done():
		t.Fatal("Wait did not return after the reorg")
	}
	if rcpt.BlockHash == orphaned {
		t.Fatal("Wait returned the receipt from the orphaned block")
	}
	canonical, err := c.Client.HeaderByNumber(ctx, rcpt.BlockNumber)
	if err != nil || canonical.Hash() != rcpt.BlockHash {
		t.Fatalf("receipt block %s is not canonical (%v)", rcpt.BlockHash, err)
	}
}

func TestRetriesTransientErrors(t *testing.T) {
	for _, tc := range []struct {
		name string
		err  error
	}{
		{"HTTP 503", rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}},
		{"HTTP 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}},
		{"header not found", errors.New("header not found")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := chaintest.New(t, 1)
			rev, at := deployReverter(t, c)
			c.AutoMine(t, 20*time.Millisecond)
			methods := []string{"EstimateGas", "SuggestGasTipCap", "HeaderByNumber", "PendingNonceAt", "SendTransaction", "TransactionReceipt"}
			failures := map[string]int{}
			for _, m := range methods {
				failures[m] = 2 // under the 5 attempts of the config
			}
			flaky := newFlaky(c.Client, tc.err, failures)
			s := newSubmitter(t, c, flaky, c.Keys[0], testConfig(), nil)
			rcpt, err := s.Submit(ctxTimeout(t, 30*time.Second), addStake(t, rev, at, 20))
			if err != nil {
				t.Fatal(err)
			}
			if rcpt.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("status %d", rcpt.Status)
			}
			for _, m := range methods {
				if flaky.Injected(m) != 2 {
					t.Errorf("%s: %d failures injected, want 2", m, flaky.Injected(m))
				}
			}
		})
	}

	t.Run("permanent error is not retried", func(t *testing.T) {
		c := chaintest.New(t, 1)
		rev, at := deployReverter(t, c)
		flaky := newFlaky(c.Client, rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}, map[string]int{"EstimateGas": 5})
		s := newSubmitter(t, c, flaky, c.Keys[0], testConfig(), nil)
		_, err := s.Send(ctxTimeout(t, 10*time.Second), addStake(t, rev, at, 20))
		var httpErr rpc.HTTPError
		if !errors.As(err, &httpErr) || httpErr.StatusCode != 401 || flaky.Injected("EstimateGas") != 1 {
			t.Fatalf("err %v after %d calls, want the 401 after one call", err, flaky.Injected("EstimateGas"))
		}
	})
}

func TestResyncsNonceAfterAnotherSender(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	c.AutoMine(t, 20*time.Millisecond)
	ctx := ctxTimeout(t, 30*time.Second)
	a := newSubmitter(t, c, nil, c.Keys[0], testConfig(), nil)
	if _, err := a.Submit(ctx, addStake(t, rev, at, 20)); err != nil {
		t.Fatal(err)
	}
	// Another process with the same key moves the account nonce behind a's back.
	b := newSubmitter(t, c, nil, c.Keys[0], testConfig(), nil)
	for range 2 {
		if _, err := b.Submit(ctx, addStake(t, rev, at, 20)); err != nil {
			t.Fatal(err)
		}
	}
	want, err := c.Client.NonceAt(ctx, a.Address(), nil)
	if err != nil {
		t.Fatal(err)
	}
	rcpt, err := a.Submit(ctx, addStake(t, rev, at, 20))
	if err != nil {
		t.Fatalf("a's stale nonce was not resynchronized: %v", err)
	}
	if got := nonceOf(t, c, rcpt.TxHash); got != want {
		t.Fatalf("sent with nonce %d, want %d", got, want)
	}
}

func TestDetectsNonceConsumedElsewhere(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	lowball := &lowballBackend{TxBackend: c.Client}
	cfg := testConfig()
	cfg.BumpAfter = 20 * time.Millisecond
	s := newSubmitter(t, c, lowball, c.Keys[0], cfg, nil)
	ctx := ctxTimeout(t, 30*time.Second)

	lowball.armed.Store(true)
	p, err := s.Send(ctx, addStake(t, rev, at, 20))
	if err != nil {
		t.Fatal(err)
	}
	// The same key signs a different transaction at the same nonce, priced to replace ours in the pool.
	other, err := types.SignNewTx(c.Keys[0], types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: p.Nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(100 * params.GWei),
		Gas: 100_000, To: &at, Data: rev.MustPack(t, "addStake", big.NewInt(99)),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Client.SendTransaction(ctx, other); err != nil {
		t.Fatal(err)
	}
	c.Commit()
	_, err = s.Wait(ctx, p)
	if !errors.Is(err, chain.ErrNonceConsumed) {
		t.Fatalf("err = %v, want ErrNonceConsumed", err)
	}
}

func TestMaxFeeCapBelowBaseFee(t *testing.T) {
	c := chaintest.New(t, 1)
	rev, at := deployReverter(t, c)
	cfg := testConfig()
	cfg.MaxFeeCap = big.NewInt(1)
	s := newSubmitter(t, c, nil, c.Keys[0], cfg, nil)
	if _, err := s.Send(ctxTimeout(t, 10*time.Second), addStake(t, rev, at, 20)); !errors.Is(err, chain.ErrMaxFeeCap) {
		t.Fatalf("err = %v, want ErrMaxFeeCap", err)
	}
}

func TestSendRejectsBadRequest(t *testing.T) {
	c := chaintest.New(t, 1)
	s := newSubmitter(t, c, nil, c.Keys[0], testConfig(), nil)
	to := common.Address{1}
	for _, req := range []chain.TxRequest{
		{Label: "empty deployment"},
		{Label: "negative value", To: &to, Value: big.NewInt(-1)},
	} {
		if _, err := s.Send(context.Background(), req); !errors.Is(err, chain.ErrInvalidRequest) {
			t.Errorf("%s: err = %v, want ErrInvalidRequest", req.Label, err)
		}
	}
}

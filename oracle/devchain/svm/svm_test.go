package svm_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/system"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/gagliardetto/solana-go/rpc/jsonrpc"

	"github.com/idlegrid/idlegrid/oracle/devchain/svm"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm/svmtest"
)

func manual() svm.Config {
	c := svm.DefaultConfig()
	c.SlotInterval = 0 // slots close only when the test says
	return c
}

func tctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), time.Minute)
	t.Cleanup(cancel)
	return c
}

func rpcCode(err error) int {
	var e *jsonrpc.RPCError
	if errors.As(err, &e) {
		return e.Code
	}
	return 0
}

func balance(t *testing.T, c *rpc.Client, k solana.PublicKey, commitment rpc.CommitmentType) uint64 {
	t.Helper()
	b, err := c.GetBalance(tctx(t), k, commitment)
	if err != nil {
		t.Fatal(err)
	}
	return b.Value
}

func TestCommitmentLevels(t *testing.T) {
	node, c := svmtest.Start(t, manual())
	ctx := tctx(t)
	k, _ := solana.NewRandomPrivateKey()
	sig, err := c.RequestAirdrop(ctx, k.PublicKey(), 5*solana.LAMPORTS_PER_SOL, "")
	if err != nil {
		t.Fatal(err)
	}
	status := func() *rpc.SignatureStatusesResult {
		st, err := c.GetSignatureStatuses(ctx, false, sig)
		if err != nil || len(st.Value) != 1 || st.Value[0] == nil {
			t.Fatalf("status: %v %+v", err, st)
		}
		return st.Value[0]
	}
	listed := func(commitment rpc.CommitmentType) int {
		l, err := c.GetSignaturesForAddressWithOpts(ctx, k.PublicKey(), &rpc.GetSignaturesForAddressOpts{Commitment: commitment})
		if err != nil {
			t.Fatal(err)
		}
		return len(l)
	}
	// Processed: visible to balance reads at processed only.
	if st := status(); st.ConfirmationStatus != rpc.ConfirmationStatusProcessed {
		t.Fatalf("fresh airdrop is %q", st.ConfirmationStatus)
	}
	if balance(t, c, k.PublicKey(), rpc.CommitmentProcessed) != 5*solana.LAMPORTS_PER_SOL ||
		balance(t, c, k.PublicKey(), rpc.CommitmentConfirmed) != 0 || balance(t, c, k.PublicKey(), rpc.CommitmentFinalized) != 0 {
		t.Fatal("a processed transaction is visible above processed")
	}
	if _, err := c.GetTransaction(ctx, sig, &rpc.GetTransactionOpts{Commitment: rpc.CommitmentConfirmed}); !errors.Is(err, rpc.ErrNotFound) {
		t.Fatalf("getTransaction at confirmed of a processed transaction: want not found, got %v", err)
	}
	if _, err := c.GetTransaction(ctx, sig, &rpc.GetTransactionOpts{Commitment: rpc.CommitmentProcessed}); rpcCode(err) != -32602 {
		t.Fatalf("getTransaction at processed: want -32602 like a validator, got %v", err)
	}
	if _, err := c.GetSignaturesForAddressWithOpts(ctx, k.PublicKey(), &rpc.GetSignaturesForAddressOpts{Commitment: rpc.CommitmentProcessed}); rpcCode(err) != -32602 {
		t.Fatalf("getSignaturesForAddress at processed: want -32602, got %v", err)
	}
	// One slot later: confirmed.
	if _, err := node.AdvanceSlots(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if st := status(); st.ConfirmationStatus != rpc.ConfirmationStatusConfirmed || st.Confirmations == nil || *st.Confirmations != 1 {
		t.Fatalf("after one slot: %+v", st)
	}
	if balance(t, c, k.PublicKey(), rpc.CommitmentConfirmed) != 5*solana.LAMPORTS_PER_SOL || balance(t, c, k.PublicKey(), rpc.CommitmentFinalized) != 0 {
		t.Fatal("after one slot: want the airdrop confirmed, not finalized")
	}
	if listed(rpc.CommitmentConfirmed) != 1 || listed(rpc.CommitmentFinalized) != 0 {
		t.Fatal("after one slot: want the signature listed at confirmed only")
	}
	// FinalizedDepth slots above it: finalized, with no confirmation count, as a validator reports.
	if _, err := node.AdvanceSlots(ctx, 31); err != nil {
		t.Fatal(err)
	}
	if st := status(); st.ConfirmationStatus != rpc.ConfirmationStatusFinalized || st.Confirmations != nil {
		t.Fatalf("after 32 slots: %+v", st)
	}
	if balance(t, c, k.PublicKey(), rpc.CommitmentFinalized) != 5*solana.LAMPORTS_PER_SOL || listed(rpc.CommitmentFinalized) != 1 {
		t.Fatal("after 32 slots: want the airdrop finalized")
	}
	res, err := c.GetTransaction(ctx, sig, &rpc.GetTransactionOpts{Encoding: solana.EncodingBase64})
	if err != nil {
		t.Fatal(err)
	}
	tx, err := res.Transaction.GetTransaction()
	if err != nil || tx.Signatures[0] != sig || tx.VerifySignatures() != nil {
		t.Fatalf("the airdrop's wire bytes: %v", err)
	}
	// Slots move on their own with a slot interval.
	s0, _ := c.GetSlot(ctx, rpc.CommitmentProcessed)
	node2, c2 := svmtest.Start(t, svmtest.Config())
	_ = node2
	a, _ := c2.GetSlot(ctx, rpc.CommitmentProcessed)
	time.Sleep(100 * time.Millisecond)
	b, _ := c2.GetSlot(ctx, rpc.CommitmentProcessed)
	if b <= a {
		t.Fatalf("a 10 ms slot interval did not advance the slot in 100 ms: %d then %d", a, b)
	}
	if s1, _ := c.GetSlot(ctx, rpc.CommitmentProcessed); s1 != s0 {
		t.Fatalf("a manual node's slot moved by itself: %d then %d", s0, s1)
	}
}

// transfer builds a signed system transfer on blockhash.
func transfer(t *testing.T, from solana.PrivateKey, to solana.PublicKey, lamports uint64, bh solana.Hash, v0 bool) *solana.Transaction {
	t.Helper()
	tx, err := solana.NewTransaction([]solana.Instruction{system.NewTransferInstruction(lamports, from.PublicKey(), to).Build()}, bh, solana.TransactionPayer(from.PublicKey()))
	if err != nil {
		t.Fatal(err)
	}
	if v0 {
		tx.Message.SetVersion(solana.MessageVersionV0)
	}
	if _, err := tx.Sign(func(solana.PublicKey) *solana.PrivateKey { return &from }); err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestTransactionSemantics(t *testing.T) {
	node, c := svmtest.Start(t, manual())
	ctx := tctx(t)
	from, _ := solana.NewRandomPrivateKey()
	to, _ := solana.NewRandomPrivateKey()
	if _, err := c.RequestAirdrop(ctx, from.PublicKey(), solana.LAMPORTS_PER_SOL, ""); err != nil {
		t.Fatal(err)
	}
	latest := func() solana.Hash {
		bh, err := c.GetLatestBlockhash(ctx, rpc.CommitmentProcessed)
		if err != nil {
			t.Fatal(err)
		}
		return bh.Value.Blockhash
	}
	send := func(tx *solana.Transaction, skipPreflight bool) (solana.Signature, error) {
		return c.SendTransactionWithOpts(ctx, tx, rpc.TransactionOpts{SkipPreflight: skipPreflight})
	}

	// A failing instruction: refused at preflight; with preflight skipped it lands, failed, and pays its fee.
	before := balance(t, c, from.PublicKey(), rpc.CommitmentProcessed)
	tooMuch := transfer(t, from, to.PublicKey(), 10*solana.LAMPORTS_PER_SOL, latest(), false)
	if _, err := send(tooMuch, false); rpcCode(err) != -32002 || !strings.Contains(err.Error(), "custom program error: 0x1") {
		t.Fatalf("preflight of an overdraft: want -32002 with custom program error 0x1, got %v", err)
	}
	if got := balance(t, c, from.PublicKey(), rpc.CommitmentProcessed); got != before {
		t.Fatalf("a transaction refused at preflight changed the balance: %d -> %d", before, got)
	}
	sig, err := send(tooMuch, true)
	if err != nil {
		t.Fatal(err)
	}
	if got := balance(t, c, from.PublicKey(), rpc.CommitmentProcessed); got != before-5000 {
		t.Fatalf("a failed transaction that landed: balance %d -> %d, want the 5000-lamport fee charged", before, got)
	}
	st, _ := c.GetSignatureStatuses(ctx, false, sig)
	if st.Value[0] == nil || st.Value[0].Err == nil {
		t.Fatalf("a failed transaction's status: %+v", st.Value[0])
	}
	// The same transaction again: already processed.
	if _, err := send(tooMuch, false); rpcCode(err) != -32002 || !strings.Contains(err.Error(), "already been processed") {
		t.Fatalf("resend: want AlreadyProcessed, got %v", err)
	}
	// A bad signature: -32003.
	bad := transfer(t, from, to.PublicKey(), 1000, latest(), false)
	bad.Signatures[0][0] ^= 1
	if _, err := send(bad, true); rpcCode(err) != -32003 {
		t.Fatalf("bad signature: want -32003, got %v", err)
	}
	// An expired blockhash: refused at preflight, dropped without it.
	old := latest()
	if _, err := node.AdvanceSlots(ctx, 151); err != nil {
		t.Fatal(err)
	}
	late := transfer(t, from, to.PublicKey(), 1000, old, false)
	if _, err := send(late, false); rpcCode(err) != -32002 || !strings.Contains(err.Error(), "Blockhash not found") {
		t.Fatalf("expired blockhash: want -32002 Blockhash not found, got %v", err)
	}
	if sig, err := send(late, true); err != nil {
		t.Fatal(err)
	} else if st, _ := c.GetSignatureStatuses(ctx, true, sig); st.Value[0] != nil {
		t.Fatalf("a transaction on an expired blockhash landed: %+v", st.Value[0])
	}
	// A blockhash 149 slots old still works.
	recent := latest()
	if _, err := node.AdvanceSlots(ctx, 149); err != nil {
		t.Fatal(err)
	}
	if _, err := send(transfer(t, from, to.PublicKey(), 1_000_000, recent, false), false); err != nil {
		t.Fatalf("a 149-slot-old blockhash: %v", err)
	}
	// Version 0: served only to a client that says it understands it.
	v0sig, err := send(transfer(t, from, to.PublicKey(), 2_000_000, latest(), true), false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := node.AdvanceSlots(ctx, 32); err != nil {
		t.Fatal(err)
	}
	if _, err := c.GetTransaction(ctx, v0sig, &rpc.GetTransactionOpts{Encoding: solana.EncodingBase64}); rpcCode(err) != -32015 {
		t.Fatalf("v0 without maxSupportedTransactionVersion: want -32015, got %v", err)
	}
	zero := uint64(0)
	res, err := c.GetTransaction(ctx, v0sig, &rpc.GetTransactionOpts{Encoding: solana.EncodingBase64, MaxSupportedTransactionVersion: &zero})
	if err != nil {
		t.Fatal(err)
	}
	if res.Version != 0 || res.Meta.Err != nil || res.Meta.Fee != 5000 {
		t.Fatalf("v0 transaction: version %v, meta %+v", res.Version, res.Meta)
	}
	tx, err := res.Transaction.GetTransaction()
	if err != nil || !tx.Message.IsVersioned() {
		t.Fatalf("v0 wire bytes: %v", err)
	}
	if got := balance(t, c, to.PublicKey(), rpc.CommitmentFinalized); got != 3_000_000 {
		t.Fatalf("recipient holds %d, want 3000000", got)
	}
	// Simulation: on an expired blockhash it says so; replacing the blockhash runs it, changing nothing.
	stale := transfer(t, from, to.PublicKey(), 7, old, false)
	sim, err := c.SimulateTransactionWithOpts(ctx, stale, &rpc.SimulateTransactionOpts{Commitment: rpc.CommitmentProcessed})
	if err != nil || sim.Value.Err != "BlockhashNotFound" {
		t.Fatalf("simulate on an expired blockhash: %+v, %v", sim, err)
	}
	sim, err = c.SimulateTransactionWithOpts(ctx, stale, &rpc.SimulateTransactionOpts{ReplaceRecentBlockhash: true, Commitment: rpc.CommitmentProcessed})
	if err != nil || sim.Value.Err != nil || len(sim.Value.Logs) == 0 {
		t.Fatalf("simulate with the blockhash replaced: %+v, %v", sim, err)
	}
	if got := balance(t, c, to.PublicKey(), rpc.CommitmentProcessed); got != 3_000_000 {
		t.Fatalf("a simulation moved lamports: recipient holds %d", got)
	}
	// Garbage and unknown methods.
	if _, err := c.SendEncodedTransactionWithOpts(ctx, "AAAA", rpc.TransactionOpts{}); rpcCode(err) != -32602 {
		t.Fatalf("garbage transaction: want -32602, got %v", err)
	}
	var out any
	var rerr *svm.RPCError
	if err := node.Call(ctx, "getNothing", nil, &out); !errors.As(err, &rerr) || rerr.Code != -32601 {
		t.Fatalf("unknown method: want -32601, got %v", err)
	}
}

func TestStartChecksItsOwnNode(t *testing.T) {
	cfg := manual()
	cfg.Node = "/nonexistent/node"
	if _, err := svm.Start(tctx(t), cfg); !errors.Is(err, svm.ErrNoNode) {
		t.Fatalf("missing node: want ErrNoNode, got %v", err)
	}
	cfg = manual()
	cfg.Modules = t.TempDir()
	if _, err := svm.Start(tctx(t), cfg); !errors.Is(err, svm.ErrNoLiteSVM) {
		t.Fatalf("missing litesvm: want ErrNoLiteSVM, got %v", err)
	}
	a, _ := svmtest.Start(t, manual())
	b, _ := svmtest.Start(t, manual())
	if a.Identity == b.Identity || a.GenesisHash == b.GenesisHash {
		t.Fatal("two nodes share an identity or a genesis hash")
	}
	// A node started on a taken port fails rather than talking to the other one.
	cfg = manual()
	port := strings.TrimPrefix(a.URL, "http://127.0.0.1:")
	if _, err := svm.Start(tctx(t), withPort(cfg, port)); err == nil {
		t.Fatal("a second node started on a taken port")
	}
	for _, bad := range []svm.Config{
		func() svm.Config { c := manual(); c.Host = "0.0.0.0"; return c }(),
		func() svm.Config { c := manual(); c.FinalizedDepth = 0; return c }(),
		func() svm.Config { c := manual(); c.Port = 70000; return c }(),
	} {
		if err := bad.Validate(); err == nil {
			t.Errorf("config %+v validated", bad)
		}
	}
}

func withPort(c svm.Config, port string) svm.Config {
	for _, ch := range port {
		c.Port = c.Port*10 + int(ch-'0')
	}
	return c
}

package solgateway_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/oracle/devchain/svm"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm/svmtest"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

const sol = 1_000_000_000

// gateway is a deployed gateway on a fresh local node, with its inspectors' keys.
type gateway struct {
	node       *svm.Node
	c          *rpc.Client
	d          solgateway.Deployment
	payer      solana.PrivateKey
	inspectors []solana.PrivateKey
}

func deploy(t *testing.T, n, m int) *gateway {
	t.Helper()
	node, c := svmtest.Start(t, svmtest.Config())
	g := &gateway{node: node, c: c, payer: svmtest.Fund(t, c, 100*sol)}
	cfg := solgateway.DefaultSetupConfig()
	cfg.Payer = g.payer
	cfg.Threshold = uint8(m)
	for range n {
		g.inspectors = append(g.inspectors, svmtest.Fund(t, c, 10*sol))
		cfg.Signers = append(cfg.Signers, g.inspectors[len(g.inspectors)-1].PublicKey())
	}
	d, err := solgateway.Setup(ctx(t), c, node.GenesisHash, cfg)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	g.d = d
	return g
}

func ctx(t *testing.T) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return c
}

// release moves amount out of a vault to owner's associated token account, signed by the inspectors at idx
// (idx[0] proposes), through the whole offline co-signing flow; it returns the signature.
func (g *gateway) outflow(t *testing.T, kind solgateway.OutflowKind, v solgateway.Vault, to solana.PublicKey, amount uint64, ref string, idx ...int) solana.Signature {
	t.Helper()
	prop, parts := g.propose(t, kind, v, to, amount, ref, idx...)
	tx, err := solgateway.Assemble(prop.Message, parts)
	if err != nil {
		t.Fatalf("assemble: %v", err)
	}
	sig, err := solgateway.SubmitAndWait(ctx(t), g.c, tx, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatalf("submit %s: %v", kind, err)
	}
	return sig
}

func (g *gateway) propose(t *testing.T, kind solgateway.OutflowKind, v solgateway.Vault, to solana.PublicKey, amount uint64, ref string, idx ...int) (*solgateway.Proposal, []solgateway.PartialSignature) {
	t.Helper()
	proposer := g.inspectors[idx[0]]
	nonce, _ := g.d.NonceOf(proposer.PublicKey())
	st, err := solgateway.FetchNonce(ctx(t), g.c, nonce.Address, rpc.CommitmentConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	o := solgateway.Outflow{Kind: kind, Vault: v, DestinationOwner: to, Amount: amount, Reference: ref, Proposer: proposer.PublicKey()}
	for _, i := range idx {
		o.Signers = append(o.Signers, g.inspectors[i].PublicKey())
	}
	prop, err := solgateway.BuildOutflow(g.d, o, st.Value)
	if err != nil {
		t.Fatalf("build outflow: %v", err)
	}
	var parts []solgateway.PartialSignature
	for _, i := range idx {
		// Each inspector only sees the bytes; it decodes them and checks them against what it expects.
		p, err := solgateway.CoSign(g.d, append([]byte(nil), prop.Message...), g.inspectors[i], func(got solgateway.Outflow) error {
			if got.Amount != amount || got.Kind != kind || got.Reference != ref || !got.DestinationOwner.Equals(to) {
				return fmt.Errorf("proposal %+v is not what was attested", got)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("co-sign by inspector %d: %v", i, err)
		}
		parts = append(parts, p)
	}
	return prop, parts
}

func (g *gateway) balance(t *testing.T, account solana.PublicKey) uint64 {
	t.Helper()
	b, err := solgateway.TokenBalance(ctx(t), g.c, account, rpc.CommitmentFinalized)
	if errors.Is(err, solgateway.ErrNotFound) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ata(t *testing.T, owner, mint solana.PublicKey) solana.PublicKey {
	a, _, err := solana.FindAssociatedTokenAddress(owner, mint)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// deposit sends a deposit transaction built by BuildDeposit, or by hand with the given memo when memo is
// not nil, and returns its signature once finalized.
func (g *gateway) deposit(t *testing.T, user solana.PrivateKey, v solgateway.Vault, amount uint64, to common.Address, memo *string) solana.Signature {
	t.Helper()
	bh, err := g.c.GetLatestBlockhash(ctx(t), rpc.CommitmentConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	var tx *solana.Transaction
	if memo == nil {
		tx, err = solgateway.BuildDeposit(solgateway.DepositRequest{Vault: v, Owner: user.PublicKey(), Amount: amount, Recipient: to}, bh.Value.Blockhash)
	} else {
		ixs := []solana.Instruction{token.NewTransferCheckedInstruction(amount, v.Decimals, ata(t, user.PublicKey(), v.Mint), v.Mint, v.Account, user.PublicKey(), nil).Build()}
		if *memo != "" {
			ixs = append(ixs, solgateway.MemoInstruction(*memo))
		}
		tx, err = solana.NewTransaction(ixs, bh.Value.Blockhash, solana.TransactionPayer(user.PublicKey()))
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Sign(func(solana.PublicKey) *solana.PrivateKey { return &user }); err != nil {
		t.Fatal(err)
	}
	sig, err := solgateway.SubmitAndWait(ctx(t), g.c, tx, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatalf("deposit: %v", err)
	}
	return sig
}

// parse fetches a finalized transaction as a watcher does and parses it.
func (g *gateway) parse(t *testing.T, sig solana.Signature) solgateway.Parsed {
	t.Helper()
	v0 := uint64(0)
	res, err := g.c.GetTransaction(ctx(t), sig, &rpc.GetTransactionOpts{Encoding: solana.EncodingBase64, Commitment: rpc.CommitmentFinalized, MaxSupportedTransactionVersion: &v0})
	if err != nil {
		t.Fatalf("getTransaction %s: %v", sig, err)
	}
	tx, err := res.Transaction.GetTransaction()
	if err != nil {
		t.Fatal(err)
	}
	var bt int64
	if res.BlockTime != nil {
		bt = int64(*res.BlockTime)
	}
	p, err := solgateway.Parse(g.d, res.Slot, bt, tx, res.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Unattributed) != 0 {
		t.Fatalf("unattributed vault changes in %s: %+v", sig, p.Unattributed)
	}
	return p
}

func TestSetupInvariants(t *testing.T) {
	g := deploy(t, 5, 3)
	if err := solgateway.CheckDeployment(ctx(t), g.c, g.d, rpc.CommitmentFinalized); err != nil {
		t.Fatalf("check: %v", err)
	}
	supply, err := solgateway.MintSupply(ctx(t), g.c, g.d.GRID.Mint, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatal(err)
	}
	if supply != g.d.GRIDSupply || g.balance(t, g.d.GRID.Account) != supply {
		t.Fatalf("supply %d, vault %d, want both %d", supply, g.balance(t, g.d.GRID.Account), g.d.GRIDSupply)
	}
	// The former mint authority cannot mint more: the chain refuses, not just our checks.
	mintTo := token.NewMintToCheckedInstruction(1, g.d.GRID.Decimals, g.d.GRID.Mint, g.d.GRID.Account, g.payer.PublicKey(), nil).Build()
	if _, err := solgateway.SendAndWait(ctx(t), g.c, []solana.Instruction{mintTo}, g.payer, nil, rpc.CommitmentConfirmed); err == nil {
		t.Fatal("minting GRID after set-up succeeded")
	} else if !strings.Contains(err.Error(), "custom program error: 0x5") { // TokenError::FixedSupply
		t.Fatalf("minting GRID after set-up: want FixedSupply (0x5), got %v", err)
	}
	// The payer cannot move vault funds either: the vault's owner is the multisig.
	user := svmtest.Fund(t, g.c, sol)
	steal := token.NewTransferCheckedInstruction(1, g.d.GRID.Decimals, g.d.GRID.Account, g.d.GRID.Mint, ata(t, user.PublicKey(), g.d.GRID.Mint), g.payer.PublicKey(), nil).Build()
	if _, err := solgateway.SendAndWait(ctx(t), g.c, []solana.Instruction{steal}, g.payer, nil, rpc.CommitmentConfirmed); err == nil {
		t.Fatal("the set-up payer moved GRID out of the vault")
	}
	// A tampered deployment file is caught.
	bad := g.d
	bad.GRIDSupply++
	if err := solgateway.CheckDeployment(ctx(t), g.c, bad, rpc.CommitmentFinalized); !errors.Is(err, solgateway.ErrInvariant) {
		t.Fatalf("check with a wrong supply: want ErrInvariant, got %v", err)
	}
	bad = g.d
	bad.GRID.Account = g.d.USDC.Account
	if err := solgateway.CheckDeployment(ctx(t), g.c, bad, rpc.CommitmentFinalized); !errors.Is(err, solgateway.ErrInvariant) {
		t.Fatalf("check with the USDC vault as GRID's: want ErrInvariant, got %v", err)
	}
}

func TestReleaseKOfNOnDurableNonce(t *testing.T) {
	g := deploy(t, 5, 3)
	user := svmtest.Fund(t, g.c, sol)
	const amount = 250 * sol
	prop, parts := g.propose(t, solgateway.Release, g.d.GRID, user.PublicKey(), amount, "arb:31337:1", 2, 0, 4)

	// The signatures took long: every recent blockhash they could have used has expired. The nonce has not.
	if _, err := g.node.AdvanceSlots(ctx(t), 200); err != nil {
		t.Fatal(err)
	}
	// f = k-1 signatures are not enough to assemble...
	if _, err := solgateway.Assemble(prop.Message, parts[:2]); !errors.Is(err, solgateway.ErrMissingSigner) {
		t.Fatalf("assemble with 2 of 3: want ErrMissingSigner, got %v", err)
	}
	// ...a signature over other bytes is refused...
	forged := append([]solgateway.PartialSignature(nil), parts...)
	forged[1].Signature, _ = g.inspectors[1].Sign(prop.Message)
	if _, err := solgateway.Assemble(prop.Message, forged); !errors.Is(err, solgateway.ErrBadSignature) {
		t.Fatalf("assemble with a wrong signer's signature: want ErrBadSignature, got %v", err)
	}
	tx, err := solgateway.Assemble(prop.Message, parts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := solgateway.SubmitAndWait(ctx(t), g.c, tx, rpc.CommitmentFinalized); err != nil {
		t.Fatalf("submit release: %v", err)
	}
	if got := g.balance(t, ata(t, user.PublicKey(), g.d.GRID.Mint)); got != amount {
		t.Fatalf("user holds %d GRID units, want %d", got, amount)
	}
	// The same signed transaction cannot land twice: its nonce has advanced.
	if _, err := g.c.SendTransactionWithOpts(ctx(t), tx, rpc.TransactionOpts{}); err == nil {
		t.Fatal("a release was submitted twice")
	}
	// The parser sees a release with its reference.
	p := g.parse(t, tx.Signatures[0])
	if len(p.Outflows) != 1 || p.Outflows[0].Kind != solgateway.Release || p.Outflows[0].Reference != "arb:31337:1" || p.Outflows[0].Amount != amount {
		t.Fatalf("parsed release: %+v", p)
	}
}

// TestFewerThanKCannotRelease: f < k colluding inspectors, who build and sign the transfer themselves, are
// refused by the token program — the threshold is the chain's, not our library's.
func TestFewerThanKCannotRelease(t *testing.T) {
	g := deploy(t, 5, 3)
	thief := svmtest.Fund(t, g.c, sol)
	dest := ata(t, thief.PublicKey(), g.d.GRID.Mint)
	createDest := solana.NewInstruction(solana.SPLAssociatedTokenAccountProgramID, solana.AccountMetaSlice{
		solana.Meta(thief.PublicKey()).WRITE().SIGNER(), solana.Meta(dest).WRITE(), solana.Meta(thief.PublicKey()), solana.Meta(g.d.GRID.Mint),
		solana.Meta(solana.SystemProgramID), solana.Meta(token.ProgramID),
	}, []byte{1})
	if _, err := solgateway.SendAndWait(ctx(t), g.c, []solana.Instruction{createDest}, thief, nil, rpc.CommitmentConfirmed); err != nil {
		t.Fatal(err)
	}
	outsider := svmtest.Fund(t, g.c, sol)
	for _, tc := range []struct {
		name    string
		signers []solana.PrivateKey
	}{
		{"two of five", []solana.PrivateKey{g.inspectors[0], g.inspectors[1]}},
		{"one of five", []solana.PrivateKey{g.inspectors[3]}},
		{"two inspectors and an outsider", []solana.PrivateKey{g.inspectors[0], g.inspectors[1], outsider}},
		{"one inspector listed three times", []solana.PrivateKey{g.inspectors[2], g.inspectors[2], g.inspectors[2]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pubs []solana.PublicKey
			for _, s := range tc.signers {
				pubs = append(pubs, s.PublicKey())
			}
			steal := token.NewTransferCheckedInstruction(sol, g.d.GRID.Decimals, g.d.GRID.Account, g.d.GRID.Mint, dest, g.d.Multisig, pubs).Build()
			_, err := solgateway.SendAndWait(ctx(t), g.c, []solana.Instruction{steal}, tc.signers[0], tc.signers[1:], rpc.CommitmentConfirmed)
			if err == nil {
				t.Fatal("the transfer out of the vault succeeded")
			}
			if got := g.balance(t, dest); got != 0 {
				t.Fatalf("thief holds %d", got)
			}
		})
	}
	// A key outside the multisig cannot even get a proposal co-signed by our code.
	prop, _ := g.propose(t, solgateway.Release, g.d.GRID, thief.PublicKey(), sol, "arb:1:1", 0, 1, 2)
	if _, err := solgateway.CoSign(g.d, prop.Message, outsider, func(solgateway.Outflow) error { return nil }); !errors.Is(err, solgateway.ErrNotSigner) {
		t.Fatalf("co-sign by an outsider: want ErrNotSigner, got %v", err)
	}
}

func TestDecodeOutflowRejectsOtherShapes(t *testing.T) {
	g := deploy(t, 3, 2)
	user := svmtest.Fund(t, g.c, sol)
	prop, _ := g.propose(t, solgateway.Release, g.d.USDC, user.PublicKey(), 5, "arb:1:2", 1, 2)
	o, signers, err := solgateway.DecodeOutflow(g.d, prop.Message)
	if err != nil {
		t.Fatal(err)
	}
	if o.Amount != 5 || o.Vault != g.d.USDC || !o.DestinationOwner.Equals(user.PublicKey()) || len(signers) != 2 || !signers[0].Equals(g.inspectors[1].PublicKey()) {
		t.Fatalf("decoded %+v, signers %v", o, signers)
	}
	// A message with an extra instruction (another transfer out of the vault) is not signed.
	nonce, _ := g.d.NonceOf(g.inspectors[1].PublicKey())
	st, _ := solgateway.FetchNonce(ctx(t), g.c, nonce.Address, rpc.CommitmentConfirmed)
	extra := token.NewTransferCheckedInstruction(1, g.d.GRID.Decimals, g.d.GRID.Account, g.d.GRID.Mint, ata(t, user.PublicKey(), g.d.GRID.Mint), g.d.Multisig,
		[]solana.PublicKey{g.inspectors[1].PublicKey(), g.inspectors[2].PublicKey()}).Build()
	tx, err := solana.NewTransaction([]solana.Instruction{extra, solgateway.MemoInstruction("idlegrid release arb:1:2")}, st.Value, solana.TransactionPayer(g.inspectors[1].PublicKey()))
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := tx.Message.MarshalBinary()
	if _, err := solgateway.CoSign(g.d, msg, g.inspectors[2], func(solgateway.Outflow) error { return nil }); !errors.Is(err, solgateway.ErrNotOutflow) {
		t.Fatalf("co-sign of a non-gateway message: want ErrNotOutflow, got %v", err)
	}
	if _, err := solgateway.CoSign(g.d, []byte("garbage"), g.inspectors[2], func(solgateway.Outflow) error { return nil }); !errors.Is(err, solgateway.ErrNotOutflow) {
		t.Fatalf("co-sign of garbage: want ErrNotOutflow, got %v", err)
	}
}

func TestDepositsAndConservation(t *testing.T) {
	g := deploy(t, 4, 3)
	alice, bob := svmtest.Fund(t, g.c, sol), svmtest.Fund(t, g.c, sol)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000a11ce")

	var released, deposited, refunded uint64
	conserve := func(step string) {
		t.Helper()
		vault := g.balance(t, g.d.GRID.Account)
		outside := g.balance(t, ata(t, alice.PublicKey(), g.d.GRID.Mint)) + g.balance(t, ata(t, bob.PublicKey(), g.d.GRID.Mint))
		if outside != g.d.GRIDSupply-vault || outside != released+refunded-deposited {
			t.Fatalf("after %s: GRID outside the vault %d, supply-vault %d, released+refunded-deposited %d",
				step, outside, g.d.GRIDSupply-vault, released+refunded-deposited)
		}
	}
	conserve("set-up")
	g.outflow(t, solgateway.Release, g.d.GRID, alice.PublicKey(), 1000*sol, "arb:31337:7", 0, 1, 2)
	released += 1000 * sol
	conserve("release to alice")
	g.outflow(t, solgateway.Release, g.d.GRID, bob.PublicKey(), 10*sol, "arb:31337:8", 3, 1, 0)
	released += 10 * sol
	conserve("release to bob")

	// A good GRID deposit.
	sig := g.deposit(t, alice, g.d.GRID, 400*sol, recipient, nil)
	deposited += 400 * sol
	conserve("alice's deposit")
	p := g.parse(t, sig)
	if len(p.Deposits) != 1 || len(p.Outflows) != 0 {
		t.Fatalf("parsed %+v", p)
	}
	dep := p.Deposits[0]
	if dep.Malformed != "" || dep.Recipient != recipient || dep.Amount != 400*sol || dep.Vault != g.d.GRID ||
		!dep.Sender.Equals(alice.PublicKey()) || !dep.Source.Equals(ata(t, alice.PublicKey(), g.d.GRID.Mint)) ||
		dep.Key.Cluster != g.node.GenesisHash || dep.Key.Signature != sig || dep.Key.Index != 0 {
		t.Fatalf("parsed deposit %+v", dep)
	}

	// Malformed memos are recorded with a reason, then refunded to the source.
	for _, tc := range []struct{ memo, reason string }{
		{"", "no memo"},
		{"send to alice please", "want the Arbitrum recipient"},
		{"0x00000000000000000000000000000000000a11Ce", "checksum"},
		{"0x0000000000000000000000000000000000000000", "zero address"},
	} {
		sig := g.deposit(t, bob, g.d.GRID, sol, common.Address{}, &tc.memo)
		deposited += sol
		conserve("bob's malformed deposit")
		p := g.parse(t, sig)
		if len(p.Deposits) != 1 || !strings.Contains(p.Deposits[0].Malformed, tc.reason) {
			t.Fatalf("memo %q: parsed %+v, want a malformed deposit saying %q", tc.memo, p.Deposits, tc.reason)
		}
		ref := p.Deposits[0].Key.String()
		rsig := g.outflow(t, solgateway.Refund, g.d.GRID, bob.PublicKey(), sol, ref, 2, 3, 1)
		refunded += sol
		conserve("refund to bob")
		rp := g.parse(t, rsig)
		if len(rp.Outflows) != 1 || rp.Outflows[0].Kind != solgateway.Refund || rp.Outflows[0].Refunds == nil || *rp.Outflows[0].Refunds != p.Deposits[0].Key {
			t.Fatalf("parsed refund %+v, want one refunding %s", rp.Outflows, ref)
		}
	}

	// USDC: the dev mint's authority funds alice, who deposits with a memo.
	aliceUSDC := ata(t, alice.PublicKey(), g.d.USDC.Mint)
	fund := []solana.Instruction{
		solana.NewInstruction(solana.SPLAssociatedTokenAccountProgramID, solana.AccountMetaSlice{
			solana.Meta(g.payer.PublicKey()).WRITE().SIGNER(), solana.Meta(aliceUSDC).WRITE(), solana.Meta(alice.PublicKey()), solana.Meta(g.d.USDC.Mint),
			solana.Meta(solana.SystemProgramID), solana.Meta(token.ProgramID)}, []byte{1}),
		token.NewMintToCheckedInstruction(50_000_000, g.d.USDC.Decimals, g.d.USDC.Mint, aliceUSDC, g.payer.PublicKey(), nil).Build(),
	}
	if _, err := solgateway.SendAndWait(ctx(t), g.c, fund, g.payer, nil, rpc.CommitmentFinalized); err != nil {
		t.Fatal(err)
	}
	sig = g.deposit(t, alice, g.d.USDC, 12_500_000, recipient, nil)
	p = g.parse(t, sig)
	if len(p.Deposits) != 1 || p.Deposits[0].Vault != g.d.USDC || p.Deposits[0].Amount != 12_500_000 || p.Deposits[0].Recipient != recipient {
		t.Fatalf("parsed USDC deposit %+v", p.Deposits)
	}
	if got := g.balance(t, g.d.USDC.Account); got != 12_500_000 {
		t.Fatalf("USDC vault holds %d", got)
	}
	conserve("USDC deposit")
}

func TestParseRecipient(t *testing.T) {
	for _, tc := range []struct {
		memo string
		ok   bool
	}{
		{"0x00000000000000000000000000000000000a11ce", true},
		{"0x00000000000000000000000000000000000A11CE", true},
		{" 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\n", true},
		{"0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false}, // checksum
		{"5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAe", false},
		{"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAedd", false},
		{"0xzzAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", false},
		{"0x0000000000000000000000000000000000000000", false},
		{"", false},
	} {
		_, err := solgateway.ParseRecipient(tc.memo)
		if (err == nil) != tc.ok {
			t.Errorf("ParseRecipient(%q): err %v, want ok=%v", tc.memo, err, tc.ok)
		}
	}
}

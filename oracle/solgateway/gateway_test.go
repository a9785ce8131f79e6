package solgateway_test

import (
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/oracle/devchain/svm/svmtest"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
	"github.com/idlegrid/idlegrid/oracle/solgateway/gatewaytest"
)

func TestSetupInvariants(t *testing.T) {
	g := gatewaytest.Deploy(t, 5, 3)
	if err := solgateway.CheckDeployment(gatewaytest.Ctx(t), g.C, g.D, rpc.CommitmentFinalized); err != nil {
		t.Fatalf("check: %v", err)
	}
	supply, err := solgateway.MintSupply(gatewaytest.Ctx(t), g.C, g.D.GRID.Mint, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatal(err)
	}
	if supply != g.D.GRIDSupply || g.Balance(t, g.D.GRID.Account) != supply {
		t.Fatalf("supply %d, vault %d, want both %d", supply, g.Balance(t, g.D.GRID.Account), g.D.GRIDSupply)
	}
	// The node's token views agree (what wallets and explorers read).
	tb, err := g.C.GetTokenAccountBalance(gatewaytest.Ctx(t), g.D.GRID.Account, rpc.CommitmentFinalized)
	if err != nil || tb.Value.Amount != strconv.FormatUint(g.D.GRIDSupply, 10) || tb.Value.Decimals != g.D.GRID.Decimals {
		t.Fatalf("getTokenAccountBalance of the vault: %+v, %v", tb, err)
	}
	ts, err := g.C.GetTokenSupply(gatewaytest.Ctx(t), g.D.GRID.Mint, rpc.CommitmentFinalized)
	if err != nil || ts.Value.Amount != strconv.FormatUint(g.D.GRIDSupply, 10) {
		t.Fatalf("getTokenSupply: %+v, %v", ts, err)
	}
	// The former mint authority cannot mint more: the chain refuses, not just our checks.
	mintTo := token.NewMintToCheckedInstruction(1, g.D.GRID.Decimals, g.D.GRID.Mint, g.D.GRID.Account, g.Payer.PublicKey(), nil).Build()
	if _, err := solgateway.SendAndWait(gatewaytest.Ctx(t), g.C, []solana.Instruction{mintTo}, g.Payer, nil, rpc.CommitmentConfirmed); err == nil {
		t.Fatal("minting GRID after set-up succeeded")
	} else if !strings.Contains(err.Error(), "custom program error: 0x5") { // TokenError::FixedSupply
		t.Fatalf("minting GRID after set-up: want FixedSupply (0x5), got %v", err)
	}
	// The payer cannot move vault funds either: the vault's owner is the multisig.
	user := svmtest.Fund(t, g.C, gatewaytest.SOL)
	steal := token.NewTransferCheckedInstruction(1, g.D.GRID.Decimals, g.D.GRID.Account, g.D.GRID.Mint, gatewaytest.ATA(t, user.PublicKey(), g.D.GRID.Mint), g.Payer.PublicKey(), nil).Build()
	if _, err := solgateway.SendAndWait(gatewaytest.Ctx(t), g.C, []solana.Instruction{steal}, g.Payer, nil, rpc.CommitmentConfirmed); err == nil {
		t.Fatal("the set-up payer moved GRID out of the vault")
	}
	// A tampered deployment file is caught.
	bad := g.D
	bad.GRIDSupply++
	if err := solgateway.CheckDeployment(gatewaytest.Ctx(t), g.C, bad, rpc.CommitmentFinalized); !errors.Is(err, solgateway.ErrInvariant) {
		t.Fatalf("check with a wrong supply: want ErrInvariant, got %v", err)
	}
	bad = g.D
	bad.GRID.Account = g.D.USDC.Account
	if err := solgateway.CheckDeployment(gatewaytest.Ctx(t), g.C, bad, rpc.CommitmentFinalized); !errors.Is(err, solgateway.ErrInvariant) {
		t.Fatalf("check with the USDC vault as GRID's: want ErrInvariant, got %v", err)
	}
}

func TestReleaseKOfNOnDurableNonce(t *testing.T) {
	g := gatewaytest.Deploy(t, 5, 3)
	user := svmtest.Fund(t, g.C, gatewaytest.SOL)
	const amount = 250 * gatewaytest.SOL
	prop, parts := g.Propose(t, solgateway.Release, g.D.GRID, user.PublicKey(), amount, "arb:31337:1", 2, 0, 4)

	// The signatures took long: every recent blockhash they could have used has expired. The nonce has not.
	if _, err := g.Node.AdvanceSlots(gatewaytest.Ctx(t), 200); err != nil {
		t.Fatal(err)
	}
	// f = k-1 signatures are not enough to assemble...
	if _, err := solgateway.Assemble(prop.Message, parts[:2]); !errors.Is(err, solgateway.ErrMissingSigner) {
		t.Fatalf("assemble with 2 of 3: want ErrMissingSigner, got %v", err)
	}
	// ...a signature over other bytes is refused...
	forged := append([]solgateway.PartialSignature(nil), parts...)
	forged[1].Signature, _ = g.Inspectors[1].Sign(prop.Message)
	if _, err := solgateway.Assemble(prop.Message, forged); !errors.Is(err, solgateway.ErrBadSignature) {
		t.Fatalf("assemble with a wrong signer's signature: want ErrBadSignature, got %v", err)
	}
	tx, err := solgateway.Assemble(prop.Message, parts)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := solgateway.SubmitAndWait(gatewaytest.Ctx(t), g.C, tx, rpc.CommitmentFinalized); err != nil {
		t.Fatalf("submit release: %v", err)
	}
	if got := g.Balance(t, gatewaytest.ATA(t, user.PublicKey(), g.D.GRID.Mint)); got != amount {
		t.Fatalf("user holds %d GRID units, want %d", got, amount)
	}
	// The same signed transaction cannot land twice: its nonce has advanced.
	if _, err := g.C.SendTransactionWithOpts(gatewaytest.Ctx(t), tx, rpc.TransactionOpts{}); err == nil {
		t.Fatal("a release was submitted twice")
	}
	// The parser sees a release with its reference.
	p := g.Parse(t, tx.Signatures[0])
	if len(p.Outflows) != 1 || p.Outflows[0].Kind != solgateway.Release || p.Outflows[0].Reference != "arb:31337:1" || p.Outflows[0].Amount != amount {
		t.Fatalf("parsed release: %+v", p)
	}
}

// TestFewerThanKCannotRelease: f < k colluding inspectors, who build and sign the transfer themselves, are
// refused by the token program — the threshold is the chain's, not our library's.
func TestFewerThanKCannotRelease(t *testing.T) {
	g := gatewaytest.Deploy(t, 5, 3)
	thief := svmtest.Fund(t, g.C, gatewaytest.SOL)
	dest := gatewaytest.ATA(t, thief.PublicKey(), g.D.GRID.Mint)
	createDest := solana.NewInstruction(solana.SPLAssociatedTokenAccountProgramID, solana.AccountMetaSlice{
		solana.Meta(thief.PublicKey()).WRITE().SIGNER(), solana.Meta(dest).WRITE(), solana.Meta(thief.PublicKey()), solana.Meta(g.D.GRID.Mint),
		solana.Meta(solana.SystemProgramID), solana.Meta(token.ProgramID),
	}, []byte{1})
	if _, err := solgateway.SendAndWait(gatewaytest.Ctx(t), g.C, []solana.Instruction{createDest}, thief, nil, rpc.CommitmentConfirmed); err != nil {
		t.Fatal(err)
	}
	outsider := svmtest.Fund(t, g.C, gatewaytest.SOL)
	for _, tc := range []struct {
		name    string
		signers []solana.PrivateKey
	}{
		{"two of five", []solana.PrivateKey{g.Inspectors[0], g.Inspectors[1]}},
		{"one of five", []solana.PrivateKey{g.Inspectors[3]}},
		{"two inspectors and an outsider", []solana.PrivateKey{g.Inspectors[0], g.Inspectors[1], outsider}},
		{"one inspector listed three times", []solana.PrivateKey{g.Inspectors[2], g.Inspectors[2], g.Inspectors[2]}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pubs []solana.PublicKey
			for _, s := range tc.signers {
				pubs = append(pubs, s.PublicKey())
			}
			steal := token.NewTransferCheckedInstruction(gatewaytest.SOL, g.D.GRID.Decimals, g.D.GRID.Account, g.D.GRID.Mint, dest, g.D.Multisig, pubs).Build()
			_, err := solgateway.SendAndWait(gatewaytest.Ctx(t), g.C, []solana.Instruction{steal}, tc.signers[0], tc.signers[1:], rpc.CommitmentConfirmed)
			if err == nil {
				t.Fatal("the transfer out of the vault succeeded")
			}
			if got := g.Balance(t, dest); got != 0 {
				t.Fatalf("thief holds %d", got)
			}
		})
	}
	// A key outside the multisig cannot even get a proposal co-signed by our code.
	prop, _ := g.Propose(t, solgateway.Release, g.D.GRID, thief.PublicKey(), gatewaytest.SOL, "arb:1:1", 0, 1, 2)
	if _, err := solgateway.CoSign(g.D, prop.Message, outsider, func(solgateway.Outflow) error { return nil }); !errors.Is(err, solgateway.ErrNotSigner) {
		t.Fatalf("co-sign by an outsider: want ErrNotSigner, got %v", err)
	}
}

func TestDecodeOutflowRejectsOtherShapes(t *testing.T) {
	g := gatewaytest.Deploy(t, 3, 2)
	user := svmtest.Fund(t, g.C, gatewaytest.SOL)
	prop, _ := g.Propose(t, solgateway.Release, g.D.USDC, user.PublicKey(), 5, "arb:1:2", 1, 2)
	o, signers, err := solgateway.DecodeOutflow(g.D, prop.Message)
	if err != nil {
		t.Fatal(err)
	}
	if o.Amount != 5 || o.Vault != g.D.USDC || !o.DestinationOwner.Equals(user.PublicKey()) || len(signers) != 2 || !signers[0].Equals(g.Inspectors[1].PublicKey()) {
		t.Fatalf("decoded %+v, signers %v", o, signers)
	}
	// A message with an extra instruction (another transfer out of the vault) is not signed.
	nonce, _ := g.D.NonceOf(g.Inspectors[1].PublicKey())
	st, _ := solgateway.FetchNonce(gatewaytest.Ctx(t), g.C, nonce.Address, rpc.CommitmentConfirmed)
	extra := token.NewTransferCheckedInstruction(1, g.D.GRID.Decimals, g.D.GRID.Account, g.D.GRID.Mint, gatewaytest.ATA(t, user.PublicKey(), g.D.GRID.Mint), g.D.Multisig,
		[]solana.PublicKey{g.Inspectors[1].PublicKey(), g.Inspectors[2].PublicKey()}).Build()
	tx, err := solana.NewTransaction([]solana.Instruction{extra, solgateway.MemoInstruction("idlegrid release arb:1:2")}, st.Value, solana.TransactionPayer(g.Inspectors[1].PublicKey()))
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := tx.Message.MarshalBinary()
	if _, err := solgateway.CoSign(g.D, msg, g.Inspectors[2], func(solgateway.Outflow) error { return nil }); !errors.Is(err, solgateway.ErrNotOutflow) {
		t.Fatalf("co-sign of a non-gateway message: want ErrNotOutflow, got %v", err)
	}
	if _, err := solgateway.CoSign(g.D, []byte("garbage"), g.Inspectors[2], func(solgateway.Outflow) error { return nil }); !errors.Is(err, solgateway.ErrNotOutflow) {
		t.Fatalf("co-sign of garbage: want ErrNotOutflow, got %v", err)
	}
}

func TestDepositsAndConservation(t *testing.T) {
	g := gatewaytest.Deploy(t, 4, 3)
	alice, bob := svmtest.Fund(t, g.C, gatewaytest.SOL), svmtest.Fund(t, g.C, gatewaytest.SOL)
	recipient := common.HexToAddress("0x00000000000000000000000000000000000a11ce")

	var released, deposited, refunded uint64
	conserve := func(step string) {
		t.Helper()
		vault := g.Balance(t, g.D.GRID.Account)
		outside := g.Balance(t, gatewaytest.ATA(t, alice.PublicKey(), g.D.GRID.Mint)) + g.Balance(t, gatewaytest.ATA(t, bob.PublicKey(), g.D.GRID.Mint))
		if outside != g.D.GRIDSupply-vault || outside != released+refunded-deposited {
			t.Fatalf("after %s: GRID outside the vault %d, supply-vault %d, released+refunded-deposited %d",
				step, outside, g.D.GRIDSupply-vault, released+refunded-deposited)
		}
	}
	conserve("set-up")
	g.Outflow(t, solgateway.Release, g.D.GRID, alice.PublicKey(), 1000*gatewaytest.SOL, "arb:31337:7", 0, 1, 2)
	released += 1000 * gatewaytest.SOL
	conserve("release to alice")
	g.Outflow(t, solgateway.Release, g.D.GRID, bob.PublicKey(), 10*gatewaytest.SOL, "arb:31337:8", 3, 1, 0)
	released += 10 * gatewaytest.SOL
	conserve("release to bob")

	// A good GRID deposit.
	sig := g.Deposit(t, alice, g.D.GRID, 400*gatewaytest.SOL, recipient, nil)
	deposited += 400 * gatewaytest.SOL
	conserve("alice's deposit")
	p := g.Parse(t, sig)
	if len(p.Deposits) != 1 || len(p.Outflows) != 0 {
		t.Fatalf("parsed %+v", p)
	}
	dep := p.Deposits[0]
	if dep.Malformed != "" || dep.Recipient != recipient || dep.Amount != 400*gatewaytest.SOL || dep.Vault != g.D.GRID ||
		!dep.Sender.Equals(alice.PublicKey()) || !dep.Source.Equals(gatewaytest.ATA(t, alice.PublicKey(), g.D.GRID.Mint)) ||
		dep.Key.Cluster != g.Node.GenesisHash || dep.Key.Signature != sig || dep.Key.Index != 0 {
		t.Fatalf("parsed deposit %+v", dep)
	}

	// Malformed memos are recorded with a reason, then refunded to the source.
	for _, tc := range []struct{ memo, reason string }{
		{"", "no memo"},
		{"send to alice please", "want the Arbitrum recipient"},
		{"0x00000000000000000000000000000000000a11Ce", "checksum"},
		{"0x0000000000000000000000000000000000000000", "zero address"},
	} {
		sig := g.Deposit(t, bob, g.D.GRID, gatewaytest.SOL, common.Address{}, &tc.memo)
		deposited += gatewaytest.SOL
		conserve("bob's malformed deposit")
		p := g.Parse(t, sig)
		if len(p.Deposits) != 1 || !strings.Contains(p.Deposits[0].Malformed, tc.reason) {
			t.Fatalf("memo %q: parsed %+v, want a malformed deposit saying %q", tc.memo, p.Deposits, tc.reason)
		}
		ref := p.Deposits[0].Key.String()
		rsig := g.Outflow(t, solgateway.Refund, g.D.GRID, bob.PublicKey(), gatewaytest.SOL, ref, 2, 3, 1)
		refunded += gatewaytest.SOL
		conserve("refund to bob")
		rp := g.Parse(t, rsig)
		if len(rp.Outflows) != 1 || rp.Outflows[0].Kind != solgateway.Refund || rp.Outflows[0].Refunds == nil || *rp.Outflows[0].Refunds != p.Deposits[0].Key {
			t.Fatalf("parsed refund %+v, want one refunding %s", rp.Outflows, ref)
		}
	}

	// USDC: the dev mint's authority funds alice, who deposits with a memo.
	aliceUSDC := gatewaytest.ATA(t, alice.PublicKey(), g.D.USDC.Mint)
	fund := []solana.Instruction{
		solana.NewInstruction(solana.SPLAssociatedTokenAccountProgramID, solana.AccountMetaSlice{
			solana.Meta(g.Payer.PublicKey()).WRITE().SIGNER(), solana.Meta(aliceUSDC).WRITE(), solana.Meta(alice.PublicKey()), solana.Meta(g.D.USDC.Mint),
			solana.Meta(solana.SystemProgramID), solana.Meta(token.ProgramID)}, []byte{1}),
		token.NewMintToCheckedInstruction(50_000_000, g.D.USDC.Decimals, g.D.USDC.Mint, aliceUSDC, g.Payer.PublicKey(), nil).Build(),
	}
	if _, err := solgateway.SendAndWait(gatewaytest.Ctx(t), g.C, fund, g.Payer, nil, rpc.CommitmentFinalized); err != nil {
		t.Fatal(err)
	}
	sig = g.Deposit(t, alice, g.D.USDC, 12_500_000, recipient, nil)
	p = g.Parse(t, sig)
	if len(p.Deposits) != 1 || p.Deposits[0].Vault != g.D.USDC || p.Deposits[0].Amount != 12_500_000 || p.Deposits[0].Recipient != recipient {
		t.Fatalf("parsed USDC deposit %+v", p.Deposits)
	}
	if got := g.Balance(t, g.D.USDC.Account); got != 12_500_000 {
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

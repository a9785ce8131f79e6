// Package gatewaytest deploys the Solana gateway on the local node (oracle/devchain/svm) for tests, and drives
// it as users and inspectors do: deposits, and releases and refunds co-signed from the proposal's bytes.
package gatewaytest

import (
	"context"
	"errors"
	"fmt"
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

// SOL is one SOL in lamports.
const SOL = 1_000_000_000

// Gateway is a deployed gateway on a fresh local node, with its inspectors' keys.
type Gateway struct {
	Node       *svm.Node
	C          *rpc.Client
	D          solgateway.Deployment
	Payer      solana.PrivateKey
	Inspectors []solana.PrivateKey
}

// Deploy starts a local node and sets the gateway up on it with n inspectors and threshold m.
func Deploy(t testing.TB, n, m int) *Gateway {
	t.Helper()
	node, c := svmtest.Start(t, svmtest.Config())
	g := &Gateway{Node: node, C: c, Payer: svmtest.Fund(t, c, 100*SOL)}
	cfg := solgateway.DefaultSetupConfig()
	cfg.Payer = g.Payer
	cfg.Threshold = uint8(m)
	for range n {
		g.Inspectors = append(g.Inspectors, svmtest.Fund(t, c, 10*SOL))
		cfg.Signers = append(cfg.Signers, g.Inspectors[len(g.Inspectors)-1].PublicKey())
	}
	d, err := solgateway.Setup(Ctx(t), c, node.GenesisHash, cfg)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	g.D = d
	return g
}

// Ctx is a context that ends with the test.
func Ctx(t testing.TB) context.Context {
	c, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return c
}

// Outflow moves amount out of a vault to owner's associated token account, signed by the inspectors at idx
// (idx[0] proposes), through the whole offline co-signing flow; it returns the signature.
func (g *Gateway) Outflow(t testing.TB, kind solgateway.OutflowKind, v solgateway.Vault, to solana.PublicKey, amount uint64, ref string, idx ...int) solana.Signature {
	t.Helper()
	prop, parts := g.Propose(t, kind, v, to, amount, ref, idx...)
	tx, err := solgateway.Assemble(prop.Message, parts)
	if err != nil {
		t.Fatalf("assemble: %v", err)
	}
	sig, err := solgateway.SubmitAndWait(Ctx(t), g.C, tx, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatalf("submit %s: %v", kind, err)
	}
	return sig
}

// Propose builds an outflow proposed by inspector idx[0] and co-signed (from the bytes) by every inspector in idx.
func (g *Gateway) Propose(t testing.TB, kind solgateway.OutflowKind, v solgateway.Vault, to solana.PublicKey, amount uint64, ref string, idx ...int) (*solgateway.Proposal, []solgateway.PartialSignature) {
	t.Helper()
	proposer := g.Inspectors[idx[0]]
	nonce, _ := g.D.NonceOf(proposer.PublicKey())
	st, err := solgateway.FetchNonce(Ctx(t), g.C, nonce.Address, rpc.CommitmentConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	o := solgateway.Outflow{Kind: kind, Vault: v, DestinationOwner: to, Amount: amount, Reference: ref, Proposer: proposer.PublicKey()}
	for _, i := range idx {
		o.Signers = append(o.Signers, g.Inspectors[i].PublicKey())
	}
	prop, err := solgateway.BuildOutflow(g.D, o, st.Value)
	if err != nil {
		t.Fatalf("build outflow: %v", err)
	}
	var parts []solgateway.PartialSignature
	for _, i := range idx {
		// Each inspector only sees the bytes; it decodes them and checks them against what it expects.
		p, err := solgateway.CoSign(g.D, append([]byte(nil), prop.Message...), g.Inspectors[i], func(got solgateway.Outflow) error {
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

// Balance is a token account's finalized balance (0 when it does not exist).
func (g *Gateway) Balance(t testing.TB, account solana.PublicKey) uint64 {
	t.Helper()
	b, err := solgateway.TokenBalance(Ctx(t), g.C, account, rpc.CommitmentFinalized)
	if errors.Is(err, solgateway.ErrNotFound) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// ATA is the associated token account of owner for mint.
func ATA(t testing.TB, owner, mint solana.PublicKey) solana.PublicKey {
	a, _, err := solana.FindAssociatedTokenAddress(owner, mint)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// Deposit sends a deposit transaction built by BuildDeposit, or by hand with the given memo when memo is
// not nil, and returns its signature once finalized.
func (g *Gateway) Deposit(t testing.TB, user solana.PrivateKey, v solgateway.Vault, amount uint64, to common.Address, memo *string) solana.Signature {
	t.Helper()
	bh, err := g.C.GetLatestBlockhash(Ctx(t), rpc.CommitmentConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	var tx *solana.Transaction
	if memo == nil {
		tx, err = solgateway.BuildDeposit(solgateway.DepositRequest{Vault: v, Owner: user.PublicKey(), Amount: amount, Recipient: to}, bh.Value.Blockhash)
	} else {
		ixs := []solana.Instruction{token.NewTransferCheckedInstruction(amount, v.Decimals, ATA(t, user.PublicKey(), v.Mint), v.Mint, v.Account, user.PublicKey(), nil).Build()}
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
	sig, err := solgateway.SubmitAndWait(Ctx(t), g.C, tx, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatalf("deposit: %v", err)
	}
	return sig
}

// Parse fetches a finalized transaction as a watcher does and parses it.
func (g *Gateway) Parse(t testing.TB, sig solana.Signature) solgateway.Parsed {
	t.Helper()
	v0 := uint64(0)
	res, err := g.C.GetTransaction(Ctx(t), sig, &rpc.GetTransactionOpts{Encoding: solana.EncodingBase64, Commitment: rpc.CommitmentFinalized, MaxSupportedTransactionVersion: &v0})
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
	p, err := solgateway.Parse(g.D, res.Slot, bt, tx, res.Meta)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Unattributed) != 0 {
		t.Fatalf("unattributed vault changes in %s: %+v", sig, p.Unattributed)
	}
	return p
}

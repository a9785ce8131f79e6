package devnet_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/gagliardetto/solana-go"
	associatedtokenaccount "github.com/gagliardetto/solana-go/programs/associated-token-account"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// TestSolanaRefundResumes checks a refund that cannot be paid when it is due: the deposit's source account is
// closed, so the signed refund is refused. The bridge keeps it (same bytes, same nonce) across a restart
// without paying anything, and once the account exists again the refund lands exactly once; both conservation
// invariants hold after every step.
func TestSolanaRefundResumes(t *testing.T) {
	w := startSolWorld(t)
	d := w.info.Deployment
	b := w.bridge("main", nil)
	w.toSolana(oracle.SolanaMintGRID, gridWei(20))
	w.until(b, "GRID on Solana", func() bool { return w.solBalance(d.GRID.Mint) == 20e9 })
	w.conserved("GRID to Solana")
	w.usdcConserved("GRID to Solana")

	// All of it back with a malformed memo, then the source account closed.
	memo := "to nobody"
	key := w.deposit(d.GRID, 20e9, &memo)
	ata := w.ata(d.GRID.Mint)
	if _, err := solgateway.SendAndWait(w.ctx, w.sol, []solana.Instruction{
		token.NewCloseAccountInstruction(ata, w.wallet.PublicKey(), w.wallet.PublicKey(), nil).Build(),
	}, w.wallet, nil, rpc.CommitmentFinalized); err != nil {
		t.Fatalf("close the source account: %v", err)
	}
	id, _ := key.ID()
	store := w.n.SolanaMirror()
	bs := w.bridgeStore("main")
	w.until(b, "the refund signed and refused", func() bool {
		it, ok, err := bs.Get(w.ctx, id.Hex())
		return err == nil && ok && it.State == bridge.StateSolanaSent && it.LastError != ""
	})
	it, _, _ := bs.Get(w.ctx, id.Hex())
	t.Logf("refund held: %s", strings.SplitN(it.LastError, "\n", 2)[0])
	for range 5 {
		_ = b.Pass(w.ctx)
	}
	if again, _, _ := bs.Get(w.ctx, id.Hex()); again.SolanaSig != it.SolanaSig || again.SolanaNonce != it.SolanaNonce {
		t.Fatalf("the held refund was rebuilt (%s -> %s) while its nonce stood", it.SolanaSig, again.SolanaSig)
	}
	// In flight: the refunded GRID is back in the vault and still counted locked until the refund lands.
	vault, err := solgateway.TokenBalance(w.ctx, w.sol, d.GRID.Account, rpc.CommitmentFinalized)
	if err != nil {
		t.Fatal(err)
	}
	bal, err := w.gw.Balances(w.ctx)
	if err != nil {
		t.Fatal(err)
	}
	outside := new(big.Int).Mul(new(big.Int).SetUint64(d.GRIDSupply-vault+20e9), big.NewInt(1e9))
	if outside.Cmp(bal.Locked) != 0 {
		t.Fatalf("refund held: GRID outside the vault plus the refund in flight %s wei, locked %s", outside, bal.Locked)
	}
	w.usdcConserved("refund held")

	// A restart: a new bridge over the same store. The account comes back; the same refund lands, once.
	b.Close()
	b = w.bridge("main", nil)
	if _, err := solgateway.SendAndWait(w.ctx, w.sol, []solana.Instruction{
		associatedtokenaccount.NewCreateInstruction(w.wallet.PublicKey(), w.wallet.PublicKey(), d.GRID.Mint).Build(),
	}, w.wallet, nil, rpc.CommitmentFinalized); err != nil {
		t.Fatalf("re-create the source account: %v", err)
	}
	w.until(b, "refunded after the restart", func() bool { return w.solBalance(d.GRID.Mint) == 20e9 })
	for range 10 {
		_ = b.Pass(w.ctx)
	}
	if got := w.solBalance(d.GRID.Mint); got != 20e9 {
		t.Fatalf("refunded %d, want 20e9 once", got)
	}
	final, _, _ := bs.Get(w.ctx, id.Hex())
	if final.State != bridge.StateRefunded || final.SolanaSig != it.SolanaSig {
		t.Fatalf("refund %s in state %s, want the held %s refunded", final.SolanaSig, final.State, it.SolanaSig)
	}
	w.until(nil, "the mirror sees one refund", func() bool {
		rows, err := store.Outflows(w.ctx)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range rows {
			if r.Kind == solgateway.Refund && r.Refunds == key.String() {
				n++
			}
		}
		if n > 1 {
			t.Fatalf("%d refunds of %s", n, key)
		}
		return n == 1
	})
	w.conserved("refunded once")
	w.usdcConserved("refunded once")
}

package devnet_test

import (
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/params"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/associated-token-account"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm/svmtest"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

func gridWei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// solWorld is a devnet with its Solana side, driven pass by pass by the test's own bridges.
type solWorld struct {
	t      *testing.T
	ctx    context.Context
	n      *devnet.Node
	info   devnet.SolanaInfo
	sol    *rpc.Client
	user   devnet.Account
	conn   *protocol.Conn
	gw     *protocol.Gateway
	wallet solana.PrivateKey
	dir    string
}

func startSolWorld(t *testing.T, adjust ...func(*devnet.Config)) *solWorld {
	cfg := testConfig(t)
	cfg.Chain.BlockPeriod = 250 * time.Millisecond
	cfg.Params.Gateway.Window = time.Hour
	cfg.Params.Gateway.WindowCap = gridWei(1000)
	cfg.Params.Gateway.LargeThreshold = gridWei(300)
	cfg.Params.Gateway.LargeDelay = time.Hour
	sc := devnet.DefaultSolanaConfig()
	sc.Node = svmtest.Config()
	sc.DeploymentFile = filepath.Join(t.TempDir(), "devnet-solana.json")
	sc.Bridge, sc.FinalityDepth, sc.Poll = false, 1, 50*time.Millisecond
	cfg.Solana = &sc
	for _, a := range adjust {
		a(&cfg)
	}
	n, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	t.Cleanup(cancel)
	if err := n.Start(ctx); err != nil {
		if (errors.Is(err, svm.ErrNoNode) || errors.Is(err, svm.ErrNoLiteSVM)) && os.Getenv("IDLEGRID_REQUIRE_SVM") != "1" {
			t.Skipf("the local Solana node cannot run here: %v", err)
		}
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	info, ok := n.SolanaInfo()
	if !ok {
		t.Fatal("no Solana side")
	}
	if f, err := solgateway.LoadDeploymentFile(sc.DeploymentFile); err != nil || f.Multisig != info.Deployment.Multisig || f.RPC != info.URL || f.Mirror == "" {
		t.Fatalf("solana deployment file: %v %+v", err, f)
	}
	w := &solWorld{t: t, ctx: ctx, n: n, info: info, sol: rpc.New(info.URL), user: n.Accounts()[1], dir: t.TempDir()}
	client, err := n.Chain().Client()
	if err != nil {
		t.Fatal(err)
	}
	w.conn = protocol.NewConn(client, n.Info().Deployment, newSubmitter(t, client, w.user))
	w.gw = protocol.NewGateway(w.conn)
	w.wallet = svmtest.Fund(t, w.sol, 10*solana.LAMPORTS_PER_SOL)
	return w
}

func (w *solWorld) bridge(name string, adjust func(*bridge.Config, *bridge.Deps)) *bridge.Bridge {
	b, err := w.n.SolanaBridge(w.ctx, filepath.Join(w.dir, name+".db"), adjust)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// bridgeStore opens the store of the bridge called name (beside its bridge's own handle: SQLite serialises).
func (w *solWorld) bridgeStore(name string) *bridgestore.DB {
	s, err := bridgestore.Open(w.ctx, filepath.Join(w.dir, name+".db"))
	if err != nil {
		w.t.Fatal(err)
	}
	w.t.Cleanup(func() { s.Close() })
	return s
}

// until runs bridge passes until cond holds.
func (w *solWorld) until(b *bridge.Bridge, what string, cond func() bool) {
	w.t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	var last error
	for time.Now().Before(deadline) {
		if b != nil {
			last = b.Pass(w.ctx)
		}
		if cond() {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	w.t.Fatalf("%s: not reached (last pass: %v)", what, last)
}

func (w *solWorld) ata(mint solana.PublicKey) solana.PublicKey {
	a, _, err := solana.FindAssociatedTokenAddress(w.wallet.PublicKey(), mint)
	if err != nil {
		w.t.Fatal(err)
	}
	return a
}

func (w *solWorld) solBalance(mint solana.PublicKey) uint64 {
	b, err := solgateway.TokenBalance(w.ctx, w.sol, w.ata(mint), rpc.CommitmentFinalized)
	if errors.Is(err, solgateway.ErrNotFound) {
		return 0
	}
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

func (w *solWorld) gridBalance() *big.Int {
	b, err := protocol.NewTokens(w.conn).Balance(w.ctx, oracle.PayGRID, w.user.Address)
	if err != nil {
		w.t.Fatal(err)
	}
	return b
}

// conserved checks the gateway's invariant with no transfer in flight: GRID outside the Solana vault (the
// supply minus the vault) equals the GRID locked on Arbitrum, unit for unit (10^9 wei per Solana unit).
func (w *solWorld) conserved(step string) {
	w.t.Helper()
	d := w.info.Deployment
	vault, err := solgateway.TokenBalance(w.ctx, w.sol, d.GRID.Account, rpc.CommitmentFinalized)
	if err != nil {
		w.t.Fatal(err)
	}
	b, err := w.gw.Balances(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	outside := new(big.Int).Mul(new(big.Int).SetUint64(d.GRIDSupply-vault), big.NewInt(1e9))
	if outside.Cmp(b.Locked) != 0 {
		w.t.Fatalf("%s: GRID outside the Solana vault %s wei, locked on Arbitrum %s", step, outside, b.Locked)
	}
	w.t.Logf("%s: conserved (%s GRID wei outside the vault = locked)", step, outside)
}

// usdcConserved checks the swap pool's accounting with no transfer in flight: the USDC in the Solana vault
// equals the gateway's usdcLiquidity (USDC deposits swapped in, less USDC paid out to Solana), raw unit for
// raw unit.
func (w *solWorld) usdcConserved(step string) {
	w.t.Helper()
	vault, err := solgateway.TokenBalance(w.ctx, w.sol, w.info.Deployment.USDC.Account, rpc.CommitmentFinalized)
	if err != nil {
		w.t.Fatal(err)
	}
	b, err := w.gw.Balances(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	if b.USDCLiquidity.Cmp(new(big.Int).SetUint64(vault)) != 0 {
		w.t.Fatalf("%s: USDC in the Solana vault %d, the gateway's USDC liquidity %s", step, vault, b.USDCLiquidity)
	}
	w.t.Logf("%s: USDC conserved (%d raw in the vault = liquidity)", step, vault)
}

func (w *solWorld) toSolana(mint oracle.SolanaMint, grid *big.Int) protocol.Bridged {
	w.t.Helper()
	r, err := w.gw.BridgeToSolana(w.ctx, protocol.BridgeRequest{Mint: mint, GridAmount: grid, Recipient: [32]byte(w.wallet.PublicKey())})
	if err != nil {
		w.t.Fatalf("bridge to Solana: %v", err)
	}
	return r
}

// deposit sends amount of v to the vault with memo (the user's Arbitrum address when memo is nil).
func (w *solWorld) deposit(v solgateway.Vault, amount uint64, memo *string) solgateway.DepositKey {
	w.t.Helper()
	bh, err := w.sol.GetLatestBlockhash(w.ctx, rpc.CommitmentConfirmed)
	if err != nil {
		w.t.Fatal(err)
	}
	var tx *solana.Transaction
	if memo == nil {
		tx, err = solgateway.BuildDeposit(solgateway.DepositRequest{Vault: v, Owner: w.wallet.PublicKey(), Amount: amount, Recipient: w.user.Address}, bh.Value.Blockhash)
	} else {
		tx, err = solana.NewTransaction([]solana.Instruction{
			token.NewTransferCheckedInstruction(amount, v.Decimals, w.ata(v.Mint), v.Mint, v.Account, w.wallet.PublicKey(), nil).Build(),
			solgateway.MemoInstruction(*memo),
		}, bh.Value.Blockhash, solana.TransactionPayer(w.wallet.PublicKey()))
	}
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := tx.Sign(func(solana.PublicKey) *solana.PrivateKey { return &w.wallet }); err != nil {
		w.t.Fatal(err)
	}
	sig, err := solgateway.SubmitAndWait(w.ctx, w.sol, tx, rpc.CommitmentFinalized)
	if err != nil {
		w.t.Fatalf("deposit: %v", err)
	}
	return solgateway.DepositKey{Cluster: w.info.Deployment.Cluster, Signature: sig, Index: 0}
}

// mintUSDC gives the user dev USDC (the set-up payer is the dev mint's authority).
func (w *solWorld) mintUSDC(amount uint64) {
	w.t.Helper()
	v := w.info.Deployment.USDC
	payer := w.info.Payer
	ixs := []solana.Instruction{
		associatedtokenaccount.NewCreateInstruction(payer.PublicKey(), w.wallet.PublicKey(), v.Mint).Build(),
		token.NewMintToInstruction(amount, v.Mint, w.ata(v.Mint), payer.PublicKey(), nil).Build(),
	}
	if w.solBalance(v.Mint) > 0 {
		ixs = ixs[1:]
	}
	if _, err := solgateway.SendAndWait(w.ctx, w.sol, ixs, payer, nil, rpc.CommitmentFinalized); err != nil {
		w.t.Fatalf("mint USDC: %v", err)
	}
}

func (w *solWorld) depositEvent(key solgateway.DepositKey, name string) protocol.GatewayEvent {
	w.t.Helper()
	id, err := key.ID()
	if err != nil {
		w.t.Fatal(err)
	}
	head, err := w.gw.Head(w.ctx)
	if err != nil {
		w.t.Fatal(err)
	}
	evs, err := w.gw.Events(w.ctx, 0, head)
	if err != nil {
		w.t.Fatal(err)
	}
	for _, e := range evs {
		if e.DepositID == id && e.Name == name {
			return e
		}
	}
	w.t.Fatalf("no %s for deposit %s", name, key)
	return protocol.GatewayEvent{}
}

// TestSolanaBridge runs the gateway end to end on a devnet with its Solana side: GRID and USDC both ways with
// the conservation invariant after every step, a malformed memo refunded, a deposit above the cap refunded, a
// large one delayed and cranked, a replayed deposit refused, fewer than k inspectors unable to move anything,
// a bridge that dies right after sending (on either chain) resumed by a new one without doubling, and a transfer
// to Solana the vault cannot pay returned on Arbitrum.
func TestSolanaBridge(t *testing.T) {
	w := startSolWorld(t)
	d := w.info.Deployment
	b := w.bridge("main", nil)
	w.conserved("start")

	// GRID to Solana: 100 GRID locked on Arbitrum, 100 GRID (raw 100e9) released from the vault.
	before := w.gridBalance()
	out := w.toSolana(oracle.SolanaMintGRID, gridWei(100))
	if out.SolanaAmount != 100e9 {
		t.Fatalf("outbound solana amount %d", out.SolanaAmount)
	}
	w.until(b, "GRID released on Solana", func() bool { return w.solBalance(d.GRID.Mint) == 100e9 })
	if got := new(big.Int).Sub(before, w.gridBalance()); got.Cmp(gridWei(100)) != 0 {
		t.Fatalf("GRID taken on Arbitrum: %s", got)
	}
	w.conserved("GRID to Solana")
	w.usdcConserved("GRID to Solana")

	// GRID to Arbitrum: 40 GRID back.
	before = w.gridBalance()
	gridKey := w.deposit(d.GRID, 40e9, nil)
	w.until(b, "GRID released on Arbitrum", func() bool { return new(big.Int).Sub(w.gridBalance(), before).Cmp(gridWei(40)) == 0 })
	if w.solBalance(d.GRID.Mint) != 60e9 {
		t.Fatalf("Solana GRID after the deposit: %d", w.solBalance(d.GRID.Mint))
	}
	w.conserved("GRID to Arbitrum")
	w.usdcConserved("GRID to Arbitrum")

	// USDC to Arbitrum: 20 USDC at $0.50 is 40 GRID, less the 0.5% fee: 39.8 GRID from the reserve.
	w.mintUSDC(1000e6)
	before = w.gridBalance()
	w.deposit(d.USDC, 20e6, nil)
	want := new(big.Int).Sub(gridWei(40), new(big.Int).Div(gridWei(2), big.NewInt(10)))
	w.until(b, "USDC swapped to GRID on Arbitrum", func() bool { return new(big.Int).Sub(w.gridBalance(), before).Cmp(want) == 0 })
	w.conserved("USDC to Arbitrum")
	w.usdcConserved("USDC to Arbitrum")

	// USDC to Solana: 10 GRID to USDC paid from the vault (20 USDC of liquidity).
	usdcBefore := w.solBalance(d.USDC.Mint)
	out = w.toSolana(oracle.SolanaMintUSDC, gridWei(10))
	if out.SolanaAmount == 0 || out.SolanaAmount > 5e6 {
		t.Fatalf("USDC outbound amount %d", out.SolanaAmount)
	}
	w.until(b, "USDC released on Solana", func() bool { return w.solBalance(d.USDC.Mint) == usdcBefore+out.SolanaAmount })
	w.conserved("USDC to Solana")
	w.usdcConserved("USDC to Solana")

	t.Run("replayed deposit refused", func(t *testing.T) {
		// On chain: the same deposit attested again is refused by the quorum.
		id, _ := gridKey.ID()
		rel := oracle.SolanaDepositRelease{DepositID: id, Mint: oracle.SolanaMintGRID, Amount: 40e9, Recipient: w.user.Address}
		var signers []oracle.DigestSigner
		for _, a := range w.n.Accounts()[2:] {
			signers = append(signers, keys.NewSigner(a.Key))
		}
		_, sigs, err := protocol.NewQuorum(w.conn).Attest(w.ctx, w.gw.Address(), id, rel, signers)
		if err != nil {
			t.Fatal(err)
		}
		key := protocol.SolanaDepositKey{Cluster: gridKey.Cluster, Signature: gridKey.Signature, Index: gridKey.Index}
		if _, err := w.gw.ReleaseDeposit(w.ctx, key, rel, sigs); !chain.IsRevert(err, "AttestationAlreadyConsumed") {
			t.Fatalf("replayed release: %v", err)
		}
		// A bridge with an empty store sees every deposit again and pays none twice.
		before := w.gridBalance()
		fresh := w.bridge("fresh", nil)
		if err := fresh.Pass(w.ctx); err != nil {
			t.Fatal(err)
		}
		if got := w.gridBalance(); got.Cmp(before) != 0 {
			t.Fatalf("a fresh bridge paid again: %s -> %s", before, got)
		}
		w.conserved("replay")
	})

	t.Run("malformed memo refunded", func(t *testing.T) {
		memo := "pay 0xnobody"
		before := w.solBalance(d.GRID.Mint)
		key := w.deposit(d.GRID, 5e9, &memo)
		if w.solBalance(d.GRID.Mint) != before-5e9 {
			t.Fatal("deposit did not leave the wallet")
		}
		w.until(b, "refunded", func() bool { return w.solBalance(d.GRID.Mint) == before })
		if e := w.depositEvent(key, protocol.EventDepositRefundRecorded); e.Reason != uint8(oracle.RefundMalformedMemo) || e.SolanaAmount != 5e9 {
			t.Fatalf("refund record %+v", e)
		}
		w.conserved("malformed memo")
	})

	t.Run("above the cap refunded", func(t *testing.T) {
		before := w.solBalance(d.USDC.Mint)
		key := w.deposit(d.USDC, 600e6, nil) // 1,194 GRID > the 1,000 GRID cap
		w.until(b, "refunded", func() bool { return w.solBalance(d.USDC.Mint) == before })
		if e := w.depositEvent(key, protocol.EventDepositRefundRecorded); e.Reason != uint8(oracle.RefundAboveCap) {
			t.Fatalf("refund record %+v", e)
		}
		w.conserved("above the cap")
	})

	t.Run("vault short: returned on Arbitrum", func(t *testing.T) {
		// The multisig (k inspectors' keys) moves the vault's USDC away, as only a compromised quorum could;
		// a USDC transfer to Solana then cannot be paid and the bridge returns its GRID to the sender.
		vaultUSDC, err := solgateway.TokenBalance(w.ctx, w.sol, d.USDC.Account, rpc.CommitmentFinalized)
		if err != nil {
			t.Fatal(err)
		}
		w.drain(d.USDC, vaultUSDC)
		before := w.gridBalance()
		out := w.toSolana(oracle.SolanaMintUSDC, gridWei(10))
		w.until(b, "returned", func() bool {
			o, err := w.gw.Outbound(w.ctx, out.ID)
			return err == nil && o.Status == protocol.OutboundReturned
		})
		if got := w.gridBalance(); got.Cmp(before) != 0 {
			t.Fatalf("GRID after the return %s, before the transfer %s", got, before)
		}
		head, _ := w.gw.Head(w.ctx)
		evs, _ := w.gw.Events(w.ctx, 0, head)
		returned := false
		for _, e := range evs {
			returned = returned || (e.Name == protocol.EventOutboundReturned && e.OutboundID == out.ID && e.Reason == uint8(oracle.ReturnVaultShort))
		}
		if !returned {
			t.Fatal("no OutboundReturned with reason VaultShort")
		}
		w.conserved("return")
	})

	t.Run("release refused at preflight: nonce advanced, returned", func(t *testing.T) {
		// The vault is emptied after the bridge checked it and signed the release, before it is sent: the node
		// refuses the release at preflight, and the bridge advances its nonce (so the signed bytes can never
		// land) and returns the transfer.
		// The deposit is swapped to GRID (39.8 GRID) by the running bridge; wait for that payout too, or it lands
		// inside the balance comparison below.
		pre := w.gridBalance()
		w.deposit(d.USDC, 20e6, nil)
		swapped := new(big.Int).Sub(gridWei(40), new(big.Int).Div(gridWei(2), big.NewInt(10)))
		w.until(b, "USDC in and swapped", func() bool {
			v, err := solgateway.TokenBalance(w.ctx, w.sol, d.USDC.Account, rpc.CommitmentFinalized)
			return err == nil && v >= 20e6 && new(big.Int).Sub(w.gridBalance(), pre).Cmp(swapped) == 0
		})
		var sent *solana.Transaction
		racing := w.bridge("racing", func(c *bridge.Config, deps *bridge.Deps) {
			deps.Solana = &drainingSolana{Client: deps.Solana, before: func(tx *solana.Transaction) {
				if sent == nil {
					sent = tx
					v, err := solgateway.TokenBalance(w.ctx, w.sol, d.USDC.Account, rpc.CommitmentFinalized)
					if err != nil {
						t.Fatal(err)
					}
					w.drain(d.USDC, v)
				}
			}}
		})
		before := w.gridBalance()
		out := w.toSolana(oracle.SolanaMintUSDC, gridWei(10))
		w.until(racing, "returned", func() bool {
			o, err := w.gw.Outbound(w.ctx, out.ID)
			return err == nil && o.Status == protocol.OutboundReturned
		})
		if sent == nil {
			t.Fatal("the release was never sent")
		}
		if got := w.gridBalance(); got.Cmp(before) != 0 {
			t.Fatalf("GRID after the return %s, before the transfer %s", got, before)
		}
		nonce, _ := d.NonceOf(w.info.Keys[0].PublicKey())
		ns, err := solgateway.FetchNonce(w.ctx, w.sol, nonce.Address, rpc.CommitmentFinalized)
		if err != nil || ns.Value == sent.Message.RecentBlockhash {
			t.Fatalf("the proposer's nonce was not advanced before the return (%v)", err)
		}
		if _, err := w.sol.SendTransactionWithOpts(w.ctx, sent, rpc.TransactionOpts{SkipPreflight: true}); err == nil {
			time.Sleep(500 * time.Millisecond)
			st, err := w.sol.GetSignatureStatuses(w.ctx, true, sent.Signatures[0])
			if err != nil || (st.Value[0] != nil && st.Value[0].Err == nil) {
				t.Fatalf("the returned transfer's signed release landed after all: %+v %v", st.Value[0], err)
			}
		}
		w.conserved("preflight")
	})

	t.Run("large release delayed then cranked", func(t *testing.T) {
		before := w.gridBalance()
		key := w.deposit(d.USDC, 200e6, nil) // 398 GRID > the 300 GRID threshold: waits an hour
		w.until(b, "queued", func() bool {
			id, _ := key.ID()
			q, err := w.gw.QueuedRelease(w.ctx, id)
			return err == nil && q.Pending()
		})
		for range 3 {
			if err := b.Pass(w.ctx); err != nil {
				t.Fatal(err)
			}
		}
		if w.gridBalance().Cmp(before) != 0 {
			t.Fatal("a delayed release was paid early")
		}
		if err := w.n.Chain().AdjustTime(time.Hour + time.Minute); err != nil {
			t.Fatal(err)
		}
		w.until(b, "cranked", func() bool { return w.gridBalance().Cmp(before) > 0 })
		w.depositEvent(key, protocol.EventQueuedReleaseCompleted)
		w.conserved("delay")
	})

	t.Run("fewer than k inspectors cannot move funds", func(t *testing.T) {
		one := w.bridge("one-inspector", func(c *bridge.Config, deps *bridge.Deps) {
			la := deps.Attester.(bridge.LocalAttester)
			la.Signers = la.Signers[:1]
			deps.Attester = la
			deps.SolanaKeys = deps.SolanaKeys[:1]
		})
		beforeArb, beforeSol := w.gridBalance(), w.solBalance(d.GRID.Mint)
		key := w.deposit(d.GRID, 3e9, nil)
		w.toSolana(oracle.SolanaMintGRID, gridWei(11))
		for range 10 {
			one.Pass(w.ctx)
			time.Sleep(100 * time.Millisecond)
		}
		id, _ := key.ID()
		if decided, err := w.gw.Decided(w.ctx, id); err != nil || decided {
			t.Fatalf("one inspector decided a deposit: %v %v", decided, err)
		}
		if w.gridBalance().Cmp(new(big.Int).Sub(beforeArb, gridWei(11))) != 0 {
			t.Fatalf("Arbitrum GRID moved: %s -> %s", beforeArb, w.gridBalance())
		}
		if got := w.solBalance(d.GRID.Mint); got != beforeSol-3e9 {
			t.Fatalf("one inspector moved Solana GRID: %d -> %d", beforeSol, got)
		}
		// The full set serves both.
		w.until(b, "served by k", func() bool {
			return w.solBalance(d.GRID.Mint) == beforeSol-3e9+11e9 && w.gridBalance().Cmp(new(big.Int).Sub(beforeArb, gridWei(8))) == 0
		})
		w.conserved("k of n")
	})

	t.Run("killed after sending doubles nothing", func(t *testing.T) {
		// The bridge dies right after each send (the transaction went out, the bridge never learns it): a
		// new bridge on the same store finishes the work, and every amount arrives once.
		var solKills, arbKills atomic.Int32
		dying := w.bridge("dying", func(c *bridge.Config, deps *bridge.Deps) {
			deps.Solana = dyingSolana{Client: deps.Solana, kills: &solKills}
			deps.Arbitrum = dyingArbitrum{Arbitrum: deps.Arbitrum, kills: &arbKills}
		})
		beforeArb, beforeSol := w.gridBalance(), w.solBalance(d.GRID.Mint)
		w.deposit(d.GRID, 7e9, nil)
		w.toSolana(oracle.SolanaMintGRID, gridWei(12))
		w.until(dying, "both sent", func() bool { return solKills.Load() >= 1 && arbKills.Load() >= 1 })
		dying.Close()
		restarted, err := w.n.SolanaBridge(w.ctx, filepath.Join(w.dir, "dying.db"), nil)
		if err != nil {
			t.Fatal(err)
		}
		w.until(restarted, "finished", func() bool {
			return w.solBalance(d.GRID.Mint) == beforeSol-7e9+12e9 && w.gridBalance().Cmp(new(big.Int).Sub(beforeArb, gridWei(5))) == 0
		})
		for range 5 {
			if err := restarted.Pass(w.ctx); err != nil {
				t.Fatal(err)
			}
			if err := b.Pass(w.ctx); err != nil {
				t.Fatal(err)
			}
		}
		if got, want := w.solBalance(d.GRID.Mint), beforeSol-7e9+12e9; got != want {
			t.Fatalf("Solana GRID %d, want %d", got, want)
		}
		if got, want := w.gridBalance(), new(big.Int).Sub(beforeArb, gridWei(5)); got.Cmp(want) != 0 {
			t.Fatalf("Arbitrum GRID %s, want %s", got, want)
		}
		w.conserved("after the kill")
	})

}

// drain moves amount out of vault v with k inspectors' signatures to a fresh wallet (memo: a release of no
// Arbitrum transfer).
func (w *solWorld) drain(v solgateway.Vault, amount uint64) {
	w.t.Helper()
	d := w.info.Deployment
	// The last k inspectors sign, the last but k-1 proposes: not the bridge's proposer (the first), whose nonce
	// its own proposals use.
	keys := w.info.Keys[len(w.info.Keys)-int(d.Threshold):]
	nonce, _ := d.NonceOf(keys[0].PublicKey())
	ns, err := solgateway.FetchNonce(w.ctx, w.sol, nonce.Address, rpc.CommitmentProcessed)
	if err != nil {
		w.t.Fatal(err)
	}
	sink, _ := solana.NewRandomPrivateKey()
	o := solgateway.Outflow{Kind: solgateway.Release, Vault: v, DestinationOwner: sink.PublicKey(), Amount: amount, Reference: "test-drain", Proposer: keys[0].PublicKey()}
	for _, k := range keys {
		o.Signers = append(o.Signers, k.PublicKey())
	}
	prop, err := solgateway.BuildOutflow(d, o, ns.Value)
	if err != nil {
		w.t.Fatal(err)
	}
	var parts []solgateway.PartialSignature
	for _, k := range keys {
		p, err := solgateway.CoSign(d, prop.Message, k, func(solgateway.Outflow) error { return nil })
		if err != nil {
			w.t.Fatal(err)
		}
		parts = append(parts, p)
	}
	tx, err := solgateway.Assemble(prop.Message, parts)
	if err != nil {
		w.t.Fatal(err)
	}
	if _, err := solgateway.SubmitAndWait(w.ctx, w.sol, tx, rpc.CommitmentFinalized); err != nil {
		w.t.Fatal(err)
	}
}

var errKilled = errors.New("killed right after sending")

// drainingSolana runs before on each transaction just before sending it.
type drainingSolana struct {
	solgateway.Client
	before func(*solana.Transaction)
}

func (d *drainingSolana) SendTransactionWithOpts(ctx context.Context, tx *solana.Transaction, opts rpc.TransactionOpts) (solana.Signature, error) {
	d.before(tx)
	return d.Client.SendTransactionWithOpts(ctx, tx, opts)
}

// dyingSolana sends for real, then fails as if the process died before hearing back (first send only).
type dyingSolana struct {
	solgateway.Client
	kills *atomic.Int32
}

func (d dyingSolana) SendTransactionWithOpts(ctx context.Context, tx *solana.Transaction, opts rpc.TransactionOpts) (solana.Signature, error) {
	sig, err := d.Client.SendTransactionWithOpts(ctx, tx, opts)
	if err == nil && d.kills.Add(1) == 1 {
		return sig, errKilled
	}
	return sig, err
}

// dyingArbitrum sends the release for real, then fails the same way (first release only).
type dyingArbitrum struct {
	bridge.Arbitrum
	kills *atomic.Int32
}

func (d dyingArbitrum) ReleaseDeposit(ctx context.Context, key protocol.SolanaDepositKey, p oracle.SolanaDepositRelease, signatures []byte) (protocol.Release, error) {
	r, err := d.Arbitrum.ReleaseDeposit(ctx, key, p, signatures)
	if err == nil && d.kills.Add(1) == 1 {
		return protocol.Release{}, errKilled
	}
	return r, err
}

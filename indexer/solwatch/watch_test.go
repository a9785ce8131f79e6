package solwatch_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/token"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm/svmtest"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
	"github.com/idlegrid/idlegrid/oracle/solgateway/gatewaytest"
)

// TestMain doubles as the watcher process the kill -9 test starts and kills.
func TestMain(m *testing.M) {
	if os.Getenv("SOLWATCH_CHILD") == "1" {
		if err := runChild(); err != nil {
			fmt.Fprintln(os.Stderr, "solwatch child:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// runChild follows the vaults one transaction per store transaction, as fast as it can, until killed.
func runChild() error {
	var d solgateway.Deployment
	if err := json.Unmarshal([]byte(os.Getenv("SOLWATCH_DEPLOYMENT")), &d); err != nil {
		return err
	}
	ctx := context.Background()
	store, err := solstore.Open(ctx, os.Getenv("SOLWATCH_DB"))
	if err != nil {
		return err
	}
	cfg := solwatch.DefaultConfig(d)
	cfg.PageSize, cfg.BatchSize, cfg.PollInterval = 7, 1, 5*time.Millisecond
	w, err := solwatch.New(cfg, rpc.New(os.Getenv("SOLWATCH_URL")), store, zerolog.Nop())
	if err != nil {
		return err
	}
	if err := w.CheckCluster(ctx); err != nil {
		return err
	}
	for {
		if _, err := w.Sync(ctx); err != nil {
			return err
		}
		time.Sleep(cfg.PollInterval)
	}
}

// expectedRow is one row the store must hold for a transaction.
type expectedRow struct {
	kind   string // deposit, release, refund
	symbol string
	amount uint64
}

// history is what the test did to the vaults, by signature.
type history map[solana.Signature][]expectedRow

// storeRows reads the store's rows by signature.
func storeRows(t *testing.T, ctx context.Context, s *solstore.DB) history {
	t.Helper()
	h := history{}
	deps, err := s.Deposits(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range deps {
		h[d.Key.Signature] = append(h[d.Key.Signature], expectedRow{"deposit", d.Symbol, d.Amount})
	}
	outs, err := s.Outflows(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, o := range outs {
		h[o.Key.Signature] = append(h[o.Key.Signature], expectedRow{string(o.Kind), o.Symbol, o.Amount})
	}
	return h
}

// vaultSignatures lists a vault's finalized signatures, oldest first, from the node.
func vaultSignatures(t *testing.T, c *rpc.Client, vault solana.PublicKey) []solana.Signature {
	t.Helper()
	var out []solana.Signature
	var before solana.Signature
	for {
		limit := 1000
		page, err := c.GetSignaturesForAddressWithOpts(gatewaytest.Ctx(t), vault, &rpc.GetSignaturesForAddressOpts{Limit: &limit, Before: before, Commitment: rpc.CommitmentFinalized})
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range page {
			out = append(out, s.Signature)
		}
		if len(page) < limit {
			break
		}
		before = page[len(page)-1].Signature
	}
	slices.Reverse(out)
	return out
}

// TestWatcherSurvivesKill9 runs the watcher as a separate process and kills it with SIGKILL at moments that
// move through the whole backlog, restarting it each time on the same database, until it has caught up.
// After every kill the store must hold exactly the rows of the transactions up to each vault's cursor: no
// row lost, none doubled, none ahead of its cursor.
func TestWatcherSurvivesKill9(t *testing.T) {
	g := gatewaytest.Deploy(t, 3, 2)
	ctx := gatewaytest.Ctx(t)
	want := history{}
	alice, bob := svmtest.Fund(t, g.C, gatewaytest.SOL), svmtest.Fund(t, g.C, gatewaytest.SOL)
	sig := g.Outflow(t, solgateway.Release, g.D.GRID, alice.PublicKey(), 10_000*gatewaytest.SOL, "arb:1:1", 0, 1)
	want[sig] = []expectedRow{{"release", "GRID", 10_000 * gatewaytest.SOL}}

	bobUSDC := gatewaytest.ATA(t, bob.PublicKey(), g.D.USDC.Mint)
	fund := []solana.Instruction{
		solana.NewInstruction(solana.SPLAssociatedTokenAccountProgramID, solana.AccountMetaSlice{
			solana.Meta(g.Payer.PublicKey()).WRITE().SIGNER(), solana.Meta(bobUSDC).WRITE(), solana.Meta(bob.PublicKey()), solana.Meta(g.D.USDC.Mint),
			solana.Meta(solana.SystemProgramID), solana.Meta(token.ProgramID)}, []byte{1}),
		token.NewMintToCheckedInstruction(1_000_000_000, g.D.USDC.Decimals, g.D.USDC.Mint, bobUSDC, g.Payer.PublicKey(), nil).Build(),
	}
	if _, err := solgateway.SendAndWait(ctx, g.C, fund, g.Payer, nil, rpc.CommitmentFinalized); err != nil {
		t.Fatal(err)
	}

	// A backlog of deposits, sent without waiting for each: GRID with good and bad memos, USDC.
	recipient := common.HexToAddress("0x00000000000000000000000000000000000b0b00")
	var malformed []solana.Signature
	var last solana.Signature
	for i := range 45 {
		user, v, amount := alice, g.D.GRID, uint64(i+1)*gatewaytest.SOL
		if i%3 == 2 {
			user, v, amount = bob, g.D.USDC, uint64(i+1)*1_000
		}
		bh, err := g.C.GetLatestBlockhash(ctx, rpc.CommitmentConfirmed)
		if err != nil {
			t.Fatal(err)
		}
		tx, err := solgateway.BuildDeposit(solgateway.DepositRequest{Vault: v, Owner: user.PublicKey(), Amount: amount, Recipient: recipient}, bh.Value.Blockhash)
		if err != nil {
			t.Fatal(err)
		}
		if i%5 == 4 { // a bad memo: same transfer, another memo
			tx, _ = solana.NewTransaction([]solana.Instruction{
				token.NewTransferCheckedInstruction(amount, v.Decimals, gatewaytest.ATA(t, user.PublicKey(), v.Mint), v.Mint, v.Account, user.PublicKey(), nil).Build(),
				solgateway.MemoInstruction("to bob"),
			}, bh.Value.Blockhash, solana.TransactionPayer(user.PublicKey()))
		}
		if _, err := tx.Sign(func(solana.PublicKey) *solana.PrivateKey { return &user }); err != nil {
			t.Fatal(err)
		}
		if last, err = g.C.SendTransactionWithOpts(ctx, tx, rpc.TransactionOpts{}); err != nil {
			t.Fatalf("deposit %d: %v", i, err)
		}
		want[last] = []expectedRow{{"deposit", v.Symbol, amount}}
		if i%5 == 4 {
			malformed = append(malformed, last)
		}
	}
	if err := solgateway.Wait(ctx, g.C, last, rpc.CommitmentFinalized); err != nil {
		t.Fatal(err)
	}
	// Refund two malformed deposits (one GRID, one USDC if any) and release once more, after the backlog.
	for _, m := range malformed[:2] {
		row := want[m][0]
		v, to := g.D.GRID, alice.PublicKey()
		if row.symbol == "USDC" {
			v, to = g.D.USDC, bob.PublicKey()
		}
		key := solgateway.DepositKey{Cluster: g.D.Cluster, Signature: m, Index: 0}
		s := g.Outflow(t, solgateway.Refund, v, to, row.amount, key.String(), 1, 2)
		want[s] = []expectedRow{{"refund", row.symbol, row.amount}}
	}
	s := g.Outflow(t, solgateway.Release, g.D.USDC, alice.PublicKey(), 5_000, "arb:1:2", 2, 0)
	want[s] = []expectedRow{{"release", "USDC", 5_000}}
	if _, err := g.Node.AdvanceSlots(ctx, 40); err != nil { // everything finalized
		t.Fatal(err)
	}
	order := map[solana.PublicKey][]solana.Signature{}
	for _, v := range g.D.Vaults() {
		order[v.Account] = vaultSignatures(t, g.C, v.Account)
	}
	totalRows := 0
	for _, rows := range want {
		totalRows += len(rows)
	}

	dep, _ := json.Marshal(g.D)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	kills, midway := 0, 0
	for episode := range 3 {
		db := filepath.Join(t.TempDir(), fmt.Sprintf("sol-%d.db", episode))
		delay, prev := 30*time.Millisecond, -1
		for round := 0; ; round++ {
			if round > 60 {
				t.Fatalf("episode %d: not caught up after %d restarts", episode, round)
			}
			cmd := exec.Command(exe, "-test.run=^TestWatcherSurvivesKill9$")
			cmd.Env = append(os.Environ(), "SOLWATCH_CHILD=1", "SOLWATCH_URL="+g.Node.URL, "SOLWATCH_DB="+db, "SOLWATCH_DEPLOYMENT="+string(dep))
			out := &lockedBuffer{}
			cmd.Stdout, cmd.Stderr = out, out
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(delay)
			cmd.Process.Kill() // SIGKILL
			cmd.Wait()
			kills++

			s, err := solstore.Open(ctx, db)
			if err != nil {
				t.Fatalf("reopen after kill: %v", err)
			}
			got := storeRows(t, ctx, s)
			// Exactly the rows of the transactions up to each vault's cursor.
			expect := history{}
			for _, v := range g.D.Vaults() {
				cur, err := s.Cursor(ctx, v.Account)
				if err != nil {
					t.Fatal(err)
				}
				if cur.Signature.IsZero() {
					continue
				}
				k := slices.Index(order[v.Account], cur.Signature)
				if k < 0 {
					t.Fatalf("cursor of %s at %s, not one of its signatures", v.Symbol, cur.Signature)
				}
				for _, sig := range order[v.Account][:k+1] {
					if rows, ok := want[sig]; ok {
						expect[sig] = rows
					}
				}
			}
			s.Close()
			n := 0
			for sig, rows := range got {
				n += len(rows)
				if fmt.Sprint(rows) != fmt.Sprint(expect[sig]) {
					t.Fatalf("episode %d round %d: %s has rows %v, want %v (process output: %s)", episode, round, sig, rows, expect[sig], out)
				}
			}
			for sig, rows := range expect {
				if fmt.Sprint(got[sig]) != fmt.Sprint(rows) {
					t.Fatalf("episode %d round %d: %s lost: has %v, want %v", episode, round, sig, got[sig], rows)
				}
			}
			if n > 0 && n < totalRows {
				midway++
			}
			if n == totalRows {
				break
			}
			if n == prev { // killed before it made progress: give it longer
				delay = min(delay*2, 5*time.Second)
			}
			prev = n
		}
	}
	if midway == 0 {
		t.Fatalf("no kill landed mid-way through the backlog in %d kills: the test proved nothing", kills)
	}
	t.Logf("%d kills, %d of them mid-way through the backlog", kills, midway)

	// The caught-up store agrees with the chain.
	s2, err := solstore.Open(ctx, filepath.Join(t.TempDir(), "final.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	cfg := solwatch.DefaultConfig(g.D)
	w, err := solwatch.New(cfg, g.C, s2, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := w.CheckCluster(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := w.Sync(ctx); err != nil {
		t.Fatal(err)
	}
	tot, err := s2.Totals(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range g.D.Vaults() {
		bal := g.Balance(t, v.Account)
		start := uint64(0)
		if v.Symbol == "GRID" {
			start = g.D.GRIDSupply
		}
		if bal != start+tot.Deposited[v.Symbol]-tot.Released[v.Symbol]-tot.Refunded[v.Symbol] || tot.Unlabelled[v.Symbol] != 0 {
			t.Fatalf("%s vault holds %d; mirrored: start %d + deposited %d - released %d - refunded %d (unlabelled %d)",
				v.Symbol, bal, start, tot.Deposited[v.Symbol], tot.Released[v.Symbol], tot.Refunded[v.Symbol], tot.Unlabelled[v.Symbol])
		}
	}
	refunded, err := s2.Deposits(ctx, solstore.StateRefunded)
	if err != nil {
		t.Fatal(err)
	}
	due, _ := s2.Deposits(ctx, solstore.StateRefundDue)
	if len(refunded) != 2 || len(due) != len(malformed)-2 {
		t.Fatalf("%d refunded and %d refund due, want 2 and %d", len(refunded), len(due), len(malformed)-2)
	}
	// GRID outside the vault is what was released and refunded less what came back.
	if outside := g.D.GRIDSupply - g.Balance(t, g.D.GRID.Account); outside != tot.Released["GRID"]+tot.Refunded["GRID"]-tot.Deposited["GRID"] {
		t.Fatalf("GRID outside the vault %d, mirrored net outflow %d", outside, tot.Released["GRID"]+tot.Refunded["GRID"]-tot.Deposited["GRID"])
	}
}

// lockedBuffer collects a child process's output.
type lockedBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	return len(p), nil
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}

package sqlstore_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/node/sqlstore"
)

func mustOpen(t *testing.T, path string) *sqlstore.DB {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func ref(n uint64) follow.BlockRef {
	return follow.BlockRef{Number: n, Hash: common.BigToHash(new(big.Int).SetUint64(n * 7)), ParentHash: common.BigToHash(new(big.Int).SetUint64((n - 1) * 7)), Time: 1000 + n}
}

func opened(id, block uint64) node.LeaseEvent {
	return node.LeaseEvent{Block: block, Index: 0, Time: 1000 + block, Kind: node.EventOpened, Lease: id, GPUs: 1, Rate: big.NewInt(5),
		EndsAt: 5000, Pay: oracle.PayUSD}
}

// TestApplyRollbackRefold: events fold into leases; a rollback drops what it must and refolds, deleting a
// lease whose LeaseOpened went; the window keeps blocks from the final one up; everything survives a reopen.
func TestApplyRollbackRefold(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "node.db")
	db := mustOpen(t, path)
	if _, found, err := db.State(ctx); err != nil || found {
		t.Fatalf("empty store: found %v, %v", found, err)
	}
	if err := db.Apply(ctx, &follow.Batch{Next: 2}, nil); err == nil {
		t.Fatal("apply before init accepted")
	}
	if err := db.Init(ctx, follow.State{ChainID: 31337, Deployment: "d", StartBlock: 1, Next: 1}); err != nil {
		t.Fatal(err)
	}
	closed := node.LeaseEvent{Block: 12, Index: 3, Time: 1012, Kind: node.EventClosed, Lease: 1, Reason: oracle.CloseRenterClosed, At: 1012}
	ext := node.LeaseEvent{Block: 11, Index: 0, Time: 1011, Kind: node.EventExtended, Lease: 1, EndsAt: 9000}
	settled := node.LeaseEvent{Block: 11, Index: 1, Time: 1011, Kind: node.EventSettled, Lease: 1, At: 1011, Amount: big.NewInt(55)}
	b := &follow.Batch{Blocks: []follow.BlockRef{ref(10), ref(11), ref(12)}, Next: 13, LastHash: ref(12).Hash, Final: 10, Head: 12, HotFrom: 11}
	if err := db.Apply(ctx, b, []node.LeaseEvent{opened(1, 10), ext, settled, opened(2, 12), closed}); err != nil {
		t.Fatal(err)
	}
	l1, err := db.Lease(ctx, 1)
	if err != nil || !l1.Closed || l1.EndsAt != 9000 || l1.Settled.Int64() != 55 || l1.SettledAt != 1011 || l1.Reason != oracle.CloseRenterClosed {
		t.Fatalf("lease 1 %+v: %v", l1, err)
	}
	ls, err := db.Leases(ctx)
	if err != nil || len(ls) != 1 || ls[0].ID != 2 {
		t.Fatalf("open leases %+v: %v", ls, err)
	}
	// A reorg back to block 10: lease 2 (opened in 12) goes, lease 1 is open again with its old end.
	fork := follow.BlockRef{Number: 11, Hash: common.HexToHash("0xbeef"), ParentHash: ref(10).Hash, Time: 1011}
	if err := db.Apply(ctx, &follow.Batch{Rollback: true, Ancestor: 10, Blocks: []follow.BlockRef{fork}, Next: 12, LastHash: fork.Hash, Final: 10,
		Head: 11, HotFrom: 11}, nil); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db = mustOpen(t, path)
	if _, err := db.Lease(ctx, 2); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("lease 2 after the reorg: %v", err)
	}
	l1, err = db.Lease(ctx, 1)
	if err != nil || l1.Closed || l1.EndsAt != 5000 || l1.Settled.Sign() != 0 {
		t.Fatalf("lease 1 after the reorg %+v: %v", l1, err)
	}
	win, err := db.Window(ctx)
	if err != nil || len(win) != 2 || win[0].Number != 10 || win[1].Hash != fork.Hash {
		t.Fatalf("window %+v: %v", win, err)
	}
	st, _, err := db.State(ctx)
	if err != nil || st.Next != 12 || st.LastHash != fork.Hash {
		t.Fatalf("state %+v: %v", st, err)
	}
	// Wipe forgets the chain and its leases' workloads (another chain's lease 1 is another lease).
	if err := db.SaveWorkload(ctx, node.Workload{Lease: 1, Phase: node.PhaseRunning, GPUs: []string{"SIM-1"}}); err != nil {
		t.Fatal(err)
	}
	if err := db.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	if _, found, _ := db.State(ctx); found {
		t.Fatal("state after wipe")
	}
	if _, err := db.Workload(ctx, 1); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("workload after wipe: %v", err)
	}
}

// TestWorkloadsSpecsTxs: live workloads are listed (done ones not), a lease with a live workload is listed even
// closed, pending specs expire, the transaction journal reads back.
func TestWorkloadsSpecsTxs(t *testing.T) {
	ctx := context.Background()
	db := mustOpen(t, filepath.Join(t.TempDir(), "node.db"))
	if err := db.Init(ctx, follow.State{ChainID: 1, Next: 1}); err != nil {
		t.Fatal(err)
	}
	closed := node.LeaseEvent{Block: 3, Kind: node.EventClosed, Lease: 7, Reason: oracle.CloseExpired, At: 1003}
	if err := db.Apply(ctx, &follow.Batch{Next: 4, Final: 1, Head: 3}, []node.LeaseEvent{opened(7, 1), closed, opened(8, 2)}); err != nil {
		t.Fatal(err)
	}
	code := 3
	for _, w := range []node.Workload{{Lease: 7, Phase: node.PhaseStopping}, {Lease: 8, Phase: node.PhaseDone, ExitCode: &code}} {
		if err := db.SaveWorkload(ctx, w); err != nil {
			t.Fatal(err)
		}
	}
	ws, err := db.Workloads(ctx)
	if err != nil || len(ws) != 1 || ws[0].Lease != 7 {
		t.Fatalf("live workloads %+v: %v", ws, err)
	}
	ls, err := db.Leases(ctx)
	if err != nil || len(ls) != 2 {
		t.Fatalf("leases %+v: %v", ls, err)
	}
	if w, err := db.Workload(ctx, 8); err != nil || *w.ExitCode != 3 {
		t.Fatalf("done workload %+v: %v", w, err)
	}
	if _, err := db.Workload(ctx, 9); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("missing workload: %v", err)
	}
	now := time.Now()
	for i, c := range []string{"a", "b", "c"} {
		if err := db.RecordSpec(ctx, c, now.Add(time.Duration(i-2)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	if n, err := db.PendingSpecs(ctx, now.Add(-90*time.Minute)); err != nil || n != 2 {
		t.Fatalf("pending %d: %v", n, err)
	}
	dropped, err := db.DropSpecs(ctx, now.Add(-90*time.Minute))
	if err != nil || len(dropped) != 1 || dropped[0] != "a" {
		t.Fatalf("dropped %v: %v", dropped, err)
	}
	tx := node.SentTx{Kind: "settle", Hash: common.HexToHash("0x01"), Leases: []uint64{7, 8}, GasUsed: 90_000, At: now}
	if err := db.RecordTx(ctx, tx); err != nil {
		t.Fatal(err)
	}
	got, err := db.Txs(ctx, "settle", now.Add(-time.Minute))
	if err != nil || len(got) != 1 || got[0].Hash != tx.Hash || len(got[0].Leases) != 2 {
		t.Fatalf("txs %+v: %v", got, err)
	}
}

// TestNamedJobs: a lease's job is named once (naming it again returns the first); only its renter's name counts;
// a reorg that removes the lease, or gives its id to another renter's lease, drops the name; a reopen keeps it.
func TestNamedJobs(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "node.db")
	db := mustOpen(t, path)
	if err := db.Init(ctx, follow.State{ChainID: 31337, Deployment: "d", StartBlock: 1, Next: 1}); err != nil {
		t.Fatal(err)
	}
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	open := func(id, block uint64, renter common.Address) node.LeaseEvent {
		e := opened(id, block)
		e.Renter = renter
		return e
	}
	b := &follow.Batch{Blocks: []follow.BlockRef{ref(10), ref(11), ref(12)}, Next: 13, LastHash: ref(12).Hash, Final: 10, Head: 12, HotFrom: 11}
	if err := db.Apply(ctx, b, []node.LeaseEvent{open(1, 10, alice), open(2, 12, alice)}); err != nil {
		t.Fatal(err)
	}
	j1, j2 := common.HexToHash("0x01"), common.HexToHash("0x02")
	if _, err := db.NamedJob(ctx, 1, alice); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("before naming: %v", err)
	}
	for _, tc := range []struct {
		lease uint64
		name  common.Hash
		want  common.Hash
	}{{1, j1, j1}, {1, j2, j1}, {2, j2, j2}} {
		if held, err := db.NameJob(ctx, tc.lease, alice, tc.name, time.Unix(1, 0)); err != nil || held != tc.want {
			t.Fatalf("name lease %d %s: held %s, %v", tc.lease, tc.name, held, err)
		}
	}
	if _, err := db.NamedJob(ctx, 1, bob); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("lease 1's job for another renter: %v", err)
	}
	db.Close()
	db = mustOpen(t, path)
	if d, err := db.NamedJob(ctx, 1, alice); err != nil || d != j1 {
		t.Fatalf("after a reopen: %s %v", d, err)
	}
	// A reorg back to 11: lease 2 (opened in 12) goes with its name.
	fork := follow.BlockRef{Number: 12, Hash: common.HexToHash("0xbeef"), ParentHash: ref(11).Hash, Time: 1012}
	if err := db.Apply(ctx, &follow.Batch{Rollback: true, Ancestor: 11, Blocks: []follow.BlockRef{fork}, Next: 13, LastHash: fork.Hash, Final: 10,
		Head: 12, HotFrom: 11}, nil); err != nil {
		t.Fatal(err)
	}
	if _, err := db.NamedJob(ctx, 2, alice); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("lease 2's job after the reorg removed it: %v", err)
	}
	// Another reorg, back to 9: block 10 now opens lease 1 for bob.
	if err := db.Apply(ctx, &follow.Batch{Rollback: true, Ancestor: 9, Blocks: []follow.BlockRef{ref(10)}, Next: 11, LastHash: ref(10).Hash,
		Final: 9, Head: 10, HotFrom: 10}, []node.LeaseEvent{open(1, 10, bob)}); err != nil {
		t.Fatal(err)
	}
	if _, err := db.NamedJob(ctx, 1, alice); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("alice's name for a lease id now bob's: %v", err)
	}
	if held, err := db.NameJob(ctx, 1, bob, j2, time.Unix(2, 0)); err != nil || held != j2 {
		t.Fatalf("bob names lease 1: %s %v", held, err)
	}
	if err := db.Wipe(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := db.NamedJob(ctx, 1, bob); !errors.Is(err, node.ErrNotFound) {
		t.Fatalf("after a wipe: %v", err)
	}
}

// TestLeaseContentDurableAndBackfilled: the content roots a lease noted survive a reopen and go only when the
// node forgets that lease's; a database from before the table gets the specs and outputs its workloads
// recorded, so an upgrade does not release the content of leases still within their retention.
func TestLeaseContentDurableAndBackfilled(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "node.db")
	ms, err := sqlitedb.Load(os.DirFS("."), "migrations")
	if err != nil {
		t.Fatal(err)
	}
	old, err := sqlitedb.OpenMigrated(ctx, path, sqlitedb.Options{}, "schema_migrations", ms[:2])
	if err != nil {
		t.Fatal(err)
	}
	done := time.Unix(1_800_000_000, 0)
	for _, w := range []node.Workload{
		{Lease: 4, Phase: node.PhaseDone, Spec: "bafkspec4", Output: "bafyout4", Updated: done},
		{Lease: 5, Phase: node.PhasePending, Updated: done},
	} {
		data, _ := json.Marshal(w)
		if _, err := old.ExecContext(ctx, `INSERT INTO workloads (lease, phase, data, updated) VALUES (?, ?, ?, ?)`,
			w.Lease, string(w.Phase), string(data), w.Updated.UnixNano()); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()

	db := mustOpen(t, path)
	roots, err := db.LeaseContent(ctx)
	if err != nil {
		t.Fatal(err)
	}
	want := []node.ContentRoot{{Lease: 4, CID: "bafkspec4", At: done}, {Lease: 4, CID: "bafyout4", At: done}}
	if len(roots) != len(want) {
		t.Fatalf("backfilled roots %v, want %v", roots, want)
	}
	for i := range want {
		if roots[i].Lease != want[i].Lease || roots[i].CID != want[i].CID || !roots[i].At.Equal(want[i].At) {
			t.Errorf("backfilled root %d: %+v, want %+v", i, roots[i], want[i])
		}
	}
	if err := db.RecordContent(ctx, 6, "bafyupload6", done); err != nil {
		t.Fatal(err)
	}
	if err := db.RecordContent(ctx, 6, "bafyupload6", done.Add(time.Hour)); err != nil { // once
		t.Fatal(err)
	}
	if err := db.RecordSpec(ctx, "bafkpending", done); err != nil {
		t.Fatal(err)
	}
	db.Close()

	db = mustOpen(t, path)
	roots, _ = db.LeaseContent(ctx)
	if len(roots) != 3 || roots[2].Lease != 6 || !roots[2].At.Equal(done) {
		t.Fatalf("after a reopen: %+v, want lease 4's two roots and lease 6's upload, noted once", roots)
	}
	if specs, err := db.Specs(ctx, done); err != nil || len(specs) != 1 || specs[0] != "bafkpending" {
		t.Errorf("specs since %s: %v (%v)", done, specs, err)
	}
	if specs, _ := db.Specs(ctx, done.Add(time.Second)); len(specs) != 0 {
		t.Errorf("specs after their time: %v", specs)
	}
	if err := db.ForgetContent(ctx, []uint64{4}); err != nil {
		t.Fatal(err)
	}
	if roots, _ = db.LeaseContent(ctx); len(roots) != 1 || roots[0].Lease != 6 {
		t.Errorf("after forgetting lease 4: %+v", roots)
	}
}

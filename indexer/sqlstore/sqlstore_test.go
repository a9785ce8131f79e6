package sqlstore_test

import (
	"context"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/pgtest"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestSchemaMatchesTables(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		v, err := db.SchemaVersion(ctx)
		if err != nil || v < 1 {
			t.Fatalf("schema version %d, %v", v, err)
		}
		for _, tbl := range indexer.Tables() {
			got, err := db.Columns(ctx, tbl.Name)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, c := range tbl.Columns {
				want = append(want, c.Name)
			}
			sort.Strings(got)
			sort.Strings(want)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("table %s: database has columns %v, the model %v", tbl.Name, got, want)
			}
		}
	})
}

func TestOpenTwiceMigratesOnce(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{filepath.Join(t.TempDir(), "x.db"), "pg"} {
		if dsn == "pg" {
			dsn = pgtest.DSN(t)
		}
		for range 2 {
			db, err := sqlstore.Open(ctx, dsn, sqlstore.Options{})
			if err != nil {
				t.Fatalf("open %s: %v", dsn, err)
			}
			if v, err := db.SchemaVersion(ctx); err != nil || v != 3 {
				t.Errorf("%s: schema version %d, %v", dsn, v, err)
			}
			db.Close()
		}
	}
}

func TestOpenRejectsInMemorySQLite(t *testing.T) {
	_, err := sqlstore.Open(context.Background(), ":memory:", sqlstore.Options{})
	if err == nil || !strings.Contains(err.Error(), "file path") {
		t.Fatalf("want a file-path error, got %v", err)
	}
}

// ---------------------------------------------------------------- ingest and rollback

var (
	alice = common.HexToAddress("0xa11ce00000000000000000000000000000000001")
	bob   = common.HexToAddress("0xb0b0000000000000000000000000000000000002")
	m1    = common.HexToHash("0x01")
)

func ev(contract, name string, block uint64, logIndex uint, args map[string]any) indexer.Event {
	return indexer.Event{
		Contract: contract, Name: name, Block: block, LogIndex: logIndex, Time: 1_000 + block*2,
		TxHash: common.BigToHash(big.NewInt(int64(block*1000 + uint64(logIndex)))), Args: indexer.NewArgs(args),
	}
}

func staked(block uint64, li uint, who common.Address, amount, active int64) indexer.Event {
	return ev(indexer.Staking, "Staked", block, li, map[string]any{
		"account": who, "role": uint8(0), "payer": who, "amount": big.NewInt(amount), "active": big.NewInt(active),
	})
}

func ingest(t *testing.T, db *sqlstore.DB, b *indexer.Batch, hotFrom uint64, events ...indexer.Event) error {
	t.Helper()
	ctx := context.Background()
	return db.Ingest(ctx, b, func(r indexer.RowReader) (*indexer.Changes, error) {
		p := indexer.NewProjection(ctx, r, hotFrom, nil)
		for i := range events {
			if err := p.Apply(&events[i]); err != nil {
				return nil, err
			}
		}
		return p.Changes()
	})
}

func block(n uint64) indexer.BlockRef {
	return indexer.BlockRef{Number: n, Hash: common.BigToHash(big.NewInt(int64(n) + 7_000)), ParentHash: common.BigToHash(big.NewInt(int64(n) + 6_999)), Time: 1_000 + n*2}
}

func initDB(t *testing.T, db *sqlstore.DB) {
	t.Helper()
	if err := db.Init(context.Background(), indexer.SyncState{ChainID: 31337, Deployment: "test", StartBlock: 10, Next: 10}); err != nil {
		t.Fatal(err)
	}
}

var (
	batch1 = []indexer.Event{
		staked(10, 0, alice, 100, 100),
		ev(indexer.Staking, "MachineListed", 10, 1, map[string]any{
			"machineId": [32]byte(m1), "provider": alice, "gpuClass": (classID("H100")),
			"gpuCount": uint32(2), "lockedStake": big.NewInt(50), "metadataCID": "ipfs://m1",
		}),
	}
	block11 = []indexer.Event{
		ev(indexer.Staking, "GpusReserved", 11, 0, map[string]any{"machineId": [32]byte(m1), "gpus": uint32(1), "reservedGpus": uint32(1)}),
	}
	block12 = []indexer.Event{
		staked(12, 0, alice, 20, 120),
		ev(indexer.GridToken, "Transfer", 12, 1, map[string]any{"from": common.Address{}, "to": bob, "value": big.NewInt(5)}),
		ev(indexer.Staking, "MachineMetadataUpdated", 12, 2, map[string]any{"machineId": [32]byte(m1), "metadataCID": "ipfs://m1b"}),
	}
)

func snapshot(t *testing.T, db *sqlstore.DB) map[string][]string {
	t.Helper()
	s, err := db.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func assertSameRows(t *testing.T, what string, got, want map[string][]string) {
	t.Helper()
	for table, rows := range want {
		if !reflect.DeepEqual(got[table], rows) {
			t.Errorf("%s: table %s differs\n got: %v\nwant: %v", what, table, got[table], rows)
		}
	}
}

// TestRollbackRestoresEarlierState ingests a final block and two hot ones, then rolls back one and two blocks
// and compares with databases that only ever saw the surviving blocks.
func TestRollbackRestoresEarlierState(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		initDB(t, db)
		if err := ingest(t, db, &indexer.Batch{Blocks: []indexer.BlockRef{block(10)}, Next: 11, LastHash: block(10).Hash, Final: 10, Head: 20}, 11, batch1...); err != nil {
			t.Fatal(err)
		}
		hot := append(append([]indexer.Event(nil), block11...), block12...)
		if err := ingest(t, db, &indexer.Batch{Blocks: []indexer.BlockRef{block(11), block(12)}, Next: 13, LastHash: block(12).Hash, Final: 10, Head: 13}, 11, hot...); err != nil {
			t.Fatal(err)
		}
		win, err := db.Window(ctx)
		if err != nil || len(win) != 3 || win[0].Number != 10 || win[2].Number != 12 {
			t.Fatalf("window %+v, %v", win, err)
		}

		// Reference: a database that saw blocks 10 and 11 only.
		ref := storetest.MustOpenDB(t, db.Dialect(), nil)
		initDB(t, ref)
		if err := ingest(t, ref, &indexer.Batch{Next: 11, Final: 10}, 11, batch1...); err != nil {
			t.Fatal(err)
		}
		if err := ingest(t, ref, &indexer.Batch{Next: 12, Final: 10}, 11, block11...); err != nil {
			t.Fatal(err)
		}
		want11 := snapshot(t, ref)

		if err := ingest(t, db, &indexer.Batch{Rollback: true, Ancestor: 11, Next: 12, LastHash: block(11).Hash, Final: 10, Head: 13}, 12); err != nil {
			t.Fatal(err)
		}
		assertSameRows(t, "after rollback to 11", snapshot(t, db), want11)

		ref10 := storetest.MustOpenDB(t, db.Dialect(), nil)
		initDB(t, ref10)
		if err := ingest(t, ref10, &indexer.Batch{Next: 11, Final: 10}, 11, batch1...); err != nil {
			t.Fatal(err)
		}
		if err := ingest(t, db, &indexer.Batch{Rollback: true, Ancestor: 10, Next: 11, LastHash: block(10).Hash, Final: 10, Head: 13}, 11); err != nil {
			t.Fatal(err)
		}
		assertSameRows(t, "after rollback to 10", snapshot(t, db), snapshot(t, ref10))
		if win, _ := db.Window(ctx); len(win) != 1 || win[0].Number != 10 {
			t.Errorf("window after rollback: %+v", win)
		}
		st, _, _ := db.SyncState(ctx)
		if st.Next != 11 || st.LastHash != block(10).Hash {
			t.Errorf("sync state after rollback: %+v", st)
		}
	})
}

// TestIngestIsAtomic fails a batch halfway through its writes and checks nothing of it remains.
func TestIngestIsAtomic(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		initDB(t, db)
		if err := ingest(t, db, &indexer.Batch{Next: 11, Final: 10}, 11, batch1...); err != nil {
			t.Fatal(err)
		}
		before := snapshot(t, db)
		err := db.Ingest(ctx, &indexer.Batch{Next: 13, Final: 10}, func(r indexer.RowReader) (*indexer.Changes, error) {
			p := indexer.NewProjection(ctx, r, 11, nil)
			for i := range block12 {
				if err := p.Apply(&block12[i]); err != nil {
					return nil, err
				}
			}
			c, err := p.Changes()
			if err != nil {
				return nil, err
			}
			// A malformed row for the last table written makes the transaction fail after the others.
			c.Inserts[indexer.PriceUpdatesTable] = []indexer.Row{{"not", "enough", "columns"}}
			return c, nil
		})
		if err == nil {
			t.Fatal("a malformed row was accepted")
		}
		assertSameRows(t, "after a failed batch", snapshot(t, db), before)
		if st, _, _ := db.SyncState(ctx); st.Next != 11 {
			t.Errorf("cursor moved to %d by a failed batch", st.Next)
		}
	})
}

func TestWipeKeepsNothingChainDerived(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		initDB(t, db)
		if err := ingest(t, db, &indexer.Batch{Next: 11, Final: 10}, 11, batch1...); err != nil {
			t.Fatal(err)
		}
		if err := db.Wipe(ctx); err != nil {
			t.Fatal(err)
		}
		if _, found, err := db.SyncState(ctx); found || err != nil {
			t.Fatalf("sync state after wipe: found=%v err=%v", found, err)
		}
		for table, rows := range snapshot(t, db) {
			if len(rows) > 0 {
				t.Errorf("table %s kept %d rows", table, len(rows))
			}
		}
	})
}

func TestRedactDSN(t *testing.T) {
	for in, want := range map[string]string{
		"postgres://idx:secret@db:5432/idx": "postgres://idx:***@db:5432/idx",
		"idlegrid-index.db":                 "idlegrid-index.db",
	} {
		if got := sqlstore.RedactDSN(in); got != want {
			t.Errorf("RedactDSN(%q) = %q, want %q", in, got, want)
		}
	}
}

// classID is a GPU class's bytes32 id (the test's classes are valid).
func classID(name string) [32]byte {
	id, err := gpuclass.ID(name)
	if err != nil {
		panic(err)
	}
	return id
}

package sqlstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
)

// TestOpensFileOfCab316d: an inspector.db written by the store as it was at cab316d (before oracle/sqlitedb:
// its own opening and migration runner) opens, keeps its check log, and takes writes, twice over.
func TestOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	machine := common.HexToHash("0xabc")
	open := func(path string) (*sqlstore.DB, error) { return sqlstore.Open(ctx, path) }
	sqlitedbtest.Reopen(t, "testdata/cab316d.db.gz", "inspector.db", open, func(t *testing.T, db *sqlstore.DB, round int) {
		runs, err := db.Runs(ctx, machine, observe.Liveness, time.Unix(0, 0), 10)
		if err != nil || len(runs) != 1+round {
			t.Fatalf("runs %+v: %v, want %d", runs, err, 1+round)
		}
		old := false
		for _, r := range runs {
			old = old || (r.Detail == "cab316d" && r.OK && r.Checks == 1)
		}
		if !old {
			t.Errorf("the run written at cab316d is gone: %+v", runs)
		}
		if round == 1 {
			if last, ok, err := db.LatestRun(ctx, machine, observe.Liveness); err != nil || !ok || last.OK || last.Detail != "new" {
				t.Errorf("latest run %+v (%v, %v), want the failed check written after the upgrade", last, ok, err)
			}
			return
		}
		// A failed check: a new run after the passed one.
		if _, err := db.AppendOutcome(ctx, observe.Outcome{Machine: machine, Kind: observe.Liveness,
			At: time.Unix(1700000100, 0), Detail: "new"}); err != nil {
			t.Fatal(err)
		}
	})
}

package sqlstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
	"github.com/idlegrid/idlegrid/provider/node/sqlstore"
)

// TestOpensFileOfCab316d: a node.db written by the store as it was at cab316d (before oracle/sqlitedb: its
// own opening and migration runner) opens, keeps what it held, and takes writes, twice over.
func TestOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	path := sqlitedbtest.Restore(t, "testdata/cab316d.db.gz", "node.db")
	for round := range 2 {
		db, err := sqlstore.Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		st, found, err := db.State(ctx)
		if err != nil || !found || st.Deployment != "cab316d" || st.StartBlock != 7 {
			t.Fatalf("round %d: state %+v found %v: %v", round, st, found, err)
		}
		if err := db.RecordSpec(ctx, fmt.Sprintf("bafynew%d", round), time.Unix(1700000100+int64(round), 0)); err != nil {
			t.Fatal(err)
		}
		if n, err := db.PendingSpecs(ctx, time.Unix(0, 0)); err != nil || n != 2+round {
			t.Fatalf("round %d: %d pending specs (%v), want the old one and %d new", round, n, err, 1+round)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

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
	open := func(path string) (*sqlstore.DB, error) { return sqlstore.Open(ctx, path) }
	sqlitedbtest.Reopen(t, "testdata/cab316d.db.gz", "node.db", open, func(t *testing.T, db *sqlstore.DB, round int) {
		st, found, err := db.State(ctx)
		if err != nil || !found || st.Deployment != "cab316d" || st.StartBlock != 7 {
			t.Fatalf("state %+v found %v: %v", st, found, err)
		}
		if err := db.RecordSpec(ctx, fmt.Sprintf("bafynew%d", round), time.Unix(1700000100+int64(round), 0)); err != nil {
			t.Fatal(err)
		}
		if n, err := db.PendingSpecs(ctx, time.Unix(0, 0)); err != nil || n != 2+round {
			t.Fatalf("%d pending specs (%v), want the old one and %d new", n, err, 1+round)
		}
	})
}

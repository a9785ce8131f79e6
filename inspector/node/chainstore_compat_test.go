package node

import (
	"context"
	"testing"

	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
)

// TestChainStoreOpensFileOfCab316d: a chain store file written as it was at cab316d (its schema created with
// IF NOT EXISTS, no version table) opens, keeps the follower's state, records its schema as migration 1, and
// takes writes, twice over.
func TestChainStoreOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	path := sqlitedbtest.Restore(t, "testdata/cab316d.db.gz", chainStoreFile)
	for round := range 2 {
		s, err := openChainStore(ctx, path)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		st, found, err := s.State(ctx)
		if err != nil || !found || st.Deployment != "cab316d" || st.Next != uint64(7+round) {
			t.Fatalf("round %d: state %+v found %v: %v", round, st, found, err)
		}
		var versions int
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM schema_migrations WHERE version = 1 AND name = 'chain_schema'`).Scan(&versions); err != nil || versions != 1 {
			t.Fatalf("round %d: migration 1 recorded %d times (%v)", round, versions, err)
		}
		st.Next++
		if err := s.Init(ctx, st); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

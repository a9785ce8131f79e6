package node

import (
	"context"
	"testing"

	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
)

// TestChainStoreOpensFileOfCab316d: a chain store file written as it was at cab316d (its schema created with
// IF NOT EXISTS at every open) opens, keeps the follower's state, and takes writes, twice over.
func TestChainStoreOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	open := func(path string) (*chainStore, error) { return openChainStore(ctx, path) }
	sqlitedbtest.Reopen(t, "testdata/cab316d.db.gz", chainStoreFile, open, func(t *testing.T, s *chainStore, round int) {
		st, found, err := s.State(ctx)
		if err != nil || !found || st.Deployment != "cab316d" || st.Next != uint64(7+round) {
			t.Fatalf("state %+v found %v: %v", st, found, err)
		}
		st.Next++
		if err := s.Init(ctx, st); err != nil {
			t.Fatal(err)
		}
	})
}

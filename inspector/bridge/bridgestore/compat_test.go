package bridgestore_test

import (
	"context"
	"testing"

	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
)

// TestOpensFileOfCab316d: a bridge database written as it was at cab316d (its schema created with IF NOT
// EXISTS, no version table) opens, keeps its items, and takes writes, twice over.
func TestOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	path := sqlitedbtest.Restore(t, "testdata/cab316d.db.gz", "bridge.db")
	for round := range 2 {
		s, err := bridgestore.Open(ctx, path)
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		it, found, err := s.Get(ctx, "cab316d")
		if err != nil || !found || it.Kind != "deposit" || it.State != "pending" {
			t.Fatalf("round %d: item %+v found %v: %v", round, it, found, err)
		}
		if added, err := s.Add(ctx, bridge.Item{Key: "new", Kind: "deposit", State: "pending"}); err != nil || added != (round == 0) {
			t.Fatalf("round %d: added %v (%v)", round, added, err)
		}
		if err := s.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

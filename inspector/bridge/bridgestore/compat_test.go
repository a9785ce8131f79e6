package bridgestore_test

import (
	"context"
	"testing"

	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
)

// TestOpensFileOfCab316d: a bridge database written as it was at cab316d (its schema created with IF NOT
// EXISTS at every open) opens, keeps its items, and takes writes, twice over.
func TestOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	open := func(path string) (*bridgestore.DB, error) { return bridgestore.Open(ctx, path) }
	sqlitedbtest.Reopen(t, "testdata/cab316d.db.gz", "bridge.db", open, func(t *testing.T, s *bridgestore.DB, round int) {
		it, found, err := s.Get(ctx, "cab316d")
		if err != nil || !found || it.Kind != "deposit" || it.State != "pending" {
			t.Fatalf("item %+v found %v: %v", it, found, err)
		}
		if added, err := s.Add(ctx, bridge.Item{Key: "new", Kind: "deposit", State: "pending"}); err != nil || added != (round == 0) {
			t.Fatalf("added %v (%v), want it added in the first round only", added, err)
		}
	})
}

package solstore_test

import (
	"context"
	"testing"

	"github.com/gagliardetto/solana-go"

	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb/sqlitedbtest"
)

// TestOpensFileOfCab316d: a watcher database written as it was at cab316d (its version table without
// applied_at) opens, keeps the cluster it was bound to, and takes writes, twice over; its version table gains
// applied_at and keeps its rows.
func TestOpensFileOfCab316d(t *testing.T) {
	ctx := context.Background()
	old := solana.HashFromBytes([]byte("cab316d-cab316d-cab316d-cab316d!"))
	var path string
	open := func(p string) (*solstore.DB, error) { path = p; return solstore.Open(ctx, p) }
	sqlitedbtest.Reopen(t, "testdata/cab316d.db.gz", "solwatch.db", open, func(t *testing.T, s *solstore.DB, _ int) {
		h, found, err := s.Cluster(ctx)
		if err != nil || !found || h != old {
			t.Fatalf("cluster %s found %v: %v", h, found, err)
		}
		if err := s.SetCluster(ctx, old); err != nil {
			t.Fatal(err)
		}
	})
	raw, err := sqlitedb.Open(path, sqlitedb.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	var n int
	if err := raw.QueryRowContext(ctx, `SELECT COUNT(*) FROM sol_schema_migrations WHERE version = 1 AND name = '0001_init.sql' AND applied_at = 0`).Scan(&n); err != nil || n != 1 {
		t.Errorf("migration 1 as cab316d recorded it: %d rows (%v)", n, err)
	}
}

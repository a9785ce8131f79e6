// Package storetest opens throwaway index databases for tests: a SQLite file in the test's temp directory or
// a fresh Postgres database (see pgtest). Packages whose tests use Postgres call pgtest.Main from TestMain.
package storetest

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/pgtest"
)

// Dialects are the stores every storage test runs against.
var Dialects = []sqlstore.Dialect{sqlstore.SQLite, sqlstore.Postgres}

// MustOpenDB opens a fresh, migrated database of the dialect, closed when tb ends. Postgres skips tb when no
// server is available (see pgtest).
func MustOpenDB(tb testing.TB, d sqlstore.Dialect, clock indexer.Clock) *sqlstore.DB {
	tb.Helper()
	dsn := filepath.Join(tb.TempDir(), "index.db")
	if d == sqlstore.Postgres {
		dsn = pgtest.DSN(tb)
	}
	db, err := sqlstore.Open(context.Background(), dsn, sqlstore.Options{Clock: clock})
	if err != nil {
		tb.Fatalf("open %s: %v", d, err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// Each runs f as a subtest against a fresh database of every dialect.
func Each(t *testing.T, clock indexer.Clock, f func(t *testing.T, db *sqlstore.DB)) {
	for _, d := range Dialects {
		t.Run(d.String(), func(t *testing.T) {
			f(t, MustOpenDB(t, d, clock))
		})
	}
}

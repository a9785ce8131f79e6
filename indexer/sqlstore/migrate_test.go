package sqlstore

import (
	"context"
	"database/sql"
	"path/filepath"
	"slices"
	"testing"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/pgtest"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

// TestMigrationFromV1: a database holding a v1 index (migration 0001 only, with a cursor, a journal, machines,
// leases, quotes and a reward tree) moves to the v2 schema: what came from the chain and the quotes are gone, so
// the index refills from the deployment's start block, the reward trees stay, and the tables match the model.
func TestMigrationFromV1(t *testing.T) {
	ctx := context.Background()
	for _, dialect := range []Dialect{SQLite, Postgres} {
		t.Run(dialect.String(), func(t *testing.T) {
			var raw *sql.DB
			var err error
			if dialect == Postgres {
				raw, err = sql.Open("pgx", pgtest.DSN(t))
			} else {
				raw, err = sqlitedb.Open(filepath.Join(t.TempDir(), "v1.db"), sqlitedb.Options{Sync: sqlitedb.Normal})
			}
			if err != nil {
				t.Fatal(err)
			}
			defer raw.Close()
			raw.SetMaxOpenConns(1)
			db := &DB{dialect: dialect, w: raw, r: raw, clock: indexer.SystemClock{}, tables: map[string]*indexer.Table{}}
			for _, tbl := range indexer.Tables() {
				db.tables[tbl.Name] = tbl
			}
			ms, err := migrations()
			if err != nil || len(ms) < 2 || ms[0].Version != 1 {
				t.Fatalf("migrations %v: %v", ms, err)
			}
			if _, err := raw.ExecContext(ctx, `CREATE TABLE schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`); err != nil {
				t.Fatal(err)
			}
			if err := db.apply(ctx, ms[0]); err != nil {
				t.Fatal(err)
			}
			for _, stmt := range []string{
				`INSERT INTO sync_state VALUES (1, 31337, '0xg', 'v1', 1, 50, '0xh', 40, 49, 0)`,
				`INSERT INTO journal VALUES (1, 45, 'machines', '["0x01"]', NULL)`,
				`INSERT INTO machines VALUES ('0x01', '0xp', 'H100', 8, 2, 6, TRUE, '800', 'ipfs://m', 3, 4, 5, 0, 0, 0, 0, 0, 0)`,
				`INSERT INTO leases VALUES (1, '0xr', '0xp', '0x01', 2, 'USD', '1000', '1000', '10', '7', 'open', 6, '0xt', 100, 200, 100,
					'0', '', 0, '0', '0', FALSE, 0, '0', '0', '0x00', FALSE, '', FALSE, 6)`,
				`INSERT INTO quotes VALUES ('0xd', '0xp', '0x01', 'H100', 2, '1000', 3600000, 1800000, 86400, 99999, '7', '0xs', 1)`,
				`INSERT INTO params VALUES ('LeaseEscrow', 'usdFeeBps', '500', 3)`,
				`INSERT INTO reward_trees VALUES (0, '0xroot', 1)`,
			} {
				if _, err := raw.ExecContext(ctx, stmt); err != nil {
					t.Fatalf("v1 row: %v\n%s", err, stmt)
				}
			}

			if err := db.migrate(ctx); err != nil {
				t.Fatal(err)
			}
			if v, err := db.SchemaVersion(ctx); err != nil || v != len(ms) {
				t.Fatalf("schema version %d (%v), want %d", v, err, len(ms))
			}
			count := func(table string) int {
				var n int
				if err := raw.QueryRowContext(ctx, "SELECT COUNT(*) FROM "+table).Scan(&n); err != nil {
					t.Fatal(err)
				}
				return n
			}
			for _, table := range []string{"sync_state", "journal", "blocks", "machines", "leases", "quotes", "params"} {
				if n := count(table); n != 0 {
					t.Errorf("%s: %d rows left from v1", table, n)
				}
			}
			if n := count("reward_trees"); n != 1 {
				t.Errorf("reward trees: %d, want the v1 one kept", n)
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
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Errorf("%s after the migration: %v, the model %v", tbl.Name, got, want)
				}
			}
			// Migrating again changes nothing.
			if err := db.migrate(ctx); err != nil {
				t.Fatal(err)
			}
		})
	}
}

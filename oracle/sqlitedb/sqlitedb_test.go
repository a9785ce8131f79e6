package sqlitedb_test

import (
	"context"
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

func open(t *testing.T, path string, o sqlitedb.Options) *sql.DB {
	t.Helper()
	db, err := sqlitedb.Open(path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func pragma(t *testing.T, db *sql.DB, name string) string {
	t.Helper()
	var v string
	if err := db.QueryRow("PRAGMA " + name).Scan(&v); err != nil {
		t.Fatalf("pragma %s: %v", name, err)
	}
	return v
}

// TestOpenSettings: the writer and the readers get the pragmas the options ask for; a reader cannot write;
// a path that is not a plain file is refused by name.
func TestOpenSettings(t *testing.T) {
	for _, tc := range []struct {
		name string
		o    sqlitedb.Options
		sync string // PRAGMA synchronous: 1 NORMAL, 2 FULL
		fk   string
		kib  string
	}{
		{"defaults", sqlitedb.Options{}, "2", "0", "-2000"},
		{"indexer", sqlitedb.Options{Sync: sqlitedb.Normal, CacheKiB: 32000}, "1", "0", "-32000"},
		{"foreign keys", sqlitedb.Options{ForeignKeys: true}, "2", "1", "-2000"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "s.db")
			w := open(t, path, tc.o)
			got := map[string]string{"journal_mode": "wal", "busy_timeout": "10000", "synchronous": tc.sync,
				"foreign_keys": tc.fk, "cache_size": tc.kib}
			for name, want := range got {
				if v := pragma(t, w, name); v != want {
					t.Errorf("writer %s = %s, want %s", name, v, want)
				}
			}
			if n := w.Stats().MaxOpenConnections; n != 1 {
				t.Errorf("writer pool: %d connections, want 1", n)
			}
			if _, err := w.Exec(`CREATE TABLE t (x INTEGER)`); err != nil {
				t.Fatal(err)
			}
			r, err := sqlitedb.OpenReaders(path, tc.o, 3)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if v := pragma(t, r, "query_only"); v != "1" {
				t.Errorf("reader query_only = %s", v)
			}
			if _, err := r.Exec(`INSERT INTO t VALUES (1)`); err == nil {
				t.Error("a reader wrote")
			}
			if n := r.Stats().MaxOpenConnections; n != 3 {
				t.Errorf("reader pool: %d connections, want 3", n)
			}
		})
	}
	for _, bad := range []string{"", ":memory:", "file::memory:", "x.db?mode=ro"} {
		if _, err := sqlitedb.Open(bad, sqlitedb.Options{}); err == nil || !strings.Contains(err.Error(), "path") {
			t.Errorf("Open(%q): %v, want a path error", bad, err)
		}
	}
	if _, err := sqlitedb.OpenReaders(filepath.Join(t.TempDir(), "r.db"), sqlitedb.Options{}, 0); err == nil {
		t.Error("a reader pool of 0 connections accepted")
	}
}

var twoMigrations = fstest.MapFS{
	"m/0001_init.sql": {Data: []byte(`-- the first; with a semicolon in a comment
CREATE TABLE a (x TEXT NOT NULL DEFAULT 'a;b');
CREATE INDEX a_x ON a (x); -- trailing comment
INSERT INTO a DEFAULT VALUES;`)},
	"m/0002_more.sql": {Data: []byte(`ALTER TABLE a ADD COLUMN y INTEGER NOT NULL DEFAULT 7;`)},
}

func versions(t *testing.T, db *sql.DB, table string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT version || ':' || name FROM ` + table + ` ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestMigrate: every statement of each script runs (a semicolon inside a literal or a comment splits
// nothing), each migration once, recorded with its name; migrating again changes nothing.
func TestMigrate(t *testing.T) {
	ctx := context.Background()
	ms, err := sqlitedb.Load(twoMigrations, "m")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "s.db")
	db := open(t, path, sqlitedb.Options{})
	for range 2 {
		if err := sqlitedb.Migrate(ctx, db, "schema_migrations", ms); err != nil {
			t.Fatal(err)
		}
	}
	var x string
	var y, n int
	if err := db.QueryRow(`SELECT x, y, (SELECT COUNT(*) FROM a) FROM a`).Scan(&x, &y, &n); err != nil {
		t.Fatal(err)
	}
	if x != "a;b" || y != 7 || n != 1 {
		t.Errorf("row (%q, %d), %d rows: want ('a;b', 7), 1 row (each migration once)", x, y, n)
	}
	if got := strings.Join(versions(t, db, "schema_migrations"), " "); got != "1:0001_init.sql 2:0002_more.sql" {
		t.Errorf("recorded %s", got)
	}
	var stamped int
	if err := db.QueryRow(`SELECT COUNT(*) FROM schema_migrations WHERE applied_at > 0`).Scan(&stamped); err != nil || stamped != 2 {
		t.Errorf("%d migrations stamped (%v), want 2", stamped, err)
	}
}

// TestMigrateFailedRollsBack: a migration whose later statement fails leaves neither its earlier statements
// nor its record; the migrations before it stay.
func TestMigrateFailedRollsBack(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "s.db"), sqlitedb.Options{})
	ms := []sqlitedb.Migration{
		{Version: 1, Name: "one", SQL: `CREATE TABLE one (x INTEGER)`},
		{Version: 2, Name: "two", SQL: `CREATE TABLE two (x INTEGER); INSERT INTO nowhere VALUES (1);`},
	}
	err := sqlitedb.Migrate(ctx, db, "schema_migrations", ms)
	if err == nil || !strings.Contains(err.Error(), "migration two") {
		t.Fatalf("migrate: %v, want an error naming migration two", err)
	}
	if got := strings.Join(versions(t, db, "schema_migrations"), " "); got != "1:one" {
		t.Errorf("recorded %q, want 1:one", got)
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'two'`).Scan(&n); err != nil || n != 0 {
		t.Errorf("table two left behind (%d, %v)", n, err)
	}
}

// TestMigrateLegacyTable: a version table written by a store that kept no applied_at (the Solana watcher's
// before this package) is brought to the common shape; its rows stay, the older code's insert still works.
func TestMigrateLegacyTable(t *testing.T) {
	ctx := context.Background()
	db := open(t, filepath.Join(t.TempDir(), "s.db"), sqlitedb.Options{})
	for _, stmt := range []string{
		`CREATE TABLE sol_schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)`,
		`CREATE TABLE a (x INTEGER)`,
		`INSERT INTO sol_schema_migrations (version, name) VALUES (1, '0001_init.sql')`,
	} {
		if _, err := db.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	ms := []sqlitedb.Migration{
		{Version: 1, Name: "0001_init.sql", SQL: `CREATE TABLE a (x INTEGER)`}, // would fail if run again
		{Version: 2, Name: "0002_b.sql", SQL: `CREATE TABLE b (x INTEGER)`},
	}
	if err := sqlitedb.Migrate(ctx, db, "sol_schema_migrations", ms); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(versions(t, db, "sol_schema_migrations"), " "); got != "1:0001_init.sql 2:0002_b.sql" {
		t.Errorf("recorded %s", got)
	}
	if _, err := db.Exec(`INSERT INTO sol_schema_migrations (version, name) VALUES (3, 'old code')`); err != nil {
		t.Errorf("the older code's insert: %v", err)
	}
}

// TestMigrationsRefused: names, numbering and table names that would make the order or the record ambiguous.
func TestMigrationsRefused(t *testing.T) {
	for name, fsys := range map[string]fstest.MapFS{
		"gap":       {"m/0001_a.sql": {}, "m/0003_c.sql": {}},
		"from zero": {"m/0000_a.sql": {}, "m/0001_b.sql": {}},
		"no number": {"m/init.sql": {}},
		"not sql":   {"m/0001_a.txt": {}},
		"twice":     {"m/0001_a.sql": {}, "m/01_b.sql": {}},
	} {
		if ms, err := sqlitedb.Load(fsys, "m"); err == nil {
			t.Errorf("%s: loaded %v", name, ms)
		}
	}
	db := open(t, filepath.Join(t.TempDir(), "s.db"), sqlitedb.Options{})
	for _, table := range []string{"", "x; DROP TABLE y", "Schema"} {
		if err := sqlitedb.Migrate(context.Background(), db, table, nil); err == nil {
			t.Errorf("table %q accepted", table)
		}
	}
	if err := sqlitedb.Migrate(context.Background(), db, "m", []sqlitedb.Migration{{Version: 2, Name: "x"}}); err == nil {
		t.Error("a migration list starting at 2 accepted")
	}
}

// TestOpenSchema: an idempotent schema runs at every open, so a table added to it reaches a file an earlier
// schema made, and rows stay; a schema that fails is an error and leaves nothing open.
func TestOpenSchema(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "s.db")
	v1 := `CREATE TABLE IF NOT EXISTS a (x INTEGER); CREATE INDEX IF NOT EXISTS a_x ON a (x);`
	db, err := sqlitedb.OpenSchema(ctx, path, sqlitedb.Options{}, v1)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO a VALUES (1)`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	db, err = sqlitedb.OpenSchema(ctx, path, sqlitedb.Options{}, v1+` CREATE TABLE IF NOT EXISTS b (y TEXT);`)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(`SELECT (SELECT COUNT(*) FROM a) + (SELECT COUNT(*) FROM b)`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("rows %d (%v), want the one in a and the new table b", n, err)
	}
	if _, err := sqlitedb.OpenSchema(ctx, path, sqlitedb.Options{}, `CREATE TABLE a (x INTEGER)`); err == nil || !strings.Contains(err.Error(), "schema") {
		t.Fatalf("a schema that fails: %v", err)
	}
	if _, err := sqlitedb.OpenMigrated(ctx, path, sqlitedb.Options{}, "schema_migrations",
		[]sqlitedb.Migration{{Version: 1, Name: "bad", SQL: `CREATE TABLE a (x INTEGER)`}}); err == nil || !strings.Contains(err.Error(), "migration bad") {
		t.Fatalf("a migration that fails: %v", err)
	}
}

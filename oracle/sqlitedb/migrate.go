package sqlitedb

import (
	"context"
	"database/sql"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Migration is one schema change: applied once, in its own transaction, and recorded by version.
type Migration struct {
	// Version numbers a store's migrations 1, 2, 3... without gaps: the order they apply in.
	Version int
	// Name is recorded with the version (a file's name, for a migration read from one).
	Name string
	// SQL is run as one script: any number of statements, comments included.
	SQL string
}

// Load reads the migrations in dir of fsys: files named NNNN_name.sql, numbered from 1 without gaps. The
// listing is not SQLite's own: the indexer reads its Postgres migrations with it too.
func Load(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("sqlitedb: migrations: %w", err)
	}
	var out []Migration
	for _, e := range entries {
		name := e.Name()
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 || !strings.HasSuffix(name, ".sql") {
			return nil, fmt.Errorf("sqlitedb: migration %q: want NNNN_name.sql", name)
		}
		body, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("sqlitedb: migration %s: %w", name, err)
		}
		out = append(out, Migration{Version: v, Name: name, SQL: string(body)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	if err := checkVersions(out); err != nil {
		return nil, err
	}
	return out, nil
}

func checkVersions(ms []Migration) error {
	for i, m := range ms {
		if m.Version != i+1 {
			return fmt.Errorf("sqlitedb: migration %d %q: versions must run 1, 2, 3... without gaps", m.Version, m.Name)
		}
	}
	return nil
}

var tableName = regexp.MustCompile(`^[a-z][a-z0-9_]*$`)

// Migrate applies the migrations db has not recorded in table, in order, each in its own transaction with
// its record, so a process killed mid-way finds each migration applied and recorded, or neither.
//
// The version table is (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL),
// applied_at in Unix seconds. A table an older store created without applied_at gains it (0 for the rows
// already there), so that store's files open unchanged, and the older code still writes to the table.
func Migrate(ctx context.Context, db *sql.DB, table string, ms []Migration) error {
	if !tableName.MatchString(table) {
		return fmt.Errorf("sqlitedb: migration table %q: want a lower-case SQL name", table)
	}
	if err := checkVersions(ms); err != nil {
		return err
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS `+table+` (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL)`); err != nil {
		return fmt.Errorf("sqlitedb: create %s: %w", table, err)
	}
	if err := addAppliedAt(ctx, db, table); err != nil {
		return err
	}
	for _, m := range ms {
		if err := apply(ctx, db, table, m); err != nil {
			return err
		}
	}
	return nil
}

// addAppliedAt brings a version table without applied_at to the common shape.
func addAppliedAt(ctx context.Context, db *sql.DB, table string) error {
	var n int
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM pragma_table_info(?) WHERE name = 'applied_at'`, table).Scan(&n); err != nil {
		return fmt.Errorf("sqlitedb: read %s: %w", table, err)
	}
	if n > 0 {
		return nil
	}
	if _, err := db.ExecContext(ctx, `ALTER TABLE `+table+` ADD COLUMN applied_at INTEGER NOT NULL DEFAULT 0`); err != nil {
		return fmt.Errorf("sqlitedb: add applied_at to %s: %w", table, err)
	}
	return nil
}

func apply(ctx context.Context, db *sql.DB, table string, m Migration) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlitedb: migration %s: begin: %w", m.Name, err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table+` WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return fmt.Errorf("sqlitedb: migration %s: %w", m.Name, err)
	}
	if n > 0 {
		return nil
	}
	// One script: the driver runs its statements in turn, so semicolons and comments need no splitting here.
	if _, err := tx.ExecContext(ctx, m.SQL); err != nil {
		return fmt.Errorf("sqlitedb: migration %s: %w", m.Name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO `+table+` (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, time.Now().Unix()); err != nil {
		return fmt.Errorf("sqlitedb: record migration %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlitedb: migration %s: commit: %w", m.Name, err)
	}
	return nil
}

// OpenMigrated opens the file at path for writing (Open) and applies ms recorded in table (Migrate), closing
// the file again if they fail: how a store opens its database.
func OpenMigrated(ctx context.Context, path string, o Options, table string, ms []Migration) (*sql.DB, error) {
	db, err := Open(path, o)
	if err != nil {
		return nil, err
	}
	if err := Migrate(ctx, db, table, ms); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// OpenSchema opens the file at path for writing (Open) and runs schema, closing the file again if it fails:
// how a store without versioned migrations opens its database. Every statement of schema must be idempotent
// (CREATE ... IF NOT EXISTS): it runs at every open, which is how a table added to it reaches existing files.
// A change that is not idempotent needs versioned migrations (OpenMigrated).
func OpenSchema(ctx context.Context, path string, o Options, schema string) (*sql.DB, error) {
	db, err := Open(path, o)
	if err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlitedb: schema: %w", err)
	}
	return db, nil
}

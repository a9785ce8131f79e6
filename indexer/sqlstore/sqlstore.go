// Package sqlstore is the indexer's database: SQLite (modernc.org/sqlite, no cgo; the embedded default) or
// Postgres (pgx through database/sql), behind one code path and one set of embedded, versioned migrations.
//
// It implements indexer.Store generically over indexer.Table descriptions (entity upserts, history appends,
// the reorg journal and rollback) and the read queries of the HTTP API. It knows nothing of events or ABIs and
// never talks to a chain.
package sqlstore

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" database/sql driver

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle/sqlitedb"
)

//go:embed migrations/*.sql
var migrationFS embed.FS

// Dialect is the database flavour.
type Dialect int

// Dialects.
const (
	SQLite Dialect = iota
	Postgres
)

func (d Dialect) String() string {
	if d == Postgres {
		return "postgres"
	}
	return "sqlite"
}

// DB is an open index database.
type DB struct {
	dialect Dialect
	w       *sql.DB // writes (SQLite: one connection, IMMEDIATE transactions)
	r       *sql.DB // reads (SQLite: a read-only pool; Postgres: the same pool as w)
	tables  map[string]*indexer.Table
	clock   indexer.Clock
	stmts   stmtCache
}

// Options tune Open.
type Options struct {
	// Clock stamps sync state and posted quotes (default: the system clock).
	Clock indexer.Clock
	// ReadConns is the size of the read pool (default 4).
	ReadConns int
}

// Open opens (creating if needed) the database named by dsn and applies pending migrations. A dsn starting
// with postgres:// or postgresql:// is Postgres; anything else is a SQLite file path (optionally prefixed
// sqlite:// or file:).
func Open(ctx context.Context, dsn string, opts Options) (*DB, error) {
	if opts.Clock == nil {
		opts.Clock = indexer.SystemClock{}
	}
	if opts.ReadConns <= 0 {
		opts.ReadConns = 4
	}
	db := &DB{clock: opts.Clock, tables: map[string]*indexer.Table{}}
	for _, t := range indexer.Tables() {
		db.tables[t.Name] = t
	}
	var err error
	switch {
	case strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://"):
		db.dialect = Postgres
		if db.w, err = sql.Open("pgx", dsn); err != nil {
			return nil, fmt.Errorf("sqlstore: open postgres: %w", err)
		}
		db.w.SetMaxOpenConns(opts.ReadConns + 2)
		db.w.SetMaxIdleConns(opts.ReadConns + 2)
		db.r = db.w
	default:
		path := strings.TrimPrefix(strings.TrimPrefix(dsn, "sqlite://"), "file:")
		if path == "" || strings.Contains(path, ":memory:") || strings.Contains(path, "?") {
			return nil, fmt.Errorf("sqlstore: sqlite path %q: give a file path (the reader and writer pools share the file)", dsn)
		}
		// synchronous=NORMAL: under WAL a commit survives kill -9; the last ones may be lost on power loss.
		o := sqlitedb.Options{Sync: sqlitedb.Normal, CacheKiB: 32000}
		if db.w, err = sqlitedb.Open(path, o); err != nil {
			return nil, fmt.Errorf("sqlstore: open sqlite: %w", err)
		}
		if db.r, err = sqlitedb.OpenReaders(path, o, opts.ReadConns); err != nil {
			db.w.Close()
			return nil, fmt.Errorf("sqlstore: open sqlite: %w", err)
		}
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := db.w.PingContext(pctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlstore: connect %s: %w", db.dialect, err)
	}
	if err := db.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// Dialect reports the database flavour.
func (db *DB) Dialect() Dialect { return db.dialect }

// Close closes the pools.
func (db *DB) Close() error {
	var err error
	if db.r != nil && db.r != db.w {
		err = db.r.Close()
	}
	if db.w != nil {
		err = errors.Join(err, db.w.Close())
	}
	return err
}

// Healthy pings the database.
func (db *DB) Healthy(ctx context.Context) error {
	if err := db.r.PingContext(ctx); err != nil {
		return fmt.Errorf("sqlstore: %s unreachable: %w", db.dialect, err)
	}
	return nil
}

// rebind turns ? placeholders into $1, $2... for Postgres. Our SQL never has ? inside literals.
func (db *DB) rebind(q string) string {
	if db.dialect != Postgres || !strings.Contains(q, "?") {
		return q
	}
	var b strings.Builder
	b.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(q[i])
	}
	return b.String()
}

// ---------------------------------------------------------------- migrations

// migrations are the embedded migrations, for both dialects.
func migrations() ([]sqlitedb.Migration, error) { return sqlitedb.Load(migrationFS, "migrations") }

// migrate applies pending migrations, each in its own transaction, recording it in schema_migrations.
func (db *DB) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	if _, err := db.w.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("sqlstore: create schema_migrations: %w", err)
	}
	for _, m := range ms {
		if err := db.apply(ctx, m); err != nil {
			return err
		}
	}
	return nil
}

func (db *DB) apply(ctx context.Context, m sqlitedb.Migration) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlstore: migration %s: begin: %w", m.Name, err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit this is a no-op
	if db.dialect == Postgres {
		// Two indexers starting against one database migrate one after the other.
		if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(7240817)`); err != nil {
			return fmt.Errorf("sqlstore: migration lock: %w", err)
		}
	}
	var n int
	if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.Version).Scan(&n); err != nil {
		return fmt.Errorf("sqlstore: migration %s: %w", m.Name, err)
	}
	if n > 0 {
		return nil
	}
	for _, stmt := range splitSQL(m.SQL) {
		if _, err := tx.ExecContext(ctx, stmt); err != nil {
			return fmt.Errorf("sqlstore: migration %s: %w\n%s", m.Name, err, stmt)
		}
	}
	if _, err := tx.ExecContext(ctx, db.rebind(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
		m.Version, m.Name, db.clock.Now().Unix()); err != nil {
		return fmt.Errorf("sqlstore: record migration %s: %w", m.Name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlstore: migration %s: commit: %w", m.Name, err)
	}
	return nil
}

// splitSQL splits a migration into statements at semicolons ending a line, dropping -- comments.
func splitSQL(s string) []string {
	var out []string
	var cur strings.Builder
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		cur.WriteString(line)
		cur.WriteByte('\n')
		if strings.HasSuffix(strings.TrimSpace(line), ";") {
			out = append(out, strings.TrimSpace(cur.String()))
			cur.Reset()
		}
	}
	if strings.TrimSpace(cur.String()) != "" {
		out = append(out, strings.TrimSpace(cur.String()))
	}
	return out
}

// SchemaVersion is the highest applied migration.
func (db *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	err := db.r.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_migrations`).Scan(&v)
	return int(v.Int64), err
}

// Columns lists a table's columns as the database has them (to check the model and the migrations agree).
func (db *DB) Columns(ctx context.Context, table string) ([]string, error) {
	if _, ok := db.tables[table]; !ok {
		return nil, fmt.Errorf("sqlstore: unknown table %q", table)
	}
	rows, err := db.r.QueryContext(ctx, "SELECT * FROM "+table+" WHERE 1 = 0")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	return rows.Columns()
}

// Analyze refreshes the query planner's statistics. Postgres plans the quote search by them: on a freshly
// bulk-loaded table (before autovacuum gets to it) it can sort every quote of a class instead of walking the
// rank index; the indexer node runs this after catching up and every few minutes.
func (db *DB) Analyze(ctx context.Context) error {
	if _, err := db.w.ExecContext(ctx, "ANALYZE"); err != nil {
		return fmt.Errorf("sqlstore: analyze: %w", err)
	}
	return nil
}

// RedactDSN hides a Postgres password, for logs and messages.
func RedactDSN(dsn string) string {
	if at := strings.LastIndex(dsn, "@"); at > 0 && strings.Contains(dsn, "://") {
		scheme, rest, _ := strings.Cut(dsn, "://")
		user, _, _ := strings.Cut(rest[:strings.LastIndex(rest, "@")], ":")
		return scheme + "://" + user + ":***" + dsn[at:]
	}
	return dsn
}

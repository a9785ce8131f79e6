// Package sqlitedb opens the SQLite files the nodes keep (modernc.org/sqlite, no cgo) and brings their schema
// up to date. It owns how a store's file is opened: WAL, a busy timeout, the commit
// durability, IMMEDIATE write transactions and one writer connection, so every write is serialised and every
// read sees every committed write. It also owns how a store's schema gets there: versioned migrations, each
// in its own transaction and recorded in a version table the store names (OpenMigrated), or an idempotent
// schema run at every open (OpenSchema).
//
// It never holds a store's schema or queries (each store keeps its own migrations and SQL), never opens an
// in-memory database (a store's reader and writer must share one file), and never talks to a chain or a peer.
package sqlitedb

import (
	"database/sql"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	_ "modernc.org/sqlite" // registers the "sqlite" database/sql driver
)

// Sync is how far a commit has gone when it returns.
type Sync int

const (
	// Full: a commit is on disk when it returns, so it survives power loss as well as kill -9. The nodes act on
	// what they recorded only after recording it: this is their default.
	Full Sync = iota
	// Normal: a commit survives kill -9 but the last ones may be lost on power loss (WAL's NORMAL); for a store
	// that can refill itself from the chain.
	Normal
)

func (s Sync) String() string {
	if s == Normal {
		return "NORMAL"
	}
	return "FULL"
}

// Options tune Open. The zero value is what the nodes' stores use.
type Options struct {
	// Sync is the commit durability (default Full).
	Sync Sync
	// ForeignKeys turns on foreign key enforcement.
	ForeignKeys bool
	// CacheKiB sizes the page cache of each connection (0: SQLite's default).
	CacheKiB int
}

// busyTimeoutMs: a writer waits this long for another process's lock (a reader pool beside it, or a second
// process on the file) before SQLITE_BUSY.
const busyTimeoutMs = 10000

// DSN is the modernc.org/sqlite data source name for the file at path. readOnly makes every connection
// query-only (a read pool beside the writer); otherwise every transaction takes the write lock up front, so
// a transaction that reads then writes waits for the lock instead of failing with SQLITE_BUSY.
func DSN(path string, o Options, readOnly bool) (string, error) {
	if path == "" || strings.Contains(path, ":memory:") || strings.Contains(path, "?") {
		return "", fmt.Errorf("sqlitedb: path %q: give a file path", path)
	}
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeoutMs))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "synchronous("+o.Sync.String()+")")
	if o.ForeignKeys {
		q.Add("_pragma", "foreign_keys(1)")
	}
	if o.CacheKiB > 0 {
		q.Add("_pragma", fmt.Sprintf("cache_size(-%d)", o.CacheKiB))
	}
	if readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Set("_txlock", "immediate")
	}
	return "file:" + filepath.ToSlash(path) + "?" + q.Encode(), nil
}

// Open opens (creating if needed) the SQLite file at path for writing, through one connection. It does no
// I/O: the first query opens the file.
func Open(path string, o Options) (*sql.DB, error) {
	db, err := open(path, o, false)
	if err != nil {
		return nil, err
	}
	// One connection: every write is serialised, and reads through it see every committed write. Kept open,
	// so the WAL stays attached and pragmas apply once.
	db.SetMaxOpenConns(1)
	db.SetConnMaxIdleTime(0)
	return db, nil
}

// OpenReaders opens a pool of at most conns query-only connections to the file at path, for reads beside the
// writer Open returns.
func OpenReaders(path string, o Options, conns int) (*sql.DB, error) {
	if conns <= 0 {
		return nil, fmt.Errorf("sqlitedb: %d reader connections: want at least one", conns)
	}
	db, err := open(path, o, true)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(conns)
	return db, nil
}

func open(path string, o Options, readOnly bool) (*sql.DB, error) {
	dsn, err := DSN(path, o, readOnly)
	if err != nil {
		return nil, err
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlitedb: open %s: %w", path, err)
	}
	return db, nil
}

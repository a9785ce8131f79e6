// Package pgtest gives tests a throwaway Postgres database.
//
// With IDLEGRID_TEST_POSTGRES set to a server's DSN (a superuser's, e.g.
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable) it uses that server. Otherwise it starts its own
// server once per test binary from the server binaries (initdb, postgres) found on PATH or under
// /usr/lib/postgresql/*/bin (Debian's postgresql package), in a temp directory on a free loopback port, running
// as the postgres (or nobody) user when the tests run as root, and stops it when the tests end (call Main from
// TestMain). Each DSN call creates a fresh schema (the DSN's search_path), dropped at the end of the test.
//
// Without server binaries the tests that need Postgres skip, saying why, unless IDLEGRID_REQUIRE_POSTGRES=1
// (scripts/test sets it), which turns the skip into a failure; binaries that are there but fail are a failure.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver
)

// Environment variables.
const (
	EnvDSN     = "IDLEGRID_TEST_POSTGRES"
	EnvRequire = "IDLEGRID_REQUIRE_POSTGRES"
	EnvBinDir  = "IDLEGRID_PG_BIN"
)

var (
	once    sync.Once
	srv     *server
	srvErr  error
	counter atomic.Int64
)

type server struct {
	admin   string // DSN of the maintenance database
	cmd     *exec.Cmd
	exited  chan struct{} // closed when the server process has exited
	waitErr error         // its exit status, once exited is closed
	dir     string
	logf    string
}

// Main runs the tests and stops the server started for them. Use it from TestMain:
//
//	func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }
func Main(m *testing.M) int {
	code := m.Run()
	Stop()
	return code
}

// Stop stops the server this process started (if any).
func Stop() {
	if srv != nil && srv.cmd != nil {
		srv.stop()
	}
}

// DSN returns the DSN of a new, empty database, dropped when tb ends. It skips tb when no Postgres is
// available (fails instead with IDLEGRID_REQUIRE_POSTGRES=1).
func DSN(tb testing.TB) string {
	tb.Helper()
	once.Do(func() { srv, srvErr = start() })
	if srvErr != nil {
		// Only missing binaries are a reason to skip: a server that is there but fails is a failure.
		if errors.Is(srvErr, errNoBinaries) && os.Getenv(EnvRequire) != "1" {
			tb.Skipf("pgtest: skipping the Postgres case: %v (scripts/pg ensure installs Debian's postgresql; or set %s)", srvErr, EnvDSN)
		}
		tb.Fatalf("pgtest: Postgres unavailable: %v", srvErr)
	}
	// A schema per test in one shared database: far cheaper than CREATE DATABASE, which copies a template.
	name := fmt.Sprintf("t%d_%d", os.Getpid(), counter.Add(1))
	admin, err := sql.Open("pgx", srv.admin)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	defer admin.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+name); err != nil {
		tb.Fatalf("pgtest: create schema: %v", err)
	}
	tb.Cleanup(func() {
		a, err := sql.Open("pgx", srv.admin)
		if err != nil {
			return
		}
		defer a.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		_, _ = a.ExecContext(ctx, "DROP SCHEMA IF EXISTS "+name+" CASCADE")
	})
	u, err := url.Parse(srv.admin)
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	q := u.Query()
	q.Set("search_path", name)
	u.RawQuery = q.Encode()
	return u.String()
}

func start() (*server, error) {
	if dsn := os.Getenv(EnvDSN); dsn != "" {
		if err := ping(dsn, 10*time.Second, nil); err != nil {
			return nil, fmt.Errorf("%s=%s: %w", EnvDSN, dsn, err)
		}
		return &server{admin: dsn}, nil
	}
	bin, err := findBinaries()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "idlegrid-pg-")
	if err != nil {
		return nil, err
	}
	s := &server{dir: dir, logf: filepath.Join(dir, "postgres.log")}
	cred, err := runAs(dir)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
	initdb.SysProcAttr = procAttr(cred, false)
	if out, err := initdb.CombinedOutput(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("initdb: %v\n%s", err, out)
	}
	port, err := freePort()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	logFile, err := os.Create(s.logf)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	defer logFile.Close()
	if cred != nil {
		_ = os.Chown(s.logf, int(cred.Uid), int(cred.Gid))
	}
	s.cmd = exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-p", strconv.Itoa(port), "-k", dir,
		"-h", "127.0.0.1", "-F", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
		"-c", "max_connections=200", "-c", "shared_buffers=64MB")
	s.cmd.Stdout, s.cmd.Stderr = logFile, logFile
	// The server dies with this process even if it is killed before it can stop it.
	s.cmd.SysProcAttr = procAttr(cred, true)
	if err := s.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start postgres: %w", err)
	}
	s.exited = make(chan struct{})
	go func() { s.waitErr = s.cmd.Wait(); close(s.exited) }()
	s.admin = fmt.Sprintf("postgres://postgres@127.0.0.1:%d/postgres?sslmode=disable", port)
	if err := ping(s.admin, 30*time.Second, s); err != nil {
		log, _ := os.ReadFile(s.logf)
		s.stop()
		return nil, fmt.Errorf("postgres did not come up: %w\n%s", err, log)
	}
	return s, nil
}

func (s *server) stop() {
	if s.cmd != nil && s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(syscall.SIGINT) // fast shutdown
		select {
		case <-s.exited:
		case <-time.After(10 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.exited
		}
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
	}
}

// ping waits for the server at dsn to answer; s (nil for an external server) ends the wait if it exits.
func ping(dsn string, within time.Duration, s *server) error {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	var exited <-chan struct{}
	if s != nil {
		exited = s.exited
	}
	deadline := time.Now().Add(within)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		err = db.PingContext(ctx)
		cancel()
		if err == nil {
			return nil
		}
		select {
		case <-exited:
			return fmt.Errorf("server exited: %v", s.waitErr)
		default:
		}
		if time.Now().After(deadline) {
			return err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// findBinaries returns the directory holding initdb and postgres.
func findBinaries() (string, error) {
	if dir := os.Getenv(EnvBinDir); dir != "" {
		if _, err := os.Stat(filepath.Join(dir, "initdb")); err != nil {
			return "", fmt.Errorf("%w in %s=%s", errNoBinaries, EnvBinDir, dir)
		}
		return dir, nil
	}
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		dir := filepath.Dir(p)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	matches, _ := filepath.Glob("/usr/lib/postgresql/*/bin/initdb")
	sort.Slice(matches, func(i, j int) bool { return pgVersion(matches[i]) > pgVersion(matches[j]) })
	for _, m := range matches {
		dir := filepath.Dir(m)
		if _, err := os.Stat(filepath.Join(dir, "postgres")); err == nil {
			return dir, nil
		}
	}
	return "", fmt.Errorf("%w on PATH or under /usr/lib/postgresql/*/bin", errNoBinaries)
}

var errNoBinaries = errors.New("no PostgreSQL server binaries (initdb, postgres)")

func pgVersion(path string) int {
	parts := strings.Split(path, string(filepath.Separator))
	for i, p := range parts {
		if p == "postgresql" && i+1 < len(parts) {
			v, _ := strconv.Atoi(parts[i+1])
			return v
		}
	}
	return 0
}

// runAs picks the user the server runs as: Postgres refuses to run as root.
func runAs(dir string) (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	var u *user.User
	var err error
	for _, name := range []string{"postgres", "nobody"} {
		if u, err = user.Lookup(name); err == nil {
			break
		}
	}
	if err != nil {
		return nil, fmt.Errorf("running as root and no postgres or nobody user to run the server as: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := filepath.Walk(dir, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Chown(p, uid, gid)
	}); err != nil {
		return nil, err
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

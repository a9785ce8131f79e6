package observe_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
)

func openDB(t testing.TB) (*sqlstore.DB, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "inspector.db")
	db, err := sqlstore.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func newLog(t testing.TB) *observe.Log {
	t.Helper()
	db, _ := openDB(t)
	l, err := observe.NewLog(observe.DefaultConfig(), db)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

var (
	m0 = common.HexToHash("0xaa")
	t0 = time.Unix(1_700_000_000, 0)
)

func at(min float64) time.Time { return t0.Add(time.Duration(min * float64(time.Minute))) }

// record appends liveness outcomes at the given minutes: true for a pass.
func record(t *testing.T, l *observe.Log, m common.Hash, checks map[float64]bool, order []float64) {
	t.Helper()
	for _, minute := range order {
		if _, err := l.Record(context.Background(), observe.Outcome{Machine: m, Kind: observe.Liveness, At: at(minute), OK: checks[minute]}); err != nil {
			t.Fatal(err)
		}
	}
}

func seq(pattern string) (map[float64]bool, []float64) {
	// pattern: one char per minute from minute 0: '+' pass, '-' fail, '.' no check.
	m := map[float64]bool{}
	var order []float64
	for i, c := range pattern {
		if c == '.' {
			continue
		}
		m[float64(i)] = c == '+'
		order = append(order, float64(i))
	}
	return m, order
}

func TestDown(t *testing.T) {
	for _, tc := range []struct {
		name    string
		pattern string
		until   float64
		down    bool
		since   float64
	}{
		{"healthy", "+++++", 4, false, 0},
		{"one failure is not down", "+++-", 3, false, 0},
		{"two in a row", "++--", 3, true, 2},
		{"recovered", "++--+", 4, false, 0},
		{"flapping never two in a row", "+-+-+-+-", 7, false, 0},
		{"down again after recovery", "+--++---", 7, true, 5},
		{"down from the first check", "---", 2, true, 0},
		{"stale: checks stopped", "++--.....", 8, false, 0},
		{"fresh enough", "++--..", 5, true, 2},
		{"asked about the past", "++---++++", 4, true, 2},
		// Later failures of the same run confirm the first was no blip.
		{"asked about the past, at the first failure", "++---++++", 2, true, 2},
		{"asked about the past, before the outage", "++---++++", 1, false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLog(t)
			checks, order := seq(tc.pattern)
			record(t, l, m0, checks, order)
			since, down, err := l.Down(context.Background(), m0, at(tc.until))
			if err != nil {
				t.Fatal(err)
			}
			if down != tc.down || (down && !since.Equal(at(tc.since))) {
				t.Fatalf("down %v since %s, want %v since minute %v", down, since, tc.down, tc.since)
			}
		})
	}
}

func TestDownThrough(t *testing.T) {
	l := newLog(t)
	checks, order := seq("+++---")
	record(t, l, m0, checks, order)
	ctx := context.Background()
	if err := l.DownThrough(ctx, m0, at(3), at(5)); err != nil {
		t.Fatalf("down since the first failed check: %v", err)
	}
	if err := l.DownThrough(ctx, m0, at(4.5), at(5)); err != nil {
		t.Fatalf("a later moment of the same outage: %v", err)
	}
	err := l.DownThrough(ctx, m0, at(2.5), at(5))
	if !errors.Is(err, observe.ErrNotObserved) || !strings.Contains(err.Error(), "first failed") {
		t.Fatalf("a moment before the first failure: %v", err)
	}
	if err := l.DownThrough(ctx, common.HexToHash("0xbb"), at(3), at(5)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("a machine never checked: %v", err)
	}
	if err := l.DownFor(ctx, m0, at(3), 2*time.Minute, at(5)); err != nil {
		t.Fatalf("down for two minutes: %v", err)
	}
	if err := l.DownFor(ctx, m0, at(3), 3*time.Minute, at(5)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("down for three minutes claimed after two: %v", err)
	}
	record(t, l, m0, map[float64]bool{6: true}, []float64{6})
	if err := l.DownThrough(ctx, m0, at(3), at(6)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("a success after the failure: %v", err)
	}
}

func TestRecordRules(t *testing.T) {
	l := newLog(t)
	ctx := context.Background()
	if _, err := l.Record(ctx, observe.Outcome{Machine: m0, Kind: observe.Liveness, At: at(2), OK: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Record(ctx, observe.Outcome{Machine: m0, Kind: observe.Liveness, At: at(1), OK: false}); !errors.Is(err, observe.ErrOutOfOrder) {
		t.Fatalf("older outcome: %v", err)
	}
	// Kinds are separate logs.
	if _, err := l.Record(ctx, observe.Outcome{Machine: m0, Kind: observe.Compute, At: at(1), OK: true, Detail: "H100x8"}); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		o    observe.Outcome
		want string
	}{
		{observe.Outcome{Kind: observe.Liveness, At: t0}, "machine"},
		{observe.Outcome{Machine: m0, Kind: 9, At: t0}, "kind"},
		{observe.Outcome{Machine: m0, Kind: observe.Liveness}, "at"},
		{observe.Outcome{Machine: m0, Kind: observe.Liveness, At: t0, OK: true, Forged: true}, "forged"},
		{observe.Outcome{Machine: m0, Kind: observe.Liveness, At: t0, Detail: strings.Repeat("x", observe.MaxDetail+1)}, "detail"},
	} {
		if _, err := l.Record(ctx, tc.o); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%+v: %v, want an error naming %s", tc.o, err, tc.want)
		}
	}
	r, ok, err := l.Store().LatestRun(ctx, m0, observe.Compute)
	if err != nil || !ok || r.Detail != "H100x8" || !r.OK {
		t.Fatalf("compute run %+v %v %v", r, ok, err)
	}
	if _, err := observe.NewLog(observe.Config{FailuresNeeded: 1, Fresh: time.Minute}, l.Store()); err == nil {
		t.Fatal("one failure accepted as a negative observation")
	}
}

func TestEvidenceAndPrune(t *testing.T) {
	l := newLog(t)
	ctx := context.Background()
	for i, forged := range []bool{false, true, false} {
		if _, err := l.Record(ctx, observe.Outcome{Machine: m0, Kind: observe.Liveness, At: at(float64(i)), Forged: forged, Detail: "replayed echo"}); err != nil {
			t.Fatal(err)
		}
	}
	ev, err := l.Store().Evidence(ctx, m0, at(0), at(10))
	if err != nil || len(ev) != 1 || !ev[0].At.Equal(at(1)) || ev[0].Detail != "replayed echo" {
		t.Fatalf("evidence %+v %v", ev, err)
	}
	if _, err := l.Record(ctx, observe.Outcome{Machine: m0, Kind: observe.Liveness, At: at(30), OK: true}); err != nil {
		t.Fatal(err)
	}
	n, err := l.Store().PruneRuns(ctx, at(20))
	if err != nil || n != 1 {
		t.Fatalf("pruned %d: %v", n, err)
	}
	runs, err := l.Store().Runs(ctx, m0, observe.Liveness, time.Time{}, 0)
	if err != nil || len(runs) != 1 || !runs[0].OK {
		t.Fatalf("after prune: %+v %v", runs, err)
	}
	// The latest run survives whatever its age.
	if _, err := l.Store().PruneRuns(ctx, at(100)); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := l.Store().LatestRun(ctx, m0, observe.Liveness); !ok {
		t.Fatal("the latest run was pruned")
	}
}

func TestLogSurvivesReopen(t *testing.T) {
	db, path := openDB(t)
	l, _ := observe.NewLog(observe.DefaultConfig(), db)
	checks, order := seq("++--")
	record(t, l, m0, checks, order)
	db.Close()
	db2, err := sqlstore.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db2.Close()
	l2, _ := observe.NewLog(observe.DefaultConfig(), db2)
	since, down, err := l2.Down(context.Background(), m0, at(3))
	if err != nil || !down || !since.Equal(at(2)) {
		t.Fatalf("after reopen: down %v since %s %v", down, since, err)
	}
}

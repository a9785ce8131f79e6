// Package observe is an inspector's own record of what it saw: the outcome of every check it performed, kept as
// runs of equal outcomes per machine and kind, and the questions the agreement asks of it ("was this machine
// down at t and has it stayed down?"). inspector/watch performs the checks and records them here.
//
// Only this node's own checks enter the log: a node never signs what it did not observe, and what it observed
// is exactly what this package recorded. It never reads another inspector's observations, never signs and never
// talks to a chain, and performs no check itself.
package observe

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Kind is what was checked.
type Kind uint8

const (
	// Liveness is the signed liveness echo.
	Liveness Kind = iota + 1
	// Compute is a proof-of-compute challenge of all idle GPUs of a machine.
	Compute
	// Receipts is the signed receipts of a machine's leased GPUs.
	Receipts
)

func (k Kind) String() string {
	switch k {
	case Liveness:
		return "liveness"
	case Compute:
		return "compute"
	case Receipts:
		return "receipts"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k >= Liveness && k <= Receipts }

// Outcome is one check's result.
type Outcome struct {
	Machine common.Hash
	Kind    Kind
	// At is when the check began, on this node's clock.
	At time.Time
	OK bool
	// Forged: the node signed an answer to another question (see liveness.ErrForged): recorded as a failure and
	// kept as evidence.
	Forged bool
	// Detail is what the check established (for a passed compute check: class, GPU count and identity
	// digest, as the wiring encodes them) or why it failed. Kept with the run's latest check.
	Detail string
}

// Validate names the first bad field.
func (o Outcome) Validate() error {
	switch {
	case o.Machine == (common.Hash{}):
		return errors.New("observe: outcome: machine: zero")
	case !o.Kind.Valid():
		return fmt.Errorf("observe: outcome: kind: unknown %s", o.Kind)
	case o.At.IsZero() || o.At.Unix() <= 0:
		return fmt.Errorf("observe: outcome: at: %s is not a time", o.At)
	case o.OK && o.Forged:
		return errors.New("observe: outcome: a forged answer cannot pass")
	case len(o.Detail) > MaxDetail:
		return fmt.Errorf("observe: outcome: detail: %d bytes, at most %d", len(o.Detail), MaxDetail)
	}
	return nil
}

// MaxDetail bounds an outcome's detail.
const MaxDetail = 4 << 10

// Run is a maximal sequence of consecutive checks of one machine and kind with the same result.
type Run struct {
	Machine     common.Hash
	Kind        Kind
	OK          bool
	First, Last time.Time
	Checks      int
	// Detail is the detail of the run's latest check.
	Detail string
}

// Evidence is a forged answer this node received itself.
type Evidence struct {
	Machine common.Hash
	Kind    Kind
	At      time.Time
	Detail  string
}

// ErrOutOfOrder means an outcome older than the latest one recorded for its machine and kind.
var ErrOutOfOrder = errors.New("observe: outcome older than the latest recorded")

// Store keeps the log durably (inspector/sqlstore implements it).
type Store interface {
	// AppendOutcome extends the latest run of o's machine and kind when it has o's result, and starts a new
	// run otherwise; a forged outcome also stores its evidence. It returns the run o ended in. An outcome
	// older than the run's latest check is ErrOutOfOrder.
	AppendOutcome(ctx context.Context, o Outcome) (Run, error)
	// Runs returns machine's runs of kind whose last check is at or after from, oldest first, at most limit.
	Runs(ctx context.Context, machine common.Hash, kind Kind, from time.Time, limit int) ([]Run, error)
	// LatestRun is the latest run of machine and kind.
	LatestRun(ctx context.Context, machine common.Hash, kind Kind) (Run, bool, error)
	// Evidence returns the forged answers from machine received in [from, until].
	Evidence(ctx context.Context, machine common.Hash, from, until time.Time) ([]Evidence, error)
	// PruneRuns drops runs whose last check is before t, and evidence older than t.
	PruneRuns(ctx context.Context, before time.Time) (int64, error)
}

// Config is the log's rules.
type Config struct {
	// FailuresNeeded is how many failed checks in a row make a negative observation (default 2).
	FailuresNeeded int
	// Fresh bounds how old this node's latest failed check may be, relative to the end of the time asked
	// about, for a negative observation to count: a node that stopped checking a machine (reassigned, or
	// itself down) has no say on whether it came back (default 3 min, three liveness periods).
	Fresh time.Duration
}

// DefaultConfig: two failures in a row, fresh within three minutes.
func DefaultConfig() Config { return Config{FailuresNeeded: 2, Fresh: 3 * time.Minute} }

// Validate names the first bad field.
func (c Config) Validate() error {
	switch {
	case c.FailuresNeeded < 2:
		return fmt.Errorf("observe: failuresNeeded %d: at least two failed checks in a row are needed", c.FailuresNeeded)
	case c.Fresh <= 0:
		return fmt.Errorf("observe: fresh %s must be positive", c.Fresh)
	}
	return nil
}

// Log answers the agreement's questions from this node's own checks.
type Log struct {
	cfg   Config
	store Store
}

// NewLog wraps store.
func NewLog(cfg Config, store Store) (*Log, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if store == nil {
		return nil, errors.New("observe: a store is required")
	}
	return &Log{cfg: cfg, store: store}, nil
}

// Config is the log's rules.
func (l *Log) Config() Config { return l.cfg }

// Record appends one outcome.
func (l *Log) Record(ctx context.Context, o Outcome) (Run, error) {
	if err := o.Validate(); err != nil {
		return Run{}, err
	}
	return l.store.AppendOutcome(ctx, o)
}

// Store is the underlying store, for queries the log does not wrap.
func (l *Log) Store() Store { return l.store }

// lastRunUntil is the latest run of kind for machine that began at or before until.
func (l *Log) lastRunUntil(ctx context.Context, machine common.Hash, kind Kind, until time.Time) (Run, bool, error) {
	latest, ok, err := l.store.LatestRun(ctx, machine, kind)
	if err != nil || !ok {
		return Run{}, false, err
	}
	if !latest.First.After(until) {
		return latest, true, nil
	}
	// Rare: runs began after until (a closed lease asked about later). Walk back from the runs that end
	// after until - fresh.
	runs, err := l.store.Runs(ctx, machine, kind, until.Add(-l.cfg.Fresh), 1<<16)
	if err != nil {
		return Run{}, false, err
	}
	var best Run
	found := false
	for _, r := range runs {
		if !r.First.After(until) {
			best, found = r, true
		}
	}
	return best, found, nil
}

// Down is this node's negative observation of machine, if it has one, over the time up to until: the latest
// run of liveness checks that began by until failed, has at least FailuresNeeded checks, and its latest check
// is no older than Fresh before until. since is the run's first failed check: the first failed check after
// the last good one.
func (l *Log) Down(ctx context.Context, machine common.Hash, until time.Time) (since time.Time, down bool, err error) {
	r, ok, err := l.lastRunUntil(ctx, machine, Liveness, until)
	if err != nil || !ok {
		return time.Time{}, false, err
	}
	if r.OK || r.Checks < l.cfg.FailuresNeeded || r.Last.Before(until.Add(-l.cfg.Fresh)) {
		return time.Time{}, false, nil
	}
	return r.First, true, nil
}

// ErrNotObserved is why a node refuses to sign: its own log does not show what it is asked to sign. The
// wrapped message says what it shows instead.
var ErrNotObserved = errors.New("not observed by this inspector")

// DownThrough checks a breach claim against this node's log: the machine was down at t and stayed down until
// until, i.e. Down(until) holds with a first failed check at or before t. A success after that failure, too
// few failures, or a last failure older than Fresh before until all refuse it.
func (l *Log) DownThrough(ctx context.Context, machine common.Hash, t, until time.Time) error {
	since, down, err := l.Down(ctx, machine, until)
	if err != nil {
		return err
	}
	if !down {
		return fmt.Errorf("%w: machine %s is not down in this node's checks up to %s", ErrNotObserved, machine, until.UTC().Format(time.RFC3339))
	}
	if since.After(t) {
		return fmt.Errorf("%w: machine %s first failed at %s, after the claimed %s", ErrNotObserved, machine,
			since.UTC().Format(time.RFC3339), t.UTC().Format(time.RFC3339))
	}
	return nil
}

// DownFor checks a downtime claim: the machine has been down (by Down) since at or before from, for at least
// d, with until the end of the time considered.
func (l *Log) DownFor(ctx context.Context, machine common.Hash, from time.Time, d time.Duration, until time.Time) error {
	if until.Sub(from) < d {
		return fmt.Errorf("%w: %s of downtime claimed from %s, only %s elapsed", ErrNotObserved, d, from.UTC().Format(time.RFC3339), until.Sub(from))
	}
	return l.DownThrough(ctx, machine, from, until)
}

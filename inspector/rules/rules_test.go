package rules_test

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
)

var (
	t0      = time.Unix(1_700_000_000, 0)
	machine = common.HexToHash("0x6d")
	escrow  = common.HexToAddress("0xe5")
)

type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time  { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) set(t time.Time) { c.mu.Lock(); c.now = t; c.mu.Unlock() }

func newLog(t *testing.T) *observe.Log {
	t.Helper()
	db, err := sqlstore.Open(context.Background(), filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	l, err := observe.NewLog(observe.DefaultConfig(), db)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// checks records liveness outcomes, one per minute from minute 0 ('+' pass, '-' fail, '.' none), each at
// second 30 of its minute.
func checks(t *testing.T, l *observe.Log, m common.Hash, pattern string) {
	t.Helper()
	for i, c := range pattern {
		if c == '.' {
			continue
		}
		at := t0.Add(time.Duration(i)*time.Minute + 30*time.Second)
		if _, err := l.Record(context.Background(), observe.Outcome{Machine: m, Kind: observe.Liveness, At: at, OK: c == '+'}); err != nil {
			t.Fatal(err)
		}
	}
}

type leases map[int64]rules.Lease

func (l leases) Lease(_ context.Context, id *big.Int) (rules.Lease, error) {
	x, ok := l[id.Int64()]
	if !ok {
		return rules.Lease{}, fmt.Errorf("no lease %s", id)
	}
	return x, nil
}

func u64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func sec(minute, second int) uint64 {
	return uint64(t0.Add(time.Duration(minute)*time.Minute + time.Duration(second)*time.Second).Unix())
}

func TestBreach(t *testing.T) {
	l := newLog(t)
	checks(t, l, machine, "+++---")
	clk := &clock{now: t0.Add(6 * time.Minute)}
	ls := leases{
		1: {ID: big.NewInt(1), Machine: machine, Start: t0},                               // open
		2: {ID: big.NewInt(2), Machine: machine, Start: t0.Add(4 * time.Minute)},          // opened mid-outage
		3: {ID: big.NewInt(3), Machine: machine, Start: t0, End: t0.Add(2 * time.Minute)}, // closed before
		4: {ID: big.NewInt(4), Machine: common.HexToHash("0x77"), Start: t0},              // another machine
	}
	b, err := rules.NewBreach(rules.BreachConfig{Escrow: escrow, DisputeWindow: time.Hour}, ls, l, clk)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	observed := func(id int64) (uint64, bool) {
		t.Helper()
		v, ok, err := b.Observe(ctx, rules.BreachDecision(big.NewInt(id)))
		if err != nil {
			t.Fatal(err)
		}
		if !ok {
			return 0, false
		}
		return binary.BigEndian.Uint64(v), true
	}
	if v, ok := observed(1); !ok || v != sec(3, 30) {
		t.Fatalf("lease 1: %d %v, want the first failed check %d", v, ok, sec(3, 30))
	}
	if v, ok := observed(2); !ok || v != sec(4, 0) {
		t.Fatalf("lease 2 opened on a down machine: %d %v, want its start", v, ok)
	}
	if _, ok := observed(3); ok {
		t.Fatal("lease 3 closed while the machine was up")
	}
	if _, ok := observed(4); ok {
		t.Fatal("an unchecked machine observed down")
	}
	d := rules.BreachDecision(big.NewInt(1))
	for _, tc := range []struct {
		v    uint64
		want error
	}{
		{sec(3, 30), nil},
		{sec(5, 0), nil},
		{sec(3, 29), observe.ErrNotObserved},
		{sec(-1, 0), agree.ErrInvalidValue},
		{sec(7, 0), agree.ErrInvalidValue}, // after now
	} {
		if err := b.Endorse(ctx, d, u64(tc.v)); !errors.Is(err, tc.want) && !(tc.want == nil && err == nil) {
			t.Errorf("endorse %d: %v, want %v", tc.v, err, tc.want)
		}
	}
	if err := b.Endorse(ctx, d, []byte{1, 2}); !errors.Is(err, agree.ErrInvalidValue) {
		t.Errorf("short value: %v", err)
	}
	// The provider comes back: nothing is endorsed any more for the open lease.
	checks(t, l, machine, "......+")
	clk.set(t0.Add(7 * time.Minute))
	if err := b.Endorse(ctx, d, u64(sec(5, 0))); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("after recovery: %v", err)
	}
	// A lease that closed during the outage is still breachable within the dispute window...
	ls[5] = rules.Lease{ID: big.NewInt(5), Machine: machine, Start: t0, End: t0.Add(5 * time.Minute)}
	if err := b.Endorse(ctx, rules.BreachDecision(big.NewInt(5)), u64(sec(3, 30))); err != nil {
		t.Fatalf("closed lease within the dispute window: %v", err)
	}
	// ...and not after it.
	clk.set(t0.Add(5*time.Minute + time.Hour + time.Second))
	if err := b.Endorse(ctx, rules.BreachDecision(big.NewInt(5)), u64(sec(3, 30))); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("past the dispute window: %v", err)
	}
	v, err := b.Combine(d, []agree.Observation{{Has: true, Value: u64(30)}, {Has: true, Value: u64(10)}, {Has: false}, {Has: true, Value: u64(20)}, {Has: true, Value: []byte{1}}}, 2)
	if err != nil || binary.BigEndian.Uint64(v) != 20 {
		t.Fatalf("combine: %x %v", v, err)
	}
	if _, err := b.Combine(d, []agree.Observation{{Has: true, Value: u64(1)}}, 2); !errors.Is(err, agree.ErrNoQuorum) {
		t.Fatalf("combine of one: %v", err)
	}
	target, p, err := b.Attestation(ctx, d, u64(99))
	if err != nil || target != escrow || p.(oracle.Breach).DownSince != 99 || p.(oracle.Breach).LeaseID.Int64() != 1 {
		t.Fatalf("attestation %s %+v %v", target, p, err)
	}
}

type source struct {
	mu    sync.Mutex
	price *big.Int
	calls int
}

func (s *source) Name() string { return "test" }
func (s *source) Price(context.Context) (*big.Int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.calls++
	if s.price == nil {
		return nil, errors.New("no price")
	}
	return new(big.Int).Set(s.price), nil
}

func TestPrice(t *testing.T) {
	src := &source{price: big.NewInt(1_000_000)}
	clk := &clock{now: t0}
	p, err := rules.NewPrice(rules.PriceConfig{Oracle: escrow, Bucket: 5 * time.Minute, ToleranceBps: 100}, src, clk)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d := p.Decision(clk.Now())
	v, ok, err := p.Observe(ctx, d)
	if err != nil || !ok || len(v) != 40 {
		t.Fatalf("observe: %x %v %v", v, ok, err)
	}
	_, _, _ = p.Observe(ctx, d)
	if src.calls != 1 {
		t.Fatalf("source read %d times within the reading TTL", src.calls)
	}
	at := d.Window * 300
	val := func(price int64) []byte {
		b := make([]byte, 40)
		big.NewInt(price).FillBytes(b[:32])
		copy(b[32:], u64(at))
		return b
	}
	for price, ok := range map[int64]bool{1_000_000: true, 1_010_000: true, 990_000: true, 1_010_001: false, 500_000: false} {
		err := p.Endorse(ctx, d, val(price))
		if (err == nil) != ok {
			t.Errorf("endorse %d: %v", price, err)
		}
		if !ok && !errors.Is(err, observe.ErrNotObserved) {
			t.Errorf("a price this node disagrees with is not observed: %v", err)
		}
	}
	old := d
	old.Window -= 2
	if err := p.Endorse(ctx, old, val(1_000_000)); !errors.Is(err, agree.ErrInvalidValue) {
		t.Errorf("a stale window: %v", err)
	}
	if _, ok, _ := p.Observe(ctx, old); ok {
		t.Error("observed a past bucket")
	}
	obs := []agree.Observation{{Has: true, Value: val(10)}, {Has: true, Value: val(1_000_000)}, {Has: true, Value: val(1_000_100)},
		{Has: true, Value: val(999_000)}, {Has: true, Value: val(1 << 40)}}
	m, err := p.Combine(d, obs, 3)
	if err != nil || new(big.Int).SetBytes(m[:32]).Int64() != 1_000_000 {
		t.Fatalf("median: %x %v", m, err)
	}
	target, pl, err := p.Attestation(ctx, d, m)
	if err != nil || target != escrow || pl.(oracle.GridPrice).ObservedAt != at {
		t.Fatalf("attestation: %+v %v", pl, err)
	}
	if _, err := rules.NewPrice(rules.PriceConfig{Oracle: escrow, ToleranceBps: 10_000}, src, clk); err == nil {
		t.Error("tolerance of 100% accepted")
	}
}

type roots map[uint64]common.Hash

func (r roots) Root(_ context.Context, epoch uint64) (common.Hash, *big.Int, error) {
	h, ok := r[epoch]
	if !ok {
		return common.Hash{}, nil, errors.New("epoch not ended")
	}
	return h, big.NewInt(int64(1000 * (epoch + 1))), nil
}

func TestRoot(t *testing.T) {
	rr, err := rules.NewRoot(escrow, roots{3: common.HexToHash("0x33")})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d := rules.RootDecision(3)
	mine, ok, err := rr.Observe(ctx, d)
	if err != nil || !ok {
		t.Fatal(err)
	}
	if err := rr.Endorse(ctx, d, mine); err != nil {
		t.Fatal(err)
	}
	other := append([]byte(nil), mine...)
	other[63]++
	if err := rr.Endorse(ctx, d, other); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("another total: %v", err)
	}
	if _, _, err := rr.Observe(ctx, rules.RootDecision(4)); err == nil {
		t.Fatal("an epoch that cannot be computed was observed")
	}
	v, err := rr.Combine(d, []agree.Observation{{Has: true, Value: other}, {Has: true, Value: mine}, {Has: true, Value: mine}}, 2)
	if err != nil || string(v) != string(mine) {
		t.Fatalf("plurality: %v", err)
	}
	if _, err := rr.Combine(d, []agree.Observation{{Has: true, Value: other}, {Has: true, Value: mine}}, 2); !errors.Is(err, agree.ErrNoQuorum) {
		t.Fatalf("split: %v", err)
	}
	_, p, err := rr.Attestation(ctx, d, mine)
	if err != nil || p.(oracle.RewardRoot).Epoch != 3 || p.(oracle.RewardRoot).CumulativeTotal.Int64() != 4000 {
		t.Fatalf("attestation %+v %v", p, err)
	}
}

func TestVerification(t *testing.T) {
	l := newLog(t)
	clk := &clock{now: t0}
	payload := func(m common.Hash, v rules.Verified) (oracle.Payload, error) {
		return oracle.Completion{LeaseID: big.NewInt(1), ResultCID: fmt.Sprintf("%s/%d", v.Facts.Class, v.ExpiresAt)}, nil
	}
	v, err := rules.NewVerification(rules.VerificationConfig{Kind: 6, Target: escrow}, payload, l, clk)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d := v.Decision(machine, clk.Now())
	if _, ok, _ := v.Observe(ctx, d); ok {
		t.Fatal("observed a verification without a compute check")
	}
	facts := observe.ComputeFacts{Class: "H100", GPUs: 8, Identity: common.HexToHash("0x1d")}
	detail, err := facts.Encode()
	if err != nil {
		t.Fatal(err)
	}
	record := func(at time.Time, ok bool, detail string) {
		t.Helper()
		if _, err := l.Record(ctx, observe.Outcome{Machine: machine, Kind: observe.Compute, At: at, OK: ok, Detail: detail}); err != nil {
			t.Fatal(err)
		}
	}
	record(t0.Add(-10*time.Minute), true, detail)
	val, ok, err := v.Observe(ctx, d)
	if err != nil || !ok {
		t.Fatalf("observe after a pass: %v %v", ok, err)
	}
	got, err := rules.DecodeVerified(val)
	if err != nil || got.Facts != facts || got.ExpiresAt-got.VerifiedAt != 86400 || got.VerifiedAt != d.Window*6*3600 {
		t.Fatalf("decoded %+v %v", got, err)
	}
	if err := v.Endorse(ctx, d, val); err != nil {
		t.Fatal(err)
	}
	four := got
	four.Facts.GPUs = 4
	if err := v.Endorse(ctx, d, rulesEnc(t, v, d, four)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("other GPU count: %v", err)
	}
	// A failed compute check since: no longer vouched for.
	record(t0.Add(-time.Minute), false, "commitment late")
	if err := v.Endorse(ctx, d, val); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("after a failure: %v", err)
	}
	record(t0, true, detail)
	clk.set(t0.Add(2 * time.Hour))
	if err := v.Endorse(ctx, v.Decision(machine, clk.Now()), val); err == nil {
		t.Fatal("a stale pass vouched")
	}
}

// rulesEnc re-encodes x through the rule's own observation path shape (Observe's encoding is internal).
func rulesEnc(t *testing.T, _ *rules.Verification, _ agree.Decision, x rules.Verified) []byte {
	t.Helper()
	b := make([]byte, 84)
	copy(b[:32], x.Facts.Class)
	binary.BigEndian.PutUint32(b[32:36], x.Facts.GPUs)
	copy(b[36:68], x.Facts.Identity[:])
	binary.BigEndian.PutUint64(b[68:76], x.VerifiedAt)
	binary.BigEndian.PutUint64(b[76:84], x.ExpiresAt)
	if back, err := rules.DecodeVerified(b); err != nil || back != x {
		t.Fatalf("encoding of %+v does not round-trip: %+v %v", x, back, err)
	}
	return b
}

func TestDowntimeAndFraud(t *testing.T) {
	l := newLog(t)
	checks(t, l, machine, "++"+repeat('-', 70))
	clk := &clock{now: t0.Add(72 * time.Minute)}
	slash := func(m common.Hash, v uint64) (oracle.Payload, error) {
		return oracle.Slash{Offender: common.BytesToAddress(m[:20]), Amount: big.NewInt(int64(v)), Reporters: []common.Address{}}, nil
	}
	dt, err := rules.NewDowntime(rules.DowntimeConfig{Kind: oracle.KindSlash, Target: escrow, MinDowntime: time.Hour}, slash, l, clk)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d := dt.Decision(machine)
	v, ok, err := dt.Observe(ctx, d)
	if err != nil || !ok || binary.BigEndian.Uint64(v) != sec(2, 30) {
		t.Fatalf("downtime observed %x %v %v", v, ok, err)
	}
	if err := dt.Endorse(ctx, d, v); err != nil {
		t.Fatal(err)
	}
	if err := dt.Endorse(ctx, d, u64(sec(30, 0))); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("under an hour since the claimed time: %v", err)
	}
	clk.set(t0.Add(30 * time.Minute))
	if _, ok, _ := dt.Observe(ctx, d); ok {
		t.Fatal("half an hour down observed as downtime")
	}

	fr, err := rules.NewFraud(rules.FraudConfig{Kind: oracle.KindSlash, Target: escrow}, slash, l)
	if err != nil {
		t.Fatal(err)
	}
	fd := fr.Decision(machine, t0)
	if _, ok, _ := fr.Observe(ctx, fd); ok {
		t.Fatal("fraud observed without evidence")
	}
	if err := fr.Endorse(ctx, fd, u64(fd.Window)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("endorsed without evidence: %v", err)
	}
	if _, err := l.Record(ctx, observe.Outcome{Machine: machine, Kind: observe.Liveness, At: t0.Add(80 * time.Minute), Forged: true, Detail: "nonce replay"}); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := fr.Observe(ctx, fd); !ok {
		t.Fatal("own evidence not observed")
	}
	if err := fr.Endorse(ctx, fd, u64(fd.Window)); err != nil {
		t.Fatal(err)
	}
	if err := fr.Endorse(ctx, fd, u64(fd.Window+1)); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("value naming another window: %v", err)
	}
}

func repeat(c byte, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = c
	}
	return string(b)
}

// TestCompletion: a node observes and endorses only the result CID it verified itself; the leader's value is
// the CID k nodes verified; the attestation is the LeaseJournal's completion of that CID.
func TestCompletion(t *testing.T) {
	ctx := context.Background()
	db, err := sqlstore.Open(ctx, filepath.Join(t.TempDir(), "i.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	journal := common.HexToAddress("0x10")
	if _, err := rules.NewCompletion(common.Address{}, db); err == nil {
		t.Fatal("zero journal accepted")
	}
	c, err := rules.NewCompletion(journal, db)
	if err != nil {
		t.Fatal(err)
	}
	const cidA, cidB = "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq", "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
	d := rules.CompletionDecision(big.NewInt(5))
	if d.Kind != oracle.KindCompletion || c.Kind() != oracle.KindCompletion || c.Retry() {
		t.Fatalf("decision %+v, kind %s, retry %v", d, c.Kind(), c.Retry())
	}
	if _, ok, err := c.Observe(ctx, d); err != nil || ok {
		t.Fatalf("observed a result this node never verified: %v %v", ok, err)
	}
	if err := c.Endorse(ctx, d, []byte(cidA)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("endorsed a result this node never verified: %v", err)
	}
	if _, err := db.PutResult(ctx, observe.VerifiedResult{Lease: 5, Machine: machine, CID: cidA, At: t0}); err != nil {
		t.Fatal(err)
	}
	v, ok, err := c.Observe(ctx, d)
	if err != nil || !ok || string(v) != cidA {
		t.Fatalf("observed %q %v %v", v, ok, err)
	}
	if err := c.Endorse(ctx, d, []byte(cidA)); err != nil {
		t.Fatal(err)
	}
	if err := c.Endorse(ctx, d, []byte(cidB)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("endorsed another CID than the one verified: %v", err)
	}
	if err := c.Endorse(ctx, d, nil); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("empty value: %v", err)
	}
	if _, ok, _ := c.Observe(ctx, rules.CompletionDecision(big.NewInt(6))); ok {
		t.Fatal("another lease's question answered with lease 5's result")
	}
	// Two of three saw A, one B: with k = 2 the leader proposes A; with k = 3 nothing.
	obs := []agree.Observation{{Has: true, Value: []byte(cidA)}, {Has: true, Value: []byte(cidB)}, {Has: true, Value: []byte(cidA)}, {}}
	if got, err := c.Combine(d, obs, 2); err != nil || string(got) != cidA {
		t.Fatalf("combine k=2: %q %v", got, err)
	}
	if _, err := c.Combine(d, obs, 3); !errors.Is(err, agree.ErrNoQuorum) {
		t.Fatalf("combine k=3: %v", err)
	}
	to, p, err := c.Attestation(ctx, d, []byte(cidA))
	if err != nil || to != journal {
		t.Fatalf("attestation to %s: %v", to, err)
	}
	want := oracle.Completion{LeaseID: big.NewInt(5), ResultCID: cidA}
	if got, ok := p.(oracle.Completion); !ok || got.LeaseID.Cmp(want.LeaseID) != 0 || got.ResultCID != want.ResultCID {
		t.Fatalf("payload %+v", p)
	}
}

package assign_test

import (
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/assign"
)

var t0 = time.Unix(1_700_000_000, 0)

func seeded(t testing.TB, seed byte) *assign.Scheduler {
	t.Helper()
	s, err := assign.NewSchedulerSeeded(assign.DefaultScheduleConfig(), [32]byte{seed})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// run steps the scheduler every second for d and returns the tasks.
func run(s *assign.Scheduler, from time.Time, d time.Duration) []assign.Task {
	var out []assign.Task
	for now := from; now.Before(from.Add(d)); now = now.Add(time.Second) {
		out = append(out, s.Due(now)...)
	}
	return out
}

func TestLivenessCadence(t *testing.T) {
	s := seeded(t, 1)
	ms := machines(50)
	var set []assign.Machine
	for _, m := range ms {
		set = append(set, assign.Machine{ID: m, GPUs: []assign.GPU{{UUID: "g0"}}})
	}
	s.Set(t0, set)
	tasks := run(s, t0, 24*time.Hour)
	last := map[common.Hash]time.Time{}
	count := map[common.Hash]int{}
	var offsets [10]int
	for _, tk := range tasks {
		if tk.Kind != assign.Liveness {
			continue
		}
		if p, ok := last[tk.Machine]; ok {
			gap := tk.At.Sub(p)
			if gap <= 0 || gap > 2*time.Minute {
				t.Fatalf("liveness gap %s for %s", gap, tk.Machine)
			}
		}
		last[tk.Machine] = tk.At
		count[tk.Machine]++
		offsets[int(tk.At.Sub(t0)%time.Minute)/int(6*time.Second)]++
	}
	for _, m := range ms {
		if c := count[m]; c < 1430 || c > 1441 {
			t.Fatalf("machine %s: %d liveness checks in 24 h, want about 1,440", m, c)
		}
	}
	// Times are spread over the whole minute: no tenth of it is favoured or avoided.
	total := 0
	for _, c := range offsets {
		total += c
	}
	for i, c := range offsets {
		if want := total / 10; c < want*8/10 || c > want*12/10 {
			t.Fatalf("offset bucket %d has %d of %d checks", i, c, total)
		}
	}
}

func TestComputeCadence(t *testing.T) {
	s := seeded(t, 2)
	m := machines(3)
	s.Set(t0, []assign.Machine{
		{ID: m[0], GPUs: []assign.GPU{{UUID: "a"}, {UUID: "b", Leased: true}, {UUID: "c"}}},
		{ID: m[1], GPUs: []assign.GPU{{UUID: "d"}}, Unverified: true},
		{ID: m[2], GPUs: []assign.GPU{{UUID: "e", Leased: true}}},
	})
	tasks := run(s, t0, 48*time.Hour)
	last := map[common.Hash]time.Time{}
	first := map[common.Hash]time.Time{}
	for _, tk := range tasks {
		if tk.Kind != assign.Compute {
			continue
		}
		if _, ok := first[tk.Machine]; !ok {
			first[tk.Machine] = tk.At
		} else if gap := tk.At.Sub(last[tk.Machine]); gap < 15*time.Minute || gap > time.Hour+time.Second {
			t.Fatalf("compute gap %s", gap)
		}
		last[tk.Machine] = tk.At
		switch tk.Machine {
		case m[0]:
			if !slices.Equal(tk.Idle, []string{"a", "c"}) || !slices.Equal(tk.Leased, []string{"b"}) {
				t.Fatalf("all GPUs at once: idle %v leased %v", tk.Idle, tk.Leased)
			}
		case m[2]:
			if len(tk.Idle) != 0 || !slices.Equal(tk.Leased, []string{"e"}) {
				t.Fatalf("leased GPUs get receipts: idle %v leased %v", tk.Idle, tk.Leased)
			}
		}
	}
	if d := first[m[1]].Sub(t0); d > 2*time.Minute {
		t.Fatalf("an unverified machine waited %s for its first compute check", d)
	}
	if d := first[m[0]].Sub(t0); d < 15*time.Minute {
		t.Fatalf("a verified machine was compute-checked after %s", d)
	}
}

func TestBecomingUnverifiedBringsComputeForward(t *testing.T) {
	s := seeded(t, 3)
	m := machines(1)[0]
	s.Set(t0, []assign.Machine{{ID: m}})
	run(s, t0, time.Minute)
	at := t0.Add(time.Minute)
	s.Set(at, []assign.Machine{{ID: m, Unverified: true}})
	for _, tk := range run(s, at, 3*time.Minute) {
		if tk.Kind == assign.Compute {
			if tk.At.Sub(at) > 2*time.Minute {
				t.Fatalf("compute check %s after the machine became unverified", tk.At.Sub(at))
			}
			return
		}
	}
	t.Fatal("no compute check after the machine became unverified")
}

func TestSetDropsAndLateDoesNotPileUp(t *testing.T) {
	s := seeded(t, 4)
	ms := machines(2)
	s.Set(t0, []assign.Machine{{ID: ms[0]}, {ID: ms[1]}})
	s.Set(t0.Add(time.Second), []assign.Machine{{ID: ms[1]}})
	if s.Len() != 1 {
		t.Fatalf("%d machines scheduled", s.Len())
	}
	// The node sleeps for an hour: one catch-up, not sixty.
	tasks := s.Due(t0.Add(time.Hour))
	live := 0
	for _, tk := range tasks {
		if tk.Machine == ms[0] {
			t.Fatal("a dropped machine was checked")
		}
		if tk.Kind == assign.Liveness {
			live++
		}
	}
	if live != 1 {
		t.Fatalf("%d liveness checks after a one-hour gap", live)
	}
	next, ok := s.Next()
	if !ok || next.Before(t0.Add(time.Hour)) || next.After(t0.Add(time.Hour+time.Minute)) {
		t.Fatalf("next check at %s", next)
	}
}

// TestTimesArePrivate: two inspectors with different seeds check the same machine at unrelated times, and the
// default constructor draws a fresh seed.
func TestTimesArePrivate(t *testing.T) {
	m := machines(1)[0]
	times := func(s *assign.Scheduler) []time.Time {
		s.Set(t0, []assign.Machine{{ID: m}})
		var out []time.Time
		for _, tk := range run(s, t0, time.Hour) {
			out = append(out, tk.At)
		}
		return out
	}
	a, b := times(seeded(t, 5)), times(seeded(t, 5))
	if !slices.Equal(a, b) {
		t.Fatal("a seeded scheduler is not reproducible")
	}
	c := times(seeded(t, 6))
	same := 0
	for i := range min(len(a), len(c)) {
		if a[i].Equal(c[i]) {
			same++
		}
	}
	if same > 3 {
		t.Fatalf("%d of %d check times coincide between two seeds", same, len(a))
	}
	r1, _ := assign.NewScheduler(assign.DefaultScheduleConfig())
	r2, _ := assign.NewScheduler(assign.DefaultScheduleConfig())
	if slices.Equal(times(r1), times(r2)) {
		t.Fatal("two fresh schedulers drew the same times")
	}
	if _, err := assign.NewScheduler(assign.ScheduleConfig{}); err == nil {
		t.Fatal("zero config accepted")
	}
}

// BenchmarkSchedule1000Machines: one simulated minute of a node observing 1,000 machines, stepped each second.
func BenchmarkSchedule1000Machines(b *testing.B) {
	s := seeded(b, 7)
	var set []assign.Machine
	for _, m := range machines(1000) {
		set = append(set, assign.Machine{ID: m, GPUs: []assign.GPU{{UUID: "a"}, {UUID: "b"}}})
	}
	s.Set(t0, set)
	now := t0
	b.ResetTimer()
	checks := 0
	for i := 0; i < b.N; i++ {
		for j := 0; j < 60; j++ {
			now = now.Add(time.Second)
			checks += len(s.Due(now))
		}
	}
	b.ReportMetric(float64(checks)/float64(b.N), "checks/sim-min")
}

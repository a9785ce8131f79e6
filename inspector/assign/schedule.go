package assign

import (
	"container/heap"
	crand "crypto/rand"
	"fmt"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TaskKind is what a check does.
type TaskKind uint8

const (
	// Liveness is a signed liveness echo.
	Liveness TaskKind = iota + 1
	// Compute challenges every idle GPU of the machine at the same moment and asks signed receipts for the
	// leased ones.
	Compute
)

func (k TaskKind) String() string {
	switch k {
	case Liveness:
		return "liveness"
	case Compute:
		return "compute"
	}
	return fmt.Sprintf("task(%d)", uint8(k))
}

// GPU is one device of a machine as the chain and the provider's listing describe it.
type GPU struct {
	UUID string
	// Leased: an open lease holds it; it gets signed receipts instead of compute challenges.
	Leased bool
}

// Machine is one machine this inspector observes.
type Machine struct {
	ID   common.Hash
	GPUs []GPU
	// Unverified: the machine has no unexpired hardware verification (newly listed, or expiring): its next
	// compute check comes within ScheduleConfig.FirstCompute instead of the idle cadence.
	Unverified bool
}

// Task is one check to perform now.
type Task struct {
	Kind    TaskKind
	Machine common.Hash
	At      time.Time
	// Idle and Leased are the GPU UUIDs of a Compute task: Idle are challenged together, Leased answer with
	// receipts. Empty for Liveness.
	Idle, Leased []string
}

// ScheduleConfig sets the cadences.
type ScheduleConfig struct {
	// LivenessEvery is the mean time between liveness checks of a machine (default 1 min). Each period gets
	// exactly one check at a uniformly random moment inside it, so two checks are at most 2 × LivenessEvery
	// apart and their times cannot be predicted within the period.
	LivenessEvery time.Duration
	// ComputeMin and ComputeMax bound the random time between two compute checks of a machine with idle GPUs
	// (defaults 15 and 60 min), drawn uniformly.
	ComputeMin, ComputeMax time.Duration
	// FirstCompute bounds the random delay of the compute check of an unverified machine (default 2 min).
	FirstCompute time.Duration
}

// DefaultScheduleConfig is the production cadence.
func DefaultScheduleConfig() ScheduleConfig {
	return ScheduleConfig{LivenessEvery: time.Minute, ComputeMin: 15 * time.Minute, ComputeMax: time.Hour,
		FirstCompute: 2 * time.Minute}
}

// Validate names the first bad field.
func (c ScheduleConfig) Validate() error {
	switch {
	case c.LivenessEvery <= 0:
		return fmt.Errorf("assign: schedule: livenessEvery %s must be positive", c.LivenessEvery)
	case c.ComputeMin <= 0 || c.ComputeMax < c.ComputeMin:
		return fmt.Errorf("assign: schedule: compute interval [%s, %s] must be positive and ordered", c.ComputeMin, c.ComputeMax)
	case c.FirstCompute <= 0:
		return fmt.Errorf("assign: schedule: firstCompute %s must be positive", c.FirstCompute)
	}
	return nil
}

type entry struct {
	at      time.Time
	kind    TaskKind
	machine common.Hash
	index   int
}

type queue []*entry

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	if !q[i].at.Equal(q[j].at) {
		return q[i].at.Before(q[j].at)
	}
	if q[i].kind != q[j].kind {
		return q[i].kind < q[j].kind
	}
	return string(q[i].machine[:]) < string(q[j].machine[:])
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i]; q[i].index = i; q[j].index = j }
func (q *queue) Push(x any)   { e := x.(*entry); e.index = len(*q); *q = append(*q, e) }
func (q *queue) Pop() any {
	old := *q
	e := old[len(old)-1]
	*q = old[:len(old)-1]
	e.index = -1
	return e
}

type machineState struct {
	m        Machine
	slot     time.Time // start of the liveness period the pending liveness check is in
	liveness *entry
	compute  *entry
}

// Scheduler decides when this inspector checks each machine it observes. It is not safe for concurrent use:
// the node's check loop owns it.
type Scheduler struct {
	cfg      ScheduleConfig
	rng      *rand.Rand
	q        queue
	machines map[common.Hash]*machineState
}

// NewScheduler seeds the scheduler's ChaCha8 generator from crypto/rand.
func NewScheduler(cfg ScheduleConfig) (*Scheduler, error) {
	var seed [32]byte
	if _, err := crand.Read(seed[:]); err != nil {
		return nil, fmt.Errorf("assign: seed: %w", err)
	}
	return NewSchedulerSeeded(cfg, seed)
}

// NewSchedulerSeeded is NewScheduler with a given seed: for tests and simulations only. A node's seed must
// be secret and fresh, or a provider who learns it knows every check time.
func NewSchedulerSeeded(cfg ScheduleConfig, seed [32]byte) (*Scheduler, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Scheduler{cfg: cfg, rng: rand.New(rand.NewChaCha8(seed)), machines: map[common.Hash]*machineState{}}, nil
}

func (s *Scheduler) uniform(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return time.Duration(s.rng.Int64N(int64(d)))
}

func (s *Scheduler) push(at time.Time, kind TaskKind, m common.Hash) *entry {
	e := &entry{at: at, kind: kind, machine: m}
	heap.Push(&s.q, e)
	return e
}

func (s *Scheduler) remove(e *entry) {
	if e != nil && e.index >= 0 {
		heap.Remove(&s.q, e.index)
	}
}

func (s *Scheduler) scheduleCompute(now time.Time, st *machineState) {
	var at time.Time
	if st.m.Unverified {
		at = now.Add(s.uniform(s.cfg.FirstCompute))
	} else {
		at = now.Add(s.cfg.ComputeMin + s.uniform(s.cfg.ComputeMax-s.cfg.ComputeMin+1))
	}
	st.compute = s.push(at, Compute, st.m.ID)
}

// Set replaces the machines this inspector observes (what Policy.Mine gives for the current epoch, with their
// GPUs and lease state). A machine already scheduled keeps its pending check times; a new one gets its first
// liveness check at a random moment of the current period and its first compute check as its state requires;
// one no longer given is dropped. A machine that became unverified gets a compute check within FirstCompute
// unless one is already due sooner.
func (s *Scheduler) Set(now time.Time, machines []Machine) {
	keep := make(map[common.Hash]bool, len(machines))
	for _, m := range machines {
		keep[m.ID] = true
		m.GPUs = slices.Clone(m.GPUs)
		st, ok := s.machines[m.ID]
		if !ok {
			st = &machineState{m: m, slot: now}
			s.machines[m.ID] = st
			st.liveness = s.push(now.Add(s.uniform(s.cfg.LivenessEvery)), Liveness, m.ID)
			s.scheduleCompute(now, st)
			continue
		}
		becameUnverified := m.Unverified && !st.m.Unverified
		st.m = m
		if becameUnverified && st.compute.at.After(now.Add(s.cfg.FirstCompute)) {
			s.remove(st.compute)
			s.scheduleCompute(now, st)
		}
	}
	for id, st := range s.machines {
		if !keep[id] {
			s.remove(st.liveness)
			s.remove(st.compute)
			delete(s.machines, id)
		}
	}
}

// Next is when the earliest pending check is due; ok is false with nothing scheduled.
func (s *Scheduler) Next() (at time.Time, ok bool) {
	if len(s.q) == 0 {
		return time.Time{}, false
	}
	return s.q[0].at, true
}

// Due pops every check due at now and schedules each machine's next one. A liveness check that is late (the
// node was busy or asleep) does not pile up: the next one is drawn in the period after now.
func (s *Scheduler) Due(now time.Time) []Task {
	var out []Task
	for len(s.q) > 0 && !s.q[0].at.After(now) {
		e := heap.Pop(&s.q).(*entry)
		st := s.machines[e.machine]
		t := Task{Kind: e.kind, Machine: e.machine, At: e.at}
		switch e.kind {
		case Liveness:
			st.slot = st.slot.Add(s.cfg.LivenessEvery)
			if st.slot.Add(s.cfg.LivenessEvery).Before(now) {
				st.slot = now
			}
			st.liveness = s.push(st.slot.Add(s.uniform(s.cfg.LivenessEvery)), Liveness, e.machine)
		case Compute:
			for _, g := range st.m.GPUs {
				if g.Leased {
					t.Leased = append(t.Leased, g.UUID)
				} else {
					t.Idle = append(t.Idle, g.UUID)
				}
			}
			// Verification is what the check is about to establish; until the caller says otherwise the idle
			// cadence applies.
			st.m.Unverified = false
			s.scheduleCompute(now, st)
		}
		out = append(out, t)
	}
	return out
}

// Len is the number of machines scheduled.
func (s *Scheduler) Len() int { return len(s.machines) }

package gpu

import (
	"math"
	"math/bits"
	"time"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// The chase model: the latency-bound phase of the capacity challenge (oracle/proof's chase) and the
// cache challenge, and what a pool of two cheaper cards pays for it.
//
// A hop of the chase issues proof.ChaseReads independent loads and cannot start before the previous
// hop's loads have all returned, so a card runs it at its memory's dependent-load latency. A pool
// whose members each hold part of the chase window must, on every hop whose reads fall on both
// members (proof.ChaseSplitProbability), move the chain's state or the values across its link before
// the hop can finish: one link latency more than a single card pays. The margins below put that
// against the chase's own deadline, favouring the cheater twice over: the honest reference takes the
// published latency at +20% (so that honest cards pass), the pool's members at −10%, and the pool
// pays nothing but the link's one-way latency on split hops (no protocol cost, no queueing).

// Link is an interconnect two pooled cards could use.
type Link struct {
	Name string `json:"name"`
	// LatencyNS is the one-way latency of a small message, as NCCL's own tuning model has it for its
	// low-latency protocol (src/graph/tuning.cc hwLat: 0.6 µs a hop over NVLink, 1.0 µs over PCI).
	LatencyNS float64 `json:"latency_ns"`
	// GBs is the bandwidth per direction, datasheet.
	GBs float64 `json:"gb_per_s"`
}

// The links of the class table's pools.
var (
	NVLink       = Link{Name: "NVLink", LatencyNS: 600, GBs: 300}
	NVLinkBridge = Link{Name: "NVLink bridge", LatencyNS: 600, GBs: 56} // RTX 3090: 4 links, 112.5 GB/s both ways
	PCIe         = Link{Name: "PCIe 4.0", LatencyNS: 1000, GBs: 32}
)

// Chase model constants.
const (
	// ChaseFactor is the chase deadline over its reference: the lower end of the [1.35, 1.6] range,
	// because memory latency does not throttle with power and heat the way tensor throughput does.
	ChaseFactor = 1.35
	// chaseTarget is the intended duration of a chase on its own class: long enough that the 50 ms of
	// round trip a verifier forgives is 5% of it.
	chaseTarget = time.Second
	// ChaseSetupAllowance covers deriving the starts, launching, copying the checkpoints back and
	// hashing them into the chase commitment.
	ChaseSetupAllowance = 100 * time.Millisecond
	// chaseChains, chaseSegmentHops and chaseOpenings shape every chase: a few chains keep the card
	// latency-bound by a wide margin (4 chains × 8 loads in flight, against the thousands of loads any
	// of these cards keeps in flight), 4-hop segments, 64 opened.
	chaseChains      = 4
	chaseSegmentHops = 4
	chaseOpenings    = 64
	// chaseHopComputeNS is the hop's arithmetic on the critical path: two murmur3 finalizers and a
	// 64-bit multiply-high per position (the eight in parallel), the fold and one more finalizer,
	// about 150 dependent integer instructions at 4 cycles and 1.5+ GHz.
	chaseHopComputeNS = 100
	// latencyRefFactor and latencyCheatFactor bracket the published latencies: the honest reference
	// assumes the card 20% slower than published, a pool member 10% faster.
	latencyRefFactor   = 1.2
	latencyCheatFactor = 0.9
	// tlbReach and tlbAllowanceNS: an A100 reaches full random-access speed only within a window of
	// less than 64 GB per SM group (Walker, "Enabling full-speed random access to the entire memory
	// on the A100 GPU", arXiv:2405.11425); a chase window beyond it gets 250 ns more per hop in the
	// reference until a calibration measures the card.
	tlbReach       = 64 << 30
	tlbAllowanceNS = 250
	// chaseWindowCap keeps the chase inside the TLB reach wherever the pool it must catch fits below
	// it (the window must exceed the pooled card's memory by a quarter, or the pool holds most of it
	// twice and splits few hops).
	chaseWindowCap = 56 << 30
	// simHopNS is the simulated class's reference hop: the Go chase on a loaded devnet host.
	simHopNS = 2000
)

// chaseWindow is how many bytes of the sweep state p the chase reads: the whole state, capped at
// chaseWindowCap unless the class is told apart from its next class down by capacity and the cap
// would leave the window under 1.25 times that card's memory (then the pool could hold most of the
// window on both members).
func (c Class) chaseWindow(p proof.Params) uint64 {
	state := p.StateBytes()
	if c.SeparatedBy == ByCapacity {
		if down, err := ClassByName(c.NextDown); err == nil && 1.25*float64(down.MemoryBytes()) > chaseWindowCap {
			return state
		}
	}
	return min(state, chaseWindowCap)
}

// chaseHopRef is the reference duration of one hop of a chase over p's window on this class, in ns:
// the calibrated hop where measured, else the published latency (L2 for the cache challenge) at
// latencyRefFactor, the hop's arithmetic, and the TLB allowance for windows beyond tlbReach.
func (c Class) chaseHopRef(p proof.Params, cache bool) float64 {
	if c.Simulated {
		return simHopNS
	}
	if !cache && c.Calibration != nil && c.Calibration.ChaseHopNS > 0 {
		return c.Calibration.ChaseHopNS
	}
	lat := c.MemLatencyNS
	if cache {
		lat = c.L2LatencyNS
	}
	ns := latencyRefFactor*lat + chaseHopComputeNS
	if !cache && c.chaseWindow(p) > tlbReach {
		ns += tlbAllowanceNS
	}
	return ns
}

// withChase adds the chase to sweep parameters p: window bytes (whole rows), and the power of two of
// hops nearest to chaseTarget at hopNS a hop.
func (c Class) withChase(p proof.Params, window uint64, hopNS float64) proof.Params {
	p.Chains, p.SegmentHops, p.ChaseOpenings = chaseChains, chaseSegmentHops, chaseOpenings
	p.ChaseRows = int(min(uint64(p.Rows), window/uint64(p.Width)))
	hops := float64(chaseTarget.Nanoseconds()) / hopNS
	if c.Simulated {
		p.Chains, p.ChaseOpenings = 2, 16
		hops = 1 << 14
	}
	p.Hops = 1 << int(math.Round(math.Log2(hops)))
	return p
}

// ChaseReference is the modelled time for the class's own hardware to answer p's chase: the setup
// allowance and Hops hops of the longest chain (the chains run side by side).
func (c Class) ChaseReference(p proof.Params, cache bool) time.Duration {
	return ChaseSetupAllowance + time.Duration(float64(p.Hops)*c.chaseHopRef(p, cache))
}

// ChaseDeadline is the capacity challenge's chase deadline, after subtracting the measured round trip.
func (c Class) ChaseDeadline() time.Duration {
	return time.Duration(ChaseFactor * float64(c.ChaseReference(c.CapacityParams(), false)))
}

// CacheParams is the cache challenge, for classes with CacheMiB: a 16-step sweep over a table of
// CacheMiB (it must be as hard to recompute as the capacity state), then a chase over all of it. On
// its own class the table stays in L2 and the chase runs at L2 latency; a card with a smaller L2, or
// a pool of them, runs it at DRAM latency.
func (c Class) CacheParams() (proof.Params, bool) {
	if c.CacheMiB == 0 {
		return proof.Params{}, false
	}
	p := sweepParams(c.CacheMiB * (1 << 20))
	p.LeafGroups = 16
	return c.withChase(p, p.StateBytes(), c.chaseHopRef(p, true)), true
}

// Challenge is one of a class's timed challenges, as an inspector sends it.
type Challenge struct {
	// Kind is "compute", "capacity" or "cache".
	Kind      string          `json:"kind"`
	Params    proof.Params    `json:"params"`
	Deadlines proof.Deadlines `json:"deadlines"`
	// Reference and ChaseReference are the modelled times on the class's own hardware.
	Reference      time.Duration `json:"reference"`
	ChaseReference time.Duration `json:"chase_reference,omitempty"`
}

// Challenges lists the class's challenges with their deadlines: compute, capacity and, for classes
// with a cache table, cache.
func (c Class) Challenges() []Challenge {
	cp, kp := c.ComputeParams(), c.CapacityParams()
	out := []Challenge{
		{Kind: "compute", Params: cp, Reference: c.Reference(cp), Deadlines: proof.Deadlines{Commit: c.ComputeDeadline(),
			Open: proof.OpenDeadline(c.ComputeDeadline())}},
		{Kind: "capacity", Params: kp, Reference: c.Reference(kp), ChaseReference: c.ChaseReference(kp, false),
			Deadlines: proof.Deadlines{Commit: c.CapacityDeadline(), Chase: c.ChaseDeadline(),
				Open: proof.OpenDeadline(c.CapacityDeadline() + c.ChaseDeadline())}},
	}
	if hp, ok := c.CacheParams(); ok {
		commit := time.Duration(c.CapacityFactor * float64(c.Reference(hp)))
		chase := time.Duration(ChaseFactor * float64(c.ChaseReference(hp, true)))
		out = append(out, Challenge{Kind: "cache", Params: hp, Reference: c.Reference(hp), ChaseReference: c.ChaseReference(hp, true),
			Deadlines: proof.Deadlines{Commit: commit, Chase: chase, Open: proof.OpenDeadline(commit + chase)}})
	}
	return out
}

// PoolChaseHop is the modelled duration of one hop of this class's chase over p's window when two
// cards of class card, joined by link, hold the window between them, each as much of it as its memory
// allows (the rest of what it holds is the overlap): the card's latency at latencyCheatFactor, the
// arithmetic, and the link's latency on the hops whose reads fall on both cards. With cache set the
// window is the cache table, which each card holds whole: it runs at its DRAM latency, no link.
func (c Class) PoolChaseHop(card Class, link Link, p proof.Params, cache bool) float64 {
	local := latencyCheatFactor*card.MemLatencyNS + chaseHopComputeNS
	window := float64(p.ChaseRows) * float64(p.Width)
	held := float64(card.MemoryBytes()) - pagingReserve
	if cache || held >= window {
		return local
	}
	a := held / window
	return local + proof.ChaseSplitProbability(a, a)*link.LatencyNS
}

// PoolChaseMargin is the pool's chase time over the chase deadline (above 1: caught), for the
// capacity challenge's chase or, with cache, the cache challenge's.
func (c Class) PoolChaseMargin(card Class, link Link, cache bool) float64 {
	p := c.CapacityParams()
	if cache {
		var ok bool
		if p, ok = c.CacheParams(); !ok {
			return 0
		}
	}
	return c.poolChaseMargin(card, link, p, cache, c.chaseHopRef(p, cache))
}

// PoolChaseMarginCalibrated is PoolChaseMargin once a calibration has measured the class's hop at the
// published latency (no +20%, no TLB allowance): what the margin becomes when the reference is the
// card's own measurement rather than an allowance for not having one.
func (c Class) PoolChaseMarginCalibrated(card Class, link Link, cache bool) float64 {
	p := c.CapacityParams()
	lat := c.MemLatencyNS
	if cache {
		var ok bool
		if p, ok = c.CacheParams(); !ok {
			return 0
		}
		lat = c.L2LatencyNS
	}
	return c.poolChaseMargin(card, link, p, cache, lat+chaseHopComputeNS)
}

func (c Class) poolChaseMargin(card Class, link Link, p proof.Params, cache bool, refHopNS float64) float64 {
	deadline := ChaseFactor * (ChaseSetupAllowance.Seconds() + float64(p.Hops)*refHopNS*1e-9)
	pool := ChaseSetupAllowance.Seconds() + float64(p.Hops)*c.PoolChaseHop(card, link, p, cache)*1e-9
	return pool / deadline
}

// BreakEvenLinkNS is the one-way link latency at which a pool of two card just meets this class's
// chase deadline: any slower link is caught.
func (c Class) BreakEvenLinkNS(card Class) float64 {
	p := c.CapacityParams()
	window := float64(p.ChaseRows) * float64(p.Width)
	a := (float64(card.MemoryBytes()) - pagingReserve) / window
	if a >= 1 {
		return math.Inf(1)
	}
	perHop := (float64(c.ChaseDeadline()-ChaseSetupAllowance) / float64(p.Hops)) - latencyCheatFactor*card.MemLatencyNS - chaseHopComputeNS
	return math.Max(0, perHop/proof.ChaseSplitProbability(a, a))
}

// log2 of a power of two, for tables.
func log2(v int) int { return bits.Len(uint(v)) - 1 }

// PagingChaseMargin is the chase's time over its deadline for one card of class other that cannot
// hold the window and keeps the rest in host memory (the paging prover): it keeps as much of the
// window resident as fits, and every hop with a read outside it waits for a read across PCIe, a round
// trip of two link latencies. Zero if the window fits.
func (c Class) PagingChaseMargin(other Class) float64 {
	p := c.CapacityParams()
	window := float64(p.ChaseRows) * float64(p.Width)
	h := (float64(other.MemoryBytes()) - pagingReserve) / window
	if h >= 1 {
		return 0
	}
	hop := latencyCheatFactor*other.MemLatencyNS + chaseHopComputeNS + (1-math.Pow(h, proof.ChaseReads))*2*PCIe.LatencyNS
	pool := ChaseSetupAllowance.Seconds() + float64(p.Hops)*hop*1e-9
	return pool / c.ChaseDeadline().Seconds()
}

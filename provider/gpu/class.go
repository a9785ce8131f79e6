package gpu

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"math/bits"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Class names are also the bytes32 class ids the contracts use (bytes32("RTX4090")); they are written once, in
// oracle/gpuclass.
const (
	RTX3090 = gpuclass.RTX3090
	RTX4090 = gpuclass.RTX4090
	A100_40 = gpuclass.A100_40
	A100_80 = gpuclass.A100_80
	H100    = gpuclass.H100
	H200    = gpuclass.H200
	SIM     = gpuclass.SIM
)

// Reference-model constants. They are a model from datasheets, not measurements: no GPU was available
// when the table was written, so every class is Calibrated: false until `idlegrid gpu bench` has been
// run on the real card and the measured figures replace these.
const (
	// TargetWork is the intended duration of a compute challenge on its own class.
	TargetWork = 10 * time.Second
	// assumedEfficiency is the fraction of the datasheet dense INT8 rate the reference time assumes
	// cuBLASLt reaches on the challenge's GEMMs (large, square int8 TN products). With deadline factors
	// of 1.5 an honest card passes down to a third of its datasheet rate (HonestFloor).
	assumedEfficiency = 0.5
	// assumedBandwidthEfficiency is the fraction of datasheet memory bandwidth streaming kernels reach.
	assumedBandwidthEfficiency = 0.8
	// bytesPerStateByte is the memory traffic one step moves per byte of state with the CUDA backend:
	// mixing reads two rows and writes one, the GEMM reads the input and writes int32 products, the
	// finishing kernel reads the products and writes the new state.
	bytesPerStateByte = 13
	// SetupAllowance covers filling X_0 on the device, uploading W and building the Merkle tree.
	SetupAllowance = 250 * time.Millisecond
	// sweepBandwidthEfficiency is the fraction of datasheet bandwidth the capacity sweep is assumed to
	// reach; lower than for plain copies because the kernel also hashes every word and digests it.
	sweepBandwidthEfficiency = 0.6
	// simMACRate and simSweepRate are the CPU backend's assumed rates for simulated devices: about a
	// quarter of what this reference two-core machine measures, so a loaded devnet host still meets them.
	simMACRate   = 0.25e9
	simSweepRate = 0.1e9 // bytes per second
	// pagingReserve is device memory a paging cheater cannot use for the state (context, buffers).
	pagingReserve = 512 << 20
	// capacityFill is the share of the class's memory the capacity challenge's state occupies.
	capacityFill = 0.88
	// HashInstructionsPerBlock is the SASS instruction count of the device hash's loop for one 64-byte
	// BLAKE3 block (idg_b3_chunk as ptxas 11.8 emits it for sm_90; provider/gpu/cuda's
	// TestHashKernelInstructionCount measures it from the assembled module).
	HashInstructionsPerBlock = 720
	// intLanesPerSM is the 32-bit integer issue width of an SM on every class (Ampere, Ada, Hopper:
	// four partitions of 16 lanes); BLAKE3 is additions, xors and funnel shifts, all on those lanes.
	intLanesPerSM = 64
	// hashEfficiency is the fraction of the integer issue rate the hash kernel is assumed to sustain.
	hashEfficiency = 0.7
)

// Calibration is what `idlegrid gpu bench` measured on a real device of a class: the record it prints,
// committed to calibration.json beside this file. A class with a calibration takes its reference rates
// from it instead of the datasheet model and is marked Calibrated.
type Calibration struct {
	Class      string    `json:"class"`
	Device     string    `json:"device"`      // NVML name of the card measured
	UUID       string    `json:"uuid"`        // its UUID, so a record can be traced to one card
	Driver     string    `json:"driver"`      // driver version
	Backend    string    `json:"backend"`     // prover backend that ran it ("cuda:0 (...)")
	MeasuredAt time.Time `json:"measured_at"` // when
	// MACRate is the measured multiply-accumulate rate of the compute challenge, hashing included.
	MACRate float64 `json:"mac_per_second"`
	// SweepRate is the measured bytes swept per second of the capacity challenge (2 × state × steps /
	// time), hashing included; 0 if the capacity challenge was not run.
	SweepRate float64 `json:"swept_bytes_per_second,omitempty"`
	// ChaseHopNS is the measured time of one chase hop over the capacity state (the chase's duration
	// over its hops); 0 if not measured.
	ChaseHopNS float64 `json:"chase_hop_ns,omitempty"`
}

// Class is one row of the GPU class table: how to recognise the device, its datasheet figures, and
// the challenges (with deadlines) that test it.
type Class struct {
	Name         string   `json:"name"`           // bytes32 id
	NVMLNames    []string `json:"nvml_names"`     // names NVML reports for devices of this class
	PCIDeviceIDs []uint16 `json:"pci_device_ids"` // PCI device ids (vendor NVIDIA)
	MemoryMiB    uint64   `json:"memory_mib"`     // memory NVML reports (the smallest member's)
	Int8TOPS     float64  `json:"int8_tops"`      // dense INT8 tensor throughput, datasheet (slowest member)
	BandwidthGBs float64  `json:"bandwidth_gbs"`  // memory bandwidth, datasheet (slowest member)
	PCIeGBs      float64  `json:"pcie_gbs"`       // host link bandwidth per direction, theoretical (fastest member)
	L2MiB        float64  `json:"l2_mib"`
	SMs          int      `json:"sms"`       // streaming multiprocessors (slowest member)
	ClockGHz     float64  `json:"clock_ghz"` // boost clock (slowest member)
	// MemLatencyNS is the device memory's dependent-load latency (a pointer chase, TLB hits), a round
	// figure from published microbenchmarks; the chase's reference is built on it.
	MemLatencyNS float64 `json:"mem_latency_ns"`
	// L2LatencyNS is the L2 hit latency, for classes with a cache challenge.
	L2LatencyNS float64 `json:"l2_latency_ns,omitempty"`
	// CacheMiB, if set, adds the cache challenge: a sweep and chase over a table of this size, which
	// fits this class's L2 but not the next class down's, so it runs at L2 latency here and at DRAM
	// latency on the cheaper card, alone or pooled (the L2 knee). 46 MiB is 64% of the RTX 4090's
	// 72 MB: a random working set that size still hits the cache nearly always.
	CacheMiB float64 `json:"cache_mib,omitempty"`
	// PoolLinks are the links two cards of this class can be joined by (for the pool margins).
	PoolLinks []Link `json:"pool_links,omitempty"`
	// ComputeFactor is the compute deadline over the reference time: in [1.35, 1.6] and below the
	// next class down's slowdown where compute is what separates them.
	ComputeFactor float64 `json:"compute_factor"`
	// CapacityFactor is the capacity deadline over its reference time.
	CapacityFactor float64 `json:"capacity_factor"`
	// NextDown is the cheaper class a cheat would present as this one.
	NextDown string `json:"next_down,omitempty"`
	// SeparatedBy says which challenge tells this class from NextDown; Note says why.
	SeparatedBy Separation `json:"separated_by,omitempty"`
	Note        string     `json:"note"`
	Simulated   bool       `json:"simulated,omitempty"`
	// Calibrated says the reference rates come from a measurement (Calibration), not the datasheet model.
	Calibrated  bool         `json:"calibrated"`
	Calibration *Calibration `json:"calibration,omitempty"`
}

// Separation names the challenge that distinguishes a class from the next one down.
type Separation string

// The ways two classes are told apart.
const (
	ByCompute    Separation = "compute"  // the slower card misses the compute deadline
	ByCapacity   Separation = "capacity" // the smaller card cannot hold the capacity challenge's state
	NotSeparated Separation = "none"     // near twins: neither challenge tells them apart
)

// classes is the table. The INT8 figures are used (not FP16) because a cheater always takes the
// fastest exact path: the challenge's int8 inputs run on INT8 tensor cores on every class, so FP16
// ratios (where GeForce cards run FP32 accumulation at half rate) would overstate the gaps.
var classes = withCalibrations([]Class{
	{Name: RTX3090, NVMLNames: []string{"NVIDIA GeForce RTX 3090"}, PCIDeviceIDs: []uint16{0x2204},
		MemoryMiB: 24576, Int8TOPS: 284, BandwidthGBs: 936, PCIeGBs: 32, L2MiB: 6, SMs: 82, ClockGHz: 1.695,
		MemLatencyNS: 550, PoolLinks: []Link{NVLinkBridge, PCIe},
		ComputeFactor: 1.5, CapacityFactor: 1.5, Note: "lowest class in the table"},
	{Name: RTX4090, NVMLNames: []string{"NVIDIA GeForce RTX 4090"}, PCIDeviceIDs: []uint16{0x2684},
		MemoryMiB: 24564, Int8TOPS: 660.6, BandwidthGBs: 1008, PCIeGBs: 32, L2MiB: 72, SMs: 128, ClockGHz: 2.52,
		MemLatencyNS: 550, L2LatencyNS: 150, CacheMiB: 46, PoolLinks: []Link{PCIe},
		ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: RTX3090, SeparatedBy: ByCompute, Note: "an RTX 3090 needs 2.3x the INT8 time; pooled 3090s fail the cache challenge (L2 knee)"},
	{Name: A100_40, NVMLNames: []string{"NVIDIA A100-SXM4-40GB", "NVIDIA A100-PCIE-40GB"}, PCIDeviceIDs: []uint16{0x20B0, 0x20F1},
		MemoryMiB: 40536, Int8TOPS: 624, BandwidthGBs: 1555, PCIeGBs: 32, L2MiB: 40, SMs: 108, ClockGHz: 1.41,
		MemLatencyNS: 500, PoolLinks: []Link{NVLink, PCIe},
		ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: RTX4090, SeparatedBy: ByCapacity, Note: "an RTX 4090 matches the INT8 rate but cannot hold the 36.5 GB sweep state"},
	{Name: A100_80, NVMLNames: []string{"NVIDIA A100-SXM4-80GB", "NVIDIA A100 80GB PCIe"}, PCIDeviceIDs: []uint16{0x20B2, 0x20B5},
		MemoryMiB: 81920, Int8TOPS: 624, BandwidthGBs: 1935, PCIeGBs: 32, L2MiB: 40, SMs: 108, ClockGHz: 1.41,
		MemLatencyNS: 500, PoolLinks: []Link{NVLink, PCIe},
		ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: A100_40, SeparatedBy: ByCapacity, Note: "an A100 40GB cannot hold the 73 GB sweep state"},
	// One class for both H100s: SXM5 and PCIe differ by 1.31x in INT8 and 1.5x on the hashed sweep,
	// inside the deadline factor, with the same 80 GB, so no timed challenge tells them apart (see the
	// package documentation). The reference is the slower member's, so both pass with margin.
	{Name: H100, NVMLNames: []string{"NVIDIA H100 PCIe", "NVIDIA H100 80GB HBM3"}, PCIDeviceIDs: []uint16{0x2331, 0x2330},
		MemoryMiB: 81559, Int8TOPS: 1513, BandwidthGBs: 2000, PCIeGBs: 64, L2MiB: 50, SMs: 114, ClockGHz: 1.755,
		MemLatencyNS: 500, PoolLinks: []Link{NVLink, PCIe},
		ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: A100_80, SeparatedBy: ByCompute, Note: "an A100 needs 2.4x the INT8 time; SXM5 and PCIe H100s are one class"},
	{Name: H200, NVMLNames: []string{"NVIDIA H200"}, PCIDeviceIDs: []uint16{0x2335},
		MemoryMiB: 143771, Int8TOPS: 1979, BandwidthGBs: 4800, PCIeGBs: 64, L2MiB: 50, SMs: 132, ClockGHz: 1.98,
		MemLatencyNS: 500, PoolLinks: []Link{NVLink, PCIe},
		ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: H100, SeparatedBy: ByCapacity, Note: "an H100 cannot hold the 129 GB sweep state"},
	{Name: SIM, MemoryMiB: 8, MemLatencyNS: simHopNS, ComputeFactor: 1.6, CapacityFactor: 1.6, Simulated: true,
		Note: "simulated: refused outside a dev chain"},
})

//go:embed calibration.json
var calibrationJSON []byte

// Calibrations are the committed measurements (calibration.json): none yet, as no GPU has run the
// challenges; `idlegrid gpu bench --json` prints one record to add per class measured.
func Calibrations() ([]Calibration, error) {
	var out []Calibration
	if err := json.Unmarshal(calibrationJSON, &out); err != nil {
		return nil, fmt.Errorf("gpu: calibration.json: %w", err)
	}
	return out, nil
}

// withCalibrations attaches each class's committed measurements: a compute run's record carries the
// MAC rate, a capacity run's the sweep rate and chase hop, so a class's calibration merges them, the
// last record listed winning for each figure. A class is Calibrated once its compute rate is measured.
func withCalibrations(cs []Class) []Class {
	cals, err := Calibrations()
	if err != nil {
		panic(err) // calibration.json is embedded: a malformed one is a build defect, caught by its test
	}
	return mergeCalibrations(cs, cals)
}

func mergeCalibrations(cs []Class, cals []Calibration) []Class {
	for i := range cs {
		var merged *Calibration
		for _, c := range cals {
			if c.Class != cs[i].Name {
				continue
			}
			if merged == nil {
				m := c
				merged = &m
				continue
			}
			if c.MACRate > 0 {
				merged.MACRate = c.MACRate
			}
			if c.SweepRate > 0 {
				merged.SweepRate = c.SweepRate
			}
			if c.ChaseHopNS > 0 {
				merged.ChaseHopNS = c.ChaseHopNS
			}
			merged.Device, merged.UUID, merged.Driver, merged.Backend, merged.MeasuredAt = c.Device, c.UUID, c.Driver, c.Backend, c.MeasuredAt
		}
		if merged != nil {
			cs[i].Calibration, cs[i].Calibrated = merged, merged.MACRate > 0
		}
	}
	return cs
}

// Classes returns the class table.
func Classes() []Class {
	out := make([]Class, len(classes))
	copy(out, classes)
	return out
}

// ClassByName looks a class up by its id.
func ClassByName(name string) (Class, error) {
	for _, c := range classes {
		if c.Name == name {
			return c, nil
		}
	}
	return Class{}, fmt.Errorf("%w: %q", ErrUnknownClass, name)
}

// MemoryBytes is the class's memory in bytes.
func (c Class) MemoryBytes() uint64 { return c.MemoryMiB << 20 }

// MACRate is the reference multiply-accumulate rate (per second) the deadlines assume for the GEMM
// alone: a calibration's measurement (which includes the step's other kernels, so the model's memory
// and hash terms are then not added) or the datasheet model.
func (c Class) MACRate() float64 {
	if c.Simulated {
		return simMACRate
	}
	return c.Int8TOPS * 1e12 / 2 * assumedEfficiency
}

// HashRate is the modelled device hashing rate in bytes per second: the integer issue rate of all SMs
// at hashEfficiency, over the hash loop's instructions per byte (HashInstructionsPerBlock / 64).
func (c Class) HashRate() float64 {
	if c.Simulated {
		return math.Inf(1) // the CPU backend's hashing is inside its measured rates
	}
	return float64(c.SMs) * intLanesPerSM * c.ClockGHz * 1e9 * hashEfficiency / (HashInstructionsPerBlock / 64.0)
}

// HashShare is the modelled fraction of the compute challenge's reference time spent hashing on the
// device, counted as if it overlapped nothing.
func (c Class) HashShare() float64 {
	p := c.ComputeParams()
	return float64(p.Steps) * float64(p.StateBytes()) / c.HashRate() / (c.Reference(p) - SetupAllowance).Seconds()
}

// SweepHashShare is the modelled fraction of the capacity sweep's reference time spent hashing on
// the device: the sweep's only other cost is moving the state, so hashing every step's state (what
// makes the commitment bind bytes) weighs far more here than in the compute chain.
func (c Class) SweepHashShare() float64 {
	if c.Simulated || c.Calibration != nil && c.Calibration.SweepRate > 0 {
		return 0
	}
	p := c.CapacityParams()
	return float64(p.StateBytes()) / c.HashRate() / c.stepTime(p)
}

// HonestFloor is the lowest fraction of its datasheet INT8 rate at which an honest card of the class
// still meets the compute deadline: assumedEfficiency / ComputeFactor, before memory and hashing.
func (c Class) HonestFloor() float64 { return assumedEfficiency / c.ComputeFactor }

// bandwidth is the reference streaming bandwidth in bytes per second (unbounded for the CPU).
func (c Class) bandwidth() float64 {
	if c.Simulated {
		return math.Inf(1)
	}
	return c.BandwidthGBs * 1e9 * assumedBandwidthEfficiency
}

// ComputeParams is the timed GEMM chain: n = 16384, 8192 rows (a 128 MiB state), single-row units,
// 64 openings, and as many steps as take TargetWork on this class. The width is the ratio of GEMM work
// to hashed bytes (a step does n multiply-accumulates per state byte and hashes each byte once), so
// the widest the protocol allows keeps device hashing near 3% of the time (HashShare).
func (c Class) ComputeParams() proof.Params {
	p := proof.Params{Width: 16384, Rows: 1 << 13, Group: 1, LeafGroups: 64, Openings: 64}
	if c.Simulated {
		p = proof.Params{Width: 256, Rows: 1024, Group: 1, LeafGroups: 64, Openings: 32}
	}
	target := TargetWork
	if c.Simulated {
		target = 2 * time.Second // keep a devnet of several simulated GPUs responsive
	}
	p.Steps = max(1, int(target.Seconds()/c.stepTime(p)))
	return p
}

// CapacityParams is the memory challenge: a sweep whose state fills about 88% of the class's memory
// (Rows a power of two, Width in [256, 512)), 64-row units, 16 steps, then the chase over the first
// chaseWindow bytes of it (see ChaseParams).
func (c Class) CapacityParams() proof.Params {
	p := sweepParams(capacityFill * float64(c.MemoryBytes()))
	if c.Simulated {
		p.Group, p.LeafGroups, p.Openings = 16, 16, 16 // smaller units: the CPU verifier's share stays under 1%
	}
	return c.withChase(p, c.chaseWindow(p), c.chaseHopRef(p, false))
}

// sweepParams is a 16-step sweep over about target bytes: Rows a power of two, Width in [256, 512).
// Leaves of 64 group hashes (2 KiB) keep a chase read's proof small.
func sweepParams(target float64) proof.Params {
	rows := 1 << (bits.Len64(uint64(target/256)) - 1) // largest power of two with target/rows ≥ 256
	width := int(target/float64(rows)) / 16 * 16
	return proof.Params{Sweep: true, Width: width, Rows: rows, Steps: 16, Group: 64, LeafGroups: 64, Openings: 32}
}

// stepTime is the reference duration of one step of p on this class. A chain step is the GEMM at the
// reference MAC rate plus the streaming kernels at the reference bandwidth; a sweep step reads and
// writes the state once.
func (c Class) stepTime(p proof.Params) float64 {
	state := float64(p.StateBytes())
	if p.Sweep {
		if c.Simulated {
			return 2 * state / simSweepRate
		}
		if c.Calibration != nil && c.Calibration.SweepRate > 0 {
			return 2 * state / c.Calibration.SweepRate
		}
		return 2*state/(c.BandwidthGBs*1e9*sweepBandwidthEfficiency) + state/c.HashRate()
	}
	macs := float64(p.Rows) * float64(p.Width) * float64(p.Width)
	if c.Calibration != nil && c.Calibration.MACRate > 0 {
		return macs / c.Calibration.MACRate
	}
	return macs/c.MACRate() + bytesPerStateByte*state/c.bandwidth() + state/c.HashRate()
}

// Reference is the modelled time for the class's own hardware to commit to p.
func (c Class) Reference(p proof.Params) time.Duration {
	return SetupAllowance + time.Duration(float64(p.Steps)*c.stepTime(p)*float64(time.Second))
}

// ComputeDeadline is the time allowed from sending the compute challenge to receiving its commitment,
// after subtracting the measured round-trip time.
func (c Class) ComputeDeadline() time.Duration {
	return time.Duration(c.ComputeFactor * float64(c.Reference(c.ComputeParams())))
}

// CapacityDeadline is the same for the capacity challenge.
func (c Class) CapacityDeadline() time.Duration {
	return time.Duration(c.CapacityFactor * float64(c.Reference(c.CapacityParams())))
}

// PagingTime models a cheater of class other running this class's capacity challenge by keeping what
// fits in its memory and streaming the rest through host RAM: every step must move the missing part of
// the state to the device and back, at the link's theoretical bandwidth in each direction (favouring
// the cheater: no other cost is counted). Zero if the state fits.
func (c Class) PagingTime(other Class) time.Duration {
	p := c.CapacityParams()
	held := float64(other.MemoryBytes()) - pagingReserve
	missing := float64(p.StateBytes()) - held
	if missing <= 0 || other.PCIeGBs == 0 {
		return 0
	}
	return time.Duration(float64(p.Steps) * missing / (other.PCIeGBs * 1e9) * float64(time.Second))
}

// Slowdown is the modelled factor by which other runs this class's compute challenge slower than the
// class itself, both at their reference rates (values below 1: other is faster).
func (c Class) Slowdown(other Class) float64 {
	p := c.ComputeParams()
	return other.Reference(p).Seconds() / c.Reference(p).Seconds()
}

// DeadlineTable renders the class table's challenges, reference times and deadlines as aligned text
// (the package documentation carries a copy, checked by a test).
func DeadlineTable() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "class\tcompute chain\tref\tdeadline\tcapacity sweep\tref\tdeadline\tvs next class down")
	for _, c := range classes {
		cp, kp := c.ComputeParams(), c.CapacityParams()
		sep := "-"
		if c.NextDown != "" {
			down, _ := ClassByName(c.NextDown)
			switch c.SeparatedBy {
			case ByCompute:
				sep = fmt.Sprintf("%s: compute, %.2fx slower", down.Name, c.Slowdown(down))
			case ByCapacity:
				sep = fmt.Sprintf("%s: capacity, paging takes %.1fx the deadline", down.Name, c.PagingTime(down).Seconds()/c.CapacityDeadline().Seconds())
			case NotSeparated:
				sep = fmt.Sprintf("%s: not separated (compute %.2fx)", down.Name, c.Slowdown(down))
			}
		}
		fmt.Fprintf(tw, "%s\tS=%d m=2^%d n=%d\t%.2fs\t%.2fs\t%.1f GB: S=%d m=2^%d n=%d\t%.2fs\t%.2fs\t%s\n",
			c.Name, cp.Steps, bits.Len(uint(cp.Rows))-1, cp.Width, c.Reference(cp).Seconds(), c.ComputeDeadline().Seconds(),
			float64(kp.StateBytes())/1e9, kp.Steps, bits.Len(uint(kp.Rows))-1, kp.Width, c.Reference(kp).Seconds(), c.CapacityDeadline().Seconds(), sep)
	}
	tw.Flush()
	return b.String()
}

// PoolTime models k cards of class other, joined by links of linkGBs per direction, running this
// class's compute (capacity false) or capacity challenge with the rows split evenly between them:
// each card runs its share of every step at its reference rate and must first receive the partner rows
// it lacks, (k-1)/k of its share, over the link. It assumes the shares fit (see PagingTime).
func (c Class) PoolTime(other Class, k int, linkGBs float64, capacity bool) time.Duration {
	p := c.ComputeParams()
	if capacity {
		p = c.CapacityParams()
	}
	share := p
	share.Rows = p.Rows / k
	exchange := float64(share.StateBytes()) * float64(k-1) / float64(k) / (linkGBs * 1e9)
	return SetupAllowance + time.Duration(float64(p.Steps)*(other.stepTime(share)+exchange)*float64(time.Second))
}

// MarginTable renders each class's margins: the lowest share of its datasheet INT8 rate at which an
// honest card passes, the modelled device-hashing share, and the next class down's time over the
// deadline (above 1: caught).
func MarginTable() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "class\thonest floor\thashing\tsweep hashing\tcheat\tcheat time / deadline")
	for _, c := range classes {
		if c.Simulated {
			continue
		}
		line := fmt.Sprintf("%s\t%.0f%% of datasheet\t%.1f%%\t%.0f%%\t", c.Name, 100*c.HonestFloor(), 100*c.HashShare(), 100*c.SweepHashShare())
		if c.NextDown == "" {
			fmt.Fprintln(tw, line+"-\t-")
			continue
		}
		down, _ := ClassByName(c.NextDown)
		switch c.SeparatedBy {
		case ByCompute:
			line += fmt.Sprintf("%s\t%.2f (compute)", down.Name, c.Slowdown(down)/c.ComputeFactor)
		case ByCapacity:
			line += fmt.Sprintf("%s\t%.2f (capacity, paging: sweep), %.2f (chase)", down.Name, c.PagingTime(down).Seconds()/c.CapacityDeadline().Seconds(), c.PagingChaseMargin(down))
		}
		fmt.Fprintln(tw, line)
	}
	tw.Flush()
	return b.String()
}

// Pool is one pair of cheaper cards posing as one card of a class, over one link, on one challenge.
type Pool struct {
	Class, Card string
	Link        Link
	// Kind is the challenge that could tell them apart: "compute", "capacity" or "cache".
	Kind string
	// Sweep is the pool's time over the deadline on the compute chain or the capacity sweep (rows
	// split, partner rows exchanged every step); Chase on the chase (split hops pay the link), and
	// ChaseCalibrated the same once the class's hop is calibrated at its published latency.
	Sweep, Chase, ChaseCalibrated float64
	// Whole is set when each card holds the capacity state whole: capacity says nothing.
	Whole bool
}

// Caught reports whether the pool misses a deadline in the model.
func (p Pool) Caught() bool { return !p.Whole && (p.Sweep > 1 || p.Chase > 1) }

// Pools are the pairs the protocol must not confuse with one larger card, each over the links its
// cards can have: two A100-80GB as an H100 (compute; each holds the capacity state whole), two
// A100-40GB as an A100-80GB, two RTX 4090s or 3090s as an A100-40GB and two H100s as an H200
// (capacity: sweep and chase), two RTX 3090s as an RTX 4090 (compute, and the cache challenge).
func Pools() []Pool {
	var out []Pool
	for _, pr := range []struct{ class, card, kind string }{
		{H100, A100_80, "compute"}, {H100, A100_80, "capacity"},
		{A100_80, A100_40, "capacity"}, {A100_40, RTX4090, "capacity"}, {A100_40, RTX3090, "capacity"}, {H200, H100, "capacity"},
		{RTX4090, RTX3090, "compute"}, {RTX4090, RTX3090, "cache"},
	} {
		c, _ := ClassByName(pr.class)
		card, _ := ClassByName(pr.card)
		links := card.PoolLinks
		if pr.kind == "cache" {
			links = []Link{{Name: "any"}} // each card holds the table whole: no link is used
		}
		for _, l := range links {
			p := Pool{Class: c.Name, Card: card.Name, Link: l, Kind: pr.kind}
			switch pr.kind {
			case "compute":
				p.Sweep = c.PoolTime(card, 2, l.GBs, false).Seconds() / c.ComputeDeadline().Seconds()
			case "capacity":
				kp := c.CapacityParams()
				p.Whole = float64(card.MemoryBytes())-pagingReserve >= float64(kp.StateBytes())
				p.Sweep = c.PoolTime(card, 2, l.GBs, true).Seconds() / c.CapacityDeadline().Seconds()
				p.Chase = c.PoolChaseMargin(card, l, false)
				p.ChaseCalibrated = c.PoolChaseMarginCalibrated(card, l, false)
			case "cache":
				p.Chase = c.PoolChaseMargin(card, l, true)
				p.ChaseCalibrated = c.PoolChaseMarginCalibrated(card, l, true)
			}
			out = append(out, p)
		}
	}
	return out
}

// PoolTable renders Pools: each pair's time over the deadline on the sweep (or compute chain) and on
// the chase, and the verdict.
func PoolTable() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "class\tposed by\tlink\tchallenge\tsweep or chain\tchase\tcalibrated\tverdict")
	for _, p := range Pools() {
		chase, cal, verdict := fmt.Sprintf("%.2f", p.Chase), fmt.Sprintf("%.2f", p.ChaseCalibrated), "passes"
		if p.Chase == 0 {
			chase, cal = "-", "-"
		}
		switch {
		case p.Whole:
			chase, cal, verdict = "-", "-", "each card holds the state whole: not a capacity question"
		case p.Caught():
			verdict = "caught"
		case p.ChaseCalibrated > 1:
			verdict = "passes until calibrated"
		}
		sweep := fmt.Sprintf("%.2f", p.Sweep)
		if p.Kind == "cache" || p.Whole {
			sweep = "-"
		}
		fmt.Fprintf(tw, "%s\t2x %s\t%s\t%s\t%s\t%s\t%s\t%s\n", p.Class, p.Card, p.Link.Name, p.Kind, sweep, chase, cal, verdict)
	}
	tw.Flush()
	return b.String()
}

// ChaseTable renders each class's chase: its window, hops, the reference hop, reference and deadline,
// and the cache challenge where the class has one.
func ChaseTable() string {
	var b strings.Builder
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "class\tchase window\thops\thop ref\tref\tdeadline\tcache challenge")
	for _, c := range classes {
		kp := c.CapacityParams()
		cache := "-"
		if hp, ok := c.CacheParams(); ok {
			cache = fmt.Sprintf("%.0f MB table, L=2^%d at %.0f ns, deadline %.2fs", float64(hp.StateBytes())/1e6, log2(hp.Hops),
				c.chaseHopRef(hp, true), ChaseFactor*c.ChaseReference(hp, true).Seconds())
		}
		fmt.Fprintf(tw, "%s\t%.1f GB\tC=%d L=2^%d\t%.0f ns\t%.2fs\t%.2fs\t%s\n", c.Name, float64(kp.ChaseRows)*float64(kp.Width)/1e9,
			kp.Chains, log2(kp.Hops), c.chaseHopRef(kp, false), c.ChaseReference(kp, false).Seconds(), c.ChaseDeadline().Seconds(), cache)
	}
	tw.Flush()
	return b.String()
}

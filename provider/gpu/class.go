package gpu

import (
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
	RTX3090  = gpuclass.RTX3090
	RTX4090  = gpuclass.RTX4090
	A100_40  = gpuclass.A100_40
	A100_80  = gpuclass.A100_80
	H100PCIe = gpuclass.H100PCIe
	H100SXM  = gpuclass.H100SXM
	H200     = gpuclass.H200
	SIM      = gpuclass.SIM
)

// Reference-model constants. They are a model from datasheets, not measurements: no GPU was available
// when the table was written, so every class is Calibrated: false until `idlegrid gpu bench` has been
// run on the real card and the measured figures replace these.
const (
	// TargetWork is the intended duration of a compute challenge on its own class.
	TargetWork = 10 * time.Second
	// assumedEfficiency is the fraction of the datasheet dense INT8 rate that cuBLASLt reaches on the
	// challenge's GEMMs (large, square-ish int8 TN products).
	assumedEfficiency = 0.6
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
)

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
	Calibrated  bool       `json:"calibrated"`
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
var classes = []Class{
	{Name: RTX3090, NVMLNames: []string{"NVIDIA GeForce RTX 3090"}, PCIDeviceIDs: []uint16{0x2204},
		MemoryMiB: 24576, Int8TOPS: 284, BandwidthGBs: 936, PCIeGBs: 32, L2MiB: 6, ComputeFactor: 1.5, CapacityFactor: 1.5,
		Note: "lowest class in the table"},
	{Name: RTX4090, NVMLNames: []string{"NVIDIA GeForce RTX 4090"}, PCIDeviceIDs: []uint16{0x2684},
		MemoryMiB: 24564, Int8TOPS: 660.6, BandwidthGBs: 1008, PCIeGBs: 32, L2MiB: 72, ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: RTX3090, SeparatedBy: ByCompute, Note: "an RTX 3090 needs 2.3x the INT8 time"},
	{Name: A100_40, NVMLNames: []string{"NVIDIA A100-SXM4-40GB", "NVIDIA A100-PCIE-40GB"}, PCIDeviceIDs: []uint16{0x20B0, 0x20F1},
		MemoryMiB: 40536, Int8TOPS: 624, BandwidthGBs: 1555, PCIeGBs: 32, L2MiB: 40, ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: RTX4090, SeparatedBy: ByCapacity, Note: "an RTX 4090 matches the INT8 rate but cannot hold the 36.5 GB sweep state"},
	{Name: A100_80, NVMLNames: []string{"NVIDIA A100-SXM4-80GB", "NVIDIA A100 80GB PCIe"}, PCIDeviceIDs: []uint16{0x20B2, 0x20B5},
		MemoryMiB: 81920, Int8TOPS: 624, BandwidthGBs: 1935, PCIeGBs: 32, L2MiB: 40, ComputeFactor: 1.5, CapacityFactor: 1.5,
		NextDown: A100_40, SeparatedBy: ByCapacity, Note: "an A100 40GB cannot hold the 73 GB sweep state"},
	{Name: H100PCIe, NVMLNames: []string{"NVIDIA H100 PCIe"}, PCIDeviceIDs: []uint16{0x2331},
		MemoryMiB: 81559, Int8TOPS: 1513, BandwidthGBs: 2000, PCIeGBs: 64, L2MiB: 50, ComputeFactor: 1.6, CapacityFactor: 1.5,
		NextDown: A100_80, SeparatedBy: ByCompute, Note: "an A100 needs 2.4x the INT8 time"},
	{Name: H100SXM, NVMLNames: []string{"NVIDIA H100 80GB HBM3"}, PCIDeviceIDs: []uint16{0x2330},
		MemoryMiB: 81559, Int8TOPS: 1979, BandwidthGBs: 3350, PCIeGBs: 64, L2MiB: 50, ComputeFactor: 1.35, CapacityFactor: 1.5,
		NextDown: H100PCIe, SeparatedBy: NotSeparated, Note: "near twin: an H100 PCIe is 1.31x slower in INT8 (under the 1.35x minimum deadline) and about 1.6x slower on the sweep, with the same memory"},
	{Name: H200, NVMLNames: []string{"NVIDIA H200"}, PCIDeviceIDs: []uint16{0x2335},
		MemoryMiB: 143771, Int8TOPS: 1979, BandwidthGBs: 4800, PCIeGBs: 64, L2MiB: 50, ComputeFactor: 1.35, CapacityFactor: 1.5,
		NextDown: H100SXM, SeparatedBy: ByCapacity, Note: "an H100 cannot hold the 129 GB sweep state"},
	{Name: SIM, MemoryMiB: 8, ComputeFactor: 1.6, CapacityFactor: 1.6, Simulated: true,
		Note: "simulated: refused outside a dev chain"},
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

// MACRate is the reference multiply-accumulate rate (per second) the deadlines assume.
func (c Class) MACRate() float64 {
	if c.Simulated {
		return simMACRate
	}
	return c.Int8TOPS * 1e12 / 2 * assumedEfficiency
}

// bandwidth is the reference streaming bandwidth in bytes per second (unbounded for the CPU).
func (c Class) bandwidth() float64 {
	if c.Simulated {
		return math.Inf(1)
	}
	return c.BandwidthGBs * 1e9 * assumedBandwidthEfficiency
}

// ComputeParams is the timed GEMM chain: n = 8192, 16384 rows (a 128 MiB state), single-row units,
// 64 openings, and as many steps as take TargetWork on this class.
func (c Class) ComputeParams() proof.Params {
	p := proof.Params{Width: 8192, Rows: 1 << 14, Group: 1, LeafGroups: 256, Openings: 64}
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
// (Rows a power of two, Width in [256, 512)), 64-row units, 16 steps.
func (c Class) CapacityParams() proof.Params {
	target := capacityFill * float64(c.MemoryBytes())
	rows := 1 << (bits.Len64(uint64(target/256)) - 1) // largest power of two with target/rows ≥ 256
	width := int(target/float64(rows)) / 16 * 16
	p := proof.Params{Sweep: true, Width: width, Rows: rows, Steps: 16, Group: 64, LeafGroups: 256, Openings: 32}
	if c.Simulated {
		p.Group, p.LeafGroups, p.Openings = 16, 16, 16 // smaller units: the CPU verifier's share stays under 1%
	}
	return p
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
		return 2 * state / (c.BandwidthGBs * 1e9 * sweepBandwidthEfficiency)
	}
	return float64(p.Rows)*float64(p.Width)*float64(p.Width)/c.MACRate() + bytesPerStateByte*state/c.bandwidth()
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

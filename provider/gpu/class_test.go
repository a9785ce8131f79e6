package gpu

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

func TestClassNamesAreTheContractIDs(t *testing.T) {
	want := []string{"RTX3090", "RTX4090", "A100-40GB", "A100-80GB", "H100", "H200", "SIM"}
	got := Classes()
	if len(got) != len(want) {
		t.Fatalf("%d classes, want %d", len(got), len(want))
	}
	for i, c := range got {
		if c.Name != want[i] || len(c.Name) > 32 {
			t.Errorf("class %d is %q, want %q (a bytes32 id)", i, c.Name, want[i])
		}
	}
	if _, err := ClassByName("GTX1080"); !errors.Is(err, ErrUnknownClass) {
		t.Fatalf("unknown class: got %v", err)
	}
}

// robustMargin is how far beyond the deadline factor a slower class must land for the separation to
// count: the model's efficiencies are assumptions, and a cheater may run a better kernel than ours.
const robustMargin = 1.2

// TestDeadlineTable checks the table's promises: valid parameters, about TargetWork of compute on the
// class itself, a deadline factor in [1.35, 1.6], and for each class the claimed separation from the
// next class down actually holds in the model.
func TestDeadlineTable(t *testing.T) {
	for _, c := range Classes() {
		t.Run(c.Name, func(t *testing.T) {
			cp, kp := c.ComputeParams(), c.CapacityParams()
			for name, p := range map[string]proof.Params{"compute": cp, "capacity": kp} {
				if err := p.Validate(); err != nil {
					t.Fatalf("%s params: %v", name, err)
				}
			}
			if c.HashShare() > 0.03 {
				t.Fatalf("device hashing is %.1f%% of the compute reference, over 3%%", 100*c.HashShare())
			}
			if c.ComputeFactor < 1.35 || c.ComputeFactor > 1.6 || c.CapacityFactor < 1.35 || c.CapacityFactor > 1.6 {
				t.Fatalf("deadline factors %.2f/%.2f outside [1.35, 1.6]", c.ComputeFactor, c.CapacityFactor)
			}
			ref := c.Reference(cp)
			target := TargetWork
			if c.Simulated {
				target = 2 * time.Second
			}
			if ref < target*9/10 || ref > target*11/10+time.Second {
				t.Fatalf("compute reference %s, want about %s", ref, target)
			}
			fill := float64(kp.StateBytes()) / float64(c.MemoryBytes())
			if fill < 0.80 || fill > 0.90 {
				t.Fatalf("capacity state fills %.2f of memory, want about %.2f", fill, capacityFill)
			}
			if kp.Chains == 0 || kp.ChaseRows > kp.Rows || !c.Simulated && kp.ChaseOpenings < 32 {
				t.Fatalf("capacity challenge without a proper chase: %s", kp)
			}
			if chase := c.ChaseReference(kp, false); !c.Simulated && (chase < 600*time.Millisecond || chase > 1500*time.Millisecond) {
				t.Fatalf("chase reference %s, want about %s", chase, chaseTarget)
			}
			if bytes := kp.OpeningBytes(); bytes > proof.MaxOpeningBytes/2 {
				t.Fatalf("a capacity opening may take %d bytes", bytes)
			}
			for _, chl := range c.Challenges() {
				if err := chl.Params.Validate(); err != nil {
					t.Fatalf("%s challenge: %v", chl.Kind, err)
				}
				d := chl.Deadlines
				if d.Commit <= chl.Reference || d.Open <= d.Commit || chl.Params.Chains > 0 && d.Chase <= chl.ChaseReference {
					t.Fatalf("%s challenge deadlines %+v against references %s / %s", chl.Kind, d, chl.Reference, chl.ChaseReference)
				}
			}
			t.Logf("%-9s compute %s ref %.2fs deadline %.2fs | capacity %s (%.1f GB) ref %.2fs deadline %.2fs",
				c.Name, cp, ref.Seconds(), c.ComputeDeadline().Seconds(), kp, float64(kp.StateBytes())/1e9,
				c.Reference(kp).Seconds(), c.CapacityDeadline().Seconds())
			if c.NextDown == "" {
				return
			}
			down, err := ClassByName(c.NextDown)
			if err != nil {
				t.Fatal(err)
			}
			slow := c.Slowdown(down)
			switch c.SeparatedBy {
			case ByCompute:
				if slow < robustMargin*c.ComputeFactor {
					t.Fatalf("%s runs the compute challenge %.2fx slower, not %.0f%% beyond the %.2fx deadline", down.Name, slow, (robustMargin-1)*100, c.ComputeFactor)
				}
			case ByCapacity:
				paging := c.PagingTime(down)
				if paging < time.Duration(robustMargin*float64(c.CapacityDeadline())) {
					t.Fatalf("%s paging the state over PCIe needs %s, not %.0f%% beyond the %s deadline",
						down.Name, paging, (robustMargin-1)*100, c.CapacityDeadline())
				}
				t.Logf("          vs %-9s: paging the missing state over PCIe takes %.1fs, %.1fx the capacity deadline",
					down.Name, paging.Seconds(), paging.Seconds()/c.CapacityDeadline().Seconds())
			case NotSeparated:
				sweepSlow := down.Reference(kp).Seconds() / c.Reference(kp).Seconds()
				if slow >= robustMargin*c.ComputeFactor || sweepSlow >= robustMargin*c.CapacityFactor || c.PagingTime(down) > 0 {
					t.Fatalf("marked near twin of %s but the model separates them (compute %.2fx, sweep %.2fx)", down.Name, slow, sweepSlow)
				}
				t.Logf("          vs %-9s: capacity sweep slowdown %.2fx (memory bandwidth)", down.Name, sweepSlow)
			default:
				t.Fatalf("no separation stated from %s", down.Name)
			}
			t.Logf("          vs %-9s: compute slowdown %.2fx, %s", down.Name, slow, c.Note)
		})
	}
}

func TestSimulatedClassIsOnlyForSimulatedDevices(t *testing.T) {
	sim, err := ClassByName(SIM)
	if err != nil {
		t.Fatal(err)
	}
	if !sim.Simulated || len(sim.NVMLNames) != 0 || len(sim.PCIDeviceIDs) != 0 {
		t.Fatal("SIM must match no real NVML name or PCI id")
	}
	for _, c := range Classes() {
		if c.Name != SIM && c.Simulated {
			t.Fatalf("%s marked simulated", c.Name)
		}
	}
}

// TestPoolVerdicts pins what the documentation says of pooling: which pairs of cheaper cards the
// model catches as one larger card, over which links, and which it cannot separate.
func TestPoolVerdicts(t *testing.T) {
	type key struct{ class, card, link, kind string }
	want := map[key]string{
		{H100, A100_80, "NVLink", "compute"}: "passes", {H100, A100_80, "PCIe 4.0", "compute"}: "passes",
		{H100, A100_80, "NVLink", "capacity"}: "whole", {H100, A100_80, "PCIe 4.0", "capacity"}: "whole",
		{A100_80, A100_40, "NVLink", "capacity"}: "caught", {A100_80, A100_40, "PCIe 4.0", "capacity"}: "caught",
		{A100_40, RTX4090, "PCIe 4.0", "capacity"}:      "caught",
		{A100_40, RTX3090, "NVLink bridge", "capacity"}: "caught", {A100_40, RTX3090, "PCIe 4.0", "capacity"}: "caught",
		{H200, H100, "NVLink", "capacity"}: "calibration", {H200, H100, "PCIe 4.0", "capacity"}: "caught",
		{RTX4090, RTX3090, "NVLink bridge", "compute"}: "passes", {RTX4090, RTX3090, "PCIe 4.0", "compute"}: "passes",
		{RTX4090, RTX3090, "any", "cache"}: "caught",
	}
	got := Pools()
	if len(got) != len(want) {
		t.Fatalf("%d pools, want %d", len(got), len(want))
	}
	for _, p := range got {
		verdict := "passes"
		switch {
		case p.Whole:
			verdict = "whole"
		case p.Caught():
			verdict = "caught"
		case p.ChaseCalibrated > 1:
			verdict = "calibration"
		}
		k := key{p.Class, p.Card, p.Link.Name, p.Kind}
		if want[k] != verdict {
			t.Errorf("%+v: %s (sweep %.2f, chase %.2f, calibrated %.2f), want %s", k, verdict, p.Sweep, p.Chase, p.ChaseCalibrated, want[k])
		}
		// Caught must mean caught with the table's robust margin on at least one phase, or be the
		// chase's thin NVLink case the documentation names.
		if verdict == "caught" && p.Sweep < robustMargin && p.Chase < robustMargin && p.ChaseCalibrated < robustMargin {
			t.Errorf("%+v caught by %.2f / %.2f only", k, p.Sweep, p.Chase)
		}
	}
	h200, _ := ClassByName(H200)
	h100, _ := ClassByName(H100)
	if be := h200.BreakEvenLinkNS(h100); be < 600 || be > 1000 { // NVLink (600 ns) is under it: why H200 needs a calibration
		t.Errorf("H200 against 2x H100: break-even link latency %.0f ns", be)
	}
}

// TestDocCarriesTheDeadlineTable keeps the package documentation's tables identical to the code's.
func TestDocCarriesTheDeadlineTable(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(strings.TrimRight(DeadlineTable()+MarginTable()+ChaseTable()+PoolTable(), "\n"), "\n") {
		if want := strings.TrimRight("//\t"+line, " "); !strings.Contains(string(doc), want+"\n") {
			t.Errorf("doc.go lacks the table line:\n%s\n(regenerate the table from DeadlineTable())", want)
		}
	}
}

// TestCalibrationsMerge checks that a compute record and a capacity record of one class merge into its
// calibration, and that the deadlines then come from the measurements: the compute reference from
// the MAC rate, the sweep's from the sweep rate, the chase's from the measured hop.
func TestCalibrationsMerge(t *testing.T) {
	base, _ := ClassByName(A100_80)
	base.Calibration, base.Calibrated = nil, false
	cals := []Calibration{
		{Class: A100_80, Device: "NVIDIA A100-SXM4-80GB", MACRate: 2e14},
		{Class: H100, MACRate: 9e14},
		{Class: A100_80, Device: "NVIDIA A100-SXM4-80GB", SweepRate: 1e12, ChaseHopNS: 640},
	}
	c := mergeCalibrations([]Class{base}, cals)[0]
	if !c.Calibrated || c.Calibration.MACRate != 2e14 || c.Calibration.SweepRate != 1e12 || c.Calibration.ChaseHopNS != 640 {
		t.Fatalf("merged calibration %+v (calibrated %t)", c.Calibration, c.Calibrated)
	}
	cp, kp := c.ComputeParams(), c.CapacityParams()
	if got, want := c.Reference(cp)-SetupAllowance, time.Duration(cp.MACs()/2e14*float64(time.Second)); got < want-time.Millisecond || got > want+time.Millisecond {
		t.Fatalf("compute reference %s, want %s from the measured rate", got, want)
	}
	if got, want := c.Reference(kp)-SetupAllowance, time.Duration(kp.SweptBytes()/1e12*float64(time.Second)); got < want-time.Millisecond || got > want+time.Millisecond {
		t.Fatalf("sweep reference %s, want %s from the measured rate", got, want)
	}
	if got, want := c.ChaseReference(kp, false), ChaseSetupAllowance+time.Duration(float64(kp.Hops)*640); got != want {
		t.Fatalf("chase reference %s, want %s from the measured hop", got, want)
	}
	capOnly := mergeCalibrations([]Class{base}, cals[2:])[0]
	if capOnly.Calibrated || capOnly.Calibration == nil || capOnly.Calibration.ChaseHopNS != 640 {
		t.Fatalf("a capacity record alone: calibrated %t, %+v", capOnly.Calibrated, capOnly.Calibration)
	}
}

// TestH100ShapesAsBenchmarked pins the H100 class's challenges to the shapes oracle/proof's
// BenchmarkVerifyH100 verifies (h100Compute, h100Capacity there): change both together.
func TestH100ShapesAsBenchmarked(t *testing.T) {
	c, _ := ClassByName(H100)
	if got, want := c.ComputeParams(), (proof.Params{Width: 16384, Rows: 1 << 13, Steps: 1413, Group: 1, LeafGroups: 64, Openings: 64}); got != want {
		t.Fatalf("H100 compute %s, benchmarked %s", got, want)
	}
	if got, want := c.CapacityParams(), (proof.Params{Sweep: true, Width: 272, Rows: 1 << 28, Steps: 16, Group: 64, LeafGroups: 64, Openings: 32,
		Chains: 4, Hops: 1 << 20, SegmentHops: 4, ChaseRows: 221064493, ChaseOpenings: 64}); got != want {
		t.Fatalf("H100 capacity %s, benchmarked %s", got, want)
	}
}

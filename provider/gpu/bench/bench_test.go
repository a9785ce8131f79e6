package bench

import (
	"context"
	"encoding/json"
	"os"
	"testing"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

// TestCalibrationBench is the GPU tier's calibration bench: `idlegrid gpu bench` on device 0 for each
// of its class's challenges at full size, on the CUDA backend. Each full run must finish within its
// deadlines and the compute and capacity runs must each yield a calibration record; the records are
// logged as calibration.json wants them. It needs IDLEGRID_GPU=1 on a machine with an NVIDIA GPU, its
// driver, NVML and cuBLASLt; CI has none and skips it, saying so.
func TestCalibrationBench(t *testing.T) {
	if os.Getenv("IDLEGRID_GPU") != "1" {
		t.Skip("GPU tier: set IDLEGRID_GPU=1 on a machine with an NVIDIA GPU (CI has none)")
	}
	ctx := context.Background()
	var records []gpu.Calibration
	for _, o := range []Options{{Backend: "cuda"}, {Backend: "cuda", Capacity: true}, {Backend: "cuda", Cache: true}} {
		res, err := Run(ctx, o, zerolog.Nop())
		if o.Cache && err != nil {
			t.Logf("cache challenge: %v", err) // only classes with an L2 table have one
			continue
		}
		if err != nil {
			t.Fatalf("%+v: %v", o, err)
		}
		out, _ := json.MarshalIndent(res, "", "  ")
		t.Logf("%s %s:\n%s", res.Class, res.Kind, out)
		if res.Verdict != "within the deadline" || res.Params.Chains > 0 && res.ChaseVerdict != "within the chase deadline" {
			t.Errorf("%s %s: %s / %s", res.Class, res.Kind, res.Verdict, res.ChaseVerdict)
		}
		if res.Kind == "cache" {
			continue
		}
		if res.Calibration == nil || res.Kind == "compute" && res.Calibration.MACRate <= 0 ||
			res.Kind == "capacity" && (res.Calibration.SweepRate <= 0 || res.Calibration.ChaseHopNS <= 0) {
			t.Fatalf("%s %s: no calibration record: %+v", res.Class, res.Kind, res.Calibration)
		}
		records = append(records, *res.Calibration)
	}
	out, _ := json.Marshal(records)
	t.Logf("calibration records to add to provider/gpu/calibration.json: %s", out)
}

// TestRunSimulatedOnCPU runs the bench on the CPU for the simulated class, every challenge kind it
// has, as CI can: the same code path as a real card without the device.
func TestRunSimulatedOnCPU(t *testing.T) {
	for _, o := range []Options{{Class: gpu.SIM, Backend: "cpu", Steps: 2}, {Class: gpu.SIM, Backend: "cpu", Capacity: true, Steps: 4}} {
		res, err := Run(context.Background(), o, zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		if res.Calibration != nil || res.Backend != "cpu" || res.OpenedUnits == 0 || res.Params.Steps != o.Steps ||
			res.Params.Chains > 0 && (res.OpenedSegments == 0 || res.ChaseHopNS <= 0) {
			t.Fatalf("%+v: %+v", o, res)
		}
	}
	if _, err := Run(context.Background(), Options{Class: gpu.SIM, Backend: "cpu", Cache: true}, zerolog.Nop()); err == nil {
		t.Fatal("a cache challenge for a class without one")
	}
}

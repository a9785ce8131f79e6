package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/idlegrid/idlegrid/provider/gpu/bench"
)

func run(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = newApp(&out, &errOut).RunContext(context.Background(), append([]string{"idlegrid"}, args...))
	return out.String(), errOut.String(), err
}

func TestGPUListWithoutDriver(t *testing.T) {
	out, errOut, err := run(t, "gpu", "list")
	if err != nil {
		t.Fatalf("gpu list must succeed without a driver: %v", err)
	}
	if strings.Contains(errOut, "no NVIDIA driver") {
		if strings.TrimSpace(out) != "no GPUs" {
			t.Fatalf("stdout %q, want \"no GPUs\"", out)
		}
	} else if !strings.Contains(out, "INDEX") {
		t.Fatalf("a driver is present but no table was printed: %q", out)
	}
}

func TestGPUListJSONWithSimulatedDevices(t *testing.T) {
	out, _, err := run(t, "--json", "gpu", "list", "--simulated", "2", "--telemetry")
	if err != nil {
		t.Fatal(err)
	}
	var res struct {
		Driver  bool   `json:"driver"`
		Note    string `json:"note"`
		Devices []struct {
			UUID      string `json:"uuid"`
			Class     string `json:"class"`
			Simulated bool   `json:"simulated"`
			Telemetry *struct {
				UUID string `json:"uuid"`
			} `json:"telemetry"`
		} `json:"devices"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var sims int
	for _, d := range res.Devices {
		if d.Simulated {
			sims++
			if d.Class != "SIM" || !strings.HasPrefix(d.UUID, "SIM-") || d.Telemetry == nil || d.Telemetry.UUID != d.UUID {
				t.Fatalf("simulated device listed as %+v", d)
			}
		}
	}
	if sims != 2 || !res.Driver && !strings.Contains(res.Note, "no NVIDIA driver") {
		t.Fatalf("listing %+v", res)
	}
}

func TestGPUBenchSimulatedOnCPU(t *testing.T) {
	out, _, err := run(t, "--json", "gpu", "bench", "--backend", "cpu", "--class", "SIM")
	if err != nil {
		t.Fatal(err)
	}
	var res bench.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Backend != "cpu" || res.Class != "SIM" || res.Params.Steps != res.FullSteps || res.MACRate <= 0 ||
		res.OpenedUnits == 0 || res.VerifierOpsRatio <= 0 || res.VerifierOpsRatio > 0.01 || res.Verdict == "" {
		t.Fatalf("bench result %+v", res)
	}
	out, _, err = run(t, "gpu", "bench", "--backend", "cpu", "--class", "SIM", "--steps", "2")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"backend", "MAC/s", "partial run (2 of", "chase segments verified"} {
		if !strings.Contains(out, want) {
			t.Fatalf("output lacks %q:\n%s", want, out)
		}
	}
	// The capacity challenge runs its chase too.
	out, _, err = run(t, "--json", "gpu", "bench", "--backend", "cpu", "--class", "SIM", "--capacity")
	if err != nil {
		t.Fatal(err)
	}
	res = bench.Result{}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Kind != "capacity" || res.ChaseSeconds <= 0 || res.ChaseHopNS <= 0 || res.OpenedSegments == 0 || res.ChaseVerdict == "" {
		t.Fatalf("capacity bench result %+v", res)
	}
}

func TestGPUBenchErrors(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"gpu", "bench", "--backend", "cpu", "--class", "H100"}, "--steps"},
		{[]string{"gpu", "bench", "--class", "GTX1080"}, "unknown class"},
		{[]string{"gpu", "bench", "--backend", "opencl"}, "want auto, cuda or cpu"},
		{[]string{"--log-level", "loud", "gpu", "list"}, "--log-level"},
	}
	for _, tt := range tests {
		if _, _, err := run(t, tt.args...); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%v: got %v, want an error mentioning %q", tt.args, err, tt.want)
		}
	}
	// Without the CUDA libraries, asking for CUDA explicitly fails cleanly; auto falls back to the CPU.
	if _, _, err := run(t, "gpu", "bench", "--backend", "cuda", "--class", "SIM", "--steps", "1"); err != nil &&
		!strings.Contains(err.Error(), "cuda: unavailable") {
		t.Errorf("--backend cuda: %v", err)
	}
}

func TestGPUClasses(t *testing.T) {
	out, _, err := run(t, "gpu", "classes")
	if err != nil || !strings.Contains(out, "H100") || !strings.Contains(out, "deadline") || !strings.Contains(out, "chase window") || !strings.Contains(out, "posed by") {
		t.Fatalf("classes: %v\n%s", err, out)
	}
	out, _, err = run(t, "--json", "gpu", "classes")
	if err != nil {
		t.Fatal(err)
	}
	var res []struct {
		Name            string  `json:"name"`
		ComputeDeadline float64 `json:"compute_deadline_seconds"`
		Capacity        struct {
			Sweep  bool `json:"sweep"`
			Chains int  `json:"chains"`
		} `json:"capacity"`
		ChaseDeadline float64 `json:"chase_deadline_seconds"`
		Challenges    []struct {
			Kind string `json:"kind"`
		} `json:"challenges"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res) != 7 || res[0].Name != "RTX3090" ||
		res[0].ComputeDeadline <= 0 || !res[0].Capacity.Sweep || res[0].Capacity.Chains == 0 || res[0].ChaseDeadline <= 0 ||
		len(res[0].Challenges) != 2 || len(res[1].Challenges) != 3 || res[1].Challenges[2].Kind != "cache" {
		t.Fatalf("classes JSON: %v %+v", err, res)
	}
}

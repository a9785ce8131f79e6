package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/provider/gpu"
	"github.com/idlegrid/idlegrid/provider/gpu/bench"
	"github.com/idlegrid/idlegrid/provider/gpu/nvml"
	"github.com/idlegrid/idlegrid/provider/gpu/sim"
)

var (
	simulatedFlag = &cli.IntFlag{
		Name:     "simulated",
		Usage:    "add `N` simulated GPUs (class SIM, devnet only) to the inventory",
		EnvVars:  []string{"IDLEGRID_SIMULATED_GPUS"},
		Category: "DEVNET",
	}
	telemetryFlag = &cli.BoolFlag{
		Name:     "telemetry",
		Usage:    "sample each device's utilization, temperature, power and clocks",
		Category: "GPU",
	}
	classFlag = &cli.StringFlag{
		Name:     "class",
		Usage:    "GPU `CLASS` whose challenge to run (default: the class of --device, or SIM without a driver)",
		EnvVars:  []string{"IDLEGRID_GPU_CLASS"},
		Category: "GPU",
	}
	backendFlag = &cli.StringFlag{
		Name:     "backend",
		Usage:    "prover backend: auto (CUDA if available, else CPU), cuda or cpu",
		Value:    "auto",
		EnvVars:  []string{"IDLEGRID_PROVER_BACKEND"},
		Category: "GPU",
	}
	deviceFlag = &cli.IntFlag{
		Name:     "device",
		Usage:    "CUDA/NVML device `INDEX`",
		EnvVars:  []string{"IDLEGRID_GPU_DEVICE"},
		Category: "GPU",
	}
	stepsFlag = &cli.IntFlag{
		Name:     "steps",
		Usage:    "run only the first `N` steps of the challenge (a partial run measures throughput but gets no deadline verdict)",
		Category: "GPU",
	}
	capacityFlag = &cli.BoolFlag{
		Name:     "capacity",
		Usage:    "run the memory-capacity challenge (sweep, then chase) instead of the compute challenge",
		Category: "GPU",
	}
	cacheFlag = &cli.BoolFlag{
		Name:     "cache",
		Usage:    "run the cache challenge (RTX4090: sweep and chase over an L2-sized table) instead of the compute challenge",
		Category: "GPU",
	}
)

func gpuCommand() *cli.Command {
	return &cli.Command{
		Name:  "gpu",
		Usage: "inspect this machine's GPUs and benchmark the proof of compute",
		Subcommands: []*cli.Command{
			{
				Name:  "list",
				Usage: "list GPUs with their class (without an NVIDIA driver: an empty list, a note on stderr, exit status 0)",
				Flags: []cli.Flag{simulatedFlag, telemetryFlag},
				Action: func(c *cli.Context) error {
					return gpuList(c.Context, c.App.Writer, c.App.ErrWriter, c.Bool(jsonFlag.Name), c.Int(simulatedFlag.Name), c.Bool(telemetryFlag.Name), logger(c))
				},
			},
			{
				Name:  "classes",
				Usage: "print the GPU class table: challenge parameters, reference times and deadlines, the chase and the pool margins",
				Action: func(c *cli.Context) error {
					return gpuClasses(c.App.Writer, c.Bool(jsonFlag.Name))
				},
			},
			{
				Name:  "bench",
				Usage: "run a challenge locally on the best backend and print throughput against the class reference and the verifier's cost",
				Flags: []cli.Flag{classFlag, backendFlag, deviceFlag, stepsFlag, capacityFlag, cacheFlag},
				Action: func(c *cli.Context) error {
					opts := bench.Options{Class: c.String(classFlag.Name), Backend: c.String(backendFlag.Name), Device: c.Int(deviceFlag.Name),
						Steps: c.Int(stepsFlag.Name), Capacity: c.Bool(capacityFlag.Name), Cache: c.Bool(cacheFlag.Name)}
					return gpuBench(c.Context, c.App.Writer, c.Bool(jsonFlag.Name), opts, logger(c))
				},
			},
		},
	}
}

type listedDevice struct {
	gpu.Device
	Class      string         `json:"class,omitempty"`
	ClassError string         `json:"class_error,omitempty"`
	Telemetry  *gpu.Telemetry `json:"telemetry,omitempty"`
}

type listOutput struct {
	Driver  bool           `json:"driver"`
	Note    string         `json:"note,omitempty"`
	Devices []listedDevice `json:"devices"`
}

// gpuList prints the inventory. A machine without the NVIDIA driver is a normal case, not a failure:
// it gets an empty inventory, a "no NVIDIA driver" note (on stderr, and in the JSON) and exit status 0.
func gpuList(ctx context.Context, out, errOut io.Writer, asJSON bool, simulated int, telemetry bool, log zerolog.Logger) error {
	res := listOutput{Devices: []listedDevice{}}
	var invs []gpu.Inventory
	switch inv, err := nvml.Open(log); {
	case err == nil:
		res.Driver = true
		invs = append(invs, inv)
		defer inv.Close()
	case errors.Is(err, gpu.ErrNoDriver):
		res.Note = err.Error()
	default:
		return err
	}
	if simulated > 0 {
		inv, err := sim.New("local", simulated, nil, log)
		if err != nil {
			return err
		}
		invs = append(invs, inv)
	}
	for _, inv := range invs {
		devs, err := inv.Devices(ctx)
		if err != nil {
			return err
		}
		for _, d := range devs {
			ld := listedDevice{Device: d}
			if cl, err := gpu.Classify(d); err != nil {
				ld.ClassError = err.Error()
			} else {
				ld.Class = cl.Name
			}
			if telemetry {
				t, err := inv.Telemetry(ctx, d.UUID)
				if err != nil {
					return err
				}
				ld.Telemetry = &t
			}
			res.Devices = append(res.Devices, ld)
		}
	}
	if res.Note != "" {
		fmt.Fprintln(errOut, res.Note)
	}
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	if len(res.Devices) == 0 {
		_, err := fmt.Fprintln(out, "no GPUs")
		return err
	}
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	header := "INDEX\tNAME\tCLASS\tMEMORY\tDRIVER\tCUDA\tCC\tMIG\tVIRT\tUUID"
	if telemetry {
		header += "\tUTIL\tTEMP\tPOWER\tSM CLOCK\tTHROTTLE"
	}
	fmt.Fprintln(tw, header)
	for _, d := range res.Devices {
		class := d.Class
		if class == "" {
			class = "unrecognised"
		}
		mig := "-"
		if d.MIG.Supported {
			mig = fmt.Sprintf("%t", d.MIG.Current)
		}
		line := fmt.Sprintf("%d\t%s\t%s\t%.1f GiB\t%s\t%s\t%s\t%s\t%s\t%s", d.Index, d.Name, class,
			float64(d.MemoryTotal)/(1<<30), d.DriverVersion, d.CUDAVersion, d.ComputeCapability, mig, d.Virtualization, d.UUID)
		if t := d.Telemetry; t != nil {
			line += fmt.Sprintf("\t%d%%\t%d C\t%.1f W\t%d MHz\t%s", t.UtilizationGPU, t.TemperatureC, float64(t.PowerMilliwatts)/1000, t.ClockSMMHz, t.ThrottleReasons)
		}
		fmt.Fprintln(tw, line)
	}
	return tw.Flush()
}

type classOutput struct {
	gpu.Class
	Compute          proof.Params    `json:"compute"`
	ComputeReference float64         `json:"compute_reference_seconds"`
	ComputeDeadline  float64         `json:"compute_deadline_seconds"`
	Capacity         proof.Params    `json:"capacity"`
	CapacityRef      float64         `json:"capacity_reference_seconds"`
	CapacityDeadline float64         `json:"capacity_deadline_seconds"`
	ChaseDeadline    float64         `json:"chase_deadline_seconds"`
	Challenges       []gpu.Challenge `json:"challenges"`
}

func gpuClasses(out io.Writer, asJSON bool) error {
	if !asJSON {
		_, err := io.WriteString(out, gpu.DeadlineTable()+"\n"+gpu.ChaseTable()+"\n"+gpu.PoolTable())
		return err
	}
	var res []classOutput
	for _, c := range gpu.Classes() {
		cp, kp := c.ComputeParams(), c.CapacityParams()
		res = append(res, classOutput{Class: c, Compute: cp, ComputeReference: c.Reference(cp).Seconds(), ComputeDeadline: c.ComputeDeadline().Seconds(),
			Capacity: kp, CapacityRef: c.Reference(kp).Seconds(), CapacityDeadline: c.CapacityDeadline().Seconds(),
			ChaseDeadline: c.ChaseDeadline().Seconds(), Challenges: c.Challenges()})
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(res)
}

// gpuBench runs the bench (provider/gpu/bench) and renders its result.
func gpuBench(ctx context.Context, out io.Writer, asJSON bool, o bench.Options, log zerolog.Logger) error {
	res, err := bench.Run(ctx, o, log)
	if err != nil {
		return err
	}
	p := res.Params
	kind := res.Kind
	if asJSON {
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	h100, _ := gpu.ClassByName(gpu.H100)
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "backend\t%s\n", res.Backend)
	for _, n := range res.Notes {
		fmt.Fprintf(tw, "note\t%s\n", n)
	}
	fmt.Fprintf(tw, "class\t%s\n", res.Class)
	fmt.Fprintf(tw, "challenge\t%s %s (%d of %d steps)\n", kind, p, p.Steps, res.FullSteps)
	if p.Sweep {
		fmt.Fprintf(tw, "prover\t%.3g GB swept in %.3f s = %.4g GB/s\n", res.SweptBytes/1e9, res.CommitSeconds, res.SweepRate/1e9)
		fmt.Fprintf(tw, "reference\t%s %.4g GB/s: measured %.3g%% of it; H100 reference: %.3g%%\n",
			res.Class, res.ReferenceSweepRate/1e9, 100*res.OfReference, 100*res.OfH100Reference)
	} else {
		fmt.Fprintf(tw, "prover\t%.3g MACs in %.3f s = %s\n", res.MACs, res.CommitSeconds, rate(res.MACRate))
		fmt.Fprintf(tw, "reference\t%s %s: measured %.3g%% of it; H100 reference %s: %.3g%%\n",
			res.Class, rate(res.ReferenceMACRate), 100*res.OfReference, rate(h100.MACRate()), 100*res.OfH100Reference)
	}
	fmt.Fprintf(tw, "deadline\tfull challenge: reference %.2f s, deadline %.2f s; %s\n", res.ReferenceSeconds, res.DeadlineSeconds, res.Verdict)
	if p.Chains > 0 {
		fmt.Fprintf(tw, "chase\t%d chains × %d hops in %.3f s = %.0f ns a hop; reference %.2f s, deadline %.2f s; %s\n",
			p.Chains, p.Hops, res.ChaseSeconds, res.ChaseHopNS, res.ChaseReferenceSeconds, res.ChaseDeadlineSeconds, res.ChaseVerdict)
	}
	fmt.Fprintf(tw, "verifier\t%d units and %d chase segments verified in %.3g s = %.3g%% of the prover's time here; verifier/prover operations %.2g for the full challenge\n",
		res.OpenedUnits, res.OpenedSegments, res.VerifySeconds, 100*res.VerifyPerProve, res.VerifierOpsRatio)
	fmt.Fprintf(tw, "hashing\tdevice hashing modelled at %.2g%% of the class's compute reference time\n", 100*res.HashShare)
	if res.Calibration != nil {
		cal, err := json.Marshal(res.Calibration)
		if err != nil {
			return err
		}
		fmt.Fprintf(tw, "calibration\t%s\n", cal)
	} else {
		fmt.Fprintf(tw, "calibration\tnone: only a full run on a real GPU yields a record to commit\n")
	}
	return tw.Flush()
}

func rate(macs float64) string {
	switch {
	case macs >= 1e12:
		return fmt.Sprintf("%.4g TMAC/s", macs/1e12)
	case macs >= 1e9:
		return fmt.Sprintf("%.4g GMAC/s", macs/1e9)
	}
	return fmt.Sprintf("%.4g MMAC/s", macs/1e6)
}

// Package bench runs a proof-of-compute challenge locally on this machine's best backend and measures
// it against the class table: the prover's throughput and time against the reference and deadline, the
// verifier's cost, and, for a full run on a real GPU, a calibration record (provider/gpu.Calibration)
// to commit. It owns that measurement; the CLI only renders the Result. It never talks to a chain or
// to another node.
package bench

import (
	"context"
	"crypto/rand"
	"fmt"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/provider/gpu"
	"github.com/idlegrid/idlegrid/provider/gpu/cuda"
	"github.com/idlegrid/idlegrid/provider/gpu/nvml"
)

// Options says what to run.
type Options struct {
	// Class is the class whose challenge runs ("": the class of Device, or SIM without a driver).
	Class string
	// Backend is auto (CUDA if available, else the CPU), cuda or cpu.
	Backend string
	// Device is the CUDA/NVML device index.
	Device int
	// Steps, if positive, runs only the first Steps steps (no deadline verdict, no calibration).
	Steps int
	// Capacity runs the capacity challenge (sweep and chase) instead of the compute challenge.
	Capacity bool
	// Cache runs the cache challenge (RTX4090) instead.
	Cache bool
}

// Result is what one run measured. The CLI renders it; Calibration is the record to commit to
// provider/gpu/calibration.json when the run was a full challenge on a real device.
type Result struct {
	Backend            string       `json:"backend"`
	Notes              []string     `json:"notes,omitempty"`
	Class              string       `json:"class"`
	Challenge          string       `json:"challenge"`
	Params             proof.Params `json:"params"`
	FullSteps          int          `json:"full_steps"`
	CommitSeconds      float64      `json:"commit_seconds"`
	MACs               float64      `json:"macs,omitempty"`
	MACRate            float64      `json:"mac_per_second,omitempty"`
	ReferenceMACRate   float64      `json:"reference_mac_per_second,omitempty"`
	SweptBytes         float64      `json:"swept_bytes,omitempty"`
	SweepRate          float64      `json:"swept_bytes_per_second,omitempty"`
	ReferenceSweepRate float64      `json:"reference_swept_bytes_per_second,omitempty"`
	OfReference        float64      `json:"fraction_of_reference"`
	OfH100Reference    float64      `json:"fraction_of_h100_sxm_reference"`
	ReferenceSeconds   float64      `json:"reference_seconds"`
	DeadlineSeconds    float64      `json:"deadline_seconds"`
	Verdict            string       `json:"verdict"`
	// The chase (capacity and cache challenges): its time, the time per hop, the class's reference
	// and deadline for it, and the verdict.
	ChaseSeconds          float64 `json:"chase_seconds,omitempty"`
	ChaseHopNS            float64 `json:"chase_hop_ns,omitempty"`
	ChaseReferenceSeconds float64 `json:"chase_reference_seconds,omitempty"`
	ChaseDeadlineSeconds  float64 `json:"chase_deadline_seconds,omitempty"`
	ChaseVerdict          string  `json:"chase_verdict,omitempty"`
	OpenedSegments        int     `json:"opened_segments,omitempty"`
	OpenedUnits           int     `json:"opened_units"`
	VerifySeconds         float64 `json:"verify_seconds"`
	VerifyPerProve        float64 `json:"verify_time_over_prove_time"`
	VerifierOpsRatio      float64 `json:"verifier_ops_over_prover_ops"`
	// Kind is "compute" or "capacity".
	Kind string `json:"kind"`
	// HashShare is the modelled share of device hashing in the class's compute reference time.
	HashShare float64 `json:"modelled_hash_share"`
	// Calibration is the record a full run on a real GPU yields (nil otherwise).
	Calibration *gpu.Calibration `json:"calibration,omitempty"`
}

// Run runs one challenge locally: the prover on the chosen backend, then the verifier on the CPU. It
// stops promptly when ctx is done (the engines check it between and inside steps).
func Run(ctx context.Context, o Options, log zerolog.Logger) (Result, error) {
	var res Result
	var dev *gpu.Device
	subject := "local-bench"
	className := o.Class
	if className == "" {
		className = gpu.SIM
		switch inv, err := nvml.Open(log); {
		case err != nil:
			res.Notes = append(res.Notes, err.Error()+": benchmarking the simulated class on the CPU")
		default:
			devs, derr := inv.Devices(ctx)
			inv.Close()
			if derr != nil {
				return Result{}, derr
			}
			if o.Device < 0 || o.Device >= len(devs) {
				return Result{}, fmt.Errorf("device %d: %d NVIDIA devices found", o.Device, len(devs))
			}
			cl, cerr := gpu.Classify(devs[o.Device])
			if cerr != nil {
				return Result{}, fmt.Errorf("device %d: %w (pass --class to benchmark a class anyway)", o.Device, cerr)
			}
			className, subject = cl.Name, devs[o.Device].UUID
			dev = &devs[o.Device]
		}
	}
	class, err := gpu.ClassByName(className)
	if err != nil {
		return Result{}, err
	}
	backend, closeBackend, err := benchBackend(o, &res, log)
	if err != nil {
		return Result{}, err
	}
	defer closeBackend()
	res.Backend = backend.Name()

	kind := "compute"
	switch {
	case o.Capacity && o.Cache:
		return Result{}, fmt.Errorf("capacity or cache: one challenge a run")
	case o.Capacity:
		kind = "capacity"
	case o.Cache:
		kind = "cache"
	}
	var chl *gpu.Challenge
	for _, c := range class.Challenges() {
		if c.Kind == kind {
			chl = &c
		}
	}
	if chl == nil {
		return Result{}, fmt.Errorf("class %s has no %s challenge", class.Name, kind)
	}
	p, ref, deadline := chl.Params, chl.Reference, chl.Deadlines.Commit
	res.FullSteps = p.Steps
	if o.Steps > 0 {
		p.Steps = min(o.Steps, p.Steps)
	}
	if _, onCPU := backend.(proof.CPU); onCPU && !class.Simulated && o.Steps == 0 {
		sim, _ := gpu.ClassByName(gpu.SIM)
		hours := (sim.Reference(p) - gpu.SetupAllowance).Hours()
		return Result{}, fmt.Errorf("the CPU backend would need about %.3g hours for the %s %s challenge; pass --steps N for a partial run",
			hours, class.Name, kind)
	}
	var seed [32]byte
	if _, err := rand.Read(seed[:]); err != nil {
		return Result{}, err
	}
	ch := proof.Challenge{Class: class.Name, Subject: subject, Expiry: time.Now().Add(24 * time.Hour).Unix(),
		Seed: seed, Nonce: uint64(time.Now().UnixNano()), Params: p}
	res.Class, res.Challenge, res.Params = class.Name, kind, p

	prover := proof.NewProver(backend, 0, log)
	start := time.Now()
	sess, cm, err := prover.Commit(ctx, ch)
	if err != nil {
		return Result{}, fmt.Errorf("prove: %w", err)
	}
	defer sess.Close()
	elapsed := time.Since(start)
	res.CommitSeconds = elapsed.Seconds()
	h100, _ := gpu.ClassByName(gpu.H100)
	if p.Sweep {
		res.SweptBytes = p.SweptBytes()
		res.SweepRate = p.SweptBytes() / elapsed.Seconds()
		res.ReferenceSweepRate = p.SweptBytes() / (class.Reference(p) - gpu.SetupAllowance).Seconds()
		res.OfReference = res.SweepRate / res.ReferenceSweepRate
		hp := h100.CapacityParams()
		res.OfH100Reference = res.SweepRate / (hp.SweptBytes() / (h100.Reference(hp) - gpu.SetupAllowance).Seconds())
	} else {
		res.MACs = p.MACs()
		res.MACRate = p.MACs() / elapsed.Seconds()
		res.ReferenceMACRate = class.MACRate()
		res.OfReference = res.MACRate / res.ReferenceMACRate
		res.OfH100Reference = res.MACRate / h100.MACRate()
	}
	res.ReferenceSeconds, res.DeadlineSeconds = ref.Seconds(), deadline.Seconds()
	switch {
	case p.Steps < res.FullSteps:
		res.Verdict = fmt.Sprintf("partial run (%d of %d steps): no deadline verdict", p.Steps, res.FullSteps)
	case elapsed <= deadline:
		res.Verdict = "within the deadline"
	default:
		res.Verdict = "LATE: this device would fail the challenge"
	}

	vcfg := proof.DefaultVerifierConfig()
	vcfg.AllowSimulated = true // a local benchmark, not an attestation
	v, err := proof.NewVerifier(vcfg, nil, log)
	if err != nil {
		return Result{}, err
	}
	d := proof.DeadlinesFor(max(deadline, 2*elapsed))
	d.Chase = time.Hour // measured and judged below, not refused
	chk, err := v.Begin(ch, d)
	if err != nil {
		return Result{}, err
	}
	if err := chk.Commit(cm, proof.Timing{Sent: start, Received: start.Add(elapsed)}); err != nil {
		return Result{}, err
	}
	if p.Chains > 0 {
		creq, err := chk.Chase()
		if err != nil {
			return Result{}, err
		}
		chaseStart := time.Now()
		ccm, err := sess.Chase(ctx, creq)
		if err != nil {
			return Result{}, fmt.Errorf("chase: %w", err)
		}
		chase := time.Since(chaseStart)
		if err := chk.CommitChase(ccm, proof.Timing{Sent: chaseStart, Received: chaseStart.Add(chase)}); err != nil {
			return Result{}, err
		}
		res.ChaseSeconds, res.ChaseHopNS = chase.Seconds(), float64(chase.Nanoseconds())/float64(p.Hops)
		res.ChaseReferenceSeconds, res.ChaseDeadlineSeconds = chl.ChaseReference.Seconds(), chl.Deadlines.Chase.Seconds()
		res.ChaseVerdict = "within the chase deadline"
		if chase > chl.Deadlines.Chase {
			res.ChaseVerdict = "LATE: this device would fail the chase"
		}
	}
	req, err := chk.Request()
	if err != nil {
		return Result{}, err
	}
	reqSent := time.Now()
	op, err := sess.Open(ctx, req)
	if err != nil {
		return Result{}, fmt.Errorf("open: %w", err)
	}
	if err := chk.Verify(ctx, op, proof.Timing{Sent: reqSent, Received: time.Now()}); err != nil {
		return Result{}, fmt.Errorf("the verifier rejected this device's own proof: %w", err)
	}
	st := chk.Stats()
	res.OpenedUnits, res.OpenedSegments, res.VerifySeconds = st.Units, st.Segments, st.VerifyTime.Seconds()
	res.VerifyPerProve = res.VerifySeconds / res.CommitSeconds
	full := p
	full.Steps = res.FullSteps
	res.VerifierOpsRatio = full.VerifierOps() / full.ProverOps()
	res.Kind, res.HashShare = kind, class.HashShare()
	if _, onCPU := backend.(proof.CPU); !onCPU && dev != nil && p.Steps == res.FullSteps && kind != "cache" {
		res.Calibration = &gpu.Calibration{Class: class.Name, Device: dev.Name, UUID: dev.UUID, Driver: dev.DriverVersion,
			Backend: res.Backend, MeasuredAt: time.Now().UTC().Truncate(time.Second)}
		if p.Sweep {
			res.Calibration.SweepRate = res.SweepRate
			if kind == "capacity" {
				res.Calibration.ChaseHopNS = res.ChaseHopNS
			}
		} else {
			res.Calibration.MACRate = res.MACRate
		}
	}

	return res, nil
}

// benchBackend picks the prover backend: CUDA when asked or available, the CPU otherwise.
func benchBackend(o Options, res *Result, log zerolog.Logger) (proof.Backend, func(), error) {
	noop := func() {}
	switch o.Backend {
	case "cpu":
		return proof.CPU{}, noop, nil
	case "cuda", "auto":
		b, err := cuda.Open(cuda.Config{Ordinal: o.Device}, log)
		if err == nil {
			return b, func() { b.Close() }, nil
		}
		if o.Backend == "cuda" {
			return nil, nil, err
		}
		res.Notes = append(res.Notes, err.Error()+": using the CPU backend")
		return proof.CPU{}, noop, nil
	}
	return nil, nil, fmt.Errorf("backend %q: want auto, cuda or cpu", o.Backend)
}

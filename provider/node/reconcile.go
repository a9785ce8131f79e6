package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

var keyPart = regexp.MustCompile(`^[a-z0-9]{1,12}$`)

// Key is the runtime's name for a lease of this deployment.
func (n *Node) Key(lease uint64) runtime.LeaseKey {
	return runtime.LeaseKey(n.deps.Deployment + "-" + strconv.FormatUint(lease, 10))
}

// leaseOf reads the lease id back from a runtime key of this deployment.
func (n *Node) leaseOf(k runtime.LeaseKey) (uint64, bool) {
	rest, ok := strings.CutPrefix(string(k), n.deps.Deployment+"-")
	if !ok {
		return 0, false
	}
	id, err := strconv.ParseUint(rest, 10, 64)
	return id, err == nil
}

// loop reconciles every lease whenever the chain moves, an upload arrives or Resync passes.
func (n *Node) loop(ctx context.Context) error {
	t := time.NewTicker(n.cfg.Resync)
	defer t.Stop()
	for {
		n.reconcile(ctx)
		select {
		case <-ctx.Done():
			return nil
		case <-n.wake:
		case <-t.C:
		}
	}
}

// reconcile starts a step for every lease that may need one and is not being acted on already; it cancels
// the step in flight of a lease that is over (a start waiting on an image pull), so the stop comes next.
func (n *Node) reconcile(ctx context.Context) {
	leases, err := n.deps.Store.Leases(ctx)
	if err == nil {
		var ws []Workload
		ws, err = n.deps.Store.Workloads(ctx)
		if err == nil {
			_, now := n.chain()
			over := map[uint64]bool{}
			for _, l := range leases {
				over[l.ID] = l.OverAt(now)
			}
			for _, w := range ws {
				if _, ok := over[w.Lease]; !ok {
					over[w.Lease] = true // removed by a reorg
				}
			}
			keys := make([]uint64, 0, len(over))
			for id, o := range over {
				keys = append(keys, id)
				if o {
					n.cancelBusy(id)
				}
			}
			slices.Sort(keys)
			for _, id := range keys {
				n.dispatch(ctx, id, over[id])
			}
			n.metrics.observe(leases, ws)
		}
	}
	n.mu.Lock()
	n.healthErr = err
	n.mu.Unlock()
	if err != nil {
		n.log.Error().Err(err).Msg("read leases")
	}
}

// cancelBusy cancels the step in flight for lease id if it began while the lease was still on (a start); a
// step begun once it was over is the stop, which must finish.
func (n *Node) cancelBusy(id uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if b, ok := n.busy[id]; ok && !b.over {
		b.cancel()
	}
}

// busyStep is a lease's step in flight.
type busyStep struct {
	cancel context.CancelFunc
	over   bool
}

// dispatch runs a step for lease id unless one runs already; over says the lease was over when it began.
func (n *Node) dispatch(ctx context.Context, id uint64, over bool) {
	n.mu.Lock()
	if _, ok := n.busy[id]; ok {
		n.mu.Unlock()
		return
	}
	sctx, cancel := context.WithCancel(ctx)
	n.busy[id] = busyStep{cancel: cancel, over: over}
	n.wg.Add(1)
	n.mu.Unlock()
	go func() {
		defer n.wg.Done()
		defer func() {
			cancel()
			n.mu.Lock()
			delete(n.busy, id)
			n.mu.Unlock()
		}()
		select {
		case n.sem <- struct{}{}:
		case <-sctx.Done():
			return
		}
		defer func() { <-n.sem }()
		again, err := n.step(sctx, id)
		if err != nil && ctx.Err() == nil {
			n.metrics.errors.WithLabelValues("step").Inc()
			n.log.Warn().Err(err).Uint64("lease", id).Msg("lease step failed; retrying")
		}
		if again && ctx.Err() == nil {
			n.Wake()
		}
	}()
}

// step moves lease id's workload on by one or more phases, recording each before acting on it. It returns
// again when another step should follow at once.
func (n *Node) step(ctx context.Context, id uint64) (again bool, err error) {
	l, lerr := n.deps.Store.Lease(ctx, id)
	if lerr != nil && !errors.Is(lerr, ErrNotFound) {
		return false, lerr
	}
	gone := errors.Is(lerr, ErrNotFound)
	w, werr := n.deps.Store.Workload(ctx, id)
	if werr != nil && !errors.Is(werr, ErrNotFound) {
		return false, werr
	}
	head, now := n.chain()
	wall := n.deps.Clock.Now()
	if errors.Is(werr, ErrNotFound) {
		switch {
		case gone:
			return false, nil
		case l.Machine != n.cfg.Machine:
			return false, nil
		case l.OverAt(now):
			// Over before the node took it up (a node down for the whole lease): nothing to stop.
			return false, n.save(ctx, Workload{Lease: id, Phase: PhaseDone, Reason: "the lease was over before its job started", Created: wall})
		case head < l.OpenedBlock+n.cfg.Confirmations:
			return false, nil // not deep enough yet: the next block wakes the node
		}
		w = Workload{Lease: id, Phase: PhasePending, Created: wall}
		if err := n.save(ctx, w); err != nil {
			return false, err
		}
		n.log.Info().Uint64("lease", id).Str("renter", l.Renter.Hex()).Uint32("gpus", l.GPUs).Uint64("block", l.OpenedBlock).
			Msg("lease confirmed")
	}
	over, why := gone, "a reorg removed the lease"
	if !gone && l.OverAt(now) {
		over, why = true, overReason(l, now)
	}
	log := n.log.With().Uint64("lease", id).Str("phase", string(w.Phase)).Logger()
	switch w.Phase {
	case PhasePending:
		if over {
			return true, n.toStopping(ctx, w, why)
		}
		return n.prepare(ctx, l, w)
	case PhaseStarting:
		if over {
			return true, n.toStopping(ctx, w, why)
		}
		return n.start(ctx, l, w)
	case PhaseRunning:
		if over {
			return true, n.toStopping(ctx, w, why)
		}
		return n.watch(ctx, w)
	case PhaseExited:
		if over {
			return true, n.toStopping(ctx, w, why)
		}
		return false, nil
	case PhaseFailed:
		if gone || l.Closed || l.OverAt(now) {
			return true, n.toStopping(ctx, w, w.Reason)
		}
		return false, n.endLease(ctx, w)
	case PhaseStopping:
		return false, n.stop(ctx, w)
	case PhaseDone:
		return false, nil
	default:
		log.Error().Msg("unknown phase")
		return false, fmt.Errorf("lease %d: unknown phase %q", id, w.Phase)
	}
}

func overReason(l Lease, now uint64) string {
	if l.Closed {
		return "the lease closed on chain (" + l.Reason.String() + ")"
	}
	return fmt.Sprintf("the lease's prepaid time ended at %d (chain time %d)", l.EndsAt, now)
}

func (n *Node) save(ctx context.Context, w Workload) error {
	w.Updated = n.deps.Clock.Now()
	if w.Created.IsZero() {
		w.Created = w.Updated
	}
	return n.deps.Store.SaveWorkload(ctx, w)
}

// fail records that the job cannot run and why; the next step ends the lease on chain.
func (n *Node) fail(ctx context.Context, w Workload, reason string) (bool, error) {
	n.log.Warn().Uint64("lease", w.Lease).Str("reason", reason).Msg("job cannot run: ending the lease, the renter is refunded from now")
	n.metrics.failed.Inc()
	w.Phase, w.Reason = PhaseFailed, reason
	return true, n.save(ctx, w)
}

func (n *Node) toStopping(ctx context.Context, w Workload, why string) error {
	if w.Phase != PhaseFailed || w.Reason == "" {
		w.Reason = why
	}
	w.Phase = PhaseStopping
	n.log.Info().Uint64("lease", w.Lease).Str("why", why).Msg("stopping the job")
	return n.save(ctx, w)
}

// errWait marks what a pending lease is waiting for; it is no failure of the node.
type waitReason string

// prepare gets the job's spec and content, checks them against the lease and the machine, picks the GPUs and
// records the start.
func (n *Node) prepare(ctx context.Context, l Lease, w Workload) (bool, error) {
	waited := n.deps.Clock.Now().Sub(w.Created)
	wait := func(why waitReason) (bool, error) {
		if waited > n.cfg.JobWait {
			return n.fail(ctx, w, fmt.Sprintf("%s for %s", why, n.cfg.JobWait))
		}
		if w.Reason != string(why) {
			w.Reason = string(why)
			return false, n.save(ctx, w)
		}
		return false, nil
	}
	specCID, ok := l.JobCID()
	if !ok {
		// Only the chain names a lease's job (LeaseOpened.jobCID, or LeaseJournal.setJob later).
		return wait("the renter has not named the job on chain (idlegrid lease set-job)")
	}
	raw, err := n.fetchSpec(ctx, specCID)
	switch {
	case errors.Is(err, content.ErrNotFound):
		return wait(waitReason("the job spec " + specCID.String() + " has not been uploaded to this node"))
	case errors.Is(err, errBadContent):
		return n.fail(ctx, w, err.Error())
	case err != nil:
		return false, err
	}
	spec, err := job.Decode(raw)
	if err != nil {
		return n.fail(ctx, w, err.Error())
	}
	if err := n.fits(l, spec); err != nil {
		return n.fail(ctx, w, err.Error())
	}
	var missing []string
	need := []string{}
	if spec.Image.CID != "" {
		need = append(need, spec.Image.CID)
	}
	for _, in := range spec.Inputs {
		need = append(need, in.CID)
	}
	for _, s := range need {
		c, _ := cid.Decode(s) // Decode checked it
		err := n.fetchDAG(ctx, c)
		switch {
		case errors.Is(err, content.ErrNotFound):
			missing = append(missing, s)
		case errors.Is(err, errBadContent):
			return n.fail(ctx, w, err.Error())
		case err != nil:
			return false, err
		}
	}
	if len(missing) > 0 {
		return wait(waitReason("content " + strings.Join(missing, ", ") + " has not been uploaded to this node"))
	}
	gpus, err := n.pickGPUs(ctx, l)
	if err != nil {
		return n.fail(ctx, w, err.Error())
	}
	// The spec (and through it the image and inputs) stays the lease's content after the lease is over.
	if err := n.recordContent(ctx, w.Lease, spec.CID()); err != nil {
		return false, err
	}
	w.Phase, w.Spec, w.GPUs, w.Reason = PhaseStarting, spec.CID().String(), gpus, ""
	if err := n.save(ctx, w); err != nil {
		return false, err
	}
	return n.start(ctx, l, w)
}

// fits checks a valid spec against the lease and this machine's capacity, naming the field at fault.
func (n *Node) fits(l Lease, s *job.Spec) error {
	c := n.cfg.Capacity
	switch {
	case uint32(s.Resources.GPUs) != l.GPUs:
		return &job.FieldError{Field: "spec.resources.gpus", Msg: fmt.Sprintf("%d, but lease %d holds %d GPUs", s.Resources.GPUs, l.ID, l.GPUs)}
	case s.Resources.Memory > c.Memory:
		return &job.FieldError{Field: "spec.resources.memory", Msg: fmt.Sprintf("%d bytes, this machine gives a job at most %d", s.Resources.Memory, c.Memory)}
	case s.Resources.MilliCPUs > c.MilliCPUs:
		return &job.FieldError{Field: "spec.resources.millicpus", Msg: fmt.Sprintf("%d, this machine gives a job at most %d", s.Resources.MilliCPUs, c.MilliCPUs)}
	case s.Resources.Disk > c.Disk:
		return &job.FieldError{Field: "spec.resources.disk", Msg: fmt.Sprintf("%d bytes, this machine gives a job at most %d", s.Resources.Disk, c.Disk)}
	case s.Resources.Pids > c.Pids:
		return &job.FieldError{Field: "spec.resources.pids", Msg: fmt.Sprintf("%d, this machine gives a job at most %d", s.Resources.Pids, c.Pids)}
	}
	return nil
}

// pickGPUs names the devices a lease gets: those of its GPU mask when the chain assigns them, otherwise free
// ones (held by no live workload), lowest index first.
func (n *Node) pickGPUs(ctx context.Context, l Lease) ([]string, error) {
	if l.GPUs == 0 {
		return []string{}, nil
	}
	if l.GPUMask != 0 {
		var out []string
		for i := 0; i < 32; i++ {
			if l.GPUMask&(1<<i) == 0 {
				continue
			}
			if i >= len(n.devices) {
				return nil, fmt.Errorf("lease %d holds GPU %d, this machine has %d", l.ID, i, len(n.devices))
			}
			out = append(out, n.devices[i].UUID)
		}
		return out, nil
	}
	ws, err := n.deps.Store.Workloads(ctx)
	if err != nil {
		return nil, err
	}
	held := map[string]bool{}
	for _, w := range ws {
		if w.Lease == l.ID {
			continue
		}
		for _, g := range w.GPUs {
			held[g] = true
		}
	}
	var out []string
	for _, d := range n.devices {
		if len(out) == int(l.GPUs) {
			break
		}
		if !held[d.UUID] {
			out = append(out, d.UUID)
		}
	}
	if len(out) < int(l.GPUs) {
		return nil, fmt.Errorf("lease %d holds %d GPUs, %d of this machine's %d are free", l.ID, l.GPUs, len(out), len(n.devices))
	}
	return out, nil
}

// start asks the runtime to run the recorded spec (at most one container per lease, whatever happened
// before), and records the outcome.
func (n *Node) start(ctx context.Context, l Lease, w Workload) (bool, error) {
	spec, err := n.specOf(ctx, w)
	if errors.Is(err, job.ErrInvalid) {
		return n.fail(ctx, w, err.Error())
	}
	if err != nil {
		return false, err
	}
	req := runtime.StartRequest{Lease: n.Key(w.Lease), Spec: spec, GPUs: w.GPUs}
	if spec.Image.CID != "" {
		ic, _ := cid.Decode(spec.Image.CID)
		req.ImageArchive = func(ctx context.Context) (io.ReadCloser, error) { return n.deps.Content.OpenFile(ctx, ic) }
	}
	for _, in := range spec.Inputs {
		ic, _ := cid.Decode(in.CID)
		budget := spec.Resources.Disk
		req.Inputs = append(req.Inputs, func(ctx context.Context) (io.ReadCloser, error) {
			pr, pw := io.Pipe()
			go func() { pw.CloseWithError(n.deps.Content.WriteTar(ctx, ic, "input", pw, budget)) }()
			return pr, nil
		})
	}
	began := n.deps.Clock.Now()
	st, err := n.deps.Runtime.Run(ctx, req)
	switch {
	case errors.Is(err, runtime.ErrCannotStart), errors.Is(err, runtime.ErrLimitUnsupported), errors.Is(err, job.ErrInvalid):
		return n.fail(ctx, w, err.Error())
	case err != nil:
		if ctx.Err() != nil {
			return false, ctx.Err()
		}
		w.Attempts++
		if w.Attempts >= n.cfg.StartAttempts {
			return n.fail(ctx, w, fmt.Sprintf("the node could not start the container in %d attempts: %v", w.Attempts, err))
		}
		if serr := n.save(ctx, w); serr != nil {
			return false, serr
		}
		return false, fmt.Errorf("start (attempt %d of %d): %w", w.Attempts, n.cfg.StartAttempts, err)
	}
	w.Phase, w.StartedAt, w.Reason = PhaseRunning, st.StartedAt, ""
	if w.StartedAt.IsZero() {
		w.StartedAt = n.deps.Clock.Now()
	}
	if err := n.save(ctx, w); err != nil {
		return false, err
	}
	if l.OpenedAt > 0 {
		n.metrics.startLatency.Observe(float64(n.deps.Clock.Now().Unix()-int64(l.OpenedAt)) + float64(n.deps.Clock.Now().Nanosecond())/1e9)
	}
	n.log.Info().Uint64("lease", w.Lease).Strs("gpus", w.GPUs).Str("spec", w.Spec).Dur("took", n.deps.Clock.Now().Sub(began)).
		Msg("job running")
	return true, nil
}

// watch notices a job that has exited and collects its output.
func (n *Node) watch(ctx context.Context, w Workload) (bool, error) {
	st, err := n.deps.Runtime.Status(ctx, n.Key(w.Lease), false)
	if errors.Is(err, runtime.ErrNotFound) {
		return n.fail(ctx, w, "the job's container disappeared (removed outside the node)")
	}
	if err != nil {
		return false, err
	}
	if st.Running {
		return false, n.checkDisk(ctx, w, st)
	}
	code := st.ExitCode
	w.ExitCode, w.FinishedAt = &code, st.FinishedAt
	switch {
	case st.OOMKilled:
		w.Reason = "the job ran out of memory (its limit) and was killed"
	case strings.Contains(w.Reason, "disk limit"):
	default:
		w.Reason = fmt.Sprintf("the job exited with code %d", code)
	}
	if out, err := n.collect(ctx, w); err != nil {
		n.log.Warn().Err(err).Uint64("lease", w.Lease).Msg("collect output")
	} else {
		w.Output = out
	}
	w.Phase = PhaseExited
	n.log.Info().Uint64("lease", w.Lease).Int("exit", code).Bool("oom", st.OOMKilled).Str("output", w.Output).Msg("job exited")
	return false, n.save(ctx, w)
}

// checkDisk enforces the spec's disk limit where the daemon cannot (no storage quota): every DiskCheck it
// reads the container's writable layer, and a job past its limit is stopped (it exits; the renter keeps its
// logs and output, and closes the lease).
func (n *Node) checkDisk(ctx context.Context, w Workload, st *runtime.Status) error {
	if st.DiskQuota {
		return nil
	}
	n.mu.Lock()
	last := n.diskChecked[w.Lease]
	due := n.deps.Clock.Now().Sub(last) >= n.cfg.DiskCheck
	if due {
		n.diskChecked[w.Lease] = n.deps.Clock.Now()
	}
	n.mu.Unlock()
	if !due {
		return nil
	}
	spec, err := n.specOf(ctx, w)
	if err != nil {
		return err
	}
	us, err := n.deps.Runtime.Status(ctx, n.Key(w.Lease), true)
	if err != nil || us.Usage == nil {
		return err
	}
	if us.Usage.WritableBytes <= spec.Resources.Disk {
		return nil
	}
	n.log.Warn().Uint64("lease", w.Lease).Int64("written", us.Usage.WritableBytes).Int64("limit", spec.Resources.Disk).
		Msg("job past its disk limit: stopping it")
	n.metrics.errors.WithLabelValues("disk_limit").Inc()
	sctx, cancel := context.WithTimeout(ctx, n.cfg.StopTimeout)
	defer cancel()
	if err := n.deps.Runtime.Stop(sctx, n.Key(w.Lease)); err != nil {
		return err
	}
	w.Reason = fmt.Sprintf("the job wrote %d bytes, past its disk limit of %d, and was stopped", us.Usage.WritableBytes, spec.Resources.Disk)
	return n.save(ctx, w)
}

// collect adds the job's output folder as content and returns its CID ("" when the spec names none).
func (n *Node) collect(ctx context.Context, w Workload) (string, error) {
	if w.Output != "" || w.Spec == "" {
		return w.Output, nil
	}
	spec, err := n.specOf(ctx, w)
	if err != nil || spec.Output == "" {
		return "", err
	}
	dir := filepath.Join(n.cfg.DataDir, "outputs", strconv.FormatUint(w.Lease, 10))
	if err := os.RemoveAll(dir); err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	defer os.RemoveAll(dir)
	if _, err := n.deps.Runtime.CollectOutput(ctx, n.Key(w.Lease), dir, n.cfg.MaxOutputBytes); err != nil {
		return "", err
	}
	n.contentMu.RLock()
	defer n.contentMu.RUnlock()
	out, err := n.deps.Content.AddPath(ctx, dir)
	if err != nil {
		return "", err
	}
	// Noted before the workload records it, so no sweep finds the output unrooted.
	if err := n.recordContent(ctx, w.Lease, out); err != nil {
		return "", err
	}
	return out.String(), nil
}

// specOf reads back the spec a workload was started with.
func (n *Node) specOf(ctx context.Context, w Workload) (*job.Spec, error) {
	c, err := cid.Decode(w.Spec)
	if err != nil {
		return nil, fmt.Errorf("recorded spec CID %q: %w", w.Spec, err)
	}
	raw, err := n.deps.Content.ReadFile(ctx, c, job.MaxSize)
	if err != nil {
		return nil, fmt.Errorf("read spec %s: %w", c, err)
	}
	return job.Decode(raw)
}

// endLease ends a failed workload's lease on chain (once; again only when the first transaction is lost).
func (n *Node) endLease(ctx context.Context, w Workload) error {
	if w.EndTx != (common.Hash{}) && n.deps.Clock.Now().Sub(w.Updated) < 2*time.Minute {
		return nil // sent: the LeaseClosed event moves the workload on
	}
	// A transaction sent is waited for whatever happens to the step: its hash must be recorded.
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Minute)
	defer cancel()
	tx, err := n.deps.Escrow.EndLease(ctx, w.Lease)
	if errors.Is(err, ErrLeaseNotOpen) {
		return nil // closed or ended already: the follower will say so
	}
	if err != nil {
		n.metrics.errors.WithLabelValues("end_lease").Inc()
		return fmt.Errorf("end lease: %w", err)
	}
	tx.Kind, tx.Leases, tx.At = "end", []uint64{w.Lease}, n.deps.Clock.Now()
	if err := n.deps.Store.RecordTx(ctx, tx); err != nil {
		return err
	}
	w.EndTx = tx.Hash
	n.log.Info().Uint64("lease", w.Lease).Str("tx", tx.Hash.Hex()).Str("reason", w.Reason).Msg("lease ended on chain")
	return n.save(ctx, w)
}

// stop stops the container, collects the output if not done yet, removes everything and records the end.
func (n *Node) stop(ctx context.Context, w Workload) error {
	sctx, cancel := context.WithTimeout(ctx, n.cfg.StopTimeout)
	defer cancel()
	k := n.Key(w.Lease)
	if err := n.deps.Runtime.Stop(sctx, k); err != nil && !errors.Is(err, runtime.ErrNotFound) {
		return fmt.Errorf("stop: %w", err)
	}
	if w.Output == "" && (w.Phase == PhaseStopping) && w.Spec != "" {
		if st, err := n.deps.Runtime.Status(ctx, k, false); err == nil {
			if w.ExitCode == nil && !st.Running {
				// How the stop ended it: 143 when the job died of the SIGTERM, 137 when killed at the grace's end.
				code := st.ExitCode
				w.ExitCode, w.FinishedAt = &code, st.FinishedAt
			}
			if out, err := n.collect(ctx, w); err != nil {
				n.log.Warn().Err(err).Uint64("lease", w.Lease).Msg("collect output")
			} else {
				w.Output = out
			}
		}
	}
	if err := n.deps.Runtime.Remove(sctx, k); err != nil {
		return fmt.Errorf("remove: %w", err)
	}
	w.Phase = PhaseDone
	if w.FinishedAt.IsZero() {
		w.FinishedAt = n.deps.Clock.Now()
	}
	n.log.Info().Uint64("lease", w.Lease).Str("reason", w.Reason).Str("output", w.Output).Msg("job stopped and removed")
	return n.save(ctx, w)
}

// adoptOrphans removes containers of this node that no live workload accounts for: a lease whose workload
// is done, a lease of another deployment, or a container a crash left before its start was recorded is not
// possible (the start is recorded first), so anything unaccounted for is an orphan.
func (n *Node) adoptOrphans(ctx context.Context) error {
	list, err := n.deps.Runtime.List(ctx)
	if err != nil {
		return err
	}
	for _, st := range list {
		id, ours := n.leaseOf(st.Lease)
		if ours {
			w, err := n.deps.Store.Workload(ctx, id)
			if err == nil && w.Live() {
				continue
			}
			if err != nil && !errors.Is(err, ErrNotFound) {
				return err
			}
		}
		n.log.Warn().Str("container", string(st.Lease)).Bool("running", st.Running).Msg("removing an orphan container")
		n.metrics.orphans.Inc()
		if err := n.deps.Runtime.Remove(ctx, st.Lease); err != nil {
			return fmt.Errorf("remove orphan %s: %w", st.Lease, err)
		}
	}
	return nil
}

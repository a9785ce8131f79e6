package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"

	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/gateway"
	"github.com/idlegrid/idlegrid/provider/gpu"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

// Gateway is what the renter gateway (provider/gateway) reads and serves of this node: the leases as the
// node follows them, their workloads through the runtime, and job uploads and outputs.
type Gateway struct {
	n   *Node
	lim UploadLimits
}

// Gateway returns the node's side of the renter gateway, taking uploads within lim.
func (n *Node) Gateway(lim UploadLimits) *Gateway {
	n.contentMu.Lock()
	if lim.SpecTTL > n.specTTL {
		n.specTTL = lim.SpecTTL // the sweep keeps pushed specs at least as long as the gateway counts them
	}
	n.contentMu.Unlock()
	return &Gateway{n: n, lim: lim}
}

var (
	_ gateway.Leases    = (*Gateway)(nil)
	_ gateway.Workloads = (*Gateway)(nil)
	_ gateway.Content   = (*Gateway)(nil)
)

// Lease implements gateway.Leases from the followed chain.
func (g *Gateway) Lease(ctx context.Context, id uint64) (gateway.Lease, error) {
	l, err := g.n.deps.Store.Lease(ctx, id)
	if errors.Is(err, ErrNotFound) {
		return gateway.Lease{}, fmt.Errorf("lease %d: %w", id, gateway.ErrLeaseNotFound)
	}
	if err != nil {
		return gateway.Lease{}, err
	}
	return gateway.Lease{Renter: l.Renter, Provider: l.Provider, Open: !l.Closed, EndsAt: l.EndTime()}, nil
}

// workload is the lease's workload, or gateway.ErrNoWorkload.
func (g *Gateway) workload(ctx context.Context, lease uint64) (Workload, error) {
	w, err := g.n.deps.Store.Workload(ctx, lease)
	if errors.Is(err, ErrNotFound) {
		return Workload{}, fmt.Errorf("lease %d: %w", lease, gateway.ErrNoWorkload)
	}
	return w, err
}

// noWorkload maps the runtime's "no container" to the gateway's.
func noWorkload(err error) error {
	if errors.Is(err, runtime.ErrNotFound) || errors.Is(err, runtime.ErrNotRunning) {
		return fmt.Errorf("%w: %w", gateway.ErrNoWorkload, err)
	}
	return err
}

// Logs implements gateway.Workloads.
func (g *Gateway) Logs(ctx context.Context, lease uint64, opts gw.LogOptions, stdout, stderr io.Writer) error {
	if _, err := g.workload(ctx, lease); err != nil {
		return err
	}
	err := g.n.deps.Runtime.Logs(ctx, g.n.Key(lease), runtime.LogOptions{Follow: opts.Follow, Tail: opts.Tail, Stdout: true, Stderr: true}, stdout, stderr)
	if errors.Is(err, runtime.ErrNotRunning) {
		return nil
	}
	return noWorkload(err)
}

// shell is what an exec with no command runs: the image's bash if it has one, else sh.
var shell = []string{"/bin/sh", "-c", "if command -v bash >/dev/null 2>&1; then exec bash -l; fi; exec sh -l"}

// Exec implements gateway.Workloads.
func (g *Gateway) Exec(ctx context.Context, lease uint64, req gateway.ExecRequest, stdio gateway.ExecIO) (int, error) {
	if _, err := g.workload(ctx, lease); err != nil {
		return -1, err
	}
	cmd := req.Cmd
	if len(cmd) == 0 {
		cmd = shell
	}
	var resize chan runtime.TermSize
	if req.TTY && stdio.Resize != nil {
		resize = make(chan runtime.TermSize)
		rctx, cancel := context.WithCancel(ctx)
		defer cancel()
		go func() {
			for {
				select {
				case s := <-stdio.Resize:
					select {
					case resize <- runtime.TermSize{Rows: uint(s.Rows), Cols: uint(s.Cols)}:
					case <-rctx.Done():
						return
					}
				case <-rctx.Done():
					return
				}
			}
		}()
	}
	code, err := g.n.deps.Runtime.Exec(ctx, g.n.Key(lease), runtime.ExecRequest{
		Cmd: cmd, TTY: req.TTY, Size: runtime.TermSize{Rows: uint(req.Size.Rows), Cols: uint(req.Size.Cols)}, Resize: resize,
	}, stdio.Stdin, stdio.Stdout, stdio.Stderr)
	return code, noWorkload(err)
}

// DialPort implements gateway.Workloads: only the job's published TCP ports.
func (g *Gateway) DialPort(ctx context.Context, lease uint64, port uint16) (net.Conn, error) {
	if _, err := g.workload(ctx, lease); err != nil {
		return nil, err
	}
	conn, err := g.n.deps.Runtime.DialPort(ctx, g.n.Key(lease), port, "tcp")
	if errors.Is(err, runtime.ErrInvalidRequest) && strings.Contains(err.Error(), "not published") {
		return nil, fmt.Errorf("%w: %d", gateway.ErrPortNotPublished, port)
	}
	return conn, noWorkload(err)
}

// Status implements gateway.Workloads: the workload's phase, the container's state and the leased GPUs' use.
func (g *Gateway) Status(ctx context.Context, lease uint64) (gw.Status, error) {
	w, err := g.workload(ctx, lease)
	if err != nil {
		return gw.Status{}, err
	}
	st := gw.Status{Output: w.Output, Error: w.Reason}
	switch w.Phase {
	case PhasePending, PhaseStarting:
		st.State = gw.StatePending
		return st, nil
	case PhaseFailed:
		st.State = gw.StateFailed
		return st, nil
	case PhaseDone, PhaseStopping:
		st.State = gw.StateStopped
		return st, nil
	case PhaseExited:
		st.State = gw.StateExited
		st.ExitCode = w.ExitCode
	}
	rs, err := g.n.deps.Runtime.Status(ctx, g.n.Key(lease), false)
	if err != nil {
		return gw.Status{}, noWorkload(err)
	}
	st.StartedAt = rs.StartedAt
	if rs.Running {
		st.State, st.Error = gw.StateRunning, ""
	} else if st.State == "" {
		st.State = gw.StateExited
		code := rs.ExitCode
		st.ExitCode = &code
	}
	if rs.OOMKilled {
		st.State, st.Error = gw.StateFailed, "killed: out of memory (the job's memory limit)"
	}
	if c, err := g.n.specOf(ctx, w); err == nil {
		st.Image = c.Image.Ref
		if st.Image == "" {
			st.Image = c.Image.CID
		}
	}
	for _, p := range rs.Ports {
		if p.Protocol == "tcp" {
			st.Ports = append(st.Ports, gw.Port{Port: p.Port, Protocol: p.Protocol})
		}
	}
	st.GPUs = g.n.gpuUsage(ctx, w.GPUs)
	return st, nil
}

// gpuUsage samples the leased GPUs (only those) from the inventory; a device that cannot be read is left out.
func (n *Node) gpuUsage(ctx context.Context, uuids []string) []gw.GPUUsage {
	var out []gw.GPUUsage
	for _, u := range uuids {
		var dev gpu.Device
		for _, d := range n.devices {
			if d.UUID == u {
				dev = d
			}
		}
		t, err := n.deps.GPUs.Telemetry(ctx, u)
		if err != nil {
			continue
		}
		used := uint64(0)
		for _, p := range t.Processes {
			used += p.UsedMemory
		}
		out = append(out, gw.GPUUsage{Index: dev.Index, UUID: u, Name: dev.Name, UtilizationPct: t.UtilizationGPU,
			MemoryUsedBytes: used, MemoryTotalBytes: dev.MemoryTotal, PowerWatts: t.PowerMilliwatts / 1000, TemperatureC: t.TemperatureC})
	}
	return out
}

// AcceptJob implements gateway.Content.
func (g *Gateway) AcceptJob(ctx context.Context, spec []byte) (string, error) {
	c, err := g.n.AcceptSpec(ctx, spec, g.lim)
	if errors.Is(err, ErrUpload) {
		return "", fmt.Errorf("%w: %w", gateway.ErrUploadRefused, err)
	}
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

// Upload implements gateway.Content.
func (g *Gateway) Upload(ctx context.Context, lease uint64, car io.Reader) (string, error) {
	c, err := g.n.AcceptLeaseContent(ctx, lease, car, g.lim)
	switch {
	case errors.Is(err, content.ErrTooLarge):
		return "", fmt.Errorf("%w: %w", gateway.ErrUploadTooLarge, err)
	case errors.Is(err, ErrUpload):
		return "", fmt.Errorf("%w: %w", gateway.ErrUploadRefused, err)
	case err != nil:
		return "", err
	}
	return c.String(), nil
}

// NameJob implements gateway.Content.
func (g *Gateway) NameJob(ctx context.Context, lease uint64, spec string) (string, error) {
	c, err := g.n.NameJob(ctx, lease, spec)
	if errors.Is(err, ErrUpload) {
		return "", fmt.Errorf("%w: %w", gateway.ErrUploadRefused, err)
	}
	if err != nil {
		return "", err
	}
	return c.String(), nil
}

// Output implements gateway.Content.
func (g *Gateway) Output(ctx context.Context, lease uint64, w io.Writer) error {
	err := g.n.Output(ctx, lease, w)
	if errors.Is(err, ErrNotFound) {
		return fmt.Errorf("%w: %w", gateway.ErrNoOutput, err)
	}
	return err
}

package node_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/big"
	"math/bits"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/gpu/sim"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

// TestLeaseLifecycle runs a lease end to end on the dev chain with the real dockerd: the node lists its
// machine with its spec, a renter opens a lease naming a job, the container runs with the leased (simulated)
// GPUs, the renter reads its logs, runs a command in it, forwards a port to it and reads its status through
// the gateway; the renter closes the lease and the container is stopped and removed within a block or two,
// the renter refunded for the unused time.
func TestLeaseLifecycle(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	ctx := w.ctx

	// The machine is listed, its metadata the CID of the spec document the node serves.
	m, err := protocol.NewMachines(w.conn(deployerAcct)).Get(ctx, pn.machine)
	if err != nil || !m.Listed || m.GPUs != 4 || m.Class != "SIM" {
		t.Fatalf("machine %+v: %v", m, err)
	}
	if m.Metadata != pn.daemon.SpecCID() || m.Metadata == "" {
		t.Fatalf("metadata %q, spec %q", m.Metadata, pn.daemon.SpecCID())
	}
	// The NodeRegistry lists the node's endpoint with it (what the CLI dials).
	if m.Endpoint != "127.0.0.1:0" {
		t.Fatalf("listed endpoint %q, want the spec's", m.Endpoint)
	}
	specCID, _ := cid.Decode(m.Metadata)
	raw, err := pn.content.ReadFile(ctx, specCID, node.MaxMachineSpecBytes)
	if err != nil {
		t.Fatal(err)
	}
	ms, err := node.DecodeMachineSpec(raw)
	if err != nil || len(ms.GPUs) != 4 || ms.Provider != w.provider() {
		t.Fatalf("machine spec %+v: %v", ms, err)
	}
	// The indexer's spec fetcher reads it from the node's TLS listener by the listed CID (TLS bound to the
	// provider's key, every block checked against the CID) and keeps what renters search by.
	fetched, err := indexer.FetchSpec(ctx, w.provider(), pn.daemon.Gateway.Addr(), m.Metadata, 10*time.Second)
	if err != nil {
		t.Fatalf("the indexer fetching the node's spec: %v", err)
	}
	if is, err := indexer.ParseSpec(fetched, w.provider()); err != nil || is.CPUCores != uint32(ms.CPU.Cores) || is.CPU != ms.CPU.Model ||
		is.MemoryBytes != ms.MemoryBytes || is.Driver != ms.Driver || is.CUDA != ms.CUDA || is.Region != ms.Region {
		t.Fatalf("the indexer's reading of the node's spec %+v (the node's %+v): %v", is, ms, err)
	}

	spec := w.workloadSpec(2, "print", "hello", "eprint", "oops", "write", "/out", "echo", "7000")
	spec.Ports = []job.Port{{Port: 7000, Protocol: job.TCP}}
	spec.Output = "/out"
	before := balance(t, w, renterAcct)
	lease := pn.open(renterAcct, 2, time.Hour, spec)
	wl := pn.waitPhase(lease, node.PhaseRunning, time.Minute)
	if len(wl.GPUs) != 2 || wl.Spec != spec.CID().String() {
		t.Fatalf("workload %+v", wl)
	}
	// The container has exactly the GPU slots the chain reserved for the lease (LeaseOpened.gpuMask).
	l, err := pn.store.Lease(ctx, lease)
	if err != nil || bits.OnesCount32(l.GPUMask) != 2 {
		t.Fatalf("lease %+v: %v", l, err)
	}
	inv, _ := sim.New("rig-1", 4, nil, zerolog.Nop()) // the node's simulated GPUs: the same devices
	devs, _ := inv.Devices(ctx)
	var masked []string
	for i, d := range devs {
		if l.GPUMask&(1<<i) != 0 {
			masked = append(masked, d.UUID)
		}
	}
	if strings.Join(masked, ",") != strings.Join(wl.GPUs, ",") {
		t.Fatalf("the container has GPUs %v, the chain reserved %v (mask %b)", wl.GPUs, masked, l.GPUMask)
	}
	rc := pn.renterClient(renterAcct)

	// Logs: both streams, through the gateway.
	var out, errb bytes.Buffer
	deadline := time.Now().Add(20 * time.Second)
	for !strings.Contains(out.String(), "hello") && time.Now().Before(deadline) {
		out.Reset()
		errb.Reset()
		if err := rc.Logs(ctx, lease, gw.LogOptions{}, &out, &errb); err != nil {
			t.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "hello") || !strings.Contains(errb.String(), "oops") {
		t.Fatalf("logs: stdout %q stderr %q", out.String(), errb.String())
	}

	// A command in the container.
	var sh bytes.Buffer
	code, err := rc.Shell(ctx, lease, gw.ShellRequest{Cmd: []string{"/workload", "print", "from-shell", "exit", "3"}, Stdout: &sh})
	if err != nil || code != 3 || !strings.Contains(sh.String(), "from-shell") {
		t.Fatalf("shell: code %d, %v, output %q", code, err, sh.String())
	}

	// A port forward to the job's TCP echo service.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	fctx, stopForward := context.WithCancel(ctx)
	fwdDone := make(chan error, 1)
	go func() { fwdDone <- rc.ServeForward(fctx, lease, ln, 7000) }()
	echoed := echoThrough(t, ln.Addr().String(), "ping through the gateway")
	if echoed != "ping through the gateway" {
		t.Fatalf("echo %q", echoed)
	}
	stopForward()
	<-fwdDone

	// Status: running, the job's port, the two leased GPUs.
	st, err := rc.Status(ctx, lease)
	if err != nil || st.State != gw.StateRunning || len(st.Ports) != 1 || st.Ports[0].Port != 7000 || len(st.GPUs) != 2 || st.Image != w.image {
		t.Fatalf("status %+v: %v", st, err)
	}

	// The renter closes: the container stops within a couple of blocks and everything is removed.
	closed, err := protocol.NewLeases(w.conn(renterAcct)).Close(ctx, new(big.Int).SetUint64(lease))
	if err != nil {
		t.Fatal(err)
	}
	closedAt := time.Now()
	done := pn.waitPhase(lease, node.PhaseDone, 30*time.Second)
	t.Logf("container stopped and removed %s after the close transaction was mined", time.Since(closedAt).Round(time.Millisecond))
	if done.Output == "" {
		t.Fatalf("output not collected at the stop: %+v", done)
	}
	if _, err := pn.rt.Status(ctx, pn.daemon.Node.Key(lease), false); !errors.Is(err, runtime.ErrNotFound) {
		t.Fatalf("container still there: %v", err)
	}
	if closed.Refund.Sign() <= 0 {
		t.Fatalf("refund %s", closed.Refund)
	}
	after := balance(t, w, renterAcct)
	paid := new(big.Int).Sub(before, after)
	if paid.Cmp(big.NewInt(1000*3600)) >= 0 { // far less than the hour prepaid
		t.Fatalf("the renter paid %s for a lease closed in seconds", paid)
	}
	// After the close the gateway refuses the renter.
	if _, err := rc.Status(ctx, lease); !gw.HasReason(err, gw.ReasonLeaseClosed) {
		t.Fatalf("status after close: %v", err)
	}
}

// TestJobOutput: a job that writes its output folder and exits; the node collects it as content and the
// renter downloads it as a CAR through the gateway while the lease is open, and finds its CID in the status.
func TestJobOutput(t *testing.T) {
	w := newWorld(t)
	pn := w.startNode(nodeOpts{})
	spec := w.workloadSpec(1, "write", "/out", "print", "done")
	spec.Output = "/out"
	lease := pn.open(renterAcct, 1, time.Hour, spec)
	wl := pn.waitPhase(lease, node.PhaseExited, time.Minute)
	if wl.Output == "" || wl.ExitCode == nil || *wl.ExitCode != 0 {
		t.Fatalf("workload %+v", wl)
	}
	rc := pn.renterClient(renterAcct)
	st, err := rc.Status(w.ctx, lease)
	if err != nil || st.State != gw.StateExited || st.Output != wl.Output {
		t.Fatalf("status %+v: %v", st, err)
	}
	var car bytes.Buffer
	if err := rc.Output(w.ctx, lease, &car); err != nil {
		t.Fatal(err)
	}
	got := content.NewMemoryStore()
	root, err := got.ImportCAR(w.ctx, &car, content.DefaultLimits())
	if err != nil || root.String() != wl.Output {
		t.Fatalf("output CAR root %s (%v), want %s", root, err, wl.Output)
	}
	var tarOut bytes.Buffer
	if err := got.WriteTar(w.ctx, root, "", &tarOut, 1<<20); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(tarOut.String(), "output a") || !strings.Contains(tarOut.String(), "output b") {
		t.Fatalf("output files missing")
	}
	// The renter acknowledges the result on chain: the completion is the output's CID.
	id := new(big.Int).SetUint64(lease)
	if _, err := protocol.NewJournal(w.conn(renterAcct)).RecordCompletion(w.ctx, id, st.Output); err != nil {
		t.Fatal(err)
	}
	rec, err := protocol.NewJournal(w.conn(deployerAcct)).Record(w.ctx, id)
	if err != nil || !rec.Completed || rec.ResultCID != st.Output || rec.Job != common.Hash(spec.Digest()) {
		t.Fatalf("the lease's journal after the completion %+v: %v", rec, err)
	}
}

func balance(t *testing.T, w *world, acct int) *big.Int {
	t.Helper()
	b, err := protocol.NewTokens(w.conn(deployerAcct)).Balance(w.ctx, oracle.PayUSD, w.keys[acct].Address())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// echoThrough sends msg to the echo service behind addr and returns what comes back.
func echoThrough(t *testing.T, addr, msg string) string {
	t.Helper()
	var last error
	for i := 0; i < 50; i++ {
		c, err := net.DialTimeout("tcp", addr, 5*time.Second)
		if err != nil {
			last = err
			time.Sleep(100 * time.Millisecond)
			continue
		}
		c.SetDeadline(time.Now().Add(10 * time.Second))
		if _, err := c.Write([]byte(msg)); err != nil {
			c.Close()
			last = err
			continue
		}
		c.(*net.TCPConn).CloseWrite()
		b, err := io.ReadAll(c)
		c.Close()
		if err == nil && len(b) > 0 {
			return string(b)
		}
		last = err
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("echo through %s: %v", addr, last)
	return ""
}

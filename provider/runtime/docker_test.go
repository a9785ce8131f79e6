package runtime_test

import (
	"archive/tar"
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/ipfs/go-cid"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/client"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/runtime"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

func TestMain(m *testing.M) { os.Exit(dockertest.Main(m)) }

const renterKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl renter@laptop"

var ownerSeq atomic.Int64

// newRuntime returns a runtime on the test daemon with an owner of its own (so tests cannot see each other's
// containers), and removes whatever that owner left when the test ends.
func newRuntime(t *testing.T, edit ...func(*runtime.Config)) (*runtime.Runtime, *client.Client, runtime.Config) {
	t.Helper()
	c := dockertest.Client(t)
	cfg := runtime.DefaultConfig()
	cfg.Owner = fmt.Sprintf("t%d-%d", os.Getpid()%100000, ownerSeq.Add(1))
	cfg.StopGrace = 2 * time.Second
	for _, e := range edit {
		e(&cfg)
	}
	rt, err := runtime.New(c, cfg, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if err := rt.Start(ctx); err != nil {
		t.Fatalf("runtime start: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		defer cancel()
		sts, err := rt.List(ctx)
		if err != nil {
			t.Errorf("cleanup list: %v", err)
		}
		for _, s := range sts {
			if err := rt.Remove(ctx, s.Lease); err != nil {
				t.Errorf("cleanup remove %s: %v", s.Lease, err)
			}
		}
	})
	return rt, c, cfg
}

// workloadSpec runs the test workload (present in the daemon) with steps as its arguments.
func workloadSpec(t *testing.T, c *client.Client, steps ...string) *job.Spec {
	t.Helper()
	return &job.Spec{
		Version:    job.Version,
		Image:      job.Image{Ref: dockertest.ImportWorkload(t, c)},
		Entrypoint: []string{"/workload"},
		Command:    steps,
		Resources:  job.Resources{Memory: 128 << 20, MilliCPUs: 1000, Pids: 64, Disk: 256 << 20},
	}
}

func ctxT(t *testing.T, d time.Duration) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

// ownedBy lists what the daemon holds for owner: containers and networks by label, images by name.
func ownedBy(t *testing.T, c *client.Client, owner string) (containers, networks, images int) {
	t.Helper()
	ctx := ctxT(t, 30*time.Second)
	f := make(client.Filters).Add("label", runtime.LabelOwner+"="+owner)
	cs, err := c.ContainerList(ctx, client.ContainerListOptions{All: true, Filters: f})
	if err != nil {
		t.Fatal(err)
	}
	ns, err := c.NetworkList(ctx, client.NetworkListOptions{Filters: f})
	if err != nil {
		t.Fatal(err)
	}
	is, err := c.ImageList(ctx, client.ImageListOptions{Filters: make(client.Filters).Add("reference", "idlegrid-"+owner+"-*")})
	if err != nil {
		t.Fatal(err)
	}
	return len(cs.Items), len(ns.Items), len(is.Items)
}

func logsOf(t *testing.T, rt *runtime.Runtime, k runtime.LeaseKey) (string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	if err := rt.Logs(ctxT(t, 30*time.Second), k, runtime.LogOptions{Stdout: true, Stderr: true}, &out, &errb); err != nil {
		t.Fatalf("logs: %v", err)
	}
	return out.String(), errb.String()
}

// waitLogs polls the logs until stdout contains want (the job prints asynchronously to the test).
func waitLogs(t *testing.T, rt *runtime.Runtime, k runtime.LeaseKey, want string) (string, string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		out, errs := logsOf(t, rt, k)
		if strings.Contains(out, want) {
			return out, errs
		}
		if time.Now().After(deadline) {
			t.Fatalf("stdout never showed %q; stdout:\n%s\nstderr:\n%s", want, out, errs)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestLifecycle: run a job, read its logs, exec into it with and without a TTY, reach its port, sample its
// use, find it again from a restarted runtime, stop it within the grace, collect its output, remove it all.
func TestLifecycle(t *testing.T) {
	rt, c, cfg := newRuntime(t)
	ctx := ctxT(t, 3*time.Minute)
	spec := workloadSpec(t, c, "print", "hello-out", "eprint", "hello-err", "write", "/output", "echo", "7000")
	spec.Ports = []job.Port{{Port: 7000, Protocol: job.TCP}}
	spec.Output = "/output"
	spec.SSHAuthorizedKey = renterKey
	spec.Env = map[string]string{"GREETING": "hi"}
	const lease = runtime.LeaseKey("31337-1")

	st, err := rt.Run(ctx, runtime.StartRequest{Lease: lease, Spec: spec})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if !st.Running || st.State != "running" || st.SpecCID != spec.CID().String() || st.StartedAt.IsZero() {
		t.Fatalf("status after run: %+v", st)
	}
	if len(st.Ports) != 1 || st.Ports[0].Port != 7000 || st.Ports[0].Protocol != "tcp" || st.Ports[0].HostPort == 0 || st.Ports[0].HostIP != cfg.HostIP.String() {
		t.Fatalf("published ports: %+v", st.Ports)
	}

	out, errs := waitLogs(t, rt, lease, "listening")
	if !strings.Contains(out, "hello-out\n") || strings.Contains(out, "hello-err") || !strings.Contains(errs, "hello-err\n") || strings.Contains(errs, "hello-out") {
		t.Fatalf("logs not split by stream:\nstdout:\n%s\nstderr:\n%s", out, errs)
	}

	// The limits the daemon holds are the spec's, with no swap; the network is the lease's own.
	in, err := c.ContainerInspect(ctx, st.ContainerID, client.ContainerInspectOptions{})
	if err != nil {
		t.Fatal(err)
	}
	hc := in.Container.HostConfig
	if hc.Memory != spec.Resources.Memory || hc.MemorySwap != spec.Resources.Memory || hc.NanoCPUs != spec.Resources.MilliCPUs*1e6 ||
		hc.PidsLimit == nil || *hc.PidsLimit != spec.Resources.Pids {
		t.Fatalf("limits on the container: memory %d swap %d nanocpus %d pids %v", hc.Memory, hc.MemorySwap, hc.NanoCPUs, hc.PidsLimit)
	}
	nets := in.Container.NetworkSettings.Networks
	if len(nets) != 1 {
		t.Fatalf("container networks: %v", nets)
	}
	for name := range nets {
		if !strings.HasPrefix(name, "idlegrid-"+cfg.Owner+"-"+string(lease)+"-") {
			t.Fatalf("container on network %s, not the lease's own", name)
		}
	}

	// One command, no TTY: streams apart, exit code through.
	var eo, ee bytes.Buffer
	code, err := rt.Exec(ctx, lease, runtime.ExecRequest{Cmd: []string{"/workload", "print", "exec-out", "eprint", "exec-err", "exit", "3"}}, nil, &eo, &ee)
	if err != nil || code != 3 || eo.String() != "exec-out\n" || ee.String() != "exec-err\n" {
		t.Fatalf("exec: code %d err %v stdout %q stderr %q", code, err, eo.String(), ee.String())
	}
	// stdin reaches the command; the environment is the spec's.
	eo.Reset()
	code, err = rt.Exec(ctx, lease, runtime.ExecRequest{Cmd: []string{"/workload", "cat"}}, strings.NewReader("from stdin\n"), &eo, nil)
	if err != nil || code != 0 || eo.String() != "from stdin\n" {
		t.Fatalf("exec with stdin: code %d err %v stdout %q", code, err, eo.String())
	}
	// The renter's key is installed.
	eo.Reset()
	code, err = rt.Exec(ctx, lease, runtime.ExecRequest{Cmd: []string{"/workload", "show", "/root/.ssh/authorized_keys"}}, nil, &eo, nil)
	if err != nil || code != 0 || eo.String() != renterKey+"\n" {
		t.Fatalf("authorized_keys: code %d err %v content %q", code, err, eo.String())
	}
	// An interactive TTY: what is typed is echoed by the terminal and copied back by cat; ^D ends it.
	pr, pw := io.Pipe()
	var tty syncBuffer
	resize := make(chan runtime.TermSize, 1)
	resize <- runtime.TermSize{Rows: 40, Cols: 120}
	done := make(chan error, 1)
	var ttyCode int
	go func() {
		var err error
		ttyCode, err = rt.Exec(ctx, lease, runtime.ExecRequest{Cmd: []string{"/workload", "cat"}, TTY: true, Size: runtime.TermSize{Rows: 24, Cols: 80}, Resize: resize}, pr, &tty, nil)
		done <- err
	}()
	if _, err := pw.Write([]byte("typed line\r")); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { return strings.Count(tty.String(), "typed line") >= 2 }, "the TTY to echo and cat to copy the line: %q", &tty)
	if _, err := pw.Write([]byte{4}); err != nil { // ^D: EOF on the terminal
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil || ttyCode != 0 {
			t.Fatalf("tty exec: code %d err %v output %q", ttyCode, err, tty.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("tty exec did not end after ^D; output %q", tty.String())
	}
	pw.Close()

	// The published port reaches the job.
	conn, err := rt.DialPort(ctx, lease, 7000, job.TCP)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	if _, err := conn.Write([]byte("ping\n")); err != nil {
		t.Fatal(err)
	}
	_ = conn.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(conn).ReadString('\n')
	conn.Close()
	if err != nil || line != "ping\n" {
		t.Fatalf("echo through the published port: %q %v", line, err)
	}
	if _, err := rt.DialPort(ctx, lease, 7001, job.TCP); !errors.Is(err, runtime.ErrInvalidRequest) {
		t.Fatalf("dialling an unpublished port: %v", err)
	}

	// Resource use from the stats API, against the spec's limits.
	st, err = rt.Status(ctx, lease, true)
	if err != nil {
		t.Fatal(err)
	}
	u := st.Usage
	if u == nil || u.MemoryBytes == 0 || u.MemoryLimit != uint64(spec.Resources.Memory) || u.Pids == 0 || u.PidsLimit != uint64(spec.Resources.Pids) ||
		u.CPUTime <= 0 || u.WritableBytes < int64(len("output a\n")) {
		t.Fatalf("usage: %+v", u)
	}

	// Idempotent: the same lease and spec again is the same container.
	again, err := rt.Run(ctx, runtime.StartRequest{Lease: lease, Spec: spec})
	if err != nil || again.ContainerID != st.ContainerID {
		t.Fatalf("second run: %v, container %s, first %s", err, again.ContainerID, st.ContainerID)
	}
	// Another spec for the same lease is refused.
	other := *spec
	other.Command = []string{"print", "other"}
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: lease, Spec: &other}); !errors.Is(err, runtime.ErrConflict) {
		t.Fatalf("run with another spec: %v", err)
	}
	// A restarted node (a new runtime, a new connection, the same owner) finds the container and its state.
	c2, err := client.New(client.WithHost(dockertest.Host(t)))
	if err != nil {
		t.Fatal(err)
	}
	rt2, err := runtime.New(c2, cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer rt2.Close()
	found, err := rt2.List(ctx)
	if err != nil || len(found) != 1 || found[0].Lease != lease || found[0].ContainerID != st.ContainerID || !found[0].Running {
		t.Fatalf("restarted runtime lists %+v, %v", found, err)
	}
	if again, err := rt2.Run(ctx, runtime.StartRequest{Lease: lease, Spec: spec}); err != nil || again.ContainerID != st.ContainerID {
		t.Fatalf("restarted runtime re-ran the lease: %v %+v", err, again)
	}
	if n, _, _ := ownedBy(t, c, cfg.Owner); n != 1 {
		t.Fatalf("%d containers for one lease", n)
	}

	// Stop: within the grace (the SIGTERM the init passes on ends the job; TestInitStopsAndReaps has the cases).
	began := time.Now()
	if err := rt.Stop(ctxT(t, 30*time.Second), lease); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if took := time.Since(began); took > cfg.StopGrace+5*time.Second {
		t.Fatalf("stop took %s with a %s grace", took, cfg.StopGrace)
	}
	st, err = rt.Status(ctx, lease, false)
	if err != nil || st.Running || st.State != "exited" || st.FinishedAt.IsZero() {
		t.Fatalf("after stop: %+v %v", st, err)
	}
	if err := rt.Stop(ctx, lease); err != nil {
		t.Fatalf("second stop: %v", err)
	}
	if _, err := rt.Exec(ctx, lease, runtime.ExecRequest{Cmd: []string{"/workload"}}, nil, nil, nil); !errors.Is(err, runtime.ErrNotRunning) {
		t.Fatalf("exec into a stopped container: %v", err)
	}
	if _, err := rt.DialPort(ctx, lease, 7000, job.TCP); !errors.Is(err, runtime.ErrNotRunning) {
		t.Fatalf("dial a stopped container: %v", err)
	}

	// The output folder comes out as plain files.
	dir := t.TempDir()
	sum, err := rt.CollectOutput(ctx, lease, dir, 1<<20)
	if err != nil || sum.Files != 2 || sum.Dirs != 1 {
		t.Fatalf("collect output: %+v %v", sum, err)
	}
	for name, want := range map[string]string{"a.txt": "output a\n", "sub/b.txt": "output b\n"} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Fatalf("output %s: %q %v", name, got, err)
		}
	}
	if _, err := rt.CollectOutput(ctx, lease, t.TempDir(), 4); !errors.Is(err, runtime.ErrTooLarge) {
		t.Fatalf("output over the limit: %v", err)
	}

	// Remove takes the container and its network; twice is fine.
	if err := rt.Remove(ctx, lease); err != nil {
		t.Fatalf("remove: %v", err)
	}
	if err := rt.Remove(ctx, lease); err != nil {
		t.Fatalf("second remove: %v", err)
	}
	if cs, ns, is := ownedBy(t, c, cfg.Owner); cs+ns+is != 0 {
		t.Fatalf("after remove: %d containers, %d networks, %d images left", cs, ns, is)
	}
	if _, err := rt.Status(ctx, lease, false); !errors.Is(err, runtime.ErrNotFound) {
		t.Fatalf("status after remove: %v", err)
	}
}

// TestImageByCID: an image-by-CID job runs from a root-filesystem tarball (docker import) or a docker-save
// archive (docker load), under the lease's own tag, removed with the lease; a docker archive cannot bring its
// own names onto the node.
func TestImageByCID(t *testing.T) {
	rt, c, cfg := newRuntime(t)
	ctx := ctxT(t, 3*time.Minute)
	tarball := dockertest.WorkloadTar(t)
	archiveSpec := func(kind string, data []byte) (*job.Spec, runtime.Opener) {
		s := &job.Spec{
			Version:    job.Version,
			Image:      job.Image{CID: job.CIDOf(data).String(), Archive: kind},
			Entrypoint: []string{"/workload"},
			Command:    []string{"print", "from-" + kind, "sleep", "60"},
			Resources:  job.Resources{Memory: 64 << 20, MilliCPUs: 500, Pids: 32, Disk: 128 << 20},
		}
		return s, func(context.Context) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(data)), nil }
	}

	spec, open := archiveSpec(job.ArchiveRootfs, tarball)
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "1", Spec: spec, ImageArchive: open}); err != nil {
		t.Fatalf("run from a rootfs tarball: %v", err)
	}
	waitLogs(t, rt, "1", "from-rootfs")

	// A docker-save archive whose manifest names a tag the node must keep: "victim/base:1".
	base := dockertest.ImportWorkload(t, c)
	if _, err := c.ImageTag(ctx, client.ImageTagOptions{Source: base, Target: "victim/base:1"}); err != nil {
		t.Fatal(err)
	}
	saved, err := c.ImageSave(ctx, []string{"victim/base:1"})
	if err != nil {
		t.Fatal(err)
	}
	archive, err := io.ReadAll(saved)
	saved.Close()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.ImageRemove(ctx, "victim/base:1", client.ImageRemoveOptions{}); err != nil {
		t.Fatal(err)
	}
	spec2, open2 := archiveSpec(job.ArchiveDocker, archive)
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "2", Spec: spec2, ImageArchive: open2}); err != nil {
		t.Fatalf("run from a docker archive: %v", err)
	}
	waitLogs(t, rt, "2", "from-docker")
	if _, err := c.ImageInspect(ctx, "victim/base:1"); !cerrdefs.IsNotFound(err) {
		t.Fatalf("the archive's own tag reached the node: %v", err)
	}
	if _, _, is := ownedBy(t, c, cfg.Owner); is != 2 {
		t.Fatalf("%d lease image tags, want 2", is)
	}
	for _, k := range []runtime.LeaseKey{"1", "2"} {
		if err := rt.Remove(ctx, k); err != nil {
			t.Fatal(err)
		}
	}
	if cs, ns, is := ownedBy(t, c, cfg.Owner); cs+ns+is != 0 {
		t.Fatalf("after remove: %d containers, %d networks, %d images left", cs, ns, is)
	}
}

// TestInputs: inputs land at their paths before the job starts; an archive climbing out of its folder or
// over the disk limit stops the start and leaves nothing.
func TestInputs(t *testing.T) {
	rt, c, cfg := newRuntime(t)
	ctx := ctxT(t, 2*time.Minute)
	spec := workloadSpec(t, c, "show", "/data/in/sub/x.txt", "sleep", "60")
	cidStr := job.CIDOf([]byte("input")).String()
	spec.Inputs = []job.Input{{CID: cidStr, Path: "/data/in"}}
	input := tarOf(t, map[string]string{"sub/x.txt": "input x\n"})
	opener := func(b []byte) runtime.Opener {
		return func(context.Context) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
	}
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "1", Spec: spec, Inputs: []runtime.Opener{opener(input)}}); err != nil {
		t.Fatalf("run with input: %v", err)
	}
	waitLogs(t, rt, "1", "input x")

	escape := tarOf(t, map[string]string{"../../etc/evil": "x"})
	_, err := rt.Run(ctx, runtime.StartRequest{Lease: "2", Spec: spec, Inputs: []runtime.Opener{opener(escape)}})
	var se *runtime.StartError
	if !errors.As(err, &se) || se.Stage != runtime.StageInput || !strings.Contains(se.Reason, "leaves its folder") {
		t.Fatalf("escaping input: %v", err)
	}
	big := tarOf(t, map[string]string{"big": strings.Repeat("x", int(spec.Resources.Disk)+1)})
	_, err = rt.Run(ctx, runtime.StartRequest{Lease: "3", Spec: spec, Inputs: []runtime.Opener{opener(big)}})
	if !errors.As(err, &se) || se.Stage != runtime.StageInput || !strings.Contains(se.Reason, "disk limit") {
		t.Fatalf("input over the disk limit: %v", err)
	}
	if cs, ns, _ := ownedBy(t, c, cfg.Owner); cs != 1 || ns != 1 {
		t.Fatalf("failed starts left %d containers and %d networks (want only lease 1's)", cs, ns)
	}
}

func tarOf(t *testing.T, files map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestLogsFollow: following the logs streams lines as they come and ends when the job exits; Tail keeps the
// last lines.
func TestLogsFollow(t *testing.T) {
	rt, c, _ := newRuntime(t)
	ctx := ctxT(t, time.Minute)
	spec := workloadSpec(t, c, "print", "first", "sleep", "2", "eprint", "second", "print", "third", "exit", "0")
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "logs", Spec: spec}); err != nil {
		t.Fatal(err)
	}
	var out, errs syncBuffer
	began := time.Now()
	if err := rt.Logs(ctx, "logs", runtime.LogOptions{Follow: true, Stdout: true, Stderr: true}, &out, &errs); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(began); took < time.Second {
		t.Fatalf("follow returned after %s, before the job ended", took)
	}
	if out.String() != "first\nthird\n" || errs.String() != "second\n" {
		t.Fatalf("followed stdout %q stderr %q", out.String(), errs.String())
	}
	// Tail counts lines across both streams (the daemon keeps one log); the two copiers may interleave
	// "second" and "third", so the last line is either.
	var to, te bytes.Buffer
	if err := rt.Logs(ctx, "logs", runtime.LogOptions{Tail: 1, Stdout: true, Stderr: true}, &to, &te); err != nil {
		t.Fatal(err)
	}
	if got := to.String() + te.String(); got != "third\n" && got != "second\n" {
		t.Fatalf("tail 1: stdout %q stderr %q", to.String(), te.String())
	}
}

// TestMemoryLimitOOM: a job allocating past its memory limit is OOM-killed, and the status says so.
func TestMemoryLimitOOM(t *testing.T) {
	rt, c, _ := newRuntime(t)
	ctx := ctxT(t, 2*time.Minute)
	spec := workloadSpec(t, c, "alloc", "32", "print", "small-ok", "alloc", "400", "print", "should-not-print")
	spec.Resources.Memory = 64 << 20
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "oom", Spec: spec}); err != nil {
		t.Fatal(err)
	}
	code, err := rt.Wait(ctx, "oom")
	if err != nil {
		t.Fatal(err)
	}
	st, err := rt.Status(ctx, "oom", false)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := logsOf(t, rt, "oom")
	if code != 137 || !st.OOMKilled || st.ExitCode != 137 || !strings.Contains(out, "allocated 32") || strings.Contains(out, "should-not-print") {
		t.Fatalf("exit %d, status %+v, stdout %q: want an OOM kill after the small allocation", code, st, out)
	}
	// The same job with room for the allocation finishes: the kill was the limit, not the workload.
	spec2 := workloadSpec(t, c, "alloc", "32", "print", "small-ok", "alloc", "400", "print", "big-ok")
	spec2.Resources.Memory = 1 << 30
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "roomy", Spec: spec2}); err != nil {
		t.Fatal(err)
	}
	if code, err := rt.Wait(ctx, "roomy"); err != nil || code != 0 {
		t.Fatalf("with 1 GiB: exit %d %v", code, err)
	}
	if st, _ := rt.Status(ctx, "roomy", false); st.OOMKilled {
		t.Fatal("OOM-killed with 1 GiB")
	}
}

// TestCPUQuota: two busy threads under a quarter-CPU quota get about a quarter of a CPU, and the scheduler's
// throttling counters show the quota is what holds them (not a busy machine).
func TestCPUQuota(t *testing.T) {
	rt, c, _ := newRuntime(t)
	ctx := ctxT(t, 2*time.Minute)
	spec := workloadSpec(t, c, "burn", "2", "30")
	spec.Resources.MilliCPUs = 250
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "cpu", Spec: spec}); err != nil {
		t.Fatal(err)
	}
	time.Sleep(500 * time.Millisecond) // past the start-up
	a, err := rt.Status(ctx, "cpu", true)
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * time.Second)
	b, err := rt.Status(ctx, "cpu", true)
	if err != nil {
		t.Fatal(err)
	}
	used := float64(b.Usage.CPUTime-a.Usage.CPUTime) / float64(b.Usage.At.Sub(a.Usage.At))
	throttled := b.Usage.ThrottledPeriods - a.Usage.ThrottledPeriods
	t.Logf("%.3f CPUs used under a 0.25-CPU quota; throttled in %d periods (%s held)", used, throttled, b.Usage.ThrottledTime-a.Usage.ThrottledTime)
	if used > 0.25*1.2 || used < 0.02 {
		t.Fatalf("%.3f CPUs used under a 0.25-CPU quota", used)
	}
	if throttled == 0 {
		t.Fatal("two busy threads under a 0.25-CPU quota were never throttled")
	}
}

// TestPidsLimit: a job cannot start more processes than its pids limit.
func TestPidsLimit(t *testing.T) {
	rt, c, _ := newRuntime(t)
	ctx := ctxT(t, time.Minute)
	spec := workloadSpec(t, c, "spawn", "60", "sleep", "60")
	spec.Resources.Pids = 16
	if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "pids", Spec: spec}); err != nil {
		t.Fatal(err)
	}
	out, _ := waitLogs(t, rt, "pids", "spawn error")
	m := regexp.MustCompile(`spawned (\d+) of 60`).FindStringSubmatch(out)
	if m == nil {
		t.Fatalf("stdout %q", out)
	}
	n, _ := strconv.Atoi(m[1])
	if n >= 16 || n < 1 || !strings.Contains(out, "spawn error") {
		t.Fatalf("started %d of 60 processes under a pids limit of 16; stdout %q", n, out)
	}
	st, err := rt.Status(ctx, "pids", true)
	if err != nil || st.Usage.Pids > 16 || st.Usage.PidsLimit != 16 {
		t.Fatalf("pids usage %+v %v", st.Usage, err)
	}
}

// TestBadInput: each bad request gets a clear error and leaves no container, network or image behind.
func TestBadInput(t *testing.T) {
	rt, c, cfg := newRuntime(t, func(cfg *runtime.Config) { cfg.MaxImageBytes = 1 << 20 })
	ctx := ctxT(t, 3*time.Minute)
	good := workloadSpec(t, c, "sleep", "60")
	missing := errors.New("content: bafkreib…: not found on any gateway")
	tarball := dockertest.WorkloadTar(t)
	cases := []struct {
		name  string
		req   func() runtime.StartRequest
		is    error
		stage string
		want  string
	}{
		{"no limits", func() runtime.StartRequest {
			s := *good
			s.Resources = job.Resources{}
			return runtime.StartRequest{Lease: "l", Spec: &s}
		}, job.ErrInvalid, "", "spec.resources.memory: must be ≥ 64 MiB"},
		{"bad lease key", func() runtime.StartRequest { return runtime.StartRequest{Lease: "Lease 1", Spec: good} }, runtime.ErrInvalidRequest, "", "lease key"},
		{"GPUs not matching", func() runtime.StartRequest {
			return runtime.StartRequest{Lease: "l", Spec: good, GPUs: []string{"GPU-1"}}
		}, runtime.ErrInvalidRequest, "", "1 GPU device IDs for a spec asking 0"},
		{"image ref not pullable", func() runtime.StartRequest {
			s := *good
			s.Image = job.Image{Ref: "registry.invalid/idlegrid/none:1"}
			return runtime.StartRequest{Lease: "l", Spec: &s}
		}, runtime.ErrCannotStart, runtime.StageImage, "pull registry.invalid/idlegrid/none:1"},
		{"image CID missing", func() runtime.StartRequest {
			s := *good
			s.Image = job.Image{CID: job.CIDOf([]byte("absent")).String(), Archive: job.ArchiveRootfs}
			return runtime.StartRequest{Lease: "l", Spec: &s, ImageArchive: func(context.Context) (io.ReadCloser, error) { return nil, missing }}
		}, runtime.ErrCannotStart, runtime.StageImage, "not found on any gateway"},
		{"image archive garbage", func() runtime.StartRequest {
			s := *good
			s.Image = job.Image{CID: job.CIDOf([]byte("garbage")).String(), Archive: job.ArchiveDocker}
			return runtime.StartRequest{Lease: "l", Spec: &s, ImageArchive: func(context.Context) (io.ReadCloser, error) {
				return io.NopCloser(strings.NewReader("this is not a tar archive at all, not even close............")), nil
			}}
		}, runtime.ErrCannotStart, runtime.StageImage, "image archive"},
		{"image archive over the limit", func() runtime.StartRequest {
			s := *good
			s.Image = job.Image{CID: job.CIDOf(tarball).String(), Archive: job.ArchiveRootfs}
			return runtime.StartRequest{Lease: "l", Spec: &s, ImageArchive: func(context.Context) (io.ReadCloser, error) {
				return io.NopCloser(bytes.NewReader(tarball)), nil
			}}
		}, runtime.ErrCannotStart, runtime.StageImage, "over 1048576 bytes"},
		{"command not in the image", func() runtime.StartRequest {
			s := *good
			s.Entrypoint = []string{"/bin/no-such-program"}
			return runtime.StartRequest{Lease: "l", Spec: &s}
		}, runtime.ErrCannotStart, runtime.StageStart, "no-such-program"},
		{"no command at all", func() runtime.StartRequest {
			s := *good
			s.Image = job.Image{CID: job.CIDOf([]byte("rootfs")).String(), Archive: job.ArchiveRootfs}
			s.Entrypoint, s.Command = nil, nil
			small := tarOf(t, map[string]string{"etc/hostname": "x\n"})
			return runtime.StartRequest{Lease: "l", Spec: &s, ImageArchive: func(context.Context) (io.ReadCloser, error) {
				return io.NopCloser(bytes.NewReader(small)), nil
			}}
		}, runtime.ErrCannotStart, runtime.StageCreate, "command"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := rt.Run(ctx, tc.req())
			if err == nil {
				t.Fatal("accepted")
			}
			if !errors.Is(err, tc.is) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v: want %v containing %q", err, tc.is, tc.want)
			}
			var se *runtime.StartError
			if tc.stage != "" && (!errors.As(err, &se) || se.Stage != tc.stage || se.Lease != "l") {
				t.Fatalf("error %v: want a StartError at stage %s", err, tc.stage)
			}
			if cs, ns, is := ownedBy(t, c, cfg.Owner); cs+ns+is != 0 {
				t.Fatalf("left %d containers, %d networks, %d images", cs, ns, is)
			}
		})
	}
	// A huge spec never gets as far as the runtime: the decoder names it.
	huge := fmt.Sprintf(`{"version":1,"image":{"ref":"x"},"command":[%q]}`, strings.Repeat("a", job.MaxSize))
	if _, err := job.Decode([]byte(huge)); err == nil || !strings.Contains(err.Error(), "over the 65536-byte limit") {
		t.Fatalf("huge spec: %v", err)
	}
}

// TestCreatedNotStarted: a node killed between create and start leaves a created container; the restarted
// node's Run replaces it and starts the job once.
func TestCreatedNotStarted(t *testing.T) {
	rt, c, cfg := newRuntime(t)
	ctx := ctxT(t, time.Minute)
	spec := workloadSpec(t, c, "print", "once", "sleep", "60")
	netName := "idlegrid-" + cfg.Owner + "-crash-0"
	if _, err := c.NetworkCreate(ctx, netName, client.NetworkCreateOptions{Driver: "bridge", Labels: map[string]string{runtime.LabelOwner: cfg.Owner, runtime.LabelLease: "crash"}}); err != nil {
		t.Fatal(err)
	}
	pids := int64(64)
	res, err := c.ContainerCreate(ctx, client.ContainerCreateOptions{
		Name: "idlegrid-" + cfg.Owner + "-crash",
		Config: &container.Config{Image: dockertest.WorkloadImage, Entrypoint: []string{"/workload"}, Cmd: []string{"print", "stale"},
			Labels: map[string]string{runtime.LabelOwner: cfg.Owner, runtime.LabelLease: "crash", runtime.LabelSpec: spec.CID().String()}},
		HostConfig: &container.HostConfig{NetworkMode: container.NetworkMode(netName), Resources: container.Resources{Memory: 64 << 20, PidsLimit: &pids, NanoCPUs: 1e9}},
	})
	if err != nil {
		t.Fatal(err)
	}
	// The node restarts: a new runtime, started after the container was created.
	time.Sleep(10 * time.Millisecond)
	rt2, err := runtime.New(c, cfg, zerolog.New(zerolog.NewTestWriter(t)))
	if err != nil {
		t.Fatal(err)
	}
	if err := rt2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	st, err := rt2.Run(ctx, runtime.StartRequest{Lease: "crash", Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	if st.ContainerID == res.ID || !st.Running {
		t.Fatalf("the created-not-started container was started as it was: %+v", st)
	}
	out, _ := waitLogs(t, rt, "crash", "once")
	if strings.Contains(out, "stale") {
		t.Fatal("the stale container ran")
	}
	if cs, ns, _ := ownedBy(t, c, cfg.Owner); cs != 1 || ns != 1 {
		t.Fatalf("%d containers and %d networks for one lease", cs, ns)
	}
}

// TestConcurrentRuns: two live runtimes of one node racing to run the same lease make one container between
// them, started once (the daemon's unique container names decide the race; a runtime that finds the other's
// container still being prepared waits for it instead of replacing it).
func TestConcurrentRuns(t *testing.T) {
	rt, c, cfg := newRuntime(t)
	c2, err := client.New(client.WithHost(dockertest.Host(t)))
	if err != nil {
		t.Fatal(err)
	}
	rt2, err := runtime.New(c2, cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	defer rt2.Close()
	ctx := ctxT(t, time.Minute)
	if err := rt2.Start(ctx); err != nil {
		t.Fatal(err)
	}
	spec := workloadSpec(t, c, "print", "started", "sleep", "60")
	var wg sync.WaitGroup
	ids := make([]string, 4)
	errs := make([]error, 4)
	for i := range ids {
		r := rt
		if i%2 == 1 {
			r = rt2
		}
		wg.Go(func() {
			st, err := r.Run(ctx, runtime.StartRequest{Lease: "race", Spec: spec})
			errs[i] = err
			if err == nil {
				ids[i] = st.ContainerID
			}
		})
	}
	wg.Wait()
	for i := range ids {
		if errs[i] != nil || ids[i] != ids[0] {
			t.Fatalf("run %d: %v, container %s vs %s", i, errs[i], ids[i], ids[0])
		}
	}
	if cs, ns, _ := ownedBy(t, c, cfg.Owner); cs != 1 || ns != 1 {
		t.Fatalf("%d containers and %d networks after racing runs", cs, ns)
	}
	// Started once: the job's first line appears once, and the container never restarted.
	out, _ := waitLogs(t, rt, "race", "started")
	if strings.Count(out, "started") != 1 {
		t.Fatalf("the job started %d times: %q", strings.Count(out, "started"), out)
	}
}

func waitFor(t *testing.T, cond func() bool, format string, args ...any) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for "+format, args...)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestContentToContainer: the whole content path of a job. A renter adds an image tarball and an input folder
// to a store behind a trustless gateway; the node fetches both by CID (verified block by block), runs the
// image from its CID with the input mounted, and adds the job's output folder as content.
func TestContentToContainer(t *testing.T) {
	rt, c, cfg := newRuntime(t)
	ctx := ctxT(t, 3*time.Minute)
	hub := content.NewMemoryStore()
	imageCID, err := hub.AddBytes(ctx, dockertest.WorkloadTar(t))
	if err != nil {
		t.Fatal(err)
	}
	in := t.TempDir()
	if err := os.MkdirAll(filepath.Join(in, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(in, "sub", "x.txt"), []byte("input by CID\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	inputCID, err := hub.AddPath(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(content.NewGateway(hub, content.GatewayConfig{}, zerolog.Nop()))
	defer srv.Close()

	node := content.NewMemoryStore()
	cl, err := content.NewClient(srv.URL, srv.Client(), content.DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []cid.Cid{imageCID, inputCID} {
		if err := cl.Fetch(ctx, id, node); err != nil {
			t.Fatalf("fetch %s: %v", id, err)
		}
	}
	spec := &job.Spec{
		Version:    job.Version,
		Image:      job.Image{CID: imageCID.String(), Archive: job.ArchiveRootfs},
		Entrypoint: []string{"/workload"},
		Command:    []string{"show", "/data/in/sub/x.txt", "write", "/out", "sleep", "60"},
		Inputs:     []job.Input{{CID: inputCID.String(), Path: "/data/in"}},
		Output:     "/out",
		Resources:  job.Resources{Memory: 64 << 20, MilliCPUs: 500, Pids: 32, Disk: 128 << 20},
	}
	req := runtime.StartRequest{
		Lease: "content",
		Spec:  spec,
		ImageArchive: func(ctx context.Context) (io.ReadCloser, error) {
			return node.OpenFile(ctx, imageCID)
		},
		Inputs: []runtime.Opener{func(ctx context.Context) (io.ReadCloser, error) {
			pr, pw := io.Pipe()
			go func() { pw.CloseWithError(node.WriteTar(ctx, inputCID, "input", pw, spec.Resources.Disk)) }()
			return pr, nil
		}},
	}
	if _, err := rt.Run(ctx, req); err != nil {
		t.Fatalf("run: %v", err)
	}
	waitLogs(t, rt, "content", "wrote /out")
	out, _ := logsOf(t, rt, "content")
	if !strings.HasPrefix(out, "input by CID\n") {
		t.Fatalf("stdout %q", out)
	}
	if err := rt.Stop(ctx, "content"); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := rt.CollectOutput(ctx, "content", dir, spec.Resources.Disk); err != nil {
		t.Fatal(err)
	}
	outCID, err := node.AddPath(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	var tarOut bytes.Buffer
	if err := node.WriteTar(ctx, outCID, "", &tarOut, 1<<20); err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(&tarOut)
	files := map[string]string{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		if h.Typeflag == tar.TypeReg {
			files[h.Name] = string(b)
		}
	}
	if files["a.txt"] != "output a\n" || files["sub/b.txt"] != "output b\n" {
		t.Fatalf("output content %v", files)
	}
	if err := rt.Remove(ctx, "content"); err != nil {
		t.Fatal(err)
	}
	if cs, ns, is := ownedBy(t, c, cfg.Owner); cs+ns+is != 0 {
		t.Fatalf("after remove: %d containers, %d networks, %d images left", cs, ns, is)
	}
}

// TestInitStopsAndReaps: with the daemon's init (tini) as PID 1, a job that leaves SIGTERM at its default
// action dies of the SIGTERM a stop sends (exit 143) instead of waiting out the grace for SIGKILL, as it does
// when it is PID 1 itself; a job that ignores SIGTERM is still killed at the end of the grace (exit 137); and orphans are reaped,
// so their zombies do not use up the pids limit.
func TestInitStopsAndReaps(t *testing.T) {
	t.Run("sigterm", func(t *testing.T) {
		// Without init the job is PID 1, the kernel drops the SIGTERM, and the SIGKILL at the grace's end stops
		// it (137): the control case, without which 143 would prove nothing.
		for withInit, want := range map[bool]int{true: 128 + 15, false: 128 + 9} {
			rt, c, _ := newRuntime(t, func(cfg *runtime.Config) { cfg.Init = withInit })
			ctx := ctxT(t, time.Minute)
			lease := runtime.LeaseKey(fmt.Sprintf("term-%v", withInit))
			if _, err := rt.Run(ctx, runtime.StartRequest{Lease: lease, Spec: workloadSpec(t, c, "defaultterm", "sleep", "600")}); err != nil {
				t.Fatal(err)
			}
			waitLogs(t, rt, lease, "SIGTERM default")
			if err := rt.Stop(ctx, lease); err != nil {
				t.Fatalf("stop (init %v): %v", withInit, err)
			}
			st, err := rt.Status(ctx, lease, false)
			if err != nil || st.Running || st.ExitCode != want {
				t.Errorf("after stop (init %v): %+v %v, want exited with %d", withInit, st, err, want)
			}
		}
	})
	t.Run("ignored", func(t *testing.T) {
		rt, c, cfg := newRuntime(t)
		ctx := ctxT(t, time.Minute)
		if _, err := rt.Run(ctx, runtime.StartRequest{Lease: "ignore", Spec: workloadSpec(t, c, "ignoreterm", "sleep", "600")}); err != nil {
			t.Fatal(err)
		}
		waitLogs(t, rt, "ignore", "ignoring SIGTERM")
		if err := rt.Stop(ctxT(t, cfg.StopGrace+20*time.Second), "ignore"); err != nil {
			t.Fatalf("stop: %v", err)
		}
		st, err := rt.Status(ctx, "ignore", false)
		if err != nil || st.Running || st.ExitCode != 128+9 {
			t.Fatalf("after stop: %+v %v, want exited with 137 (SIGKILL at the grace's end)", st, err)
		}
	})
	t.Run("reaps", func(t *testing.T) {
		for _, withInit := range []bool{true, false} {
			rt, c, _ := newRuntime(t, func(cfg *runtime.Config) { cfg.Init = withInit })
			ctx := ctxT(t, 2*time.Minute)
			lease := runtime.LeaseKey(fmt.Sprintf("reap-%v", withInit))
			spec := workloadSpec(t, c, "orphans", "40", "sleep", "600")
			spec.Resources.Pids = 32 // the job's threads count too
			if _, err := rt.Run(ctx, runtime.StartRequest{Lease: lease, Spec: spec}); err != nil {
				t.Fatal(err)
			}
			out, _ := waitLogs(t, rt, lease, "orphaned")
			all := strings.Contains(out, "orphaned 40 of 40")
			if withInit && !all {
				t.Errorf("with init, 40 orphans in turn under a pids limit of 32: %q", out)
			}
			if !withInit && all {
				t.Errorf("without init the orphans' zombies should fill the pids limit (the control case): %q", out)
			}
		}
	})
}

package runtime

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/moby/moby/api/types/container"
	"github.com/moby/moby/api/types/network"
	"github.com/moby/moby/api/types/system"
	"github.com/moby/moby/client"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/provider/job"
)

// fakeEngine is a hand-written Engine for what a real daemon cannot show here (no GPU on this machine): it
// records the create request and answers the calls Run makes. Calls it does not implement panic through the
// nil embedded interface.
type fakeEngine struct {
	Engine
	created  []client.ContainerCreateOptions
	warnings []string
	removed  []string
	started  bool
}

func (f *fakeEngine) ImageInspect(context.Context, string, ...client.ImageInspectOption) (client.ImageInspectResult, error) {
	return client.ImageInspectResult{}, nil
}

func (f *fakeEngine) NetworkList(context.Context, client.NetworkListOptions) (client.NetworkListResult, error) {
	return client.NetworkListResult{}, nil
}

func (f *fakeEngine) NetworkCreate(context.Context, string, client.NetworkCreateOptions) (client.NetworkCreateResult, error) {
	return client.NetworkCreateResult{ID: "net1"}, nil
}

func (f *fakeEngine) NetworkRemove(_ context.Context, id string, _ client.NetworkRemoveOptions) (client.NetworkRemoveResult, error) {
	f.removed = append(f.removed, "network "+id)
	return client.NetworkRemoveResult{}, nil
}

func (f *fakeEngine) ImageRemove(_ context.Context, id string, _ client.ImageRemoveOptions) (client.ImageRemoveResult, error) {
	return client.ImageRemoveResult{}, cerrdefs.ErrNotFound
}

func (f *fakeEngine) ContainerCreate(_ context.Context, o client.ContainerCreateOptions) (client.ContainerCreateResult, error) {
	f.created = append(f.created, o)
	return client.ContainerCreateResult{ID: "c1", Warnings: f.warnings}, nil
}

func (f *fakeEngine) ContainerRemove(_ context.Context, id string, _ client.ContainerRemoveOptions) (client.ContainerRemoveResult, error) {
	f.removed = append(f.removed, "container "+id)
	f.created = nil
	return client.ContainerRemoveResult{}, nil
}

func (f *fakeEngine) CopyToContainer(context.Context, string, client.CopyToContainerOptions) (client.CopyToContainerResult, error) {
	return client.CopyToContainerResult{}, nil
}

func (f *fakeEngine) ContainerStatPath(_ context.Context, _ string, o client.ContainerStatPathOptions) (client.ContainerStatPathResult, error) {
	return client.ContainerStatPathResult{Stat: container.PathStat{Name: path.Base(o.Path), Mode: 0o755}}, nil
}

func (f *fakeEngine) ContainerStart(context.Context, string, client.ContainerStartOptions) (client.ContainerStartResult, error) {
	f.started = true
	return client.ContainerStartResult{}, nil
}

func (f *fakeEngine) ContainerInspect(context.Context, string, client.ContainerInspectOptions) (client.ContainerInspectResult, error) {
	if len(f.created) == 0 {
		return client.ContainerInspectResult{}, cerrdefs.ErrNotFound
	}
	o := f.created[len(f.created)-1]
	state := container.StateCreated
	if f.started {
		state = container.StateRunning
	}
	return client.ContainerInspectResult{Container: container.InspectResponse{
		ID: "c1", Config: o.Config, HostConfig: o.HostConfig,
		State: &container.State{Status: state, Running: f.started},
	}}, nil
}

func gpuSpec(n int) *job.Spec {
	return &job.Spec{
		Version:   job.Version,
		Image:     job.Image{Ref: "ghcr.io/idlegrid/trainer:1"},
		Command:   []string{"python", "train.py"},
		Env:       map[string]string{"B": "2", "A": "1"},
		Ports:     []job.Port{{Port: 8888, Protocol: job.TCP}},
		Resources: job.Resources{GPUs: n, Memory: 8 << 30, MilliCPUs: 4000, Pids: 1024, Disk: 20 << 30},
	}
}

func newFake(t *testing.T, driver string) (*Runtime, *fakeEngine) {
	t.Helper()
	f := &fakeEngine{}
	cfg := DefaultConfig()
	cfg.GPUDriver = driver
	r, err := New(f, cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return r, f
}

// TestRunPassesOnlyTheLeasedGPUs: the container the daemon is asked for gets exactly the leased devices, by
// device request (nvidia) or by CDI name, NVIDIA_VISIBLE_DEVICES pinned to them, and every limit.
func TestRunPassesOnlyTheLeasedGPUs(t *testing.T) {
	leased := []string{"GPU-6a1c2f0e-0000-4000-8000-000000000002", "GPU-6a1c2f0e-0000-4000-8000-000000000005"}
	cases := []struct {
		driver string
		gpus   []string
		want   []container.DeviceRequest
		env    string
		extra  []string
	}{
		{GPUDriverNVIDIA, leased, []container.DeviceRequest{{Driver: "nvidia", DeviceIDs: leased, Capabilities: [][]string{{"gpu"}}}}, "NVIDIA_VISIBLE_DEVICES=" + strings.Join(leased, ","), nil},
		{GPUDriverCDI, leased, []container.DeviceRequest{{Driver: "cdi", DeviceIDs: []string{"nvidia.com/gpu=" + leased[0], "nvidia.com/gpu=" + leased[1]}}}, "NVIDIA_VISIBLE_DEVICES=" + strings.Join(leased, ","), nil},
		{GPUDriverNVIDIA, nil, nil, "NVIDIA_VISIBLE_DEVICES=void", nil},
		// Simulated GPUs: no device at all reaches the container, whatever the leased IDs.
		{GPUDriverSim, []string{"SIM-01", "SIM-02"}, nil, "NVIDIA_VISIBLE_DEVICES=void", []string{"IDLEGRID_SIM_GPUS=SIM-01,SIM-02"}},
	}
	for _, tc := range cases {
		t.Run(tc.driver+"-"+string(rune('0'+len(tc.gpus))), func(t *testing.T) {
			r, f := newFake(t, tc.driver)
			st, err := r.Run(context.Background(), StartRequest{Lease: "1-7", Spec: gpuSpec(len(tc.gpus)), GPUs: tc.gpus})
			if err != nil {
				t.Fatal(err)
			}
			if len(f.created) != 1 || !f.started || !st.Running {
				t.Fatalf("created %d containers, started %v", len(f.created), f.started)
			}
			o := f.created[0]
			if !reflect.DeepEqual(o.HostConfig.DeviceRequests, tc.want) {
				t.Fatalf("device requests %+v, want %+v", o.HostConfig.DeviceRequests, tc.want)
			}
			if got := o.Config.Env; !reflect.DeepEqual(got, append([]string{"A=1", "B=2", tc.env}, tc.extra...)) {
				t.Fatalf("env %v", got)
			}
			hc := o.HostConfig
			if hc.Memory != 8<<30 || hc.MemorySwap != 8<<30 || hc.NanoCPUs != 4e9 || *hc.PidsLimit != 1024 || hc.Privileged {
				t.Fatalf("limits %+v", hc.Resources)
			}
			if hc.Init == nil || !*hc.Init {
				t.Fatalf("init %v: want the daemon's init in front of the job", hc.Init)
			}
			if hc.NetworkMode != "net1" || o.NetworkingConfig.EndpointsConfig["net1"] == nil {
				t.Fatalf("network %q %v", hc.NetworkMode, o.NetworkingConfig.EndpointsConfig)
			}
			b := hc.PortBindings[network.MustParsePort("8888/tcp")]
			if len(b) != 1 || b[0].HostIP.String() != "127.0.0.1" || b[0].HostPort != "" {
				t.Fatalf("port bindings %+v", hc.PortBindings)
			}
			if o.Config.Labels[LabelGPUs] != strings.Join(tc.gpus, ",") || o.Config.Labels[LabelLease] != "1-7" || o.Name != "idlegrid-node-1-7" {
				t.Fatalf("labels %v name %s", o.Config.Labels, o.Name)
			}
			if st.GPUs != nil && !reflect.DeepEqual(st.GPUs, tc.gpus) {
				t.Fatalf("status GPUs %v", st.GPUs)
			}
		})
	}
}

// TestRunRefusesWrongGPUs: the runtime will not start a job with other GPUs than the spec's count, or with
// malformed or repeated device IDs, and asks the daemon nothing.
func TestRunRefusesWrongGPUs(t *testing.T) {
	for _, gpus := range [][]string{{"GPU-a"}, {"GPU-a", "GPU-a"}, {"GPU-a,GPU-b", "GPU-c"}, {"", "GPU-b"}, {"GPU-a", "GPU-b", "GPU-c"}} {
		r, f := newFake(t, GPUDriverNVIDIA)
		_, err := r.Run(context.Background(), StartRequest{Lease: "1", Spec: gpuSpec(2), GPUs: gpus})
		if !errors.Is(err, ErrInvalidRequest) || len(f.created) != 0 {
			t.Errorf("GPUs %q: err %v, %d containers", gpus, err, len(f.created))
		}
	}
}

// TestNoContainerWithoutLimits: a spec that skipped validation still cannot produce an unlimited container.
func TestNoContainerWithoutLimits(t *testing.T) {
	r, _ := newFake(t, GPUDriverNVIDIA)
	for _, res := range []job.Resources{{}, {Memory: 1 << 30, MilliCPUs: 1000, Disk: 1 << 30}, {Memory: 1 << 30, Pids: 64, Disk: 1 << 30}, {MilliCPUs: 1000, Pids: 64, Disk: 1 << 30}} {
		s := gpuSpec(0)
		s.Resources = res
		if _, err := r.createOptions(StartRequest{Lease: "1", Spec: s}, "img", "net", false); !errors.Is(err, ErrInvalidRequest) {
			t.Errorf("resources %+v: %v", res, err)
		}
	}
}

// TestDroppedLimitWarning: a daemon that says it discarded a limit gets the container removed.
func TestDroppedLimitWarning(t *testing.T) {
	r, f := newFake(t, GPUDriverNVIDIA)
	f.warnings = []string{"Your kernel does not support pids limit capabilities or the cgroup is not mounted. PIDs limit discarded."}
	_, err := r.Run(context.Background(), StartRequest{Lease: "1", Spec: gpuSpec(0)})
	if !errors.Is(err, ErrLimitUnsupported) || f.started || len(f.created) != 0 || !strings.Contains(strings.Join(f.removed, ","), "container c1") {
		t.Fatalf("err %v started %v removed %v", err, f.started, f.removed)
	}
	if droppedLimit([]string{"Your kernel does not support swap limit capabilities or the cgroup is not mounted. Memory limited without swap."}) != "" {
		t.Fatal("a missing swap controller refused the container although the memory limit holds")
	}
}

func archive(t *testing.T, entries ...tar.Header) []byte {
	t.Helper()
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, h := range entries {
		body := h.Linkname
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(body))
			h.Linkname = ""
		}
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write([]byte(body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func entries(t *testing.T, data []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		out[h.Name] = string(b)
	}
}

// TestRetagArchive: a docker archive keeps its layers and first image, and loses every name of its own.
func TestRetagArchive(t *testing.T) {
	manifest := `[{"Config":"c.json","RepoTags":["nvidia/cuda:12.4","busybox:latest"],"Layers":["l/layer.tar"]},{"Config":"d.json","RepoTags":["other:1"],"Layers":[]}]`
	index := `{"schemaVersion":2,"manifests":[{"digest":"sha256:aa","annotations":{"io.containerd.image.name":"docker.io/library/busybox:latest"}},{"digest":"sha256:bb"}]}`
	in := archive(t,
		tar.Header{Typeflag: tar.TypeReg, Name: "l/layer.tar", Linkname: "layer bytes"},
		tar.Header{Typeflag: tar.TypeReg, Name: "repositories", Linkname: `{"busybox":{"latest":"x"}}`},
		tar.Header{Typeflag: tar.TypeReg, Name: "manifest.json", Linkname: manifest},
		tar.Header{Typeflag: tar.TypeReg, Name: "index.json", Linkname: index},
	)
	var out bytes.Buffer
	if err := retagArchive(bytes.NewReader(in), &out, "idlegrid-node-7:job"); err != nil {
		t.Fatal(err)
	}
	got := entries(t, out.Bytes())
	if _, ok := got["repositories"]; ok || got["l/layer.tar"] != "layer bytes" {
		t.Fatalf("entries %v", got)
	}
	var m []map[string]any
	if err := json.Unmarshal([]byte(got["manifest.json"]), &m); err != nil || len(m) != 1 || !reflect.DeepEqual(m[0]["RepoTags"], []any{"idlegrid-node-7:job"}) || m[0]["Config"] != "c.json" {
		t.Fatalf("manifest %s", got["manifest.json"])
	}
	var idx map[string]any
	if err := json.Unmarshal([]byte(got["index.json"]), &idx); err != nil {
		t.Fatal(err)
	}
	ms := idx["manifests"].([]any)
	ann := ms[0].(map[string]any)["annotations"].(map[string]any)
	if len(ms) != 1 || ann["io.containerd.image.name"] != "docker.io/library/idlegrid-node-7:job" || ann["org.opencontainers.image.ref.name"] != "job" {
		t.Fatalf("index %s", got["index.json"])
	}
	if err := retagArchive(bytes.NewReader([]byte("not a tar, but long enough to look like a header block...")), io.Discard, "x:job"); err == nil {
		t.Fatal("garbage accepted as an archive")
	}
}

// TestRelocate: input entries move under their path; escapes, and content over the budget, are refused.
func TestRelocate(t *testing.T) {
	in := archive(t,
		tar.Header{Typeflag: tar.TypeDir, Name: "./", Mode: 0o755},
		tar.Header{Typeflag: tar.TypeReg, Name: "./a/b.txt", Linkname: "bee", Mode: 0o4755},
		tar.Header{Typeflag: tar.TypeLink, Name: "c.txt", Linkname: "a/b.txt"},
		tar.Header{Typeflag: tar.TypeChar, Name: "dev"},
	)
	var out bytes.Buffer
	n, err := relocate(bytes.NewReader(in), &out, "data/in", 100)
	if err != nil || n != 3 {
		t.Fatalf("relocate: %d %v", n, err)
	}
	tr := tar.NewReader(&out)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if h.Mode&0o7000 != 0 || h.Typeflag == tar.TypeLink && h.Linkname != "data/in/a/b.txt" {
			t.Fatalf("entry %+v", h)
		}
	}
	if !reflect.DeepEqual(names, []string{"data/in/", "data/in/a/b.txt", "data/in/c.txt"}) {
		t.Fatalf("names %v", names)
	}
	for _, bad := range []tar.Header{
		{Typeflag: tar.TypeReg, Name: "../x"}, {Typeflag: tar.TypeReg, Name: "/etc/passwd"},
		{Typeflag: tar.TypeReg, Name: "a/../../x"}, {Typeflag: tar.TypeLink, Name: "l", Linkname: "../../etc/shadow"},
	} {
		if _, err := relocate(bytes.NewReader(archive(t, bad)), io.Discard, "data", 100); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
	if _, err := relocate(bytes.NewReader(archive(t, tar.Header{Typeflag: tar.TypeReg, Name: "big", Linkname: "0123456789"})), io.Discard, "d", 9); err == nil {
		t.Error("content over the budget accepted")
	}
}

// TestExtract: output extraction keeps plain files and folders inside the destination, drops the rest.
func TestExtract(t *testing.T) {
	in := archive(t,
		tar.Header{Typeflag: tar.TypeDir, Name: "output/", Mode: 0o777},
		tar.Header{Typeflag: tar.TypeReg, Name: "output/a.txt", Linkname: "aaa", Mode: 0o6755},
		tar.Header{Typeflag: tar.TypeSymlink, Name: "output/link", Linkname: "/etc/passwd"},
		tar.Header{Typeflag: tar.TypeDir, Name: "output/d/", Mode: 0o755},
		tar.Header{Typeflag: tar.TypeReg, Name: "output/d/b.txt", Linkname: "b"},
	)
	dir := t.TempDir()
	sum, err := extract(bytes.NewReader(in), dir, 100)
	if err != nil || sum.Files != 2 || sum.Dirs != 1 || sum.Skipped != 1 || sum.Bytes != 4 {
		t.Fatalf("extract: %+v %v", sum, err)
	}
	if fi, err := os.Lstat(filepath.Join(dir, "a.txt")); err != nil || fi.Mode()&(os.ModeSetuid|os.ModeSetgid) != 0 {
		t.Fatalf("a.txt: %v %v", fi.Mode(), err)
	}
	if _, err := os.Lstat(filepath.Join(dir, "link")); !os.IsNotExist(err) {
		t.Fatal("symlink extracted")
	}
	if _, err := extract(bytes.NewReader(archive(t, tar.Header{Typeflag: tar.TypeReg, Name: "output/../../x", Linkname: "x"})), t.TempDir(), 100); err == nil {
		t.Fatal("escaping entry extracted")
	}
	if _, err := extract(bytes.NewReader(in), t.TempDir(), 3); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("over the limit: %v", err)
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatal(err)
	}
	bad := DefaultConfig()
	bad.Owner = "Node 1"
	bad.GPUDriver = "amd"
	bad.MaxImageBytes = 0
	err := bad.Validate()
	for _, want := range []string{"owner", "gpu_driver", "max_image_bytes"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not name %s", err, want)
		}
	}
}

// infoEngine is a daemon that answers Ping and Info only.
type infoEngine struct {
	Engine
	info system.Info
}

func (e infoEngine) Ping(context.Context, client.PingOptions) (client.PingResult, error) {
	return client.PingResult{}, nil
}

func (e infoEngine) Info(context.Context, client.InfoOptions) (client.SystemInfoResult, error) {
	return client.SystemInfoResult{Info: e.info}, nil
}

// TestStartNeedsInit: with Config.Init, Start refuses a daemon that reports no init binary (Docker's "N/A"),
// naming the way out, and the runtime is unhealthy; a daemon that has one, or Init off, starts.
func TestStartNeedsInit(t *testing.T) {
	for _, tc := range []struct {
		name   string
		init   bool
		commit string
		ok     bool
	}{
		{"no init binary", true, "N/A", false},
		{"tini with a commit", true, "de40ad0", true},
		{"tini without a commit (Debian's tini-static)", true, "", true},
		{"init off", false, "N/A", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.Init = tc.init
			r, err := New(infoEngine{info: system.Info{ServerVersion: "20.10.24", InitBinary: "docker-init", InitCommit: system.Commit{ID: tc.commit}}}, cfg, zerolog.Nop())
			if err != nil {
				t.Fatal(err)
			}
			err = r.Start(context.Background())
			if tc.ok != (err == nil) || tc.ok != (r.Healthy() == nil) {
				t.Fatalf("start: %v, healthy: %v", err, r.Healthy())
			}
			if !tc.ok && (!errors.Is(err, ErrNoInit) || !strings.Contains(err.Error(), "docker-init") || !strings.Contains(err.Error(), "node.init = false")) {
				t.Fatalf("start: %v, want ErrNoInit naming the binary and node.init", err)
			}
		})
	}
}

// fsEngine is a created container with a file tree: Inspect gives its config, StatPath its files.
type fsEngine struct {
	Engine
	cfg   container.Config
	files map[string]os.FileMode
	asked []string
}

func (e *fsEngine) ContainerInspect(context.Context, string, client.ContainerInspectOptions) (client.ContainerInspectResult, error) {
	return client.ContainerInspectResult{Container: container.InspectResponse{ID: "c1", Config: &e.cfg}}, nil
}

func (e *fsEngine) ContainerStatPath(_ context.Context, _ string, o client.ContainerStatPathOptions) (client.ContainerStatPathResult, error) {
	e.asked = append(e.asked, o.Path)
	m, ok := e.files[o.Path]
	if !ok {
		return client.ContainerStatPathResult{}, cerrdefs.ErrNotFound
	}
	return client.ContainerStatPathResult{Stat: container.PathStat{Name: path.Base(o.Path), Mode: m}}, nil
}

// TestCheckCommand: the command is looked for as the exec would: a name along the container's PATH (or
// runc's default), a path as it is or under the working directory; a file without an exec bit is passed over,
// a link is taken; a command found nowhere is a StartError naming it and the PATH searched.
func TestCheckCommand(t *testing.T) {
	files := map[string]os.FileMode{
		"/usr/bin/python3":    0o755,
		"/usr/local/bin/tool": 0o644, // not executable: the search goes on
		"/usr/bin/tool":       0o755,
		"/opt/app/run.sh":     0o755,
		"/usr/bin/python":     os.ModeSymlink | 0o777,
	}
	for _, tc := range []struct {
		name  string
		cfg   container.Config
		ok    bool
		asked string // the last path looked at
		want  string // in the error
	}{
		{"on the default PATH", container.Config{Cmd: []string{"python3", "-V"}}, true, "/usr/bin/python3", ""},
		{"entrypoint first", container.Config{Entrypoint: []string{"python3"}, Cmd: []string{"tool"}}, true, "/usr/bin/python3", ""},
		{"not executable, then found", container.Config{Cmd: []string{"tool"}}, true, "/usr/bin/tool", ""},
		{"a link", container.Config{Cmd: []string{"python"}}, true, "/usr/bin/python", ""},
		{"the container's PATH", container.Config{Cmd: []string{"python3"}, Env: []string{"PATH=/opt/conda/bin:relative:/usr/bin"}}, true, "/usr/bin/python3", ""},
		{"absolute", container.Config{Entrypoint: []string{"/opt/app/run.sh"}}, true, "/opt/app/run.sh", ""},
		{"relative to the working directory", container.Config{Cmd: []string{"./run.sh"}, WorkingDir: "/opt/app"}, true, "/opt/app/run.sh", ""},
		{"missing name", container.Config{Cmd: []string{"nvidia-smi"}, Env: []string{"PATH=/bin:/usr/bin"}}, false, "/usr/bin/nvidia-smi", "exec nvidia-smi: no such executable in the image (PATH /bin:/usr/bin)"},
		{"missing path", container.Config{Entrypoint: []string{"/bin/no-such-program"}}, false, "/bin/no-such-program", "exec /bin/no-such-program: no such executable"},
		{"no command", container.Config{}, false, "", "no command"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e := &fsEngine{cfg: tc.cfg, files: files}
			r, err := New(e, DefaultConfig(), zerolog.Nop())
			if err != nil {
				t.Fatal(err)
			}
			err = r.checkCommand(context.Background(), "1-7", "c1")
			if tc.ok != (err == nil) {
				t.Fatalf("check: %v", err)
			}
			var se *StartError
			if !tc.ok && (!errors.As(err, &se) || se.Stage != StageStart || !errors.Is(err, ErrCannotStart) || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("check: %v, want a StartError at start holding %q", err, tc.want)
			}
			var last string
			if len(e.asked) > 0 {
				last = e.asked[len(e.asked)-1]
			}
			if last != tc.asked {
				t.Errorf("looked at %v, want %s last", e.asked, tc.asked)
			}
		})
	}
}

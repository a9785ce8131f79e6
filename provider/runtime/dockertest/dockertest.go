// Package dockertest gives tests a Docker daemon and the runtime's test workload image.
//
// With IDLEGRID_TEST_DOCKER set to a daemon's host (unix:///…/docker.sock, as `scripts/dockerd start` prints)
// it uses that daemon. Otherwise it starts its own throwaway dockerd once per test binary with `scripts/dockerd
// run` (everything under a /tmp/igd.* folder, --iptables=false, no default bridge), which dies with the test
// binary, and stops it and removes its folder when the tests end (call Main from TestMain).
//
// Without dockerd, or without root to run it, the tests that need Docker skip, saying why, unless
// IDLEGRID_REQUIRE_DOCKER=1 (scripts/test sets it), which turns the skip into a failure; a daemon that is
// there but fails is always a failure.
//
// It never touches a daemon it was not pointed at or did not start: not the host's /var/run/docker.sock.
package dockertest

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/moby/moby/client"
)

// Environment variables.
const (
	EnvHost    = "IDLEGRID_TEST_DOCKER"
	EnvRequire = "IDLEGRID_REQUIRE_DOCKER"
)

// WorkloadImage is the tag the test workload is imported under.
const WorkloadImage = "idlegrid-test/workload:2" // 2: the orphans and ignoreterm steps

var (
	once    sync.Once
	daemon  *server
	daemonE error
	errSkip = errors.New("no Docker daemon")
)

type server struct {
	host string
	dir  string
	cmd  *exec.Cmd
	done chan struct{}
}

// Main runs the tests and stops the daemon started for them:
//
//	func TestMain(m *testing.M) { os.Exit(dockertest.Main(m)) }
func Main(m *testing.M) int {
	code := m.Run()
	if daemon != nil && daemon.cmd != nil {
		daemon.stop()
	}
	return code
}

// Host returns the daemon's host for tb, skipping tb when there is no daemon (failing instead with
// IDLEGRID_REQUIRE_DOCKER=1).
func Host(tb testing.TB) string {
	tb.Helper()
	once.Do(func() { daemon, daemonE = start() })
	if daemonE != nil {
		if errors.Is(daemonE, errSkip) && os.Getenv(EnvRequire) != "1" {
			tb.Skipf("dockertest: skipping the Docker case: %v (scripts/dockerd ensure installs Debian's docker.io; or set %s)", daemonE, EnvHost)
		}
		tb.Fatalf("dockertest: Docker unavailable: %v", daemonE)
	}
	return daemon.host
}

// Client returns a client of the test daemon, closed when tb ends.
func Client(tb testing.TB) *client.Client {
	tb.Helper()
	c, err := client.New(client.WithHost(Host(tb)))
	if err != nil {
		tb.Fatalf("dockertest: client: %v", err)
	}
	tb.Cleanup(func() { c.Close() })
	return c
}

func start() (*server, error) {
	if h := os.Getenv(EnvHost); h != "" {
		if err := ping(h, 10*time.Second, nil); err != nil {
			return nil, fmt.Errorf("%s=%s: %w", EnvHost, h, err)
		}
		return &server{host: h}, nil
	}
	script, err := findScript()
	if err != nil {
		return nil, err
	}
	if _, err := exec.LookPath("dockerd"); err != nil {
		if _, err2 := os.Stat("/usr/sbin/dockerd"); err2 != nil {
			return nil, fmt.Errorf("%w: dockerd not installed", errSkip)
		}
	}
	if os.Geteuid() != 0 {
		return nil, fmt.Errorf("%w: dockerd needs root and the tests do not run as root", errSkip)
	}
	dir, err := os.MkdirTemp("/tmp", "igd.") // short: containerd's socket lives under it
	if err != nil {
		return nil, err
	}
	s := &server{host: "unix://" + filepath.Join(dir, "docker.sock"), dir: dir, done: make(chan struct{})}
	logf, err := os.Create(filepath.Join(dir, "run.log"))
	if err != nil {
		return nil, err
	}
	s.cmd = exec.Command(script, "run", dir)
	s.cmd.Stdout, s.cmd.Stderr = logf, logf
	// The script execs dockerd, which keeps this: the daemon gets SIGTERM when the test binary dies.
	s.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM, Setpgid: true}
	if err := s.cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("start %s run: %w", script, err)
	}
	go func() { _ = s.cmd.Wait(); logf.Close(); close(s.done) }()
	if err := ping(s.host, 60*time.Second, s.done); err != nil {
		s.stop()
		log, _ := os.ReadFile(filepath.Join(dir, "run.log"))
		return nil, fmt.Errorf("dockerd did not come up: %w\n%s", err, tailOf(log, 3000))
	}
	return s, nil
}

func (s *server) stop() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Signal(syscall.SIGTERM)
		select {
		case <-s.done:
		case <-time.After(30 * time.Second):
			_ = s.cmd.Process.Kill()
			<-s.done
		}
	}
	if script, err := findScript(); err == nil {
		_ = exec.Command(script, "stop", s.dir).Run() // unmounts leftovers, removes the folder
	}
}

func ping(host string, within time.Duration, died <-chan struct{}) error {
	c, err := client.New(client.WithHost(host))
	if err != nil {
		return err
	}
	defer c.Close()
	deadline := time.Now().Add(within)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err = c.Ping(ctx, client.PingOptions{NegotiateAPIVersion: true})
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			return err
		}
		select {
		case <-died:
			return errors.New("dockerd exited")
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// findScript finds scripts/dockerd above the working directory (the package's folder under go test).
func findScript() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		p := filepath.Join(dir, "scripts", "dockerd")
		if _, err := os.Stat(p); err == nil {
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w: scripts/dockerd not found above the working directory", errSkip)
		}
		dir = parent
	}
}

func tailOf(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

// WorkloadTar builds the test workload (provider/runtime/testdata/workload) as a static binary and returns a
// root filesystem tarball holding it as /workload, with /tmp: what `docker import` takes.
func WorkloadTar(tb testing.TB) []byte {
	tb.Helper()
	w := workloadOnce()
	if w.err != nil {
		tb.Fatalf("dockertest: build workload: %v", w.err)
	}
	return w.tar
}

type builtWorkload struct {
	tar []byte
	err error
}

var workloadOnce = sync.OnceValue(func() builtWorkload {
	dir, err := os.MkdirTemp("", "idlegrid-workload-")
	if err != nil {
		return builtWorkload{err: err}
	}
	defer os.RemoveAll(dir)
	script, err := findScript()
	if err != nil {
		return builtWorkload{err: err}
	}
	root := filepath.Dir(filepath.Dir(script))
	bin := filepath.Join(dir, "workload")
	cmd := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, "./provider/runtime/testdata/workload")
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		return builtWorkload{err: fmt.Errorf("%v\n%s", err, out)}
	}
	data, err := os.ReadFile(bin)
	if err != nil {
		return builtWorkload{err: err}
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	now := time.Now()
	for _, h := range []*tar.Header{
		{Typeflag: tar.TypeDir, Name: "tmp/", Mode: 0o1777, ModTime: now},
		{Typeflag: tar.TypeReg, Name: "workload", Mode: 0o755, Size: int64(len(data)), ModTime: now},
	} {
		if err := tw.WriteHeader(h); err != nil {
			return builtWorkload{err: err}
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write(data); err != nil {
				return builtWorkload{err: err}
			}
		}
	}
	if err := tw.Close(); err != nil {
		return builtWorkload{err: err}
	}
	return builtWorkload{tar: buf.Bytes()}
})

// ImportWorkload imports the workload tarball as WorkloadImage on the test daemon (once per binary is enough;
// importing again only re-tags the same image).
func ImportWorkload(tb testing.TB, c *client.Client) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if _, err := c.ImageInspect(ctx, WorkloadImage); err == nil {
		return WorkloadImage
	}
	res, err := c.ImageImport(ctx, client.ImageImportSource{Source: bytes.NewReader(WorkloadTar(tb)), SourceName: "-"}, WorkloadImage, client.ImageImportOptions{})
	if err != nil {
		tb.Fatalf("dockertest: import workload: %v", err)
	}
	defer res.Close()
	if _, err := bytes.NewBuffer(nil).ReadFrom(res); err != nil {
		tb.Fatalf("dockertest: import workload: %v", err)
	}
	if _, err := c.ImageInspect(ctx, WorkloadImage); err != nil {
		tb.Fatalf("dockertest: workload image missing after import: %v", err)
	}
	return WorkloadImage
}

package gateway_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// fakeLeases is chain state in memory.
type fakeLeases struct {
	mu     sync.Mutex
	leases map[uint64]gateway.Lease
	err    error // returned for every lease while set
}

func (f *fakeLeases) Lease(_ context.Context, id uint64) (gateway.Lease, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.err != nil {
		return gateway.Lease{}, f.err
	}
	l, ok := f.leases[id]
	if !ok {
		return gateway.Lease{}, fmt.Errorf("lease %d: %w", id, gateway.ErrLeaseNotFound)
	}
	return l, nil
}

func (f *fakeLeases) set(id uint64, l gateway.Lease) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.leases[id] = l
}

func (f *fakeLeases) update(id uint64, mutate func(*gateway.Lease)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	l := f.leases[id]
	mutate(&l)
	f.leases[id] = l
}

func (f *fakeLeases) setErr(err error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.err = err
}

// workload is one lease's in-memory container: logs to print, a tiny command interpreter, and real TCP
// echo services behind its published ports.
type workload struct {
	stdout, stderr []string
	more           chan string // followed logs: each string goes to stdout
	ports          map[uint16]string
	startedAt      time.Time
}

// fakeWorkloads is the runtime as the gateway sees it, in memory.
type fakeWorkloads struct {
	mu    sync.Mutex
	byID  map[uint64]*workload
	calls atomic.Int64 // every call of every method
	live  atomic.Int64 // calls in progress
}

func newFakeWorkloads() *fakeWorkloads { return &fakeWorkloads{byID: map[uint64]*workload{}} }

func (f *fakeWorkloads) add(id uint64, w *workload) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.byID[id] = w
}

func (f *fakeWorkloads) get(id uint64) (*workload, error) {
	f.calls.Add(1)
	f.mu.Lock()
	defer f.mu.Unlock()
	w, ok := f.byID[id]
	if !ok {
		return nil, fmt.Errorf("lease %d: %w", id, gateway.ErrNoWorkload)
	}
	return w, nil
}

func (f *fakeWorkloads) Logs(ctx context.Context, lease uint64, opts gw.LogOptions, stdout, stderr io.Writer) error {
	f.live.Add(1)
	defer f.live.Add(-1)
	w, err := f.get(lease)
	if err != nil {
		return err
	}
	out, errs := w.stdout, w.stderr
	if opts.Tail > 0 {
		out, errs = out[max(0, len(out)-opts.Tail):], errs[max(0, len(errs)-opts.Tail):]
	}
	for i := range max(len(out), len(errs)) { // interleaved, the way a container writes
		if i < len(out) {
			if _, err := io.WriteString(stdout, out[i]+"\n"); err != nil {
				return err
			}
		}
		if i < len(errs) {
			if _, err := io.WriteString(stderr, errs[i]+"\n"); err != nil {
				return err
			}
		}
	}
	if !opts.Follow {
		return nil
	}
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case line, ok := <-w.more:
			if !ok {
				return nil // the container stopped
			}
			if _, err := io.WriteString(stdout, line+"\n"); err != nil {
				return err
			}
		}
	}
}

// Exec interprets a few commands:
//
//	(none)        a line shell: "echo X" prints X, "err X" prints X on stderr, "exit N" exits; EOF exits 0;
//	              with a TTY every resize prints "size COLSxROWS"
//	echo ARGS     prints ARGS
//	cat           copies stdin to stdout until EOF
//	exit N        exits N
//	size          prints the initial terminal size
//	bytes N       writes N bytes of 'x'
//	sleep         blocks until the session ends
//	panic         panics (a buggy runtime)
func (f *fakeWorkloads) Exec(ctx context.Context, lease uint64, req gateway.ExecRequest, stdio gateway.ExecIO) (int, error) {
	f.live.Add(1)
	defer f.live.Add(-1)
	if _, err := f.get(lease); err != nil {
		return 0, err
	}
	if len(req.Cmd) == 0 {
		return lineShell(ctx, req, stdio)
	}
	switch req.Cmd[0] {
	case "echo":
		fmt.Fprintln(stdio.Stdout, strings.Join(req.Cmd[1:], " "))
		return 0, nil
	case "cat":
		done := make(chan error, 1)
		go func() {
			_, err := io.Copy(stdio.Stdout, stdio.Stdin)
			done <- err
		}()
		select {
		case err := <-done:
			return 0, err
		case <-ctx.Done(): // as the runtime does: the exec's streams are closed, the call returns
			return 0, ctx.Err()
		}
	case "exit":
		n, _ := strconv.Atoi(req.Cmd[1])
		return n, nil
	case "size":
		fmt.Fprintf(stdio.Stdout, "size %dx%d tty=%v\n", req.Size.Cols, req.Size.Rows, req.TTY)
		return 0, nil
	case "bytes":
		n, _ := strconv.Atoi(req.Cmd[1])
		_, err := stdio.Stdout.Write([]byte(strings.Repeat("x", n)))
		return 0, err
	case "sleep":
		<-ctx.Done()
		return 0, ctx.Err()
	case "panic":
		panic("runtime bug")
	}
	fmt.Fprintf(stdio.Stderr, "%s: not found\n", req.Cmd[0])
	return 127, nil
}

func lineShell(ctx context.Context, req gateway.ExecRequest, stdio gateway.ExecIO) (int, error) {
	lines := make(chan string)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(stdio.Stdin)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return 0, ctx.Err()
		case sz := <-stdio.Resize:
			if req.TTY {
				fmt.Fprintf(stdio.Stdout, "size %dx%d\n", sz.Cols, sz.Rows)
			}
		case line, ok := <-lines:
			if !ok {
				return 0, nil
			}
			verb, arg, _ := strings.Cut(line, " ")
			switch verb {
			case "echo":
				fmt.Fprintln(stdio.Stdout, arg)
			case "err":
				fmt.Fprintln(stdio.Stderr, arg)
			case "exit":
				n, _ := strconv.Atoi(arg)
				return n, nil
			default:
				fmt.Fprintf(stdio.Stderr, "%s: not found\n", verb)
			}
		}
	}
}

func (f *fakeWorkloads) DialPort(ctx context.Context, lease uint64, port uint16) (net.Conn, error) {
	w, err := f.get(lease)
	if err != nil {
		return nil, err
	}
	addr, ok := w.ports[port]
	if !ok {
		return nil, fmt.Errorf("port %d: %w", port, gateway.ErrPortNotPublished)
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", addr)
}

func (f *fakeWorkloads) Status(_ context.Context, lease uint64) (gw.Status, error) {
	w, err := f.get(lease)
	if err != nil {
		return gw.Status{}, err
	}
	st := gw.Status{State: gw.StateRunning, Image: "idlegrid/test:1", StartedAt: w.startedAt,
		GPUs: []gw.GPUUsage{{Index: 0, Name: "SIM", UtilizationPct: 87, MemoryUsedBytes: 3 << 30, MemoryTotalBytes: 24 << 30}}}
	for p := range w.ports {
		st.Ports = append(st.Ports, gw.Port{Port: p, Protocol: "tcp"})
	}
	return st, nil
}

// echoServer is a TCP service inside a "container": it echoes what it reads, and after its client's end of
// stream writes "bye\n" and closes (so a half close is seen to travel both ways).
func echoServer(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				if _, err := io.Copy(c, c); err != nil && !errors.Is(err, net.ErrClosed) {
					return
				}
				c.Write([]byte("bye\n"))
			}()
		}
	}()
	return ln.Addr().String()
}

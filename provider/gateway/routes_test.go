package gateway_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"strings"
	"testing"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

func TestStatus(t *testing.T) {
	e := newEnv(t, nil)
	st, err := e.client(e.renter).Status(ctxT(t), leaseOpen)
	if err != nil {
		t.Fatal(err)
	}
	if st.Lease != leaseOpen || st.State != gw.StateRunning || st.Image != "idlegrid/test:1" {
		t.Fatalf("status %+v", st)
	}
	if st.UptimeSeconds != 90 {
		t.Fatalf("uptime %d s, want 90 (started 90 s before the node's clock)", st.UptimeSeconds)
	}
	if len(st.GPUs) != 1 || st.GPUs[0].UtilizationPct != 87 || st.GPUs[0].MemoryTotalBytes != 24<<30 {
		t.Fatalf("gpus %+v", st.GPUs)
	}
	if len(st.Ports) != 2 {
		t.Fatalf("ports %+v, want 8888 and 2222", st.Ports)
	}
	e.clock.Advance(10 * time.Second)
	if st, _ := e.client(e.renter).Status(ctxT(t), leaseOpen); st.UptimeSeconds != 100 {
		t.Fatalf("uptime %d s after 10 s more, want 100", st.UptimeSeconds)
	}
}

func TestLogs(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client(e.renter)

	t.Run("stdout and stderr apart", func(t *testing.T) {
		var out, errOut bytes.Buffer
		if err := c.Logs(ctxT(t), leaseOpen, gw.LogOptions{}, &out, &errOut); err != nil {
			t.Fatal(err)
		}
		if out.String() != "out 1\nout 2\nout 3\n" || errOut.String() != "err 1\n" {
			t.Fatalf("stdout %q, stderr %q", out.String(), errOut.String())
		}
	})
	t.Run("tail", func(t *testing.T) {
		var out bytes.Buffer
		if err := c.Logs(ctxT(t), leaseOpen, gw.LogOptions{Tail: 1}, &out, io.Discard); err != nil {
			t.Fatal(err)
		}
		if out.String() != "out 3\n" {
			t.Fatalf("tail 1: %q", out.String())
		}
	})
	t.Run("follow", func(t *testing.T) {
		ctx, cancel := context.WithCancel(ctxT(t))
		pr, pw := io.Pipe()
		done := make(chan error, 1)
		go func() {
			done <- c.Logs(ctx, leaseOpen, gw.LogOptions{Follow: true, Tail: 1}, pw, io.Discard)
			pw.Close()
		}()
		lines := bufio.NewScanner(pr)
		next := func() string {
			if !lines.Scan() {
				t.Fatalf("stream ended: %v", lines.Err())
			}
			return lines.Text()
		}
		if got := next(); got != "out 3" {
			t.Fatalf("first line %q", got)
		}
		for _, want := range []string{"later 1", "later 2"} {
			e.more <- want // the container writes while the renter follows
			if got := next(); got != want {
				t.Fatalf("followed %q, want %q", got, want)
			}
		}
		cancel()
		if err := <-done; err != context.Canceled {
			t.Fatalf("Logs after cancel: %v, want context.Canceled", err)
		}
	})
	t.Run("no workload", func(t *testing.T) {
		err := c.Logs(ctxT(t), leaseIdle, gw.LogOptions{}, io.Discard, io.Discard)
		if !gw.HasReason(err, gw.ReasonNoWorkload) {
			t.Fatalf("err = %v, want no_workload", err)
		}
	})
}

func TestShell(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client(e.renter)
	run := func(t *testing.T, req gw.ShellRequest) (int, string, string) {
		t.Helper()
		var out, errOut bytes.Buffer
		req.Stdout, req.Stderr = &out, &errOut
		code, err := c.Shell(ctxT(t), leaseOpen, req)
		if err != nil {
			t.Fatal(err)
		}
		return code, out.String(), errOut.String()
	}

	t.Run("one command", func(t *testing.T) {
		code, out, _ := run(t, gw.ShellRequest{Cmd: []string{"echo", "hello", "world"}})
		if code != 0 || out != "hello world\n" {
			t.Fatalf("code %d, out %q", code, out)
		}
	})
	t.Run("exit code", func(t *testing.T) {
		if code, _, _ := run(t, gw.ShellRequest{Cmd: []string{"exit", "3"}}); code != 3 {
			t.Fatalf("exit code %d, want 3", code)
		}
	})
	t.Run("stderr apart", func(t *testing.T) {
		code, out, errOut := run(t, gw.ShellRequest{Cmd: []string{"nosuch"}})
		if code != 127 || out != "" || errOut != "nosuch: not found\n" {
			t.Fatalf("code %d, out %q, err %q", code, out, errOut)
		}
	})
	t.Run("stdin to EOF", func(t *testing.T) {
		in := strings.Repeat("0123456789abcdef", 10_000) // 160 KB: several messages
		code, out, _ := run(t, gw.ShellRequest{Cmd: []string{"cat"}, Stdin: strings.NewReader(in)})
		if code != 0 || out != in {
			t.Fatalf("code %d, %d bytes back of %d", code, len(out), len(in))
		}
	})
	t.Run("large output", func(t *testing.T) {
		_, out, _ := run(t, gw.ShellRequest{Cmd: []string{"bytes", "1000000"}})
		if len(out) != 1_000_000 {
			t.Fatalf("%d bytes, want 1000000", len(out))
		}
	})
	t.Run("terminal size", func(t *testing.T) {
		_, out, _ := run(t, gw.ShellRequest{Cmd: []string{"size"}, TTY: true, Size: gw.TermSize{Cols: 132, Rows: 43}})
		if out != "size 132x43 tty=true\n" {
			t.Fatalf("out %q", out)
		}
	})
	t.Run("interactive with resize", func(t *testing.T) {
		stdinR, stdinW := io.Pipe()
		outR, outW := io.Pipe()
		resize := make(chan gw.TermSize)
		done := make(chan struct{})
		var code int
		var err error
		go func() {
			defer close(done)
			code, err = c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{TTY: true, Size: gw.TermSize{Cols: 80, Rows: 24},
				Stdin: stdinR, Stdout: outW, Resize: resize})
			outW.Close()
		}()
		lines := bufio.NewScanner(outR)
		expect := func(want string) {
			t.Helper()
			if !lines.Scan() || lines.Text() != want {
				t.Fatalf("got %q (%v), want %q", lines.Text(), lines.Err(), want)
			}
		}
		io.WriteString(stdinW, "echo first\n")
		expect("first")
		resize <- gw.TermSize{Cols: 100, Rows: 40}
		expect("size 100x40")
		io.WriteString(stdinW, "err to stderr\n") // a TTY merges stderr: no separate Stderr given
		expect("to stderr")
		io.WriteString(stdinW, "exit 7\n")
		<-done
		if err != nil || code != 7 {
			t.Fatalf("code %d, err %v; want 7", code, err)
		}
		stdinW.Close()
	})
	t.Run("no workload", func(t *testing.T) {
		_, err := c.Shell(ctxT(t), leaseIdle, gw.ShellRequest{Cmd: []string{"echo"}, Stdout: io.Discard})
		if !gw.HasReason(err, gw.ReasonNoWorkload) {
			t.Fatalf("err = %v, want no_workload", err)
		}
	})
}

// forwardLocal serves a forward of port on a fresh loopback listener and returns its address.
func forwardLocal(t testing.TB, c *gw.Client, lease uint64, port uint16) (string, func()) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- c.ServeForward(ctx, lease, ln, port) }()
	return ln.Addr().String(), func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("ServeForward: %v", err)
		}
	}
}

func TestForward(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client(e.renter)
	addr, stop := forwardLocal(t, c, leaseOpen, 8888)
	defer stop()

	t.Run("echo and half close", func(t *testing.T) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		msg := strings.Repeat("jupyter ", 20_000) // 160 KB, several messages each way
		go func() {
			conn.Write([]byte(msg))
			conn.(*net.TCPConn).CloseWrite() // our end of stream travels to the container's service...
		}()
		got, err := io.ReadAll(conn) // ...which answers "bye" after it, then closes: that travels back
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != msg+"bye\n" {
			t.Fatalf("got %d bytes, want the %d sent and bye", len(got), len(msg))
		}
	})
	t.Run("many connections, one token each time it is due", func(t *testing.T) {
		for i := range 5 {
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			conn.Write([]byte("ping\n"))
			line, err := bufio.NewReader(conn).ReadString('\n')
			conn.Close()
			if err != nil || line != "ping\n" {
				t.Fatalf("connection %d: %q, %v", i, line, err)
			}
			e.clock.Advance(2 * time.Minute) // tokens live 5 min: the client renews them as the forward goes on
		}
	})
	t.Run("unpublished port", func(t *testing.T) {
		err := c.Forward(ctxT(t), leaseOpen, "127.0.0.1:0", 9999)
		if !gw.HasReason(err, gw.ReasonPortNotPublished) {
			t.Fatalf("err = %v, want port_not_published", err)
		}
	})
	t.Run("Forward listens until cancelled", func(t *testing.T) {
		ctx, cancel := context.WithCancel(ctxT(t))
		probe, _ := net.Listen("tcp", "127.0.0.1:0")
		local := probe.Addr().String()
		probe.Close()
		done := make(chan error, 1)
		go func() { done <- c.Forward(ctx, leaseOpen, local, 2222) }()
		var conn net.Conn
		waitFor(t, "the forward to listen", func() bool {
			var err error
			conn, err = net.Dial("tcp", local)
			return err == nil
		})
		conn.Write([]byte("ssh?\n"))
		if line, _ := bufio.NewReader(conn).ReadString('\n'); line != "ssh?\n" {
			t.Fatalf("echo %q", line)
		}
		conn.Close()
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("Forward: %v", err)
		}
	})
}

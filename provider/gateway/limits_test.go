package gateway_test

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

// TestConnectionLimitPerLease: a lease holds at most MaxConnsPerLease sessions; the next is refused with
// 429 until one ends, and other leases are not affected.
func TestConnectionLimitPerLease(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.MaxConnsPerLease = 3 })
	tok := e.token(e.renter, leaseOpen, nil)
	var open []*websocket.Conn
	for i := range 3 {
		ws, _, err := e.wsDial(ctxT(t), leaseOpen, gw.RouteForward, url.Values{gw.ParamPort: {"8888"}}, tok)
		if err != nil {
			t.Fatalf("forward %d: %v", i, err)
		}
		open = append(open, ws)
	}
	status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, bearer(tok))
	if status != http.StatusTooManyRequests || refusal.Code != gw.ReasonTooMany {
		t.Fatalf("fourth connection: %d %+v, want 429 too_many_connections", status, refusal)
	}
	// Another renter's lease on the same node is unaffected.
	if _, err := e.client(e.other).Status(ctxT(t), leaseOther); err != nil {
		t.Fatalf("another lease: %v", err)
	}
	open[0].Close(websocket.StatusNormalClosure, "")
	waitFor(t, "a slot to free", func() bool {
		status, _ := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, bearer(tok))
		return status == http.StatusOK
	})
	for _, ws := range open[1:] {
		ws.CloseNow()
	}
	waitFor(t, "the sessions gauge to drop to zero", func() bool {
		return metricValue(t, e, "idlegrid_gateway_connections", "route", gw.RouteForward) == 0
	})
}

// TestNodeWideLimit: MaxConns bounds everything in progress, authorised or not.
func TestNodeWideLimit(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.MaxConns, c.MaxConnsPerLease = 2, 2 })
	ws1, _, err := e.wsDial(ctxT(t), leaseOpen, gw.RouteForward, url.Values{gw.ParamPort: {"8888"}}, e.token(e.renter, leaseOpen, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer ws1.CloseNow()
	ws2, _, err := e.wsDial(ctxT(t), leaseOther, gw.RouteForward, url.Values{gw.ParamPort: {"8888"}}, e.token(e.other, leaseOther, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer ws2.CloseNow()
	status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, nil)
	if status != http.StatusTooManyRequests || refusal.Code != gw.ReasonTooMany {
		t.Fatalf("third connection: %d %+v", status, refusal)
	}
}

// TestMessageTooBig: a stdin or forward message over MaxMessageBytes closes that session with 1009, and the
// node goes on serving.
func TestMessageTooBig(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.MaxMessageBytes = 64 << 10 })
	tok := e.token(e.renter, leaseOpen, nil)
	for route, q := range map[string]url.Values{
		gw.RouteShell:   {gw.ParamCmd: {"cat"}},
		gw.RouteForward: {gw.ParamPort: {"8888"}},
	} {
		t.Run(route, func(t *testing.T) {
			ws, _, err := e.wsDial(ctxT(t), leaseOpen, route, q, tok)
			if err != nil {
				t.Fatal(err)
			}
			defer ws.CloseNow()
			ws.SetReadLimit(-1) // cat echoes what the server streamed to it before the limit hit
			ws.Write(ctxT(t), websocket.MessageBinary, make([]byte, 64<<10+1))
			for {
				_, _, err := ws.Read(ctxT(t))
				if err != nil {
					if got := websocket.CloseStatus(err); got != websocket.StatusMessageTooBig {
						t.Fatalf("closed with %v (%v), want 1009 message too big", got, err)
					}
					break
				}
			}
		})
	}
	if _, err := e.client(e.renter).Status(ctxT(t), leaseOpen); err != nil {
		t.Fatalf("after the oversized messages: %v", err)
	}
}

// TestIdleTimeout: a shell or forward that moves no byte for IdleTimeout is closed with the reason.
func TestIdleTimeout(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.IdleTimeout = 300 * time.Millisecond })
	c := e.client(e.renter)

	t.Run("shell", func(t *testing.T) {
		stdinR, stdinW := io.Pipe() // stdin that never ends and never sends
		defer stdinW.Close()
		_, err := c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"sleep"}, Stdin: stdinR, Stdout: io.Discard})
		if !gw.HasReason(err, gw.ReasonIdleTimeout) {
			t.Fatalf("err = %v, want idle_timeout", err)
		}
	})
	t.Run("forward", func(t *testing.T) {
		addr, stop := forwardLocal(t, c, leaseOpen, 8888)
		defer stop()
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		conn.Write([]byte("hi\n"))
		if line, _ := bufio.NewReader(conn).ReadString('\n'); line != "hi\n" {
			t.Fatalf("echo %q", line)
		}
		conn.SetReadDeadline(time.Now().Add(10 * time.Second))
		start := time.Now()
		if _, err := conn.Read(make([]byte, 1)); err == nil {
			t.Fatal("read data from an idle forward")
		} else if errors.Is(err, context.DeadlineExceeded) || isTimeout(err) {
			t.Fatal("the idle forward was not closed")
		}
		if waited := time.Since(start); waited < 200*time.Millisecond {
			t.Fatalf("closed after %s, before the idle timeout", waited)
		}
	})
	t.Run("traffic keeps it open", func(t *testing.T) {
		addr, stop := forwardLocal(t, c, leaseOpen, 8888)
		defer stop()
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close()
		rd := bufio.NewReader(conn)
		for i := range 8 { // 8 × 100 ms: well past the 300 ms timeout in all
			fmt.Fprintf(conn, "tick %d\n", i)
			if line, err := rd.ReadString('\n'); err != nil || line != fmt.Sprintf("tick %d\n", i) {
				t.Fatalf("tick %d: %q, %v", i, line, err)
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}

// TestLeaseEndsDuringSession: sessions do not outlive the lease. Closing it on chain, or its prepaid time
// running out, ends every session within LeaseRecheck, with the reason.
func TestLeaseEndsDuringSession(t *testing.T) {
	for _, end := range []struct {
		name   string
		mutate func(*env, *gateway.Lease)
		want   gw.Reason
	}{
		{"closed", func(_ *env, l *gateway.Lease) { l.Open = false }, gw.ReasonLeaseClosed},
		{"out of time", func(e *env, l *gateway.Lease) { l.EndsAt = e.clock.Now() }, gw.ReasonLeaseEnded},
	} {
		t.Run(end.name, func(t *testing.T) {
			e := newEnv(t, nil)
			c := e.client(e.renter)
			shellErr := make(chan error, 1)
			stdinR, stdinW := io.Pipe()
			defer stdinW.Close()
			go func() {
				_, err := c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"sleep"}, Stdin: stdinR, Stdout: io.Discard})
				shellErr <- err
			}()
			logsErr := make(chan error, 1)
			go func() { logsErr <- c.Logs(ctxT(t), leaseOpen, gw.LogOptions{Follow: true}, io.Discard, io.Discard) }()
			addr, stop := forwardLocal(t, c, leaseOpen, 8888)
			defer stop()
			conn, err := net.Dial("tcp", addr)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close()
			conn.Write([]byte("before\n"))
			rd := bufio.NewReader(conn)
			if line, _ := rd.ReadString('\n'); line != "before\n" {
				t.Fatalf("echo %q", line)
			}
			waitFor(t, "three sessions", func() bool {
				return metricValue(t, e, "idlegrid_gateway_connections", "route", gw.RouteShell) == 1 &&
					metricValue(t, e, "idlegrid_gateway_connections", "route", gw.RouteLogs) == 1
			})

			e.leases.update(leaseOpen, func(l *gateway.Lease) { end.mutate(e, l) })

			for name, ch := range map[string]chan error{"shell": shellErr, "logs": logsErr} {
				select {
				case err := <-ch:
					if !gw.HasReason(err, end.want) {
						t.Fatalf("%s ended with %v, want %s", name, err, end.want)
					}
				case <-time.After(5 * time.Second):
					t.Fatalf("%s still running after the lease ended", name)
				}
			}
			conn.SetReadDeadline(time.Now().Add(5 * time.Second))
			if _, err := rd.ReadString('\n'); err == nil || isTimeout(err) {
				t.Fatalf("forward still open after the lease ended: %v", err)
			}
		})
	}
}

// TestBadInput: malformed requests get a 400 naming the parameter (or the route's own refusal), and
// nothing reaches the workload; the node keeps serving.
func TestBadInput(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.MaxCmdBytes = 1024 })
	tok := e.token(e.renter, leaseOpen, nil)
	long := strings.Repeat("a", 1025)
	cases := []struct {
		name, path string
		q          url.Values
		param      string
	}{
		{"lease not a number", gw.PathPrefix + "abc/status", nil, "lease"},
		{"lease zero", gw.PathPrefix + "0/status", nil, "lease"},
		{"lease overflows", gw.PathPrefix + "18446744073709551616/status", nil, "lease"},
		{"follow", gw.Path(leaseOpen, gw.RouteLogs), url.Values{gw.ParamFollow: {"yes"}}, gw.ParamFollow},
		{"tail negative", gw.Path(leaseOpen, gw.RouteLogs), url.Values{gw.ParamTail: {"-1"}}, gw.ParamTail},
		{"tail huge", gw.Path(leaseOpen, gw.RouteLogs), url.Values{gw.ParamTail: {"100000000"}}, gw.ParamTail},
		{"port zero", gw.Path(leaseOpen, gw.RouteForward), url.Values{gw.ParamPort: {"0"}}, gw.ParamPort},
		{"port too big", gw.Path(leaseOpen, gw.RouteForward), url.Values{gw.ParamPort: {"65536"}}, gw.ParamPort},
		{"port missing", gw.Path(leaseOpen, gw.RouteForward), nil, gw.ParamPort},
		{"cmd with NUL", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamCmd: {"echo", "a\x00b"}}, gw.ParamCmd},
		{"cmd too long", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamCmd: {"echo", long}}, gw.ParamCmd},
		{"cmd empty program", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamCmd: {""}}, gw.ParamCmd},
		{"size without tty", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamCols: {"80"}, gw.ParamRows: {"24"}}, gw.ParamCols},
		{"cols without rows", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamTTY: {"1"}, gw.ParamCols: {"80"}}, gw.ParamCols},
		{"rows zero", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamTTY: {"1"}, gw.ParamCols: {"80"}, gw.ParamRows: {"0"}}, gw.ParamRows},
		{"tty", gw.Path(leaseOpen, gw.RouteShell), url.Values{gw.ParamTTY: {"maybe"}}, gw.ParamTTY},
	}
	before := e.work.calls.Load()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			status, refusal := e.raw(c.path, c.q, bearer(tok))
			if status != http.StatusBadRequest || refusal.Code != gw.ReasonInvalidParameter || refusal.Parameter != c.param {
				t.Fatalf("got %d %+v, want 400 naming %q", status, refusal, c.param)
			}
		})
	}
	if n := e.work.calls.Load() - before; n != 0 {
		t.Fatalf("%d Workloads calls for bad requests", n)
	}
	t.Run("unknown route", func(t *testing.T) {
		status, refusal := e.raw("/v1/leases/1/rm-rf", nil, bearer(tok))
		if status != http.StatusNotFound || refusal.Code != gw.ReasonNotFound {
			t.Fatalf("got %d %+v", status, refusal)
		}
	})
	t.Run("wrong method", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodPost, "https://"+e.srv.Addr()+gw.Path(leaseOpen, gw.RouteStatus), strings.NewReader("x"))
		req.Header = bearer(tok)
		resp, err := e.httpClient().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("POST: %d", resp.StatusCode)
		}
	})
	t.Run("huge header", func(t *testing.T) {
		req, _ := http.NewRequest(http.MethodGet, "https://"+e.srv.Addr()+gw.Path(leaseOpen, gw.RouteStatus), nil)
		req.Header.Set("Authorization", "Bearer "+strings.Repeat("A", 64<<10))
		resp, err := e.httpClient().Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
				t.Fatalf("64 KiB header: %d", resp.StatusCode)
			}
		}
	})
	t.Run("oversized token", func(t *testing.T) {
		status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, bearer(strings.Repeat("A", 4096)))
		if status != 401 || refusal.Code != gw.ReasonMalformedToken {
			t.Fatalf("got %d %+v", status, refusal)
		}
	})
	t.Run("bad shell messages", func(t *testing.T) {
		for _, msg := range []string{"not json", `{"type":"resize"}`, `{"type":"exit","code":0}`, `{"type":"launch"}`,
			strings.Repeat(" ", gw.MaxControlBytes+1)} {
			ws, _, err := e.wsDial(ctxT(t), leaseOpen, gw.RouteShell, nil, tok)
			if err != nil {
				t.Fatal(err)
			}
			ws.Write(ctxT(t), websocket.MessageText, []byte(msg))
			var end *gw.ShellMessage
			for end == nil {
				typ, p, err := ws.Read(ctxT(t))
				if err != nil {
					t.Fatalf("%q: connection ended without an error message: %v", msg, err)
				}
				if typ == websocket.MessageText {
					m, err := gw.ParseShellMessage(p)
					if err != nil {
						t.Fatal(err)
					}
					end = &m
				}
			}
			if end.Type != gw.ShellError || end.Error.Code != gw.ReasonInvalidParameter {
				t.Fatalf("%q: ended with %+v, want an invalid_parameter error", msg, end)
			}
			ws.CloseNow()
		}
	})
	t.Run("text in a forward", func(t *testing.T) {
		ws, _, err := e.wsDial(ctxT(t), leaseOpen, gw.RouteForward, url.Values{gw.ParamPort: {"8888"}}, tok)
		if err != nil {
			t.Fatal(err)
		}
		defer ws.CloseNow()
		ws.Write(ctxT(t), websocket.MessageText, []byte("hello"))
		for {
			if _, _, err := ws.Read(ctxT(t)); err != nil {
				if websocket.CloseStatus(err) != websocket.StatusProtocolError {
					t.Fatalf("closed with %v, want 1002 protocol error", err)
				}
				break
			}
		}
	})
	t.Run("not a websocket", func(t *testing.T) { // a plain GET on a WebSocket route: refused, not hung
		req, _ := http.NewRequest(http.MethodGet, "https://"+e.srv.Addr()+gw.Path(leaseOpen, gw.RouteShell), nil)
		req.Header = bearer(tok)
		resp, err := e.httpClient().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode/100 != 4 {
			t.Fatalf("plain GET on shell: %d", resp.StatusCode)
		}
	})
	t.Run("foreign origin", func(t *testing.T) { // a web page elsewhere cannot drive the renter's browser
		tr := &http.Transport{TLSClientConfig: gw.ClientTLSConfig(e.node.Address(), e.clock.Now)}
		defer tr.CloseIdleConnections()
		u := url.URL{Scheme: "wss", Host: e.srv.Addr(), Path: gw.Path(leaseOpen, gw.RouteShell)}
		_, resp, err := websocket.Dial(ctxT(t), u.String(), &websocket.DialOptions{HTTPClient: &http.Client{Transport: tr},
			HTTPHeader: http.Header{"Authorization": {"Bearer " + tok}, "Origin": {"https://evil.example"}}})
		if err == nil || resp == nil || resp.StatusCode != http.StatusForbidden {
			t.Fatalf("foreign origin: %v", err)
		}
	})
	t.Run("garbage TLS and plaintext", func(t *testing.T) {
		conn, err := net.Dial("tcp", e.srv.Addr())
		if err != nil {
			t.Fatal(err)
		}
		conn.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n\r\n"))
		conn.Close()
		tconn, err := tls.Dial("tcp", e.srv.Addr(), &tls.Config{InsecureSkipVerify: true, MaxVersion: tls.VersionTLS12})
		if err == nil {
			tconn.Close()
			t.Fatal("TLS 1.2 accepted")
		}
	})
	if _, err := e.client(e.renter).Status(ctxT(t), leaseOpen); err != nil {
		t.Fatalf("the node stopped serving after bad input: %v", err)
	}
}

// TestWorkloadPanics: a panicking Workloads implementation fails its own request, not the node.
func TestWorkloadPanics(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client(e.renter)
	if _, err := c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"panic"}, Stdout: io.Discard}); err == nil {
		t.Fatal("a panicking exec reported success")
	}
	if code, err := c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"exit", "0"}, Stdout: io.Discard}); err != nil || code != 0 {
		t.Fatalf("after the panic: %d, %v", code, err)
	}
}

// TestAuthFailureRateLimit: an address that keeps failing is refused before its tokens are checked, then
// allowed again once its bucket refills; renters elsewhere are not affected.
func TestAuthFailureRateLimit(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.AuthFailuresPerSecond, c.AuthFailureBurst = 5, 3 })
	bad := bearer(e.token(e.other, leaseOpen, nil)) // well formed, validly signed, not the renter
	for i := range 3 {
		if status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, bad); status != 403 {
			t.Fatalf("failure %d: %d %+v", i, status, refusal)
		}
	}
	status, refusal := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, bad)
	if status != http.StatusTooManyRequests || refusal.Code != gw.ReasonRateLimited {
		t.Fatalf("fourth failure in a burst of 3: %d %+v, want 429 rate_limited", status, refusal)
	}
	if got := metricValue(t, e, "idlegrid_gateway_auth_failures_total", "reason", string(gw.ReasonRateLimited)); got != 1 {
		t.Fatalf("rate_limited counted %v times", got)
	}
	waitFor(t, "the bucket to refill", func() bool {
		status, _ := e.raw(gw.Path(leaseOpen, gw.RouteStatus), nil, bearer(e.token(e.renter, leaseOpen, nil)))
		return status == http.StatusOK
	})
}

// TestUnansweredPing: a peer that stops answering pings (its process hangs, its network drops) is
// disconnected after one PingInterval without a pong, without waiting on a close handshake it cannot do.
func TestUnansweredPing(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.PingInterval = 200 * time.Millisecond })
	ws, _, err := e.wsDial(ctxT(t), leaseOpen, gw.RouteForward, url.Values{gw.ParamPort: {"8888"}}, e.token(e.renter, leaseOpen, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	// Nobody reads ws, so nothing answers the node's pings.
	waitFor(t, "the node to drop the silent peer", func() bool {
		return metricValue(t, e, "idlegrid_gateway_connections", "route", gw.RouteForward) == 0
	})
	if _, _, err := ws.Read(ctxT(t)); err == nil {
		t.Fatal("read a message after the drop")
	}
}

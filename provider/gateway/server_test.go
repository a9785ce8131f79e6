package gateway_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/x509"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

// TestConcurrentSessions runs many renters' sessions on many leases at once (meant for -race): every one
// gets its own output, nobody sees another's, and every gauge returns to zero.
func TestConcurrentSessions(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.MaxConnsPerLease = 64 })
	const leases = 6
	type lease struct {
		id     uint64
		client *gw.Client
		fwd    string
	}
	var ls []lease
	for i := range leases {
		id := uint64(100 + i)
		renter := newSigner(t)
		e.leases.set(id, gateway.Lease{Renter: renter.Address(), Provider: e.node.Address(), Open: true, EndsAt: e.clock.Now().Add(time.Hour)})
		e.work.add(id, &workload{stdout: []string{fmt.Sprintf("lease %d says hi", id)}, ports: map[uint16]string{8888: echoServer(t)}})
		c := e.client(renter)
		addr, stop := forwardLocal(t, c, id, 8888)
		t.Cleanup(stop)
		ls = append(ls, lease{id: id, client: c, fwd: addr})
	}
	var wg sync.WaitGroup
	errs := make(chan error, leases*4*5)
	for _, l := range ls {
		for round := range 5 {
			wg.Add(4)
			go func() {
				defer wg.Done()
				st, err := l.client.Status(ctxT(t), l.id)
				if err == nil && st.Lease != l.id {
					err = fmt.Errorf("lease %d: status of lease %d", l.id, st.Lease)
				}
				errs <- err
			}()
			go func() {
				defer wg.Done()
				var out bytes.Buffer
				err := l.client.Logs(ctxT(t), l.id, gw.LogOptions{}, &out, io.Discard)
				if want := fmt.Sprintf("lease %d says hi\n", l.id); err == nil && out.String() != want {
					err = fmt.Errorf("lease %d: logs %q", l.id, out.String())
				}
				errs <- err
			}()
			go func() {
				defer wg.Done()
				var out bytes.Buffer
				word := fmt.Sprintf("l%d-r%d", l.id, round)
				in := strings.NewReader(strings.Repeat(word+"\n", 200))
				code, err := l.client.Shell(ctxT(t), l.id, gw.ShellRequest{Cmd: []string{"cat"}, Stdin: in, Stdout: &out})
				if err == nil && (code != 0 || out.String() != strings.Repeat(word+"\n", 200)) {
					err = fmt.Errorf("lease %d: shell %d, %d bytes", l.id, code, out.Len())
				}
				errs <- err
			}()
			go func() {
				defer wg.Done()
				conn, err := net.Dial("tcp", l.fwd)
				if err != nil {
					errs <- err
					return
				}
				defer conn.Close()
				word := fmt.Sprintf("fwd l%d r%d\n", l.id, round)
				conn.Write([]byte(word))
				line, err := bufio.NewReader(conn).ReadString('\n')
				if err == nil && line != word {
					err = fmt.Errorf("lease %d: forward echoed %q", l.id, line)
				}
				errs <- err
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	for _, route := range []string{gw.RouteStatus, gw.RouteLogs, gw.RouteShell} {
		waitFor(t, route+" gauge at zero", func() bool { return metricValue(t, e, "idlegrid_gateway_connections", "route", route) == 0 })
	}
	if in, out := metricValue(t, e, "idlegrid_gateway_bytes_total", "route", gw.RouteShell, "direction", "in"),
		metricValue(t, e, "idlegrid_gateway_bytes_total", "route", gw.RouteShell, "direction", "out"); in == 0 || in != out {
		t.Errorf("shell bytes in %v, out %v: cat echoes, so both positive and equal", in, out)
	}
	if n := metricValue(t, e, "idlegrid_gateway_requests_total", "route", gw.RouteShell, "code", "101"); n != leases*5 {
		t.Errorf("shell requests with code 101: %v, want %d", n, leases*5)
	}
}

// TestClose: Close ends every session in progress (shell, followed logs, forward), returns promptly, and
// leaves no Workloads call running (newEnv's cleanup checks that).
func TestClose(t *testing.T) {
	e := newEnv(t, nil)
	c := e.client(e.renter)
	stdinR, stdinW := io.Pipe()
	defer stdinW.Close()
	shell := make(chan error, 1)
	go func() {
		_, err := c.Shell(ctxT(t), leaseOpen, gw.ShellRequest{Cmd: []string{"sleep"}, Stdin: stdinR, Stdout: io.Discard})
		shell <- err
	}()
	logs := make(chan error, 1)
	go func() { logs <- c.Logs(ctxT(t), leaseOpen, gw.LogOptions{Follow: true}, io.Discard, io.Discard) }()
	addr, stop := forwardLocal(t, c, leaseOpen, 8888)
	defer stop()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	conn.Write([]byte("x\n"))
	rd := bufio.NewReader(conn)
	rd.ReadString('\n')
	waitFor(t, "the sessions", func() bool { return e.work.live.Load() == 2 }) // exec and logs

	start := time.Now()
	if err := e.srv.Close(); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 8*time.Second {
		t.Fatalf("Close took %s", took)
	}
	for name, ch := range map[string]chan error{"shell": shell, "logs": logs} {
		select {
		case err := <-ch:
			if err == nil {
				t.Errorf("%s ended without an error when the node closed", name)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s still running after Close", name)
		}
	}
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	if _, err := rd.ReadString('\n'); err == nil || isTimeout(err) {
		t.Fatalf("forward open after Close: %v", err)
	}
	if e.srv.Healthy() == nil {
		t.Fatal("healthy after Close")
	}
	if err := e.srv.Start(context.Background()); err == nil {
		t.Fatal("started again after Close")
	}
}

// TestCertificateRotation: the node serves a new certificate once half the validity has passed; clients
// accept both, bound to the same node key.
func TestCertificateRotation(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.CertValidity = time.Hour })
	first := fetchCertificate(t, e.srv.Addr())
	e.clock.Advance(20 * time.Minute)
	if again := fetchCertificate(t, e.srv.Addr()); !bytes.Equal(again.Certificate[0], first.Certificate[0]) {
		t.Fatal("rotated before half the validity")
	}
	e.clock.Advance(11 * time.Minute)
	second := fetchCertificate(t, e.srv.Addr())
	if bytes.Equal(second.Certificate[0], first.Certificate[0]) {
		t.Fatal("not rotated after half the validity")
	}
	for i, der := range [][]byte{first.Certificate[0], second.Certificate[0]} {
		if err := gw.VerifyNodeCertificate([][]byte{der}, e.node.Address(), e.clock.Now()); err != nil {
			t.Fatalf("certificate %d: %v", i, err)
		}
		cert, _ := x509.ParseCertificate(der)
		if cert.NotAfter.Sub(cert.NotBefore) > time.Hour+5*time.Minute {
			t.Fatalf("certificate %d valid %s", i, cert.NotAfter.Sub(cert.NotBefore))
		}
	}
	if _, err := e.client(e.renter).Status(ctxT(t), leaseOpen); err != nil {
		t.Fatalf("after rotation: %v", err)
	}
}

func TestNewRejects(t *testing.T) {
	node := newSigner(t)
	leases, work := &fakeLeases{leases: map[uint64]gateway.Lease{}}, newFakeWorkloads()
	good := gateway.Deps{Node: node, Domain: domain, Leases: leases, Workloads: work, Log: zerolog.Nop()}
	if _, err := gateway.New(testConfig(), good); err != nil {
		t.Fatal(err)
	}
	configs := map[string]func(*gateway.Config){
		"no listen":             func(c *gateway.Config) { c.Listen = "" },
		"listen without port":   func(c *gateway.Config) { c.Listen = "127.0.0.1" },
		"token lifetime":        func(c *gateway.Config) { c.MaxTokenLifetime = time.Hour },
		"skew":                  func(c *gateway.Config) { c.ClockSkew = -time.Second },
		"conns":                 func(c *gateway.Config) { c.MaxConns = 0 },
		"per lease over total":  func(c *gateway.Config) { c.MaxConnsPerLease = c.MaxConns + 1 },
		"message below a frame": func(c *gateway.Config) { c.MaxMessageBytes = 1024 },
		"cmd bytes":             func(c *gateway.Config) { c.MaxCmdBytes = 10 },
		"idle":                  func(c *gateway.Config) { c.IdleTimeout = 0 },
		"ping":                  func(c *gateway.Config) { c.PingInterval = 0 },
		"recheck":               func(c *gateway.Config) { c.LeaseRecheck = 0 },
		"cert validity":         func(c *gateway.Config) { c.CertValidity = 365 * 24 * time.Hour },
		"request timeout":       func(c *gateway.Config) { c.RequestTimeout = 0 },
		"log tail":              func(c *gateway.Config) { c.MaxLogTail = 0 },
	}
	for name, mutate := range configs {
		cfg := testConfig()
		mutate(&cfg)
		if _, err := gateway.New(cfg, good); err == nil {
			t.Errorf("config %s: accepted", name)
		}
	}
	deps := map[string]func(*gateway.Deps){
		"no node":      func(d *gateway.Deps) { d.Node = nil },
		"no leases":    func(d *gateway.Deps) { d.Leases = nil },
		"no workloads": func(d *gateway.Deps) { d.Workloads = nil },
		"quote domain": func(d *gateway.Deps) { d.Domain = oracle.QuoteDomain(chainID, escrow) },
		"no chain id":  func(d *gateway.Deps) { d.Domain = oracle.GatewayDomain(nil, escrow) },
		"no escrow":    func(d *gateway.Deps) { d.Domain.VerifyingContract = [20]byte{} },
	}
	for name, mutate := range deps {
		d := good
		mutate(&d)
		if _, err := gateway.New(testConfig(), d); err == nil {
			t.Errorf("deps %s: accepted", name)
		}
	}
}

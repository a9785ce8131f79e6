package gateway_test

import (
	"io"
	"net"
	"testing"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// BenchmarkForwardThroughput moves 1 MiB round trips through a port forward (client → TLS WebSocket →
// gateway → container service and back) and, as the baseline of the same run, straight to the service.
// The ratio of the two MB/s figures is the gateway's cost.
func BenchmarkForwardThroughput(b *testing.B) {
	const chunk = 1 << 20
	payload := make([]byte, chunk)
	run := func(b *testing.B, addr string) {
		conn, err := net.Dial("tcp", addr)
		if err != nil {
			b.Fatal(err)
		}
		defer conn.Close()
		buf := make([]byte, chunk)
		b.SetBytes(2 * chunk)
		b.ResetTimer()
		for range b.N {
			go conn.Write(payload)
			if _, err := io.ReadFull(conn, buf); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.Run("direct", func(b *testing.B) { run(b, echoServer(b)) })
	b.Run("gateway", func(b *testing.B) {
		e := newEnv(b, nil)
		addr, stop := forwardLocal(b, e.client(e.renter), leaseOpen, 8888)
		defer stop()
		run(b, addr)
	})
}

// BenchmarkStatusRequest is one status request end to end over a kept-alive TLS connection (token check,
// lease lookup, workload status, JSON), with the token check alone as the baseline of the same run.
func BenchmarkStatusRequest(b *testing.B) {
	e := newEnv(b, nil)
	c := e.client(e.renter)
	b.Run("status request", func(b *testing.B) {
		for range b.N {
			if _, err := c.Status(b.Context(), leaseOpen); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("token verify alone", func(b *testing.B) {
		tok, err := gw.ParseToken(e.token(e.renter, leaseOpen, nil))
		if err != nil {
			b.Fatal(err)
		}
		policy := gw.Policy{Domain: domain, Provider: e.node.Address(), MaxLifetime: gw.MaxTokenLifetime}
		now := e.clock.Now()
		b.ResetTimer()
		for range b.N {
			if err := tok.Verify(policy, now); err != nil {
				b.Fatal(err)
			}
		}
	})
}

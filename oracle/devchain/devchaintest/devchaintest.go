// Package devchaintest helps tests run the embedded dev chain: loopback ports that are free and distinct.
package devchaintest

import (
	"net"
	"testing"
)

// Ports returns n distinct free TCP ports on 127.0.0.1. All n listeners are held open together before they
// close, so the ports differ (two separate probes can be handed the same port back).
func Ports(tb testing.TB, n int) []int {
	tb.Helper()
	ports := make([]int, n)
	listeners := make([]net.Listener, n)
	for i := range listeners {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatalf("devchaintest: listen: %v", err)
		}
		listeners[i] = l
		ports[i] = l.Addr().(*net.TCPAddr).Port
	}
	for _, l := range listeners {
		l.Close()
	}
	return ports
}

// HTTPAndWS returns two distinct free ports, for a chain's HTTP and WebSocket servers.
func HTTPAndWS(tb testing.TB) (httpPort, wsPort int) {
	tb.Helper()
	p := Ports(tb, 2)
	return p[0], p[1]
}

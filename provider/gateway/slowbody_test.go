package gateway_test

import (
	"bufio"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"net/http"
	"testing"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

// TestSlowJobBodyIsCutOff: POST /v1/jobs takes no token, so a stranger could send its headers and trickle (or
// withhold) the body, holding a handler and a connection for as long as it likes, one more every second from
// each address. The body of a pushed spec must arrive within RequestTimeout.
func TestSlowJobBodyIsCutOff(t *testing.T) {
	e := newEnv(t, func(c *gateway.Config) { c.RequestTimeout = 300 * time.Millisecond })
	conn, err := tls.Dial("tcp", e.srv.Addr(), gw.ClientTLSConfig(e.node.Address(), e.clock.Now))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: node\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{", gw.JobsPath)
	conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // far past RequestTimeout: only a hung handler reaches it
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatal("the node still waits for the spec's body 20 s later")
	}
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode/100 == 2 {
			t.Fatalf("status %d for a body that never came", resp.StatusCode)
		}
	}
}

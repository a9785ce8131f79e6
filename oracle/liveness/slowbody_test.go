package liveness_test

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// TestSlowBodyIsCutOff: the echo is public (on the provider node's listener, whose server has no read timeout:
// it also carries long sessions), so a request's body must arrive within BodyWait; a client that sends the
// headers and withholds the body does not hold the handler and its connection for ever.
func TestSlowBodyIsCutOff(t *testing.T) {
	srv := newNode(t, liveness.HandlerConfig{BodyWait: 300 * time.Millisecond}).srv
	conn, err := net.Dial("tcp", strings.TrimPrefix(srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST %s HTTP/1.1\r\nHost: node\r\nContent-Type: application/json\r\nContent-Length: 2048\r\n\r\n{", liveness.EchoPath)
	conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // far past BodyWait: only a hung handler reaches it
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		t.Fatal("the node still waits for the body 20 s later")
	}
	if err == nil {
		resp.Body.Close()
		if resp.StatusCode == http.StatusOK {
			t.Fatalf("status %d for a body that never came", resp.StatusCode)
		}
	}
}

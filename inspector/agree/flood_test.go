package agree_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

// TestUnsignedFloodDoesNotStarvePeers: the global limit counts messages before their signatures are checked, so
// a stranger who floods it from one address could keep the signer set from reaching the node (a provider
// silencing the inspectors who would attest its breach). One address gets only a share of the global budget.
func TestUnsignedFloodDoesNotStarvePeers(t *testing.T) {
	cfg := fastConfig()
	cfg.GlobalRate, cfg.GlobalBurst = 0.001, 40 // no refill within the test: the burst is the whole budget
	c := newCluster(t, 3, 2, cfg, false)
	victim := c.members[0]
	h := victim.node.Handler()
	send := func(from string, body []byte) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodPost, agree.Path+agree.TypeObserve, bytes.NewReader(body))
		r.RemoteAddr = from
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w
	}
	refused := 0
	for i := 0; i < 2*cfg.GlobalBurst; i++ {
		if w := send("203.0.113.66:4000", []byte(fmt.Sprintf(`{"junk":%d}`, i))); w.Code == http.StatusTooManyRequests {
			refused++
		}
	}
	if refused == 0 {
		t.Fatalf("%d junk messages from one address, none refused for rate", 2*cfg.GlobalBurst)
	}
	insider := keys.NewSigner(c.members[1].key)
	d := agree.Decision{Kind: oracle.KindBreach, Subject: lease(1)}
	body, _ := json.Marshal(envelope(t, insider, agree.TypeObserve, addrOf(victim.key), time.Now(), d))
	if w := send("198.51.100.2:4000", body); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `"type":"observation"`) {
		t.Fatalf("a signer after a stranger's flood: %d %s", w.Code, w.Body.String())
	}
}

// TestSlowBodyIsCutOff: a client that sends a message's headers and then trickles (or withholds) its body does
// not hold the handler, its goroutine and its connection for ever: the body must arrive within RequestTimeout.
func TestSlowBodyIsCutOff(t *testing.T) {
	cfg := fastConfig()
	cfg.RequestTimeout = 300 * time.Millisecond
	c := newCluster(t, 3, 2, cfg, false)
	conn, err := net.Dial("tcp", strings.TrimPrefix(c.members[0].srv.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprintf(conn, "POST %s%s HTTP/1.1\r\nHost: peer\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n{", agree.Path, agree.TypeObserve)
	conn.SetReadDeadline(time.Now().Add(20 * time.Second)) // far past RequestTimeout: only a hung handler reaches it
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

package proofsession

import (
	"crypto/sha256"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// TestStrangersCannotHoldSessions: the session endpoint upgrades any client before it can tell an inspector
// (pings come first, to measure the round trip), and each connection holds two 64 KiB buffers and a goroutine.
// A connection that brings no accepted challenge is closed after AuthWait, and at most MaxConns are open at
// once: a stranger opening connections and saying nothing must not grow the provider node without bound.
func TestStrangersCannotHoldSessions(t *testing.T) {
	provider := keys.NewSigner(key(t))
	gpus := []GPU{{UUID: "GPU-aaaa", Prover: proof.NewProver(proof.CPU{Workers: 1}, 1, zerolog.Nop())}}
	srv, err := NewServer(ServerConfig{Signer: provider, Machine: common.Hash(sha256.Sum256([]byte("rig-1"))), GPUs: gpus,
		Authorizer: inspectors{}, AuthWait: 300 * time.Millisecond, MaxConns: 2}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	url := "ws" + strings.TrimPrefix(hs.URL, "http")
	var idle []*websocket.Conn
	for range 2 {
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		idle = append(idle, c)
	}
	if c, resp, err := websocket.DefaultDialer.Dial(url, nil); err == nil {
		c.Close()
		t.Error("a third session was upgraded past MaxConns 2")
	} else if resp == nil || resp.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a third session: %v, want 503", err)
	}
	// The silent ones are closed by the server, well before the 20 s a hung handler would reach.
	for i, c := range idle {
		c.SetReadDeadline(time.Now().Add(20 * time.Second))
		_, _, err := c.ReadMessage()
		if ne, ok := err.(interface{ Timeout() bool }); ok && ne.Timeout() {
			t.Fatalf("silent session %d still open after 20 s", i)
		}
	}
	// Their slots are free again.
	deadline := time.Now().Add(10 * time.Second)
	for {
		c, _, err := websocket.DefaultDialer.Dial(url, nil)
		if err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no slot after the silent sessions closed: %v", err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

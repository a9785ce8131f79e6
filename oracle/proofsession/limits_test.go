package proofsession

import (
	"context"
	"crypto/sha256"
	"net"
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

// TestStrangerCannotStarveInspector: one stranger reconnecting as fast as it likes from one address holds at
// most MaxConnsPerAddr unauthenticated sessions; the rest are refused before the upgrade, and an active
// inspector connecting from another address meanwhile has its challenges served. Once the inspector's batch
// is accepted its connection no longer counts among the strangers' slots.
func TestStrangerCannotStarveInspector(t *testing.T) {
	f := &fixture{provider: keys.NewSigner(key(t)), inspector: keys.NewSigner(key(t)),
		machine: common.Hash(sha256.Sum256([]byte("rig-1"))), uuids: []string{"GPU-aaaa"}}
	gpus := []GPU{{UUID: "GPU-aaaa", Prover: proof.NewProver(proof.CPU{Workers: 1}, 1, zerolog.Nop())}}
	srv, err := NewServer(ServerConfig{Signer: f.provider, Machine: f.machine, GPUs: gpus,
		Authorizer: inspectors{f.inspector.Address(): true}, MaxConns: 3, MaxConnsPerAddr: 2}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	f.url = "ws" + strings.TrimPrefix(hs.URL, "http")
	v, err := proof.NewVerifier(proof.DefaultVerifierConfig(), nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if f.client, err = NewClient(ClientConfig{Signer: f.inspector, Verifier: v}, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}

	// The stranger dials from 127.0.0.2 (all of 127/8 is loopback), the inspector from 127.0.0.1.
	stranger := &websocket.Dialer{NetDialContext: (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.IPv4(127, 0, 0, 2)}}).DialContext}
	upgraded, refused := 0, 0
	for range 10 {
		c, resp, err := stranger.Dial(f.url, nil)
		if err == nil {
			defer c.Close()
			upgraded++
			continue
		}
		if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
			t.Fatalf("stranger's session refused with %v, want 429", err)
		}
		refused++
	}
	if upgraded != 2 || refused != 8 {
		t.Fatalf("stranger from one address: %d sessions upgraded, %d refused; want 2 and 8", upgraded, refused)
	}
	for round := range 3 { // the inspector's session counts as a stranger only until its batch is accepted
		res, err := f.client.Check(context.Background(), f.url, f.targets(time.Minute, time.Now().Add(time.Minute)))
		if err != nil {
			t.Fatalf("round %d: inspector's session with the stranger's connections open: %v", round, err)
		}
		if res[0].Err != nil {
			t.Fatalf("round %d: inspector's challenge not served: %v", round, res[0].Err)
		}
	}
	// The stranger's slots stay bounded after all that: still no third session from its address.
	if c, resp, err := stranger.Dial(f.url, nil); err == nil {
		c.Close()
		t.Fatal("stranger got a third session")
	} else if resp == nil || resp.StatusCode != http.StatusTooManyRequests {
		t.Fatalf("stranger's third session: %v, want 429", err)
	}
}

func TestSourceOf(t *testing.T) {
	for in, want := range map[string]string{
		"192.0.2.7:443":             "192.0.2.7",
		"[::ffff:192.0.2.7]:443":    "192.0.2.7",
		"[2001:db8:1:2:3:4:5:6]:80": "2001:db8:1:2::/64",
		"[2001:db8:1:2:ffff::9]:81": "2001:db8:1:2::/64",
		"not-an-address":            "not-an-address",
	} {
		if got := sourceOf(in); got != want {
			t.Errorf("sourceOf(%q) = %q, want %q", in, got, want)
		}
	}
}

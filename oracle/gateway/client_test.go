package gateway_test

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// hostileGateway is the lease's real provider (its key is right) answering with whatever h writes: the
// client must turn every malformed answer into an error, never a panic or a hang.
func hostileGateway(t *testing.T, h http.HandlerFunc) *gw.Client {
	t.Helper()
	node, renter := newSigner(t), newSigner(t)
	now := time.Now()
	cert := nodeCert(t, node, now.Add(-time.Minute), now.Add(time.Hour))
	srv := httptest.NewUnstartedServer(h)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13}
	srv.StartTLS()
	t.Cleanup(srv.Close)
	tokens, err := gw.NewSignerTokens(renter, domain, node.Address(), time.Minute, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := gw.NewClient(gw.ClientConfig{Endpoint: strings.TrimPrefix(srv.URL, "https://"), Provider: node.Address(), Tokens: tokens})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

func shellServer(t *testing.T, send func(ctx context.Context, ws *websocket.Conn)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ws, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		defer ws.CloseNow()
		ctx := ws.CloseRead(r.Context())
		send(ctx, ws)
		<-ctx.Done()
	}
}

func TestClientAgainstAHostileGateway(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	t.Run("status not JSON", func(t *testing.T) {
		c := hostileGateway(t, func(w http.ResponseWriter, _ *http.Request) { io.WriteString(w, "<html>") })
		if _, err := c.Status(ctx, 1); err == nil {
			t.Fatal("accepted HTML as a status")
		}
	})
	t.Run("refusal not JSON", func(t *testing.T) {
		c := hostileGateway(t, func(w http.ResponseWriter, _ *http.Request) {
			w.WriteHeader(http.StatusTeapot)
			io.WriteString(w, strings.Repeat("x", 10_000))
		})
		_, err := c.Status(ctx, 1)
		var e *gw.Error
		if !errors.As(err, &e) || e.Status != http.StatusTeapot || len(e.Message) > 300 {
			t.Fatalf("err = %v", err)
		}
	})
	t.Run("log frame too big", func(t *testing.T) {
		c := hostileGateway(t, func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte{1, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff})
		})
		if err := c.Logs(ctx, 1, gw.LogOptions{}, io.Discard, io.Discard); !errors.Is(err, gw.ErrBadFrame) {
			t.Fatalf("err = %v, want ErrBadFrame", err)
		}
	})
	t.Run("log stream cut mid-frame", func(t *testing.T) {
		c := hostileGateway(t, func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte{1, 0, 0, 0, 0, 0, 0, 10, 'a'})
		})
		if err := c.Logs(ctx, 1, gw.LogOptions{}, io.Discard, io.Discard); !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("err = %v, want io.ErrUnexpectedEOF", err)
		}
	})
	for name, send := range map[string]func(context.Context, *websocket.Conn){
		"empty output message": func(ctx context.Context, ws *websocket.Conn) { ws.Write(ctx, websocket.MessageBinary, nil) },
		"unknown stream":       func(ctx context.Context, ws *websocket.Conn) { ws.Write(ctx, websocket.MessageBinary, []byte{9, 'x'}) },
		"control not JSON":     func(ctx context.Context, ws *websocket.Conn) { ws.Write(ctx, websocket.MessageText, []byte("{")) },
		"exit without a code": func(ctx context.Context, ws *websocket.Conn) {
			ws.Write(ctx, websocket.MessageText, []byte(`{"type":"exit"}`))
		},
		"client's message": func(ctx context.Context, ws *websocket.Conn) {
			ws.Write(ctx, websocket.MessageText, []byte(`{"type":"eof"}`))
		},
		"closed before the exit": func(ctx context.Context, ws *websocket.Conn) { ws.Close(websocket.StatusNormalClosure, "") },
	} {
		t.Run("shell: "+name, func(t *testing.T) {
			c := hostileGateway(t, shellServer(t, send))
			if _, err := c.Shell(ctx, 1, gw.ShellRequest{Cmd: []string{"true"}, Stdout: io.Discard}); err == nil {
				t.Fatal("no error")
			}
		})
	}
	t.Run("shell: error message", func(t *testing.T) {
		c := hostileGateway(t, shellServer(t, func(ctx context.Context, ws *websocket.Conn) {
			ws.Write(ctx, websocket.MessageText, []byte(`{"type":"error","error":{"code":"lease_closed","message":"closed"}}`))
		}))
		if _, err := c.Shell(ctx, 1, gw.ShellRequest{Cmd: []string{"true"}, Stdout: io.Discard}); !gw.HasReason(err, gw.ReasonLeaseClosed) {
			t.Fatalf("err = %v, want lease_closed", err)
		}
	})
}

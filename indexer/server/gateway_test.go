package server_test

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/server"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

var (
	renterKey, _ = crypto.ToECDSA(crypto.Keccak256([]byte("a renter with a wallet")))
	walletRenter = crypto.PubkeyToAddress(renterKey.PublicKey)
	gwDomain     = oracle.GatewayDomain(chainID, escrow)
)

// directory is a hand-written GatewayDirectory: lease 1 is walletRenter's on prov1's node at endpoint.
type directory struct {
	endpoint string
	provider common.Address
}

func (d *directory) GatewayTarget(_ context.Context, lease uint64) (server.GatewayTarget, error) {
	switch {
	case lease != 1:
		return server.GatewayTarget{}, fmt.Errorf("lease %d: %w", lease, server.ErrLeaseNotIndexed)
	case d.endpoint == "":
		return server.GatewayTarget{Renter: walletRenter, Provider: d.provider}, fmt.Errorf("provider: %w", server.ErrNoGateway)
	}
	return server.GatewayTarget{Renter: walletRenter, Provider: d.provider, Endpoint: d.endpoint}, nil
}

// fakeGateway speaks the renter gateway's protocol (oracle/gateway's wire format) over TLS with the node
// certificate of key1 (provider one), checking tokens as a provider's gateway does, for lease 1: status, two
// log lines, and port 8080 forwarded to a tiny HTTP responder.
type fakeGateway struct {
	srv    *httptest.Server
	mu     sync.Mutex
	tokens []string
}

func newFakeGateway(t *testing.T) *fakeGateway {
	t.Helper()
	cert, err := gateway.NodeCertificate(context.Background(), keys.NewSigner(key1), time.Now().Add(-time.Hour), time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	g := &fakeGateway{}
	policy := gateway.Policy{Domain: gwDomain, Provider: prov1, MaxLifetime: gateway.MaxTokenLifetime, ClockSkew: 30 * time.Second}
	auth := func(w http.ResponseWriter, r *http.Request) bool {
		raw := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		g.mu.Lock()
		g.tokens = append(g.tokens, raw)
		g.mu.Unlock()
		tok, err := gateway.ParseToken(raw)
		if err == nil {
			err = tok.Verify(policy, time.Now())
		}
		if err == nil && (tok.Access.LeaseID != 1 || tok.Access.Renter != walletRenter) {
			err = gateway.Refuse(gateway.ReasonNotRenter, "not lease 1's renter")
		}
		if err != nil {
			var ge *gateway.Error
			if !errors.As(err, &ge) {
				ge = gateway.Refuse(gateway.ReasonMalformedToken, "%v", err)
			}
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(ge.Code.Status())
			json.NewEncoder(w).Encode(gateway.ErrorBody{Error: ge})
			return false
		}
		return true
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/leases/1/status", func(w http.ResponseWriter, r *http.Request) {
		if auth(w, r) {
			json.NewEncoder(w).Encode(gateway.Status{Lease: 1, State: "running", Image: "python:3.12-slim", UptimeSeconds: 42,
				Ports: []gateway.Port{{Port: 8080, Protocol: "tcp"}}})
		}
	})
	mux.HandleFunc("GET /v1/leases/1/logs", func(w http.ResponseWriter, r *http.Request) {
		if auth(w, r) {
			gateway.WriteFrame(w, gateway.StreamStdout, []byte("hello from the lease\n"))
			gateway.WriteFrame(w, gateway.StreamStderr, []byte("a warning\n"))
		}
	})
	mux.HandleFunc("GET /v1/leases/1/forward", func(w http.ResponseWriter, r *http.Request) {
		if !auth(w, r) {
			return
		}
		if r.URL.Query().Get("port") != "8080" {
			w.WriteHeader(http.StatusNotFound)
			return
		}
		ws, err := websocket.Accept(w, r, nil)
		if err != nil {
			return
		}
		conn := websocket.NetConn(r.Context(), ws, websocket.MessageBinary)
		defer conn.Close()
		req, err := http.ReadRequest(bufio.NewReader(conn))
		if err != nil {
			return
		}
		body := "forwarded " + req.URL.Path
		fmt.Fprintf(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s", len(body), body)
	})
	g.srv = httptest.NewUnstartedServer(mux)
	g.srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13}
	g.srv.StartTLS()
	t.Cleanup(g.srv.Close)
	return g
}

func (g *fakeGateway) endpoint() string { return strings.TrimPrefix(g.srv.URL, "https://") }

func (g *fakeGateway) seen() int {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.tokens)
}

func proxyEnv(t *testing.T, db *sqlstore.DB, dir server.GatewayDirectory) *env {
	t.Helper()
	p, err := server.NewGatewayProxy(server.GatewayProxyConfig{Domain: gwDomain, DialTimeout: 5 * time.Second}, dir, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return newConsoleEnv(t, db, consoleDeps{gateways: p})
}

// walletSign signs the typed data the way a wallet's eth_signTypedData_v4 does (go-ethereum's apitypes, what
// clef implements), from the JSON the proxy handed out.
func walletSign(t *testing.T, typedData any, key []byte) string {
	t.Helper()
	raw, _ := json.Marshal(typedData)
	var td apitypes.TypedData
	if err := json.Unmarshal(raw, &td); err != nil {
		t.Fatal(err)
	}
	hash, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	k, _ := crypto.ToECDSA(key)
	sig, err := crypto.Sign(hash, k)
	if err != nil {
		t.Fatal(err)
	}
	sig[64] += 27
	return "0x" + common.Bytes2Hex(sig)
}

func (e *env) send(method, path, token string, body any) (*http.Response, []byte) {
	e.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, e.srv.URL+path, rd)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	return resp, raw
}

func errCode(t *testing.T, raw []byte) string {
	t.Helper()
	var body struct {
		Error struct{ Code string } `json:"error"`
	}
	if err := json.Unmarshal(raw, &body); err != nil {
		t.Fatalf("not an error body: %q", raw)
	}
	return body.Error.Code
}

// The whole browser path through the proxy: the access to sign, the wallet's signature made into a token,
// status, logs and a forwarded port; the provider's gateway sees the renter's token and checks it itself.
func TestGatewayProxy(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	g := newFakeGateway(t)
	e := proxyEnv(t, db, &directory{endpoint: g.endpoint(), provider: prov1})

	acc := e.get("/v1/gateway/leases/1/access", 200)
	access := acc["access"].(map[string]any)
	if access["renter"] != walletRenter.Hex() && !strings.EqualFold(access["renter"].(string), walletRenter.Hex()) {
		t.Fatalf("access renter: %v", access)
	}
	if life := access["expiry"].(float64) - access["issuedAt"].(float64); life != gateway.MaxTokenLifetime.Seconds() {
		t.Errorf("access valid for %vs", life)
	}
	sig := walletSign(t, acc["typedData"], crypto.FromECDSA(renterKey))

	// A signature by anyone but the renter, or for another lease, makes no token.
	other := walletSign(t, acc["typedData"], crypto.Keccak256([]byte("someone else")))
	if resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": access, "signature": other}); resp.StatusCode != 403 ||
		errCode(t, raw) != "bad_signature" {
		t.Errorf("foreign signature: %d %s", resp.StatusCode, raw)
	}
	if resp, raw := e.send("POST", "/v1/gateway/leases/2/token", "", map[string]any{"access": access, "signature": sig}); resp.StatusCode != 404 &&
		resp.StatusCode != 400 {
		t.Errorf("other lease: %d %s", resp.StatusCode, raw)
	}
	tampered := map[string]any{}
	for k, v := range access {
		tampered[k] = v
	}
	tampered["expiry"] = access["issuedAt"].(float64) + 3600
	if resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": tampered, "signature": sig}); resp.StatusCode != 400 {
		t.Errorf("an hour-long access: %d %s", resp.StatusCode, raw)
	}
	resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": access, "signature": sig})
	if resp.StatusCode != 200 {
		t.Fatalf("token: %d %s", resp.StatusCode, raw)
	}
	var tok struct {
		Token     string `json:"token"`
		ExpiresAt uint64 `json:"expiresAt"`
	}
	json.Unmarshal(raw, &tok)

	// Status: the provider saw exactly the renter's token.
	resp, raw = e.send("GET", "/v1/gateway/leases/1/status", tok.Token, nil)
	if resp.StatusCode != 200 || !strings.Contains(string(raw), `"state":"running"`) || !strings.Contains(string(raw), `"port":8080`) {
		t.Fatalf("status: %d %s", resp.StatusCode, raw)
	}
	if g.tokens[len(g.tokens)-1] != tok.Token {
		t.Error("the proxy did not pass the renter's token through unchanged")
	}
	if resp, raw := e.send("GET", "/v1/gateway/leases/1/status", "", nil); resp.StatusCode != 401 || errCode(t, raw) != "no_token" {
		t.Errorf("no token: %d %s", resp.StatusCode, raw)
	}
	if resp, raw := e.send("GET", "/v1/gateway/leases/1/status", "bm90IGEgdG9rZW4", nil); resp.StatusCode != 401 || !strings.HasPrefix(errCode(t, raw), "gateway_") {
		t.Errorf("a bad token is the gateway's refusal: %d %s", resp.StatusCode, raw)
	}

	// Logs: the gateway's frames, both streams.
	resp, raw = e.send("GET", "/v1/gateway/leases/1/logs?follow=1&tail=10", tok.Token, nil)
	var stdout, stderr bytes.Buffer
	if resp.StatusCode != 200 || gateway.ReadFrames(bytes.NewReader(raw), &stdout, &stderr) != nil ||
		stdout.String() != "hello from the lease\n" || stderr.String() != "a warning\n" {
		t.Fatalf("logs: %d %q / %q", resp.StatusCode, stdout.String(), stderr.String())
	}
	if resp, raw := e.send("GET", "/v1/gateway/leases/1/logs?tail=x", tok.Token, nil); resp.StatusCode != 400 || !strings.Contains(string(raw), "tail") {
		t.Errorf("bad tail: %d %s", resp.StatusCode, raw)
	}

	// A forwarded port: the token moves to a cookie scoped to the port's path, the page is sandboxed.
	resp, _ = e.send("GET", "/v1/gateway/leases/1/forward/8080/app/?access_token="+tok.Token, "", nil)
	if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/v1/gateway/leases/1/forward/8080/app/" {
		t.Fatalf("forward with a token: %d %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	cookie := resp.Cookies()[0]
	if !cookie.HttpOnly || cookie.Path != "/v1/gateway/leases/1/forward/8080/" || cookie.SameSite != http.SameSiteStrictMode {
		t.Errorf("cookie %+v", cookie)
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/v1/gateway/leases/1/forward/8080/app/", nil)
	req.AddCookie(cookie)
	fr, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(fr.Body)
	fr.Body.Close()
	if fr.StatusCode != 200 || string(body) != "forwarded /app/" || !strings.HasPrefix(fr.Header.Get("Content-Security-Policy"), "sandbox") {
		t.Errorf("forwarded: %d %q csp %q", fr.StatusCode, body, fr.Header.Get("Content-Security-Policy"))
	}
	if resp, _ := e.send("GET", "/v1/gateway/leases/1/forward/0/", tok.Token, nil); resp.StatusCode != 400 {
		t.Errorf("port 0: %d", resp.StatusCode)
	}
}

// A gateway that cannot prove it holds the lease's provider key never sees the renter's token.
func TestGatewayProxyRefusesImpostors(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	g := newFakeGateway(t) // certified by provider one
	e := proxyEnv(t, db, &directory{endpoint: g.endpoint(), provider: prov2})
	acc := e.get("/v1/gateway/leases/1/access", 200)
	sig := walletSign(t, acc["typedData"], crypto.FromECDSA(renterKey))
	resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": acc["access"], "signature": sig})
	if resp.StatusCode != 200 {
		t.Fatalf("token: %d %s", resp.StatusCode, raw)
	}
	var tok struct{ Token string }
	json.Unmarshal(raw, &tok)
	for _, route := range []string{"status", "logs"} {
		resp, raw := e.send("GET", "/v1/gateway/leases/1/"+route, tok.Token, nil)
		if resp.StatusCode != http.StatusBadGateway || errCode(t, raw) != "gateway_unreachable" {
			t.Errorf("%s via an impostor: %d %s", route, resp.StatusCode, raw)
		}
	}
	if n := g.seen(); n != 0 {
		t.Errorf("the impostor received %d tokens", n)
	}
}

func TestGatewayProxyWithoutEndpoint(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	e := proxyEnv(t, db, &directory{provider: prov1})
	if resp, raw := e.send("GET", "/v1/gateway/leases/1/access", "", nil); resp.StatusCode != 503 || errCode(t, raw) != "gateway_unknown" ||
		!strings.Contains(string(raw), "knows no gateway of provider "+prov1.Hex()) {
		t.Errorf("no endpoint: %d %s", resp.StatusCode, raw)
	}
	if resp, _ := e.send("GET", "/v1/gateway/leases/7/access", "", nil); resp.StatusCode != 404 {
		t.Errorf("unknown lease: %d", resp.StatusCode)
	}
	if resp, raw := e.send("GET", "/v1/gateway/leases/x/status", "t", nil); resp.StatusCode != 400 || !strings.Contains(string(raw), `"parameter":"id"`) {
		t.Errorf("bad id: %d %s", resp.StatusCode, raw)
	}
}

package gateway_test

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/provider/gateway"
)

var (
	chainID = big.NewInt(31337)
	escrow  = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	domain  = oracle.GatewayDomain(chainID, escrow)
)

// The leases every env has on chain.
const (
	leaseOpen    uint64 = 1 // renter's, on this node, with a workload publishing tcp 8888 and 2222
	leaseOther   uint64 = 2 // another renter's, on this node
	leaseForeign uint64 = 3 // renter's, on another provider's node
	leaseIdle    uint64 = 4 // renter's, on this node, no workload yet
	leaseMissing uint64 = 99
)

type env struct {
	t                          testing.TB
	node, renter, other, third *keys.Signer
	clock                      *fakeClock
	leases                     *fakeLeases
	work                       *fakeWorkloads
	srv                        *gateway.Server
	reg                        *prometheus.Registry
	cfg                        gateway.Config
	more                       chan string
	content                    *fakeContent
}

func newSigner(t testing.TB) *keys.Signer {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return keys.NewSigner(k)
}

// testConfig is DefaultConfig on a free loopback port, with timers short enough for tests.
func testConfig() gateway.Config {
	cfg := gateway.DefaultConfig()
	cfg.Listen = "127.0.0.1:0" // the kernel picks a free port; Addr reports it
	cfg.LeaseRecheck = 50 * time.Millisecond
	cfg.AuthFailuresPerSecond, cfg.AuthFailureBurst = 1e6, 1e6 // the refusal tests fail on purpose, fast
	return cfg
}

func newEnv(t testing.TB, mutate func(*gateway.Config)) *env {
	t.Helper()
	e := &env{t: t, node: newSigner(t), renter: newSigner(t), other: newSigner(t), third: newSigner(t),
		clock: &fakeClock{now: time.Now()}, leases: &fakeLeases{leases: map[uint64]gateway.Lease{}},
		work: newFakeWorkloads(), reg: prometheus.NewRegistry(), cfg: testConfig(), more: make(chan string),
		content: &fakeContent{uploads: map[uint64][]byte{}}}
	if mutate != nil {
		mutate(&e.cfg)
	}
	ends := e.clock.Now().Add(time.Hour)
	e.leases.set(leaseOpen, gateway.Lease{Renter: e.renter.Address(), Provider: e.node.Address(), Open: true, EndsAt: ends})
	e.leases.set(leaseOther, gateway.Lease{Renter: e.other.Address(), Provider: e.node.Address(), Open: true, EndsAt: ends})
	e.leases.set(leaseForeign, gateway.Lease{Renter: e.renter.Address(), Provider: e.third.Address(), Open: true, EndsAt: ends})
	e.leases.set(leaseIdle, gateway.Lease{Renter: e.renter.Address(), Provider: e.node.Address(), Open: true, EndsAt: ends})
	e.work.add(leaseOpen, &workload{
		stdout: []string{"out 1", "out 2", "out 3"}, stderr: []string{"err 1"}, more: e.more,
		ports: map[uint16]string{8888: echoServer(t), 2222: echoServer(t)}, startedAt: e.clock.Now().Add(-90 * time.Second),
	})
	e.work.add(leaseOther, &workload{stdout: []string{"other's secret"}, ports: map[uint16]string{8888: echoServer(t)}})
	e.work.add(leaseForeign, &workload{stdout: []string{"foreign"}})

	srv, err := gateway.New(e.cfg, gateway.Deps{
		Node: e.node, Domain: domain, Leases: e.leases, Workloads: e.work, Content: e.content, Clock: e.clock, Registerer: e.reg,
		Public: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "public "+r.URL.Path) }),
		Log:    zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	e.srv = srv
	t.Cleanup(func() {
		if err := srv.Close(); err != nil {
			t.Errorf("close: %v", err)
		}
		deadline := time.Now().Add(5 * time.Second)
		for e.work.live.Load() != 0 && time.Now().Before(deadline) {
			time.Sleep(10 * time.Millisecond)
		}
		if n := e.work.live.Load(); n != 0 {
			t.Errorf("%d Workloads calls still running after Close", n)
		}
	})
	return e
}

// client is the renter's client, signing its own tokens.
func (e *env) client(signer *keys.Signer) *gw.Client {
	e.t.Helper()
	tokens, err := gw.NewSignerTokens(signer, domain, e.node.Address(), 5*time.Minute, e.clock.Now)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.clientWith(tokens, e.node.Address(), e.srv.Addr())
}

func (e *env) clientWith(tokens gw.TokenSource, provider common.Address, endpoint string) *gw.Client {
	e.t.Helper()
	c, err := gw.NewClient(gw.ClientConfig{Endpoint: endpoint, Provider: provider, Tokens: tokens, Now: e.clock.Now,
		// Generous: the suite runs with -race on loaded machines; nothing here measures speed.
		DialTimeout: 30 * time.Second, Log: zerolog.New(zerolog.NewTestWriter(e.t))})
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(c.Close)
	return c
}

// token signs a token for lease as signer, for this node unless mutate says otherwise.
func (e *env) token(signer *keys.Signer, lease uint64, mutate func(*gw.Token)) string {
	e.t.Helper()
	tok, err := gw.IssueToken(context.Background(), signer, domain, lease, e.node.Address(), e.clock.Now(), 5*time.Minute)
	if err != nil {
		e.t.Fatal(err)
	}
	if mutate != nil {
		mutate(&tok)
	}
	s, err := tok.Encode()
	if err != nil {
		e.t.Fatal(err)
	}
	return s
}

// resign re-signs tok's (mutated) contents as signer, so only the mutation is wrong.
func resign(t testing.TB, signer *keys.Signer, tok *gw.Token) {
	t.Helper()
	sig, err := oracle.SignLeaseAccess(context.Background(), signer, tok.Domain(), tok.Access)
	if err != nil {
		t.Fatal(err)
	}
	tok.Signature = sig
}

// httpClient speaks TLS to the node, verifying its key, with no gateway client logic in between.
func (e *env) httpClient() *http.Client {
	tr := &http.Transport{TLSClientConfig: gw.ClientTLSConfig(e.node.Address(), e.clock.Now)}
	e.t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

// raw sends GET path?query with header h and returns the status and decoded refusal (if any).
func (e *env) raw(path string, query url.Values, h http.Header) (int, *gw.Error) {
	e.t.Helper()
	return e.rawMethod(methodOf(path), path, query, h, nil)
}

// methodOf is the method of the route at path: POST for uploads, GET for the rest.
func methodOf(path string) string {
	if strings.HasSuffix(path, "/"+gw.RouteContent) || strings.HasSuffix(path, "/"+gw.RouteJob) || path == gw.JobsPath {
		return http.MethodPost
	}
	return http.MethodGet
}

// rawMethod sends method path?query with header h and body.
func (e *env) rawMethod(method, path string, query url.Values, h http.Header, body io.Reader) (int, *gw.Error) {
	e.t.Helper()
	req, err := http.NewRequest(method, "https://"+e.srv.Addr()+path+"?"+query.Encode(), body)
	if err != nil {
		e.t.Fatal(err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := e.httpClient().Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	if resp.StatusCode == http.StatusOK || resp.StatusCode == http.StatusSwitchingProtocols {
		return resp.StatusCode, nil
	}
	var b gw.ErrorBody
	if err := json.Unmarshal(raw, &b); err != nil || b.Error == nil {
		e.t.Fatalf("%s %s: %d with a body that is not a JSON refusal: %q", method, path, resp.StatusCode, raw)
	}
	return resp.StatusCode, b.Error
}

func bearer(tok string) http.Header { return http.Header{"Authorization": {"Bearer " + tok}} }

// wsDial opens a WebSocket on route with tok, verifying the node's key, bypassing the client's protocol.
func (e *env) wsDial(ctx context.Context, lease uint64, route string, q url.Values, tok string) (*websocket.Conn, *http.Response, error) {
	tr := &http.Transport{TLSClientConfig: gw.ClientTLSConfig(e.node.Address(), e.clock.Now)}
	e.t.Cleanup(tr.CloseIdleConnections)
	u := url.URL{Scheme: "wss", Host: e.srv.Addr(), Path: gw.Path(lease, route), RawQuery: q.Encode()}
	return websocket.Dial(ctx, u.String(), &websocket.DialOptions{HTTPClient: &http.Client{Transport: tr}, HTTPHeader: bearer(tok)})
}

// waitFor polls cond until it holds or 5 s pass.
func waitFor(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func ctxT(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// metricValue is the value of the series name{label=value} in the env's registry (0 if absent).
func metricValue(t testing.TB, e *env, name string, labelValues ...string) float64 {
	t.Helper()
	mfs, err := e.reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	series:
		for _, m := range mf.GetMetric() {
			labels := map[string]string{}
			for _, l := range m.GetLabel() {
				labels[l.GetName()] = l.GetValue()
			}
			for i := 0; i+1 < len(labelValues); i += 2 {
				if labels[labelValues[i]] != labelValues[i+1] {
					continue series
				}
			}
			switch {
			case m.Counter != nil:
				return m.Counter.GetValue()
			case m.Gauge != nil:
				return m.Gauge.GetValue()
			}
		}
	}
	return 0
}

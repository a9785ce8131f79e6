package liveness_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

func key(t testing.TB, seed byte) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.ToECDSA(bytes.Repeat([]byte{seed}, 32))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

var machine = common.HexToHash("0x6d616368696e65")

type receiptSource struct {
	gpus []liveness.GPUReceipt
	err  error
}

func (s receiptSource) Receipts(context.Context, common.Hash) ([]liveness.GPUReceipt, error) {
	return s.gpus, s.err
}

type node struct {
	signer *keys.Signer
	srv    *httptest.Server
}

func newNode(t testing.TB, cfg liveness.HandlerConfig) node {
	t.Helper()
	if cfg.Signer == nil {
		cfg.Signer = keys.NewSigner(key(t, 1))
	}
	if cfg.Machines == nil {
		cfg.Machines = []common.Hash{machine}
	}
	h, err := liveness.NewHandler(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return node{signer: cfg.Signer.(*keys.Signer), srv: srv}
}

func newClient(t testing.TB, cfg liveness.ClientConfig) *liveness.Client {
	t.Helper()
	if cfg.Signer == nil {
		cfg.Signer = keys.NewSigner(key(t, 2))
	}
	c, err := liveness.NewClient(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEchoRoundTrip(t *testing.T) {
	n := newNode(t, liveness.HandlerConfig{})
	c := newClient(t, liveness.ClientConfig{})
	res := c.Echo(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()})
	if !res.OK() {
		t.Fatalf("honest node failed: %v", res.Err)
	}
	if res.Attempts != 1 || res.Echo == nil || res.Echo.Machine != machine || res.Echo.Node != n.signer.Address() {
		t.Fatalf("result %+v", res)
	}
	if res.Echo.Inspector != keys.NewSigner(key(t, 2)).Address() {
		t.Fatalf("echo names inspector %s", res.Echo.Inspector)
	}
	if res.Finished.Before(res.Started) || res.RTT <= 0 {
		t.Fatalf("times: started %s finished %s rtt %s", res.Started, res.Finished, res.RTT)
	}
}

func TestEchoFromAnotherKeyFails(t *testing.T) {
	n := newNode(t, liveness.HandlerConfig{})
	c := newClient(t, liveness.ClientConfig{Backoff: time.Millisecond})
	other := keys.NewSigner(key(t, 9)).Address()
	res := c.Echo(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: other})
	if !errors.Is(res.Err, liveness.ErrBadSignature) || res.Forged() {
		t.Fatalf("want a bad signature that is not evidence of fraud, got %v", res.Err)
	}
	if res.Attempts != liveness.DefaultAttempts {
		t.Fatalf("a bad signature may be a man in the middle: retried %d times, want %d", res.Attempts, liveness.DefaultAttempts)
	}
}

// forger answers every request with an echo it signed for another nonce (a replay).
type forger struct {
	signer *keys.Signer
	field  string
}

func (f forger) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var req liveness.Request
	_ = json.NewDecoder(r.Body).Decode(&req)
	e := liveness.Echo{Nonce: req.Nonce, Machine: req.Machine, Node: f.signer.Address(), Inspector: req.Inspector,
		TimeMs: uint64(time.Now().UnixMilli())}
	switch f.field {
	case "nonce":
		e.Nonce = common.HexToHash("0x01")
	case "machine":
		e.Machine = common.HexToHash("0x02")
	case "inspector":
		e.Inspector = common.HexToAddress("0x03")
	case "node":
		e.Node = common.HexToAddress("0x04")
	case "time":
		e.TimeMs -= uint64(time.Hour.Milliseconds())
	}
	e.Signature, _ = f.signer.SignDigest(r.Context(), e.Digest())
	_ = json.NewEncoder(w).Encode(e)
}

func TestSignedWrongAnswers(t *testing.T) {
	signer := keys.NewSigner(key(t, 1))
	for _, tc := range []struct {
		field  string
		forged bool
	}{{"nonce", true}, {"machine", true}, {"inspector", true}, {"node", true}, {"time", false}} {
		t.Run(tc.field, func(t *testing.T) {
			srv := httptest.NewServer(forger{signer: signer, field: tc.field})
			defer srv.Close()
			c := newClient(t, liveness.ClientConfig{Backoff: time.Millisecond})
			res := c.Echo(context.Background(), liveness.Target{URL: srv.URL, Machine: machine, Node: signer.Address()})
			if res.OK() {
				t.Fatal("a wrong answer passed")
			}
			if res.Forged() != tc.forged {
				t.Fatalf("forged = %v, want %v (%v)", res.Forged(), tc.forged, res.Err)
			}
			if tc.forged {
				if res.Attempts != 1 || res.Echo == nil {
					t.Fatalf("a forged answer is evidence: stop at once and keep it (attempts %d, echo %v)", res.Attempts, res.Echo)
				}
				// The evidence stands on its own: anyone can check the node signed it.
				if err := liveness.VerifyEcho(liveness.Request{Nonce: res.Echo.Nonce, Machine: res.Echo.Machine,
					Inspector: res.Echo.Inspector}, signer.Address(), *res.Echo, liveness.Window{
					Sent: time.UnixMilli(int64(res.Echo.TimeMs)), Received: time.UnixMilli(int64(res.Echo.TimeMs))}); err != nil &&
					!errors.Is(err, liveness.ErrForged) {
					t.Fatalf("evidence does not verify as the node's own signature: %v", err)
				}
			} else if !errors.Is(res.Err, liveness.ErrClockSkew) {
				t.Fatalf("want a clock skew, got %v", res.Err)
			}
		})
	}
}

// TestDigestsBindEveryField: changing any signed field changes the digest.
func TestDigestsBindEveryField(t *testing.T) {
	base := liveness.Echo{Nonce: common.HexToHash("0x11"), Machine: machine, Node: common.HexToAddress("0x22"),
		Inspector: common.HexToAddress("0x33"), TimeMs: 44}
	mutations := map[string]func(*liveness.Echo){
		"nonce":     func(e *liveness.Echo) { e.Nonce[31]++ },
		"machine":   func(e *liveness.Echo) { e.Machine[0]++ },
		"node":      func(e *liveness.Echo) { e.Node[0]++ },
		"inspector": func(e *liveness.Echo) { e.Inspector[0]++ },
		"time":      func(e *liveness.Echo) { e.TimeMs++ },
	}
	for name, m := range mutations {
		e := base
		m(&e)
		if e.Digest() == base.Digest() {
			t.Errorf("echo digest ignores %s", name)
		}
	}
	rb := liveness.Receipts{Nonce: base.Nonce, Machine: machine, Node: base.Node, Inspector: base.Inspector, TimeMs: 5,
		GPUs: []liveness.GPUReceipt{{UUID: "GPU-a", LeaseID: big.NewInt(7), ContainerRunning: true, UtilizationPct: 90, EnergyMJ: 1000}}}
	d0, err := rb.Digest()
	if err != nil {
		t.Fatal(err)
	}
	rmut := map[string]func(*liveness.Receipts){
		"time":    func(r *liveness.Receipts) { r.TimeMs++ },
		"uuid":    func(r *liveness.Receipts) { r.GPUs[0].UUID = "GPU-b" },
		"lease":   func(r *liveness.Receipts) { r.GPUs[0].LeaseID = big.NewInt(8) },
		"running": func(r *liveness.Receipts) { r.GPUs[0].ContainerRunning = false },
		"util":    func(r *liveness.Receipts) { r.GPUs[0].UtilizationPct = 91 },
		"energy":  func(r *liveness.Receipts) { r.GPUs[0].EnergyMJ++ },
		"count":   func(r *liveness.Receipts) { r.GPUs = append(r.GPUs, r.GPUs[0]) },
		"empty":   func(r *liveness.Receipts) { r.GPUs = nil },
	}
	for name, m := range rmut {
		r := rb
		r.GPUs = append([]liveness.GPUReceipt(nil), rb.GPUs...)
		m(&r)
		d, err := r.Digest()
		if err != nil {
			t.Fatal(err)
		}
		if d == d0 {
			t.Errorf("receipts digest ignores %s", name)
		}
	}
	e := base
	if e.Digest() == (liveness.Request{Nonce: e.Nonce, Machine: e.Machine, Inspector: e.Inspector}).Digest() {
		t.Error("request and echo digests collide")
	}
}

func TestReceipts(t *testing.T) {
	gpus := []liveness.GPUReceipt{
		{UUID: "GPU-0", LeaseID: big.NewInt(3), ContainerRunning: true, UtilizationPct: 97, EnergyMJ: 123456},
		{UUID: "GPU-1", LeaseID: big.NewInt(3), ContainerRunning: true, UtilizationPct: 88, EnergyMJ: 654321},
	}
	t.Run("signed", func(t *testing.T) {
		n := newNode(t, liveness.HandlerConfig{Receipts: receiptSource{gpus: gpus}})
		c := newClient(t, liveness.ClientConfig{})
		res := c.Receipts(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()})
		if !res.OK() || res.Receipts == nil || len(res.Receipts.GPUs) != 2 || res.Receipts.GPUs[1].EnergyMJ != 654321 {
			t.Fatalf("receipts: %+v, %v", res.Receipts, res.Err)
		}
	})
	t.Run("no leased GPU", func(t *testing.T) {
		n := newNode(t, liveness.HandlerConfig{Receipts: receiptSource{}})
		c := newClient(t, liveness.ClientConfig{})
		res := c.Receipts(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()})
		if !res.OK() || len(res.Receipts.GPUs) != 0 {
			t.Fatalf("empty receipts: %+v %v", res.Receipts, res.Err)
		}
	})
	t.Run("invalid receipt never signed", func(t *testing.T) {
		bad := []liveness.GPUReceipt{{UUID: "GPU-0", LeaseID: big.NewInt(3), UtilizationPct: 140}}
		n := newNode(t, liveness.HandlerConfig{Receipts: receiptSource{gpus: bad}})
		c := newClient(t, liveness.ClientConfig{Attempts: 1})
		res := c.Receipts(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()})
		if res.OK() || res.Receipts != nil || !strings.Contains(res.Err.Error(), "HTTP 500") {
			t.Fatalf("want a 500 and nothing signed, got %v", res.Err)
		}
	})
	t.Run("source error", func(t *testing.T) {
		n := newNode(t, liveness.HandlerConfig{Receipts: receiptSource{err: errors.New("nvml gone")}})
		c := newClient(t, liveness.ClientConfig{Attempts: 1})
		res := c.Receipts(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()})
		if res.OK() || strings.Contains(res.Err.Error(), "nvml gone") {
			t.Fatalf("want a 500 that does not leak the cause, got %v", res.Err)
		}
	})
	t.Run("validation names the field", func(t *testing.T) {
		for _, tc := range []struct {
			g    liveness.GPUReceipt
			want string
		}{
			{liveness.GPUReceipt{LeaseID: big.NewInt(1)}, "uuid"},
			{liveness.GPUReceipt{UUID: strings.Repeat("x", liveness.MaxUUIDLength+1), LeaseID: big.NewInt(1)}, "uuid"},
			{liveness.GPUReceipt{UUID: "g"}, "leaseId"},
			{liveness.GPUReceipt{UUID: "g", LeaseID: big.NewInt(-1)}, "leaseId"},
			{liveness.GPUReceipt{UUID: "g", LeaseID: new(big.Int).Lsh(big.NewInt(1), 256)}, "leaseId"},
			{liveness.GPUReceipt{UUID: "g", LeaseID: big.NewInt(1), UtilizationPct: 101}, "utilizationPct"},
		} {
			if err := tc.g.Validate(); !errors.Is(err, liveness.ErrMalformed) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("%+v: %v, want a malformed %s", tc.g, err, tc.want)
			}
		}
		dup := liveness.Receipts{GPUs: []liveness.GPUReceipt{gpus[0], gpus[0]}}
		if err := dup.Validate(); !errors.Is(err, liveness.ErrMalformed) {
			t.Errorf("duplicate UUID: %v", err)
		}
	})
}

type authorizer map[common.Address]bool

func (a authorizer) ActiveInspector(_ context.Context, x common.Address) (bool, error) {
	return a[x], nil
}

// TestHandlerRejects: bad input gets a clear error and a status, and nothing is signed.
func TestHandlerRejects(t *testing.T) {
	inspector := keys.NewSigner(key(t, 2))
	signed := func(mut func(*liveness.Request)) string {
		req := liveness.Request{Nonce: common.HexToHash("0x99"), Machine: machine, Inspector: inspector.Address()}
		if mut != nil {
			mut(&req)
		}
		req.Signature, _ = inspector.SignDigest(context.Background(), req.Digest())
		b, _ := json.Marshal(req)
		return string(b)
	}
	good := signed(nil)
	for _, tc := range []struct {
		name, method, path, body string
		auth                     authorizer
		status                   int
		want                     string
	}{
		{"get", http.MethodGet, liveness.EchoPath, good, nil, 405, "POST"},
		{"unknown path", http.MethodPost, "/nope", good, nil, 404, "no such path"},
		{"not json", http.MethodPost, liveness.EchoPath, "{", nil, 400, "malformed"},
		{"unknown field", http.MethodPost, liveness.EchoPath, `{"nonce":"0x` + strings.Repeat("1", 64) + `","extra":1}`, nil, 400, "unknown field"},
		{"too big", http.MethodPost, liveness.EchoPath, strings.Repeat(" ", liveness.MaxRequestBytes+1), nil, 413, "bytes"},
		{"zero nonce", http.MethodPost, liveness.EchoPath, signed(func(r *liveness.Request) { r.Nonce = common.Hash{} }), nil, 400, "nonce"},
		{"zero machine", http.MethodPost, liveness.EchoPath, signed(func(r *liveness.Request) { r.Machine = common.Hash{} }), nil, 400, "machine"},
		{"unsigned", http.MethodPost, liveness.EchoPath, `{"nonce":"0x` + strings.Repeat("1", 64) + `","machine":"` + machine.Hex() + `","inspector":"` + inspector.Address().Hex() + `"}`, nil, 400, "signature"},
		{"signed by another", http.MethodPost, liveness.EchoPath, strings.Replace(good, strings.ToLower(inspector.Address().Hex()[2:]), "00000000000000000000000000000000000000aa", 1), nil, 401, "not signed"},
		{"unknown machine", http.MethodPost, liveness.EchoPath, signed(func(r *liveness.Request) { r.Machine = common.HexToHash("0x77") }), nil, 404, "not served"},
		{"not an inspector", http.MethodPost, liveness.EchoPath, good, authorizer{}, 403, "not an active inspector"},
		{"no receipts", http.MethodPost, liveness.ReceiptsPath, good, nil, 404, "no receipts"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := liveness.HandlerConfig{}
			if tc.auth != nil {
				cfg.Authorizer = tc.auth
			}
			n := newNode(t, cfg)
			req, _ := http.NewRequest(tc.method, n.srv.URL+tc.path, strings.NewReader(tc.body))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, _ := io.ReadAll(resp.Body)
			if resp.StatusCode != tc.status || !strings.Contains(string(body), tc.want) {
				t.Fatalf("got %d %s, want %d containing %q", resp.StatusCode, body, tc.status, tc.want)
			}
			if strings.Contains(string(body), "signature\":\"0x") {
				t.Fatal("an error answer carries a signature")
			}
		})
	}
	t.Run("authorized inspector", func(t *testing.T) {
		n := newNode(t, liveness.HandlerConfig{Authorizer: authorizer{inspector.Address(): true}})
		c := newClient(t, liveness.ClientConfig{Signer: inspector})
		if res := c.Echo(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()}); !res.OK() {
			t.Fatal(res.Err)
		}
	})
	t.Run("rate limited", func(t *testing.T) {
		n := newNode(t, liveness.HandlerConfig{PerClientRate: 0.001, PerClientBurst: 2})
		c := newClient(t, liveness.ClientConfig{Signer: inspector, Attempts: 1})
		tg := liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()}
		for i := 0; i < 2; i++ {
			if res := c.Echo(context.Background(), tg); !res.OK() {
				t.Fatalf("within the burst: %v", res.Err)
			}
		}
		if res := c.Echo(context.Background(), tg); res.OK() || !strings.Contains(res.Err.Error(), "429") {
			t.Fatalf("past the burst: %v", res.Err)
		}
	})
}

// FuzzHandler: whatever the body, the handler answers (never panics) and signs only well-formed requests.
func FuzzHandler(f *testing.F) {
	inspector := keys.NewSigner(key(f, 2))
	req := liveness.Request{Nonce: common.HexToHash("0x99"), Machine: machine, Inspector: inspector.Address()}
	req.Signature, _ = inspector.SignDigest(context.Background(), req.Digest())
	good, _ := json.Marshal(req)
	f.Add(good)
	f.Add([]byte(`{"nonce":null}`))
	f.Add([]byte(`[]`))
	f.Add([]byte{0xff, 0x00})
	h, err := liveness.NewHandler(liveness.HandlerConfig{Signer: keys.NewSigner(key(f, 1)), Machines: []common.Hash{machine},
		Receipts: receiptSource{}, PerClientRate: 1e9, PerClientBurst: 1e9}, zerolog.Nop())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, path := range []string{liveness.EchoPath, liveness.ReceiptsPath} {
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, path, bytes.NewReader(body)))
			if rec.Code == http.StatusOK {
				var r liveness.Request
				if err := json.Unmarshal(body, &r); err != nil || r.Validate() != nil {
					t.Fatalf("signed an answer to %q", body)
				}
			}
		}
	})
}

// jitter is a network between inspector and node: a scripted sequence of drops (the request vanishes: the
// attempt times out) and 300 ms latency spikes, applied in order to the requests it carries.
type jitter struct {
	next   http.RoundTripper
	script []string // "drop", "spike" or "ok"; repeats
	n      atomic.Int64
}

func (j *jitter) RoundTrip(r *http.Request) (*http.Response, error) {
	step := j.script[int(j.n.Add(1)-1)%len(j.script)]
	switch step {
	case "drop":
		<-r.Context().Done()
		return nil, r.Context().Err()
	case "spike":
		select {
		case <-time.After(300 * time.Millisecond):
		case <-r.Context().Done():
			return nil, r.Context().Err()
		}
	}
	return j.next.RoundTrip(r)
}

// TestJitterDefaultsHold: under the default policy, an honest node behind a network that drops three requests
// in a row, or delays by 300 ms, still passes every check; only a node that stays silent fails one.
func TestJitterDefaultsHold(t *testing.T) {
	n := newNode(t, liveness.HandlerConfig{})
	for _, tc := range []struct {
		name   string
		script []string
		ok     bool
	}{
		{"spikes", []string{"spike"}, true},
		{"one drop then spikes", []string{"drop", "spike", "spike"}, true},
		{"three drops in a row", []string{"drop", "drop", "drop", "ok"}, true},
		{"silent", []string{"drop"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var wg sync.WaitGroup
			results := make([]liveness.Result, 3)
			for i := range results {
				wg.Add(1)
				go func() {
					defer wg.Done()
					// One network per check, so each check sees the whole script from its start.
					j := &jitter{next: http.DefaultTransport, script: tc.script}
					c := newClient(t, liveness.ClientConfig{HTTP: &http.Client{Transport: j}})
					results[i] = c.Echo(context.Background(), liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()})
				}()
			}
			wg.Wait()
			for i, res := range results {
				if res.OK() != tc.ok {
					t.Fatalf("check %d: ok = %v (%v) after %d attempts", i, res.OK(), res.Err, res.Attempts)
				}
				if !tc.ok && res.Attempts != liveness.DefaultAttempts {
					t.Fatalf("a silent node failed after %d attempts, want %d", res.Attempts, liveness.DefaultAttempts)
				}
				if d := res.Finished.Sub(res.Started); d > 10*time.Second {
					t.Fatalf("a check took %s, longer than the policy's 9.75 s bound", d)
				}
			}
		})
	}
}

func TestConfigErrors(t *testing.T) {
	if _, err := liveness.NewHandler(liveness.HandlerConfig{}, zerolog.Nop()); err == nil {
		t.Error("handler without a signer")
	}
	if _, err := liveness.NewHandler(liveness.HandlerConfig{Signer: keys.NewSigner(key(t, 1))}, zerolog.Nop()); err == nil {
		t.Error("handler without machines")
	}
	if _, err := liveness.NewHandler(liveness.HandlerConfig{Signer: keys.NewSigner(key(t, 1)), Machines: []common.Hash{{}}}, zerolog.Nop()); err == nil {
		t.Error("handler with a zero machine")
	}
	if _, err := liveness.NewClient(liveness.ClientConfig{}); err == nil {
		t.Error("client without a signer")
	}
}

// BenchmarkEchoChecks measures how many liveness checks one inspector completes against a local node, with as
// many in flight as GOMAXPROCS × 8 (checks are I/O bound; the CPU cost is one request signature, one echo
// signature and two recoveries). It reports checks per minute; the target is ≥ 1,000 machines per minute on
// 2 cores. The baseline figure is one bare secp256k1 signature in the same run.
func BenchmarkEchoChecks(b *testing.B) {
	n := newNode(b, liveness.HandlerConfig{PerClientRate: 1e9, PerClientBurst: 1e9})
	c := newClient(b, liveness.ClientConfig{})
	tg := liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()}
	var failed atomic.Int64
	b.SetParallelism(8)
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if res := c.Echo(context.Background(), tg); !res.OK() {
				failed.Add(1)
			}
		}
	})
	elapsed := time.Since(start)
	b.StopTimer()
	if failed.Load() > 0 {
		b.Fatalf("%d checks failed", failed.Load())
	}
	b.ReportMetric(float64(b.N)/elapsed.Minutes(), "checks/min")
	k := key(b, 3)
	const sigs = 200
	t0 := time.Now()
	for i := 0; i < sigs; i++ {
		_, _ = crypto.Sign(crypto.Keccak256([]byte(fmt.Sprint(i))), k)
	}
	b.ReportMetric(float64(time.Since(t0).Microseconds())/sigs, "µs/baseline-sign")
}

package node

import (
	"context"
	"crypto/sha256"
	"crypto/tls"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
)

// simProvider is a provider node's inspector-facing surface made of the shared parts a provider node mounts
// (oracle/liveness's handler, oracle/proofsession's server with the CPU prover the SIM class proves with,
// oracle/content's gateway serving the machine's spec), behind a TLS listener whose certificate is bound to
// the provider's key, as the provider node serves them.
type simProvider struct {
	key     *keys.Signer
	machine common.Hash
	gpus    []string
	srv     *httptest.Server
	specCID string

	store *content.Store

	mu     sync.Mutex
	leased map[string]bool
	// results are the result CIDs the node publishes, by lease; corrupt makes its gateway flip a byte of every
	// block it serves (content that does not hash to its CID).
	results map[uint64]string
	corrupt bool
}

// Result implements liveness.ResultSource from the results the test sets.
func (p *simProvider) Result(_ context.Context, _ common.Hash, lease *big.Int) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.results[lease.Uint64()]
	if !ok {
		return "", liveness.ErrNoResult
	}
	return c, nil
}

// corrupting serves the gateway's answers with one byte of each body flipped while p.corrupt is set.
func (p *simProvider) corrupting(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		corrupt := p.corrupt
		p.mu.Unlock()
		if !corrupt {
			h.ServeHTTP(w, r)
			return
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, r)
		body := rec.Body.Bytes()
		if len(body) > 0 {
			body[len(body)-1] ^= 0xff
		}
		for k, v := range rec.Header() {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.Code)
		_, _ = w.Write(body)
	})
}

func mustKey(t testing.TB, seed string) *keys.Signer {
	k, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return keys.NewSigner(k)
}

// Receipts implements liveness.ReceiptSource: the leased GPUs, their containers running.
func (p *simProvider) Receipts(context.Context, common.Hash) ([]liveness.GPUReceipt, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []liveness.GPUReceipt
	for _, u := range p.gpus {
		if p.leased[u] {
			out = append(out, liveness.GPUReceipt{UUID: u, LeaseID: big.NewInt(1), ContainerRunning: true, UtilizationPct: 90})
		}
	}
	return out, nil
}

// newSimProvider serves a machine of gpus; backends[i] proves for GPU i (proof.CPU unless a test lies).
func newSimProvider(t testing.TB, name string, backends ...proof.Backend) *simProvider {
	t.Helper()
	p := &simProvider{key: mustKey(t, "provider "+name), machine: common.Hash(sha256.Sum256([]byte(name))), leased: map[string]bool{},
		results: map[uint64]string{}}
	var gpus []proofsession.GPU
	for i, b := range backends {
		u := fmt.Sprintf("GPU-%s-%d", name, i)
		p.gpus = append(p.gpus, u)
		gpus = append(gpus, proofsession.GPU{UUID: u, Prover: proof.NewProver(b, 1, zerolog.Nop())})
	}
	ps, err := proofsession.NewServer(proofsession.ServerConfig{Signer: p.key, Machine: p.machine, GPUs: gpus, Authorizer: anyInspector{}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	lh, err := liveness.NewHandler(liveness.HandlerConfig{Signer: p.key, Machines: []common.Hash{p.machine}, Receipts: p, Results: p,
		Authorizer: anyInspector{}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	store := content.NewMemoryStore()
	p.store = store
	mux := http.NewServeMux()
	mux.Handle(ProofPath, ps)
	mux.Handle(liveness.EchoPath, lh)
	mux.Handle(liveness.ReceiptsPath, lh)
	mux.Handle(liveness.ResultPath, lh)
	// As a provider node serves it: the spec to anyone, a lease's result to an inspector with a signed access.
	gw := content.NewGateway(store, content.GatewayConfig{}, zerolog.Nop())
	results := lh.ResultContent(gw)
	mux.Handle("/ipfs/", p.corrupting(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		p.mu.Lock()
		spec := p.specCID
		p.mu.Unlock()
		if strings.TrimPrefix(r.URL.Path, "/ipfs/") == spec {
			gw.ServeHTTP(w, r)
			return
		}
		results.ServeHTTP(w, r)
	})))
	p.srv = httptest.NewUnstartedServer(mux)
	cert, err := gateway.NodeCertificate(context.Background(), p.key, time.Now().Add(-time.Minute), time.Now().Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	p.srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13}
	p.srv.StartTLS()
	t.Cleanup(p.srv.Close)
	doc := map[string]any{"version": 1, "provider": p.key.Address(), "name": name, "class": proof.SimClass,
		"endpoint": strings.TrimPrefix(p.srv.URL, "https://"), "gpus": func() []map[string]any {
			var gs []map[string]any
			for i, u := range p.gpus {
				gs = append(gs, map[string]any{"index": i, "uuid": u, "name": "Simulated GPU"})
			}
			return gs
		}()}
	raw, _ := json.Marshal(doc)
	id, err := store.AddBytes(context.Background(), raw)
	if err != nil {
		t.Fatal(err)
	}
	p.mu.Lock()
	p.specCID = id.String()
	p.mu.Unlock()
	return p
}

func (p *simProvider) listing() Listing {
	return Listing{ID: p.machine, Provider: p.key.Address(), Class: proof.SimClass, GPUs: uint32(len(p.gpus)), Listed: true, Metadata: p.specCID}
}

// anyInspector authorises every inspector (a provider node asks the staking contract).
type anyInspector struct{}

func (anyInspector) ActiveInspector(context.Context, common.Address) (bool, error) { return true, nil }

// listingMap is a fake of the directory's listings (our own interface).
type listingMap map[common.Hash]Listing

func (m listingMap) Machine(_ context.Context, id common.Hash) (Listing, error) {
	l, ok := m[id]
	if !ok {
		return Listing{}, fmt.Errorf("machine %s: %w", id, errUnknown)
	}
	return l, nil
}

// simChallenges are small SIM-class challenges (compute and capacity with its chase), as in proofsession's
// example, so a check takes milliseconds on a CPU.
var simChallenges = ChallengeTableFunc(func(class string) ([]Challenge, error) {
	if class != proof.SimClass {
		return nil, fmt.Errorf("class %q: not in this test's table", class)
	}
	return []Challenge{
		{Kind: "compute", Params: proof.Params{Width: 64, Rows: 64, Steps: 4, Group: 1, LeafGroups: 8, Openings: 16}, Deadlines: proof.DeadlinesFor(30 * time.Second)},
		{Kind: "capacity", Params: proof.Params{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
			Chains: 2, Hops: 1 << 12, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 16}, Deadlines: proof.DeadlinesFor(30 * time.Second)},
	}, nil
})

package node

import (
	"context"
	"encoding/json"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

type noInspectors struct{}

func (noInspectors) ActiveInspector(context.Context, common.Address) (bool, error) { return false, nil }

// TestPublicContentIsOnlyTheMachineSpec: the node's content store holds renters' job specs (their env may carry
// secrets), uploaded inputs and job outputs beside the machine's spec. Lease CIDs are public on chain (the bound
// job, the recorded result), so the unauthenticated /ipfs/ route must serve only what the node publishes; the
// rest reaches its renter through the token-checked routes.
func TestPublicContentIsOnlyTheMachineSpec(t *testing.T) {
	ctx := context.Background()
	key, _ := crypto.GenerateKey()
	signer := keys.NewSigner(key)
	store := content.NewMemoryStore()
	spec := MachineSpec{Version: SpecVersion, Provider: signer.Address(), Name: "rig-1", Class: "SIM", Region: "devnet"}
	specCID, err := store.AddBytes(ctx, spec.Encode())
	if err != nil {
		t.Fatal(err)
	}
	private, err := store.AddBytes(ctx, []byte(`{"version":1,"env":{"API_KEY":"s3cret"}}`))
	if err != nil {
		t.Fatal(err)
	}
	n := &Node{log: zerolog.Nop()}
	h, err := publicHandler(n, DaemonDeps{Deps: Deps{Content: store, Log: zerolog.Nop()}, Signer: signer, Inspectors: noInspectors{}},
		common.HexToHash("0x01"), spec)
	if err != nil {
		t.Fatal(err)
	}
	get := func(path string) int {
		w := httptest.NewRecorder()
		h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		if loc := w.Header().Get("Location"); w.Code/100 == 3 && loc != "" { // a cleaned path: follow it once
			w = httptest.NewRecorder()
			h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, loc, nil))
		}
		return w.Code
	}
	if code := get("/ipfs/" + specCID.String() + "?format=car"); code != http.StatusOK {
		t.Errorf("the machine spec: %d, want 200", code)
	}
	for _, p := range []string{"/ipfs/" + private.String() + "?format=car", "/ipfs/" + private.String() + "?format=raw",
		"/ipfs/" + private.String() + "/?format=car", "/ipfs/" + specCID.String() + "/../" + private.String() + "?format=raw"} {
		if code := get(p); code != http.StatusNotFound {
			t.Errorf("GET %s: %d, want 404 (a renter's content, public)", p, code)
		}
	}
}

// resultStore is the part of Store that Node.Result reads: the workloads by lease (the embedded nil Store
// panics on the rest).
type resultStore struct {
	Store
	workloads map[uint64]Workload
}

func (s resultStore) Workload(_ context.Context, lease uint64) (Workload, error) {
	w, ok := s.workloads[lease]
	if !ok {
		return Workload{}, ErrNotFound
	}
	return w, nil
}

type inspectorSet map[common.Address]bool

func (s inspectorSet) ActiveInspector(_ context.Context, a common.Address) (bool, error) {
	return s[a], nil
}

// TestResultContentOnlyForActiveInspectors: an ended lease's output is the renter's, and its CID is public on
// chain, yet the inspectors must fetch it to attest the completion. The node serves it only to an active
// inspector whose signed access names this machine, that lease and that root and has not expired, and only
// when the root is what the node published as the lease's result; the machine spec stays public.
func TestResultContentOnlyForActiveInspectors(t *testing.T) {
	ctx := context.Background()
	provKey, _ := crypto.GenerateKey()
	signer := keys.NewSigner(provKey)
	inspKey, _ := crypto.GenerateKey()
	inspector := keys.NewSigner(inspKey)
	strangerKey, _ := crypto.GenerateKey()
	stranger := keys.NewSigner(strangerKey)
	machine := common.HexToHash("0x01")

	store := content.NewMemoryStore()
	spec := MachineSpec{Version: SpecVersion, Provider: signer.Address(), Name: "rig-1", Class: "SIM", Region: "devnet"}
	specCID, err := store.AddBytes(ctx, spec.Encode())
	if err != nil {
		t.Fatal(err)
	}
	output, err := store.AddBytes(ctx, []byte("lease 7's output"))
	if err != nil {
		t.Fatal(err)
	}
	running, err := store.AddBytes(ctx, []byte("lease 8's output so far"))
	if err != nil {
		t.Fatal(err)
	}
	jobSpec, err := store.AddBytes(ctx, []byte(`{"version":1,"env":{"API_KEY":"s3cret"}}`))
	if err != nil {
		t.Fatal(err)
	}
	n := &Node{cfg: Config{Machine: machine}, log: zerolog.Nop(), deps: Deps{Store: resultStore{workloads: map[uint64]Workload{
		7: {Lease: 7, Phase: PhaseExited, Output: output.String(), Spec: jobSpec.String()},
		8: {Lease: 8, Phase: PhaseRunning, Output: running.String()},
	}}}}
	h, err := publicHandler(n, DaemonDeps{Deps: Deps{Content: store, Log: zerolog.Nop()}, Signer: signer,
		Inspectors: inspectorSet{inspector.Address(): true}}, machine, spec)
	if err != nil {
		t.Fatal(err)
	}
	access := func(s *keys.Signer, m common.Hash, lease uint64, root string, at time.Time) string {
		t.Helper()
		a, err := liveness.SignResultAccess(ctx, s, liveness.ResultAccess{Machine: m, LeaseID: new(big.Int).SetUint64(lease), Root: root}, at)
		if err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(a)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	get := func(root, header string) *httptest.ResponseRecorder {
		w := httptest.NewRecorder()
		r := httptest.NewRequest(http.MethodGet, "/ipfs/"+root+"?format=car", nil)
		if header != "" {
			r.Header.Set(liveness.ResultAccessHeader, header)
		}
		h.ServeHTTP(w, r)
		return w
	}
	now := time.Now()
	out := output.String()
	for _, tc := range []struct {
		name, root, header string
		want               int
	}{
		{"the machine spec, no header", specCID.String(), "", http.StatusOK},
		{"the result, no header", out, "", http.StatusNotFound},
		{"the result, a header that is not JSON", out, "lease 7 please", http.StatusBadRequest},
		{"the result, a header another key signed over", out, forged(t, access(inspector, machine, 7, out, now)), http.StatusUnauthorized},
		{"the result, asked by a key that is not an active inspector", out, access(stranger, machine, 7, out, now), http.StatusForbidden},
		{"the result, an inspector's access for another root", out, access(inspector, machine, 7, running.String(), now), http.StatusForbidden},
		{"the result, an inspector's access that expired", out, access(inspector, machine, 7, out, now.Add(-liveness.ResultAccessLifetime-time.Second)), http.StatusForbidden},
		{"the result, an inspector's access expiring too far ahead", out, access(inspector, machine, 7, out, now.Add(liveness.MaxResultAccessAhead)), http.StatusForbidden},
		{"the result, an inspector's access for another machine", out, access(inspector, common.HexToHash("0x02"), 7, out, now), http.StatusNotFound},
		{"the job spec (not a result) with a valid access", jobSpec.String(), access(inspector, machine, 7, jobSpec.String(), now), http.StatusNotFound},
		{"the result under another lease's access", out, access(inspector, machine, 9, out, now), http.StatusNotFound},
		{"a running lease's output", running.String(), access(inspector, machine, 8, running.String(), now), http.StatusNotFound},
		{"the result with a valid access", out, access(inspector, machine, 7, out, now), http.StatusOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := get(tc.root, tc.header)
			if w.Code != tc.want {
				t.Fatalf("%d (%s), want %d", w.Code, strings.TrimSpace(w.Body.String()), tc.want)
			}
			if tc.want != http.StatusOK {
				return
			}
			blocks := content.NewMemoryStore()
			root, err := blocks.ImportCAR(ctx, w.Body, content.DefaultLimits())
			if err != nil || root.String() != tc.root {
				t.Fatalf("the answer is not the CAR of %s: %v, %v", tc.root, root, err)
			}
		})
	}
}

// forged replaces the signature of a signed access with one by another key over the same digest's fields.
func forged(t *testing.T, header string) string {
	t.Helper()
	var a liveness.ResultAccess
	if err := json.Unmarshal([]byte(header), &a); err != nil {
		t.Fatal(err)
	}
	other, _ := crypto.GenerateKey()
	sig, err := keys.NewSigner(other).SignDigest(context.Background(), a.Digest())
	if err != nil {
		t.Fatal(err)
	}
	a.Signature = sig
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

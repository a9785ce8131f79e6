package node

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/keys"
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

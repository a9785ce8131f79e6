package liveness_test

import (
	"context"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// TestResultContentThroughTheInspectorsClient: the client the inspector hands oracle/content signs a fresh
// access for each root it asks for, and the node's gate lets it through to the gateway only for the lease's
// published result; a client without the access, or an inspector that is not active, gets nothing.
func TestResultContentThroughTheInspectorsClient(t *testing.T) {
	ctx := context.Background()
	store := content.NewMemoryStore()
	result, err := store.AddBytes(ctx, []byte("lease 7's output"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := store.AddBytes(ctx, []byte("a renter's input"))
	if err != nil {
		t.Fatal(err)
	}
	inspector := keys.NewSigner(key(t, 2))
	h, err := liveness.NewHandler(liveness.HandlerConfig{Signer: keys.NewSigner(key(t, 1)), Machines: []common.Hash{machine},
		Results: results{7: result.String()}, Authorizer: authorizer{inspector.Address(): true}}, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h.ResultContent(content.NewGateway(store, content.GatewayConfig{}, zerolog.Nop())))
	t.Cleanup(srv.Close)
	target := liveness.Target{URL: srv.URL, Machine: machine}
	fetch := func(hc *http.Client, root cid.Cid) error {
		c, err := content.NewClient(srv.URL, hc, content.Limits{})
		if err != nil {
			t.Fatal(err)
		}
		return c.Fetch(ctx, root, content.NewMemoryStore())
	}
	lc := newClient(t, liveness.ClientConfig{Signer: inspector})
	if err := fetch(lc.ResultContentClient(target, big.NewInt(7)), result); err != nil {
		t.Fatalf("the inspector's fetch of lease 7's result: %v", err)
	}
	if err := fetch(lc.ResultContentClient(target, big.NewInt(7)), other); !errors.Is(err, content.ErrNotFound) {
		t.Errorf("another CID under lease 7's access: %v, want not found", err)
	}
	if err := fetch(http.DefaultClient, result); !errors.Is(err, content.ErrNotFound) {
		t.Errorf("the result without an access: %v, want not found", err)
	}
	stranger := newClient(t, liveness.ClientConfig{Signer: keys.NewSigner(key(t, 3))})
	if err := fetch(stranger.ResultContentClient(target, big.NewInt(7)), result); err == nil || !strings.Contains(err.Error(), "403") {
		t.Errorf("the result asked by a key that is not an active inspector: %v, want 403", err)
	}
}

// TestResultAccessChecks: VerifyResultAccess names what is wrong, and the digest binds every field (so a
// captured access opens no other machine, lease or root, and cannot be moved later).
func TestResultAccessChecks(t *testing.T) {
	ctx := context.Background()
	inspector := keys.NewSigner(key(t, 2))
	now := time.UnixMilli(1_800_000_000_000)
	good, err := liveness.SignResultAccess(ctx, inspector, liveness.ResultAccess{Machine: machine, LeaseID: big.NewInt(7), Root: resultCID}, now)
	if err != nil {
		t.Fatal(err)
	}
	if err := liveness.VerifyResultAccess(good, machine, resultCID, now); err != nil {
		t.Fatalf("a fresh access: %v", err)
	}
	upper := strings.ToUpper(resultCID[:1]) + resultCID[1:]
	for _, tc := range []struct {
		name    string
		mutate  func(*liveness.ResultAccess)
		machine common.Hash
		root    string
		at      time.Time
		want    error
		field   string
	}{
		{"zero machine", func(a *liveness.ResultAccess) { a.Machine = common.Hash{} }, machine, resultCID, now, liveness.ErrMalformed, "machine"},
		{"zero inspector", func(a *liveness.ResultAccess) { a.Inspector = common.Address{} }, machine, resultCID, now, liveness.ErrMalformed, "inspector"},
		{"no lease", func(a *liveness.ResultAccess) { a.LeaseID = nil }, machine, resultCID, now, liveness.ErrMalformed, "leaseId"},
		{"a root that is not a CID", func(a *liveness.ResultAccess) { a.Root = "nope" }, machine, "nope", now, liveness.ErrMalformed, "root"},
		{"a root spelled another way", func(a *liveness.ResultAccess) { a.Root = upper }, machine, upper, now, liveness.ErrMalformed, "root"},
		{"no expiry", func(a *liveness.ResultAccess) { a.ExpiresMs = 0 }, machine, resultCID, now, liveness.ErrMalformed, "expiresMs"},
		{"short signature", func(a *liveness.ResultAccess) { a.Signature = a.Signature[:10] }, machine, resultCID, now, liveness.ErrMalformed, "signature"},
		{"another lease under the same signature", func(a *liveness.ResultAccess) { a.LeaseID = big.NewInt(8) }, machine, resultCID, now, liveness.ErrBadSignature, ""},
		{"a later expiry under the same signature", func(a *liveness.ResultAccess) { a.ExpiresMs += 60_000 }, machine, resultCID, now, liveness.ErrBadSignature, ""},
		{"asked for another machine", nil, common.HexToHash("0x02"), resultCID, now, liveness.ErrUnauthorized, "machine"},
		{"asked for another root", nil, machine, "bafkqaaa", now, liveness.ErrUnauthorized, "root"},
		{"expired", nil, machine, resultCID, now.Add(liveness.ResultAccessLifetime + time.Millisecond), liveness.ErrUnauthorized, "expired"},
		{"expiring too far ahead", nil, machine, resultCID, now.Add(liveness.ResultAccessLifetime - liveness.MaxResultAccessAhead - time.Millisecond), liveness.ErrUnauthorized, "ahead"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a := good
			a.Signature = append([]byte(nil), good.Signature...)
			if tc.mutate != nil {
				tc.mutate(&a)
			}
			err := liveness.VerifyResultAccess(a, tc.machine, tc.root, tc.at)
			if !errors.Is(err, tc.want) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("%v, want %v naming %q", err, tc.want, tc.field)
			}
		})
	}
}

package main

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
)

// TestDevnetStopProviderNeedsADevnet: `devnet stop-provider` against a JSON-RPC endpoint that is not an idlegrid
// devnet (no devnet namespace) says so instead of a raw RPC error; against nothing at all it names the URL.
// The devnet's own answer is run by TestReadmeWalkthroughVerbatim (the README's breach section).
func TestDevnetStopProviderNeedsADevnet(t *testing.T) {
	srv := rpc.NewServer()
	t.Cleanup(srv.Stop)
	if err := srv.RegisterName("web3", web3API{}); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(hs.Close)
	if _, _, err := run(t, "devnet", "stop-provider", "--rpc", hs.URL); err == nil || !strings.Contains(err.Error(), "is not an idlegrid devnet") {
		t.Fatalf("stop-provider against a plain node: %v", err)
	}
	dead := httptest.NewServer(http.NotFoundHandler())
	dead.Close()
	if _, _, err := run(t, "devnet", "stop-provider", "--rpc", dead.URL); err == nil || !strings.Contains(err.Error(), dead.URL) {
		t.Fatalf("stop-provider against nothing: %v", err)
	}
}

// web3API is a node's web3_clientVersion, all a plain JSON-RPC endpoint needs here.
type web3API struct{}

func (web3API) ClientVersion() string { return "not-a-devnet/1.0" }

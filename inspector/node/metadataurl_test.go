package node

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

func TestPublicAddress(t *testing.T) {
	for a, want := range map[string]bool{
		"8.8.8.8": true, "1.1.1.1": true, "2606:4700:4700::1111": true,
		"127.0.0.1": false, "::1": false, "10.1.2.3": false, "172.16.0.1": false, "192.168.1.1": false,
		"169.254.169.254": false, "fe80::1": false, "fc00::1": false, "0.0.0.0": false, "::": false,
		"100.64.0.1": false, "224.0.0.1": false, "255.255.255.255": false, "::ffff:127.0.0.1": false,
		"::ffff:10.0.0.1": false, "64:ff9b::a00:1": false, "2002:a00:1::1": false, "198.18.0.1": false,
	} {
		if got := publicAddress(netip.MustParseAddr(a)); got != want {
			t.Errorf("publicAddress(%s) = %v, want %v", a, got, want)
		}
	}
}

// TestMetadataURLFetchIsRestricted: a listing's http(s) metadata URL is the provider's choice and every
// inspector fetches it. Outside dev chains it must not reach loopback or private addresses (the inspector's own
// services, a cloud's metadata address); anywhere it follows redirects only on the URL's own host, a few at
// most, reads at most a spec's bytes and gives up after the directory's timeout.
func TestMetadataURLFetchIsRestricted(t *testing.T) {
	ctx := context.Background()
	provider := common.HexToAddress("0xb0b")
	doc, err := json.Marshal(map[string]any{"version": 1, "provider": provider, "class": "SIM", "endpoint": "node.example:8549",
		"gpus": []map[string]any{{"uuid": "GPU-1"}}})
	if err != nil {
		t.Fatal(err)
	}
	var elsewhereHits atomic.Int64
	elsewhere := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		elsewhereHits.Add(1)
		_, _ = w.Write(doc)
	}))
	t.Cleanup(elsewhere.Close)
	var hits atomic.Int64
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		switch r.URL.Path {
		case "/spec.json":
			_, _ = w.Write(doc)
		case "/moved":
			http.Redirect(w, r, "/spec.json", http.StatusFound)
		case "/away":
			http.Redirect(w, r, elsewhere.URL+"/spec.json", http.StatusFound)
		case "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case "/huge":
			_, _ = w.Write([]byte(`{"version":1,"pad":"` + strings.Repeat("x", MaxSpecBytes) + `"}`))
		case "/slow":
			<-r.Context().Done()
		}
	}))
	t.Cleanup(srv.Close)
	resolve := func(t *testing.T, path string, dev bool) error {
		t.Helper()
		d := NewMetadataDirectory(oneListing{Provider: provider, Class: "SIM", GPUs: 1, Listed: true, Metadata: srv.URL + path},
			nil, time.Second)
		if dev {
			d.AllowPrivateMetadata()
		}
		_, err := d.Machine(ctx, common.HexToHash("0x01"))
		return err
	}

	t.Run("loopback outside a dev chain", func(t *testing.T) {
		before := hits.Load()
		if err := resolve(t, "/spec.json", false); !errors.Is(err, ErrMetadataAddress) {
			t.Fatalf("%v, want ErrMetadataAddress", err)
		}
		if hits.Load() != before {
			t.Error("the loopback server was reached")
		}
	})
	t.Run("on a dev chain", func(t *testing.T) {
		if err := resolve(t, "/spec.json", true); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a redirect on the same host", func(t *testing.T) {
		if err := resolve(t, "/moved", true); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("a redirect to another host", func(t *testing.T) {
		if err := resolve(t, "/away", true); !errors.Is(err, ErrMetadataAddress) || !strings.Contains(err.Error(), "another host") {
			t.Fatalf("%v, want ErrMetadataAddress naming another host", err)
		}
		if elsewhereHits.Load() != 0 {
			t.Error("the other host was reached")
		}
	})
	t.Run("endless redirects", func(t *testing.T) {
		if err := resolve(t, "/loop", true); !errors.Is(err, ErrMetadataAddress) || !strings.Contains(err.Error(), "redirects") {
			t.Fatalf("%v, want ErrMetadataAddress naming the redirects", err)
		}
	})
	t.Run("over a spec's size", func(t *testing.T) {
		if err := resolve(t, "/huge", true); err == nil || !strings.Contains(err.Error(), "bytes") {
			t.Fatalf("%v, want a refusal naming the size", err)
		}
	})
	t.Run("a server that never answers", func(t *testing.T) {
		if err := resolve(t, "/slow", true); err == nil || !strings.Contains(err.Error(), "Timeout") {
			t.Fatalf("%v, want the directory's timeout", err)
		}
	})
}

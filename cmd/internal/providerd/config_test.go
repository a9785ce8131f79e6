package providerd

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// TestConfigFile: the file init writes is commented, reads back to the defaults, and a typo'd key or a bad
// value is an error naming it.
func TestConfigFile(t *testing.T) {
	b, err := DefaultConfig().Encode()
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, want := range []string{"[chain]", "# JSON-RPC URL", "confirmations = 2", "[pricing]", "usd_per_gpu_hour = 0.0", "quote_lifetime = '10m0s'",
		"# host:port renters and inspectors reach", "[content]", "retain = '168h0m0s'"} {
		if !strings.Contains(text, want) {
			t.Errorf("config file lacks %q:\n%s", want, text)
		}
	}
	path := filepath.Join(t.TempDir(), "provider.toml")
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Chain.Confirmations != 2 || time.Duration(c.Pricing.QuoteLifetime) != 10*time.Minute || c.Machine.GPUs != "nvml" || c.Validate() != nil {
		t.Fatalf("read back %+v", c)
	}
	for _, tc := range []struct{ edit, want string }{
		{strings.Replace(text, "confirmations", "confirmation", 1), "confirmation"},
		{strings.Replace(text, "quote_lifetime = '10m0s'", "quote_lifetime = 'ten minutes'", 1), "ten minutes"},
		{strings.Replace(text, "gpus = 'nvml'", "gpus = 'sim:0'", 1), "machine.gpus"},
		{strings.Replace(text, "retain = '168h0m0s'", "retain = '10m'", 1), "content.retain"},
	} {
		if err := os.WriteFile(path, []byte(tc.edit), 0o600); err != nil {
			t.Fatal(err)
		}
		c, err := Load(path)
		if err == nil {
			err = c.Validate()
		}
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("edit naming %q: %v", tc.want, err)
		}
	}
}

// TestIndexerURL: quotes go to pricing.indexer, else the deployment's own indexer, else the default address
// (the devnet and another chain share a chain id, so the default could be the wrong chain's indexer).
func TestIndexerURL(t *testing.T) {
	cfg := DefaultConfig()
	if cfg.Pricing.Indexer != "" {
		t.Fatalf("default pricing.indexer %q: want empty (the deployment's)", cfg.Pricing.Indexer)
	}
	d := deployment.Deployment{IndexerAPI: "http://127.0.0.1:8557"}
	if got := IndexerURL(cfg, d); got != d.IndexerAPI {
		t.Fatalf("the deployment's indexer: %q", got)
	}
	if got := IndexerURL(cfg, deployment.Deployment{}); got != api.DefaultURL {
		t.Fatalf("no indexer named: %q", got)
	}
	cfg.Pricing.Indexer = "http://indexer.example:8547"
	if got := IndexerURL(cfg, d); got != cfg.Pricing.Indexer {
		t.Fatalf("pricing.indexer set: %q", got)
	}
}

package inspectord

import (
	"strings"
	"testing"

	"github.com/gagliardetto/solana-go"
)

// TestSolanaSection checks the solana section: no duty without a deployment, and each bad setting refused
// with its field named.
func TestSolanaSection(t *testing.T) {
	base := DefaultConfig()
	base.Chain.RPC, base.Chain.Deployment, base.Node.DataDir = "http://127.0.0.1:8545", "deployments/devnet.json", t.TempDir()
	if err := base.Validate(); err != nil {
		t.Fatalf("default config with chain and data dir: %v", err)
	}
	if sd, err := SolanaDeps(base); err != nil || sd != nil {
		t.Fatalf("no solana.deployment: %+v, %v (want no duty)", sd, err)
	}
	key := solana.NewWallet().PublicKey().String()
	for _, tt := range []struct {
		name  string
		edit  func(*Config)
		field string
	}{
		{"peer key", func(c *Config) {
			c.Solana.Peers = map[string]string{"not-base58!": "0x0000000000000000000000000000000000000001"}
		}, "solana.peers.not-base58!"},
		{"peer address", func(c *Config) { c.Solana.Peers = map[string]string{key: "nobody"} }, "solana.peers." + key},
		{"keypair", func(c *Config) { c.Solana.Deployment = "deployments/devnet-solana.json" }, "solana.keypair"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := base
			tt.edit(&c)
			err := c.Validate()
			if err == nil || !strings.HasPrefix(err.Error(), tt.field) {
				t.Fatalf("error %v, want one naming %s", err, tt.field)
			}
		})
	}
	c := base
	c.Solana.Deployment, c.Solana.Keypair = "/nonexistent/devnet-solana.json", "/nonexistent/key.json"
	if _, err := SolanaDeps(c); err == nil || !strings.HasPrefix(err.Error(), "solana.deployment") {
		t.Fatalf("missing deployment file: %v", err)
	}
}

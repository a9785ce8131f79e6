package inspectord

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"

	"github.com/idlegrid/idlegrid/oracle/solgateway"
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

// TestSolanaSectionBuildsTheDuty checks the section's happy path: the deployment file, this node's RPC (or the
// file's), its keypair and its peers become the node's Solana duty.
func TestSolanaSectionBuildsTheDuty(t *testing.T) {
	dir := t.TempDir()
	me, other := solana.NewWallet().PrivateKey, solana.NewWallet().PublicKey()
	pk := func() solana.PublicKey { return solana.NewWallet().PublicKey() }
	d := solgateway.Deployment{Cluster: solana.Hash{1}, Multisig: pk(), Threshold: 2, Signers: []solana.PublicKey{me.PublicKey(), other},
		GRID: solgateway.Vault{Symbol: "GRID", Mint: pk(), Decimals: 9, Account: pk()}, GRIDSupply: 1e18,
		USDC:   solgateway.Vault{Symbol: "USDC", Mint: pk(), Decimals: 6, Account: pk()},
		Nonces: []solgateway.NonceAccount{{Address: pk(), Authority: me.PublicKey()}}}
	depFile := filepath.Join(dir, "solana.json")
	if err := solgateway.SaveDeploymentFile(depFile, solgateway.DeploymentFile{RPC: "http://127.0.0.1:8899", Deployment: d}); err != nil {
		t.Fatal(err)
	}
	ints := make([]int, len(me))
	for i, b := range me {
		ints[i] = int(b)
	}
	raw, _ := json.Marshal(ints)
	keyFile := filepath.Join(dir, "key.json")
	if err := os.WriteFile(keyFile, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	c := DefaultConfig()
	c.Chain.RPC, c.Chain.Deployment, c.Node.DataDir = "http://127.0.0.1:8545", "deployments/devnet.json", dir
	c.Solana.Deployment, c.Solana.Keypair = depFile, keyFile
	inspector := common.HexToAddress("0x00000000000000000000000000000000000000b2")
	c.Solana.Peers = map[string]string{other.String(): inspector.Hex()}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	sd, err := SolanaDeps(c)
	if err != nil {
		t.Fatal(err)
	}
	if sd == nil || !sd.Key.PublicKey().Equals(me.PublicKey()) || sd.Peers[other] != inspector || sd.Deployment.Multisig != d.Multisig || sd.RPC == nil {
		t.Fatalf("solana duty %+v", sd)
	}
}

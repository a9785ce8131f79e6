package deployment_test

import (
	"context"
	"errors"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
)

var (
	_ deployment.Chain = (*ethclient.Client)(nil)
	_ deployment.Chain = (simulated.Client)(nil)
)

func sample() deployment.Deployment {
	return deployment.Deployment{
		Format:  deployment.Format,
		Chain:   "arbitrum-sepolia",
		ChainID: 421614,
		Block:   123456,
		Contracts: deployment.Contracts{
			GridToken:         common.HexToAddress("0x1000000000000000000000000000000000000001"),
			MockUSD:           common.HexToAddress("0x1000000000000000000000000000000000000002"),
			Staking:           common.HexToAddress("0x1000000000000000000000000000000000000003"),
			AttestationQuorum: common.HexToAddress("0x1000000000000000000000000000000000000004"),
			LeaseEscrow:       common.HexToAddress("0x1000000000000000000000000000000000000005"),
			GridPriceOracle:   common.HexToAddress("0x1000000000000000000000000000000000000006"),
			Rewards:           common.HexToAddress("0x1000000000000000000000000000000000000007"),
			NodeRegistry:      common.HexToAddress("0x1000000000000000000000000000000000000008"),
			LeaseJournal:      common.HexToAddress("0x1000000000000000000000000000000000000009"),
			SolanaGateway:     common.HexToAddress("0x100000000000000000000000000000000000000a"),
		},
	}
}

func TestSaveLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "deployments") // Save creates it
	d := sample()
	path := deployment.Path(dir, d.Chain)
	if filepath.Base(path) != "arbitrum-sepolia.json" {
		t.Fatalf("path %s", path)
	}
	if err := deployment.Save(path, d); err != nil {
		t.Fatal(err)
	}
	got, err := deployment.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if got != d {
		t.Fatalf("loaded %+v, saved %+v", got, d)
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"chainId": 421614`, `"deployedAtBlock": 123456`, `"LeaseEscrow": "0x1000000000000000000000000000000000000005"`} {
		if !strings.Contains(string(raw), want) {
			t.Fatalf("file lacks %s:\n%s", want, raw)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("save left %d files behind, want just the deployment", len(entries))
	}
	if _, err := deployment.Load(filepath.Join(dir, "missing.json")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("missing file: err = %v, want fs.ErrNotExist", err)
	}
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(*deployment.Deployment)
		wantMsg string
	}{
		{"v1 format", func(d *deployment.Deployment) { d.Format = 1 }, "format 1"},
		{"missing registry", func(d *deployment.Deployment) { d.Contracts.NodeRegistry = common.Address{} },
			"no address for NodeRegistry"},
		{"missing journal", func(d *deployment.Deployment) { d.Contracts.LeaseJournal = common.Address{} },
			"no address for LeaseJournal"},
		{"missing gateway", func(d *deployment.Deployment) { d.Contracts.SolanaGateway = common.Address{} },
			"no address for SolanaGateway"},
		{"path in chain name", func(d *deployment.Deployment) { d.Chain = "../etc" }, `chain name "../etc"`},
		{"upper case chain name", func(d *deployment.Deployment) { d.Chain = "Devnet" }, `chain name "Devnet"`},
		{"chain id 0", func(d *deployment.Deployment) { d.ChainID = 0 }, "chain id 0"},
		{"missing contract", func(d *deployment.Deployment) { d.Contracts.Rewards = common.Address{} }, "no address for Rewards"},
		{"shared address", func(d *deployment.Deployment) { d.Contracts.Staking = d.Contracts.GridToken },
			"GridToken and Staking share address"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := sample()
			tc.mutate(&d)
			err := d.Validate()
			if !errors.Is(err, deployment.ErrInvalid) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("err = %v, want ErrInvalid saying %q", err, tc.wantMsg)
			}
			if err := deployment.Save(filepath.Join(t.TempDir(), "x.json"), d); !errors.Is(err, deployment.ErrInvalid) {
				t.Fatalf("Save accepted an invalid deployment: %v", err)
			}
		})
	}
}

func TestLoadRejects(t *testing.T) {
	tests := []struct {
		name, content string
	}{
		{"misspelt contract", `{"format":1,"chain":"devnet","chainId":1337,"deployedAtBlock":1,"contracts":{"GridTokn":"0x1000000000000000000000000000000000000001"}}`},
		{"incomplete", `{"format":1,"chain":"devnet","chainId":1337,"deployedAtBlock":1,"contracts":{"GridToken":"0x1000000000000000000000000000000000000001"}}`},
		{"not json", `chainId: 1337`},
		{"bad address", `{"format":1,"chain":"devnet","chainId":1337,"contracts":{"GridToken":"0x12"}}`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "devnet.json")
			if err := os.WriteFile(path, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			if _, err := deployment.Load(path); !errors.Is(err, deployment.ErrInvalid) || !strings.Contains(err.Error(), path) {
				t.Fatalf("err = %v, want ErrInvalid naming the file", err)
			}
		})
	}
}

func TestVerify(t *testing.T) {
	c := chaintest.New(t, 1)
	// Verify only asks whether code exists, so any contract stands in for each member of the suite here;
	// deploying the real suite is the deploy command's test.
	rev := chaintest.LoadArtifact(t, "Reverter")
	var addrs []common.Address
	for range 10 {
		addrs = append(addrs, c.Deploy(t, c.Keys[0], rev))
	}
	d := deployment.Deployment{
		Format: deployment.Format, Chain: "devnet", ChainID: c.ChainID.Uint64(), Block: 1,
		Contracts: deployment.Contracts{
			GridToken: addrs[0], MockUSD: addrs[1], Staking: addrs[2], AttestationQuorum: addrs[3],
			LeaseEscrow: addrs[4], GridPriceOracle: addrs[5], Rewards: addrs[6], NodeRegistry: addrs[7],
			LeaseJournal: addrs[8], SolanaGateway: addrs[9],
		},
	}
	ctx := context.Background()

	t.Run("deployed", func(t *testing.T) {
		if err := deployment.Verify(ctx, c.Client, d); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("other chain", func(t *testing.T) {
		other := d
		other.ChainID = 42161
		err := deployment.Verify(ctx, c.Client, other)
		var mismatch *deployment.ChainMismatchError
		if !errors.As(err, &mismatch) || !errors.Is(err, deployment.ErrWrongChain) ||
			mismatch.Want.Cmp(big.NewInt(42161)) != 0 || mismatch.Got.Cmp(c.ChainID) != 0 {
			t.Fatalf("err = %v, want a chain mismatch 42161 vs %s", err, c.ChainID)
		}
	})
	t.Run("missing code", func(t *testing.T) {
		broken := d
		eoa := c.Addr(0)
		nowhere := common.HexToAddress("0x00000000000000000000000000000000deadbeef")
		broken.Contracts.LeaseEscrow = eoa
		broken.Contracts.Rewards = nowhere
		err := deployment.Verify(ctx, c.Client, broken)
		if !errors.Is(err, deployment.ErrNoCode) {
			t.Fatalf("err = %v, want ErrNoCode", err)
		}
		for _, want := range []string{"LeaseEscrow: no contract code at " + eoa.Hex(), "Rewards: no contract code at " + nowhere.Hex()} {
			if !strings.Contains(err.Error(), want) {
				t.Fatalf("error %q does not say %q", err, want)
			}
		}
		if strings.Contains(err.Error(), "GridToken") {
			t.Fatalf("error %q blames a deployed contract", err)
		}
	})
}

// TestIndexerAPI: a deployment may name its indexer; the URL must be one a client can call, and it survives a
// save and load.
func TestIndexerAPI(t *testing.T) {
	d := sample()
	d.IndexerAPI = "http://127.0.0.1:8557"
	path := filepath.Join(t.TempDir(), "anvil.json")
	if err := deployment.Save(path, d); err != nil {
		t.Fatal(err)
	}
	back, err := deployment.Load(path)
	if err != nil || back.IndexerAPI != d.IndexerAPI {
		t.Fatalf("loaded %q, %v", back.IndexerAPI, err)
	}
	for _, bad := range []string{"127.0.0.1:8557", "ftp://x", "http://"} {
		d.IndexerAPI = bad
		if err := d.Validate(); !errors.Is(err, deployment.ErrInvalid) {
			t.Errorf("indexerApi %q: %v", bad, err)
		}
	}
}

package main

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// TestRewardsClaimWithIndexerProof: on a devnet with 20-second reward epochs, three inspector nodes verify the
// sim provider's machine, post each epoch's root and upload its tree to the indexer; `idlegrid rewards claim`
// without a claim file fetches the account's proof from the indexer the deployment names and claims: the sim
// provider for itself, and a dev account for an inspector (--address: anyone may submit, the GRID goes to the
// account). Each balance grows by exactly what the command says it paid.
func TestRewardsClaimWithIndexerProof(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with three inspector nodes, a sim provider and the indexer for about two minutes")
	}
	cfg := devnet.DefaultConfig()
	cfg.Chain.HTTPPort, cfg.Chain.WSPort = devchaintest.HTTPAndWS(t)
	cfg.DeploymentFile = filepath.Join(t.TempDir(), "deployments", "devnet.json")
	cfg.InspectorNodes = 3
	cfg.SimProvider.Enabled = true
	cfg.Indexer, cfg.IndexerListen = true, "127.0.0.1:0"
	cfg.Params.EpochLength = 20 * time.Second
	n, err := devnet.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	if err := n.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { n.Close() })
	info := n.Info()
	ctx = context.Background()
	client, err := ethclient.DialContext(ctx, info.HTTP)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	conn := protocol.NewConn(client, info.Deployment, nil)
	ix, err := api.NewClient(info.IndexerAPI)
	if err != nil {
		t.Fatal(err)
	}
	global := []string{"--rpc", info.HTTP, "--deployment", cfg.DeploymentFile}
	provider := n.SimProvider().Provider()

	claim := func(who common.Address, args ...string) {
		t.Helper()
		deadline := time.Now().Add(4 * time.Minute)
		for {
			// The indexer serves a proof once a posted root pays the account; the provider's needs its
			// machine verified first. A proof fetched just before the next root lands is refused: ask again.
			if c, err := ix.RewardClaim(ctx, who); err == nil && c.CumulativeAmount != nil && c.CumulativeAmount.Sign() > 0 {
				before, err := protocol.NewTokens(conn).Balance(ctx, oracle.PayGRID, who)
				if err != nil {
					t.Fatal(err)
				}
				out, errOut, err := run(t, append(append(append([]string{}, global...), "--json", "rewards", "claim"), args...)...)
				if err == nil {
					var got struct {
						Account common.Address `json:"account"`
						Paid    jsonAmount     `json:"paid"`
					}
					if err := json.Unmarshal([]byte(out), &got); err != nil {
						t.Fatalf("rewards claim: not JSON (%v): %s", err, out)
					}
					paid, ok := new(big.Int).SetString(got.Paid.Value, 10)
					after, err := protocol.NewTokens(conn).Balance(ctx, oracle.PayGRID, who)
					if err != nil {
						t.Fatal(err)
					}
					if !ok || paid.Sign() <= 0 || got.Account != who || new(big.Int).Sub(after, before).Cmp(paid) != 0 {
						t.Fatalf("rewards claim %v: %s; balance of %s %s → %s", args, out, who, before, after)
					}
					t.Logf("rewards claim %s: %s paid to %s", strings.Join(args, " "), got.Paid.Text, who.Hex())
					return
				}
				t.Logf("rewards claim %v: %v %s (asking again)", args, err, errOut)
			}
			if time.Now().After(deadline) {
				t.Fatalf("no claim of %s succeeded within 4 minutes", who.Hex())
			}
			time.Sleep(time.Second)
		}
	}
	claim(provider, "--dev-account", "1")
	// An inspector the latest tree pays (for the consumed attestations it co-signed), claimed by dev account 2.
	var inspector common.Address
	for _, nd := range n.Inspectors() {
		if c, err := ix.RewardClaim(ctx, nd.Address()); err == nil && c.CumulativeAmount != nil && c.CumulativeAmount.Sign() > 0 {
			inspector = nd.Address()
			break
		}
	}
	if inspector == (common.Address{}) {
		t.Fatal("the latest tree pays no inspector node")
	}
	claim(inspector, "--address", inspector.Hex(), "--dev-account", "2")
}

package devnet_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"net/http"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/inspector/rewards"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// TestRewardRootsIdenticalAndClaimable: three inspector nodes (k = 2) on a devnet with 20-second reward epochs
// each compute every epoch's tree from their own followers' final chain state; the trees are byte-identical
// across the three, k of them post each root with its cumulative total, the nodes upload the trees to the
// devnet's indexer, and the sim provider (verified SIM GPU-seconds) and an inspector (consumed attestations it
// co-signed) claim their GRID with the indexer's proofs on the real Rewards contract.
func TestRewardRootsIdenticalAndClaimable(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a devnet with three inspector nodes and the indexer for about two minutes")
	}
	cfg := testConfig(t)
	cfg.InspectorNodes = 3
	cfg.SimProvider.Enabled = true
	cfg.Challenges = smallSimChallenges
	cfg.Indexer = true
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
	sim := n.SimProvider()
	nodes := n.Inspectors()
	rw := protocol.NewRewards(conn)

	// The provider earns once its machine is verified; wait for a posted root whose tree pays it.
	var paid uint64
	waitFor(t, 240*time.Second, "a posted root pays the sim provider", func() bool {
		next, err := rw.NextEpoch(ctx)
		if err != nil || next == 0 {
			return false
		}
		_, body, ok, err := nodes[0].RewardTree(ctx, next-1)
		if err != nil || !ok {
			return false
		}
		leaves, err := rewards.ParseLeaves(body)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range leaves {
			if l.Account == sim.Provider() && l.Cumulative.Sign() > 0 {
				paid = next - 1
				return true
			}
		}
		return false
	})
	// Every epoch up to it: the same bytes at every node, the root on chain (as the indexer indexed it).
	for e := uint64(0); e <= paid; e++ {
		var first []byte
		var root common.Hash
		for i, nd := range nodes {
			var body []byte
			waitFor(t, 30*time.Second, fmt.Sprintf("inspector %d computes epoch %d", i, e), func() bool {
				var ok bool
				var err error
				root, body, ok, err = nd.RewardTree(ctx, e)
				return err == nil && ok
			})
			if i == 0 {
				first = body
			} else if !bytes.Equal(first, body) {
				t.Fatalf("epoch %d: inspector %d's tree differs from inspector 0's:\n%s\n%s", e, i, body, first)
			}
		}
		var ep struct {
			Root common.Hash `json:"root"`
		}
		waitFor(t, 30*time.Second, fmt.Sprintf("the indexer indexes epoch %d's root", e), func() bool {
			return getJSON(info.IndexerAPI+fmt.Sprintf("/v1/rewards/epochs/%d", e), &ep) == nil
		})
		if ep.Root != root {
			t.Fatalf("epoch %d: posted root %s, computed %s", e, ep.Root.Hex(), root.Hex())
		}
	}
	t.Logf("epochs 0-%d byte-identical at 3 inspectors", paid)

	// Claim with the indexer's proofs: the provider and every inspector the latest tree pays.
	_, body, _, err := nodes[0].RewardTree(ctx, paid)
	if err != nil {
		t.Fatal(err)
	}
	leaves, err := rewards.ParseLeaves(body)
	if err != nil {
		t.Fatal(err)
	}
	owed := map[common.Address]*big.Int{}
	for _, l := range leaves {
		owed[l.Account] = l.Cumulative
	}
	claimants := []common.Address{sim.Provider()}
	for _, nd := range nodes {
		if owed[nd.Address()] != nil && owed[nd.Address()].Sign() > 0 {
			claimants = append(claimants, nd.Address())
		}
	}
	if len(claimants) < 2 {
		t.Fatalf("epoch %d pays no inspector: %s", paid, body)
	}
	// Claims go against the latest root, which moves every 20 s: a proof fetched just before a new root lands
	// is refused, and the claim is fetched again.
	payer := protocol.NewRewards(conn.As(newSubmitter(t, client, info.Accounts[0])))
	for _, who := range claimants {
		before, err := protocol.NewTokens(conn).Balance(ctx, oracle.PayGRID, who)
		if err != nil {
			t.Fatal(err)
		}
		var claim rewardtree.Claim
		var amount *big.Int
		waitFor(t, 90*time.Second, fmt.Sprintf("%s claims with the indexer's proof", who), func() bool {
			var ok bool
			if claim, ok = indexerClaim(t, info.IndexerAPI, who); !ok {
				return false
			}
			_, amount, err = payer.Claim(ctx, claim)
			if err != nil {
				t.Logf("claim of %s: %v (retrying)", who, err)
			}
			return err == nil
		})
		after, err := protocol.NewTokens(conn).Balance(ctx, oracle.PayGRID, who)
		if err != nil {
			t.Fatal(err)
		}
		if amount.Sign() <= 0 || new(big.Int).Sub(after, before).Cmp(amount) != 0 {
			t.Fatalf("%s claimed %s; balance %s → %s", who, amount, before, after)
		}
		t.Logf("%s claimed %s GRID wei (cumulative %s)", who, amount, claim.CumulativeAmount)
	}
}

// indexerClaim is account's claim file from the indexer's proof endpoint (false: not served yet).
func indexerClaim(t *testing.T, api string, account common.Address) (rewardtree.Claim, bool) {
	t.Helper()
	resp, err := http.Get(api + "/v1/rewards/proofs/" + account.Hex())
	if err != nil {
		return rewardtree.Claim{}, false
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return rewardtree.Claim{}, false
	}
	var body struct {
		Claim rewardtree.Claim `json:"claim"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatalf("proof of %s: %v", account, err)
	}
	return body.Claim, true
}

func getJSON(url string, v any) error {
	resp, err := http.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		return fmt.Errorf("%s: %s", url, resp.Status)
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

package indexer_test

import (
	"encoding/json"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// TestRewardTreeMatchesOpenZeppelin checks the tree the reward book serves proofs from (oracle/rewardtree)
// against @openzeppelin/merkle-tree's StandardMerkleTree: roots and every proof (testdata/oz_merkle_vectors.js
// generated the vectors).
func TestRewardTreeMatchesOpenZeppelin(t *testing.T) {
	raw, err := os.ReadFile("testdata/oz_merkle_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []struct {
		Leaves []struct {
			Account          common.Address `json:"account"`
			CumulativeAmount string         `json:"cumulativeAmount"`
			Proof            []common.Hash  `json:"proof"`
		} `json:"leaves"`
		Root common.Hash `json:"root"`
	}
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	for _, v := range vectors {
		entries := make([]rewardtree.Entry, len(v.Leaves))
		for i, l := range v.Leaves {
			amount, _ := new(big.Int).SetString(l.CumulativeAmount, 10)
			entries[i] = rewardtree.Entry{Account: l.Account, Cumulative: amount}
		}
		tree, err := rewardtree.New(entries)
		if err != nil {
			t.Fatal(err)
		}
		if tree.Root() != v.Root {
			t.Errorf("%d leaves: root %s, OpenZeppelin %s", len(entries), tree.Root().Hex(), v.Root.Hex())
		}
		for i, l := range v.Leaves {
			c, err := tree.Claim(l.Account)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Proof) != len(l.Proof) {
				t.Fatalf("%d leaves, leaf %d: proof length %d, OpenZeppelin %d", len(entries), i, len(c.Proof), len(l.Proof))
			}
			for k := range c.Proof {
				if c.Proof[k] != l.Proof[k] {
					t.Errorf("%d leaves, leaf %d, step %d differs from OpenZeppelin", len(entries), i, k)
				}
			}
			if !rewardtree.Verify(tree.Root(), c) {
				t.Errorf("%d leaves, leaf %d: proof does not verify", len(entries), i)
			}
		}
	}
}

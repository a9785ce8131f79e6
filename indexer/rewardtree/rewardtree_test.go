package rewardtree_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"os"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer/rewardtree"
)

type vectorLeaf struct {
	Account          common.Address `json:"account"`
	CumulativeAmount string         `json:"cumulativeAmount"`
	Proof            []common.Hash  `json:"proof"`
}

type vector struct {
	Leaves []vectorLeaf `json:"leaves"`
	Root   common.Hash  `json:"root"`
}

// TestMatchesOpenZeppelinMerkleTree compares roots and proofs with @openzeppelin/merkle-tree's
// StandardMerkleTree (testdata/oz_vectors.js generated the vectors).
func TestMatchesOpenZeppelinMerkleTree(t *testing.T) {
	raw, err := os.ReadFile("testdata/oz_vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var vectors []vector
	if err := json.Unmarshal(raw, &vectors); err != nil {
		t.Fatal(err)
	}
	for _, v := range vectors {
		leaves := make([]rewardtree.Leaf, len(v.Leaves))
		for i, l := range v.Leaves {
			amount, _ := new(big.Int).SetString(l.CumulativeAmount, 10)
			leaves[i] = rewardtree.Leaf{Account: l.Account, CumulativeAmount: amount}
		}
		tree, err := rewardtree.Build(leaves)
		if err != nil {
			t.Fatal(err)
		}
		if tree.Root() != v.Root {
			t.Errorf("%d leaves: root %s, OpenZeppelin %s", len(leaves), tree.Root().Hex(), v.Root.Hex())
		}
		for i, l := range v.Leaves {
			proof, err := tree.Proof(l.Account)
			if err != nil {
				t.Fatal(err)
			}
			if len(proof) != len(l.Proof) {
				t.Fatalf("%d leaves, leaf %d: proof length %d, OpenZeppelin %d", len(leaves), i, len(proof), len(l.Proof))
			}
			for k := range proof {
				if proof[k] != l.Proof[k] {
					t.Errorf("%d leaves, leaf %d, step %d: %s, OpenZeppelin %s", len(leaves), i, k, proof[k].Hex(), l.Proof[k].Hex())
				}
			}
			if !rewardtree.Verify(tree.Root(), l.Account, leaves[i].CumulativeAmount, proof) {
				t.Errorf("%d leaves, leaf %d: proof does not verify", len(leaves), i)
			}
			wrong := new(big.Int).Add(leaves[i].CumulativeAmount, big.NewInt(1))
			if rewardtree.Verify(tree.Root(), l.Account, wrong, proof) {
				t.Errorf("%d leaves, leaf %d: a wrong amount verified", len(leaves), i)
			}
		}
	}
}

func TestBuildRejects(t *testing.T) {
	a := common.HexToAddress("0x01")
	tests := []struct {
		name   string
		leaves []rewardtree.Leaf
		want   error
	}{
		{"empty", nil, rewardtree.ErrEmpty},
		{"duplicate", []rewardtree.Leaf{{a, big.NewInt(1)}, {a, big.NewInt(2)}}, rewardtree.ErrDuplicate},
		{"negative", []rewardtree.Leaf{{a, big.NewInt(-1)}}, rewardtree.ErrAmount},
		{"too large", []rewardtree.Leaf{{a, new(big.Int).Lsh(big.NewInt(1), 256)}}, rewardtree.ErrAmount},
		{"nil", []rewardtree.Leaf{{a, nil}}, rewardtree.ErrAmount},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := rewardtree.Build(tc.leaves); !errors.Is(err, tc.want) {
				t.Fatalf("want %v, got %v", tc.want, err)
			}
		})
	}
	tree, _ := rewardtree.Build([]rewardtree.Leaf{{a, big.NewInt(1)}})
	if _, err := tree.Proof(common.HexToAddress("0x02")); !errors.Is(err, rewardtree.ErrNotInTree) {
		t.Errorf("proof of an absent account: %v", err)
	}
}

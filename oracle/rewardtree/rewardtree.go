// Package rewardtree builds the cumulative rewards Merkle tree Rewards.claim verifies: one leaf per account,
// keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount)))), sorted-pair interior nodes, in
// OpenZeppelin's StandardMerkleTree layout (so roots match the JS library's for the same entries), and the
// proofs accounts claim with.
//
// It computes only: it does not decide who earned what (the inspectors do) and never talks to a chain.
package rewardtree

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Entry is one account's cumulative rewards over every epoch so far.
type Entry struct {
	Account    common.Address
	Cumulative *big.Int
}

// Claim is what an account submits to Rewards.claim: its leaf's values and the proof against the latest root.
// Its JSON form is the claim file `idlegrid rewards claim --proof` reads.
type Claim struct {
	Account          common.Address `json:"account"`
	CumulativeAmount *big.Int       `json:"cumulativeAmount"`
	Proof            []common.Hash  `json:"proof"`
}

var leafArgs = func() abi.Arguments {
	addr, _ := abi.NewType("address", "", nil)
	u256, _ := abi.NewType("uint256", "", nil)
	return abi.Arguments{{Type: addr}, {Type: u256}}
}()

// Leaf is the leaf of (account, cumulative): the double hash OpenZeppelin's StandardMerkleTree uses.
func Leaf(account common.Address, cumulative *big.Int) (common.Hash, error) {
	if cumulative == nil || cumulative.Sign() < 0 || cumulative.BitLen() > 256 {
		return common.Hash{}, fmt.Errorf("rewards leaf of %s: amount %v is not a uint256", account, cumulative)
	}
	enc, err := leafArgs.Pack(account, cumulative)
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash(crypto.Keccak256(enc)), nil
}

func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is a built rewards tree.
type Tree struct {
	nodes []common.Hash // StandardMerkleTree's array: root at 0, children of i at 2i+1 and 2i+2
	at    map[common.Address]int
	leafs map[common.Address]*big.Int
	total *big.Int
}

// New builds the tree of entries: at least one, each account once.
func New(entries []Entry) (*Tree, error) {
	if len(entries) == 0 {
		return nil, errors.New("rewards tree: no entries")
	}
	type leaf struct {
		hash common.Hash
		e    Entry
	}
	leaves := make([]leaf, 0, len(entries))
	t := &Tree{at: map[common.Address]int{}, leafs: map[common.Address]*big.Int{}, total: new(big.Int)}
	for _, e := range entries {
		if _, dup := t.leafs[e.Account]; dup {
			return nil, fmt.Errorf("rewards tree: account %s appears twice", e.Account)
		}
		h, err := Leaf(e.Account, e.Cumulative)
		if err != nil {
			return nil, err
		}
		t.leafs[e.Account] = new(big.Int).Set(e.Cumulative)
		t.total.Add(t.total, e.Cumulative)
		leaves = append(leaves, leaf{h, e})
	}
	slices.SortFunc(leaves, func(a, b leaf) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	n := len(leaves)
	t.nodes = make([]common.Hash, 2*n-1)
	for i, l := range leaves {
		idx := len(t.nodes) - 1 - i
		t.nodes[idx] = l.hash
		t.at[l.e.Account] = idx
	}
	for i := len(t.nodes) - 1 - n; i >= 0; i-- {
		t.nodes[i] = hashPair(t.nodes[2*i+1], t.nodes[2*i+2])
	}
	return t, nil
}

// RootOf is the root of the tree whose leaves (Leaf's hashes) are leaves, without building the tree: what a
// receiver checks a streamed tree with before keeping it. It sorts leaves in place; none means the zero hash.
func RootOf(leaves []common.Hash) common.Hash {
	if len(leaves) == 0 {
		return common.Hash{}
	}
	slices.SortFunc(leaves, func(a, b common.Hash) int { return bytes.Compare(a[:], b[:]) })
	n := len(leaves)
	nodes := make([]common.Hash, 2*n-1)
	for i, h := range leaves {
		nodes[len(nodes)-1-i] = h
	}
	for i := len(nodes) - 1 - n; i >= 0; i-- {
		nodes[i] = hashPair(nodes[2*i+1], nodes[2*i+2])
	}
	return nodes[0]
}

// Root is the tree's root, what the inspectors attest.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Total is the sum of every entry's cumulative amount.
func (t *Tree) Total() *big.Int { return new(big.Int).Set(t.total) }

// Claim is account's claim with its proof.
func (t *Tree) Claim(account common.Address) (Claim, error) {
	idx, ok := t.at[account]
	if !ok {
		return Claim{}, fmt.Errorf("rewards tree: no entry for %s", account)
	}
	var proof []common.Hash
	for idx > 0 {
		sibling := idx - 1
		if idx%2 == 1 {
			sibling = idx + 1
		}
		proof = append(proof, t.nodes[sibling])
		idx = (idx - 1) / 2
	}
	return Claim{Account: account, CumulativeAmount: new(big.Int).Set(t.leafs[account]), Proof: proof}, nil
}

// Verify checks c against root as MerkleProof.verify does.
func Verify(root common.Hash, c Claim) bool {
	h, err := Leaf(c.Account, c.CumulativeAmount)
	if err != nil {
		return false
	}
	for _, p := range c.Proof {
		h = hashPair(h, p)
	}
	return h == root
}

// Package rewardtree builds the cumulative rewards Merkle tree Rewards.sol verifies claims against, in
// OpenZeppelin's StandardMerkleTree layout for leaves (address account, uint256 cumulativeAmount):
//
//	leaf  = keccak256(bytes.concat(keccak256(abi.encode(account, cumulativeAmount))))
//	node  = keccak256(sort(a, b))   (sorted-pair hashing, as MerkleProof.verify expects)
//
// Leaves are sorted by hash and laid out like @openzeppelin/merkle-tree (tree[len-1-i] = leaf i, node i has
// children 2i+1 and 2i+2), so roots and proofs equal those of `StandardMerkleTree.of(values, ["address",
// "uint256"])`. It does no I/O.
package rewardtree

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Leaf is one account's cumulative reward.
type Leaf struct {
	Account          common.Address `json:"account"`
	CumulativeAmount *big.Int       `json:"cumulativeAmount"`
}

// Errors.
var (
	ErrEmpty     = errors.New("reward tree: no leaves")
	ErrDuplicate = errors.New("reward tree: account listed twice")
	ErrAmount    = errors.New("reward tree: amount must be a uint256")
	ErrNotInTree = errors.New("reward tree: account not in the tree")
)

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// LeafHash is the double-hashed leaf of (account, amount).
func LeafHash(account common.Address, amount *big.Int) common.Hash {
	var enc [64]byte
	copy(enc[12:32], account[:])
	amount.FillBytes(enc[32:64])
	inner := crypto.Keccak256(enc[:])
	return crypto.Keccak256Hash(inner)
}

// hashPair is keccak256 of the two nodes in ascending order (OpenZeppelin's Hashes.commutativeKeccak256).
func hashPair(a, b common.Hash) common.Hash {
	if bytes.Compare(a[:], b[:]) > 0 {
		a, b = b, a
	}
	return crypto.Keccak256Hash(a[:], b[:])
}

// Tree is a built tree.
type Tree struct {
	nodes []common.Hash
	index map[common.Address]int // account -> position in nodes
	leafs map[common.Address]*big.Int
}

// Build builds the tree of leaves (any order; accounts must be distinct, amounts uint256).
func Build(leaves []Leaf) (*Tree, error) {
	if len(leaves) == 0 {
		return nil, ErrEmpty
	}
	type hashed struct {
		h       common.Hash
		account common.Address
	}
	hs := make([]hashed, len(leaves))
	t := &Tree{index: make(map[common.Address]int, len(leaves)), leafs: make(map[common.Address]*big.Int, len(leaves))}
	for i, l := range leaves {
		if l.CumulativeAmount == nil || l.CumulativeAmount.Sign() < 0 || l.CumulativeAmount.Cmp(maxUint256) > 0 {
			return nil, fmt.Errorf("%w: %s has %v", ErrAmount, l.Account.Hex(), l.CumulativeAmount)
		}
		if _, dup := t.leafs[l.Account]; dup {
			return nil, fmt.Errorf("%w: %s", ErrDuplicate, l.Account.Hex())
		}
		t.leafs[l.Account] = new(big.Int).Set(l.CumulativeAmount)
		hs[i] = hashed{LeafHash(l.Account, l.CumulativeAmount), l.Account}
	}
	sort.Slice(hs, func(i, j int) bool { return bytes.Compare(hs[i].h[:], hs[j].h[:]) < 0 })
	n := len(hs)
	t.nodes = make([]common.Hash, 2*n-1)
	for i, h := range hs {
		pos := len(t.nodes) - 1 - i
		t.nodes[pos] = h.h
		t.index[h.account] = pos
	}
	for i := len(t.nodes) - 1 - n; i >= 0; i-- {
		t.nodes[i] = hashPair(t.nodes[2*i+1], t.nodes[2*i+2])
	}
	return t, nil
}

// Root is the tree's root.
func (t *Tree) Root() common.Hash { return t.nodes[0] }

// Len is the number of leaves.
func (t *Tree) Len() int { return len(t.index) }

// Amount is an account's cumulative amount in the tree.
func (t *Tree) Amount(account common.Address) (*big.Int, bool) {
	a, ok := t.leafs[account]
	if !ok {
		return nil, false
	}
	return new(big.Int).Set(a), true
}

// Proof is the sibling path from account's leaf to the root, leaf side first.
func (t *Tree) Proof(account common.Address) ([]common.Hash, error) {
	j, ok := t.index[account]
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotInTree, account.Hex())
	}
	var proof []common.Hash
	for j > 0 {
		sibling := j - 1
		if j%2 == 1 {
			sibling = j + 1
		}
		proof = append(proof, t.nodes[sibling])
		j = (j - 1) / 2
	}
	return proof, nil
}

// Verify checks a proof the way MerkleProof.verify does.
func Verify(root common.Hash, account common.Address, amount *big.Int, proof []common.Hash) bool {
	h := LeafHash(account, amount)
	for _, p := range proof {
		h = hashPair(h, p)
	}
	return h == root
}

package proof

import (
	"crypto/sha256"
	"fmt"
)

// Hash is a SHA-256 output.
type Hash = [32]byte

// Domain-separation prefixes: a leaf can never be read as an inner node, nor as padding.
const (
	tagLeaf  = 0x00
	tagNode  = 0x01
	tagEmpty = 0x02
)

// LeafHash hashes one leaf: the B group hashes of a run of groups at one step, concatenated.
func LeafHash(groups []Hash) Hash {
	h := sha256.New()
	h.Write([]byte{tagLeaf})
	for i := range groups {
		h.Write(groups[i][:])
	}
	var out Hash
	h.Sum(out[:0])
	return out
}

func nodeHash(l, r Hash) Hash {
	var buf [65]byte
	buf[0] = tagNode
	copy(buf[1:33], l[:])
	copy(buf[33:], r[:])
	return sha256.Sum256(buf[:])
}

// emptyHashes[l] is the root of an all-padding subtree of height l.
var emptyHashes = func() [65]Hash {
	var e [65]Hash
	e[0] = sha256.Sum256([]byte{tagEmpty})
	for l := 1; l < len(e); l++ {
		e[l] = nodeHash(e[l-1], e[l-1])
	}
	return e
}()

// merkleTree keeps every level so the prover can cut paths after the fact. The tree is the complete
// binary tree over the leaves padded to a power of two; padding costs one precomputed hash per level.
type merkleTree struct {
	levels [][]Hash // levels[0] are the leaves, the last level holds the root
}

func buildTree(leaves []Hash, workers int) *merkleTree {
	t := &merkleTree{levels: [][]Hash{leaves}}
	depth := treeDepth(uint64(len(leaves)))
	for l := 0; l < depth; l++ {
		cur := t.levels[l]
		next := make([]Hash, (len(cur)+1)/2)
		parallelRange(len(next), workers, func(lo, hi int) {
			for i := lo; i < hi; i++ {
				r := emptyHashes[l]
				if 2*i+1 < len(cur) {
					r = cur[2*i+1]
				}
				next[i] = nodeHash(cur[2*i], r)
			}
		})
		t.levels = append(t.levels, next)
	}
	return t
}

func (t *merkleTree) root() Hash { return t.levels[len(t.levels)-1][0] }

func (t *merkleTree) path(index uint64) []Hash {
	depth := len(t.levels) - 1
	p := make([]Hash, depth)
	for l := 0; l < depth; l++ {
		sib := (index >> l) ^ 1
		if sib < uint64(len(t.levels[l])) {
			p[l] = t.levels[l][sib]
		} else {
			p[l] = emptyHashes[l]
		}
	}
	return p
}

// verifyPath checks that leaf sits at index under root in a tree of the given number of leaves.
func verifyPath(root, leaf Hash, index, leaves uint64, path []Hash) error {
	if index >= leaves {
		return fmt.Errorf("%w: leaf %d of %d", ErrMerkle, index, leaves)
	}
	if len(path) != treeDepth(leaves) {
		return fmt.Errorf("%w: path of %d hashes, want %d", ErrMerkle, len(path), treeDepth(leaves))
	}
	h := leaf
	for l, sib := range path {
		if index>>l&1 == 0 {
			h = nodeHash(h, sib)
		} else {
			h = nodeHash(sib, h)
		}
	}
	if h != root {
		return fmt.Errorf("%w: leaf %d", ErrMerkle, index)
	}
	return nil
}

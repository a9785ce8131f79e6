package indexer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"sort"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// Reward epochs: Rewards.sol only stores each epoch's cumulative Merkle root. The leaves (account, cumulative
// amount) are computed off chain by the inspectors; whoever has them posts them here, the indexer rebuilds the
// tree and keeps it only if its root is the one posted on chain for that epoch. From the kept trees it serves
// per-account amounts and the proofs Rewards.claim verifies.

// RewardStore keeps posted trees and reads the indexed roots and claims.
type RewardStore interface {
	RewardEpoch(ctx context.Context, epoch uint64) (RewardEpoch, bool, error)
	LatestRewardEpoch(ctx context.Context) (RewardEpoch, bool, error)
	RewardTree(ctx context.Context, epoch uint64, root common.Hash) ([]RewardLeaf, bool, error)
	PutRewardTree(ctx context.Context, epoch uint64, root common.Hash, leaves []RewardLeaf) error
	RewardClaimed(ctx context.Context, account common.Address) (RewardAccount, error)
}

// Reward errors.
var (
	ErrEpochNotPosted = errors.New("no root posted on chain for this epoch")
	ErrRootMismatch   = errors.New("the leaves do not build the root posted on chain")
	ErrNoTree         = errors.New("the tree of this root has not been posted")
	ErrNoRewards      = errors.New("the account has no rewards in the latest root")
	ErrBadTree        = errors.New("invalid reward tree")
)

// MaxRewardLeaves bounds a posted tree.
const MaxRewardLeaves = 200_000

// RewardBook serves reward trees and claim proofs.
type RewardBook struct {
	store RewardStore
	mu    sync.Mutex
	trees map[treeKey]*rewardtree.Tree
	order []treeKey
}

type treeKey struct {
	epoch uint64
	root  common.Hash
}

// NewRewardBook wraps a store.
func NewRewardBook(store RewardStore) *RewardBook {
	return &RewardBook{store: store, trees: map[treeKey]*rewardtree.Tree{}}
}

// PostTree checks leaves against the root posted on chain for epoch and stores them.
func (r *RewardBook) PostTree(ctx context.Context, epoch uint64, leaves []RewardLeaf) (common.Hash, error) {
	if len(leaves) > MaxRewardLeaves {
		return common.Hash{}, fmt.Errorf("%w: %d leaves, at most %d", ErrBadTree, len(leaves), MaxRewardLeaves)
	}
	u, err := r.BeginTree(ctx, epoch)
	if err != nil {
		return common.Hash{}, err
	}
	for _, l := range leaves {
		if err := u.Add(l); err != nil {
			return common.Hash{}, err
		}
	}
	return u.Commit(ctx)
}

// TreeUpload is a tree arriving leaf by leaf (BeginTree, Add…, Commit): the epoch's posted root is known before
// the first leaf, each leaf is checked and hashed as it comes, and the leaves are stored only if they build that
// root. It keeps the leaves and their hashes, nothing of the body they came in.
type TreeUpload struct {
	book   *RewardBook
	epoch  uint64
	root   common.Hash
	leaves []RewardLeaf
	hashes []common.Hash
	seen   map[common.Address]struct{}
}

// BeginTree starts an upload for epoch; it fails at once (ErrEpochNotPosted) when no root is posted for it.
func (r *RewardBook) BeginTree(ctx context.Context, epoch uint64) (*TreeUpload, error) {
	e, found, err := r.store.RewardEpoch(ctx, epoch)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("%w: epoch %d", ErrEpochNotPosted, epoch)
	}
	return &TreeUpload{book: r, epoch: epoch, root: e.Root, seen: map[common.Address]struct{}{}}, nil
}

// Root is the root posted on chain for the upload's epoch.
func (u *TreeUpload) Root() common.Hash { return u.root }

// Len is how many leaves were added.
func (u *TreeUpload) Len() int { return len(u.leaves) }

// Add checks and hashes one leaf: ErrBadTree past MaxRewardLeaves, for an account twice or an amount that is not
// a uint256.
func (u *TreeUpload) Add(l RewardLeaf) error {
	if len(u.leaves) >= MaxRewardLeaves {
		return fmt.Errorf("%w: more than %d leaves", ErrBadTree, MaxRewardLeaves)
	}
	if _, dup := u.seen[l.Account]; dup {
		return fmt.Errorf("%w: account %s appears twice", ErrBadTree, l.Account)
	}
	if l.CumulativeAmount == nil {
		return fmt.Errorf("%w: account %s: no amount", ErrBadTree, l.Account)
	}
	h, err := rewardtree.Leaf(l.Account, l.CumulativeAmount.Big())
	if err != nil {
		return fmt.Errorf("%w: %w", ErrBadTree, err)
	}
	u.seen[l.Account] = struct{}{}
	u.leaves = append(u.leaves, l)
	u.hashes = append(u.hashes, h)
	return nil
}

// Commit compares the leaves' root with the posted one (ErrRootMismatch) and stores them in account order.
func (u *TreeUpload) Commit(ctx context.Context) (common.Hash, error) {
	if len(u.leaves) == 0 {
		return common.Hash{}, fmt.Errorf("%w: no leaves", ErrBadTree)
	}
	built := rewardtree.RootOf(u.hashes)
	u.hashes, u.seen = nil, nil
	if built != u.root {
		return built, fmt.Errorf("%w: built %s, epoch %d's root is %s", ErrRootMismatch, built.Hex(), u.epoch, u.root.Hex())
	}
	sort.Slice(u.leaves, func(i, j int) bool { return bytes.Compare(u.leaves[i].Account[:], u.leaves[j].Account[:]) < 0 })
	if err := u.book.store.PutRewardTree(ctx, u.epoch, u.root, u.leaves); err != nil {
		return common.Hash{}, err
	}
	u.leaves = nil
	return u.root, nil
}

func (r *RewardBook) remember(k treeKey, t *rewardtree.Tree) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.trees[k]; ok {
		return
	}
	r.trees[k] = t
	r.order = append(r.order, k)
	if len(r.order) > 8 {
		delete(r.trees, r.order[0])
		r.order = r.order[1:]
	}
}

// tree returns the built tree of (epoch, root), from memory or the store.
func (r *RewardBook) tree(ctx context.Context, epoch uint64, root common.Hash) (*rewardtree.Tree, []RewardLeaf, error) {
	leaves, found, err := r.store.RewardTree(ctx, epoch, root)
	if err != nil {
		return nil, nil, err
	}
	if !found {
		return nil, nil, fmt.Errorf("%w: epoch %d root %s", ErrNoTree, epoch, root.Hex())
	}
	k := treeKey{epoch, root}
	r.mu.Lock()
	t, ok := r.trees[k]
	r.mu.Unlock()
	if ok {
		return t, leaves, nil
	}
	if t, err = buildTree(leaves); err != nil {
		return nil, nil, err
	}
	r.remember(k, t)
	return t, leaves, nil
}

// buildTree builds the tree with oracle/rewardtree, the layout the inspectors post roots of.
func buildTree(leaves []RewardLeaf) (*rewardtree.Tree, error) {
	entries := make([]rewardtree.Entry, len(leaves))
	for i, l := range leaves {
		entries[i] = rewardtree.Entry{Account: l.Account, Cumulative: l.CumulativeAmount.Big()}
	}
	return rewardtree.New(entries)
}

// AccountReward is one account's line of an epoch.
type AccountReward struct {
	Account          common.Address `json:"account"`
	CumulativeAmount *amount.Int    `json:"cumulativeAmount"`
	// EpochAmount is what the epoch added (cumulative minus the previous posted epoch's), when that tree is
	// known; nil otherwise.
	EpochAmount *amount.Int `json:"epochAmount"`
}

// EpochRewards is an epoch's root and, when its tree was posted, the per-account amounts.
type EpochRewards struct {
	RewardEpoch
	TreePosted bool            `json:"treePosted"`
	Accounts   []AccountReward `json:"accounts"`
}

// Epoch returns an epoch's root and its per-account amounts (all of them, or one account's).
func (r *RewardBook) Epoch(ctx context.Context, epoch uint64, account *common.Address) (EpochRewards, bool, error) {
	e, found, err := r.store.RewardEpoch(ctx, epoch)
	if err != nil || !found {
		return EpochRewards{}, found, err
	}
	out := EpochRewards{RewardEpoch: e, Accounts: []AccountReward{}}
	_, leaves, err := r.tree(ctx, epoch, e.Root)
	if errors.Is(err, ErrNoTree) {
		return out, true, nil
	}
	if err != nil {
		return out, true, err
	}
	out.TreePosted = true
	var prev map[common.Address]*amount.Int
	if epoch > 0 {
		if pe, ok, err := r.previousEpoch(ctx, epoch); err != nil {
			return out, true, err
		} else if ok {
			if pl, found, err := r.store.RewardTree(ctx, pe.Epoch, pe.Root); err != nil {
				return out, true, err
			} else if found {
				prev = make(map[common.Address]*amount.Int, len(pl))
				for _, l := range pl {
					prev[l.Account] = l.CumulativeAmount
				}
			}
		} else {
			prev = map[common.Address]*amount.Int{} // the first posted epoch: everything is new
		}
	} else {
		prev = map[common.Address]*amount.Int{}
	}
	for _, l := range leaves {
		if account != nil && l.Account != *account {
			continue
		}
		ar := AccountReward{Account: l.Account, CumulativeAmount: l.CumulativeAmount}
		if prev != nil {
			ar.EpochAmount = (*amount.Int)(new(big.Int).Sub(orZero(l.CumulativeAmount), orZero(prev[l.Account])))
		}
		out.Accounts = append(out.Accounts, ar)
	}
	return out, true, nil
}

// previousEpoch finds the newest posted epoch before epoch (epochs may be skipped).
func (r *RewardBook) previousEpoch(ctx context.Context, epoch uint64) (RewardEpoch, bool, error) {
	// Epochs are posted in increasing order and rarely skipped: walk back a bounded number of them.
	for e, n := epoch, 0; e > 0 && n < 64; n++ {
		e--
		pe, found, err := r.store.RewardEpoch(ctx, e)
		if err != nil || found {
			return pe, found, err
		}
	}
	return RewardEpoch{}, false, nil
}

// ClaimProof is everything Rewards.claim(account, cumulativeAmount, proof) needs, against the latest root.
// Claim is the same in the form `idlegrid rewards claim --proof FILE` reads.
type ClaimProof struct {
	Account          common.Address   `json:"account"`
	Epoch            uint64           `json:"epoch"`
	Root             common.Hash      `json:"root"`
	CumulativeAmount *amount.Int      `json:"cumulativeAmount"`
	Claimed          *amount.Int      `json:"claimed"`
	Claimable        *amount.Int      `json:"claimable"`
	Proof            []common.Hash    `json:"proof"`
	Claim            rewardtree.Claim `json:"claim"`
}

// Proof returns account's claim proof against the latest posted root.
func (r *RewardBook) Proof(ctx context.Context, account common.Address) (ClaimProof, error) {
	e, found, err := r.store.LatestRewardEpoch(ctx)
	if err != nil {
		return ClaimProof{}, err
	}
	if !found {
		return ClaimProof{}, fmt.Errorf("%w: no root posted yet", ErrEpochNotPosted)
	}
	t, _, err := r.tree(ctx, e.Epoch, e.Root)
	if err != nil {
		return ClaimProof{}, err
	}
	c, err := t.Claim(account)
	if err != nil {
		return ClaimProof{}, fmt.Errorf("%w: %s in epoch %d", ErrNoRewards, account.Hex(), e.Epoch)
	}
	claimed, err := r.store.RewardClaimed(ctx, account)
	if err != nil {
		return ClaimProof{}, err
	}
	claimable := new(big.Int).Sub(c.CumulativeAmount, orZero(claimed.Claimed))
	if claimable.Sign() < 0 {
		claimable.SetUint64(0)
	}
	if c.Proof == nil {
		c.Proof = []common.Hash{}
	}
	return ClaimProof{Account: account, Epoch: e.Epoch, Root: e.Root, CumulativeAmount: amount.NewInt(c.CumulativeAmount), Claimed: claimed.Claimed,
		Claimable: (*amount.Int)(claimable), Proof: c.Proof, Claim: c}, nil
}

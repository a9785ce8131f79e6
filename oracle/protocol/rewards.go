package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/bindings/rewards"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// RewardsStatus is the reward schedule's state and one account's claims.
type RewardsStatus struct {
	CurrentEpoch uint64
	// EpochEndsAt is when the current epoch ends (unix seconds); its root can be posted from then on.
	EpochEndsAt uint64
	// Emission is the current epoch's scheduled GRID.
	Emission *big.Int
	// LatestEpoch is the epoch of the latest posted root; Posted is false before the first.
	LatestEpoch uint64
	Posted      bool
	LatestRoot  common.Hash
	// Funded is the lifetime reserve; Allocated what roots granted; TotalClaimed what was paid.
	Funded, Allocated, TotalClaimed *big.Int
	// Claimed is what Account already claimed.
	Account common.Address
	Claimed *big.Int
}

// RootPost is an attested cumulative rewards root for Rewards.postRoot. Epochs post in order (the next one
// only), and CumulativeTotal is the sum of all the root's leaves: every GRID allocated since the first epoch,
// not this epoch's increment.
type RootPost struct {
	Epoch           uint64
	Root            common.Hash
	CumulativeTotal *big.Int
	AttestationID   common.Hash
	Signatures      []byte
}

// Rewards reads the reward schedule, posts attested roots and claims.
type Rewards struct{ c *Conn }

// NewRewards gives reward operations over c.
func NewRewards(c *Conn) *Rewards { return &Rewards{c: c} }

func (r *Rewards) addr() common.Address { return r.c.d.Contracts.Rewards }

// Status reads the schedule and account's claimed total (zero account: none).
func (r *Rewards) Status(ctx context.Context, account common.Address) (RewardsStatus, error) {
	rw := rewards.NewRewards()
	var s RewardsStatus
	var err error
	fail := func(what string, err error) (RewardsStatus, error) {
		return RewardsStatus{}, fmt.Errorf("rewards %s: %w", what, err)
	}
	if s.CurrentEpoch, err = call(ctx, r.c, r.addr(), rw.PackCurrentEpoch(), rw.UnpackCurrentEpoch); err != nil {
		return fail("current epoch", err)
	}
	end, err := call(ctx, r.c, r.addr(), rw.PackEpochEnd(s.CurrentEpoch), rw.UnpackEpochEnd)
	if err != nil {
		return fail("epoch end", err)
	}
	s.EpochEndsAt = end.Uint64()
	if s.Emission, err = call(ctx, r.c, r.addr(), rw.PackEmission(s.CurrentEpoch), rw.UnpackEmission); err != nil {
		return fail("emission", err)
	}
	latest, err := call(ctx, r.c, r.addr(), rw.PackLatestEpoch(), rw.UnpackLatestEpoch)
	if err != nil {
		return fail("latest epoch", err)
	}
	s.LatestEpoch, s.Posted = latest.Epoch, latest.Posted
	root, err := call(ctx, r.c, r.addr(), rw.PackLatestRoot(), rw.UnpackLatestRoot)
	if err != nil {
		return fail("latest root", err)
	}
	s.LatestRoot = root
	if s.Funded, err = call(ctx, r.c, r.addr(), rw.PackFunded(), rw.UnpackFunded); err != nil {
		return fail("funded", err)
	}
	if s.Allocated, err = call(ctx, r.c, r.addr(), rw.PackAllocated(), rw.UnpackAllocated); err != nil {
		return fail("allocated", err)
	}
	if s.TotalClaimed, err = call(ctx, r.c, r.addr(), rw.PackTotalClaimed(), rw.UnpackTotalClaimed); err != nil {
		return fail("total claimed", err)
	}
	s.Account, s.Claimed = account, new(big.Int)
	if account != (common.Address{}) {
		if s.Claimed, err = call(ctx, r.c, r.addr(), rw.PackClaimed(account), rw.UnpackClaimed); err != nil {
			return fail("claimed", err)
		}
	}
	return s, nil
}

// Claim pays c.Account what the latest root grants it beyond what it already claimed (anyone may submit a
// claim; the GRID always goes to the account). It checks the proof against the latest root first.
func (r *Rewards) Claim(ctx context.Context, c rewardtree.Claim) (Tx, *big.Int, error) {
	rw := rewards.NewRewards()
	root, err := call(ctx, r.c, r.addr(), rw.PackLatestRoot(), rw.UnpackLatestRoot)
	if err != nil {
		return Tx{}, nil, fmt.Errorf("claim: latest root: %w", err)
	}
	if root == ([32]byte{}) {
		return Tx{}, nil, errors.New("claim: no rewards root has been posted yet")
	}
	if !rewardtree.Verify(root, c) {
		return Tx{}, nil, fmt.Errorf("claim: the proof for %s (%s) does not match the latest root %s: get the claim file for the latest epoch", c.Account, c.CumulativeAmount, common.Hash(root))
	}
	proof := make([][32]byte, len(c.Proof))
	for i, p := range c.Proof {
		proof[i] = p
	}
	tx, rcpt, err := r.c.send(ctx, "claim rewards", r.addr(), rw.PackClaim(c.Account, c.CumulativeAmount, proof))
	if err != nil {
		return Tx{}, nil, err
	}
	ev, ok := event(rcpt, r.addr(), rw.UnpackClaimedEvent)
	if !ok {
		return tx, nil, fmt.Errorf("claim: no Claimed event in %s", tx.Hash)
	}
	return tx, ev.Amount, nil
}

// PostRoot posts an attested cumulative root (KIND_REWARD_ROOT, target Rewards). Anyone may submit it. It
// returns the increment the root allocates (its cumulative total minus what earlier roots allocated).
func (r *Rewards) PostRoot(ctx context.Context, p RootPost) (Tx, *big.Int, error) {
	if p.CumulativeTotal == nil || p.CumulativeTotal.Sign() < 0 {
		return Tx{}, nil, errors.New("post rewards root: the cumulative total must be a non-negative amount")
	}
	rw := rewards.NewRewards()
	tx, rcpt, err := r.c.send(ctx, "post rewards root", r.addr(), rw.PackPostRoot(p.Epoch, p.Root, p.CumulativeTotal, p.AttestationID, p.Signatures))
	if err != nil {
		return Tx{}, nil, err
	}
	ev, ok := event(rcpt, r.addr(), rw.UnpackRootPostedEvent)
	if !ok {
		return tx, nil, fmt.Errorf("post rewards root: no RootPosted event in %s", tx.Hash)
	}
	return tx, ev.Increment, nil
}

// NextEpoch is the epoch whose root posts next (roots post strictly in order).
func (r *Rewards) NextEpoch(ctx context.Context) (uint64, error) {
	rw := rewards.NewRewards()
	return call(ctx, r.c, r.addr(), rw.PackNextEpoch(), rw.UnpackNextEpoch)
}

// RootPayload is the attestation payload of a root post.
func (p RootPost) Payload() oracle.RewardRoot {
	return oracle.RewardRoot{Epoch: p.Epoch, Root: p.Root, CumulativeTotal: p.CumulativeTotal}
}

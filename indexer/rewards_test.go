package indexer_test

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/indexer/testchain"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// TestRewardProofsClaimOnChain posts two epochs' cumulative roots through the real quorum, indexes them, posts
// the trees to the reward book, and claims every account on the real Rewards contract with the proofs the book
// serves: Rewards.sol's MerkleProof check is the judge of the proof layout.
func TestRewardProofsClaimOnChain(t *testing.T) {
	storetest.Each(t, nil, func(t *testing.T, db *sqlstore.DB) {
		ctx := context.Background()
		c := testchain.New(t, testchain.Options{})
		c.SetupQuorum([]int{5, 6, 7}, 2)
		c.DeployRewards(3600, testchain.Ether(1_000_000), testchain.Ether(5_000_000))
		cfg := testConfig(c)
		f, _ := newFollower(t, c.Client, db, cfg, nil)
		book := indexer.NewRewardBook(db)

		epochs := [][]indexer.RewardLeaf{
			{{Account: c.Accounts[1].Addr, CumulativeAmount: amount.NewInt(testchain.Ether(100))}, {Account: c.Accounts[2].Addr, CumulativeAmount: amount.NewInt(testchain.Ether(250))},
				{Account: c.Accounts[3].Addr, CumulativeAmount: amount.IntOf(7)}},
			{{Account: c.Accounts[1].Addr, CumulativeAmount: amount.NewInt(testchain.Ether(180))}, {Account: c.Accounts[2].Addr, CumulativeAmount: amount.NewInt(testchain.Ether(250))},
				{Account: c.Accounts[3].Addr, CumulativeAmount: amount.IntOf(9)}, {Account: c.Accounts[4].Addr, CumulativeAmount: amount.NewInt(testchain.Ether(1))}},
		}
		for epoch, leaves := range epochs {
			var entries []rewardtree.Entry
			for _, l := range leaves {
				entries = append(entries, rewardtree.Entry{Account: l.Account, Cumulative: l.CumulativeAmount.Big()})
			}
			tree, err := rewardtree.New(entries)
			if err != nil {
				t.Fatal(err)
			}
			sum := new(big.Int)
			for _, l := range leaves {
				sum.Add(sum, l.CumulativeAmount.Big())
			}
			// The signed total is cumulative: the sum of all the root's leaves.
			id := crypto.Keccak256Hash([]byte{byte(epoch)}, []byte("reward root"))
			sigs := c.Attest(indexer.Rewards, id, oracle.RewardRoot{Epoch: uint64(epoch), Root: tree.Root(), CumulativeTotal: sum})
			c.Call(0, indexer.Rewards, c.Rewards.PackPostRoot(uint64(epoch), tree.Root(), sum, id, sigs))
			c.Mine()
			if err := f.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			if _, err := book.PostTree(ctx, uint64(epoch), leaves); err != nil {
				t.Fatalf("epoch %d tree: %v", epoch, err)
			}
			// Anyone may claim for an account: account 7 submits every claim.
			for _, l := range leaves {
				p, err := book.Proof(ctx, l.Account)
				if err != nil {
					t.Fatal(err)
				}
				if p.Claimable.Sign() == 0 {
					continue
				}
				proof := make([][32]byte, len(p.Proof))
				for i, h := range p.Proof {
					proof[i] = h
				}
				c.Call(7, indexer.Rewards, c.Rewards.PackClaim(l.Account, p.CumulativeAmount.Big(), proof))
			}
			c.Mine() // fails the test if Rewards rejected any proof
			if err := f.Sync(ctx); err != nil {
				t.Fatal(err)
			}
			for _, l := range leaves {
				p, err := book.Proof(ctx, l.Account)
				if err != nil {
					t.Fatal(err)
				}
				if p.Claimed.Cmp(l.CumulativeAmount) != 0 || p.Claimable.Sign() != 0 || p.Epoch != uint64(epoch) {
					t.Errorf("epoch %d %s: claimed %s claimable %s", epoch, l.Account.Hex(), p.Claimed, p.Claimable)
				}
			}
		}
		e, found, err := book.Epoch(ctx, 1, &c.Accounts[1].Addr)
		if err != nil || !found || len(e.Accounts) != 1 || e.Accounts[0].EpochAmount.Big().Cmp(testchain.Ether(80)) != 0 {
			t.Errorf("epoch 1 for account 1: %+v (%v)", e, err)
		}
		if _, err := book.Proof(ctx, common.HexToAddress("0x0bad")); err == nil {
			t.Error("a proof for an account outside the tree")
		}
	})
}

package rewardtree

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func TestProofsVerifyForEverySize(t *testing.T) {
	for n := 1; n <= 9; n++ {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			var entries []Entry
			for i := range n {
				entries = append(entries, Entry{Account: common.BigToAddress(big.NewInt(int64(1000 + i))), Cumulative: big.NewInt(int64(i * 7))})
			}
			tree, err := New(entries)
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range entries {
				c, err := tree.Claim(e.Account)
				if err != nil || !Verify(tree.Root(), c) {
					t.Fatalf("claim of %s: %+v, %v", e.Account, c, err)
				}
				c.CumulativeAmount = new(big.Int).Add(c.CumulativeAmount, big.NewInt(1))
				if Verify(tree.Root(), c) {
					t.Fatalf("inflated claim of %s verifies", e.Account)
				}
			}
			if n == 1 {
				c, _ := tree.Claim(entries[0].Account)
				if len(c.Proof) != 0 {
					t.Fatalf("single leaf has proof %v", c.Proof)
				}
			}
		})
	}
}

// Two leaves: the root is the sorted-pair hash of the two double-hashed leaves, whatever the order given. (The
// on-chain check, a claim accepted by the real Rewards contract, is in oracle/protocol's tests.)
func TestRootIsOrderIndependentAndRejectsDuplicates(t *testing.T) {
	a, b := common.HexToAddress("0x1111111111111111111111111111111111111111"), common.HexToAddress("0x2222222222222222222222222222222222222222")
	t1, err := New([]Entry{{a, big.NewInt(100)}, {b, big.NewInt(200)}})
	if err != nil {
		t.Fatal(err)
	}
	t2, _ := New([]Entry{{b, big.NewInt(200)}, {a, big.NewInt(100)}})
	la, _ := Leaf(a, big.NewInt(100))
	lb, _ := Leaf(b, big.NewInt(200))
	if t1.Root() != t2.Root() || t1.Root() != hashPair(la, lb) || t1.Total().Int64() != 300 {
		t.Fatalf("roots %s %s", t1.Root(), t2.Root())
	}
	if _, err := New([]Entry{{a, big.NewInt(1)}, {a, big.NewInt(2)}}); err == nil {
		t.Fatal("duplicate account accepted")
	}
	if _, err := New(nil); err == nil {
		t.Fatal("empty tree accepted")
	}
	if _, err := t1.Claim(common.Address{}); err == nil {
		t.Fatal("claim for a missing account")
	}
}

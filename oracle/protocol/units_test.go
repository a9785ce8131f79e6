package protocol_test

import (
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// Issue #9 hole 10: a quoted price survives within 0.01% down to 0.01 USD per GPU-hour, and one that floors to
// nothing (or overflows the escrow's bound) is refused, not signed.
func TestUSDPerSecondWad(t *testing.T) {
	wad := func(s string) *big.Int {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			t.Fatal(s)
		}
		return v
	}
	for _, tc := range []struct {
		perGPUHour string // USD-wei per GPU-hour
		gpus       uint32
		want       string
	}{
		{"10000000000000000", 1, "2777777777777"},      // 0.01 USD/GPU-h
		{"1800000000000000000", 2, "1000000000000000"}, // 1.8 USD/GPU-h × 2 = 0.001 USD/s
		{"1000000000000000000", 8, "2222222222222222"}, // 1 USD/GPU-h × 8
	} {
		got, err := protocol.USDPerSecondWad(wad(tc.perGPUHour), tc.gpus, time.Hour)
		if err != nil || got.String() != tc.want {
			t.Fatalf("%s × %d per hour: %v, %v; want %s", tc.perGPUHour, tc.gpus, got, err, tc.want)
		}
		// Back to a price per GPU-hour: the floor loses less than 0.01%.
		back := new(big.Int).Mul(got, big.NewInt(3600))
		back.Quo(back, big.NewInt(int64(tc.gpus)))
		loss := new(big.Int).Sub(wad(tc.perGPUHour), back)
		if loss.Sign() < 0 || new(big.Int).Mul(loss, big.NewInt(10_000)).Cmp(wad(tc.perGPUHour)) >= 0 {
			t.Fatalf("%s per GPU-hour comes back as %s", tc.perGPUHour, back)
		}
	}
	for name, perGPU := range map[string]*big.Int{"zero": big.NewInt(0), "floors to zero": big.NewInt(3599), "negative": big.NewInt(-1),
		"2^128 per second": new(big.Int).Mul(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(3600))} {
		if v, err := protocol.USDPerSecondWad(perGPU, 1, time.Hour); err == nil {
			t.Errorf("%s: accepted as %s", name, v)
		}
	}
	if _, err := protocol.USDPerSecondWad(big.NewInt(1e18), 0, time.Hour); err == nil {
		t.Error("zero GPUs accepted")
	}
}

// Job CIDs: a CID (v0 or v1, sha2-256) or its digest as hex is recorded as the 32-byte digest, and renders back
// as the raw CIDv1; other hashes and the zero digest are refused, naming why.
func TestJobDigest(t *testing.T) {
	const v0 = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG"
	d, err := protocol.JobDigest(v0)
	if err != nil || d == (common.Hash{}) {
		t.Fatalf("digest of %s: %v, %v", v0, d, err)
	}
	v1 := protocol.JobCID(d)
	if again, err := protocol.JobDigest(v1); err != nil || again != d {
		t.Fatalf("round trip through %s: %v, %v", v1, again, err)
	}
	if hex, err := protocol.JobDigest(d.Hex()); err != nil || hex != d {
		t.Fatalf("the digest as hex: %v, %v", hex, err)
	}
	blake3, err := mh.Encode(d[:], mh.BLAKE3)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "0x" + common.Hash{}.Hex()[2:], "0x1234", "not a cid", cid.NewCidV1(cid.Raw, blake3).String()} {
		if _, err := protocol.JobDigest(bad); !errors.Is(err, protocol.ErrBadJobCID) {
			t.Errorf("%q: %v, want ErrBadJobCID", bad, err)
		}
	}
}

// StepToward stays within the oracle's bound (move × 1e4 × 3600 ≤ price × cap × elapsed) and never overshoots.
func TestStepToward(t *testing.T) {
	lim := protocol.PriceLimit{Price: big.NewInt(1e18), PostedAt: 1_000, MaxMoveBpsPerHour: 1_000}
	for _, tc := range []struct {
		target  int64
		at      uint64
		want    int64
		reached bool
	}{
		{2e18, 1_000, 1e18, false},           // no time passed: no move
		{2e18, 4_600, 11e17, false},          // an hour: 10% up
		{1e17, 4_600, 9e17, false},           // an hour: 10% down
		{105e16, 4_600, 105e16, true},        // within the allowance: the target itself
		{2e18, 1_000 + 36_000, 2e18, true},   // ten hours: 100%, the target
		{2e18, 1_000 + 1_800, 105e16, false}, // half an hour: 5%
	} {
		got := lim.StepToward(big.NewInt(tc.target), tc.at)
		if got.Cmp(big.NewInt(tc.want)) != 0 {
			t.Errorf("toward %d at %d: %s, want %d", tc.target, tc.at, got, tc.want)
		}
	}
	if got := (protocol.PriceLimit{Price: big.NewInt(1e18)}).StepToward(big.NewInt(5e18), 1); got.Cmp(big.NewInt(5e18)) != 0 {
		t.Errorf("no limit: %s", got)
	}
}

package node

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
	"math/big"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	inrewards "github.com/idlegrid/idlegrid/inspector/rewards"
	"github.com/idlegrid/idlegrid/oracle/follow"
)

// fixedSchedule is a hand-written rewardSchedule: epochs of span seconds from genesis, each emitting emission.
type fixedSchedule struct {
	genesis, span uint64
	emission      int64
}

func (f fixedSchedule) Epoch(_ context.Context, e uint64) (uint64, uint64, *big.Int, error) {
	return f.genesis + e*f.span, f.genesis + (e+1)*f.span, big.NewInt(f.emission), nil
}

// eventLog encodes event name of a with args by input name, as the contract emits it.
func eventLog(t *testing.T, a abi.ABI, name string, block, idx, at uint64, args map[string]any) types.Log {
	t.Helper()
	ev, ok := a.Events[name]
	if !ok {
		t.Fatalf("no event %s", name)
	}
	topics := []common.Hash{ev.ID}
	var data []any
	for _, in := range ev.Inputs {
		v, ok := args[in.Name]
		if !ok {
			t.Fatalf("%s: no %s", name, in.Name)
		}
		if in.Indexed {
			tt, err := abi.MakeTopics([]any{v})
			if err != nil {
				t.Fatalf("%s.%s: %v", name, in.Name, err)
			}
			topics = append(topics, tt[0][0])
		} else {
			data = append(data, v)
		}
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return types.Log{Topics: topics, Data: packed, BlockNumber: block, Index: uint(idx), BlockTimestamp: at,
		BlockHash: blockHash(block, at)}
}

func blockHash(n, at uint64) common.Hash {
	return crypto.Keccak256Hash(fmt.Appendf(nil, "block %d at %d", n, at))
}

func class(s string) [32]byte {
	var b [32]byte
	copy(b[:], s)
	return b
}

const t0 = 1_000_000

var (
	provider   = common.HexToAddress("0x1000000000000000000000000000000000000001")
	inspA      = common.HexToAddress("0xa000000000000000000000000000000000000001")
	inspB      = common.HexToAddress("0xb000000000000000000000000000000000000002")
	inspC      = common.HexToAddress("0xc000000000000000000000000000000000000003")
	rewardMach = crypto.Keccak256Hash([]byte("reward machine"))
)

// The contracts' ABIs, to build their logs (the node itself decodes them through oracle/protocol).
var (
	quorumABI  = quorum.NewAttestationQuorum()
	rewardsABI = rewards.NewRewards()
)

// epochLogs are blocks 1-5 of the scenario: a signer set {A, B, C}, 10,000 funded, the machine listed (SIM, 2
// GPUs) and verified from t0+10, an attestation co-signed by A and C consumed at t0+50, a lease opened and
// breached from t0+70 (the block at t0+80 stops it).
func epochLogs(t *testing.T) map[uint64][]types.Log {
	q, rw := quorumABI.GetABI(), rewardsABI.GetABI()
	reg, esc := noderegistry.NewNodeRegistry().GetABI(), leaseescrow.NewLeaseEscrow().GetABI()
	ids := []common.Hash{crypto.Keccak256Hash([]byte("GPU-1")), crypto.Keccak256Hash([]byte("GPU-2"))}
	if bytes.Compare(ids[0][:], ids[1][:]) > 0 {
		ids[0], ids[1] = ids[1], ids[0]
	}
	gpuIDs := [][32]byte{ids[0], ids[1]}
	return map[uint64][]types.Log{
		1: {
			eventLog(t, q, "SignerSetApplied", 1, 0, t0+1, map[string]any{"version": uint64(1), "threshold": uint8(2), "signers": []common.Address{inspA, inspB, inspC}}),
			eventLog(t, rw, "Funded", 1, 1, t0+1, map[string]any{"funder": inspA, "amount": big.NewInt(10_000), "funded": big.NewInt(10_000)}),
			eventLog(t, reg, "MachineListed", 1, 2, t0+1, map[string]any{"machineId": [32]byte(rewardMach), "provider": provider, "gpuClass": class("SIM"),
				"gpuCount": uint32(2), "lockedStake": big.NewInt(1), "index": uint32(0), "metadataCID": "cid", "endpoint": "127.0.0.1:1"}),
		},
		2: {eventLog(t, reg, "MachineVerified", 2, 0, t0+10, map[string]any{"machineId": [32]byte(rewardMach), "gpuClass": class("SIM"),
			"attestationId": [32]byte{1}, "gpuCount": uint32(2), "gpuIds": gpuIDs, "verifiedAt": uint64(t0 + 5), "expiresAt": uint64(t0 + 1000), "seq": uint64(1)})},
		3: {eventLog(t, q, "AttestationConsumed", 3, 0, t0+50, map[string]any{"target": provider, "kind": uint8(6), "id": [32]byte{1},
			"payloadHash": [32]byte{2}, "signerSetVersion": uint64(1), "signers": uint32(0b101)})},
		4: {eventLog(t, esc, "LeaseOpened", 4, 0, t0+60, map[string]any{"leaseId": big.NewInt(1), "renter": inspB, "provider": provider,
			"machineId": [32]byte(rewardMach), "gpuMask": uint32(1), "payToken": uint8(0), "usdPerSecondWad": big.NewInt(1), "rate": big.NewInt(1),
			"minEndsAt": uint64(t0 + 60), "endsAt": uint64(t0 + 600), "deposit": big.NewInt(1), "nonce": big.NewInt(1), "jobCID": [32]byte{}})},
		5: {eventLog(t, esc, "LeaseBreached", 5, 0, t0+80, map[string]any{"leaseId": big.NewInt(1), "provider": provider, "renter": inspB,
			"attestationId": [32]byte{3}, "downSince": uint64(t0 + 70), "billedUntil": uint64(t0 + 70), "refund": big.NewInt(1)})},
	}
}

func openTestStore(t *testing.T) *chainStore {
	t.Helper()
	s, err := openChainStore(context.Background(), filepath.Join(t.TempDir(), "chain.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.Init(context.Background(), follow.State{Next: 1}); err != nil {
		t.Fatal(err)
	}
	return s
}

// apply applies blocks from..to (times from times, logs from logs) with final as the final block.
func apply(t *testing.T, s *chainStore, logs map[uint64][]types.Log, times map[uint64]uint64, from, to, final uint64, rollbackTo *uint64) {
	t.Helper()
	b := &follow.Batch{Next: to + 1, Final: final, Head: to}
	if rollbackTo != nil {
		b.Rollback, b.Ancestor = true, *rollbackTo
	}
	for n := from; n <= to; n++ {
		b.Logs = append(b.Logs, logs[n]...)
		b.Blocks = append(b.Blocks, follow.BlockRef{Number: n, Hash: blockHash(n, times[n]), ParentHash: blockHash(n-1, times[n-1]), Time: times[n]})
	}
	if err := s.Apply(context.Background(), b); err != nil {
		t.Fatal(err)
	}
}

func leafMap(t *testing.T, body []byte) map[common.Address]string {
	t.Helper()
	leaves, err := inrewards.ParseLeaves(body)
	if err != nil {
		t.Fatal(err)
	}
	out := map[common.Address]string{}
	for _, l := range leaves {
		out[l.Account] = l.Cumulative.String()
	}
	return out
}

// TestRewardTreeFromFollowedLogs: the node's follower keeps what reward trees need, reorg-safe, and the tree
// of an epoch is exactly the hand-computed one: 80 verified unbreached seconds × 2 SIM GPUs for the provider
// (the provider pool, 900 of 1,000), the attestation's two co-signers (of the signer bitmap 0b101 over the set
// A, B, C) 50 each; a consumed attestation in a block that was rolled back counts for nobody; the epoch is
// refused until the final blocks pass its end, and any epoch but the next always; the next epoch builds on the
// posted cumulative amounts. A second store fed the same chain in one batch computes the same bytes.
func TestRewardTreeFromFollowedLogs(t *testing.T) {
	ctx := context.Background()
	logs := epochLogs(t)
	times := map[uint64]uint64{0: t0, 1: t0 + 1, 2: t0 + 10, 3: t0 + 50, 4: t0 + 60, 5: t0 + 80, 6: t0 + 99, 7: t0 + 100}
	// Block 6 first carries an attestation co-signed by B; it is reorganised away.
	q := quorumABI.GetABI()
	hot := map[uint64][]types.Log{6: {eventLog(t, q, "AttestationConsumed", 6, 0, t0+99, map[string]any{"target": provider, "kind": uint8(6),
		"id": [32]byte{9}, "payloadHash": [32]byte{2}, "signerSetVersion": uint64(1), "signers": uint32(0b010)})}}
	for n, l := range logs {
		hot[n] = l
	}
	sched := fixedSchedule{genesis: t0, span: 100, emission: 1000}
	params := inrewards.Params{ClassWeights: DefaultClassWeights(), InspectorBps: 1000}

	s := openTestStore(t)
	roots := &rewardRoots{store: s, schedule: sched, params: params}
	apply(t, s, hot, times, 1, 6, 3, nil)
	if _, _, err := roots.Root(ctx, 0); !errors.Is(err, errNotComputable) || !strings.Contains(err.Error(), "final blocks") {
		t.Fatalf("epoch 0 before its end is final: %v", err)
	}
	if _, due, err := roots.Due(ctx); err != nil || due {
		t.Fatalf("due before the end: %v %v", due, err)
	}
	// Block 6 is replaced (same height, no logs), block 7 passes the end; everything up to 7 final.
	anc := uint64(5)
	times6 := map[uint64]uint64{}
	for k, v := range times {
		times6[k] = v
	}
	times6[6] = t0 + 98
	apply(t, s, logs, times6, 6, 7, 7, &anc)
	if e, due, err := roots.Due(ctx); err != nil || !due || e != 0 {
		t.Fatalf("due: epoch %d %v %v", e, due, err)
	}
	if _, _, err := roots.Root(ctx, 1); !errors.Is(err, errNotComputable) {
		t.Fatalf("epoch 1 before epoch 0 is posted: %v", err)
	}
	root0, total0, err := roots.Root(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, body0, _, _ := (&Node{chainDB: s}).RewardTree(ctx, 0)
	want := map[common.Address]string{provider: "900", inspA: "50", inspC: "50"}
	if got := leafMap(t, body0); fmt.Sprint(got) != fmt.Sprint(want) || total0.Cmp(big.NewInt(1000)) != 0 {
		t.Fatalf("epoch 0: leaves %v total %s, want %v and 1000\n%s", got, total0, want, body0)
	}

	// The same chain, in one batch without the reorganised block: the same bytes.
	s2 := openTestStore(t)
	apply(t, s2, logs, times6, 1, 7, 7, nil)
	root0b, _, err := (&rewardRoots{store: s2, schedule: sched, params: params}).Root(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	_, body0b, _, _ := (&Node{chainDB: s2}).RewardTree(ctx, 0)
	if root0b != root0 || !bytes.Equal(body0, body0b) {
		t.Fatalf("two stores of one chain: %s vs %s\n%s\n%s", root0.Hex(), root0b.Hex(), body0, body0b)
	}

	// Epoch 0's root lands; epoch 1 (100 more verified seconds × 2 GPUs, no attestations: the inspector pool
	// stays unallocated) adds 900 to the provider.
	rw := rewardsABI.GetABI()
	more := map[uint64][]types.Log{8: {eventLog(t, rw, "RootPosted", 8, 0, t0+120, map[string]any{"epoch": uint64(0), "root": [32]byte(root0),
		"cumulativeTotal": total0, "increment": total0, "attestationId": [32]byte{7}})}}
	times6[8], times6[9] = t0+120, t0+200
	apply(t, s, more, times6, 8, 9, 9, nil)
	root1, total1, err := roots.Root(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	_, body1, _, _ := (&Node{chainDB: s}).RewardTree(ctx, 1)
	want = map[common.Address]string{provider: "1800", inspA: "50", inspC: "50"}
	if got := leafMap(t, body1); fmt.Sprint(got) != fmt.Sprint(want) || total1.Cmp(big.NewInt(1900)) != 0 || root1 == root0 {
		t.Fatalf("epoch 1: leaves %v total %s, want %v and 1900", got, total1, want)
	}
	if _, _, err := roots.Root(ctx, 0); !errors.Is(err, errNotComputable) {
		t.Fatalf("epoch 0 once posted: %v", err)
	}
}

func joinComma(s []string) string { return strings.Join(s, ",") }

func followStateAt(final uint64) follow.State {
	return follow.State{Next: final + 1, Final: final, Head: final}
}

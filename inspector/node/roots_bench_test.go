package node

import (
	"context"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	inrewards "github.com/idlegrid/idlegrid/inspector/rewards"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// BenchmarkEpochTree100kFromStore is the node's whole root computation for 100,000 verified providers (one
// machine each, a verification covering part or all of a day's epoch) and 10,000 consumed attestations among 32
// inspectors, from its SQLite chain store: read the inputs, compute, build the tree, write the canonical bytes.
// Target ≤ 5 s on 2 cores (-cpu 2). Baselines in the same run: BenchmarkEpochTree100kBaseline's sub-benchmarks,
// inspector/rewards.Compute on the same inputs in memory and rewardtree.New over the same leaves.
func BenchmarkEpochTree100kFromStore(b *testing.B) {
	ctx := context.Background()
	s, sched := benchStore(b)
	roots := &rewardRoots{store: s, schedule: sched, params: inrewards.Params{ClassWeights: DefaultClassWeights(), InspectorBps: 1000}}
	for b.Loop() {
		b.StopTimer()
		if _, err := s.db.ExecContext(ctx, `DELETE FROM reward_trees`); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if _, _, err := roots.Root(ctx, 0); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEpochTree100kBaseline(b *testing.B) {
	ctx := context.Background()
	s, sched := benchStore(b)
	start, end, emission, _ := sched.Epoch(ctx, 0)
	vs, os, as, err := s.rewardInputs(ctx, start, end)
	if err != nil {
		b.Fatal(err)
	}
	in := inrewards.Inputs{Epoch: inrewards.Epoch{Number: 0, Start: start, End: end, Emission: emission}, Verifications: vs, Outages: os, Attestations: as}
	params := inrewards.Params{ClassWeights: DefaultClassWeights(), InspectorBps: 1000}
	res, err := inrewards.Compute(params, in)
	if err != nil {
		b.Fatal(err)
	}
	if len(res.Entries) < benchProviders {
		b.Fatalf("%d leaves for %d verified providers", len(res.Entries), benchProviders)
	}
	b.Run("compute-in-memory", func(b *testing.B) {
		for b.Loop() {
			if _, err := inrewards.Compute(params, in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("merkle-tree-only", func(b *testing.B) {
		for b.Loop() {
			if _, err := rewardtree.New(res.Entries); err != nil {
				b.Fatal(err)
			}
		}
	})
}

const benchProviders = 100_000

// benchStore is a chain store holding the benchmark's epoch 0 (a day from t0), final past its end.
func benchStore(b *testing.B) (*chainStore, fixedSchedule) {
	b.Helper()
	ctx := context.Background()
	s, err := openChainStore(ctx, b.TempDir()+"/chain.db")
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	sched := fixedSchedule{genesis: t0, span: 86_400, emission: 1_000_000}
	classes := []string{"H100", "RTX4090", "A100-80GB", "SIM"}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		b.Fatal(err)
	}
	for i := range benchProviders {
		m := crypto.Keccak256Hash(fmt.Appendf(nil, "machine %d", i))
		p := common.BytesToAddress(crypto.Keccak256(fmt.Appendf(nil, "provider %d", i)))
		from := uint64(t0 - 3600 + (i*7919)%86_400)
		if _, err := tx.ExecContext(ctx, `INSERT INTO verifications (machine, from_t, to_t, provider, class, gpus) VALUES (?, ?, ?, ?, ?, ?)`,
			m.Hex(), from, from+86_400, p.Hex(), classes[i%len(classes)], 1+i%8); err != nil {
			b.Fatal(err)
		}
	}
	var signers []string
	for i := range 32 {
		signers = append(signers, common.BytesToAddress(crypto.Keccak256(fmt.Appendf(nil, "inspector %d", i))).Hex())
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO signer_sets (version, signers) VALUES (1, ?)`, joinComma(signers)); err != nil {
		b.Fatal(err)
	}
	for i := range 10_000 {
		if _, err := tx.ExecContext(ctx, `INSERT INTO consumed (id, version, signers, at) VALUES (?, 1, ?, ?)`,
			crypto.Keccak256Hash(fmt.Appendf(nil, "att %d", i)).Hex(), uint32(7)<<(i%29), t0+i*8); err != nil {
			b.Fatal(err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO funded (block, idx, funded, at) VALUES (1, 0, ?, ?)`, new(big.Int).Lsh(big.NewInt(1), 90).String(), t0); err != nil {
		b.Fatal(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO follow_window (number, hash, parent, time) VALUES (10, '0x1', '0x0', ?)`, t0+86_400); err != nil {
		b.Fatal(err)
	}
	if err := tx.Commit(); err != nil {
		b.Fatal(err)
	}
	if err := s.Init(ctx, followStateAt(10)); err != nil {
		b.Fatal(err)
	}
	return s, sched
}

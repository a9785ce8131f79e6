package proof

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// smallParams is a challenge shape that runs in milliseconds but exercises every structure: several
// groups per leaf, several leaves per step, multi-row groups and a partner in another group.
func smallParams() Params {
	return Params{Width: 32, Rows: 64, Steps: 6, Group: 2, LeafGroups: 4, Openings: 12}
}

func testChallenge(t testing.TB, p Params, label string) Challenge {
	t.Helper()
	return Challenge{Class: "RTX4090", Subject: "GPU-test-" + label, Provider: Address{0xa1}, Machine: sha256.Sum256([]byte("machine")),
		Inspector: Address{0x15}, Expiry: 4102444800, Seed: sha256.Sum256([]byte(label)), Nonce: 7, Params: p}
}

// seededRand is a deterministic randomness source for verifiers in tests.
type seededRand struct {
	key [32]byte
	ctr uint64
}

func newSeededRand(label string) *seededRand { return &seededRand{key: sha256.Sum256([]byte(label))} }

func (r *seededRand) Read(p []byte) (int, error) {
	for off := 0; off < len(p); off += 32 {
		var b [40]byte
		copy(b[:], r.key[:])
		binary.LittleEndian.PutUint64(b[32:], r.ctr)
		r.ctr++
		h := sha256.Sum256(b[:])
		copy(p[off:], h[:])
	}
	return len(p), nil
}

func newTestVerifier(t testing.TB, label string, cfg VerifierConfig) *Verifier {
	t.Helper()
	v, err := NewVerifier(cfg, newSeededRand(label), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// onTime is a Timing well inside any test deadline.
func onTime() Timing {
	now := time.Now()
	return Timing{Sent: now, Received: now.Add(20 * time.Millisecond), RTT: 5 * time.Millisecond}
}

// runProtocol drives one full challenge: commit, check timing, request, open, verify.
func runProtocol(t testing.TB, prover *Prover, v *Verifier, ch Challenge) error {
	t.Helper()
	ctx := context.Background()
	sess, cm, err := prover.Commit(ctx, ch)
	if err != nil {
		t.Fatalf("commit: %v", err)
	}
	chk, err := v.Begin(ch, DeadlinesFor(time.Minute))
	if err != nil {
		return err
	}
	if err := chk.Commit(cm, onTime()); err != nil {
		return err
	}
	if err := chaseOnTime(t, sess, chk); err != nil {
		return err
	}
	req, err := chk.Request()
	if err != nil {
		t.Fatalf("request: %v", err)
	}
	op, err := sess.Open(ctx, req)
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return chk.Verify(ctx, op, onTime())
}

// chaseOnTime runs the chase phase of a challenge that has one (nothing otherwise): the verifier's
// request, the prover's chase, the commitment accepted on time.
func chaseOnTime(t testing.TB, sess *ProverSession, chk *Check) error {
	t.Helper()
	if sess.Schedule().Chains == 0 {
		return nil
	}
	creq, err := chk.Chase()
	if err != nil {
		t.Fatalf("chase request: %v", err)
	}
	ccm, err := sess.Chase(context.Background(), creq)
	if err != nil {
		t.Fatalf("chase: %v", err)
	}
	return chk.CommitChase(ccm, onTime())
}

// chaseParams is a small sweep with a chase: several chains, several checkpoint leaves per chain,
// multi-row groups of two BLAKE3 chunks, a window of half the state.
func chaseParams() Params {
	return Params{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
		Chains: 3, Hops: 1024, SegmentHops: 4, ChaseRows: 32, ChaseOpenings: 12}
}

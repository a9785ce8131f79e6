// Package rules says what each attestation kind means to an inspector: how a decision's value is encoded, what
// this node's own log must show before it signs one (agree.Rule.Endorse), how a leader combines the peers'
// observations into one value, and which on-chain payload the value becomes.
//
// Every Endorse is a function of this node's own check log (inspector/observe), its own price sources, or its
// own computation from chain state (reward roots), or its own view of the Solana gateway (SolanaView) — never
// of what a peer says. The kinds protocol v2 adds
// (hardware verification, downtime and fraud slashes) take their payload builder from the wiring, so this
// package does not depend on the unmerged ABI. It never signs, never talks to peers and never writes to a
// chain.
package rules

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/big"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/inspector/agree"
)

// Clock is the node's clock.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

func orSystem(c Clock) Clock {
	if c == nil {
		return systemClock{}
	}
	return c
}

// Subjects of the questions that have no natural subject.
var (
	PriceSubject = crypto.Keccak256Hash([]byte("idlegrid/rules/grid-price"))
	RootSubject  = crypto.Keccak256Hash([]byte("idlegrid/rules/reward-root"))
)

// LeaseSubject is the subject of a question about lease id.
func LeaseSubject(id *big.Int) common.Hash { return common.BigToHash(id) }

// ceilSeconds is t in whole unix seconds, rounded up: a time the contracts can hold that is not before t.
func ceilSeconds(t time.Time) uint64 {
	s := t.Unix()
	if t.Nanosecond() > 0 {
		s++
	}
	if s < 0 {
		return 0
	}
	return uint64(s)
}

func encUint64(v uint64) []byte { return binary.BigEndian.AppendUint64(nil, v) }

func decUint64(field string, b []byte) (uint64, error) {
	if len(b) != 8 {
		return 0, fmt.Errorf("%w: %s: %d bytes, want 8", agree.ErrInvalidValue, field, len(b))
	}
	return binary.BigEndian.Uint64(b), nil
}

// kthSmallest is the k-th smallest of the uint64 observations: the latest time at which k observers all had
// evidence (each endorses any time at or after its own).
func kthSmallest(field string, obs []agree.Observation, k int) ([]byte, error) {
	var vs []uint64
	for _, o := range obs {
		if !o.Has {
			continue
		}
		if v, err := decUint64(field, o.Value); err == nil {
			vs = append(vs, v)
		}
	}
	if len(vs) < k || k <= 0 {
		return nil, fmt.Errorf("%w: %d observations of %s, k = %d", agree.ErrNoQuorum, len(vs), field, k)
	}
	slices.Sort(vs)
	return encUint64(vs[k-1]), nil
}

// plurality is the value most observers hold, if at least k hold it (ties: the lexicographically smallest).
func plurality(obs []agree.Observation, k int) ([]byte, error) {
	count := map[string]int{}
	for _, o := range obs {
		if o.Has {
			count[string(o.Value)]++
		}
	}
	var best []byte
	bestN := 0
	for v, n := range count {
		if n > bestN || (n == bestN && bytes.Compare([]byte(v), best) < 0) {
			best, bestN = []byte(v), n
		}
	}
	if bestN < k || k <= 0 {
		return nil, fmt.Errorf("%w: the most common value has %d observers, k = %d", agree.ErrNoQuorum, bestN, k)
	}
	return best, nil
}

func checkWindow(d agree.Decision, now time.Time, length time.Duration) error {
	cur := uint64(now.Unix()) / uint64(length/time.Second)
	if d.Window != cur && d.Window+1 != cur {
		return fmt.Errorf("%w: window %d is not the current one (%d) or the one before", agree.ErrInvalidValue, d.Window, cur)
	}
	return nil
}

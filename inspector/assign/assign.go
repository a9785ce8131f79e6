// Package assign spreads the check load over the inspectors and schedules one inspector's checks.
//
// Who checks a machine is public and deterministic: for each machine and assignment epoch, the active
// inspectors are ranked by keccak256(machine, epoch, inspector) and the first k + spare observe it, so every
// machine has k independent observers even with `spare` of them down, and any node can tell who should have
// observed what. When a machine is checked is private: each inspector draws its check times from its own
// CSPRNG (never from chain data), so a provider cannot tell when the next check comes.
//
// The package computes only: it never performs a check, reads the chain or keeps state on disk.
package assign

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

const scoreTag = "idlegrid/assign/v1"

// Score is inspector's place in machine's ranking for epoch: lower ranks first.
func Score(machine common.Hash, epoch uint64, inspector common.Address) common.Hash {
	var e [8]byte
	binary.BigEndian.PutUint64(e[:], epoch)
	return crypto.Keccak256Hash([]byte(scoreTag), machine[:], e[:], inspector[:])
}

// Rank orders inspectors for machine in epoch, lowest score first. The input is not modified; duplicates are
// dropped.
func Rank(machine common.Hash, epoch uint64, inspectors []common.Address) []common.Address {
	type scored struct {
		score common.Hash
		addr  common.Address
	}
	s := make([]scored, 0, len(inspectors))
	seen := make(map[common.Address]bool, len(inspectors))
	for _, a := range inspectors {
		if seen[a] {
			continue
		}
		seen[a] = true
		s = append(s, scored{Score(machine, epoch, a), a})
	}
	slices.SortFunc(s, func(x, y scored) int { return bytes.Compare(x.score[:], y.score[:]) })
	out := make([]common.Address, len(s))
	for i, x := range s {
		out[i] = x.addr
	}
	return out
}

// Policy is how many observers each machine gets.
type Policy struct {
	// K is the attestation threshold: every machine needs K observers who can sign what they saw.
	K int
	// Spare observers beyond K: with Spare of a machine's observers down, K remain.
	Spare int
}

// DefaultPolicy is k = 3 with one spare observer.
func DefaultPolicy() Policy { return Policy{K: 3, Spare: 1} }

// Validate names the first bad field.
func (p Policy) Validate() error {
	switch {
	case p.K <= 0:
		return fmt.Errorf("assign: policy: k %d must be positive", p.K)
	case p.Spare < 0:
		return fmt.Errorf("assign: policy: spare %d must not be negative", p.Spare)
	}
	return nil
}

// Observers are machine's observers in epoch: the first K + Spare of the ranking (all inspectors if fewer).
func (p Policy) Observers(machine common.Hash, epoch uint64, inspectors []common.Address) []common.Address {
	r := Rank(machine, epoch, inspectors)
	return r[:min(len(r), p.K+p.Spare)]
}

// Observes reports whether me observes machine in epoch.
func (p Policy) Observes(me common.Address, machine common.Hash, epoch uint64, inspectors []common.Address) bool {
	return slices.Contains(p.Observers(machine, epoch, inspectors), me)
}

// Mine filters machines down to those me observes in epoch.
func (p Policy) Mine(me common.Address, epoch uint64, inspectors []common.Address, machines []common.Hash) []common.Hash {
	var out []common.Hash
	for _, m := range machines {
		if p.Observes(me, m, epoch, inspectors) {
			out = append(out, m)
		}
	}
	return out
}

// Epoch is the assignment epoch of t for epochs of length (time since the unix epoch / length). Nodes compute
// it from chain time so they agree on it.
func Epoch(t time.Time, length time.Duration) uint64 {
	if length <= 0 || t.Unix() < 0 {
		return 0
	}
	return uint64(t.Unix()) / uint64(length/time.Second)
}

// Load is how many machines each inspector observes.
type Load struct {
	PerInspector map[common.Address]int
	Min, Max     int
	Mean         float64
}

// Spread is the load p puts on each inspector for machines in epoch.
func (p Policy) Spread(machines []common.Hash, epoch uint64, inspectors []common.Address) Load {
	l := Load{PerInspector: make(map[common.Address]int, len(inspectors)), Min: math.MaxInt}
	for _, a := range inspectors {
		l.PerInspector[a] = 0
	}
	for _, m := range machines {
		for _, a := range p.Observers(m, epoch, inspectors) {
			l.PerInspector[a]++
		}
	}
	total := 0
	for _, n := range l.PerInspector {
		total += n
		l.Min, l.Max = min(l.Min, n), max(l.Max, n)
	}
	if len(l.PerInspector) > 0 {
		l.Mean = float64(total) / float64(len(l.PerInspector))
	} else {
		l.Min = 0
	}
	return l
}

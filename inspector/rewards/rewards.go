// Package rewards computes an epoch's cumulative reward tree from chain-derived inputs, the same bytes on every
// inspector: verified GPU-hours × class weight for providers — time covered by an unexpired hardware
// verification and not inside a breach, not merely listed — and attestations co-signed for inspectors, each
// pool split pro rata in integer arithmetic and added to the previous epoch's cumulative amounts. The tree is
// oracle/rewardtree's (OpenZeppelin's StandardMerkleTree layout), so the root is what Rewards.claim checks.
//
// It computes only: the inputs come from chain state (the node wiring reads them through its follower), and it
// never signs, posts or reads anything itself. Nothing in it depends on map order, the clock or floating
// point.
package rewards

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// Verification is a hardware verification as the chain recorded it: machine (of provider) proved GPUs of
// class from From until To (unix seconds, To exclusive). A later verification of the same machine supersedes
// an earlier one from its From on.
type Verification struct {
	Machine  common.Hash
	Provider common.Address
	Class    string
	GPUs     uint32
	From, To uint64
}

// Outage is time a machine was in breach: from a breach's downSince until the lease's end as the breach set it
// (unix seconds, To exclusive). No reward accrues inside it.
type Outage struct {
	Machine  common.Hash
	From, To uint64
}

// Attestation is a consumed attestation and the inspectors whose signatures it carried.
type Attestation struct {
	ID      common.Hash
	Signers []common.Address
}

// Epoch is the epoch being computed: [Start, End) in unix seconds, and its emission in GRID wei.
type Epoch struct {
	Number     uint64
	Start, End uint64
	Emission   *big.Int
}

// Params are the governed weights.
type Params struct {
	// ClassWeights is the weight of one GPU-second of each class. A class without a weight earns nothing.
	ClassWeights map[string]uint64
	// InspectorBps is the inspectors' share of the emission (basis points); the providers get the rest. A pool
	// with nobody to pay stays unallocated.
	InspectorBps uint16
}

// Inputs are everything an epoch's tree depends on, all from chain state.
type Inputs struct {
	Epoch Epoch
	// Previous are the cumulative amounts of the last posted tree (empty before the first).
	Previous      []rewardtree.Entry
	Verifications []Verification
	Outages       []Outage
	Attestations  []Attestation
}

// Share is one account's part of one pool this epoch.
type Share struct {
	Account common.Address
	Points  *big.Int
	Amount  *big.Int
}

// Result is an epoch's tree.
type Result struct {
	Epoch uint64
	Root  common.Hash
	// Increment is what this epoch adds (≤ the emission); Cumulative the sum of every leaf.
	Increment, Cumulative *big.Int
	// Entries are the leaves in canonical order (ascending account).
	Entries []rewardtree.Entry
	// Providers and Inspectors are this epoch's shares, ascending by account (for audit).
	Providers, Inspectors []Share
	Tree                  *rewardtree.Tree
}

// ErrInvalidInput names the first input that cannot be right.
var ErrInvalidInput = errors.New("rewards: invalid input")

func (p Params) validate() error {
	if p.InspectorBps > 10_000 {
		return fmt.Errorf("%w: inspectorBps %d over 10000", ErrInvalidInput, p.InspectorBps)
	}
	return nil
}

func (in Inputs) validate() error {
	e := in.Epoch
	switch {
	case e.End <= e.Start:
		return fmt.Errorf("%w: epoch %d: end %d not after start %d", ErrInvalidInput, e.Number, e.End, e.Start)
	case e.Emission == nil || e.Emission.Sign() < 0 || e.Emission.BitLen() > 256:
		return fmt.Errorf("%w: epoch %d: emission %v is not a uint256", ErrInvalidInput, e.Number, e.Emission)
	}
	seen := make(map[common.Address]bool, len(in.Previous))
	for i, p := range in.Previous {
		if seen[p.Account] {
			return fmt.Errorf("%w: previous[%d]: account %s twice", ErrInvalidInput, i, p.Account)
		}
		seen[p.Account] = true
		if p.Cumulative == nil || p.Cumulative.Sign() < 0 || p.Cumulative.BitLen() > 256 {
			return fmt.Errorf("%w: previous[%d]: amount %v is not a uint256", ErrInvalidInput, i, p.Cumulative)
		}
	}
	for i, v := range in.Verifications {
		switch {
		case v.Machine == (common.Hash{}):
			return fmt.Errorf("%w: verifications[%d]: machine: zero", ErrInvalidInput, i)
		case v.Provider == (common.Address{}):
			return fmt.Errorf("%w: verifications[%d]: provider: zero", ErrInvalidInput, i)
		case v.To <= v.From:
			return fmt.Errorf("%w: verifications[%d]: to %d not after from %d", ErrInvalidInput, i, v.To, v.From)
		}
	}
	for i, o := range in.Outages {
		if o.To < o.From {
			return fmt.Errorf("%w: outages[%d]: to %d before from %d", ErrInvalidInput, i, o.To, o.From)
		}
	}
	return nil
}

// Compute builds the epoch's tree. The result depends only on the inputs' contents, not their order.
func Compute(p Params, in Inputs) (Result, error) {
	if err := p.validate(); err != nil {
		return Result{}, err
	}
	if err := in.validate(); err != nil {
		return Result{}, err
	}
	e := in.Epoch
	inspectorPool := new(big.Int).Mul(e.Emission, big.NewInt(int64(p.InspectorBps)))
	inspectorPool.Quo(inspectorPool, big.NewInt(10_000))
	providerPool := new(big.Int).Sub(e.Emission, inspectorPool)

	providers := split(providerPool, providerPoints(p, in))
	inspectors := split(inspectorPool, inspectorPoints(in.Attestations))

	cum := make(map[common.Address]*big.Int, len(in.Previous)+len(providers)+len(inspectors))
	for _, pr := range in.Previous {
		cum[pr.Account] = new(big.Int).Set(pr.Cumulative)
	}
	increment := new(big.Int)
	for _, shares := range [][]Share{providers, inspectors} {
		for _, s := range shares {
			if s.Amount.Sign() == 0 {
				continue
			}
			c, ok := cum[s.Account]
			if !ok {
				c = new(big.Int)
				cum[s.Account] = c
			}
			c.Add(c, s.Amount)
			increment.Add(increment, s.Amount)
		}
	}
	if increment.Cmp(e.Emission) > 0 { // split floors every share: this cannot happen; refuse if it ever does
		return Result{}, fmt.Errorf("rewards: epoch %d: increment %s exceeds emission %s", e.Number, increment, e.Emission)
	}
	entries := make([]rewardtree.Entry, 0, len(cum))
	total := new(big.Int)
	for a, c := range cum {
		if c.Sign() == 0 {
			continue // no zero leaves: nothing to claim
		}
		entries = append(entries, rewardtree.Entry{Account: a, Cumulative: c})
		total.Add(total, c)
	}
	slices.SortFunc(entries, func(x, y rewardtree.Entry) int { return bytes.Compare(x.Account[:], y.Account[:]) })
	res := Result{Epoch: e.Number, Increment: increment, Cumulative: total, Entries: entries, Providers: providers, Inspectors: inspectors}
	if len(entries) == 0 {
		return res, nil // nothing earned yet: no tree, nothing to post
	}
	tree, err := rewardtree.New(entries)
	if err != nil {
		return Result{}, err
	}
	res.Tree, res.Root = tree, tree.Root()
	return res, nil
}

// split divides pool pro rata to points (floor), ascending by account; the rounding dust stays unallocated.
func split(pool *big.Int, points map[common.Address]*big.Int) []Share {
	total := new(big.Int)
	for _, pt := range points {
		total.Add(total, pt)
	}
	out := make([]Share, 0, len(points))
	for a, pt := range points {
		if pt.Sign() == 0 {
			continue
		}
		amt := new(big.Int).Mul(pool, pt)
		amt.Quo(amt, total)
		out = append(out, Share{Account: a, Points: pt, Amount: amt})
	}
	slices.SortFunc(out, func(x, y Share) int { return bytes.Compare(x.Account[:], y.Account[:]) })
	return out
}

type span struct{ from, to uint64 }

// providerPoints is Σ verified, unbreached GPU-seconds × class weight inside the epoch, per provider.
func providerPoints(p Params, in Inputs) map[common.Address]*big.Int {
	byMachine := map[common.Hash][]Verification{}
	for _, v := range in.Verifications {
		byMachine[v.Machine] = append(byMachine[v.Machine], v)
	}
	outages := map[common.Hash][]span{}
	for _, o := range in.Outages {
		if _, ok := byMachine[o.Machine]; ok && o.To > o.From {
			outages[o.Machine] = append(outages[o.Machine], span{o.From, o.To})
		}
	}
	points := map[common.Address]*big.Int{}
	start, end := in.Epoch.Start, in.Epoch.End
	for m, vs := range byMachine {
		// Canonical order: by From, then by every other field, so equal inputs in any order give one result.
		slices.SortFunc(vs, func(a, b Verification) int {
			switch {
			case a.From != b.From:
				return cmpU(a.From, b.From)
			case a.To != b.To:
				return cmpU(a.To, b.To)
			case a.GPUs != b.GPUs:
				return cmpU(uint64(a.GPUs), uint64(b.GPUs))
			case a.Class != b.Class:
				if a.Class < b.Class {
					return -1
				}
				return 1
			}
			return bytes.Compare(a.Provider[:], b.Provider[:])
		})
		down := merge(outages[m])
		for i, v := range vs {
			w, ok := p.ClassWeights[v.Class]
			if !ok || w == 0 || v.GPUs == 0 {
				continue
			}
			to := v.To
			if i+1 < len(vs) && vs[i+1].From < to {
				to = vs[i+1].From // superseded by the next verification
			}
			from := max(v.From, start)
			to = min(to, end)
			if to <= from {
				continue
			}
			secs := (to - from) - overlap(span{from, to}, down)
			if secs == 0 {
				continue
			}
			pt := new(big.Int).SetUint64(secs)
			pt.Mul(pt, new(big.Int).SetUint64(uint64(v.GPUs)))
			pt.Mul(pt, new(big.Int).SetUint64(w))
			acc, ok := points[v.Provider]
			if !ok {
				acc = new(big.Int)
				points[v.Provider] = acc
			}
			acc.Add(acc, pt)
		}
	}
	return points
}

func cmpU(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// merge sorts and unites spans.
func merge(s []span) []span {
	if len(s) == 0 {
		return nil
	}
	s = slices.Clone(s)
	slices.SortFunc(s, func(a, b span) int { return cmpU(a.from, b.from) })
	out := []span{s[0]}
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.from <= last.to {
			last.to = max(last.to, x.to)
		} else {
			out = append(out, x)
		}
	}
	return out
}

// overlap is the length of s inside the (merged) spans.
func overlap(s span, merged []span) uint64 {
	var n uint64
	for _, m := range merged {
		if m.to <= s.from {
			continue
		}
		if m.from >= s.to {
			break
		}
		n += min(m.to, s.to) - max(m.from, s.from)
	}
	return n
}

// inspectorPoints counts, per inspector, the distinct consumed attestations it co-signed.
func inspectorPoints(atts []Attestation) map[common.Address]*big.Int {
	seen := map[common.Hash]bool{}
	count := map[common.Address]uint64{}
	for _, a := range atts {
		if seen[a.ID] {
			continue
		}
		seen[a.ID] = true
		signed := map[common.Address]bool{}
		for _, s := range a.Signers {
			if s == (common.Address{}) || signed[s] {
				continue
			}
			signed[s] = true
			count[s]++
		}
	}
	out := make(map[common.Address]*big.Int, len(count))
	for a, n := range count {
		out[a] = new(big.Int).SetUint64(n)
	}
	return out
}

// MarshalCanonical is the result's canonical bytes: epoch, root, increment, cumulative total and the leaves in
// ascending account order, amounts as decimal strings. Two inspectors with the same inputs produce the same
// bytes; the "leaves" array is what the indexer's tree endpoint takes.
func (r Result) MarshalCanonical() []byte {
	var b bytes.Buffer
	b.WriteString(`{"epoch":`)
	b.WriteString(strconv.FormatUint(r.Epoch, 10))
	b.WriteString(`,"root":"`)
	b.WriteString(r.Root.Hex())
	b.WriteString(`","increment":"`)
	b.WriteString(r.Increment.String())
	b.WriteString(`","cumulative":"`)
	b.WriteString(r.Cumulative.String())
	b.WriteString(`","leaves":[`)
	for i, e := range r.Entries {
		if i > 0 {
			b.WriteByte(',')
		}
		acct, _ := json.Marshal(e.Account)
		b.WriteString(`{"account":`)
		b.Write(acct)
		b.WriteString(`,"cumulativeAmount":"`)
		b.WriteString(e.Cumulative.String())
		b.WriteString(`"}`)
	}
	b.WriteString("]}")
	return b.Bytes()
}

// ParseLeaves reads the leaves back from MarshalCanonical's bytes (what the next epoch's Previous is made of).
func ParseLeaves(canonical []byte) ([]rewardtree.Entry, error) {
	var body struct {
		Leaves []struct {
			Account          common.Address `json:"account"`
			CumulativeAmount string         `json:"cumulativeAmount"`
		} `json:"leaves"`
	}
	if err := json.Unmarshal(canonical, &body); err != nil {
		return nil, fmt.Errorf("rewards: canonical tree: %w", err)
	}
	out := make([]rewardtree.Entry, len(body.Leaves))
	for i, l := range body.Leaves {
		v, ok := new(big.Int).SetString(l.CumulativeAmount, 10)
		if !ok || v.Sign() < 0 {
			return nil, fmt.Errorf("rewards: canonical tree: leaves[%d].cumulativeAmount %q", i, l.CumulativeAmount)
		}
		out[i] = rewardtree.Entry{Account: l.Account, Cumulative: v}
	}
	return out, nil
}

package proof

// Commitment is the prover's answer within the deadline: the Merkle root over every group hash of
// every step.
type Commitment struct {
	Challenge Hash
	Root      Hash
}

// Unit names one openable piece of work: group Group (rows Group·G .. Group·G+G-1) at step Step.
type Unit struct {
	Step  int
	Group int
}

// OpeningRequest is sent only after the verifier accepted the commitment: the units to open, drawn
// from the verifier's own randomness, deduplicated and sorted by (Step, Group).
type OpeningRequest struct {
	Challenge Hash
	Root      Hash
	Units     []Unit
}

// LeafProof opens one Merkle leaf: its group hashes and the sibling path to the root.
type LeafProof struct {
	Index  uint64
	Groups []Hash
	Path   []Hash
}

// UnitOpening answers one unit (t, g). Prev and Partner are the groups of X_{t-1} that step t mixes
// into group g (absent at t = 1, where X_0 comes from the seed), each with the leaf holding its hash;
// Product is C_t's rows of the group (Group×Width int32); Leaf holds the hash of X_t's group.
type UnitOpening struct {
	Unit
	Prev        []int8
	Partner     []int8
	Product     []int32
	PrevLeaf    *LeafProof
	PartnerLeaf *LeafProof
	Leaf        LeafProof
}

// Opening is the prover's answer to an OpeningRequest.
type Opening struct {
	Challenge Hash
	Root      Hash
	Units     []UnitOpening
}

func unitLess(a, b Unit) bool {
	if a.Step != b.Step {
		return a.Step < b.Step
	}
	return a.Group < b.Group
}

// checkUnits validates a request's unit list against the parameters: in range, strictly ascending, at
// most Openings of them.
func (p Params) checkUnits(units []Unit) bool {
	if len(units) == 0 || len(units) > p.Openings {
		return false
	}
	for i, u := range units {
		if u.Step < 1 || u.Step > p.Steps || u.Group < 0 || u.Group >= p.GroupsPerStep() {
			return false
		}
		if i > 0 && !unitLess(units[i-1], u) {
			return false
		}
	}
	return true
}

// leafOf is the leaf index holding group g's hash at step t (t ≥ 1), and the hash's slot in it.
func (p Params) leafOf(t, g int) (uint64, int) {
	return uint64(t-1)*uint64(p.LeavesPerStep()) + uint64(g/p.LeafGroups), g % p.LeafGroups
}

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

// OpeningRequest is sent only after the verifier accepted the commitment (and, with a chase, the
// chase commitment): the units and chase segments to open, drawn from the verifier's own randomness,
// deduplicated and sorted by (Step, Group) and (Chain, Index).
type OpeningRequest struct {
	Challenge Hash
	Root      Hash
	Units     []Unit
	Segments  []Segment
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
	Segments  []SegmentOpening
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

// ChaseRequest starts the chase (capacity challenges with Chains > 0): sent by the verifier only after
// it accepted the sweep's commitment, with a seed from its own randomness, so the chase cannot start
// before the sweep is done. The chase's deadline runs from sending it.
type ChaseRequest struct {
	Challenge Hash
	Root      Hash // the sweep commitment it follows
	Seed      Hash
}

// ChaseCommitment is the prover's answer to a ChaseRequest: the Merkle root over every chain's
// checkpoints.
type ChaseCommitment struct {
	Challenge Hash
	Root      Hash
}

// Segment names one openable piece of the chase: hops [Index·SegmentHops, (Index+1)·SegmentHops) of
// chain Chain.
type Segment struct {
	Chain int
	Index int
}

// CheckpointProof opens one chase leaf: its checkpoints and the path to the chase root.
type CheckpointProof struct {
	Index  uint64
	Points []ChaseState
	Path   []Hash
}

// ChaseRead proves one block a hop read: the BLAKE3 chunk of the sweep's last state holding it, the
// chunk's path inside its group hash (ChunkProof) and the leaf of the sweep commitment holding that
// group hash.
type ChaseRead struct {
	Chunk    []byte
	Siblings []Hash
	Leaf     LeafProof
}

// SegmentOpening answers one segment: the checkpoint it starts from (absent for Index 0, whose start
// the verifier derives from the seed), the checkpoint it ends at, and its SegmentHops·ChaseReads reads
// in hop order.
type SegmentOpening struct {
	Segment
	Start *CheckpointProof
	End   CheckpointProof
	Reads []ChaseRead
}

func segmentLess(a, b Segment) bool {
	if a.Chain != b.Chain {
		return a.Chain < b.Chain
	}
	return a.Index < b.Index
}

// checkSegments validates a request's segment list: none without a chase, otherwise in range,
// strictly ascending, at most ChaseOpenings.
func (p Params) checkSegments(segs []Segment) bool {
	if p.Chains == 0 {
		return len(segs) == 0
	}
	if len(segs) == 0 || len(segs) > p.ChaseOpenings {
		return false
	}
	for i, sg := range segs {
		if sg.Chain < 0 || sg.Chain >= p.Chains || sg.Index < 0 || sg.Index >= p.SegmentsPerChain() {
			return false
		}
		if i > 0 && !segmentLess(segs[i-1], sg) {
			return false
		}
	}
	return true
}

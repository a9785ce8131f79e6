package proof

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// WireVersion is the version every message carries; a decoder refuses any other.
const WireVersion = 2

// Size limits, checked before any parsing. An opening's real bound is Params.OpeningBytes, which
// Params.Validate keeps under MaxOpeningBytes.
const (
	MaxChallengeBytes  = 4 << 10
	MaxCommitmentBytes = 1 << 10
	MaxRequestBytes    = 128 << 10
	MaxOpeningBytes    = 64 << 20
	maxPathHashes      = 64
)

// The JSON forms. Hashes, seeds, addresses and the machine id are 0x-prefixed hex; byte blobs are
// base64 (encoding/json's []byte): int8 rows as their bytes, int32 products little-endian, group hashes
// and paths as concatenated 32-byte hashes. The nonce and the expiry are decimal strings so that
// JavaScript clients keep all 64 bits.
type (
	challengeJSON struct {
		V         int    `json:"v"`
		Class     string `json:"class"`
		Subject   string `json:"subject"`
		Provider  string `json:"provider"`
		Machine   string `json:"machine"`
		Inspector string `json:"inspector"`
		Expiry    int64  `json:"expiry,string"`
		Seed      string `json:"seed"`
		Nonce     uint64 `json:"nonce,string"`
		Params    Params `json:"params"`
	}
	commitmentJSON struct {
		V         int    `json:"v"`
		Challenge string `json:"challenge"`
		Root      string `json:"root"`
	}
	unitJSON struct {
		Step  int `json:"step"`
		Group int `json:"group"`
	}
	segmentJSON struct {
		Chain int `json:"chain"`
		Index int `json:"index"`
	}
	requestJSON struct {
		V         int           `json:"v"`
		Challenge string        `json:"challenge"`
		Root      string        `json:"root"`
		Units     []unitJSON    `json:"units"`
		Segments  []segmentJSON `json:"segments,omitempty"`
	}
	chaseRequestJSON struct {
		V         int    `json:"v"`
		Challenge string `json:"challenge"`
		Root      string `json:"root"`
		Seed      string `json:"seed"`
	}
	checkpointJSON struct {
		Index  uint64 `json:"index"`
		Points []byte `json:"points"`
		Path   []byte `json:"path"`
	}
	readJSON struct {
		Chunk    []byte   `json:"chunk"`
		Siblings []byte   `json:"siblings,omitempty"`
		Leaf     leafJSON `json:"leaf"`
	}
	segmentOpeningJSON struct {
		Chain int             `json:"chain"`
		Index int             `json:"index"`
		Start *checkpointJSON `json:"start,omitempty"`
		End   checkpointJSON  `json:"end"`
		Reads []readJSON      `json:"reads"`
	}
	leafJSON struct {
		Index  uint64 `json:"index"`
		Groups []byte `json:"groups"`
		Path   []byte `json:"path"`
	}
	unitOpeningJSON struct {
		Step        int       `json:"step"`
		Group       int       `json:"group"`
		Prev        []byte    `json:"prev,omitempty"`
		Partner     []byte    `json:"partner,omitempty"`
		Product     []byte    `json:"product"`
		PrevLeaf    *leafJSON `json:"prev_leaf,omitempty"`
		PartnerLeaf *leafJSON `json:"partner_leaf,omitempty"`
		Leaf        leafJSON  `json:"leaf"`
	}
	openingJSON struct {
		V         int                  `json:"v"`
		Challenge string               `json:"challenge"`
		Root      string               `json:"root"`
		Units     []unitOpeningJSON    `json:"units"`
		Segments  []segmentOpeningJSON `json:"segments,omitempty"`
	}
)

func malformed(format string, a ...any) error {
	return fmt.Errorf("%w: "+format, append([]any{ErrMalformed}, a...)...)
}

// decodeStrict reads at most limit bytes from r and decodes exactly one JSON value into v, refusing
// unknown fields and trailing data.
func decodeStrict(r io.Reader, limit int, what string, v any) error {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return fmt.Errorf("read %s: %w", what, err)
	}
	if len(data) > limit {
		return fmt.Errorf("%w: %s over %d bytes", ErrTooLarge, what, limit)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return malformed("%s: %v", what, err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return malformed("%s: trailing data", what)
	}
	return nil
}

func encode(w io.Writer, v any) error {
	return json.NewEncoder(w).Encode(v)
}

func hexHash(h Hash) string { return "0x" + hex.EncodeToString(h[:]) }

func parseHash(s, what string) (Hash, error) {
	var h Hash
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return h, malformed("%s: want 0x and 64 hex digits, got %d characters", what, len(s))
	}
	if _, err := hex.Decode(h[:], []byte(s[2:])); err != nil {
		return h, malformed("%s: %v", what, err)
	}
	return h, nil
}

// HexAddress is a's 0x-prefixed lowercase hex.
func HexAddress(a Address) string { return "0x" + hex.EncodeToString(a[:]) }

func parseAddress(s, what string) (Address, error) {
	var a Address
	if len(s) != 42 || !strings.HasPrefix(s, "0x") {
		return a, malformed("%s: want 0x and 40 hex digits, got %d characters", what, len(s))
	}
	if _, err := hex.Decode(a[:], []byte(s[2:])); err != nil {
		return a, malformed("%s: %v", what, err)
	}
	return a, nil
}

func checkVersion(v int, what string) error {
	if v != WireVersion {
		return malformed("%s: version %d, want %d", what, v, WireVersion)
	}
	return nil
}

// EncodeChallenge writes ch as JSON.
func EncodeChallenge(w io.Writer, ch Challenge) error {
	return encode(w, challengeJSON{V: WireVersion, Class: ch.Class, Subject: ch.Subject, Provider: HexAddress(ch.Provider),
		Machine: hexHash(ch.Machine), Inspector: HexAddress(ch.Inspector), Expiry: ch.Expiry, Seed: hexHash(ch.Seed),
		Nonce: ch.Nonce, Params: ch.Params})
}

// DecodeChallenge reads and validates a challenge.
func DecodeChallenge(r io.Reader) (Challenge, error) {
	var j challengeJSON
	if err := decodeStrict(r, MaxChallengeBytes, "challenge", &j); err != nil {
		return Challenge{}, err
	}
	if err := checkVersion(j.V, "challenge"); err != nil {
		return Challenge{}, err
	}
	ch := Challenge{Class: j.Class, Subject: j.Subject, Expiry: j.Expiry, Nonce: j.Nonce, Params: j.Params}
	var err error
	if ch.Seed, err = parseHash(j.Seed, "challenge seed"); err != nil {
		return Challenge{}, err
	}
	if ch.Machine, err = parseHash(j.Machine, "challenge machine"); err != nil {
		return Challenge{}, err
	}
	if ch.Provider, err = parseAddress(j.Provider, "challenge provider"); err != nil {
		return Challenge{}, err
	}
	if ch.Inspector, err = parseAddress(j.Inspector, "challenge inspector"); err != nil {
		return Challenge{}, err
	}
	if err := ch.Validate(); err != nil {
		return Challenge{}, fmt.Errorf("%w: %w", ErrMalformed, err)
	}
	return ch, nil
}

// EncodeCommitment writes cm as JSON.
func EncodeCommitment(w io.Writer, cm Commitment) error {
	return encode(w, commitmentJSON{V: WireVersion, Challenge: hexHash(cm.Challenge), Root: hexHash(cm.Root)})
}

// DecodeCommitment reads a commitment.
func DecodeCommitment(r io.Reader) (Commitment, error) {
	var j commitmentJSON
	if err := decodeStrict(r, MaxCommitmentBytes, "commitment", &j); err != nil {
		return Commitment{}, err
	}
	if err := checkVersion(j.V, "commitment"); err != nil {
		return Commitment{}, err
	}
	var cm Commitment
	var err error
	if cm.Challenge, err = parseHash(j.Challenge, "commitment challenge"); err != nil {
		return Commitment{}, err
	}
	if cm.Root, err = parseHash(j.Root, "commitment root"); err != nil {
		return Commitment{}, err
	}
	return cm, nil
}

// EncodeOpeningRequest writes req as JSON.
func EncodeOpeningRequest(w io.Writer, req OpeningRequest) error {
	j := requestJSON{V: WireVersion, Challenge: hexHash(req.Challenge), Root: hexHash(req.Root), Units: make([]unitJSON, len(req.Units))}
	for i, u := range req.Units {
		j.Units[i] = unitJSON(u)
	}
	for _, sg := range req.Segments {
		j.Segments = append(j.Segments, segmentJSON(sg))
	}
	return encode(w, j)
}

// DecodeOpeningRequest reads a request: 1 to MaxOpenings units, strictly ascending. Whether the
// units exist in a given challenge is checked by the prover against its parameters.
func DecodeOpeningRequest(r io.Reader) (OpeningRequest, error) {
	var j requestJSON
	if err := decodeStrict(r, MaxRequestBytes, "opening request", &j); err != nil {
		return OpeningRequest{}, err
	}
	if err := checkVersion(j.V, "opening request"); err != nil {
		return OpeningRequest{}, err
	}
	var req OpeningRequest
	var err error
	if req.Challenge, err = parseHash(j.Challenge, "request challenge"); err != nil {
		return OpeningRequest{}, err
	}
	if req.Root, err = parseHash(j.Root, "request root"); err != nil {
		return OpeningRequest{}, err
	}
	if len(j.Units) == 0 || len(j.Units) > MaxOpenings {
		return OpeningRequest{}, malformed("opening request: %d units, want 1 to %d", len(j.Units), MaxOpenings)
	}
	req.Units = make([]Unit, len(j.Units))
	for i, u := range j.Units {
		req.Units[i] = Unit(u)
		if u.Step < 1 || u.Step > MaxSteps || u.Group < 0 || u.Group >= MaxRows {
			return OpeningRequest{}, malformed("opening request: unit %d (step %d, group %d) out of range", i, u.Step, u.Group)
		}
		if i > 0 && !unitLess(req.Units[i-1], req.Units[i]) {
			return OpeningRequest{}, malformed("opening request: units not strictly ascending at %d", i)
		}
	}
	if len(j.Segments) > MaxOpenings {
		return OpeningRequest{}, malformed("opening request: %d chase segments, at most %d", len(j.Segments), MaxOpenings)
	}
	for i, sg := range j.Segments {
		seg := Segment(sg)
		if sg.Chain < 0 || sg.Chain >= MaxChains || sg.Index < 0 || sg.Index >= MaxChaseHops {
			return OpeningRequest{}, malformed("opening request: segment %d (chain %d, index %d) out of range", i, sg.Chain, sg.Index)
		}
		if i > 0 && !segmentLess(req.Segments[i-1], seg) {
			return OpeningRequest{}, malformed("opening request: segments not strictly ascending at %d", i)
		}
		req.Segments = append(req.Segments, seg)
	}
	return req, nil
}

// EncodeChaseRequest writes req as JSON.
func EncodeChaseRequest(w io.Writer, req ChaseRequest) error {
	return encode(w, chaseRequestJSON{V: WireVersion, Challenge: hexHash(req.Challenge), Root: hexHash(req.Root), Seed: hexHash(req.Seed)})
}

// DecodeChaseRequest reads a chase request.
func DecodeChaseRequest(r io.Reader) (ChaseRequest, error) {
	var j chaseRequestJSON
	if err := decodeStrict(r, MaxCommitmentBytes, "chase request", &j); err != nil {
		return ChaseRequest{}, err
	}
	if err := checkVersion(j.V, "chase request"); err != nil {
		return ChaseRequest{}, err
	}
	var req ChaseRequest
	var err error
	if req.Challenge, err = parseHash(j.Challenge, "chase request challenge"); err != nil {
		return ChaseRequest{}, err
	}
	if req.Root, err = parseHash(j.Root, "chase request root"); err != nil {
		return ChaseRequest{}, err
	}
	if req.Seed, err = parseHash(j.Seed, "chase request seed"); err != nil {
		return ChaseRequest{}, err
	}
	return req, nil
}

// EncodeChaseCommitment writes cm as JSON (the same form as a commitment).
func EncodeChaseCommitment(w io.Writer, cm ChaseCommitment) error {
	return EncodeCommitment(w, Commitment(cm))
}

// DecodeChaseCommitment reads a chase commitment.
func DecodeChaseCommitment(r io.Reader) (ChaseCommitment, error) {
	cm, err := DecodeCommitment(r)
	return ChaseCommitment(cm), err
}

// EncodeOpening writes op as JSON.
func EncodeOpening(w io.Writer, op Opening) error {
	j := openingJSON{V: WireVersion, Challenge: hexHash(op.Challenge), Root: hexHash(op.Root), Units: make([]unitOpeningJSON, len(op.Units))}
	for i := range op.Units {
		u := &op.Units[i]
		ju := unitOpeningJSON{Step: u.Step, Group: u.Group, Product: int32sToBytes(u.Product), Leaf: leafToJSON(&u.Leaf)}
		if u.Prev != nil {
			ju.Prev = append([]byte(nil), int8sAsBytes(u.Prev)...)
		}
		if u.Partner != nil {
			ju.Partner = append([]byte(nil), int8sAsBytes(u.Partner)...)
		}
		if u.PrevLeaf != nil {
			l := leafToJSON(u.PrevLeaf)
			ju.PrevLeaf = &l
		}
		if u.PartnerLeaf != nil {
			l := leafToJSON(u.PartnerLeaf)
			ju.PartnerLeaf = &l
		}
		j.Units[i] = ju
	}
	for i := range op.Segments {
		so := &op.Segments[i]
		js := segmentOpeningJSON{Chain: so.Chain, Index: so.Index, End: checkpointToJSON(&so.End), Reads: make([]readJSON, len(so.Reads))}
		if so.Start != nil {
			cp := checkpointToJSON(so.Start)
			js.Start = &cp
		}
		for k := range so.Reads {
			rd := &so.Reads[k]
			js.Reads[k] = readJSON{Chunk: rd.Chunk, Siblings: hashesToBytes(rd.Siblings), Leaf: leafToJSON(&rd.Leaf)}
		}
		j.Segments = append(j.Segments, js)
	}
	return encode(w, j)
}

// DecodeOpening reads an opening and checks its structure (counts and blob sizes); the verifier checks
// it against the challenge.
func DecodeOpening(r io.Reader) (Opening, error) {
	var j openingJSON
	if err := decodeStrict(r, MaxOpeningBytes, "opening", &j); err != nil {
		return Opening{}, err
	}
	if err := checkVersion(j.V, "opening"); err != nil {
		return Opening{}, err
	}
	var op Opening
	var err error
	if op.Challenge, err = parseHash(j.Challenge, "opening challenge"); err != nil {
		return Opening{}, err
	}
	if op.Root, err = parseHash(j.Root, "opening root"); err != nil {
		return Opening{}, err
	}
	if len(j.Units) == 0 || len(j.Units) > MaxOpenings {
		return Opening{}, malformed("opening: %d units, want 1 to %d", len(j.Units), MaxOpenings)
	}
	op.Units = make([]UnitOpening, len(j.Units))
	for i := range j.Units {
		ju := &j.Units[i]
		if ju.Step < 1 || ju.Step > MaxSteps || ju.Group < 0 || ju.Group >= MaxRows {
			return Opening{}, malformed("opening: unit %d (step %d, group %d) out of range", i, ju.Step, ju.Group)
		}
		if len(ju.Prev) > MaxGroupElems || len(ju.Partner) > MaxGroupElems {
			return Opening{}, malformed("opening: unit %d inputs of %d and %d bytes exceed %d", i, len(ju.Prev), len(ju.Partner), MaxGroupElems)
		}
		if len(ju.Product)%4 != 0 || len(ju.Product) > 4*MaxGroupElems {
			return Opening{}, malformed("opening: unit %d product of %d bytes", i, len(ju.Product))
		}
		u := UnitOpening{Unit: Unit{Step: ju.Step, Group: ju.Group}, Product: bytesToInt32s(ju.Product)}
		// An empty blob means absent, as the encoder writes it.
		if len(ju.Prev) > 0 {
			u.Prev = bytesAsInt8s(ju.Prev)
		}
		if len(ju.Partner) > 0 {
			u.Partner = bytesAsInt8s(ju.Partner)
		}
		if u.Leaf, err = leafFromJSON(&ju.Leaf, i, "leaf"); err != nil {
			return Opening{}, err
		}
		if ju.PrevLeaf != nil {
			l, err := leafFromJSON(ju.PrevLeaf, i, "prev_leaf")
			if err != nil {
				return Opening{}, err
			}
			u.PrevLeaf = &l
		}
		if ju.PartnerLeaf != nil {
			l, err := leafFromJSON(ju.PartnerLeaf, i, "partner_leaf")
			if err != nil {
				return Opening{}, err
			}
			u.PartnerLeaf = &l
		}
		op.Units[i] = u
	}
	if len(j.Segments) > MaxOpenings {
		return Opening{}, malformed("opening: %d chase segments, at most %d", len(j.Segments), MaxOpenings)
	}
	for i := range j.Segments {
		js := &j.Segments[i]
		if js.Chain < 0 || js.Chain >= MaxChains || js.Index < 0 || js.Index >= MaxChaseHops {
			return Opening{}, malformed("opening: segment %d (chain %d, index %d) out of range", i, js.Chain, js.Index)
		}
		if len(js.Reads) > MaxSegmentHops*ChaseReads {
			return Opening{}, malformed("opening: segment %d has %d reads, at most %d", i, len(js.Reads), MaxSegmentHops*ChaseReads)
		}
		so := SegmentOpening{Segment: Segment{Chain: js.Chain, Index: js.Index}, Reads: make([]ChaseRead, len(js.Reads))}
		var err error
		if so.End, err = checkpointFromJSON(&js.End, i, "end"); err != nil {
			return Opening{}, err
		}
		if js.Start != nil {
			st, err := checkpointFromJSON(js.Start, i, "start")
			if err != nil {
				return Opening{}, err
			}
			so.Start = &st
		}
		for k := range js.Reads {
			jr := &js.Reads[k]
			if len(jr.Chunk) == 0 || len(jr.Chunk) > 1024 || len(jr.Siblings)%32 != 0 || len(jr.Siblings) > 32*8 {
				return Opening{}, malformed("opening: segment %d read %d: chunk of %d bytes, %d bytes of siblings", i, k, len(jr.Chunk), len(jr.Siblings))
			}
			rd := ChaseRead{Chunk: jr.Chunk, Siblings: bytesToHashes(jr.Siblings)}
			if rd.Leaf, err = leafFromJSON(&jr.Leaf, i, "read leaf"); err != nil {
				return Opening{}, err
			}
			so.Reads[k] = rd
		}
		op.Segments = append(op.Segments, so)
	}
	return op, nil
}

func checkpointToJSON(cp *CheckpointProof) checkpointJSON {
	j := checkpointJSON{Index: cp.Index, Points: make([]byte, chaseBlock*len(cp.Points)), Path: hashesToBytes(cp.Path)}
	for i, st := range cp.Points {
		for w, v := range st {
			binary.LittleEndian.PutUint32(j.Points[chaseBlock*i+4*w:], v)
		}
	}
	return j
}

func checkpointFromJSON(j *checkpointJSON, seg int, what string) (CheckpointProof, error) {
	if len(j.Points) == 0 || len(j.Points)%chaseBlock != 0 || len(j.Points) > chaseBlock*CheckpointsPerLeaf {
		return CheckpointProof{}, malformed("opening: segment %d %s checkpoints of %d bytes", seg, what, len(j.Points))
	}
	if len(j.Path)%32 != 0 || len(j.Path) > 32*maxPathHashes {
		return CheckpointProof{}, malformed("opening: segment %d %s path of %d bytes", seg, what, len(j.Path))
	}
	cp := CheckpointProof{Index: j.Index, Points: make([]ChaseState, len(j.Points)/chaseBlock), Path: bytesToHashes(j.Path)}
	for i := range cp.Points {
		cp.Points[i] = ChaseState(blockWords(j.Points[chaseBlock*i:]))
	}
	return cp, nil
}

func hashesToBytes(hs []Hash) []byte {
	b := make([]byte, 0, 32*len(hs))
	for _, h := range hs {
		b = append(b, h[:]...)
	}
	return b
}

func bytesToHashes(b []byte) []Hash {
	if len(b) == 0 {
		return nil
	}
	hs := make([]Hash, len(b)/32)
	for i := range hs {
		copy(hs[i][:], b[32*i:])
	}
	return hs
}

func leafToJSON(l *LeafProof) leafJSON {
	j := leafJSON{Index: l.Index, Groups: make([]byte, 0, 32*len(l.Groups)), Path: make([]byte, 0, 32*len(l.Path))}
	for _, h := range l.Groups {
		j.Groups = append(j.Groups, h[:]...)
	}
	for _, h := range l.Path {
		j.Path = append(j.Path, h[:]...)
	}
	return j
}

func leafFromJSON(j *leafJSON, unit int, what string) (LeafProof, error) {
	if len(j.Groups) == 0 || len(j.Groups)%32 != 0 || len(j.Groups) > 32*MaxLeafGroups {
		return LeafProof{}, malformed("opening: unit %d %s group hashes of %d bytes", unit, what, len(j.Groups))
	}
	if len(j.Path)%32 != 0 || len(j.Path) > 32*maxPathHashes {
		return LeafProof{}, malformed("opening: unit %d %s path of %d bytes", unit, what, len(j.Path))
	}
	l := LeafProof{Index: j.Index, Groups: make([]Hash, len(j.Groups)/32), Path: make([]Hash, len(j.Path)/32)}
	for i := range l.Groups {
		copy(l.Groups[i][:], j.Groups[32*i:])
	}
	for i := range l.Path {
		copy(l.Path[i][:], j.Path[32*i:])
	}
	return l, nil
}

func int32sToBytes(v []int32) []byte {
	b := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(x))
	}
	return b
}

func bytesToInt32s(b []byte) []int32 {
	if len(b) == 0 {
		return nil // a sweep's units have no product
	}
	v := make([]int32, len(b)/4)
	for i := range v {
		v[i] = int32(binary.LittleEndian.Uint32(b[4*i:]))
	}
	return v
}

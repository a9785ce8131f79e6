package agree

import (
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
)

// Path is where a node serves its peers; each message type is a path below it (Path + "observe").
const Path = "/agree/v1/"

// Message types. Requests go to Path+type; answers come back in the response body.
const (
	// TypeObserve asks a peer for its observation on a decision (body: Decision); answered by TypeObservation.
	TypeObserve = "observe"
	// TypeNudge tells the leader a node has evidence on a decision (body: ObservationMsg); answered by TypeAck.
	TypeNudge = "nudge"
	// TypeSign asks a peer to sign a decision's value (body: SignMsg); answered by TypeSignature or TypeRefusal.
	TypeSign = "sign"

	TypeObservation = "observation"
	TypeAck         = "ack"
	TypeSignature   = "signature"
	TypeRefusal     = "refusal"
)

const envelopeTag = "idlegrid/agree/v1/envelope"

// Envelope carries every peer message, signed by its sender and addressed to one receiver: a message cannot
// be replayed to another node, attributed to another sender, or used on another network (the digest binds the
// quorum's EIP-712 domain separator).
type Envelope struct {
	Type      string          `json:"type"`
	From      common.Address  `json:"from"`
	To        common.Address  `json:"to"`
	SentAtMs  int64           `json:"sentAtMs"`
	Body      json.RawMessage `json:"body"`
	Signature hexutil.Bytes   `json:"signature"`
}

// Digest is what the sender signs, under the quorum domain's separator.
func (e Envelope) Digest(separator common.Hash) common.Hash {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], uint64(e.SentAtMs))
	return crypto.Keccak256Hash([]byte(envelopeTag), separator[:], []byte(e.Type), []byte{0}, e.From[:], e.To[:], t[:],
		crypto.Keccak256(e.Body))
}

// ObservationMsg is a peer's answer to TypeObserve, and the body of TypeNudge.
type ObservationMsg struct {
	Decision Decision      `json:"decision"`
	Has      bool          `json:"has"`
	Value    hexutil.Bytes `json:"value,omitempty"`
	// Prior is what the peer already signed for this decision, if anything.
	Prior *PriorMsg `json:"prior,omitempty"`
	// LatestWindow is the highest window the peer signed for the decision's kind and subject.
	LatestWindow uint64 `json:"latestWindow"`
}

// PriorMsg is an answer a node already signed.
type PriorMsg struct {
	Value     hexutil.Bytes `json:"value"`
	Signature hexutil.Bytes `json:"signature"`
}

// SignMsg asks for a signature over the attestation of Value for Decision.
type SignMsg struct {
	Decision Decision      `json:"decision"`
	Value    hexutil.Bytes `json:"value"`
}

// SignatureMsg is a signature released for a SignMsg.
type SignatureMsg struct {
	Decision  Decision      `json:"decision"`
	Signature hexutil.Bytes `json:"signature"`
}

// Refusal reasons.
const (
	ReasonNotObserved = "not-observed"
	ReasonConflict    = "conflict"
	ReasonInvalid     = "invalid"
	ReasonUnavailable = "unavailable"
)

// RefusalMsg says why a node will not sign; on a conflict it carries the answer it signed instead.
type RefusalMsg struct {
	Decision Decision  `json:"decision"`
	Reason   string    `json:"reason"`
	Message  string    `json:"message"`
	Prior    *PriorMsg `json:"prior,omitempty"`
}

// Errors of the transport. Each names what was wrong; none is fatal to the node.
var (
	ErrEnvelope     = errors.New("agree: bad envelope")
	ErrNotSigner    = errors.New("agree: sender is not in the current signer set")
	ErrMisaddressed = errors.New("agree: message addressed to another node")
	ErrStale        = errors.New("agree: message time outside the allowed skew")
)

func decodeStrict(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data")
	}
	return nil
}

func (d Decision) validate(rules map[oracle.Kind]Rule) error {
	if _, ok := rules[d.Kind]; !ok {
		return fmt.Errorf("%w: decision kind %s: no rule on this node", ErrEnvelope, d.Kind)
	}
	if d.Subject == (common.Hash{}) {
		return fmt.Errorf("%w: decision subject: zero", ErrEnvelope)
	}
	return nil
}

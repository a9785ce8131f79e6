// Package agree is how inspectors turn their own observations into k-of-n attestations.
//
// For each decision — a (kind, subject, window) question such as "was lease 7's machine down, and since when?" —
// a deterministic leader (the first of a hash ranking of the signer set, then the next after each timeout)
// gathers the signed observations of the other inspectors over HTTP, combines them into one value, asks for
// EIP-712 signatures over the SAME attestation, aggregates k of them (oracle.Collector: sorted, strictly
// ascending signers) and hands them to the submitter.
//
// The package owns three promises:
//   - a node signs only what its own observation log supports (Rule.Endorse is a function of the node's log,
//     never of what a peer says);
//   - a node never signs two different answers to one decision, across crashes: the answer is recorded
//     durably (Store) before the signature leaves the node, and a later request for another answer is refused
//     with the recorded one;
//   - peer input is authenticated (signed by a current signer, addressed to this node, fresh), bounded in size
//     and rate, and never crashes the node.
//
// A caller that posts what k signed itself (the Solana bridge, which records each send before it makes it)
// uses Attest and Leads instead of Decide; other peer protocols (the Solana multisig's co-signing) ride the same
// authenticated transport as extra message types (Deps.Handlers, Call).
//
// It never reads the chain or the keystore itself (Chain, Peers, Submitter and the signer are injected), and
// knows no attestation kind: rules (inspector/rules) say what each kind means.
package agree

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
)

// Decision is one question the inspectors answer at most once. Window distinguishes successive askings of
// the same question about the same subject (an epoch, a time bucket, or a fresh round after an answer could not
// be agreed).
type Decision struct {
	Kind    oracle.Kind `json:"kind"`
	Subject common.Hash `json:"subject"`
	Window  uint64      `json:"window"`
}

const decisionTag = "idlegrid/agree/v1/decision"

// Key identifies the decision; it is also the attestation id, so the chain consumes at most one answer to it.
func (d Decision) Key() common.Hash {
	var w [8]byte
	binary.BigEndian.PutUint64(w[:], d.Window)
	return crypto.Keccak256Hash([]byte(decisionTag), []byte{byte(d.Kind)}, d.Subject[:], w[:])
}

func (d Decision) String() string {
	return fmt.Sprintf("%s/%s/%d", d.Kind, d.Subject.TerminalString(), d.Window)
}

// MaxValueBytes bounds a decision's value.
const MaxValueBytes = 16 << 10

// Record is what this node signed for a decision: the answer (value) and the signature over its attestation.
type Record struct {
	Decision  Decision
	Value     []byte
	Digest    common.Hash
	Signature []byte
	SignedAt  time.Time
}

// Store keeps what this node signed (inspector/sqlstore implements it). Its writes must be durable when they
// return: a signature is released only after.
type Store interface {
	// PutSigned records r unless a record for r.Decision exists. If one exists with the same value, its
	// digest and signature are replaced by r's (the same answer re-signed, under a new signer set version).
	// It returns the record stored for the decision afterwards: r, or the existing one with another value.
	PutSigned(ctx context.Context, r Record) (Record, error)
	// Signed is the record for d.
	Signed(ctx context.Context, d Decision) (Record, bool, error)
	// LatestWindow is the highest window this node signed for (kind, subject).
	LatestWindow(ctx context.Context, kind oracle.Kind, subject common.Hash) (uint64, bool, error)
}

// Observation is what one inspector's log says about a decision: a value it would propose alone, or nothing.
type Observation struct {
	Inspector common.Address
	Has       bool
	Value     []byte
}

// ErrNoQuorum means the observations at hand cannot make k signatures over one value.
var ErrNoQuorum = errors.New("agree: observations do not reach the threshold")

// Rule is what one attestation kind means to this node.
type Rule interface {
	// Kind is the attestation kind of the rule's decisions.
	Kind() oracle.Kind
	// Observe is this node's own evidence on d, from its own log: the value it would propose, or ok false.
	Observe(ctx context.Context, d Decision) (value []byte, ok bool, err error)
	// Combine makes the value a leader proposes from the observations that have one (ErrNoQuorum when no value
	// can gather k endorsements from them).
	Combine(d Decision, obs []Observation, k int) ([]byte, error)
	// Endorse is nil when this node's own log supports value as the answer to d. It must not depend on what
	// any peer says, and must refuse (wrapping observe.ErrNotObserved or ErrInvalidValue) when in doubt.
	Endorse(ctx context.Context, d Decision, value []byte) error
	// Attestation is what answering d with value means on chain: the consumer contract and the payload.
	Attestation(ctx context.Context, d Decision, value []byte) (target common.Address, p oracle.Payload, err error)
	// Retry reports whether a decision whose round failed because signers were bound to an answer that can
	// no longer gather k may be asked again in the next window (a breach can; a price or an epoch's root,
	// whose window is its time, cannot).
	Retry() bool
}

// IDRule is a Rule whose consumer contract keys its attestations by its own id rather than by Decision.Key:
// the Solana gateway consumes one attestation per deposit (its deposit id) and per outbound transfer, whatever
// the window. Windows still separate what a node signed, and the chain still consumes at most one answer.
type IDRule interface {
	Rule
	AttestationID(d Decision) common.Hash
}

// ErrInvalidValue means a value a rule cannot decode or that is out of range for the decision.
var ErrInvalidValue = errors.New("agree: invalid value")

// Chain is what agreement needs from chain state.
type Chain interface {
	// SignerSet is the quorum's active signer set.
	SignerSet(ctx context.Context) (oracle.SignerSet, error)
	// Decided reports whether the question needs no further answer: an attestation for it (in any window)
	// was consumed, or the chain made it moot (the lease was already breached, the epoch posted).
	Decided(ctx context.Context, d Decision) (bool, error)
}

// Peers finds the other inspectors.
type Peers interface {
	// Endpoint is the base URL the inspector registered ("https://host:port").
	Endpoint(ctx context.Context, inspector common.Address) (string, error)
}

// Signed is an aggregated attestation ready to post.
type Signed struct {
	Decision    Decision
	Value       []byte
	Attestation oracle.Attestation
	// Packed is threshold signatures in ascending signer order, as AttestationQuorum.consume takes them.
	Packed  []byte
	Signers []common.Address
}

// Submitter posts an aggregated attestation (the wiring maps each kind to its contract call, through the
// shared transaction submitter).
type Submitter interface {
	Submit(ctx context.Context, s Signed) error
}

// Handler serves one extra peer message type (Deps.Handlers): from is the authenticated sender (a current
// signer), body the message. The reply is sealed back to the sender; an error is answered with HTTP 422 and
// its text. Handlers carry protocols that are not EIP-712 attestations (the Solana multisig's co-signing) over
// the same authenticated, rate-limited transport.
type Handler func(ctx context.Context, from common.Address, body []byte) (reply any, err error)

// Clock is the node's clock.
type Clock interface {
	Now() time.Time
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

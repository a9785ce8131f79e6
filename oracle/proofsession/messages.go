package proofsession

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Sentinel errors; the wrapped message names the challenge or field.
var (
	// ErrUnauthorized: the request is not signed by an active inspector, or names another provider or machine.
	ErrUnauthorized = errors.New("proofsession: unauthorized")
	// ErrExpired: the challenge's expiry has passed.
	ErrExpired = errors.New("proofsession: challenge expired")
	// ErrReplayed: the challenge was already answered (or is being answered) by this node.
	ErrReplayed = errors.New("proofsession: challenge replayed")
	// ErrUnknownGPU: the challenge names a GPU this machine does not serve, or names one twice.
	ErrUnknownGPU = errors.New("proofsession: unknown or duplicate GPU")
	// ErrLeased: a challenge named a GPU a lease holds; leased GPUs answer with receipts (oracle/liveness).
	ErrLeased = errors.New("proofsession: GPU is leased")
	// ErrBadSignature: an answer is not signed by the challenged provider's node key.
	ErrBadSignature = errors.New("proofsession: answer not signed by the provider")
	// ErrProtocol: a message out of order, malformed, or for no open challenge.
	ErrProtocol = errors.New("proofsession: protocol error")
	// ErrProver: the provider reported that it could not answer.
	ErrProver = errors.New("proofsession: provider failed to answer")
)

// MaxAttestationBytes bounds a vendor attestation report (NVIDIA's H100 reports are a few KiB).
const MaxAttestationBytes = 64 << 10

// Attestation is a vendor's hardware attestation report, bound to the challenge: the provider asks its
// device for a report over Nonce = AttestationNonce(challenge id). It travels inside the signed
// commitment, but nothing verifies it yet (Result.AttestationVerified is always false): it counts for
// nothing until a verifier for Vendor's format exists. The format does not change when one does.
type Attestation struct {
	// Vendor names the report's format, e.g. "nvidia-cc" (H100/H200 confidential computing).
	Vendor string `json:"vendor"`
	// Nonce is what the report was bound to; it must equal AttestationNonce of the challenge.
	Nonce common.Hash `json:"nonce"`
	// Report is the vendor's signed report, opaque here.
	Report []byte `json:"report"`
}

// AttestationNonce is the nonce a provider passes to its device's attestation for challenge id.
func AttestationNonce(id proof.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("idlegrid/proof/v2/attestation-nonce"), id[:])
}

func (a *Attestation) digest() common.Hash {
	if a == nil {
		return common.Hash{}
	}
	return crypto.Keccak256Hash([]byte(a.Vendor), a.Nonce[:], a.Report)
}

// Frame types on the wire. Every frame is one JSON object with a "type".
const (
	typePing       = "ping"
	typePong       = "pong"
	typeChallenge  = "challenge"
	typeCommitment = "commitment"
	typeChase      = "chase"
	typeChaseCm    = "chase_commitment"
	typeRequest    = "request"
	typeOpening    = "opening"
	typeError      = "error"
)

// frame is the union of all frames; unused fields are omitted.
type frame struct {
	Type string `json:"type"`
	Seq  uint64 `json:"seq,omitempty"`
	// challenge: the proof challenges (proof.EncodeChallenge), one per GPU, signed together.
	Challenges []json.RawMessage `json:"challenges,omitempty"`
	// commitment, chase, chase_commitment, request, opening, error: which challenge.
	Challenge *common.Hash `json:"challenge,omitempty"`
	// Root is the commitment's root (commitment, chase, request, opening) or the chase commitment's
	// (chase_commitment).
	Root *common.Hash `json:"root,omitempty"`
	// Seed is the chase's seed (chase).
	Seed      *common.Hash     `json:"seed,omitempty"`
	Attest    *Attestation     `json:"attestation,omitempty"`
	Body      *json.RawMessage `json:"body,omitempty"` // proof.EncodeOpeningRequest / EncodeOpening
	Message   string           `json:"message,omitempty"`
	Signature []byte           `json:"signature,omitempty"`
}

// Signed digests. Each is keccak256 over a domain tag and the fields it binds, so a signature for one
// kind of message can never be presented as another.

// ChallengeDigest is what an inspector signs to send a batch of challenges (one per GPU of a machine).
func ChallengeDigest(ids []proof.Hash) common.Hash {
	h := crypto.NewKeccakState()
	h.Write([]byte("idlegrid/proof/v2/challenge-batch"))
	for _, id := range ids {
		h.Write(id[:])
	}
	var out common.Hash
	h.Read(out[:])
	return out
}

// CommitmentDigest is what the provider signs to commit: the challenge, the root and the attestation.
func CommitmentDigest(id, root proof.Hash, a *Attestation) common.Hash {
	ad := a.digest()
	return crypto.Keccak256Hash([]byte("idlegrid/proof/v2/commitment"), id[:], root[:], ad[:])
}

// ChaseDigest is what the inspector signs to start a chase: the challenge, the commitment it follows
// and the seed.
func ChaseDigest(id, root, seed proof.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("idlegrid/proof/v2/chase"), id[:], root[:], seed[:])
}

// ChaseCommitmentDigest is what the provider signs to commit to a chase.
func ChaseCommitmentDigest(id, chaseRoot proof.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte("idlegrid/proof/v2/chase-commitment"), id[:], chaseRoot[:])
}

// RequestDigest is what the inspector signs to ask for openings.
func RequestDigest(id, root proof.Hash, body []byte) common.Hash {
	b := sha256.Sum256(body)
	return crypto.Keccak256Hash([]byte("idlegrid/proof/v2/request"), id[:], root[:], b[:])
}

// OpeningDigest is what the provider signs to answer: the challenge, the root and the opening's bytes.
func OpeningDigest(id, root proof.Hash, body []byte) common.Hash {
	b := sha256.Sum256(body)
	return crypto.Keccak256Hash([]byte("idlegrid/proof/v2/opening"), id[:], root[:], b[:])
}

// Address converts an account address to the proof package's.
func Address(a common.Address) proof.Address { return proof.Address(a) }

// checkSigner recovers sig over digest and requires want.
func checkSigner(digest common.Hash, sig []byte, want proof.Address, what string) error {
	got, err := oracle.RecoverSigner(digest, sig)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrBadSignature, what, err)
	}
	if proof.Address(got) != want {
		return fmt.Errorf("%w: %s signed by %s, want %s", ErrBadSignature, what, got, common.Address(want))
	}
	return nil
}

func encodeChallenge(ch proof.Challenge) (json.RawMessage, error) {
	var b bytes.Buffer
	if err := proof.EncodeChallenge(&b, ch); err != nil {
		return nil, err
	}
	return bytes.TrimSpace(b.Bytes()), nil
}

func hashPtr(h proof.Hash) *common.Hash { c := common.Hash(h); return &c }

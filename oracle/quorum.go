package oracle

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/ethereum/go-ethereum/common"
)

var (
	// ErrInvalidSignerSet means a signer set AttestationQuorum would never have accepted.
	ErrInvalidSignerSet = errors.New("invalid signer set")
	// ErrUnknownSigner means a valid signature by an address outside the signer set.
	ErrUnknownSigner = errors.New("signer not in signer set")
	// ErrSignerSetVersion means an attestation names a signer set version other than the one given.
	ErrSignerSetVersion = errors.New("signer set version mismatch")
	// ErrNotEnoughSignatures is matched by every *NotEnoughSignaturesError.
	ErrNotEnoughSignatures = errors.New("not enough signatures")
	// ErrSignatureOrder means packed signatures are not ordered by strictly ascending signer.
	ErrSignatureOrder = errors.New("signatures not ordered by strictly ascending signer")
)

// NotEnoughSignaturesError says how many distinct valid signatures were found and how many the threshold needs.
// It mirrors AttestationQuorum's NotEnoughSignatures(have, need) revert.
type NotEnoughSignaturesError struct {
	Have, Need int
}

func (e *NotEnoughSignaturesError) Error() string {
	return fmt.Sprintf("not enough signatures: have %d, need %d", e.Have, e.Need)
}

// Is makes errors.Is(err, ErrNotEnoughSignatures) hold.
func (e *NotEnoughSignaturesError) Is(target error) bool { return target == ErrNotEnoughSignatures }

// SignerSet mirrors IAttestationQuorum.SignerSet: version, threshold k and the n signers in ascending order.
type SignerSet struct {
	Version   uint64           `json:"version"`
	Threshold uint8            `json:"threshold"`
	Signers   []common.Address `json:"signers"`
}

// MaxSigners is AttestationQuorum.MAX_SIGNERS.
const MaxSigners = 32

// Validate checks what AttestationQuorum checks when a set is proposed: 1 to MaxSigners signers, none zero,
// strictly ascending, and a threshold that is a strict majority (2k > n) and at most n.
func (s SignerSet) Validate() error {
	if len(s.Signers) == 0 {
		return fmt.Errorf("%w: no signers", ErrInvalidSignerSet)
	}
	if len(s.Signers) > MaxSigners {
		return fmt.Errorf("%w: %d signers, at most %d", ErrInvalidSignerSet, len(s.Signers), MaxSigners)
	}
	if k, n := int(s.Threshold), len(s.Signers); 2*k <= n || k > n {
		return fmt.Errorf("%w: threshold %d of %d signers is not a strict majority", ErrInvalidSignerSet, k, n)
	}
	for i, a := range s.Signers {
		if a == (common.Address{}) {
			return fmt.Errorf("%w: zero signer at index %d", ErrInvalidSignerSet, i)
		}
		if i > 0 && bytes.Compare(s.Signers[i-1][:], a[:]) >= 0 {
			return fmt.Errorf("%w: signers not strictly ascending at index %d", ErrInvalidSignerSet, i)
		}
	}
	return nil
}

// Contains reports whether a is in the set.
func (s SignerSet) Contains(a common.Address) bool {
	_, ok := slices.BinarySearchFunc(s.Signers, a, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return ok
}

// Collector gathers inspectors' signatures over one attestation until the signer set's threshold is reached,
// then packs them for AttestationQuorum.consume. It is safe for concurrent use: signatures typically arrive
// from several inspectors at once.
type Collector struct {
	att    Attestation
	set    SignerSet
	digest common.Hash

	mu   sync.Mutex
	sigs map[common.Address][]byte
}

// NewCollector prepares to collect signatures over att, addressed under domain d to a quorum whose active
// signer set is set.
func NewCollector(d Domain, att Attestation, set SignerSet) (*Collector, error) {
	if err := set.Validate(); err != nil {
		return nil, err
	}
	if att.SignerSetVersion != set.Version {
		return nil, fmt.Errorf("%w: attestation names version %d, signer set is version %d",
			ErrSignerSetVersion, att.SignerSetVersion, set.Version)
	}
	digest, err := att.Digest(d)
	if err != nil {
		return nil, err
	}
	return &Collector{att: att, set: set, digest: digest, sigs: make(map[common.Address][]byte)}, nil
}

// Digest is the digest every signature must be over.
func (c *Collector) Digest() common.Hash { return c.digest }

// Add verifies sig and keeps it if it is by a member of the signer set. A second signature by a signer already
// collected is not an error: it is dropped and added is false.
func (c *Collector) Add(sig []byte) (signer common.Address, added bool, err error) {
	signer, err = RecoverSigner(c.digest, sig)
	if err != nil {
		return common.Address{}, false, err
	}
	if !c.set.Contains(signer) {
		return signer, false, fmt.Errorf("%w: %s (version %d)", ErrUnknownSigner, signer, c.set.Version)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if _, dup := c.sigs[signer]; dup {
		return signer, false, nil
	}
	c.sigs[signer] = slices.Clone(sig)
	return signer, true, nil
}

// Have is the number of distinct valid signatures collected.
func (c *Collector) Have() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.sigs)
}

// Need is the signer set's threshold.
func (c *Collector) Need() int { return int(c.set.Threshold) }

// Ready reports whether the threshold is reached.
func (c *Collector) Ready() bool { return c.Have() >= c.Need() }

// Signers returns the signers collected so far, ascending.
func (c *Collector) Signers() []common.Address {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]common.Address, 0, len(c.sigs))
	for a := range c.sigs {
		out = append(out, a)
	}
	slices.SortFunc(out, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	return out
}

// Pack returns exactly threshold signatures — those of the lowest signer addresses, as fewer signatures cost
// less gas and calldata — concatenated in ascending signer order, the bytes AttestationQuorum.consume takes.
func (c *Collector) Pack() ([]byte, error) {
	signers := c.Signers()
	need := c.Need()
	if len(signers) < need {
		return nil, &NotEnoughSignaturesError{Have: len(signers), Need: need}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make([]byte, 0, need*SignatureLength)
	for _, a := range signers[:need] {
		out = append(out, c.sigs[a]...)
	}
	return out, nil
}

// Aggregate verifies sigs over att and packs a threshold of them for the quorum, stopping as soon as the
// threshold is reached. Invalid and unknown signatures are skipped; if too few remain, the error is a
// *NotEnoughSignaturesError joined with why each skipped signature was rejected.
func Aggregate(d Domain, att Attestation, set SignerSet, sigs [][]byte) ([]byte, error) {
	c, err := NewCollector(d, att, set)
	if err != nil {
		return nil, err
	}
	var rejected []error
	for i, sig := range sigs {
		if c.Ready() {
			break
		}
		if _, _, err := c.Add(sig); err != nil {
			rejected = append(rejected, fmt.Errorf("signature %d: %w", i, err))
		}
	}
	packed, err := c.Pack()
	if err != nil {
		return nil, errors.Join(append([]error{err}, rejected...)...)
	}
	return packed, nil
}

// VerifyPacked checks packed signatures the way AttestationQuorum.verify does: whole 65-byte signatures, each
// valid and by a member of set, signers strictly ascending, at least threshold of them. It returns the number
// of signatures.
func VerifyPacked(d Domain, att Attestation, set SignerSet, packed []byte) (int, error) {
	if err := set.Validate(); err != nil {
		return 0, err
	}
	if att.SignerSetVersion != set.Version {
		return 0, fmt.Errorf("%w: attestation names version %d, signer set is version %d",
			ErrSignerSetVersion, att.SignerSetVersion, set.Version)
	}
	if len(packed)%SignatureLength != 0 {
		return 0, fmt.Errorf("%w: packed length %d is not a multiple of %d", ErrInvalidSignature, len(packed), SignatureLength)
	}
	digest, err := att.Digest(d)
	if err != nil {
		return 0, err
	}
	n := len(packed) / SignatureLength
	var prev common.Address
	for i := range n {
		signer, err := RecoverSigner(digest, packed[i*SignatureLength:(i+1)*SignatureLength])
		if err != nil {
			return 0, fmt.Errorf("signature %d: %w", i, err)
		}
		if !set.Contains(signer) {
			return 0, fmt.Errorf("signature %d: %w: %s", i, ErrUnknownSigner, signer)
		}
		if i > 0 && bytes.Compare(prev[:], signer[:]) >= 0 {
			return 0, fmt.Errorf("signature %d: %w", i, ErrSignatureOrder)
		}
		prev = signer
	}
	if n < int(set.Threshold) {
		return 0, &NotEnoughSignaturesError{Have: n, Need: int(set.Threshold)}
	}
	return n, nil
}

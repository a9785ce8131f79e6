package oracle

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// SignatureLength is the length of a signature as the contracts take it: r ‖ s ‖ v with v = 27 or 28.
const SignatureLength = crypto.SignatureLength

var (
	// ErrInvalidSignature means a signature the contracts' ECDSA recovery would reject: wrong length, v other
	// than 27/28, r or s out of range, or a high s (malleable).
	ErrInvalidSignature = errors.New("invalid signature")
	// ErrWrongSigner means a valid signature by someone other than who should have signed.
	ErrWrongSigner = errors.New("wrong signer")
)

// SignDigest signs a 32-byte digest with key and returns r ‖ s ‖ v with v = 27/28, the form Solidity's ecrecover
// and OpenZeppelin's ECDSA.recover take. go-ethereum's signer always produces a low s.
func SignDigest(key *ecdsa.PrivateKey, digest common.Hash) ([]byte, error) {
	if key == nil {
		return nil, errors.New("sign digest: nil key")
	}
	sig, err := crypto.Sign(digest[:], key)
	if err != nil {
		return nil, fmt.Errorf("sign digest: %w", err)
	}
	sig[64] += 27
	return sig, nil
}

// RecoverSigner returns the address whose key produced sig over digest, rejecting every signature the
// contracts would reject (see ErrInvalidSignature).
func RecoverSigner(digest common.Hash, sig []byte) (common.Address, error) {
	if len(sig) != SignatureLength {
		return common.Address{}, fmt.Errorf("%w: length %d, want %d", ErrInvalidSignature, len(sig), SignatureLength)
	}
	v := sig[64]
	if v != 27 && v != 28 {
		return common.Address{}, fmt.Errorf("%w: v = %d, want 27 or 28", ErrInvalidSignature, v)
	}
	r, s := new(big.Int).SetBytes(sig[:32]), new(big.Int).SetBytes(sig[32:64])
	if !crypto.ValidateSignatureValues(v-27, r, s, true) {
		return common.Address{}, fmt.Errorf("%w: r or s out of range or high s", ErrInvalidSignature)
	}
	normalized := make([]byte, SignatureLength)
	copy(normalized, sig)
	normalized[64] = v - 27
	pub, err := crypto.SigToPub(digest[:], normalized)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: %v", ErrInvalidSignature, err)
	}
	return crypto.PubkeyToAddress(*pub), nil
}

// DigestSigner signs 32-byte digests for one account, in the form SignDigest produces. oracle/keys.Signer is
// one; a remote signer would use the context.
type DigestSigner interface {
	Address() common.Address
	SignDigest(ctx context.Context, digest common.Hash) ([]byte, error)
}

// SignQuote signs q under d as its provider. The signer must be the quote's provider: LeaseEscrow accepts
// nothing else.
func SignQuote(ctx context.Context, s DigestSigner, d Domain, q Quote) (SignedQuote, error) {
	if s.Address() != q.Provider {
		return SignedQuote{}, fmt.Errorf("sign quote: %w: signer %s, provider %s", ErrWrongSigner, s.Address(), q.Provider)
	}
	digest, err := q.Digest(d)
	if err != nil {
		return SignedQuote{}, fmt.Errorf("sign quote: %w", err)
	}
	sig, err := s.SignDigest(ctx, digest)
	if err != nil {
		return SignedQuote{}, fmt.Errorf("sign quote: %w", err)
	}
	sq := SignedQuote{Quote: q, Signature: sig}
	if err := sq.Verify(d); err != nil { // a signer that does not sign like SignDigest is caught here, not on chain
		return SignedQuote{}, err
	}
	return sq, nil
}

// SignAttestation is one inspector's signature over a under d, ready for a Collector.
func SignAttestation(ctx context.Context, s DigestSigner, d Domain, a Attestation) ([]byte, error) {
	digest, err := a.Digest(d)
	if err != nil {
		return nil, fmt.Errorf("sign %s attestation: %w", a.Kind, err)
	}
	sig, err := s.SignDigest(ctx, digest)
	if err != nil {
		return nil, fmt.Errorf("sign %s attestation: %w", a.Kind, err)
	}
	if signer, err := RecoverSigner(digest, sig); err != nil || signer != s.Address() {
		return nil, fmt.Errorf("sign %s attestation: %w: signature recovers to %s (%v), signer is %s", a.Kind, ErrWrongSigner, signer, err, s.Address())
	}
	return sig, nil
}

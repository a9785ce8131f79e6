package oracle

import (
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

package gateway

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/idlegrid/idlegrid/oracle"
)

// typedField is one member of an EIP-712 struct type.
type typedField struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// TypedData is the eth_signTypedData_v4 request for a LeaseAccess under d: what a browser console hands the
// renter's wallet, whose signature then goes into a Token with NewToken. The wallet computes the same digest
// as oracle.LeaseAccess.Digest.
func TypedData(d oracle.Domain, a oracle.LeaseAccess) ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("typed data: %w", err)
	}
	return json.Marshal(map[string]any{
		"types": map[string][]typedField{
			"EIP712Domain": {{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}},
			"LeaseAccess": {{"leaseId", "uint256"}, {"renter", "address"}, {"provider", "address"}, {"issuedAt", "uint64"},
				{"expiry", "uint64"}, {"nonce", "bytes32"}},
		},
		"primaryType": "LeaseAccess",
		"domain": map[string]any{
			"name": d.Name, "version": d.Version, "chainId": d.ChainID.String(), "verifyingContract": d.VerifyingContract.Hex(),
		},
		"message": map[string]any{
			"leaseId": strconv.FormatUint(a.LeaseID, 10), "renter": a.Renter.Hex(), "provider": a.Provider.Hex(),
			"issuedAt": strconv.FormatUint(a.IssuedAt, 10), "expiry": strconv.FormatUint(a.Expiry, 10), "nonce": a.Nonce.Hex(),
		},
	})
}

// NewToken assembles a token from a LeaseAccess and the renter's signature over it under d (for example from
// a wallet's eth_signTypedData_v4 over TypedData(d, a)), checking the signature is the renter's.
func NewToken(d oracle.Domain, a oracle.LeaseAccess, sig []byte) (Token, error) {
	sig = normalizeV(sig)
	signer, err := a.Signer(d, sig)
	if err != nil {
		return Token{}, fmt.Errorf("new token: %w", err)
	}
	if signer != a.Renter {
		return Token{}, fmt.Errorf("new token: %w: signed by %s, renter is %s", oracle.ErrWrongSigner, signer, a.Renter)
	}
	return Token{ChainID: d.ChainID, Escrow: d.VerifyingContract, Access: a, Signature: sig}, nil
}

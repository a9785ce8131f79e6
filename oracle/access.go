package oracle

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// GatewayDomainName is the EIP-712 domain name renters sign gateway access under.
//
// No contract verifies a LeaseAccess: the provider node's gateway does, off chain. The domain still names the
// LeaseEscrow as verifying contract, so that an access signed for one deployment (chain id, escrow) is
// worthless on any other, and it has a name of its own, so that no signature the escrow checks can ever be
// taken for an access or the other way round.
const GatewayDomainName = "idlegrid Gateway"

// LeaseAccessType is the EIP-712 type of a renter's grant to reach its lease's workload through the
// provider's gateway.
const LeaseAccessType = "LeaseAccess(uint256 leaseId,address renter,address provider,uint64 issuedAt,uint64 expiry,bytes32 nonce)"

// LeaseAccessTypeHash is keccak256(LeaseAccessType).
var LeaseAccessTypeHash = crypto.Keccak256Hash([]byte(LeaseAccessType))

var leaseAccessArgs = args(tBytes32, tUint256, tAddress, tAddress, tUint64, tUint64, tBytes32)

// GatewayDomain is the domain renters sign LeaseAccess under for the deployment whose LeaseEscrow is escrow
// on chainID.
func GatewayDomain(chainID *big.Int, escrow common.Address) Domain {
	return Domain{Name: GatewayDomainName, Version: DomainVersion, ChainID: chainID, VerifyingContract: escrow}
}

// LeaseAccess is what a lease's renter signs to reach its workload on the provider's node: lease LeaseID,
// for the node whose key is Provider (the audience: a token for one node is worthless at another), valid
// from IssuedAt to Expiry (unix seconds). Nonce makes every grant distinct, so a node can name one in its
// logs. Validity rules (how long a grant may last, clock skew) are the gateway's, not the signature's.
type LeaseAccess struct {
	LeaseID  uint64         `json:"leaseId"`
	Renter   common.Address `json:"renter"`
	Provider common.Address `json:"provider"`
	IssuedAt uint64         `json:"issuedAt"`
	Expiry   uint64         `json:"expiry"`
	Nonce    common.Hash    `json:"nonce"`
}

// StructHash is the EIP-712 hashStruct of a.
func (a LeaseAccess) StructHash() (common.Hash, error) {
	return hashEncoded(leaseAccessArgs,
		[32]byte(LeaseAccessTypeHash), new(big.Int).SetUint64(a.LeaseID), a.Renter, a.Provider, a.IssuedAt, a.Expiry,
		[32]byte(a.Nonce))
}

// Digest is what the renter signs: the EIP-712 digest of a under d (see GatewayDomain). It is the digest a
// wallet's eth_signTypedData_v4 signs for the same typed data.
func (a LeaseAccess) Digest(d Domain) (common.Hash, error) {
	h, err := a.StructHash()
	if err != nil {
		return common.Hash{}, err
	}
	return d.TypedDataDigest(h)
}

// Signer recovers who signed a under d with sig (see RecoverSigner for what is rejected).
func (a LeaseAccess) Signer(d Domain, sig []byte) (common.Address, error) {
	digest, err := a.Digest(d)
	if err != nil {
		return common.Address{}, err
	}
	return RecoverSigner(digest, sig)
}

// SignLeaseAccess signs a under d as its renter. The signer must be the access's renter: a gateway accepts
// nothing else.
func SignLeaseAccess(ctx context.Context, s DigestSigner, d Domain, a LeaseAccess) ([]byte, error) {
	if s.Address() != a.Renter {
		return nil, fmt.Errorf("sign lease access: %w: signer %s, renter %s", ErrWrongSigner, s.Address(), a.Renter)
	}
	digest, err := a.Digest(d)
	if err != nil {
		return nil, fmt.Errorf("sign lease access: %w", err)
	}
	sig, err := s.SignDigest(ctx, digest)
	if err != nil {
		return nil, fmt.Errorf("sign lease access: %w", err)
	}
	if signer, err := RecoverSigner(digest, sig); err != nil || signer != a.Renter {
		return nil, fmt.Errorf("sign lease access: %w: signature recovers to %s (%v), renter is %s", ErrWrongSigner, signer, err, a.Renter)
	}
	return sig, nil
}

package oracle

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// EIP-712 domain names and versions of the contracts that verify idlegrid signatures. LeaseEscrow's quotes are
// at version "2" since protocol v2 (issue #9) changed the Quote type; attestations (and the gateway's off-chain
// access grants) stay at "1".
const (
	LeaseEscrowDomainName       = "idlegrid LeaseEscrow"
	AttestationQuorumDomainName = "idlegrid AttestationQuorum"
	LeaseEscrowDomainVersion    = "2"
	DomainVersion               = "1"
)

// DomainType is the EIP-712 domain type OpenZeppelin's EIP712 (used by the contracts) hashes.
const DomainType = "EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"

// DomainTypeHash is keccak256(DomainType).
var DomainTypeHash = crypto.Keccak256Hash([]byte(DomainType))

var (
	// ErrInvalidDomain means a domain lacks a field the contracts always set.
	ErrInvalidDomain = errors.New("invalid EIP-712 domain")
	// ErrInvalidValue means a field cannot be ABI-encoded as its Solidity type (missing, negative or too large).
	ErrInvalidValue = errors.New("invalid value")
)

// Domain is an EIP-712 domain: which contract on which chain a signature is meant for.
type Domain struct {
	Name              string
	Version           string
	ChainID           *big.Int
	VerifyingContract common.Address
}

// QuoteDomain is the domain providers sign quotes under: the LeaseEscrow at escrow on chainID.
func QuoteDomain(chainID *big.Int, escrow common.Address) Domain {
	return Domain{Name: LeaseEscrowDomainName, Version: LeaseEscrowDomainVersion, ChainID: chainID, VerifyingContract: escrow}
}

// AttestationDomain is the domain inspectors sign attestations under: the AttestationQuorum at quorum on chainID.
func AttestationDomain(chainID *big.Int, quorum common.Address) Domain {
	return Domain{Name: AttestationQuorumDomainName, Version: DomainVersion, ChainID: chainID, VerifyingContract: quorum}
}

// Validate rejects a domain no idlegrid contract could have: a signature over it would never verify, or worse,
// verify somewhere unintended.
func (d Domain) Validate() error {
	switch {
	case d.Name == "":
		return fmt.Errorf("%w: empty name", ErrInvalidDomain)
	case d.Version == "":
		return fmt.Errorf("%w: empty version", ErrInvalidDomain)
	case d.ChainID == nil || d.ChainID.Sign() <= 0:
		return fmt.Errorf("%w: chain id must be positive, got %v", ErrInvalidDomain, d.ChainID)
	case d.VerifyingContract == (common.Address{}):
		return fmt.Errorf("%w: zero verifying contract", ErrInvalidDomain)
	}
	return nil
}

// Separator is the EIP-712 domain separator, as OpenZeppelin's EIP712._domainSeparatorV4 computes it.
func (d Domain) Separator() (common.Hash, error) {
	if err := d.Validate(); err != nil {
		return common.Hash{}, err
	}
	if err := checkUint256("chainId", d.ChainID); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(domainArgs,
		[32]byte(DomainTypeHash),
		[32]byte(crypto.Keccak256Hash([]byte(d.Name))),
		[32]byte(crypto.Keccak256Hash([]byte(d.Version))),
		d.ChainID,
		d.VerifyingContract,
	)
}

// TypedDataDigest is the EIP-712 digest keccak256("\x19\x01" ‖ domainSeparator ‖ structHash): what is signed.
func (d Domain) TypedDataDigest(structHash common.Hash) (common.Hash, error) {
	sep, err := d.Separator()
	if err != nil {
		return common.Hash{}, err
	}
	return crypto.Keccak256Hash([]byte{0x19, 0x01}, sep[:], structHash[:]), nil
}

// The ABI types structs are encoded with. abi.Arguments.Pack is Solidity's abi.encode for static types.
var (
	tUint8   = mustType("uint8")
	tUint16  = mustType("uint16")
	tUint32  = mustType("uint32")
	tUint64  = mustType("uint64")
	tUint256 = mustType("uint256")
	tAddress = mustType("address")
	tBool    = mustType("bool")
	tBytes32 = mustType("bytes32")

	domainArgs = args(tBytes32, tBytes32, tBytes32, tUint256, tAddress)
)

func mustType(name string) abi.Type {
	t, err := abi.NewType(name, "", nil)
	if err != nil {
		panic(fmt.Sprintf("abi type %q: %v", name, err))
	}
	return t
}

func args(types ...abi.Type) abi.Arguments {
	out := make(abi.Arguments, len(types))
	for i, t := range types {
		out[i] = abi.Argument{Type: t}
	}
	return out
}

// hashEncoded is keccak256(abi.encode(values...)).
func hashEncoded(arguments abi.Arguments, values ...any) (common.Hash, error) {
	packed, err := arguments.Pack(values...)
	if err != nil {
		return common.Hash{}, fmt.Errorf("abi encode: %w", err)
	}
	return crypto.Keccak256Hash(packed), nil
}

var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

// checkUint256 rejects what abi.Arguments.Pack would silently wrap or truncate.
func checkUint256(field string, v *big.Int) error {
	switch {
	case v == nil:
		return fmt.Errorf("%s: %w: missing", field, ErrInvalidValue)
	case v.Sign() < 0:
		return fmt.Errorf("%s: %w: negative %s", field, ErrInvalidValue, v)
	case v.Cmp(maxUint256) > 0:
		return fmt.Errorf("%s: %w: %s exceeds uint256", field, ErrInvalidValue, v)
	}
	return nil
}

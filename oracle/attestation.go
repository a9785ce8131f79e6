package oracle

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Kind is an attestation kind, Attestations.KIND_* in the contracts.
type Kind uint8

// The attestation kinds of contracts/src/Attestations.sol.
const (
	KindBreach     Kind = 1
	KindCompletion Kind = 2
	KindSlash      Kind = 3
	KindRewardRoot Kind = 4
	KindGridPrice  Kind = 5
)

// Valid reports whether k is one of the kinds the contracts know.
func (k Kind) Valid() bool { return k >= KindBreach && k <= KindGridPrice }

// Role is a stake pool, IStaking.Role in the contracts.
type Role uint8

// The stake pools of IStaking.Role.
const (
	RoleProvider  Role = 0
	RoleInspector Role = 1
)

// AttestationType is the EIP-712 type AttestationQuorum hashes attestations with.
const AttestationType = "Attestation(uint8 kind,address target,bytes32 id,uint64 signerSetVersion,bytes32 payloadHash)"

// AttestationTypeHash is keccak256(AttestationType).
var AttestationTypeHash = crypto.Keccak256Hash([]byte(AttestationType))

var attestationArgs = args(tBytes32, tUint8, tAddress, tBytes32, tUint64, tBytes32)

// ErrInvalidAttestation means an attestation the quorum would reject whatever its signatures.
var ErrInvalidAttestation = errors.New("invalid attestation")

// Attestation is what inspectors sign: one kind-specific payload, addressed to the consumer contract Target
// (the msg.sender of AttestationQuorum.consume), under one signer set version. (Target, Kind, ID) is consumed
// at most once on chain.
type Attestation struct {
	Kind             Kind           `json:"kind"`
	Target           common.Address `json:"target"`
	ID               common.Hash    `json:"id"`
	SignerSetVersion uint64         `json:"signerSetVersion"`
	PayloadHash      common.Hash    `json:"payloadHash"`
}

// NewAttestation builds the attestation of payload p for target under signer set version.
func NewAttestation(target common.Address, id common.Hash, signerSetVersion uint64, p Payload) (Attestation, error) {
	h, err := p.Hash()
	if err != nil {
		return Attestation{}, fmt.Errorf("%s payload: %w", p.Kind(), err)
	}
	a := Attestation{Kind: p.Kind(), Target: target, ID: id, SignerSetVersion: signerSetVersion, PayloadHash: h}
	return a, a.Validate()
}

// Validate rejects what AttestationQuorum rejects before looking at signatures.
func (a Attestation) Validate() error {
	switch {
	case !a.Kind.Valid():
		return fmt.Errorf("%w: unknown %s", ErrInvalidAttestation, a.Kind)
	case a.Target == (common.Address{}):
		return fmt.Errorf("%w: zero target", ErrInvalidAttestation)
	case a.ID == (common.Hash{}):
		return fmt.Errorf("%w: zero id", ErrInvalidAttestation)
	case a.PayloadHash == (common.Hash{}):
		return fmt.Errorf("%w: zero payload hash", ErrInvalidAttestation)
	}
	return nil
}

// StructHash is the EIP-712 hashStruct of a.
func (a Attestation) StructHash() (common.Hash, error) {
	return hashEncoded(attestationArgs,
		[32]byte(AttestationTypeHash), uint8(a.Kind), a.Target, [32]byte(a.ID), a.SignerSetVersion,
		[32]byte(a.PayloadHash))
}

// Digest is what each inspector signs: the EIP-712 digest of a under d (see AttestationDomain).
func (a Attestation) Digest(d Domain) (common.Hash, error) {
	if err := a.Validate(); err != nil {
		return common.Hash{}, err
	}
	h, err := a.StructHash()
	if err != nil {
		return common.Hash{}, err
	}
	return d.TypedDataDigest(h)
}

// Payload is a kind-specific attestation payload; Hash mirrors the matching Attestations.*Hash function.
type Payload interface {
	Kind() Kind
	Hash() (common.Hash, error)
}

// Payload type strings and hashes of contracts/src/Attestations.sol.
const (
	BreachType     = "Breach(uint256 leaseId,uint64 downSince)"
	CompletionType = "Completion(uint256 leaseId,string resultCID)"
	SlashType      = "Slash(address offender,uint8 role,uint256 amount,address renter,uint16 renterBps,address[] reporters)"
	RewardRootType = "RewardRoot(uint64 epoch,bytes32 root,uint256 total)"
	GridPriceType  = "GridPrice(uint256 price,uint64 observedAt)"
)

var (
	BreachTypeHash     = crypto.Keccak256Hash([]byte(BreachType))
	CompletionTypeHash = crypto.Keccak256Hash([]byte(CompletionType))
	SlashTypeHash      = crypto.Keccak256Hash([]byte(SlashType))
	RewardRootTypeHash = crypto.Keccak256Hash([]byte(RewardRootType))
	GridPriceTypeHash  = crypto.Keccak256Hash([]byte(GridPriceType))

	breachArgs     = args(tBytes32, tUint256, tUint64)
	completionArgs = args(tBytes32, tUint256, tBytes32)
	slashArgs      = args(tBytes32, tAddress, tUint8, tUint256, tAddress, tUint16, tBytes32)
	rewardRootArgs = args(tBytes32, tUint64, tBytes32, tUint256)
	gridPriceArgs  = args(tBytes32, tUint256, tUint64)
)

// Breach: the provider of LeaseID was down from DownSince (unix seconds); the escrow closes the lease there and
// refunds the renter.
type Breach struct {
	LeaseID   *big.Int
	DownSince uint64
}

func (Breach) Kind() Kind { return KindBreach }

// Hash mirrors Attestations.breachHash.
func (p Breach) Hash() (common.Hash, error) {
	if err := checkUint256("breach leaseId", p.LeaseID); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(breachArgs, [32]byte(BreachTypeHash), p.LeaseID, p.DownSince)
}

// Completion: the job of LeaseID completed with the result at ResultCID.
type Completion struct {
	LeaseID   *big.Int
	ResultCID string
}

func (Completion) Kind() Kind { return KindCompletion }

// Hash mirrors Attestations.completionHash: the CID enters as keccak256 of its bytes.
func (p Completion) Hash() (common.Hash, error) {
	if err := checkUint256("completion leaseId", p.LeaseID); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(completionArgs,
		[32]byte(CompletionTypeHash), p.LeaseID, [32]byte(crypto.Keccak256Hash([]byte(p.ResultCID))))
}

// Slash: take Amount from Offender's Role stake; RenterBps of it compensates Renter, reporters share a cut.
type Slash struct {
	Offender  common.Address
	Role      Role
	Amount    *big.Int
	Renter    common.Address
	RenterBps uint16
	Reporters []common.Address
}

func (Slash) Kind() Kind { return KindSlash }

// Hash mirrors Attestations.slashHash: the reporters enter as keccak256(abi.encodePacked(reporters)), which
// pads each address of an array to 32 bytes.
func (p Slash) Hash() (common.Hash, error) {
	if err := checkUint256("slash amount", p.Amount); err != nil {
		return common.Hash{}, err
	}
	packed := make([]byte, 0, 32*len(p.Reporters))
	for _, r := range p.Reporters {
		packed = append(packed, common.LeftPadBytes(r.Bytes(), 32)...)
	}
	return hashEncoded(slashArgs,
		[32]byte(SlashTypeHash), p.Offender, uint8(p.Role), p.Amount, p.Renter, p.RenterBps,
		[32]byte(crypto.Keccak256Hash(packed)))
}

// RewardRoot: epoch Epoch's cumulative rewards Merkle root and the new cumulative total.
type RewardRoot struct {
	Epoch uint64
	Root  common.Hash
	Total *big.Int
}

func (RewardRoot) Kind() Kind { return KindRewardRoot }

// Hash mirrors Attestations.rewardRootHash.
func (p RewardRoot) Hash() (common.Hash, error) {
	if err := checkUint256("reward root total", p.Total); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(rewardRootArgs, [32]byte(RewardRootTypeHash), p.Epoch, [32]byte(p.Root), p.Total)
}

// GridPrice: USD per whole GRID with 18 decimals, observed at ObservedAt (unix seconds).
type GridPrice struct {
	Price      *big.Int
	ObservedAt uint64
}

func (GridPrice) Kind() Kind { return KindGridPrice }

// Hash mirrors Attestations.gridPriceHash.
func (p GridPrice) Hash() (common.Hash, error) {
	if err := checkUint256("grid price", p.Price); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(gridPriceArgs, [32]byte(GridPriceTypeHash), p.Price, p.ObservedAt)
}

package oracle

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle/deployment"
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
	// KindHardwareVerification: a machine passed its hardware checks (NodeRegistry.verifyMachine).
	KindHardwareVerification Kind = 6
	// KindSolanaDeposit: the decision on one finalized Solana deposit, a SolanaDepositRelease or a
	// SolanaDepositRefund under the same id (SolanaGateway.releaseDeposit / recordRefund).
	KindSolanaDeposit Kind = 7
	// KindSolanaOutboundReturn: an Arbitrum-to-Solana transfer the inspectors will not execute; its GRID goes
	// back to the sender (SolanaGateway.returnOutbound).
	KindSolanaOutboundReturn Kind = 8
)

// Valid reports whether k is one of the kinds the contracts know.
func (k Kind) Valid() bool { return k >= KindBreach && k <= KindSolanaOutboundReturn }

// Consumer is the name (deployment.LeaseEscrow, …) of the contract that consumes attestations of kind k: their
// Target. Completions go to the LeaseJournal and hardware verifications to the NodeRegistry since protocol v2.
func (k Kind) Consumer() (string, error) {
	switch k {
	case KindBreach:
		return deployment.LeaseEscrow, nil
	case KindCompletion:
		return deployment.LeaseJournal, nil
	case KindSlash:
		return deployment.Staking, nil
	case KindRewardRoot:
		return deployment.Rewards, nil
	case KindGridPrice:
		return deployment.GridPriceOracle, nil
	case KindHardwareVerification:
		return deployment.NodeRegistry, nil
	case KindSolanaDeposit, KindSolanaOutboundReturn:
		return deployment.SolanaGateway, nil
	}
	return "", fmt.Errorf("%w: unknown %s", ErrInvalidAttestation, k)
}

// Target is the address attestations of kind k must name in the deployment c: its consumer's.
func (k Kind) Target(c deployment.Contracts) (common.Address, error) {
	name, err := k.Consumer()
	if err != nil {
		return common.Address{}, err
	}
	for _, n := range c.All() {
		if n.Name == name {
			return n.Address, nil
		}
	}
	return common.Address{}, fmt.Errorf("%w: no %s in the deployment", ErrInvalidAttestation, name)
}

// Role is a stake pool, IStaking.Role in the contracts.
type Role uint8

// The stake pools of IStaking.Role.
const (
	RoleProvider  Role = 0
	RoleInspector Role = 1
)

// Valid reports whether r is a stake pool.
func (r Role) Valid() bool { return r == RoleProvider || r == RoleInspector }

// SlashKind is IStaking.SlashKind: what a slash punishes, which sets its cap.
type SlashKind uint8

// The slash kinds.
const (
	SlashDowntime SlashKind = 0
	SlashFraud    SlashKind = 1
)

// Valid reports whether k is a slash kind the contracts know.
func (k SlashKind) Valid() bool { return k == SlashDowntime || k == SlashFraud }

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

// NewAttestation builds the attestation of payload p for target under signer set version. A payload with a
// Validate method (what its consumer checks beyond the signatures) must pass it: no inspector signs what the
// chain would refuse.
func NewAttestation(target common.Address, id common.Hash, signerSetVersion uint64, p Payload) (Attestation, error) {
	if v, ok := p.(interface{ Validate() error }); ok {
		if err := v.Validate(); err != nil {
			return Attestation{}, fmt.Errorf("%s payload: %w", p.Kind(), err)
		}
	}
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
	SlashType      = "Slash(address offender,uint8 role,uint8 kind,uint256 amount,address renter,uint16 renterBps,address[] reporters)"
	RewardRootType = "RewardRoot(uint64 epoch,bytes32 root,uint256 cumulativeTotal)"
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
	slashArgs      = args(tBytes32, tAddress, tUint8, tUint8, tUint256, tAddress, tUint16, tBytes32)
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

// Slash: take Amount from Offender's Role stake for an Offence (Staking caps it per kind: downtime a
// third of the stake by default, fraud all of it); RenterBps of it compensates Renter, Reporters share a cut.
type Slash struct {
	Offender common.Address
	Role     Role
	// Offence is the payload's `kind` field (Kind is the attestation kind, KindSlash).
	Offence   SlashKind
	Amount    *big.Int
	Renter    common.Address
	RenterBps uint16
	// Reporters must be strictly ascending (so none twice and none zero), at most MaxSlashReporters.
	Reporters []common.Address
}

// Staking's bounds on a slash order (Staking.MAX_REPORTERS, MAX_RENTER_BPS).
const (
	MaxSlashReporters = 16
	MaxSlashRenterBps = 9_000
)

func (Slash) Kind() Kind { return KindSlash }

// Validate rejects what Staking.slash rejects before looking at signatures, naming the field.
func (p Slash) Validate() error {
	switch {
	case p.Offender == (common.Address{}):
		return fmt.Errorf("slash offender: %w: zero address", ErrInvalidValue)
	case !p.Role.Valid():
		return fmt.Errorf("slash role: %w: unknown %s", ErrInvalidValue, p.Role)
	case !p.Offence.Valid():
		return fmt.Errorf("slash kind: %w: unknown %s", ErrInvalidValue, p.Offence)
	case p.Amount == nil || p.Amount.Sign() <= 0:
		return fmt.Errorf("slash amount: %w: must be positive, got %v", ErrInvalidValue, p.Amount)
	case p.RenterBps > MaxSlashRenterBps:
		return fmt.Errorf("slash renterBps: %w: %d above %d", ErrInvalidValue, p.RenterBps, MaxSlashRenterBps)
	case p.RenterBps != 0 && p.Renter == (common.Address{}):
		return fmt.Errorf("slash renter: %w: zero address with renterBps %d", ErrInvalidValue, p.RenterBps)
	case len(p.Reporters) > MaxSlashReporters:
		return fmt.Errorf("slash reporters: %w: %d, at most %d", ErrInvalidValue, len(p.Reporters), MaxSlashReporters)
	}
	var previous common.Address
	for i, r := range p.Reporters {
		if bytes.Compare(r[:], previous[:]) <= 0 {
			return fmt.Errorf("slash reporters[%d]: %w: %s not above %s (strictly ascending, none zero)",
				i, ErrInvalidValue, r, previous)
		}
		previous = r
	}
	return nil
}

// SortReporters sorts addresses ascending, the order a slash names its reporters in (duplicates are kept:
// Validate rejects them).
func SortReporters(reporters []common.Address) {
	slices.SortFunc(reporters, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
}

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
		[32]byte(SlashTypeHash), p.Offender, uint8(p.Role), uint8(p.Offence), p.Amount, p.Renter, p.RenterBps,
		[32]byte(crypto.Keccak256Hash(packed)))
}

// RewardRoot: epoch Epoch's cumulative rewards Merkle root and CumulativeTotal, the sum of all its leaves
// (every allocation since the first epoch, not the epoch's increment). Rewards accepts epochs strictly in
// order and a CumulativeTotal that never decreases.
type RewardRoot struct {
	Epoch           uint64
	Root            common.Hash
	CumulativeTotal *big.Int
}

func (RewardRoot) Kind() Kind { return KindRewardRoot }

// Hash mirrors Attestations.rewardRootHash.
func (p RewardRoot) Hash() (common.Hash, error) {
	if err := checkUint256("reward root cumulativeTotal", p.CumulativeTotal); err != nil {
		return common.Hash{}, err
	}
	return hashEncoded(rewardRootArgs, [32]byte(RewardRootTypeHash), p.Epoch, [32]byte(p.Root), p.CumulativeTotal)
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

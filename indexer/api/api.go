// Package api is the indexer's HTTP API as its clients see it: the wire types of its answers and errors and a
// Client for them. The server (indexer/server) encodes these types, the indexer's quote book produces them,
// and every client — the CLI now, the provider and inspector nodes next — decodes them, so the shapes exist
// once.
//
// Amounts are oracle/amount.Int (decimal strings); prices held in micro-USD say so in their names. The package
// is a leaf: it must never import the indexer's domain, store or server, so that a provider node can talk to an
// indexer without pulling in the index.
package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// DefaultAddr is where an indexer's API listens unless told otherwise.
const DefaultAddr = "127.0.0.1:8547"

// DefaultURL is the API's base URL at DefaultAddr.
const DefaultURL = "http://" + DefaultAddr

// Error is the body of every error answer, {"error": {...}}: a stable code for programs, the parameter or
// field at fault when there is one, and a message for people. Status is the HTTP status it came with.
type Error struct {
	Status    int    `json:"-"`
	Code      string `json:"code"`
	Parameter string `json:"parameter,omitempty"`
	Message   string `json:"message"`
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("%s (HTTP %d)", e.Message, e.Status)
	}
	return e.Message
}

// ErrorBody wraps an Error as the API sends it.
type ErrorBody struct {
	Error *Error `json:"error"`
}

// Error codes.
const (
	CodeInvalidParameter     = "invalid_parameter"      // 400, Parameter names it
	CodeInvalidBody          = "invalid_body"           // 400
	CodeInvalidTree          = "invalid_tree"           // 400
	CodeNotFound             = "not_found"              // 404
	CodeBodyTooLarge         = "body_too_large"         // 413
	CodeQueryTooLong         = "query_too_long"         // 414
	CodeUnsupportedMediaType = "unsupported_media_type" // 415
	CodeQuoteRejected        = "quote_rejected"         // 422, Parameter names the quote's field
	CodeRootMismatch         = "root_mismatch"          // 422
	CodeRateLimited          = "rate_limited"           // 429
	CodeInternal             = "internal"               // 500
	CodeTimeout              = "timeout"                // 503
	CodeTreeNotPosted        = "tree_not_posted"        // 503
	CodeQuoteBookDisabled    = "quote_book_disabled"    // 503
	CodeNoToken              = "no_token"               // 401: a gateway route without an access token
	CodeBadSignature         = "bad_signature"          // 403: the access was not signed by the lease's renter
	CodeNotRenter            = "not_renter"             // 403: the access names another renter or provider
	CodeGatewayUnknown       = "gateway_unknown"        // 503: the provider publishes no gateway endpoint
	CodeGatewayUnreachable   = "gateway_unreachable"    // 502/504: the provider's gateway did not answer
	CodeGatewayMismatch      = "gateway_mismatch"       // 502: the provider's node holds other content than was sent
	CodeNoSolana             = "no_solana"              // 503: this indexer follows no Solana gateway
)

// Quote is a signed quote as the book keeps it (GET /v1/quotes/{digest}, the answer to POST /v1/quotes), with
// its price per hour in micro-USD (the stablecoin's 6 decimals). The signed terms are oracle.Quote's:
// usdPerSecondWad (18 decimals), minDuration, maxDuration, expiry, nonce, renter (zero: anyone), singleUse.
type Quote struct {
	Digest    common.Hash   `json:"digest"`
	Quote     oracle.Quote  `json:"quote"`
	Signature hexutil.Bytes `json:"signature"`
	GPUClass  string        `json:"gpuClass"`
	// MicroUSDPerHour is usdPerSecondWad * 3600 / 1e12, rounded up (the whole quote); MicroUSDPerGPUHour divides
	// it by the GPU count, rounded up.
	MicroUSDPerHour    uint64 `json:"microUsdPerHour"`
	MicroUSDPerGPUHour uint64 `json:"microUsdPerGpuHour"`
	PostedAt           uint64 `json:"postedAt"`
}

// Signed is the quote in the form a renter hands to LeaseEscrow.openLease.
func (q Quote) Signed() oracle.SignedQuote {
	return oracle.SignedQuote{Quote: q.Quote, Signature: q.Signature}
}

// A machine's hardware verification, as Machine.Verification spells it.
const (
	VerificationVerified   = "verified"   // an unexpired hardware verification
	VerificationExpired    = "expired"    // verified once, expired
	VerificationUnverified = "unverified" // never verified
	VerificationExempt     = "exempt"     // its class (or the whole registry) needs no verification
)

// Machine is what a renter weighs about a quote's machine: its listing, its record and its provider's.
type Machine struct {
	MachineID   common.Hash    `json:"machineId"`
	Provider    common.Address `json:"provider"`
	GPUClass    string         `json:"gpuClass"`
	GPUCount    uint32         `json:"gpuCount"`
	FreeGPUs    uint32         `json:"freeGpus"`
	Listed      bool           `json:"listed"`
	MetadataCID string         `json:"metadataCid"`
	Endpoint    string         `json:"endpoint"`
	// Verification is the machine's hardware verification: verified (until VerifiedUntil), exempt (its class
	// needs none, or the registry requires none), expired or unverified.
	Verification  string `json:"verification"`
	VerifiedUntil uint64 `json:"verifiedUntil,omitempty"`
	// Rentable: listed, its provider collateralised, verified unless exempt (NodeRegistry.isRentable).
	Rentable               bool     `json:"rentable"`
	UptimePercent          *float64 `json:"uptimePercent"`
	LeasesOpened           uint64   `json:"leasesOpened"`
	LeasesCompleted        uint64   `json:"leasesCompleted"`
	ChecksPassed           uint64   `json:"checksPassed"`
	ChecksFailed           uint64   `json:"checksFailed"`
	ProviderSlashes        uint64   `json:"providerSlashes"`
	ProviderCollateralised bool     `json:"providerCollateralised"`
	// Spec is the machine's spec document as its metadata CID names it, once the indexer fetched it; SpecError
	// says why it could not be read (both empty: not fetched yet).
	Spec      *MachineSpec `json:"spec,omitempty"`
	SpecError string       `json:"specError,omitempty"`
}

// MachineSpec is what the indexer keeps of a machine's spec document (oracle.MachineSpec).
type MachineSpec struct {
	CPU           string `json:"cpu"`
	CPUCores      uint32 `json:"cpuCores"`
	CPUArch       string `json:"cpuArch"`
	MemoryBytes   uint64 `json:"memoryBytes"`
	DiskBytes     uint64 `json:"diskBytes"`
	Driver        string `json:"driver"`
	CUDA          string `json:"cuda"`
	Region        string `json:"region,omitempty"`
	BandwidthMbps uint32 `json:"bandwidthMbps,omitempty"`
}

// QuoteMatch is one ranked search result.
type QuoteMatch struct {
	Quote
	Machine Machine `json:"machine"`
	// TotalMicroUSD is the quote's price for the requested duration, before the escrow fee.
	TotalMicroUSD *amount.Int `json:"totalMicroUsd"`
}

// SearchResponse is GET /v1/quotes/search's answer: the ranked matches, or an explanation when there are none.
type SearchResponse struct {
	Request     *SearchRequest `json:"request,omitempty"`
	Matches     []QuoteMatch   `json:"matches"`
	Explanation *Explanation   `json:"explanation,omitempty"`
}

// SearchRequest echoes what a search asked for.
type SearchRequest struct {
	Class              string  `json:"class"`
	GPUs               uint32  `json:"gpus"`
	Hours              float64 `json:"hours"`
	MaxMicroUSDPerHour *uint64 `json:"maxMicroUsdPerHour"`
	// Renter: quotes bound to this renter are offered too (zero: only quotes anyone may open).
	Renter *common.Address `json:"renter,omitempty"`
}

// MicroUSDPerHour is a quote price per second (USD, 18 decimals) as micro-USD per hour, rounded up, and
// whether it fits 64 bits.
func MicroUSDPerHour(usdPerSecondWad *big.Int) (uint64, bool) {
	v := new(big.Int).Mul(usdPerSecondWad, big.NewInt(3600))
	v.Add(v, big.NewInt(wadPerMicroUSD-1))
	v.Quo(v, big.NewInt(wadPerMicroUSD))
	return v.Uint64(), v.IsUint64()
}

// MicroUSDFor is what a quote bills for a lease of duration seconds: at least its minDuration, in micro-USD
// rounded up, before the escrow's fee.
func MicroUSDFor(q oracle.Quote, duration uint64) *amount.Int {
	v := new(big.Int).Mul(q.USDPerSecondWad, new(big.Int).SetUint64(max(duration, q.MinDuration)))
	v.Add(v, big.NewInt(wadPerMicroUSD-1))
	return amount.NewInt(v.Quo(v, big.NewInt(wadPerMicroUSD)))
}

// wadPerMicroUSD: quotes price in 18-decimal USD.
const wadPerMicroUSD = 1_000_000_000_000

// Lease is a lease as GET /v1/leases/{id} reports it (the fields the nodes act on): its job, its state, its
// money and its dispute window.
type Lease struct {
	LeaseID   uint64         `json:"leaseId"`
	Renter    common.Address `json:"renter"`
	Provider  common.Address `json:"provider"`
	MachineID common.Hash    `json:"machineId"`
	GPUCount  uint32         `json:"gpuCount"`
	GPUMask   uint32         `json:"gpuMask"`
	PayToken  string         `json:"payToken"`
	// JobCID is the digest of the job spec's CID (zero: not named yet).
	JobCID    common.Hash `json:"jobCid"`
	Status    string      `json:"status"` // open, closed, settled
	StartedAt uint64      `json:"startedAt"`
	MinEndsAt uint64      `json:"minEndsAt"`
	// EndsAt is the prepaid end while open, the end of the billed time once closed.
	EndsAt      uint64 `json:"endsAt"`
	CloseReason string `json:"closeReason,omitempty"`
	ClosedAt    uint64 `json:"closedAt,omitempty"`
	// DisputeEndsAt: a breach is accepted up to it, settling pays after it (closed leases).
	DisputeEndsAt uint64      `json:"disputeEndsAt,omitempty"`
	Deposit       *amount.Int `json:"deposit"`
	Refund        *amount.Int `json:"refund"`
	Payout        *amount.Int `json:"payout"`
	Fee           *amount.Int `json:"fee"`
	Paid          *amount.Int `json:"paid"`
	Breached      bool        `json:"breached"`
	DownSince     uint64      `json:"downSince,omitempty"`
	Completed     bool        `json:"completed"`
	ResultCID     string      `json:"resultCid,omitempty"`
	Attested      bool        `json:"completionAttested"`
}

// Attestation is a quorum attestation a consumer contract consumed (GET /v1/attestations), with the
// inspectors whose signatures counted: bit i of Signers is the i-th member of signer set SignerSetVersion,
// resolved in SignerAddresses.
type Attestation struct {
	Block            uint64           `json:"block"`
	LogIndex         uint64           `json:"logIndex"`
	TxHash           common.Hash      `json:"txHash"`
	Time             uint64           `json:"time"`
	Target           common.Address   `json:"target"`
	TargetName       string           `json:"targetName"`
	Kind             uint8            `json:"kind"`
	KindName         string           `json:"kindName"`
	ID               common.Hash      `json:"id"`
	PayloadHash      common.Hash      `json:"payloadHash"`
	SignerSetVersion uint64           `json:"signerSetVersion"`
	Signers          uint32           `json:"signers"`
	SignerAddresses  []common.Address `json:"signerAddresses"`
}

// AttestationPage is a page of GET /v1/attestations.
type AttestationPage struct {
	Items []Attestation `json:"items"`
	Next  string        `json:"next,omitempty"`
}

// EscrowBalance is an account's money in LeaseEscrow in one pay token: Withdrawable now; Held, for a
// provider, the payouts of HeldLeases closed leases inside their dispute windows; DueNow the part of Held whose
// window has ended (settle, then withdraw).
type EscrowBalance struct {
	Token          string      `json:"token"`
	Withdrawable   *amount.Int `json:"withdrawable"`
	Held           *amount.Int `json:"held"`
	HeldLeases     uint64      `json:"heldLeases"`
	DueNow         *amount.Int `json:"dueNow"`
	DueLeases      []uint64    `json:"dueLeases"`
	WithdrawnTotal *amount.Int `json:"withdrawnTotal"`
}

// Earnings is GET /v1/earnings/{account}: its balances per pay token and the dispute window in force.
type Earnings struct {
	Account       common.Address  `json:"account"`
	DisputeWindow uint64          `json:"disputeWindow"`
	Balances      []EscrowBalance `json:"balances"`
}

// Explanation says why a search found nothing.
type Explanation struct {
	// Reason is one of the Reason* constants: stable for programs.
	Reason  string       `json:"reason"`
	Message string       `json:"message"`
	Funnel  []FunnelStep `json:"funnel"`
}

// Why a search found nothing: the first constraint that left no candidate.
const (
	ReasonNoMachinesOfClass    = "no_machines_of_class"
	ReasonNotEnoughGPUs        = "not_enough_gpus_per_machine"
	ReasonAllBusy              = "all_busy"
	ReasonProvidersUnderStaked = "providers_under_staked"
	ReasonNotVerified          = "not_verified"
	ReasonNoLiveQuotes         = "no_live_quotes"
	ReasonDurationTooLong      = "duration_too_long"
	ReasonPriceAboveMax        = "price_above_max"
)

// microUSDPerUSD: the stablecoin has 6 decimals.
const microUSDPerUSD = 1_000_000

// Status is GET /v1/status: what the indexer indexes, how far it is, and whether its quote book runs.
type Status struct {
	Deployment  *StatusDeployment `json:"deployment,omitempty"`
	Follower    json.RawMessage   `json:"follower,omitempty"`
	QuoteBook   bool              `json:"quoteBook"`
	HealthError string            `json:"healthError,omitempty"`
}

// StatusDeployment names the deployment an indexer indexes.
type StatusDeployment struct {
	Chain     string                    `json:"chain"`
	ChainID   uint64                    `json:"chainId"`
	Contracts map[string]common.Address `json:"contracts"`
}

// DeploymentOf is d as Status reports it.
func DeploymentOf(d deployment.Deployment) *StatusDeployment {
	out := &StatusDeployment{Chain: d.Chain, ChainID: d.ChainID, Contracts: map[string]common.Address{}}
	for _, c := range d.Contracts.All() {
		out.Contracts[c.Name] = c.Address
	}
	return out
}

// ErrOtherDeployment: the indexer indexes another deployment than the client works with.
var ErrOtherDeployment = errors.New("the indexer indexes another deployment")

// Serves says whether the indexer indexes d: the same chain id and the same escrow (whose quotes its book
// holds) and staking contracts.
func (s *Status) Serves(d deployment.Deployment) error {
	if s.Deployment == nil {
		return fmt.Errorf("%w: it does not say which (an indexer older than this client?)", ErrOtherDeployment)
	}
	got := s.Deployment
	if got.ChainID != d.ChainID || got.Contracts[deployment.LeaseEscrow] != d.Contracts.LeaseEscrow ||
		got.Contracts[deployment.Staking] != d.Contracts.Staking {
		return fmt.Errorf("%w: %q on chain id %d (escrow %s), not %q on chain id %d (escrow %s)", ErrOtherDeployment,
			got.Chain, got.ChainID, got.Contracts[deployment.LeaseEscrow].Hex(), d.Chain, d.ChainID, d.Contracts.LeaseEscrow.Hex())
	}
	return nil
}

// FunnelStep is one constraint and how many candidates survived it ("atLeast" when the count stopped at the
// store's cap).
type FunnelStep struct {
	Step    string `json:"step"`
	Count   uint64 `json:"count"`
	AtLeast bool   `json:"atLeast,omitempty"`
}

// FormatMicroUSD renders micro-USD as a decimal dollar amount ("12.5", "0.000001").
func FormatMicroUSD(v uint64) string {
	s := fmt.Sprintf("%d.%06d", v/microUSDPerUSD, v%microUSDPerUSD)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// FormatMicroUSDAmount renders a micro-USD amount of any size the same way.
func FormatMicroUSDAmount(v *amount.Int) string {
	if v == nil {
		return "-"
	}
	return amount.FormatNumber(v.Big(), amount.USD.Decimals)
}

// Swap kinds.
const (
	SwapToSolana   = "to-solana"
	SwapToArbitrum = "to-arbitrum"
)

// Swap is one transfer through the Solana gateway as the indexer mirrors it on both chains: GET /v1/swaps/{id},
// where id is an outbound id (to-solana), or a deposit's Solana signature, key or 0x deposit id (to-arbitrum).
type Swap struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
	// State is where the transfer stands, in words ("paid on Solana", "refund recorded on Arbitrum: ...").
	State    string         `json:"state"`
	Solana   []SwapSolana   `json:"solana"`
	Arbitrum []SwapArbitrum `json:"arbitrum"`
}

// SwapSolana is a finalized Solana transaction of a swap: the deposit, or the vault's release or refund.
type SwapSolana struct {
	Step      string `json:"step"` // deposit, release, refund
	Signature string `json:"signature"`
	Slot      uint64 `json:"slot"`
	Symbol    string `json:"symbol,omitempty"`
	// Amount is in the mint's raw units.
	Amount uint64 `json:"amount"`
	Source string `json:"source,omitempty"`
	// Memo is a deposit's Arbitrum recipient, or why it is malformed.
	Memo string `json:"memo,omitempty"`
}

// SwapArbitrum is a SolanaGateway event of a swap.
type SwapArbitrum struct {
	Event string      `json:"event"`
	Tx    common.Hash `json:"tx"`
	Block uint64      `json:"block"`
	// GridWei is the GRID moved (decimal wei; empty when the event moves none).
	GridWei      string         `json:"gridWei,omitempty"`
	Recipient    common.Address `json:"recipient,omitzero"`
	Sender       common.Address `json:"sender,omitzero"`
	Reason       uint8          `json:"reason,omitempty"`
	ReleasableAt uint64         `json:"releasableAt,omitempty"`
}

package indexer

import (
	"encoding/base64"
	"encoding/json"
	"errors"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// RewardLeaf is one account's cumulative reward in an epoch's tree.
type RewardLeaf struct {
	Account          common.Address `json:"account"`
	CumulativeAmount *amount.Int    `json:"cumulativeAmount"`
}

// Query types: what the read side of a store answers (the HTTP API is one consumer). Lists are paginated by
// keyset: a page returns an opaque Next cursor to pass back as Page.Cursor.

// Page limits.
const (
	DefaultPageLimit = 50
	MaxPageLimit     = 500
)

// Page asks for at most Limit items after Cursor.
type Page struct {
	Limit  int
	Cursor string
}

// ErrBadCursor is returned for a cursor no page produced.
var ErrBadCursor = errors.New("invalid cursor")

// EncodeCursor turns the sort key of a page's last item into an opaque cursor.
func EncodeCursor(key ...any) string {
	b, _ := json.Marshal(key)
	return base64.RawURLEncoding.EncodeToString(b)
}

// DecodeCursor reads a cursor back into raw JSON values.
func DecodeCursor(c string) ([]json.RawMessage, error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return nil, ErrBadCursor
	}
	var out []json.RawMessage
	if err := json.Unmarshal(b, &out); err != nil {
		return nil, ErrBadCursor
	}
	return out, nil
}

// MachineQuery filters machines.
type MachineQuery struct {
	Class       string
	MinGPUs     uint32
	MinFreeGPUs uint32
	Provider    *common.Address
	// Listed: nil means listed and delisted alike.
	Listed *bool
	// Rentable: only machines that can be rented now (listed, collateralised, verified unless exempt).
	Rentable bool
	// MaxMicroUSDPerHour keeps machines with a live quote at or under this price (micro-USD per hour, whole
	// quote).
	MaxMicroUSDPerHour *uint64
	Page
}

// MachineView is a machine with what a renter weighs: uptime, the provider's standing, its verification and
// whether it can be rented now.
type MachineView struct {
	Machine
	UptimePercent          *float64 `json:"uptimePercent"`
	ProviderCollateralised bool     `json:"providerCollateralised"`
	ProviderSlashes        uint64   `json:"providerSlashes"`
	// Verification is VerificationVerified, VerificationExempt, VerificationExpired or VerificationUnverified.
	Verification string `json:"verification"`
	// Rentable is NodeRegistry.isRentable: listed, the provider collateralised, verified unless exempt.
	Rentable bool `json:"rentable"`
	// Spec is the machine's spec document for its current metadata CID, once fetched; SpecError says why it
	// could not be read.
	Spec      *api.MachineSpec `json:"spec,omitempty"`
	SpecError string           `json:"specError,omitempty"`
}

// Judge fills what depends on the time and the registry's rule: free GPUs, verification, rentability.
func (m *MachineView) Judge(rule VerificationRule, now uint64) {
	m.At(now)
	m.UptimePercent = m.Reputation.UptimePercent()
	m.Verification = m.VerificationState(rule, now)
	m.Rentable = m.Listed && m.ProviderCollateralised &&
		(m.Verification == VerificationVerified || m.Verification == VerificationExempt)
}

// Summary is the machine as a search result shows it.
func (m MachineView) Summary() api.Machine {
	return api.Machine{
		MachineID: m.ID, Provider: m.Provider, GPUClass: m.GPUClass, GPUCount: m.GPUCount, FreeGPUs: m.FreeGPUs,
		Listed: m.Listed, MetadataCID: m.MetadataCID, Endpoint: m.Endpoint, Verification: m.Verification,
		VerifiedUntil: m.VerifiedUntil, Rentable: m.Rentable, UptimePercent: m.UptimePercent, LeasesOpened: m.LeasesOpened,
		LeasesCompleted: m.LeasesCompleted, ChecksPassed: m.ChecksPassed, ChecksFailed: m.ChecksFailed,
		ProviderSlashes: m.ProviderSlashes, ProviderCollateralised: m.ProviderCollateralised,
		Spec: m.Spec, SpecError: m.SpecError,
	}
}

// ProviderView is a provider with its provider stake.
type ProviderView struct {
	Provider
	UptimePercent *float64 `json:"uptimePercent"`
	Stake         *Stake   `json:"stake"`
}

// LeaseQuery filters leases.
type LeaseQuery struct {
	Renter    *common.Address
	Provider  *common.Address
	MachineID *common.Hash
	State     string // "", LeaseOpen, LeaseClosed or LeaseSettled
	Page
}

// LeaseDetail is a lease with its history.
type LeaseDetail struct {
	Lease
	History []LeaseEvent `json:"history"`
}

// AttestationQuery filters consumed attestations.
type AttestationQuery struct {
	Kind      *uint8
	Target    *common.Address
	FromBlock *uint64
	ToBlock   *uint64
	Page
}

// SlashQuery filters slashes.
type SlashQuery struct {
	Offender *common.Address
	Role     *uint8
	Page
}

// StakeQuery filters stakes.
type StakeQuery struct {
	Account *common.Address
	Role    *uint8
	Page
}

// EventQuery filters raw events.
type EventQuery struct {
	Contract  string
	Name      string
	FromBlock *uint64
	ToBlock   *uint64
	Page
}

// ClassStats counts machines and GPUs of one class.
type ClassStats struct {
	Class        string `json:"class"`
	Machines     uint64 `json:"machines"`
	GPUs         uint64 `json:"gpus"`
	FreeGPUs     uint64 `json:"freeGpus"`
	ReservedGPUs uint64 `json:"reservedGpus"`
}

// Stats are protocol-wide figures.
type Stats struct {
	MachinesListed  uint64            `json:"machinesListed"`
	GPUsListed      uint64            `json:"gpusListed"`
	GPUsFree        uint64            `json:"gpusFree"`
	Classes         []ClassStats      `json:"classes"`
	Providers       uint64            `json:"providers"`
	LeasesOpen      uint64            `json:"leasesOpen"`
	LeasesTotal     uint64            `json:"leasesTotal"`
	LeasesBreached  uint64            `json:"leasesBreached"`
	ProviderStake   *amount.Int       `json:"providerStake"`
	InspectorStake  *amount.Int       `json:"inspectorStake"`
	Attestations    uint64            `json:"attestations"`
	Slashes         uint64            `json:"slashes"`
	LiveQuotes      uint64            `json:"liveQuotes"`
	RewardEpochs    uint64            `json:"rewardEpochs"`
	Events          uint64            `json:"events"`
	Params          map[string]string `json:"params"`
	IndexedToBlock  uint64            `json:"indexedToBlock"`
	ChainHeadAtSync uint64            `json:"chainHeadAtSync"`
}

// EarningsBalance is an account's escrow balance in one token, with the held payouts whose dispute window has
// ended: settling (permissionless) moves DueNow to the withdrawable balance.
type EarningsBalance struct {
	EscrowBalance
	DueNow    *amount.Int `json:"dueNow"`
	DueLeases []uint64    `json:"dueLeases"`
}

// Earnings is an account's money in LeaseEscrow.
type Earnings struct {
	Account       common.Address    `json:"account"`
	DisputeWindow uint64            `json:"disputeWindow"`
	Balances      []EarningsBalance `json:"balances"`
}

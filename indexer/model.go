package indexer

import (
	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// The typed rows the projector keeps. Each struct is one table (see Tables); the migrations in sqlstore create
// the same columns, and a test checks the two agree.

// Machine is a machine listed on Staking, with the reputation the indexer derives from its leases.
type Machine struct {
	ID           common.Hash    `db:"machine_id,key" json:"machineId"`
	Provider     common.Address `db:"provider" json:"provider"`
	GPUClass     string         `db:"gpu_class" json:"gpuClass"`
	GPUCount     uint32         `db:"gpu_count" json:"gpuCount"`
	ReservedGPUs uint32         `db:"reserved_gpus" json:"reservedGpus"`
	// FreeGPUs is gpu_count - reserved_gpus while listed, 0 when delisted: what a new lease can still take.
	FreeGPUs     uint32      `db:"free_gpus" json:"freeGpus"`
	Listed       bool        `db:"listed" json:"listed"`
	LockedStake  *amount.Int `db:"locked_stake" json:"lockedStake"`
	MetadataCID  string      `db:"metadata_cid" json:"metadataCid"`
	ListedBlock  uint64      `db:"listed_block" json:"listedBlock"`
	ListedAt     uint64      `db:"listed_at" json:"listedAt"`
	UpdatedBlock uint64      `db:"updated_block" json:"updatedBlock"`
	Reputation
}

// Reputation is what the chain says about how a machine (or all of a provider's machines) served its renters.
// Checks passed are quorum-attested completions, checks failed quorum-attested breaches. Served seconds are
// lease time up to each close; down seconds run from a breach's close time to the block that recorded it.
type Reputation struct {
	LeasesOpened    uint64 `db:"leases_opened" json:"leasesOpened"`
	LeasesCompleted uint64 `db:"leases_completed" json:"leasesCompleted"`
	ChecksPassed    uint64 `db:"checks_passed" json:"checksPassed"`
	ChecksFailed    uint64 `db:"checks_failed" json:"checksFailed"`
	ServedSeconds   uint64 `db:"served_seconds" json:"servedSeconds"`
	DownSeconds     uint64 `db:"down_seconds" json:"downSeconds"`
}

// UptimePercent is served / (served + down) in percent, or nil with no lease history.
func (r Reputation) UptimePercent() *float64 {
	total := r.ServedSeconds + r.DownSeconds
	if total == 0 {
		return nil
	}
	p := 100 * float64(r.ServedSeconds) / float64(total)
	return &p
}

// Provider aggregates a provider's machines, leases and slashes.
type Provider struct {
	Address        common.Address `db:"address,key" json:"address"`
	MachinesListed uint32         `db:"machines_listed" json:"machinesListed"`
	GPUsListed     uint32         `db:"gpus_listed" json:"gpusListed"`
	Slashes        uint64         `db:"slashes" json:"slashes"`
	SlashedTotal   *amount.Int    `db:"slashed_total" json:"slashedTotal"`
	EarnedUSD      *amount.Int    `db:"earned_usd" json:"earnedUsd"`
	EarnedGRID     *amount.Int    `db:"earned_grid" json:"earnedGrid"`
	FirstBlock     uint64         `db:"first_block" json:"firstBlock"`
	UpdatedBlock   uint64         `db:"updated_block" json:"updatedBlock"`
	Reputation
}

// Stake roles, as the stake rows' role column holds them (oracle.Role's values).
const (
	RoleProvider  = uint8(oracle.RoleProvider)
	RoleInspector = uint8(oracle.RoleInspector)
)

// UnbondEntry is a pending unbond, as Staking keeps it.
type UnbondEntry struct {
	Amount         *amount.Int `json:"amount"`
	WithdrawableAt uint64      `json:"withdrawableAt"`
}

// Stake is one account's stake in one pool, mirrored exactly from Staking's events.
type Stake struct {
	Account   common.Address `db:"account,key" json:"account"`
	Role      uint8          `db:"role,key" json:"role"`
	Active    *amount.Int    `db:"active" json:"active"`
	Unbonding *amount.Int    `db:"unbonding" json:"unbonding"`
	Locked    *amount.Int    `db:"locked" json:"locked"`
	// Collateralised is active >= locked: a provider's machines can take new leases.
	Collateralised bool          `db:"collateralised" json:"collateralised"`
	Unbonds        []UnbondEntry `db:"unbonds" json:"unbonds"`
	StakedTotal    *amount.Int   `db:"staked_total" json:"stakedTotal"`
	WithdrawnTotal *amount.Int   `db:"withdrawn_total" json:"withdrawnTotal"`
	SlashedTotal   *amount.Int   `db:"slashed_total" json:"slashedTotal"`
	Slashes        uint64        `db:"slashes" json:"slashes"`
	UpdatedBlock   uint64        `db:"updated_block" json:"updatedBlock"`
}

// Lease states, as the leases' status column and the API spell them.
var (
	LeaseOpen   = oracle.LeaseOpen.String()
	LeaseClosed = oracle.LeaseClosed.String()
)

// Lease is a lease on LeaseEscrow with its accounting so far.
type Lease struct {
	ID           uint64         `db:"lease_id,key" json:"leaseId"`
	Renter       common.Address `db:"renter" json:"renter"`
	Provider     common.Address `db:"provider" json:"provider"`
	MachineID    common.Hash    `db:"machine_id" json:"machineId"`
	GPUCount     uint32         `db:"gpu_count" json:"gpuCount"`
	PayToken     string         `db:"pay_token" json:"payToken"`
	USDPerSecond *amount.Int    `db:"usd_per_second" json:"usdPerSecond"`
	Rate         *amount.Int    `db:"rate" json:"rate"`
	Deposit      *amount.Int    `db:"deposit" json:"deposit"`
	Nonce        *amount.Int    `db:"nonce" json:"nonce"`
	Status       string         `db:"status" json:"status"`
	OpenedBlock  uint64         `db:"opened_block" json:"openedBlock"`
	OpenTx       common.Hash    `db:"open_tx" json:"openTx"`
	StartedAt    uint64         `db:"started_at" json:"startedAt"`
	EndsAt       uint64         `db:"ends_at" json:"endsAt"`
	SettledAt    uint64         `db:"settled_at" json:"settledAt"`
	// Paid is what the provider keeps: settled amounts minus what a breach clawed back.
	Paid               *amount.Int `db:"paid" json:"paid"`
	CloseReason        string      `db:"close_reason" json:"closeReason,omitempty"`
	ClosedAt           uint64      `db:"closed_at" json:"closedAt,omitempty"`
	Refund             *amount.Int `db:"refund" json:"refund"`
	Fee                *amount.Int `db:"fee" json:"fee"`
	Breached           bool        `db:"breached" json:"breached"`
	DownSince          uint64      `db:"down_since" json:"downSince,omitempty"`
	ClawedBack         *amount.Int `db:"clawed_back" json:"clawedBack"`
	Unrecovered        *amount.Int `db:"unrecovered" json:"unrecovered"`
	BreachAttestation  common.Hash `db:"breach_attestation" json:"breachAttestation"`
	Completed          bool        `db:"completed" json:"completed"`
	ResultCID          string      `db:"result_cid" json:"resultCid,omitempty"`
	CompletionAttested bool        `db:"completion_attested" json:"completionAttested"`
	UpdatedBlock       uint64      `db:"updated_block" json:"updatedBlock"`
}

// QuoteNonce is a provider's quote nonce that can no longer open a lease.
type QuoteNonce struct {
	Provider common.Address `db:"provider,key" json:"provider"`
	Nonce    string         `db:"nonce,key" json:"nonce"` // decimal uint256
	Status   string         `db:"status" json:"status"`   // "used" or "cancelled"
	LeaseID  uint64         `db:"lease_id" json:"leaseId,omitempty"`
	Block    uint64         `db:"block_number" json:"block"`
}

// SignerSet is an AttestationQuorum signer set, proposed then applied (or cancelled).
type SignerSet struct {
	Version       uint64           `db:"version,key" json:"version"`
	Threshold     uint8            `db:"threshold" json:"threshold"`
	Signers       []common.Address `db:"signers" json:"signers"`
	Status        string           `db:"status" json:"status"` // proposed, applied, cancelled
	EffectiveAt   uint64           `db:"effective_at" json:"effectiveAt"`
	ProposedBlock uint64           `db:"proposed_block" json:"proposedBlock"`
	AppliedBlock  uint64           `db:"applied_block" json:"appliedBlock,omitempty"`
}

// RewardAccount is what an account has claimed from Rewards.
type RewardAccount struct {
	Account common.Address `db:"account,key" json:"account"`
	Claimed *amount.Int    `db:"claimed" json:"claimed"`
	Claims  uint64         `db:"claims" json:"claims"`
}

// Param is a configuration value of one contract (fees, minimums, owners, the latest price, reward funding...).
type Param struct {
	Contract string `db:"contract,key" json:"contract"`
	Name     string `db:"name,key" json:"name"`
	Value    string `db:"value" json:"value"`
	Block    uint64 `db:"block_number" json:"block"`
}

// TokenBalance is an account's balance of an idlegrid token, from its Transfer events.
type TokenBalance struct {
	Token   string         `db:"token,key" json:"token"`
	Account common.Address `db:"account,key" json:"account"`
	Balance *amount.Int    `db:"balance" json:"balance"`
}

// ---------------------------------------------------------------- history rows

// Position says where a history row came from.
type Position struct {
	Block    uint64      `db:"block_number" json:"block"`
	LogIndex uint64      `db:"log_index" json:"logIndex"`
	TxHash   common.Hash `db:"tx_hash" json:"txHash"`
	Time     uint64      `db:"block_time" json:"time"`
}

// EventRecord is every decoded log of every indexed contract, whatever its typed mapping.
type EventRecord struct {
	Position
	Contract string         `db:"contract" json:"contract"`
	Address  common.Address `db:"address" json:"address"`
	Name     string         `db:"name" json:"name"`
	Args     string         `db:"args" json:"-"` // JSON object
}

// LeaseEvent is one step of a lease's history.
type LeaseEvent struct {
	Position
	LeaseID uint64      `db:"lease_id" json:"leaseId"`
	Kind    string      `db:"kind" json:"kind"` // opened, extended, settled, closed, breached, completed
	Amount  *amount.Int `db:"amount" json:"amount"`
	Detail  string      `db:"detail" json:"-"` // JSON object of the event's arguments
}

// Attestation is a quorum attestation a consumer contract consumed.
type Attestation struct {
	Position
	Target           common.Address `db:"target" json:"target"`
	TargetName       string         `db:"target_name" json:"targetName"`
	Kind             uint8          `db:"kind" json:"kind"`
	KindName         string         `db:"kind_name" json:"kindName"`
	ID               common.Hash    `db:"attestation_id" json:"id"`
	PayloadHash      common.Hash    `db:"payload_hash" json:"payloadHash"`
	SignerSetVersion uint64         `db:"signer_set_version" json:"signerSetVersion"`
}

// Slash is a Staking slash.
type Slash struct {
	Position
	Offender    common.Address `db:"offender" json:"offender"`
	Role        uint8          `db:"role" json:"role"`
	EvidenceID  common.Hash    `db:"evidence_id" json:"evidenceId"`
	Requested   *amount.Int    `db:"requested" json:"requested"`
	Slashed     *amount.Int    `db:"slashed" json:"slashed"`
	Burned      *amount.Int    `db:"burned" json:"burned"`
	ToRenter    *amount.Int    `db:"to_renter" json:"toRenter"`
	ToReporters *amount.Int    `db:"to_reporters" json:"toReporters"`
}

// RewardEpoch is a cumulative rewards root posted for an epoch.
type RewardEpoch struct {
	Position
	Epoch         uint64      `db:"epoch" json:"epoch"`
	Root          common.Hash `db:"root" json:"root"`
	Total         *amount.Int `db:"total" json:"total"`
	AttestationID common.Hash `db:"attestation_id" json:"attestationId"`
	Allocated     *amount.Int `db:"allocated" json:"allocated"`
}

// RewardClaim is a Rewards claim.
type RewardClaim struct {
	Position
	Account           common.Address `db:"account" json:"account"`
	Caller            common.Address `db:"caller" json:"caller"`
	Amount            *amount.Int    `db:"amount" json:"amount"`
	CumulativeClaimed *amount.Int    `db:"cumulative_claimed" json:"cumulativeClaimed"`
}

// PriceUpdate is a GRID/USD rate posted to GridPriceOracle.
type PriceUpdate struct {
	Position
	Price         *amount.Int `db:"price" json:"price"` // USD per GRID, 18 decimals
	ObservedAt    uint64      `db:"observed_at" json:"observedAt"`
	AttestationID common.Hash `db:"attestation_id" json:"attestationId"`
}

// The tables, one per row type.
var (
	MachinesTable       = NewTable[Machine]("machines", Entity)
	ProvidersTable      = NewTable[Provider]("providers", Entity)
	StakesTable         = NewTable[Stake]("stakes", Entity)
	LeasesTable         = NewTable[Lease]("leases", Entity)
	QuoteNoncesTable    = NewTable[QuoteNonce]("quote_nonces", Entity)
	SignerSetsTable     = NewTable[SignerSet]("signer_sets", Entity)
	RewardAccountsTable = NewTable[RewardAccount]("reward_accounts", Entity)
	ParamsTable         = NewTable[Param]("params", Entity)
	TokenBalancesTable  = NewTable[TokenBalance]("token_balances", Entity)

	EventsTable       = NewTable[EventRecord]("events", History)
	LeaseEventsTable  = NewTable[LeaseEvent]("lease_events", History)
	AttestationsTable = NewTable[Attestation]("attestations", History)
	SlashesTable      = NewTable[Slash]("slashes", History)
	RewardEpochsTable = NewTable[RewardEpoch]("reward_epochs", History)
	RewardClaimsTable = NewTable[RewardClaim]("reward_claims", History)
	PriceUpdatesTable = NewTable[PriceUpdate]("price_updates", History)
)

// Tables lists every table the projector writes: what a store must create, journal and roll back.
func Tables() []*Table {
	return []*Table{
		MachinesTable, ProvidersTable, StakesTable, LeasesTable, QuoteNoncesTable, SignerSetsTable,
		RewardAccountsTable, ParamsTable, TokenBalancesTable,
		EventsTable, LeaseEventsTable, AttestationsTable, SlashesTable, RewardEpochsTable, RewardClaimsTable,
		PriceUpdatesTable,
	}
}

package indexer

import (
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// The typed rows the projector keeps. Each struct is one table (see Tables); the migrations in sqlstore create
// the same columns, and a test checks the two agree.

// Machine is a machine listed on the NodeRegistry, with its hardware verification, the hold time of each GPU
// slot and the reputation the indexer derives from its leases.
type Machine struct {
	ID       common.Hash    `db:"machine_id,key" json:"machineId"`
	Provider common.Address `db:"provider" json:"provider"`
	// Index is the registry's index of the machine (leases name their machine by it).
	Index    uint32 `db:"machine_index" json:"index"`
	GPUClass string `db:"gpu_class" json:"gpuClass"`
	GPUCount uint32 `db:"gpu_count" json:"gpuCount"`
	// GPUHolds is each GPU slot's hold time (unix seconds; slot i is bit i of a lease's gpuMask): a slot is free
	// once its hold time has passed, so capacity frees itself when a lease ends, settled or not.
	GPUHolds []uint64 `db:"gpu_holds" json:"gpuHolds"`
	// GPUFreeFrom is GPUHolds sorted ascending, each as 20 zero-padded digits: k GPUs are free at t exactly when
	// the k-th entry is <= t, which SQL compares as text with the same substr on SQLite and Postgres.
	GPUFreeFrom string `db:"gpu_free_from" json:"-"`
	// ReservedGPUs and FreeGPUs are the slots held and free at the time the machine was read (Machine.At).
	ReservedGPUs uint32      `db:"-" json:"reservedGpus"`
	FreeGPUs     uint32      `db:"-" json:"freeGpus"`
	Listed       bool        `db:"listed" json:"listed"`
	LockedStake  *amount.Int `db:"locked_stake" json:"lockedStake"`
	MetadataCID  string      `db:"metadata_cid" json:"metadataCid"`
	// Endpoint is where the provider's node answers (renters and inspectors find it from chain state).
	Endpoint    string `db:"endpoint" json:"endpoint"`
	ListedBlock uint64 `db:"listed_block" json:"listedBlock"`
	ListedAt    uint64 `db:"listed_at" json:"listedAt"`
	// The latest hardware verification (MachineVerified): when, until when, which attestation and the
	// keccak256 ids of the GPUs it proved (sorted ascending). Zero: never verified.
	VerifiedAt              uint64        `db:"verified_at" json:"verifiedAt"`
	VerifiedUntil           uint64        `db:"verified_until" json:"verifiedUntil"`
	VerificationAttestation common.Hash   `db:"verification_attestation" json:"verificationAttestation"`
	VerificationSeq         uint64        `db:"verification_seq" json:"verificationSeq"`
	GPUIDs                  []common.Hash `db:"gpu_ids" json:"gpuIds"`
	UpdatedBlock            uint64        `db:"updated_block" json:"updatedBlock"`
	Reputation
}

// freeFromWidth is the width of one GPUFreeFrom entry: any uint64 fits.
const freeFromWidth = 20

// FreeFromText renders sorted hold times as GPUFreeFrom holds them.
func FreeFromText(holds []uint64) string {
	sorted := slices.Clone(holds)
	slices.Sort(sorted)
	var b strings.Builder
	for _, h := range sorted {
		fmt.Fprintf(&b, "%020d", h)
	}
	return b.String()
}

// FreeFromSQL is the SQL expression of the time from which k GPUs of the machine aliased m are free (k a SQL
// expression of at least 1), compared with a FreeAtText value.
func FreeFromSQL(m, k string) string {
	return fmt.Sprintf("substr(%s.gpu_free_from, CAST(((%s) - 1) * %d + 1 AS INTEGER), %d)", m, k, freeFromWidth, freeFromWidth)
}

// FreeAtText is t as GPUFreeFrom entries are compared with it.
func FreeAtText(t uint64) string { return fmt.Sprintf("%020d", t) }

// At fills ReservedGPUs and FreeGPUs for time now: a slot is held while its hold time is after now, and a
// delisted machine has nothing free.
func (m *Machine) At(now uint64) {
	m.ReservedGPUs = 0
	for _, h := range m.GPUHolds {
		if h > now {
			m.ReservedGPUs++
		}
	}
	m.FreeGPUs = 0
	if m.Listed && m.GPUCount > m.ReservedGPUs {
		m.FreeGPUs = m.GPUCount - m.ReservedGPUs
	}
}

// Verification states of a machine (the API's).
const (
	VerificationVerified   = api.VerificationVerified
	VerificationExpired    = api.VerificationExpired
	VerificationUnverified = api.VerificationUnverified
	VerificationExempt     = api.VerificationExempt
)

// VerificationRule is the NodeRegistry's rentability switch: whether verification is required and which
// classes are exempt from it.
type VerificationRule struct {
	Required bool
	Exempt   map[string]bool // by class name
}

// Needs reports whether machines of class must hold an unexpired verification to be rented.
func (r VerificationRule) Needs(class string) bool { return r.Required && !r.Exempt[class] }

// VerificationState says how m stands at now under rule: verified while its verification is unexpired
// (whatever the rule), else exempt when the rule does not need one, else expired or unverified.
func (m *Machine) VerificationState(rule VerificationRule, now uint64) string {
	switch {
	case m.VerifiedUntil > now:
		return VerificationVerified
	case !rule.Needs(m.GPUClass):
		return VerificationExempt
	case m.VerifiedAt != 0:
		return VerificationExpired
	}
	return VerificationUnverified
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
	// EarnedUSD and EarnedGRID are what settled leases credited the provider (after their dispute windows).
	EarnedUSD    *amount.Int `db:"earned_usd" json:"earnedUsd"`
	EarnedGRID   *amount.Int `db:"earned_grid" json:"earnedGrid"`
	FirstBlock   uint64      `db:"first_block" json:"firstBlock"`
	UpdatedBlock uint64      `db:"updated_block" json:"updatedBlock"`
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

// Lease states, as the leases' status column and the API spell them (oracle.LeaseStatus's names).
var (
	LeaseOpen    = oracle.LeaseOpen.String()
	LeaseClosed  = oracle.LeaseClosed.String()
	LeaseSettled = oracle.LeaseSettled.String()
)

// RateSegment prices a repriced GRID lease from Start on: pay(t) = Base + ceil(Rate * (t - Start) / 1e12).
type RateSegment struct {
	Start uint64      `json:"start"`
	Base  *amount.Int `json:"base"`
	Rate  *amount.Int `json:"rate"`
}

// RateScale is LeaseEscrow.RATE_SCALE: rates are token units per second times 1e12.
var RateScale = big.NewInt(1e12)

// Lease is a lease on LeaseEscrow with its accounting so far. Open: running or past its end unsettled; closed:
// stopped, the renter refunded, Payout and Fee held until DisputeEndsAt (a breach may still bill less);
// settled: Paid credited to the provider, final.
type Lease struct {
	ID        uint64         `db:"lease_id,key" json:"leaseId"`
	Renter    common.Address `db:"renter" json:"renter"`
	Provider  common.Address `db:"provider" json:"provider"`
	MachineID common.Hash    `db:"machine_id" json:"machineId"`
	GPUCount  uint32         `db:"gpu_count" json:"gpuCount"`
	// GPUMask: bit i = the machine's GPU slot i.
	GPUMask         uint32        `db:"gpu_mask" json:"gpuMask"`
	PayToken        string        `db:"pay_token" json:"payToken"`
	USDPerSecondWad *amount.Int   `db:"usd_per_second_wad" json:"usdPerSecondWad"`
	Rate            *amount.Int   `db:"rate" json:"rate"` // token units per second × 1e12, of the first segment
	Segments        []RateSegment `db:"segments" json:"segments"`
	Deposit         *amount.Int   `db:"deposit" json:"deposit"`
	Nonce           *amount.Int   `db:"nonce" json:"nonce"`
	// JobCID is the digest of the job spec's CID: given at open, or later by LeaseJournal.setJob (JobSetBlock).
	JobCID      common.Hash `db:"job_cid" json:"jobCid"`
	JobSetBlock uint64      `db:"job_set_block" json:"jobSetBlock,omitempty"`
	Status      string      `db:"status" json:"status"`
	OpenedBlock uint64      `db:"opened_block" json:"openedBlock"`
	OpenTx      common.Hash `db:"open_tx" json:"openTx"`
	StartedAt   uint64      `db:"started_at" json:"startedAt"`
	MinEndsAt   uint64      `db:"min_ends_at" json:"minEndsAt"`
	// EndsAt is the prepaid end while open, the end of the billed time once closed.
	EndsAt      uint64 `db:"ends_at" json:"endsAt"`
	CloseReason string `db:"close_reason" json:"closeReason,omitempty"`
	ClosedAt    uint64 `db:"closed_at" json:"closedAt,omitempty"`
	// DisputeEndsAt is ClosedAt plus the dispute window (the store reads it with the current window: the escrow
	// applies the window in force when a breach or settle comes).
	DisputeEndsAt uint64 `db:"dispute_ends_at" json:"disputeEndsAt,omitempty"`
	// Refund is everything returned to the renter: at close and by breaches after it.
	Refund *amount.Int `db:"refund" json:"refund"`
	// Payout and Fee are what the lease bills the provider and the treasury (held while closed).
	Payout *amount.Int `db:"payout" json:"payout"`
	Fee    *amount.Int `db:"fee" json:"fee"`
	// Paid is what settling credited the provider; SettledAt the block time it did.
	Paid               *amount.Int `db:"paid" json:"paid"`
	SettledAt          uint64      `db:"settled_at" json:"settledAt,omitempty"`
	Breached           bool        `db:"breached" json:"breached"`
	DownSince          uint64      `db:"down_since" json:"downSince,omitempty"`
	BreachAttestation  common.Hash `db:"breach_attestation" json:"breachAttestation"`
	Completed          bool        `db:"completed" json:"completed"`
	ResultCID          string      `db:"result_cid" json:"resultCid,omitempty"`
	CompletionAttested bool        `db:"completion_attested" json:"completionAttested"`
	UpdatedBlock       uint64      `db:"updated_block" json:"updatedBlock"`
}

// PayAt is what the lease owes its provider for [StartedAt, t): LeaseEscrow's pay(t).
func (l *Lease) PayAt(t uint64) *big.Int {
	rate, start, base := orZero(l.Rate), l.StartedAt, new(big.Int)
	for i := len(l.Segments) - 1; i >= 0; i-- {
		if s := l.Segments[i]; s.Start <= t {
			rate, start, base = orZero(s.Rate), s.Start, orZero(s.Base)
			break
		}
	}
	if t < start {
		return base
	}
	v := new(big.Int).Mul(rate, new(big.Int).SetUint64(t-start))
	v.Add(v, new(big.Int).Sub(RateScale, big.NewInt(1)))
	v.Quo(v, RateScale)
	return v.Add(v, base)
}

// WithDisputeWindow sets DisputeEndsAt of a closed lease from the current window.
func (l *Lease) WithDisputeWindow(window uint64) {
	if l.Status == LeaseClosed {
		l.DisputeEndsAt = l.ClosedAt + window
	}
}

// EscrowBalance is an account's money in LeaseEscrow in one pay token: withdrawable now (settled pay,
// credited refunds), and, for a provider, held (the payouts of its closed leases still inside their dispute
// windows; settling moves them to withdrawable).
type EscrowBalance struct {
	Account        common.Address `db:"account,key" json:"account"`
	Token          string         `db:"token,key" json:"token"` // USD or GRID
	Withdrawable   *amount.Int    `db:"withdrawable" json:"withdrawable"`
	Held           *amount.Int    `db:"held" json:"held"`
	HeldLeases     uint64         `db:"held_leases" json:"heldLeases"`
	WithdrawnTotal *amount.Int    `db:"withdrawn_total" json:"withdrawnTotal"`
	UpdatedBlock   uint64         `db:"updated_block" json:"updatedBlock"`
}

// GPUClaim is a physical GPU's claim by a machine's hardware verification (NodeRegistry.gpuHolder).
type GPUClaim struct {
	GPUID     common.Hash `db:"gpu_id,key" json:"gpuId"`
	MachineID common.Hash `db:"machine_id" json:"machineId"`
	ExpiresAt uint64      `db:"expires_at" json:"expiresAt"`
	Block     uint64      `db:"block_number" json:"block"`
}

// InspectorEndpoint is where an inspector's node answers (NodeRegistry.setInspectorEndpoint).
type InspectorEndpoint struct {
	Inspector common.Address `db:"inspector,key" json:"inspector"`
	Endpoint  string         `db:"endpoint" json:"endpoint"`
	Block     uint64         `db:"block_number" json:"block"`
}

// Quote nonce states.
const (
	// QuoteNonceUsed: a lease opened with the nonce, which ends a single-use quote (a reusable one lives on).
	QuoteNonceUsed = "used"
	// QuoteNonceCancelled: the provider cancelled the nonce, which ends every quote with it.
	QuoteNonceCancelled = "cancelled"
)

// QuoteNonce is a provider's quote nonce that opened a lease or was cancelled.
type QuoteNonce struct {
	Provider common.Address `db:"provider,key" json:"provider"`
	Nonce    string         `db:"nonce,key" json:"nonce"` // decimal uint256
	Status   string         `db:"status" json:"status"`   // QuoteNonceUsed or QuoteNonceCancelled
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
	// Signers is the event's bitmap (bit i = the i-th member of signer set SignerSetVersion, as applied, whose
	// signature counted); SignerAddresses resolves it against the indexed set (reward trees count them).
	Signers         uint32           `db:"signers" json:"signers"`
	SignerAddresses []common.Address `db:"signer_addresses" json:"signerAddresses"`
}

// Slash is a Staking slash.
type Slash struct {
	Position
	Offender    common.Address `db:"offender" json:"offender"`
	Role        uint8          `db:"role" json:"role"`
	Kind        uint8          `db:"kind" json:"kind"`
	KindName    string         `db:"kind_name" json:"kindName"` // downtime, fraud
	EvidenceID  common.Hash    `db:"evidence_id" json:"evidenceId"`
	Requested   *amount.Int    `db:"requested" json:"requested"`
	Slashed     *amount.Int    `db:"slashed" json:"slashed"`
	Burned      *amount.Int    `db:"burned" json:"burned"`
	ToRenter    *amount.Int    `db:"to_renter" json:"toRenter"`
	ToReporters *amount.Int    `db:"to_reporters" json:"toReporters"`
}

// RewardEpoch is a cumulative rewards root posted for an epoch: CumulativeTotal is the sum of all the root's
// leaves (the lifetime allocation), Increment what this epoch added.
type RewardEpoch struct {
	Position
	Epoch           uint64      `db:"epoch" json:"epoch"`
	Root            common.Hash `db:"root" json:"root"`
	CumulativeTotal *amount.Int `db:"cumulative_total" json:"cumulativeTotal"`
	Increment       *amount.Int `db:"increment" json:"increment"`
	AttestationID   common.Hash `db:"attestation_id" json:"attestationId"`
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
	EscrowBalancesTable = NewTable[EscrowBalance]("escrow_balances", Entity)
	GPUClaimsTable      = NewTable[GPUClaim]("gpu_claims", Entity)
	InspectorsTable     = NewTable[InspectorEndpoint]("inspector_endpoints", Entity)

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
		RewardAccountsTable, ParamsTable, TokenBalancesTable, EscrowBalancesTable, GPUClaimsTable, InspectorsTable,
		EventsTable, LeaseEventsTable, AttestationsTable, SlashesTable, RewardEpochsTable, RewardClaimsTable,
		PriceUpdatesTable,
	}
}

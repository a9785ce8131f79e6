package indexer

import (
	"fmt"
	"math/big"
	"math/bits"
	"slices"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// mapping turns one event into row changes. Values read with get are shallow copies of the batch cache: a
// mapping replaces big.Ints and slices (new(big.Int).Add, append to a copy) and never modifies them in place.
// Every event is also stored verbatim in the events table, so an
// event without a mapping is still indexed; a mapping adds the typed tables the API queries.
type mapping func(p *Projection, ev *Event) error

// mappings, by "Contract.Event". Adding an event: write its function below, list it here, add its columns to
// the model and a migration if it needs new ones, and a case to mappings_test.go.
var mappings = map[string]mapping{
	GridToken + ".Transfer": onTransfer,

	Staking + ".Staked":                      onStaked,
	Staking + ".UnbondStarted":               onUnbondStarted,
	Staking + ".UnbondCancelled":             onUnbondCancelled,
	Staking + ".Withdrawn":                   onStakeWithdrawn,
	Staking + ".Slashed":                     onSlashed,
	Staking + ".ProviderUnderCollateralised": onUnderCollateralised,
	Staking + ".MinStakePerGpuSet":           onMinStakePerGpuSet,
	Staking + ".InspectorMinStakeProposed":   onInspectorMinStakeProposed,
	Staking + ".SlashCapSet":                 onSlashCapSet,

	NodeRegistry + ".MachineListed":          onMachineListed,
	NodeRegistry + ".MachineDelisted":        onMachineDelisted,
	NodeRegistry + ".MachineMetadataUpdated": onMachineMetadataUpdated,
	NodeRegistry + ".MachineVerified":        onMachineVerified,
	NodeRegistry + ".GpusReserved":           onGpusHeld,
	NodeRegistry + ".GpusReleased":           onGpusHeld,
	NodeRegistry + ".CollateralSynced":       onCollateralSynced,
	NodeRegistry + ".InspectorEndpointSet":   onInspectorEndpointSet,
	NodeRegistry + ".VerificationExemptSet":  onVerificationExemptSet,

	AttestationQuorum + ".SignerSetProposed":          onSignerSetProposed,
	AttestationQuorum + ".SignerSetApplied":           onSignerSetApplied,
	AttestationQuorum + ".SignerSetProposalCancelled": onSignerSetCancelled,
	AttestationQuorum + ".AttestationConsumed":        onAttestationConsumed,
	AttestationQuorum + ".SignerStakeSynced":          onSignerStakeSynced,

	LeaseEscrow + ".LeaseOpened":          onLeaseOpened,
	LeaseEscrow + ".LeaseExtended":        onLeaseExtended,
	LeaseEscrow + ".LeaseSettled":         onLeaseSettled,
	LeaseEscrow + ".LeaseClosed":          onLeaseClosed,
	LeaseEscrow + ".LeaseBreached":        onLeaseBreached,
	LeaseEscrow + ".QuoteNoncesCancelled": onQuoteNoncesCancelled,
	LeaseEscrow + ".FeesSet":              onFeesSet,
	LeaseEscrow + ".RefundCredited":       onRefundCredited,
	LeaseEscrow + ".Withdrawn":            onEscrowWithdrawn,
	LeaseJournal + ".JobSet":              onJobSet,
	LeaseJournal + ".CompletionRecorded":  onCompletionRecorded,

	GridPriceOracle + ".PricePosted":            onPricePosted,
	Rewards + ".Swept":                          onSwept,
	Rewards + ".RewardsConfigured":              onRewardsConfigured,
	Rewards + ".Funded":                         onRewardsFunded,
	Rewards + ".RootPosted":                     onRootPosted,
	Rewards + ".Claimed":                        onRewardClaimed,
	LeaseEscrow + ".Paused":                     func(p *Projection, ev *Event) error { return p.setParam("paused", "true") },
	LeaseEscrow + ".Unpaused":                   func(p *Projection, ev *Event) error { return p.setParam("paused", "false") },
	SolanaGateway + ".Paused":                   func(p *Projection, ev *Event) error { return p.setParam("paused", "true") },
	SolanaGateway + ".Unpaused":                 func(p *Projection, ev *Event) error { return p.setParam("paused", "false") },
	SolanaGateway + ".LargeTransferSet":         onLargeTransferSet,
	Staking + ".OwnershipTransferred":           ownerParam,
	AttestationQuorum + ".OwnershipTransferred": ownerParam,
	LeaseEscrow + ".OwnershipTransferred":       ownerParam,
	GridPriceOracle + ".OwnershipTransferred":   ownerParam,
	NodeRegistry + ".OwnershipTransferred":      ownerParam,
	Rewards + ".OwnershipTransferred":           ownerParam,
	SolanaGateway + ".OwnershipTransferred":     ownerParam,
}

// Events that only set one configuration value: "Contract.Event" -> parameter name and the argument holding it.
// (The SolanaGateway's deposits and outbound transfers are kept verbatim in the events table; its settings
// are parameters.)
var paramEvents = map[string][2]string{
	Staking + ".InspectorMinStakeSet":         {"inspectorMinStake", "newMinStake"},
	Staking + ".ReporterBpsSet":               {"reporterBps", "newBps"},
	Staking + ".UnbondingPeriodSet":           {"unbondingPeriod", "newPeriod"},
	Staking + ".QuorumSet":                    {"quorum", "quorum"},
	Staking + ".LeaseEscrowSet":               {"leaseEscrow", "leaseEscrow"},
	Staking + ".NodeRegistrySet":              {"nodeRegistry", "nodeRegistry"},
	NodeRegistry + ".LeaseEscrowSet":          {"leaseEscrow", "leaseEscrow"},
	NodeRegistry + ".RequireVerificationSet":  {"requireVerification", "required"},
	NodeRegistry + ".MaxVerificationTtlSet":   {"maxVerificationTtl", "ttl"},
	AttestationQuorum + ".MinStakeSynced":     {"minSignerStake", "minStake"},
	LeaseEscrow + ".TreasurySet":              {"treasury", "treasury"},
	LeaseEscrow + ".PriceOracleSet":           {"priceOracle", "oracle"},
	LeaseEscrow + ".DisputeWindowSet":         {"disputeWindow", "disputeWindow"},
	GridPriceOracle + ".MaxAgeSet":            {"maxAge", "maxAge"},
	GridPriceOracle + ".MaxMoveBpsPerHourSet": {"maxMoveBpsPerHour", "maxMoveBpsPerHour"},
	SolanaGateway + ".WindowCapSet":           {"windowCap", "windowCap"},
	SolanaGateway + ".SwapFeeSet":             {"swapFeeBps", "swapFeeBps"},
	SolanaGateway + ".MinOutboundSet":         {"minOutbound", "minOutbound"},
	SolanaGateway + ".GuardianSet":            {"guardian", "guardian"},
	SolanaGateway + ".ReserveFunded":          {"reserve", "reserve"},
	SolanaGateway + ".ReserveWithdrawn":       {"reserve", "reserve"},
}

func init() {
	for key, pa := range paramEvents {
		name, arg := pa[0], pa[1]
		mappings[key] = func(p *Projection, ev *Event) error {
			return p.setParam(name, argText(&ev.Args, arg))
		}
	}
}

// argText renders any argument as the text a Param holds.
func argText(a *Args, name string) string {
	v, ok := a.Values[name]
	if !ok {
		a.fail(name, nil, "a value")
		return ""
	}
	switch x := jsonValue(v).(type) {
	case string:
		return x
	case bool:
		return strconv.FormatBool(x)
	default:
		return fmt.Sprint(x)
	}
}

func ownerParam(p *Projection, ev *Event) error {
	return p.setParam("owner", Hex(ev.Args.Address("newOwner").Bytes()))
}

// setParam sets a parameter of the current event's contract.
func (p *Projection) setParam(name, value string) error {
	return p.put(ParamsTable, &Param{Contract: p.ev.Contract, Name: name, Value: value, Block: p.ev.Block})
}

func (p *Projection) param(contract, name string) (string, bool, error) {
	v := Param{Contract: contract, Name: name}
	found, err := p.get(ParamsTable, &v)
	return v.Value, found, err
}

// ---------------------------------------------------------------- helpers

// integer is what the helpers take: a row's amount or a raw event value.
type integer interface{ *big.Int | *amount.Int }

func zero() *amount.Int { return amount.IntOf(0) }

func add[A, B integer](a A, b B) *amount.Int {
	return (*amount.Int)(new(big.Int).Add(orZero(a), orZero(b)))
}

// orZero is a as a *big.Int, 0 for nil.
func orZero[T integer](a T) *big.Int {
	if b := (*big.Int)(a); b != nil {
		return b
	}
	return new(big.Int)
}

// sub returns a-b, or 0 with a warning if that would go below zero.
func sub[A, B integer](p *Projection, what string, a A, b B) *amount.Int {
	d := new(big.Int).Sub(orZero(a), orZero(b))
	if d.Sign() < 0 {
		p.warn("%s would go below zero (%s - %s); clamped to 0", what, orZero(a), orZero(b))
		return zero()
	}
	return (*amount.Int)(d)
}

func minBig[A, B integer](a A, b B) *amount.Int {
	x, y := orZero(a), orZero(b)
	if x.Cmp(y) < 0 {
		return amount.NewInt(x)
	}
	return amount.NewInt(y)
}

// ---------------------------------------------------------------- GridToken

func onTransfer(p *Projection, ev *Event) error {
	from, to, value := ev.Args.Address("from"), ev.Args.Address("to"), ev.Args.Amount("value")
	if from != (common.Address{}) {
		b := TokenBalance{Token: ev.Contract, Account: from}
		if _, err := p.get(TokenBalancesTable, &b); err != nil {
			return err
		}
		b.Balance = sub(p, "balance of "+from.Hex(), b.Balance, value)
		if err := p.put(TokenBalancesTable, &b); err != nil {
			return err
		}
	}
	if to != (common.Address{}) {
		b := TokenBalance{Token: ev.Contract, Account: to}
		if _, err := p.get(TokenBalancesTable, &b); err != nil {
			return err
		}
		b.Balance = add(b.Balance, value)
		if err := p.put(TokenBalancesTable, &b); err != nil {
			return err
		}
	}
	return nil
}

// ---------------------------------------------------------------- Staking: stakes

func (p *Projection) stake(account common.Address, role uint8) (*Stake, error) {
	s := &Stake{Account: account, Role: role}
	found, err := p.get(StakesTable, s)
	if err != nil {
		return nil, err
	}
	if !found {
		s.Active, s.Unbonding, s.Locked = zero(), zero(), zero()
		s.StakedTotal, s.WithdrawnTotal, s.SlashedTotal = zero(), zero(), zero()
	}
	return s, nil
}

func (p *Projection) putStake(s *Stake) error {
	s.Collateralised = orZero(s.Active).Cmp(orZero(s.Locked)) >= 0
	s.UpdatedBlock = p.ev.Block
	if s.Unbonds == nil {
		s.Unbonds = []UnbondEntry{}
	}
	return p.put(StakesTable, s)
}

func onStaked(p *Projection, ev *Event) error {
	s, err := p.stake(ev.Args.Address("account"), uint8(ev.Args.Uint("role")))
	if err != nil {
		return err
	}
	s.Active = ev.Args.Amount("active")
	s.StakedTotal = add(s.StakedTotal, ev.Args.Amount("amount"))
	return p.putStake(s)
}

func onUnbondStarted(p *Projection, ev *Event) error {
	s, err := p.stake(ev.Args.Address("account"), uint8(ev.Args.Uint("role")))
	if err != nil {
		return err
	}
	amount := ev.Args.Amount("amount")
	s.Active = sub(p, "active stake", s.Active, amount)
	s.Unbonding = add(s.Unbonding, amount)
	s.Unbonds = append(append([]UnbondEntry(nil), s.Unbonds...),
		UnbondEntry{Amount: amount, WithdrawableAt: ev.Args.Uint("withdrawableAt")})
	return p.putStake(s)
}

func onUnbondCancelled(p *Projection, ev *Event) error {
	s, err := p.stake(ev.Args.Address("account"), uint8(ev.Args.Uint("role")))
	if err != nil {
		return err
	}
	index, amount := ev.Args.Uint("index"), ev.Args.Amount("amount")
	if index < uint64(len(s.Unbonds)) {
		if s.Unbonds[index].Amount.Cmp(amount) != 0 {
			p.warn("unbond %d holds %s, event cancels %s", index, s.Unbonds[index].Amount, amount)
		}
		kept := make([]UnbondEntry, 0, len(s.Unbonds)-1)
		kept = append(kept, s.Unbonds[:index]...)
		s.Unbonds = append(kept, s.Unbonds[index+1:]...)
	} else {
		p.warn("unbond index %d out of range (%d pending)", index, len(s.Unbonds))
	}
	s.Unbonding = sub(p, "unbonding stake", s.Unbonding, amount)
	s.Active = add(s.Active, amount)
	return p.putStake(s)
}

func onStakeWithdrawn(p *Projection, ev *Event) error {
	s, err := p.stake(ev.Args.Address("account"), uint8(ev.Args.Uint("role")))
	if err != nil {
		return err
	}
	amount := ev.Args.Amount("amount")
	// Staking pays every entry matured at the block's timestamp and keeps the rest in order.
	matured := zero()
	kept := make([]UnbondEntry, 0, len(s.Unbonds))
	for _, e := range s.Unbonds {
		if e.WithdrawableAt <= ev.Time {
			matured = add(matured, e.Amount)
		} else {
			kept = append(kept, e)
		}
	}
	if matured.Cmp(amount) != 0 {
		p.warn("matured unbonds sum to %s, event withdraws %s", matured, amount)
	}
	s.Unbonds = kept
	s.Unbonding = sub(p, "unbonding stake", s.Unbonding, amount)
	s.WithdrawnTotal = add(s.WithdrawnTotal, amount)
	return p.putStake(s)
}

func onSlashed(p *Projection, ev *Event) error {
	a := &ev.Args
	offender, role, kind := a.Address("offender"), uint8(a.Uint("role")), uint8(a.Uint("kind"))
	slashed := a.Amount("slashed")
	if err := p.insert(SlashesTable, &Slash{
		Position: p.position(), Offender: offender, Role: role, Kind: kind,
		KindName: enumName(uint64(kind), oracle.SlashKinds()), EvidenceID: a.Hash("evidenceId"),
		Requested: a.Amount("requested"), Slashed: slashed, Burned: a.Amount("burned"), ToRenter: a.Amount("toRenter"),
		ToReporters: a.Amount("toReporters"),
	}); err != nil {
		return err
	}
	s, err := p.stake(offender, role)
	if err != nil {
		return err
	}
	// Staking takes active stake first, then pending unbonds newest first.
	fromActive := minBig(slashed, s.Active)
	s.Active = sub(p, "active stake", s.Active, fromActive)
	rest := new(big.Int).Sub(slashed.Big(), fromActive.Big())
	s.Unbonding = sub(p, "unbonding stake", s.Unbonding, rest)
	unbonds := append([]UnbondEntry(nil), s.Unbonds...)
	for rest.Sign() > 0 && len(unbonds) > 0 {
		last := unbonds[len(unbonds)-1]
		if orZero(last.Amount).Cmp(rest) <= 0 {
			rest.Sub(rest, orZero(last.Amount))
			unbonds = unbonds[:len(unbonds)-1]
		} else {
			unbonds[len(unbonds)-1] = UnbondEntry{Amount: sub(p, "unbond entry", last.Amount, rest), WithdrawableAt: last.WithdrawableAt}
			rest.SetUint64(0)
		}
	}
	if rest.Sign() > 0 {
		p.warn("slash exceeds the mirrored stake by %s", rest)
	}
	s.Unbonds = unbonds
	s.SlashedTotal = add(s.SlashedTotal, slashed)
	s.Slashes++
	if err := p.putStake(s); err != nil {
		return err
	}
	if role != RoleProvider {
		return nil
	}
	pr, err := p.provider(offender)
	if err != nil {
		return err
	}
	pr.Slashes++
	pr.SlashedTotal = add(pr.SlashedTotal, slashed)
	return p.putProvider(pr)
}

func onUnderCollateralised(p *Projection, ev *Event) error {
	s, err := p.stake(ev.Args.Address("provider"), RoleProvider)
	if err != nil {
		return err
	}
	if active, locked := ev.Args.Amount("active"), ev.Args.Amount("locked"); s.Active.Cmp(active) != 0 || s.Locked.Cmp(locked) != 0 {
		p.warn("mirrored stake active %s locked %s, event says active %s locked %s", s.Active, s.Locked, active, locked)
	}
	return nil
}

func onMinStakePerGpuSet(p *Projection, ev *Event) error {
	class := gpuclass.Name(ev.Args.Hash("gpuClass"))
	return p.setParam("minStakePerGpu."+class, ev.Args.Amount("newMinStake").String())
}

// onInspectorMinStakeProposed: a raise of the inspector minimum waits until effectiveAt (then anyone applies
// it, and InspectorMinStakeSet follows).
func onInspectorMinStakeProposed(p *Projection, ev *Event) error {
	if err := p.setParam("pendingInspectorMinStake", ev.Args.Amount("minStake").String()); err != nil {
		return err
	}
	return p.setParam("pendingInspectorMinStakeAt", strconv.FormatUint(ev.Args.Uint("effectiveAt"), 10))
}

func onSlashCapSet(p *Projection, ev *Event) error {
	kind := enumName(ev.Args.Uint("kind"), oracle.SlashKinds())
	return p.setParam("slashCapBps."+kind, argText(&ev.Args, "capBps"))
}

// ---------------------------------------------------------------- NodeRegistry: machines

func (p *Projection) machine(id common.Hash) (*Machine, bool, error) {
	m := &Machine{ID: id}
	found, err := p.get(MachinesTable, m)
	if err != nil {
		return nil, false, err
	}
	if !found {
		m.LockedStake = zero()
	}
	return m, found, nil
}

func (p *Projection) putMachine(m *Machine) error {
	if m.GPUHolds == nil {
		m.GPUHolds = []uint64{}
	}
	if m.GPUIDs == nil {
		m.GPUIDs = []common.Hash{}
	}
	m.GPUFreeFrom = FreeFromText(m.GPUHolds)
	m.UpdatedBlock = p.ev.Block
	return p.put(MachinesTable, m)
}

func (p *Projection) provider(addr common.Address) (*Provider, error) {
	pr := &Provider{Address: addr}
	found, err := p.get(ProvidersTable, pr)
	if err != nil {
		return nil, err
	}
	if !found {
		pr.SlashedTotal, pr.EarnedUSD, pr.EarnedGRID = zero(), zero(), zero()
		pr.FirstBlock = p.ev.Block
	}
	return pr, nil
}

func (p *Projection) putProvider(pr *Provider) error {
	pr.UpdatedBlock = p.ev.Block
	return p.put(ProvidersTable, pr)
}

func onMachineListed(p *Projection, ev *Event) error {
	a := &ev.Args
	m, _, err := p.machine(a.Hash("machineId"))
	if err != nil {
		return err
	}
	if m.Listed {
		p.warn("machine %s listed twice", m.ID.Hex())
	}
	provider, locked := a.Address("provider"), a.Amount("lockedStake")
	m.Provider = provider
	m.Index = uint32(a.Uint("index"))
	m.GPUClass = gpuclass.Name(a.Hash("gpuClass"))
	m.GPUCount = uint32(a.Uint("gpuCount"))
	if len(m.GPUHolds) != int(m.GPUCount) {
		m.GPUHolds = make([]uint64, m.GPUCount)
	}
	m.Listed = true
	m.LockedStake = locked
	m.MetadataCID = a.String("metadataCID")
	m.Endpoint = a.String("endpoint")
	m.ListedBlock, m.ListedAt = ev.Block, ev.Time
	if err := a.Err(); err != nil {
		return err
	}
	if err := p.putMachine(m); err != nil {
		return err
	}
	pr, err := p.provider(provider)
	if err != nil {
		return err
	}
	pr.MachinesListed++
	pr.GPUsListed += m.GPUCount
	if err := p.putProvider(pr); err != nil {
		return err
	}
	s, err := p.stake(provider, RoleProvider)
	if err != nil {
		return err
	}
	s.Locked = add(s.Locked, locked)
	return p.putStake(s)
}

func onMachineDelisted(p *Projection, ev *Event) error {
	a := &ev.Args
	m, found, err := p.machine(a.Hash("machineId"))
	if err != nil {
		return err
	}
	provider, unlocked := a.Address("provider"), a.Amount("unlockedStake")
	if !found || !m.Listed {
		p.warn("delisting machine %s that is not listed", m.ID.Hex())
	}
	wasListed := m.Listed
	m.Provider = provider
	m.Listed = false
	m.LockedStake = zero()
	if err := p.putMachine(m); err != nil {
		return err
	}
	if wasListed {
		pr, err := p.provider(provider)
		if err != nil {
			return err
		}
		pr.MachinesListed--
		pr.GPUsListed -= m.GPUCount
		if err := p.putProvider(pr); err != nil {
			return err
		}
	}
	s, err := p.stake(provider, RoleProvider)
	if err != nil {
		return err
	}
	s.Locked = sub(p, "locked stake", s.Locked, unlocked)
	return p.putStake(s)
}

func onMachineMetadataUpdated(p *Projection, ev *Event) error {
	m, found, err := p.machine(ev.Args.Hash("machineId"))
	if err != nil {
		return err
	}
	if !found {
		p.warn("metadata of unknown machine %s", m.ID.Hex())
	}
	m.MetadataCID = ev.Args.String("metadataCID")
	m.Endpoint = ev.Args.String("endpoint")
	return p.putMachine(m)
}

// onMachineVerified records a hardware verification: the machine's verification window and the GPUs it proved,
// each claimed by the machine until the verification expires.
func onMachineVerified(p *Projection, ev *Event) error {
	a := &ev.Args
	m, found, err := p.machine(a.Hash("machineId"))
	if err != nil {
		return err
	}
	if !found {
		p.warn("verification of unknown machine %s", m.ID.Hex())
	}
	if class, count := gpuclass.Name(a.Hash("gpuClass")), uint32(a.Uint("gpuCount")); found && (class != m.GPUClass || count != m.GPUCount) {
		p.warn("machine %s verified as %d x %s, listed as %d x %s", m.ID.Hex(), count, class, m.GPUCount, m.GPUClass)
	}
	m.VerifiedAt, m.VerifiedUntil = a.Uint("verifiedAt"), a.Uint("expiresAt")
	m.VerificationAttestation = a.Hash("attestationId")
	m.VerificationSeq = a.Uint("seq")
	m.GPUIDs = a.Hashes("gpuIds")
	if err := a.Err(); err != nil {
		return err
	}
	if err := p.putMachine(m); err != nil {
		return err
	}
	for _, id := range m.GPUIDs {
		if err := p.put(GPUClaimsTable, &GPUClaim{GPUID: id, MachineID: m.ID, ExpiresAt: m.VerifiedUntil, Block: ev.Block}); err != nil {
			return err
		}
	}
	return nil
}

// onGpusHeld handles GpusReserved (the mask's slots held until `until`: a new lease or an extension) and
// GpusReleased (held only until `freeFrom`: a lease stopped before its end).
func onGpusHeld(p *Projection, ev *Event) error {
	m, found, err := p.machine(ev.Args.Hash("machineId"))
	if err != nil {
		return err
	}
	if !found {
		p.warn("GPUs of unknown machine %s", m.ID.Hex())
	}
	mask := ev.Args.Uint("gpuMask")
	var until uint64
	if ev.Name == "GpusReleased" {
		until = ev.Args.Uint("freeFrom")
	} else {
		until = ev.Args.Uint("until")
	}
	if err := ev.Args.Err(); err != nil {
		return err
	}
	holds := slices.Clone(m.GPUHolds)
	for i := range 32 {
		if mask&(1<<i) == 0 {
			continue
		}
		if i >= len(holds) {
			p.warn("machine %s: GPU slot %d of mask %#x beyond its %d GPUs", m.ID.Hex(), i, mask, len(holds))
			continue
		}
		holds[i] = until
	}
	m.GPUHolds = holds
	return p.putMachine(m)
}

// onCollateralSynced: the registry's copy of Staking's collateral flag; the stake rows derive it themselves,
// so this only checks the mirror agrees.
func onCollateralSynced(p *Projection, ev *Event) error {
	s, err := p.stake(ev.Args.Address("provider"), RoleProvider)
	if err != nil {
		return err
	}
	if under := ev.Args.Bool("underCollateralised"); under == (orZero(s.Active).Cmp(orZero(s.Locked)) >= 0) {
		p.warn("provider %s under-collateralised %v on chain, mirrored active %s locked %s", s.Account.Hex(), under, s.Active, s.Locked)
	}
	return nil
}

func onInspectorEndpointSet(p *Projection, ev *Event) error {
	return p.put(InspectorsTable, &InspectorEndpoint{
		Inspector: ev.Args.Address("inspector"), Endpoint: ev.Args.String("endpoint"), Block: ev.Block,
	})
}

func onVerificationExemptSet(p *Projection, ev *Event) error {
	class := gpuclass.Name(ev.Args.Hash("gpuClass"))
	return p.setParam(VerificationExemptParam+class, strconv.FormatBool(ev.Args.Bool("exempt")))
}

// The NodeRegistry parameters that decide whether a machine needs a verification to be rented.
const (
	RequireVerificationParam = "requireVerification"
	VerificationExemptParam  = "verificationExempt."
)

// VerificationRuleOf reads the NodeRegistry's rule from its parameters (name -> value).
func VerificationRuleOf(params map[string]string) VerificationRule {
	r := VerificationRule{Required: params[RequireVerificationParam] == "true", Exempt: map[string]bool{}}
	for name, v := range params {
		if class, ok := strings.CutPrefix(name, VerificationExemptParam); ok && v == "true" {
			r.Exempt[class] = true
		}
	}
	return r
}

// ---------------------------------------------------------------- AttestationQuorum

func onSignerSetProposed(p *Projection, ev *Event) error {
	a := &ev.Args
	return p.put(SignerSetsTable, &SignerSet{
		Version: a.Uint("version"), Threshold: uint8(a.Uint("threshold")), Signers: a.Addresses("signers"),
		Status: "proposed", EffectiveAt: a.Uint("effectiveAt"), ProposedBlock: ev.Block,
	})
}

func onSignerSetApplied(p *Projection, ev *Event) error {
	a := &ev.Args
	version := a.Uint("version")
	s := SignerSet{Version: version}
	if _, err := p.get(SignerSetsTable, &s); err != nil {
		return err
	}
	s.Threshold, s.Signers = uint8(a.Uint("threshold")), a.Addresses("signers")
	return p.activateSignerSet(&s)
}

func (p *Projection) activeSignerSet() (*SignerSet, error) {
	v, found, err := p.param(AttestationQuorum, "signerSetVersion")
	if err != nil || !found {
		return nil, err
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return nil, fmt.Errorf("signerSetVersion param %q: %w", v, err)
	}
	s := SignerSet{Version: n}
	ok, err := p.get(SignerSetsTable, &s)
	if err != nil || !ok {
		return nil, err
	}
	return &s, nil
}

// activateSignerSet makes s the applied set and marks the one it replaces superseded.
func (p *Projection) activateSignerSet(s *SignerSet) error {
	prev, err := p.activeSignerSet()
	if err != nil {
		return err
	}
	if prev != nil && prev.Version != s.Version {
		prev.Status = "superseded"
		if err := p.put(SignerSetsTable, prev); err != nil {
			return err
		}
	}
	s.Status, s.AppliedBlock = "applied", p.ev.Block
	if s.Signers == nil {
		s.Signers = []common.Address{}
	}
	if err := p.put(SignerSetsTable, s); err != nil {
		return err
	}
	return p.setParam("signerSetVersion", strconv.FormatUint(s.Version, 10))
}

func onSignerSetCancelled(p *Projection, ev *Event) error {
	s := SignerSet{Version: ev.Args.Uint("version")}
	found, err := p.get(SignerSetsTable, &s)
	if err != nil {
		return err
	}
	if !found {
		p.warn("cancelled signer set %d was never proposed", s.Version)
		s.Signers = []common.Address{}
	}
	s.Status = "cancelled"
	return p.put(SignerSetsTable, &s)
}

// onAttestationConsumed records a consumed attestation with the inspectors whose signatures counted: bit i of
// the event's bitmap is the i-th signer of the applied set of that version (reward trees count them).
func onAttestationConsumed(p *Projection, ev *Event) error {
	a := &ev.Args
	target, kind := a.Address("target"), uint8(a.Uint("kind"))
	version, bitmap := a.Uint("signerSetVersion"), uint32(a.Uint("signers"))
	if err := a.Err(); err != nil {
		return err
	}
	signers := []common.Address{}
	set := SignerSet{Version: version}
	found, err := p.get(SignerSetsTable, &set)
	if err != nil {
		return err
	}
	if !found && bitmap != 0 {
		p.warn("attestation %s names signers of signer set %d, which was never indexed", a.Hash("id").Hex(), version)
	}
	for i := range 32 {
		if bitmap&(1<<i) == 0 || !found {
			continue
		}
		if i >= len(set.Signers) {
			p.warn("attestation %s: signer bit %d beyond the %d signers of set %d", a.Hash("id").Hex(), i, len(set.Signers), version)
			continue
		}
		signers = append(signers, set.Signers[i])
	}
	return p.insert(AttestationsTable, &Attestation{
		Position: p.position(), Target: target, TargetName: p.contractName(target), Kind: kind,
		KindName: oracle.Kind(kind).String(), ID: a.Hash("id"), PayloadHash: a.Hash("payloadHash"),
		SignerSetVersion: version, Signers: bitmap, SignerAddresses: signers,
	})
}

// onSignerStakeSynced: an inspector's active stake as the quorum sees it (a signature counts only when it is
// at least minSignerStake).
func onSignerStakeSynced(p *Projection, ev *Event) error {
	return p.setParam("signerStake."+Hex(ev.Args.Address("account").Bytes()), ev.Args.Amount("activeStake").String())
}

// ---------------------------------------------------------------- LeaseEscrow

// enumName names a contract enum's value, an out-of-range one as "<what>-N" (a contract newer than this
// indexer), through its String method.
func enumName[T ~uint8](v uint64, valid []T) string {
	for _, e := range valid {
		if uint64(e) == v {
			return fmt.Sprint(e)
		}
	}
	return "unknown-" + strconv.FormatUint(v, 10)
}

func (p *Projection) lease(id uint64) (*Lease, error) {
	l := &Lease{ID: id}
	found, err := p.get(LeasesTable, l)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("lease %d was never opened (indexing must start at or before the escrow's deployment)", id)
	}
	return l, nil
}

func (p *Projection) putLease(l *Lease) error {
	l.UpdatedBlock = p.ev.Block
	return p.put(LeasesTable, l)
}

func (p *Projection) leaseEvent(leaseID uint64, kind string, amt *amount.Int) error {
	return p.insert(LeaseEventsTable, &LeaseEvent{
		Position: p.position(), LeaseID: leaseID, Kind: kind, Amount: amount.NewInt(orZero(amt)), Detail: p.ev.Args.JSON(),
	})
}

// reputation updates a lease's machine and provider together.
func (p *Projection) reputation(l *Lease, update func(*Reputation)) error {
	m, found, err := p.machine(l.MachineID)
	if err != nil {
		return err
	}
	if found {
		update(&m.Reputation)
		if err := p.putMachine(m); err != nil {
			return err
		}
	} else {
		p.warn("lease %d is for unknown machine %s", l.ID, l.MachineID.Hex())
	}
	pr, err := p.provider(l.Provider)
	if err != nil {
		return err
	}
	update(&pr.Reputation)
	return p.putProvider(pr)
}

func onLeaseOpened(p *Projection, ev *Event) error {
	a := &ev.Args
	mask := uint32(a.Uint("gpuMask"))
	l := &Lease{
		ID: a.Uint("leaseId"), Renter: a.Address("renter"), Provider: a.Address("provider"),
		MachineID: a.Hash("machineId"), GPUCount: uint32(bits.OnesCount32(mask)), GPUMask: mask,
		PayToken: enumName(a.Uint("payToken"), oracle.PayTokens()), USDPerSecondWad: a.Amount("usdPerSecondWad"),
		Rate: a.Amount("rate"), Segments: []RateSegment{}, Deposit: a.Amount("deposit"), Nonce: a.Amount("nonce"),
		JobCID: a.Hash("jobCID"), Status: LeaseOpen, OpenedBlock: ev.Block, OpenTx: ev.TxHash, StartedAt: ev.Time,
		MinEndsAt: a.Uint("minEndsAt"), EndsAt: a.Uint("endsAt"),
		Refund: zero(), Payout: zero(), Fee: zero(), Paid: zero(),
	}
	if err := a.Err(); err != nil {
		return err
	}
	if err := p.putLease(l); err != nil {
		return err
	}
	// The nonce opened a lease. Whether that used it up depends on the quote (single use or not), which the
	// event does not say: the quote book, which knows its quotes, decides (QuoteNonceUsed).
	n := QuoteNonce{Provider: l.Provider, Nonce: l.Nonce.String()}
	found, err := p.get(QuoteNoncesTable, &n)
	if err != nil {
		return err
	}
	if !found || n.Status != QuoteNonceCancelled {
		if err := p.put(QuoteNoncesTable, &QuoteNonce{
			Provider: l.Provider, Nonce: l.Nonce.String(), Status: QuoteNonceUsed, LeaseID: l.ID, Block: ev.Block,
		}); err != nil {
			return err
		}
	}
	if err := p.reputation(l, func(r *Reputation) { r.LeasesOpened++ }); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "opened", l.Deposit)
}

// onLeaseExtended: the renter prepaid up to endsAt. A GRID extension priced at another rate than the lease's
// last starts a segment at the old end, where the lease had earned pay(old end) (LeaseEscrow._addSegment).
func onLeaseExtended(p *Projection, ev *Event) error {
	l, err := p.lease(ev.Args.Uint("leaseId"))
	if err != nil {
		return err
	}
	deposit, rate := ev.Args.Amount("deposit"), ev.Args.Amount("rate")
	last := l.Rate
	if n := len(l.Segments); n > 0 {
		last = l.Segments[n-1].Rate
	}
	if orZero(rate).Cmp(orZero(last)) != 0 {
		if l.PayToken != oracle.PayGRID.String() {
			p.warn("lease %d (%s) extended at rate %s, opened at %s", l.ID, l.PayToken, rate, last)
		}
		l.Segments = append(slices.Clone(l.Segments), RateSegment{Start: l.EndsAt, Base: amount.NewInt(l.PayAt(l.EndsAt)), Rate: rate})
	}
	l.EndsAt = ev.Args.Uint("endsAt")
	l.Deposit = add(l.Deposit, deposit)
	if err := ev.Args.Err(); err != nil {
		return err
	}
	if err := p.putLease(l); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "extended", deposit)
}

// escrowBalance reads an account's LeaseEscrow balance in a pay token ("USD", "GRID").
func (p *Projection) escrowBalance(account common.Address, token string) (*EscrowBalance, error) {
	b := &EscrowBalance{Account: account, Token: token}
	found, err := p.get(EscrowBalancesTable, b)
	if err != nil {
		return nil, err
	}
	if !found {
		b.Withdrawable, b.Held, b.WithdrawnTotal = zero(), zero(), zero()
	}
	return b, nil
}

func (p *Projection) putEscrowBalance(b *EscrowBalance) error {
	b.UpdatedBlock = p.ev.Block
	return p.put(EscrowBalancesTable, b)
}

// credit adds to an account's withdrawable balance.
func (p *Projection) credit(account common.Address, token string, amt *amount.Int) error {
	if orZero(amt).Sign() == 0 {
		return nil
	}
	b, err := p.escrowBalance(account, token)
	if err != nil {
		return err
	}
	b.Withdrawable = add(b.Withdrawable, amt)
	return p.putEscrowBalance(b)
}

// disputeWindow is the escrow's current dispute window (DisputeWindowSet; the constructor emits it).
func (p *Projection) disputeWindow() (uint64, error) {
	v, found, err := p.param(LeaseEscrow, "disputeWindow")
	if err != nil || !found {
		return 0, err
	}
	w, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("disputeWindow param %q: %w", v, err)
	}
	return w, nil
}

// onLeaseClosed: the lease stopped; the renter's refund is paid (transferred, or credited: see below) and the
// payout and fee are held through the dispute window.
func onLeaseClosed(p *Projection, ev *Event) error {
	a := &ev.Args
	l, err := p.lease(a.Uint("leaseId"))
	if err != nil {
		return err
	}
	if l.Status != LeaseOpen {
		p.warn("lease %d closed while %s", l.ID, l.Status)
	}
	reason := a.Uint("reason")
	closedAt, refund, payout := a.Uint("closedAt"), a.Amount("refund"), a.Amount("payout")
	l.Status = LeaseClosed
	l.CloseReason = enumName(reason, oracle.CloseReasons())
	l.ClosedAt, l.EndsAt, l.MinEndsAt = closedAt, a.Uint("billedUntil"), 0
	l.Refund, l.Payout, l.Fee = add(l.Refund, refund), payout, a.Amount("fee")
	if err := a.Err(); err != nil {
		return err
	}
	window, err := p.disputeWindow()
	if err != nil {
		return err
	}
	l.WithDisputeWindow(window)
	if err := p.putLease(l); err != nil {
		return err
	}
	b, err := p.escrowBalance(l.Provider, l.PayToken)
	if err != nil {
		return err
	}
	b.Held = add(b.Held, payout)
	b.HeldLeases++
	if err := p.putEscrowBalance(b); err != nil {
		return err
	}
	// The escrow credits the refund of a lease the provider ended; a renter's close transfers it (RefundCredited
	// when the transfer failed); a breach credits it (LeaseBreached follows); an expired lease refunds nothing.
	if oracle.CloseReason(reason) == oracle.CloseProviderEnded {
		if err := p.credit(l.Renter, l.PayToken, refund); err != nil {
			return err
		}
	}
	var served uint64
	if closedAt > l.StartedAt {
		served = closedAt - l.StartedAt
	}
	if err := p.reputation(l, func(r *Reputation) { r.ServedSeconds += served }); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "closed", refund)
}

// onLeaseBreached: a quorum-attested outage bills the lease only until billedUntil. On an open lease the
// escrow closed it in the same transaction (LeaseClosed came first with the reduced payout); on a closed one,
// within its dispute window, the held payout and fee shrink by what the renter gets back.
func onLeaseBreached(p *Projection, ev *Event) error {
	a := &ev.Args
	l, err := p.lease(a.Uint("leaseId"))
	if err != nil {
		return err
	}
	billedUntil, refund := a.Uint("billedUntil"), a.Amount("refund")
	if err := a.Err(); err != nil {
		return err
	}
	if l.Status != LeaseClosed {
		p.warn("lease %d breached while %s", l.ID, l.Status)
	}
	billedBefore := min(l.ClosedAt, l.EndsAt)
	if billedUntil < l.EndsAt {
		// A breach after the close: pay(billedUntil) is the new payout, the fee what is left of the held amount.
		heldBefore := add(l.Payout, l.Fee)
		payout := amount.NewInt(l.PayAt(billedUntil))
		fee := sub(p, "lease fee after breach", sub(p, "lease held amount after breach", heldBefore, refund), payout)
		b, err := p.escrowBalance(l.Provider, l.PayToken)
		if err != nil {
			return err
		}
		b.Held = sub(p, "held earnings", b.Held, sub(p, "breached payout", l.Payout, payout))
		if err := p.putEscrowBalance(b); err != nil {
			return err
		}
		l.Payout, l.Fee, l.EndsAt = payout, fee, billedUntil
		l.Refund = add(l.Refund, refund)
	} else {
		billedBefore = l.ClosedAt
	}
	l.Breached = true
	l.DownSince = a.Uint("downSince")
	l.BreachAttestation = a.Hash("attestationId")
	if err := p.putLease(l); err != nil {
		return err
	}
	if err := p.credit(l.Renter, l.PayToken, refund); err != nil {
		return err
	}
	var down uint64
	if billedBefore > billedUntil {
		down = billedBefore - billedUntil
	}
	if err := p.reputation(l, func(r *Reputation) {
		r.ChecksFailed++
		r.DownSeconds += down
		r.ServedSeconds -= min(r.ServedSeconds, down)
	}); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "breached", refund)
}

// onLeaseSettled: past its dispute window the lease's pay was credited to the provider (withdrawable now) and
// its fee to the treasury's fees.
func onLeaseSettled(p *Projection, ev *Event) error {
	l, err := p.lease(ev.Args.Uint("leaseId"))
	if err != nil {
		return err
	}
	amt, fee := ev.Args.Amount("amount"), ev.Args.Amount("fee")
	if err := ev.Args.Err(); err != nil {
		return err
	}
	if l.Status != LeaseClosed {
		p.warn("lease %d settled while %s", l.ID, l.Status)
	}
	if orZero(amt).Cmp(orZero(l.Payout)) != 0 {
		p.warn("lease %d settled for %s, its held payout is %s", l.ID, amt, l.Payout)
	}
	b, err := p.escrowBalance(l.Provider, l.PayToken)
	if err != nil {
		return err
	}
	b.Held = sub(p, "held earnings", b.Held, l.Payout)
	if b.HeldLeases > 0 {
		b.HeldLeases--
	}
	b.Withdrawable = add(b.Withdrawable, amt)
	if err := p.putEscrowBalance(b); err != nil {
		return err
	}
	l.Status, l.Paid, l.Payout, l.Fee, l.SettledAt = LeaseSettled, amt, amt, fee, ev.Time
	if err := p.putLease(l); err != nil {
		return err
	}
	pr, err := p.provider(l.Provider)
	if err != nil {
		return err
	}
	if l.PayToken == oracle.PayGRID.String() {
		pr.EarnedGRID = add(pr.EarnedGRID, amt)
	} else {
		pr.EarnedUSD = add(pr.EarnedUSD, amt)
	}
	if err := p.putProvider(pr); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "settled", amt)
}

// onEscrowWithdrawn: an account took its whole withdrawable balance of a token out of the escrow.
func onEscrowWithdrawn(p *Projection, ev *Event) error {
	a := &ev.Args
	token := oracle.PayUSD.String()
	if p.contractName(a.Address("token")) == GridToken {
		token = oracle.PayGRID.String()
	}
	amt := a.Amount("amount")
	if err := a.Err(); err != nil {
		return err
	}
	b, err := p.escrowBalance(a.Address("account"), token)
	if err != nil {
		return err
	}
	if b.Withdrawable.Cmp(amt) != 0 {
		p.warn("%s withdrew %s %s, its mirrored withdrawable balance was %s", b.Account.Hex(), amt, token, b.Withdrawable)
	}
	b.Withdrawable = zero()
	b.WithdrawnTotal = add(b.WithdrawnTotal, amt)
	return p.putEscrowBalance(b)
}

// onJobSet: the renter named the lease's job after opening it without one (LeaseJournal.setJob).
func onJobSet(p *Projection, ev *Event) error {
	l, err := p.lease(ev.Args.Uint("leaseId"))
	if err != nil {
		return err
	}
	if l.JobCID != (common.Hash{}) {
		p.warn("lease %d: job set to %s, it already had %s", l.ID, ev.Args.Hash("jobCID").Hex(), l.JobCID.Hex())
	}
	l.JobCID, l.JobSetBlock = ev.Args.Hash("jobCID"), ev.Block
	if err := ev.Args.Err(); err != nil {
		return err
	}
	if err := p.putLease(l); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "job_set", nil)
}

// onCompletionRecorded: a completion from the LeaseJournal, the renter's own or quorum-attested. An attested
// one supersedes a renter's record (it then counts as a passed check, not as a second completion).
func onCompletionRecorded(p *Projection, ev *Event) error {
	a := &ev.Args
	l, err := p.lease(a.Uint("leaseId"))
	if err != nil {
		return err
	}
	attested := a.Bool("attested")
	wasCompleted := l.Completed
	if wasCompleted && (l.CompletionAttested || !attested) {
		p.warn("lease %d: completion recorded again (attested %v, before attested %v)", l.ID, attested, l.CompletionAttested)
	}
	l.Completed, l.ResultCID, l.CompletionAttested = true, a.String("resultCID"), attested
	if err := a.Err(); err != nil {
		return err
	}
	if err := p.putLease(l); err != nil {
		return err
	}
	if err := p.reputation(l, func(r *Reputation) {
		if !wasCompleted {
			r.LeasesCompleted++
		}
		if attested {
			r.ChecksPassed++
		}
	}); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "completed", nil)
}

// onRefundCredited: a closed lease's refund was credited to the renter's escrow balance (rather than
// transferred); it joins the lease's history.
func onRefundCredited(p *Projection, ev *Event) error {
	l, err := p.lease(ev.Args.Uint("leaseId"))
	if err != nil {
		return err
	}
	amt := ev.Args.Amount("amount")
	if err := p.credit(ev.Args.Address("renter"), l.PayToken, amt); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "refund_credited", amt)
}

func onQuoteNoncesCancelled(p *Projection, ev *Event) error {
	provider, wordPos, mask := ev.Args.Address("provider"), ev.Args.Big("wordPos"), ev.Args.Big("mask")
	base := new(big.Int).Lsh(wordPos, 8)
	for i := range 256 {
		if mask.Bit(i) == 0 {
			continue
		}
		nonce := new(big.Int).Add(base, big.NewInt(int64(i)))
		n := QuoteNonce{Provider: provider, Nonce: nonce.String()}
		found, err := p.get(QuoteNoncesTable, &n)
		if err != nil {
			return err
		}
		if found && n.Status == QuoteNonceCancelled {
			continue
		}
		// A used nonce may still back a reusable quote; cancelling it ends that quote too.
		n.Status, n.Block = QuoteNonceCancelled, ev.Block
		if err := p.put(QuoteNoncesTable, &n); err != nil {
			return err
		}
	}
	return nil
}

// onLargeTransferSet: the gateway's delay for large releases.
func onLargeTransferSet(p *Projection, ev *Event) error {
	if err := p.setParam("largeTransferThreshold", argText(&ev.Args, "threshold")); err != nil {
		return err
	}
	return p.setParam("largeTransferDelay", argText(&ev.Args, "delay"))
}

func onFeesSet(p *Projection, ev *Event) error {
	if err := p.setParam("usdFeeBps", argText(&ev.Args, "usdFeeBps")); err != nil {
		return err
	}
	return p.setParam("gridFeeBps", argText(&ev.Args, "gridFeeBps"))
}

// ---------------------------------------------------------------- GridPriceOracle

func onPricePosted(p *Projection, ev *Event) error {
	a := &ev.Args
	u := &PriceUpdate{Position: p.position(), Price: a.Amount("price"), ObservedAt: a.Uint("observedAt"), AttestationID: a.Hash("attestationId")}
	if err := p.insert(PriceUpdatesTable, u); err != nil {
		return err
	}
	if err := p.setParam("price", u.Price.String()); err != nil {
		return err
	}
	return p.setParam("observedAt", strconv.FormatUint(u.ObservedAt, 10))
}

// ---------------------------------------------------------------- Rewards

func onRewardsConfigured(p *Projection, ev *Event) error {
	for _, name := range []string{"grid", "quorum", "genesis", "epochLength", "initialEmission", "halvingEpochs", "maxSupply"} {
		if err := p.setParam(name, argText(&ev.Args, name)); err != nil {
			return err
		}
	}
	return nil
}

func onRewardsFunded(p *Projection, ev *Event) error {
	return p.setParam("funded", ev.Args.Amount("funded").String())
}

func onRootPosted(p *Projection, ev *Event) error {
	a := &ev.Args
	e := &RewardEpoch{
		Position: p.position(), Epoch: a.Uint("epoch"), Root: a.Hash("root"), CumulativeTotal: a.Amount("cumulativeTotal"),
		Increment: a.Amount("increment"), AttestationID: a.Hash("attestationId"),
	}
	if err := a.Err(); err != nil {
		return err
	}
	// Rewards.allocated() is the latest cumulative total; each root's increment is what it added.
	prev, _, err := p.param(Rewards, "allocated")
	if err != nil {
		return err
	}
	if before, err := amount.ParseInt(prev); err == nil && add(before, e.Increment).Cmp(e.CumulativeTotal) != 0 {
		p.warn("epoch %d: cumulative total %s, but %s allocated before plus the increment %s", e.Epoch, e.CumulativeTotal, before, e.Increment)
	}
	if err := p.insert(RewardEpochsTable, e); err != nil {
		return err
	}
	if err := p.setParam("allocated", e.CumulativeTotal.String()); err != nil {
		return err
	}
	if err := p.setParam("latestEpoch", strconv.FormatUint(e.Epoch, 10)); err != nil {
		return err
	}
	return p.setParam("latestRoot", Hex(e.Root.Bytes()))
}

func onSwept(p *Projection, ev *Event) error {
	return p.setParam("swept."+Hex(ev.Args.Address("token").Bytes()), ev.Args.Amount("amount").String())
}

func onRewardClaimed(p *Projection, ev *Event) error {
	a := &ev.Args
	c := &RewardClaim{
		Position: p.position(), Account: a.Address("account"), Caller: a.Address("caller"), Amount: a.Amount("amount"),
		CumulativeClaimed: a.Amount("cumulativeClaimed"),
	}
	if err := p.insert(RewardClaimsTable, c); err != nil {
		return err
	}
	acc := RewardAccount{Account: c.Account}
	if _, err := p.get(RewardAccountsTable, &acc); err != nil {
		return err
	}
	acc.Claimed = c.CumulativeClaimed
	acc.Claims++
	if err := p.put(RewardAccountsTable, &acc); err != nil {
		return err
	}
	total, _, err := p.param(Rewards, "totalClaimed")
	if err != nil {
		return err
	}
	t, err := amount.ParseInt(total)
	if err != nil {
		t = zero()
	}
	return p.setParam("totalClaimed", add(t, c.Amount).String())
}

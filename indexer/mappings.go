package indexer

import (
	"fmt"
	"math/big"
	"strconv"

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
	Staking + ".MachineListed":               onMachineListed,
	Staking + ".MachineDelisted":             onMachineDelisted,
	Staking + ".MachineMetadataUpdated":      onMachineMetadataUpdated,
	Staking + ".GpusReserved":                onGpusChanged,
	Staking + ".GpusReleased":                onGpusChanged,
	Staking + ".Slashed":                     onSlashed,
	Staking + ".ProviderUnderCollateralised": onUnderCollateralised,
	Staking + ".MinStakePerGpuSet":           onMinStakePerGpuSet,

	AttestationQuorum + ".SignerSetProposed":          onSignerSetProposed,
	AttestationQuorum + ".SignerSetApplied":           onSignerSetApplied,
	AttestationQuorum + ".SignerSetProposalCancelled": onSignerSetCancelled,
	AttestationQuorum + ".SignerRemoved":              onSignerRemoved,
	AttestationQuorum + ".AttestationConsumed":        onAttestationConsumed,

	LeaseEscrow + ".LeaseOpened":                onLeaseOpened,
	LeaseEscrow + ".LeaseExtended":              onLeaseExtended,
	LeaseEscrow + ".LeaseSettled":               onLeaseSettled,
	LeaseEscrow + ".LeaseClosed":                onLeaseClosed,
	LeaseEscrow + ".LeaseBreached":              onLeaseBreached,
	LeaseEscrow + ".CompletionRecorded":         onCompletionRecorded,
	LeaseEscrow + ".QuoteNoncesCancelled":       onQuoteNoncesCancelled,
	LeaseEscrow + ".FeesSet":                    onFeesSet,
	LeaseEscrow + ".RefundCredited":             onRefundCredited,
	GridPriceOracle + ".PricePosted":            onPricePosted,
	Rewards + ".Swept":                          onSwept,
	Rewards + ".RewardsConfigured":              onRewardsConfigured,
	Rewards + ".Funded":                         onRewardsFunded,
	Rewards + ".RootPosted":                     onRootPosted,
	Rewards + ".Claimed":                        onRewardClaimed,
	LeaseEscrow + ".Paused":                     func(p *Projection, ev *Event) error { return p.setParam("paused", "true") },
	LeaseEscrow + ".Unpaused":                   func(p *Projection, ev *Event) error { return p.setParam("paused", "false") },
	Staking + ".OwnershipTransferred":           ownerParam,
	AttestationQuorum + ".OwnershipTransferred": ownerParam,
	LeaseEscrow + ".OwnershipTransferred":       ownerParam,
	GridPriceOracle + ".OwnershipTransferred":   ownerParam,
	Rewards + ".OwnershipTransferred":           ownerParam,
}

// Events that only set one configuration value: "Contract.Event" -> parameter name and the argument holding it.
var paramEvents = map[string][2]string{
	Staking + ".InspectorMinStakeSet":  {"inspectorMinStake", "newMinStake"},
	Staking + ".ReporterBpsSet":        {"reporterBps", "newBps"},
	Staking + ".UnbondingPeriodSet":    {"unbondingPeriod", "newPeriod"},
	Staking + ".QuorumSet":             {"quorum", "quorum"},
	Staking + ".LeaseEscrowSet":        {"leaseEscrow", "leaseEscrow"},
	LeaseEscrow + ".TreasurySet":       {"treasury", "treasury"},
	LeaseEscrow + ".PriceOracleSet":    {"priceOracle", "oracle"},
	GridPriceOracle + ".MaxAgeSet":     {"maxAge", "maxAge"},
	GridPriceOracle + ".MaxMoveBpsSet": {"maxMoveBps", "maxMoveBps"},
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
	offender, role := a.Address("offender"), uint8(a.Uint("role"))
	slashed := a.Amount("slashed")
	if err := p.insert(SlashesTable, &Slash{
		Position: p.position(), Offender: offender, Role: role, EvidenceID: a.Hash("evidenceId"),
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

// ---------------------------------------------------------------- Staking: machines

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
	m.FreeGPUs = 0
	if m.Listed && m.GPUCount > m.ReservedGPUs {
		m.FreeGPUs = m.GPUCount - m.ReservedGPUs
	}
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
	m.GPUClass = gpuclass.Name(a.Hash("gpuClass"))
	m.GPUCount = uint32(a.Uint("gpuCount"))
	m.Listed = true
	m.LockedStake = locked
	m.MetadataCID = a.String("metadataCID")
	m.ListedBlock, m.ListedAt = ev.Block, ev.Time
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
	return p.putMachine(m)
}

// onGpusChanged handles GpusReserved and GpusReleased, which both carry the machine's new reserved count.
func onGpusChanged(p *Projection, ev *Event) error {
	m, found, err := p.machine(ev.Args.Hash("machineId"))
	if err != nil {
		return err
	}
	if !found {
		p.warn("GPUs of unknown machine %s", m.ID.Hex())
	}
	m.ReservedGPUs = uint32(ev.Args.Uint("reservedGpus"))
	return p.putMachine(m)
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

// onSignerRemoved: an inactive inspector was dropped from the active set, which becomes a new version with the
// same threshold.
func onSignerRemoved(p *Projection, ev *Event) error {
	a := &ev.Args
	removed := a.Address("signer")
	s := SignerSet{Version: a.Uint("version"), Threshold: uint8(a.Uint("threshold")), Signers: []common.Address{}}
	prev, err := p.activeSignerSet()
	if err != nil {
		return err
	}
	if prev == nil {
		p.warn("signer %s removed with no active signer set indexed", removed.Hex())
	} else {
		for _, x := range prev.Signers {
			if x != removed {
				s.Signers = append(s.Signers, x)
			}
		}
	}
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

func onAttestationConsumed(p *Projection, ev *Event) error {
	a := &ev.Args
	target, kind := a.Address("target"), uint8(a.Uint("kind"))
	return p.insert(AttestationsTable, &Attestation{
		Position: p.position(), Target: target, TargetName: p.contractName(target), Kind: kind,
		KindName: oracle.Kind(kind).String(), ID: a.Hash("id"), PayloadHash: a.Hash("payloadHash"),
		SignerSetVersion: a.Uint("signerSetVersion"),
	})
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
	l := &Lease{
		ID: a.Uint("leaseId"), Renter: a.Address("renter"), Provider: a.Address("provider"),
		MachineID: a.Hash("machineId"), GPUCount: uint32(a.Uint("gpuCount")),
		PayToken: enumName(a.Uint("payToken"), oracle.PayTokens()), USDPerSecond: a.Amount("usdPerSecond"), Rate: a.Amount("rate"),
		Deposit: a.Amount("deposit"), Nonce: a.Amount("nonce"), Status: LeaseOpen, OpenedBlock: ev.Block, OpenTx: ev.TxHash,
		StartedAt: ev.Time, EndsAt: a.Uint("endsAt"), SettledAt: ev.Time,
		Paid: zero(), Refund: zero(), Fee: zero(), ClawedBack: zero(), Unrecovered: zero(),
	}
	if err := a.Err(); err != nil {
		return err
	}
	if err := p.putLease(l); err != nil {
		return err
	}
	if err := p.put(QuoteNoncesTable, &QuoteNonce{
		Provider: l.Provider, Nonce: l.Nonce.String(), Status: "used", LeaseID: l.ID, Block: ev.Block,
	}); err != nil {
		return err
	}
	if err := p.reputation(l, func(r *Reputation) { r.LeasesOpened++ }); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "opened", l.Deposit)
}

func onLeaseExtended(p *Projection, ev *Event) error {
	l, err := p.lease(ev.Args.Uint("leaseId"))
	if err != nil {
		return err
	}
	deposit := ev.Args.Amount("deposit")
	l.EndsAt = ev.Args.Uint("endsAt")
	l.Deposit = add(l.Deposit, deposit)
	if err := p.putLease(l); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "extended", deposit)
}

func (p *Projection) earn(l *Lease, amount *amount.Int, clawback bool) error {
	pr, err := p.provider(l.Provider)
	if err != nil {
		return err
	}
	field := &pr.EarnedUSD
	if l.PayToken == "GRID" {
		field = &pr.EarnedGRID
	}
	if clawback {
		*field = sub(p, "provider earnings", *field, amount)
	} else {
		*field = add(*field, amount)
	}
	return p.putProvider(pr)
}

func onLeaseSettled(p *Projection, ev *Event) error {
	l, err := p.lease(ev.Args.Uint("leaseId"))
	if err != nil {
		return err
	}
	amount := ev.Args.Amount("amount")
	l.Paid = add(l.Paid, amount)
	l.SettledAt = ev.Args.Uint("settledAt")
	if err := p.putLease(l); err != nil {
		return err
	}
	if err := p.earn(l, amount, false); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "settled", amount)
}

func onLeaseClosed(p *Projection, ev *Event) error {
	a := &ev.Args
	l, err := p.lease(a.Uint("leaseId"))
	if err != nil {
		return err
	}
	closedAt := a.Uint("closedAt")
	l.Status = LeaseClosed
	l.CloseReason = enumName(a.Uint("reason"), oracle.CloseReasons())
	l.ClosedAt, l.EndsAt = closedAt, closedAt
	l.Refund, l.Fee = a.Amount("refund"), a.Amount("fee")
	if err := p.putLease(l); err != nil {
		return err
	}
	var served uint64
	if closedAt > l.StartedAt {
		served = closedAt - l.StartedAt
	}
	if err := p.reputation(l, func(r *Reputation) { r.ServedSeconds += served }); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "closed", l.Refund)
}

func onLeaseBreached(p *Projection, ev *Event) error {
	a := &ev.Args
	l, err := p.lease(a.Uint("leaseId"))
	if err != nil {
		return err
	}
	closedAt, clawedBack := a.Uint("closedAt"), a.Amount("clawedBack")
	l.Breached = true
	l.DownSince = a.Uint("downSince")
	l.ClawedBack, l.Unrecovered = clawedBack, a.Amount("unrecovered")
	l.BreachAttestation = a.Hash("attestationId")
	l.Paid = sub(p, "lease paid", l.Paid, clawedBack)
	if err := p.putLease(l); err != nil {
		return err
	}
	if clawedBack.Sign() > 0 {
		if err := p.earn(l, clawedBack, true); err != nil {
			return err
		}
	}
	var down uint64
	if ev.Time > closedAt {
		down = ev.Time - closedAt
	}
	if err := p.reputation(l, func(r *Reputation) { r.ChecksFailed++; r.DownSeconds += down }); err != nil {
		return err
	}
	return p.leaseEvent(l.ID, "breached", a.Amount("unrecovered"))
}

func onCompletionRecorded(p *Projection, ev *Event) error {
	a := &ev.Args
	l, err := p.lease(a.Uint("leaseId"))
	if err != nil {
		return err
	}
	attested := a.Bool("attested")
	l.Completed, l.ResultCID, l.CompletionAttested = true, a.String("resultCID"), attested
	if err := p.putLease(l); err != nil {
		return err
	}
	if err := p.reputation(l, func(r *Reputation) {
		r.LeasesCompleted++
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
	return p.leaseEvent(l.ID, "refund_credited", ev.Args.Amount("amount"))
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
		if found {
			continue // already used (or cancelled): it stays as it is
		}
		n.Status, n.Block = "cancelled", ev.Block
		if err := p.put(QuoteNoncesTable, &n); err != nil {
			return err
		}
	}
	return nil
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
		Position: p.position(), Epoch: a.Uint("epoch"), Root: a.Hash("root"), Total: a.Amount("total"),
		AttestationID: a.Hash("attestationId"),
	}
	// The lifetime allocation is the sum of the posted totals (Rewards.allocated()); the event may carry it.
	prev, _, err := p.param(Rewards, "allocated")
	if err != nil {
		return err
	}
	sum, err := amount.ParseInt(prev)
	if err != nil {
		sum = zero()
	}
	e.Allocated = add(sum, e.Total)
	if _, carried := a.Values["allocated"]; carried {
		if got := a.Amount("allocated"); got.Cmp(e.Allocated) != 0 {
			p.warn("allocated %s on chain, %s summed from the indexed roots", got, e.Allocated)
			e.Allocated = got
		}
	}
	if err := p.insert(RewardEpochsTable, e); err != nil {
		return err
	}
	if err := p.setParam("allocated", e.Allocated.String()); err != nil {
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

package indexer

import (
	"context"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// memRows is an in-memory RowReader that applies Changes: a hand-written fake of the store for mapping tests.
type memRows struct {
	rows    map[*Table]map[string]Row
	history map[*Table][]Row
	warns   []string
}

func newMemRows() *memRows {
	return &memRows{rows: map[*Table]map[string]Row{}, history: map[*Table][]Row{}}
}

func (m *memRows) Get(_ context.Context, t *Table, key []any) (Row, bool, error) {
	r, ok := m.rows[t][KeyString(key)]
	return r, ok, nil
}

func (m *memRows) apply(c *Changes) {
	for t, rows := range c.Upserts {
		if m.rows[t] == nil {
			m.rows[t] = map[string]Row{}
		}
		for _, r := range rows {
			m.rows[t][KeyString(t.KeyOf(r))] = r
		}
	}
	for t, rows := range c.Inserts {
		m.history[t] = append(m.history[t], rows...)
	}
	m.warns = append(m.warns, c.Warnings...)
}

// project applies events one batch at a time.
func (m *memRows) project(t *testing.T, hotFrom uint64, events ...Event) *Changes {
	t.Helper()
	p := NewProjection(context.Background(), m, hotFrom, map[common.Address]string{escrowAddr: LeaseEscrow})
	for i := range events {
		if err := p.Apply(&events[i]); err != nil {
			t.Fatalf("apply %s.%s: %v", events[i].Contract, events[i].Name, err)
		}
	}
	c, err := p.Changes()
	if err != nil {
		t.Fatal(err)
	}
	m.apply(c)
	return c
}

func get[T any](t *testing.T, m *memRows, tbl *Table, key T) T {
	t.Helper()
	k, err := tbl.EncodeKey(&key)
	if err != nil {
		t.Fatal(err)
	}
	r, ok := m.rows[tbl][KeyString(k)]
	if !ok {
		t.Fatalf("%s: no row %v", tbl.Name, k)
	}
	var out T
	if err := tbl.Decode(r, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func historyOf[T any](t *testing.T, m *memRows, tbl *Table) []T {
	t.Helper()
	var out []T
	for _, r := range m.history[tbl] {
		var v T
		if err := tbl.Decode(r, &v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

var (
	prov       = common.HexToAddress("0x1000000000000000000000000000000000000001")
	renter     = common.HexToAddress("0x2000000000000000000000000000000000000002")
	other      = common.HexToAddress("0x3000000000000000000000000000000000000003")
	escrowAddr = common.HexToAddress("0xe5c0000000000000000000000000000000000000")
	machineA   = common.HexToHash("0xaa")
	attID      = common.HexToHash("0xa77e57")
)

func big_(n int64) *big.Int { return big.NewInt(n) }

var logIndex uint

func evAt(contract, name string, block uint64, args map[string]any) Event {
	logIndex++
	return Event{Contract: contract, Name: name, Block: block, LogIndex: logIndex, Time: 10_000 + block*10,
		TxHash: common.BigToHash(big.NewInt(int64(block))), Args: NewArgs(args)}
}

func stakedEv(block uint64, who common.Address, role uint8, amount, active int64) Event {
	return evAt(Staking, "Staked", block, map[string]any{"account": who, "role": role, "payer": who,
		"amount": big_(amount), "active": big_(active)})
}

func listedEv(block uint64, id common.Hash, gpus uint32, locked int64) Event {
	return evAt(Staking, "MachineListed", block, map[string]any{"machineId": [32]byte(id), "provider": prov,
		"gpuClass": (classID("H100")), "gpuCount": gpus, "lockedStake": big_(locked), "metadataCID": "ipfs://a"})
}

func openedEv(block uint64, id int64, payToken uint8, nonce int64) Event {
	return evAt(LeaseEscrow, "LeaseOpened", block, map[string]any{"leaseId": big_(id), "renter": renter, "provider": prov,
		"machineId": [32]byte(machineA), "gpuCount": uint32(2), "payToken": payToken, "usdPerSecond": big_(1000),
		"rate": big_(1000), "endsAt": uint64(10_000 + block*10 + 3600), "deposit": big_(3_636_000), "nonce": big_(nonce)})
}

func TestMappings(t *testing.T) {
	type check func(t *testing.T, m *memRows)
	tests := []struct {
		name   string
		events []Event
		check  check
		warns  int
	}{
		{
			name: "GridToken.Transfer mints, moves and burns",
			events: []Event{
				evAt(GridToken, "Transfer", 1, map[string]any{"from": common.Address{}, "to": prov, "value": big_(100)}),
				evAt(GridToken, "Transfer", 2, map[string]any{"from": prov, "to": renter, "value": big_(30)}),
				evAt(GridToken, "Transfer", 3, map[string]any{"from": renter, "to": common.Address{}, "value": big_(10)}),
			},
			check: func(t *testing.T, m *memRows) {
				if b := get(t, m, TokenBalancesTable, TokenBalance{Token: GridToken, Account: prov}); b.Balance.Int64() != 70 {
					t.Errorf("provider balance %s", b.Balance)
				}
				if b := get(t, m, TokenBalancesTable, TokenBalance{Token: GridToken, Account: renter}); b.Balance.Int64() != 20 {
					t.Errorf("renter balance %s", b.Balance)
				}
			},
		},
		{
			name:   "GridToken.Transfer below zero is clamped with a warning",
			events: []Event{evAt(GridToken, "Transfer", 1, map[string]any{"from": prov, "to": renter, "value": big_(5)})},
			warns:  1,
			check: func(t *testing.T, m *memRows) {
				if b := get(t, m, TokenBalancesTable, TokenBalance{Token: GridToken, Account: prov}); b.Balance.Sign() != 0 {
					t.Errorf("balance %s", b.Balance)
				}
			},
		},
		{
			name:   "Staking.Staked sets active from the event and counts the total",
			events: []Event{stakedEv(1, prov, RoleProvider, 100, 100), stakedEv(2, prov, RoleProvider, 50, 150), stakedEv(2, prov, RoleInspector, 7, 7)},
			check: func(t *testing.T, m *memRows) {
				s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleProvider})
				if s.Active.Int64() != 150 || s.StakedTotal.Int64() != 150 || !s.Collateralised || s.UpdatedBlock != 2 {
					t.Errorf("stake %+v", s)
				}
				if s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleInspector}); s.Active.Int64() != 7 {
					t.Errorf("inspector stake %+v", s)
				}
			},
		},
		{
			name: "Staking unbond, cancel the middle entry, withdraw the matured ones",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 100, 100),
				evAt(Staking, "UnbondStarted", 2, map[string]any{"account": prov, "role": uint8(0), "amount": big_(10), "withdrawableAt": uint64(100)}),
				evAt(Staking, "UnbondStarted", 3, map[string]any{"account": prov, "role": uint8(0), "amount": big_(20), "withdrawableAt": uint64(200)}),
				evAt(Staking, "UnbondStarted", 4, map[string]any{"account": prov, "role": uint8(0), "amount": big_(30), "withdrawableAt": uint64(99_999)}),
				evAt(Staking, "UnbondCancelled", 5, map[string]any{"account": prov, "role": uint8(0), "index": big_(1), "amount": big_(20)}),
				// Block 6 is at time 10_060: the first entry (100) has matured, the last (99_999) has not.
				evAt(Staking, "Withdrawn", 6, map[string]any{"account": prov, "role": uint8(0), "amount": big_(10)}),
			},
			check: func(t *testing.T, m *memRows) {
				s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleProvider})
				if s.Active.Int64() != 60 || s.Unbonding.Int64() != 30 || s.WithdrawnTotal.Int64() != 10 {
					t.Errorf("active %s unbonding %s withdrawn %s", s.Active, s.Unbonding, s.WithdrawnTotal)
				}
				if len(s.Unbonds) != 1 || s.Unbonds[0].Amount.Int64() != 30 || s.Unbonds[0].WithdrawableAt != 99_999 {
					t.Errorf("unbonds %+v", s.Unbonds)
				}
			},
		},
		{
			name: "Staking.Slashed takes active first, then unbonds newest first, and counts on the provider",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 100, 100),
				evAt(Staking, "UnbondStarted", 2, map[string]any{"account": prov, "role": uint8(0), "amount": big_(30), "withdrawableAt": uint64(1)}),
				evAt(Staking, "UnbondStarted", 2, map[string]any{"account": prov, "role": uint8(0), "amount": big_(20), "withdrawableAt": uint64(2)}),
				// active 50, unbonds [30, 20]: a slash of 65 takes 50 active, then 15 of the newest (20 -> 5).
				evAt(Staking, "Slashed", 3, map[string]any{"offender": prov, "role": uint8(0), "evidenceId": [32]byte(attID),
					"requested": big_(65), "slashed": big_(65), "burned": big_(60), "toRenter": big_(0), "toReporters": big_(5)}),
			},
			check: func(t *testing.T, m *memRows) {
				s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleProvider})
				if s.Active.Sign() != 0 || s.Unbonding.Int64() != 35 || s.Slashes != 1 || s.SlashedTotal.Int64() != 65 {
					t.Errorf("stake %+v", s)
				}
				if len(s.Unbonds) != 2 || s.Unbonds[0].Amount.Int64() != 30 || s.Unbonds[1].Amount.Int64() != 5 {
					t.Errorf("unbonds %+v", s.Unbonds)
				}
				if p := get(t, m, ProvidersTable, Provider{Address: prov}); p.Slashes != 1 || p.SlashedTotal.Int64() != 65 {
					t.Errorf("provider %+v", p)
				}
				sl := historyOf[Slash](t, m, SlashesTable)
				if len(sl) != 1 || sl[0].EvidenceID != attID || sl[0].Burned.Int64() != 60 {
					t.Errorf("slashes %+v", sl)
				}
			},
		},
		{
			name: "Staking.MachineListed, GPUs reserved and released, metadata, delisted",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000),
				listedEv(2, machineA, 4, 400),
				evAt(Staking, "GpusReserved", 3, map[string]any{"machineId": [32]byte(machineA), "gpus": uint32(3), "reservedGpus": uint32(3)}),
				evAt(Staking, "GpusReleased", 4, map[string]any{"machineId": [32]byte(machineA), "gpus": uint32(1), "reservedGpus": uint32(2)}),
				evAt(Staking, "MachineMetadataUpdated", 5, map[string]any{"machineId": [32]byte(machineA), "metadataCID": "ipfs://b"}),
			},
			check: func(t *testing.T, m *memRows) {
				mm := get(t, m, MachinesTable, Machine{ID: machineA})
				if !mm.Listed || mm.GPUClass != "H100" || mm.GPUCount != 4 || mm.ReservedGPUs != 2 || mm.FreeGPUs != 2 ||
					mm.MetadataCID != "ipfs://b" || mm.LockedStake.Int64() != 400 || mm.ListedBlock != 2 {
					t.Errorf("machine %+v", mm)
				}
				if p := get(t, m, ProvidersTable, Provider{Address: prov}); p.MachinesListed != 1 || p.GPUsListed != 4 {
					t.Errorf("provider %+v", p)
				}
				if s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleProvider}); s.Locked.Int64() != 400 || !s.Collateralised {
					t.Errorf("stake %+v", s)
				}
			},
		},
		{
			name: "Staking.MachineDelisted unlocks and frees nothing",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000),
				listedEv(2, machineA, 4, 400),
				evAt(Staking, "MachineDelisted", 3, map[string]any{"machineId": [32]byte(machineA), "provider": prov, "unlockedStake": big_(400)}),
			},
			check: func(t *testing.T, m *memRows) {
				if mm := get(t, m, MachinesTable, Machine{ID: machineA}); mm.Listed || mm.FreeGPUs != 0 || mm.LockedStake.Sign() != 0 {
					t.Errorf("machine %+v", mm)
				}
				if p := get(t, m, ProvidersTable, Provider{Address: prov}); p.MachinesListed != 0 || p.GPUsListed != 0 {
					t.Errorf("provider %+v", p)
				}
				if s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleProvider}); s.Locked.Sign() != 0 {
					t.Errorf("stake %+v", s)
				}
			},
		},
		{
			name: "Staking.ProviderUnderCollateralised agrees with the mirrored stake",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000),
				listedEv(2, machineA, 8, 800),
				evAt(Staking, "Slashed", 3, map[string]any{"offender": prov, "role": uint8(0), "evidenceId": [32]byte(attID),
					"requested": big_(500), "slashed": big_(500), "burned": big_(500), "toRenter": big_(0), "toReporters": big_(0)}),
				evAt(Staking, "ProviderUnderCollateralised", 3, map[string]any{"provider": prov, "active": big_(500), "locked": big_(800)}),
			},
			check: func(t *testing.T, m *memRows) {
				if s := get(t, m, StakesTable, Stake{Account: prov, Role: RoleProvider}); s.Collateralised {
					t.Errorf("stake should be under-collateralised: %+v", s)
				}
			},
		},
		{
			name:   "Staking.ProviderUnderCollateralised that disagrees warns",
			events: []Event{evAt(Staking, "ProviderUnderCollateralised", 3, map[string]any{"provider": prov, "active": big_(1), "locked": big_(2)})},
			warns:  1,
		},
		{
			name: "Staking governance events set parameters",
			events: []Event{
				evAt(Staking, "MinStakePerGpuSet", 1, map[string]any{"gpuClass": (classID("H200")), "oldMinStake": big_(0), "newMinStake": big_(5)}),
				evAt(Staking, "InspectorMinStakeSet", 1, map[string]any{"oldMinStake": big_(0), "newMinStake": big_(9)}),
				evAt(Staking, "ReporterBpsSet", 1, map[string]any{"oldBps": uint16(0), "newBps": uint16(500)}),
				evAt(Staking, "UnbondingPeriodSet", 1, map[string]any{"oldPeriod": uint64(0), "newPeriod": uint64(604800)}),
				evAt(Staking, "QuorumSet", 1, map[string]any{"quorum": other}),
				evAt(Staking, "LeaseEscrowSet", 1, map[string]any{"leaseEscrow": escrowAddr}),
				evAt(Staking, "OwnershipTransferred", 1, map[string]any{"previousOwner": common.Address{}, "newOwner": prov}),
			},
			check: func(t *testing.T, m *memRows) {
				want := map[string]string{
					"minStakePerGpu.H200": "5", "inspectorMinStake": "9", "reporterBps": "500", "unbondingPeriod": "604800",
					"quorum": Hex(other.Bytes()), "leaseEscrow": Hex(escrowAddr.Bytes()), "owner": Hex(prov.Bytes()),
				}
				for name, v := range want {
					if p := get(t, m, ParamsTable, Param{Contract: Staking, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
			},
		},
		{
			name: "AttestationQuorum signer sets: proposed, applied (superseding), cancelled, signer removed",
			events: []Event{
				evAt(AttestationQuorum, "SignerSetProposed", 1, map[string]any{"version": uint64(1), "threshold": uint8(1), "signers": []common.Address{prov}, "effectiveAt": uint64(50)}),
				evAt(AttestationQuorum, "SignerSetApplied", 2, map[string]any{"version": uint64(1), "threshold": uint8(1), "signers": []common.Address{prov}}),
				evAt(AttestationQuorum, "SignerSetProposed", 3, map[string]any{"version": uint64(2), "threshold": uint8(2), "signers": []common.Address{prov, renter}, "effectiveAt": uint64(90)}),
				evAt(AttestationQuorum, "SignerSetApplied", 4, map[string]any{"version": uint64(2), "threshold": uint8(2), "signers": []common.Address{prov, renter}}),
				evAt(AttestationQuorum, "SignerSetProposed", 5, map[string]any{"version": uint64(3), "threshold": uint8(1), "signers": []common.Address{other}, "effectiveAt": uint64(99)}),
				evAt(AttestationQuorum, "SignerSetProposalCancelled", 6, map[string]any{"version": uint64(3)}),
				evAt(AttestationQuorum, "SignerRemoved", 7, map[string]any{"version": uint64(4), "signer": prov, "threshold": uint8(2)}),
			},
			check: func(t *testing.T, m *memRows) {
				if s := get(t, m, SignerSetsTable, SignerSet{Version: 4}); s.Status != "applied" || len(s.Signers) != 1 || s.Signers[0] != renter || s.Threshold != 2 {
					t.Errorf("set 4 after removing a signer %+v", s)
				}
				if p := get(t, m, ParamsTable, Param{Contract: AttestationQuorum, Name: "signerSetVersion"}); p.Value != "4" {
					t.Errorf("active version %s", p.Value)
				}
				for v, want := range map[uint64]string{1: "superseded", 2: "superseded", 3: "cancelled"} {
					if s := get(t, m, SignerSetsTable, SignerSet{Version: v}); s.Status != want {
						t.Errorf("signer set %d: %s, want %s", v, s.Status, want)
					}
				}
				if s := get(t, m, SignerSetsTable, SignerSet{Version: 2}); s.Threshold != 2 || len(s.Signers) != 2 || s.AppliedBlock != 4 {
					t.Errorf("set 2 %+v", s)
				}
			},
		},
		{
			name: "AttestationQuorum.AttestationConsumed names the target and kind",
			events: []Event{evAt(AttestationQuorum, "AttestationConsumed", 1, map[string]any{"target": escrowAddr, "kind": uint8(1),
				"id": [32]byte(attID), "payloadHash": [32]byte(common.HexToHash("0x01")), "signerSetVersion": uint64(2)})},
			check: func(t *testing.T, m *memRows) {
				a := historyOf[Attestation](t, m, AttestationsTable)
				if len(a) != 1 || a[0].TargetName != LeaseEscrow || a[0].KindName != "breach" || a[0].SignerSetVersion != 2 || a[0].ID != attID {
					t.Errorf("attestations %+v", a)
				}
			},
		},
		{
			name: "LeaseEscrow lease lifecycle: opened, extended, settled, closed",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 1, 0, 77),
				evAt(LeaseEscrow, "LeaseExtended", 3, map[string]any{"leaseId": big_(1), "endsAt": uint64(20_000), "deposit": big_(1_000)}),
				evAt(LeaseEscrow, "LeaseSettled", 4, map[string]any{"leaseId": big_(1), "provider": prov, "amount": big_(40_000), "settledAt": uint64(10_040)}),
				evAt(LeaseEscrow, "LeaseClosed", 5, map[string]any{"leaseId": big_(1), "reason": uint8(1), "closedAt": uint64(10_050), "refund": big_(123), "fee": big_(4)}),
				evAt(LeaseEscrow, "CompletionRecorded", 6, map[string]any{"leaseId": big_(1), "cidHash": [32]byte{}, "resultCID": "ipfs://out", "attested": true}),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 1})
				if l.Status != LeaseClosed || l.CloseReason != "renter_closed" || l.PayToken != "USD" || l.StartedAt != 10_020 ||
					l.EndsAt != 10_050 || l.ClosedAt != 10_050 || l.Deposit.Int64() != 3_637_000 || l.Paid.Int64() != 40_000 ||
					l.Refund.Int64() != 123 || l.Fee.Int64() != 4 || !l.Completed || !l.CompletionAttested || l.ResultCID != "ipfs://out" || l.Nonce.Int64() != 77 {
					t.Errorf("lease %+v", l)
				}
				if n := get(t, m, QuoteNoncesTable, QuoteNonce{Provider: prov, Nonce: "77"}); n.Status != "used" || n.LeaseID != 1 {
					t.Errorf("nonce %+v", n)
				}
				mm := get(t, m, MachinesTable, Machine{ID: machineA})
				if mm.LeasesOpened != 1 || mm.LeasesCompleted != 1 || mm.ChecksPassed != 1 || mm.ServedSeconds != 30 {
					t.Errorf("machine reputation %+v", mm.Reputation)
				}
				if p := get(t, m, ProvidersTable, Provider{Address: prov}); p.EarnedUSD.Int64() != 40_000 || p.LeasesOpened != 1 || p.ServedSeconds != 30 {
					t.Errorf("provider %+v", p)
				}
				var kinds []string
				for _, e := range historyOf[LeaseEvent](t, m, LeaseEventsTable) {
					kinds = append(kinds, e.Kind)
				}
				if strings.Join(kinds, ",") != "opened,extended,settled,closed,completed" {
					t.Errorf("lease history %v", kinds)
				}
			},
		},
		{
			name: "LeaseEscrow breach claws back a GRID lease and counts a failed check",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 5, 1, 1),
				evAt(LeaseEscrow, "LeaseSettled", 4, map[string]any{"leaseId": big_(5), "provider": prov, "amount": big_(500), "settledAt": uint64(10_040)}),
				evAt(LeaseEscrow, "LeaseBreached", 6, map[string]any{"leaseId": big_(5), "provider": prov, "renter": renter,
					"attestationId": [32]byte(attID), "downSince": uint64(10_030), "closedAt": uint64(10_030), "clawedBack": big_(100), "unrecovered": big_(0)}),
				evAt(LeaseEscrow, "LeaseClosed", 6, map[string]any{"leaseId": big_(5), "reason": uint8(3), "closedAt": uint64(10_030), "refund": big_(9), "fee": big_(1)}),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 5})
				if !l.Breached || l.CloseReason != "breached" || l.PayToken != "GRID" || l.Paid.Int64() != 400 || l.ClawedBack.Int64() != 100 ||
					l.DownSince != 10_030 || l.BreachAttestation != attID {
					t.Errorf("lease %+v", l)
				}
				p := get(t, m, ProvidersTable, Provider{Address: prov})
				// Breached at 10_030, recorded in block 6 at 10_060: 30 s known down; served 10_030 - 10_020.
				if p.EarnedGRID.Int64() != 400 || p.ChecksFailed != 1 || p.DownSeconds != 30 || p.ServedSeconds != 10 {
					t.Errorf("provider %+v", p)
				}
				if u := p.UptimePercent(); u == nil || *u != 25 {
					t.Errorf("uptime %v, want 25%%", u)
				}
			},
		},
		{
			name:   "LeaseEscrow event for a lease never opened is a mapping error",
			events: nil, // see TestMappingErrors
		},
		{
			name: "LeaseEscrow.QuoteNoncesCancelled cancels each bit, keeping used nonces",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 1, 0, 256+3),
				evAt(LeaseEscrow, "QuoteNoncesCancelled", 3, map[string]any{"provider": prov, "wordPos": big_(1), "mask": big_(0b1001)}),
			},
			check: func(t *testing.T, m *memRows) {
				if n := get(t, m, QuoteNoncesTable, QuoteNonce{Provider: prov, Nonce: "256"}); n.Status != "cancelled" {
					t.Errorf("nonce 256 %+v", n)
				}
				if n := get(t, m, QuoteNoncesTable, QuoteNonce{Provider: prov, Nonce: "259"}); n.Status != "used" {
					t.Errorf("nonce 259 %+v", n)
				}
				if len(m.rows[QuoteNoncesTable]) != 2 {
					t.Errorf("%d nonce rows", len(m.rows[QuoteNoncesTable]))
				}
			},
		},
		{
			name: "LeaseEscrow governance events set parameters",
			events: []Event{
				evAt(LeaseEscrow, "FeesSet", 1, map[string]any{"usdFeeBps": uint16(100), "gridFeeBps": uint16(50)}),
				evAt(LeaseEscrow, "TreasurySet", 1, map[string]any{"treasury": other}),
				evAt(LeaseEscrow, "PriceOracleSet", 1, map[string]any{"oracle": renter}),
				evAt(LeaseEscrow, "Paused", 2, map[string]any{"account": prov}),
			},
			check: func(t *testing.T, m *memRows) {
				for name, v := range map[string]string{"usdFeeBps": "100", "gridFeeBps": "50", "treasury": Hex(other.Bytes()),
					"priceOracle": Hex(renter.Bytes()), "paused": "true"} {
					if p := get(t, m, ParamsTable, Param{Contract: LeaseEscrow, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
			},
		},
		{
			name: "GridPriceOracle.PricePosted records the rate",
			events: []Event{
				evAt(GridPriceOracle, "PricePosted", 1, map[string]any{"price": big_(2e18), "observedAt": uint64(9_999), "attestationId": [32]byte(attID)}),
				evAt(GridPriceOracle, "MaxAgeSet", 1, map[string]any{"maxAge": uint64(3600)}),
				evAt(GridPriceOracle, "MaxMoveBpsSet", 1, map[string]any{"maxMoveBps": uint32(2000)}),
			},
			check: func(t *testing.T, m *memRows) {
				u := historyOf[PriceUpdate](t, m, PriceUpdatesTable)
				if len(u) != 1 || u[0].Price.Big().Cmp(big_(2e18)) != 0 || u[0].ObservedAt != 9_999 {
					t.Errorf("price updates %+v", u)
				}
				for name, v := range map[string]string{"price": "2000000000000000000", "observedAt": "9999", "maxAge": "3600", "maxMoveBps": "2000"} {
					if p := get(t, m, ParamsTable, Param{Contract: GridPriceOracle, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
			},
		},
		{
			name: "Rewards configuration, funding, roots and claims",
			events: []Event{
				evAt(Rewards, "RewardsConfigured", 1, map[string]any{"grid": other, "quorum": renter, "genesis": uint64(1000),
					"epochLength": uint64(604800), "initialEmission": big_(1e6), "halvingEpochs": uint64(52), "maxSupply": big_(1e9)}),
				evAt(Rewards, "Funded", 2, map[string]any{"funder": prov, "amount": big_(500), "funded": big_(500)}),
				evAt(Rewards, "RootPosted", 3, map[string]any{"epoch": uint64(0), "root": [32]byte(attID), "total": big_(300), "attestationId": [32]byte(attID)}),
				evAt(Rewards, "RootPosted", 4, map[string]any{"epoch": uint64(2), "root": [32]byte(machineA), "total": big_(50), "attestationId": [32]byte(machineA)}),
				evAt(Rewards, "Claimed", 4, map[string]any{"account": prov, "caller": renter, "amount": big_(120), "cumulativeClaimed": big_(120)}),
				evAt(Rewards, "Claimed", 5, map[string]any{"account": prov, "caller": prov, "amount": big_(30), "cumulativeClaimed": big_(150)}),
			},
			check: func(t *testing.T, m *memRows) {
				if a := get(t, m, RewardAccountsTable, RewardAccount{Account: prov}); a.Claimed.Int64() != 150 || a.Claims != 2 {
					t.Errorf("reward account %+v", a)
				}
				for name, v := range map[string]string{"funded": "500", "allocated": "350", "latestEpoch": "2", "totalClaimed": "150",
					"epochLength": "604800", "genesis": "1000", "grid": Hex(other.Bytes())} {
					if p := get(t, m, ParamsTable, Param{Contract: Rewards, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
				if e := historyOf[RewardEpoch](t, m, RewardEpochsTable); len(e) != 2 || e[0].Root != attID || e[0].Total.Int64() != 300 || e[1].Allocated.Int64() != 350 {
					t.Errorf("epochs %+v", e)
				}
				if c := historyOf[RewardClaim](t, m, RewardClaimsTable); len(c) != 2 || c[0].Caller != renter {
					t.Errorf("claims %+v", c)
				}
			},
		},
	}
	for _, tc := range tests {
		if tc.events == nil {
			continue
		}
		t.Run(tc.name, func(t *testing.T) {
			m := newMemRows()
			m.project(t, 1<<62, tc.events...)
			if len(m.warns) != tc.warns {
				t.Errorf("warnings %v, want %d", m.warns, tc.warns)
			}
			if got := len(m.history[EventsTable]); got != len(tc.events) {
				t.Errorf("%d raw events stored, want %d", got, len(tc.events))
			}
			if tc.check != nil {
				tc.check(t, m)
			}
		})
	}
}

func TestMappingErrors(t *testing.T) {
	tests := []struct {
		name string
		ev   Event
		want string
	}{
		{"lease never opened", evAt(LeaseEscrow, "LeaseSettled", 1, map[string]any{"leaseId": big_(9), "provider": prov, "amount": big_(1), "settledAt": uint64(1)}), "never opened"},
		{"missing argument", evAt(Staking, "Staked", 1, map[string]any{"account": prov, "role": uint8(0), "amount": big_(1)}), `"active" missing`},
		{"wrong type", evAt(Staking, "GpusReserved", 1, map[string]any{"machineId": "nope", "gpus": uint32(1), "reservedGpus": uint32(1)}), `"machineId" is string`},
		{"id beyond 63 bits", evAt(LeaseEscrow, "LeaseExtended", 1, map[string]any{"leaseId": new(big.Int).Lsh(big_(1), 70), "endsAt": uint64(1), "deposit": big_(1)}), "leaseId"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := NewProjection(context.Background(), newMemRows(), 0, nil)
			err := p.Apply(&tc.ev)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("want an error containing %q, got %v", tc.want, err)
			}
		})
	}
}

// TestJournalRecordsFirstChangePerBlock: hot blocks journal an entity's state before its first change in each
// block, and final blocks journal nothing.
func TestJournalRecordsFirstChangePerBlock(t *testing.T) {
	m := newMemRows()
	c := m.project(t, 3,
		stakedEv(2, prov, RoleProvider, 10, 10), // final: not journaled
		stakedEv(3, prov, RoleProvider, 5, 15),  // hot: journals the row as of block 2
		stakedEv(3, prov, RoleProvider, 5, 20),  // same block: no second entry
		stakedEv(4, prov, RoleProvider, 5, 25),  // next block: journals the row as of block 3
		stakedEv(4, renter, RoleProvider, 1, 1), // a new row: journaled as absent
	)
	var got []string
	for _, j := range c.Journal {
		prev := "absent"
		if j.Prev != nil {
			var s Stake
			if err := StakesTable.Decode(j.Prev, &s); err != nil {
				t.Fatal(err)
			}
			prev = s.Active.String()
		}
		got = append(got, strings.Join([]string{j.Table.Name, KeyString(j.Key), prev}, " "))
	}
	sort.Strings(got)
	want := []string{
		`stakes ["` + Hex(prov.Bytes()) + `",0] 10`,
		`stakes ["` + Hex(prov.Bytes()) + `",0] 20`,
		`stakes ["` + Hex(renter.Bytes()) + `",0] absent`,
	}
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("journal\n got %v\nwant %v", got, want)
	}
}

func TestTableCodecRoundTrip(t *testing.T) {
	l := Lease{ID: 7, Renter: renter, Provider: prov, MachineID: machineA, GPUCount: 2, PayToken: "USD",
		USDPerSecond: amount.IntOf(1), Rate: amount.IntOf(2), Deposit: amount.NewInt(new(big.Int).Lsh(big_(1), 200)), Nonce: amount.IntOf(3), Status: LeaseOpen,
		Paid: amount.IntOf(0), Refund: amount.IntOf(0), Fee: amount.IntOf(0), ClawedBack: amount.IntOf(0), Unrecovered: amount.IntOf(0), Completed: true}
	row, err := LeasesTable.Encode(&l)
	if err != nil {
		t.Fatal(err)
	}
	back, err := LeasesTable.ParseRow(EncodeRow(row))
	if err != nil {
		t.Fatal(err)
	}
	var out Lease
	if err := LeasesTable.Decode(back, &out); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(out, l) {
		t.Errorf("round trip\n got %+v\nwant %+v", out, l)
	}
	if _, err := LeasesTable.Encode(&Lease{ID: 1 << 63}); err == nil {
		t.Error("a uint64 above 2^63 was accepted for a BIGINT column")
	}
}

// classID is a GPU class's bytes32 id (the test's classes are valid).
func classID(name string) [32]byte {
	id, err := gpuclass.ID(name)
	if err != nil {
		panic(err)
	}
	return id
}

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
	usdAddr    = common.HexToAddress("0x05d0000000000000000000000000000000000000")
	machineA   = common.HexToHash("0xaa")
	attID      = common.HexToHash("0xa77e57")
	jobCID     = common.HexToHash("0x10b")
	gpuA       = common.HexToHash("0x0a")
	gpuB       = common.HexToHash("0x0b")
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
	return evAt(NodeRegistry, "MachineListed", block, map[string]any{"machineId": [32]byte(id), "provider": prov,
		"gpuClass": (classID("H100")), "gpuCount": gpus, "lockedStake": big_(locked), "index": uint32(7),
		"metadataCID": "ipfs://a", "endpoint": "https://a.example"})
}

// rateOf is a lease rate of n token units per second (LeaseEscrow rates carry 1e12).
func rateOf(n int64) *big.Int { return new(big.Int).Mul(big_(n), RateScale) }

// openedEv opens lease id on GPU slots 0 and 1 of machineA at 1,000 units per second for an hour.
func openedEv(block uint64, id int64, payToken uint8, nonce int64) Event {
	return evAt(LeaseEscrow, "LeaseOpened", block, map[string]any{"leaseId": big_(id), "renter": renter, "provider": prov,
		"machineId": [32]byte(machineA), "gpuMask": uint32(0b11), "payToken": payToken, "usdPerSecondWad": big_(1e15),
		"rate": rateOf(1000), "minEndsAt": uint64(10_000 + block*10 + 60), "endsAt": uint64(10_000 + block*10 + 3600),
		"deposit": big_(3_636_000), "nonce": big_(nonce), "jobCID": [32]byte(jobCID)})
}

func closedEv(block uint64, id int64, reason uint8, closedAt, billedUntil uint64, refund, payout, fee int64) Event {
	return evAt(LeaseEscrow, "LeaseClosed", block, map[string]any{"leaseId": big_(id), "reason": reason, "closedAt": closedAt,
		"billedUntil": billedUntil, "refund": big_(refund), "payout": big_(payout), "fee": big_(fee)})
}

func disputeWindowEv(block uint64, window uint64) Event {
	return evAt(LeaseEscrow, "DisputeWindowSet", block, map[string]any{"disputeWindow": window})
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
				evAt(Staking, "Slashed", 3, map[string]any{"offender": prov, "role": uint8(0), "kind": uint8(1), "evidenceId": [32]byte(attID),
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
				if len(sl) != 1 || sl[0].EvidenceID != attID || sl[0].Burned.Int64() != 60 || sl[0].Kind != 1 || sl[0].KindName != "fraud" {
					t.Errorf("slashes %+v", sl)
				}
			},
		},
		{
			name: "NodeRegistry.MachineListed, GPU slots held and released, metadata and endpoint",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000),
				listedEv(2, machineA, 4, 400),
				// Slots 0-2 held until 20_000, slot 1 extended to 30_000, slot 0 released at 10_040.
				evAt(NodeRegistry, "GpusReserved", 3, map[string]any{"machineId": [32]byte(machineA), "gpuMask": uint32(0b0111), "until": uint64(20_000)}),
				evAt(NodeRegistry, "GpusReserved", 3, map[string]any{"machineId": [32]byte(machineA), "gpuMask": uint32(0b0010), "until": uint64(30_000)}),
				evAt(NodeRegistry, "GpusReleased", 4, map[string]any{"machineId": [32]byte(machineA), "gpuMask": uint32(0b0001), "freeFrom": uint64(10_040)}),
				evAt(NodeRegistry, "MachineMetadataUpdated", 5, map[string]any{"machineId": [32]byte(machineA), "metadataCID": "ipfs://b", "endpoint": "https://b.example"}),
			},
			check: func(t *testing.T, m *memRows) {
				mm := get(t, m, MachinesTable, Machine{ID: machineA})
				if !mm.Listed || mm.GPUClass != "H100" || mm.GPUCount != 4 || mm.Index != 7 || mm.MetadataCID != "ipfs://b" ||
					mm.Endpoint != "https://b.example" || mm.LockedStake.Int64() != 400 || mm.ListedBlock != 2 {
					t.Errorf("machine %+v", mm)
				}
				if !reflect.DeepEqual(mm.GPUHolds, []uint64{10_040, 30_000, 20_000, 0}) {
					t.Errorf("holds %v", mm.GPUHolds)
				}
				// Free GPUs depend on the time: each slot frees itself when its hold passes.
				for _, c := range []struct{ at, free uint64 }{{10_000, 1}, {10_040, 2}, {20_000, 3}, {30_000, 4}} {
					mm.At(c.at)
					if uint64(mm.FreeGPUs) != c.free || mm.ReservedGPUs != 4-mm.FreeGPUs {
						t.Errorf("at %d: %d free, %d reserved, want %d free", c.at, mm.FreeGPUs, mm.ReservedGPUs, c.free)
					}
					// The SQL form agrees: the k-th sorted hold is <= t exactly for k <= free.
					for k := 1; k <= 4; k++ {
						entry := mm.GPUFreeFrom[(k-1)*20 : k*20]
						if got := entry <= FreeAtText(c.at); got != (uint64(k) <= c.free) {
							t.Errorf("at %d: free-from entry %d %s", c.at, k, entry)
						}
					}
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
			name: "NodeRegistry.MachineVerified records the verification and claims the GPUs",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000),
				listedEv(2, machineA, 2, 200),
				evAt(NodeRegistry, "MachineVerified", 3, map[string]any{"machineId": [32]byte(machineA), "gpuClass": classID("H100"),
					"attestationId": [32]byte(attID), "gpuCount": uint32(2), "gpuIds": [][32]byte{gpuA, gpuB},
					"verifiedAt": uint64(10_020), "expiresAt": uint64(50_000), "seq": uint64(1)}),
			},
			check: func(t *testing.T, m *memRows) {
				mm := get(t, m, MachinesTable, Machine{ID: machineA})
				if mm.VerifiedAt != 10_020 || mm.VerifiedUntil != 50_000 || mm.VerificationAttestation != attID || mm.VerificationSeq != 1 ||
					!reflect.DeepEqual(mm.GPUIDs, []common.Hash{gpuA, gpuB}) {
					t.Errorf("machine %+v", mm)
				}
				required := VerificationRule{Required: true}
				for _, c := range []struct {
					rule VerificationRule
					now  uint64
					want string
				}{
					{required, 49_999, VerificationVerified}, {required, 50_000, VerificationExpired},
					{VerificationRule{}, 50_000, VerificationExempt},
					{VerificationRule{Required: true, Exempt: map[string]bool{"H100": true}}, 50_000, VerificationExempt},
				} {
					if got := mm.VerificationState(c.rule, c.now); got != c.want {
						t.Errorf("%+v at %d: %s, want %s", c.rule, c.now, got, c.want)
					}
				}
				if (&Machine{GPUClass: "H100"}).VerificationState(required, 1) != VerificationUnverified {
					t.Error("a machine never verified is not unverified")
				}
				for _, id := range []common.Hash{gpuA, gpuB} {
					if c := get(t, m, GPUClaimsTable, GPUClaim{GPUID: id}); c.MachineID != machineA || c.ExpiresAt != 50_000 {
						t.Errorf("claim %+v", c)
					}
				}
			},
		},
		{
			name: "NodeRegistry.MachineVerified for another class or count warns",
			events: []Event{stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(2, machineA, 2, 200),
				evAt(NodeRegistry, "MachineVerified", 3, map[string]any{"machineId": [32]byte(machineA), "gpuClass": classID("H200"),
					"attestationId": [32]byte(attID), "gpuCount": uint32(2), "gpuIds": [][32]byte{gpuA, gpuB},
					"verifiedAt": uint64(10_020), "expiresAt": uint64(50_000), "seq": uint64(1)})},
			warns: 1,
		},
		{
			name: "NodeRegistry governance: verification switch, exemptions, TTL, inspector endpoints",
			events: []Event{
				evAt(NodeRegistry, "MaxVerificationTtlSet", 1, map[string]any{"ttl": uint64(604800)}),
				evAt(NodeRegistry, "RequireVerificationSet", 1, map[string]any{"required": true}),
				evAt(NodeRegistry, "VerificationExemptSet", 1, map[string]any{"gpuClass": classID("SIM"), "exempt": true}),
				evAt(NodeRegistry, "VerificationExemptSet", 2, map[string]any{"gpuClass": classID("H200"), "exempt": true}),
				evAt(NodeRegistry, "VerificationExemptSet", 3, map[string]any{"gpuClass": classID("H200"), "exempt": false}),
				evAt(NodeRegistry, "InspectorEndpointSet", 3, map[string]any{"inspector": other, "endpoint": "https://inspector.example"}),
			},
			check: func(t *testing.T, m *memRows) {
				params := map[string]string{}
				for _, r := range m.rows[ParamsTable] {
					var p Param
					if err := ParamsTable.Decode(r, &p); err != nil {
						t.Fatal(err)
					}
					if p.Contract == NodeRegistry {
						params[p.Name] = p.Value
					}
				}
				rule := VerificationRuleOf(params)
				if !rule.Required || !rule.Exempt["SIM"] || rule.Exempt["H200"] || !rule.Needs("H200") || rule.Needs("SIM") || params["maxVerificationTtl"] != "604800" {
					t.Errorf("params %v, rule %+v", params, rule)
				}
				if e := get(t, m, InspectorsTable, InspectorEndpoint{Inspector: other}); e.Endpoint != "https://inspector.example" || e.Block != 3 {
					t.Errorf("inspector %+v", e)
				}
			},
		},
		{
			name: "NodeRegistry.MachineDelisted unlocks and frees nothing",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000),
				listedEv(2, machineA, 4, 400),
				evAt(NodeRegistry, "MachineDelisted", 3, map[string]any{"machineId": [32]byte(machineA), "provider": prov, "unlockedStake": big_(400)}),
			},
			check: func(t *testing.T, m *memRows) {
				mm := get(t, m, MachinesTable, Machine{ID: machineA})
				if mm.At(1 << 40); mm.Listed || mm.FreeGPUs != 0 || mm.LockedStake.Sign() != 0 {
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
				evAt(Staking, "Slashed", 3, map[string]any{"offender": prov, "role": uint8(0), "kind": uint8(0), "evidenceId": [32]byte(attID),
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
				evAt(Staking, "NodeRegistrySet", 1, map[string]any{"nodeRegistry": renter}),
				evAt(Staking, "InspectorMinStakeProposed", 1, map[string]any{"minStake": big_(12), "effectiveAt": uint64(777)}),
				evAt(Staking, "SlashCapSet", 1, map[string]any{"kind": uint8(0), "capBps": uint16(3333)}),
				evAt(Staking, "SlashCapSet", 1, map[string]any{"kind": uint8(1), "capBps": uint16(10000)}),
				evAt(Staking, "OwnershipTransferred", 1, map[string]any{"previousOwner": common.Address{}, "newOwner": prov}),
			},
			check: func(t *testing.T, m *memRows) {
				want := map[string]string{
					"minStakePerGpu.H200": "5", "inspectorMinStake": "9", "reporterBps": "500", "unbondingPeriod": "604800",
					"quorum": Hex(other.Bytes()), "leaseEscrow": Hex(escrowAddr.Bytes()), "owner": Hex(prov.Bytes()),
					"nodeRegistry": Hex(renter.Bytes()), "pendingInspectorMinStake": "12", "pendingInspectorMinStakeAt": "777",
					"slashCapBps.downtime": "3333", "slashCapBps.fraud": "10000",
				}
				for name, v := range want {
					if p := get(t, m, ParamsTable, Param{Contract: Staking, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
			},
		},
		{
			name: "AttestationQuorum signer sets: proposed, applied (superseding), cancelled",
			events: []Event{
				evAt(AttestationQuorum, "SignerSetProposed", 1, map[string]any{"version": uint64(1), "threshold": uint8(1), "signers": []common.Address{prov}, "effectiveAt": uint64(50)}),
				evAt(AttestationQuorum, "SignerSetApplied", 2, map[string]any{"version": uint64(1), "threshold": uint8(1), "signers": []common.Address{prov}}),
				evAt(AttestationQuorum, "SignerSetProposed", 3, map[string]any{"version": uint64(2), "threshold": uint8(2), "signers": []common.Address{prov, renter}, "effectiveAt": uint64(90)}),
				evAt(AttestationQuorum, "SignerSetApplied", 4, map[string]any{"version": uint64(2), "threshold": uint8(2), "signers": []common.Address{prov, renter}}),
				evAt(AttestationQuorum, "SignerSetProposed", 5, map[string]any{"version": uint64(3), "threshold": uint8(1), "signers": []common.Address{other}, "effectiveAt": uint64(99)}),
				evAt(AttestationQuorum, "SignerSetProposalCancelled", 6, map[string]any{"version": uint64(3)}),
				evAt(AttestationQuorum, "MinStakeSynced", 7, map[string]any{"minStake": big_(1000)}),
				evAt(AttestationQuorum, "SignerStakeSynced", 7, map[string]any{"account": renter, "activeStake": big_(999)}),
			},
			check: func(t *testing.T, m *memRows) {
				if p := get(t, m, ParamsTable, Param{Contract: AttestationQuorum, Name: "signerSetVersion"}); p.Value != "2" {
					t.Errorf("active version %s", p.Value)
				}
				for name, v := range map[string]string{"minSignerStake": "1000", "signerStake." + Hex(renter.Bytes()): "999"} {
					if p := get(t, m, ParamsTable, Param{Contract: AttestationQuorum, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
				for v, want := range map[uint64]string{1: "superseded", 2: "applied", 3: "cancelled"} {
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
			name: "AttestationQuorum.AttestationConsumed names the target, kind and the signers that counted",
			events: []Event{
				evAt(AttestationQuorum, "SignerSetApplied", 1, map[string]any{"version": uint64(2), "threshold": uint8(2), "signers": []common.Address{prov, renter, other}}),
				// Bits 0 and 2: the first and third members of set 2.
				evAt(AttestationQuorum, "AttestationConsumed", 2, map[string]any{"target": escrowAddr, "kind": uint8(1),
					"id": [32]byte(attID), "payloadHash": [32]byte(common.HexToHash("0x01")), "signerSetVersion": uint64(2), "signers": uint32(0b101)}),
			},
			check: func(t *testing.T, m *memRows) {
				a := historyOf[Attestation](t, m, AttestationsTable)
				if len(a) != 1 || a[0].TargetName != LeaseEscrow || a[0].KindName != "breach" || a[0].SignerSetVersion != 2 || a[0].ID != attID ||
					a[0].Signers != 0b101 || !reflect.DeepEqual(a[0].SignerAddresses, []common.Address{prov, other}) {
					t.Errorf("attestations %+v", a)
				}
			},
		},
		{
			name: "AttestationQuorum.AttestationConsumed with a bit beyond its signer set warns",
			events: []Event{
				evAt(AttestationQuorum, "SignerSetApplied", 1, map[string]any{"version": uint64(1), "threshold": uint8(1), "signers": []common.Address{prov}}),
				evAt(AttestationQuorum, "AttestationConsumed", 2, map[string]any{"target": escrowAddr, "kind": uint8(1),
					"id": [32]byte(attID), "payloadHash": [32]byte(common.HexToHash("0x01")), "signerSetVersion": uint64(1), "signers": uint32(0b11)}),
			},
			warns: 1,
		},
		{
			name: "LeaseEscrow lease lifecycle: opened with a job, extended, closed, held, settled, completed, withdrawn",
			events: []Event{
				disputeWindowEv(1, 3600),
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 1, 0, 77), // starts at 10_020
				evAt(LeaseEscrow, "LeaseExtended", 3, map[string]any{"leaseId": big_(1), "endsAt": uint64(20_000), "deposit": big_(1_000), "rate": rateOf(1000)}),
				// The renter closed at 10_050, billed 30 s: payout 30,000 and fee 1,500 held until 13_650.
				closedEv(5, 1, 1, 10_050, 10_050, 123, 30_000, 1_500),
				evAt(LeaseJournal, "CompletionRecorded", 6, map[string]any{"leaseId": big_(1), "cidHash": [32]byte{}, "resultCID": "ipfs://mine", "attested": false}),
				// The inspectors' attested completion supersedes the renter's record.
				evAt(LeaseJournal, "CompletionRecorded", 7, map[string]any{"leaseId": big_(1), "cidHash": [32]byte{}, "resultCID": "ipfs://out", "attested": true}),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 1})
				if l.Status != LeaseClosed || l.CloseReason != "renter_closed" || l.PayToken != "USD" || l.StartedAt != 10_020 ||
					l.EndsAt != 10_050 || l.ClosedAt != 10_050 || l.DisputeEndsAt != 13_650 || l.MinEndsAt != 0 || l.Deposit.Int64() != 3_637_000 ||
					l.Payout.Int64() != 30_000 || l.Fee.Int64() != 1_500 || l.Paid.Sign() != 0 || l.Refund.Int64() != 123 || l.GPUMask != 0b11 ||
					l.GPUCount != 2 || l.JobCID != jobCID || !l.Completed || !l.CompletionAttested || l.ResultCID != "ipfs://out" || l.Nonce.Int64() != 77 ||
					len(l.Segments) != 0 || l.USDPerSecondWad.Int64() != 1e15 {
					t.Errorf("lease %+v", l)
				}
				if n := get(t, m, QuoteNoncesTable, QuoteNonce{Provider: prov, Nonce: "77"}); n.Status != QuoteNonceUsed || n.LeaseID != 1 {
					t.Errorf("nonce %+v", n)
				}
				mm := get(t, m, MachinesTable, Machine{ID: machineA})
				if mm.LeasesOpened != 1 || mm.LeasesCompleted != 1 || mm.ChecksPassed != 1 || mm.ServedSeconds != 30 {
					t.Errorf("machine reputation %+v", mm.Reputation)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: prov, Token: "USD"}); b.Held.Int64() != 30_000 || b.HeldLeases != 1 || b.Withdrawable.Sign() != 0 {
					t.Errorf("provider balance while held %+v", b)
				}
				// The window ends: anyone settles; the provider withdraws.
				m.project(t, 1<<62,
					evAt(LeaseEscrow, "LeaseSettled", 400, map[string]any{"leaseId": big_(1), "provider": prov, "amount": big_(30_000), "fee": big_(1_500)}),
					evAt(LeaseEscrow, "Withdrawn", 401, map[string]any{"account": prov, "token": usdAddr, "to": other, "amount": big_(30_000)}),
				)
				l = get(t, m, LeasesTable, Lease{ID: 1})
				if l.Status != LeaseSettled || l.Paid.Int64() != 30_000 || l.SettledAt != 14_000 {
					t.Errorf("settled lease %+v", l)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: prov, Token: "USD"}); b.Held.Sign() != 0 || b.HeldLeases != 0 ||
					b.Withdrawable.Sign() != 0 || b.WithdrawnTotal.Int64() != 30_000 {
					t.Errorf("provider balance after withdrawing %+v", b)
				}
				if p := get(t, m, ProvidersTable, Provider{Address: prov}); p.EarnedUSD.Int64() != 30_000 || p.LeasesOpened != 1 || p.ServedSeconds != 30 {
					t.Errorf("provider %+v", p)
				}
				var kinds []string
				for _, e := range historyOf[LeaseEvent](t, m, LeaseEventsTable) {
					kinds = append(kinds, e.Kind)
				}
				if strings.Join(kinds, ",") != "opened,extended,closed,completed,completed,settled" {
					t.Errorf("lease history %v", kinds)
				}
			},
		},
		{
			name: "LeaseJournal.JobSet names a job later; the provider ending a lease credits the renter's refund",
			events: []Event{
				disputeWindowEv(1, 7200),
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				evAt(LeaseEscrow, "LeaseOpened", 2, map[string]any{"leaseId": big_(3), "renter": renter, "provider": prov,
					"machineId": [32]byte(machineA), "gpuMask": uint32(0b1000), "payToken": uint8(0), "usdPerSecondWad": big_(1e15),
					"rate": rateOf(10), "minEndsAt": uint64(0), "endsAt": uint64(20_000), "deposit": big_(1_000), "nonce": big_(5), "jobCID": [32]byte{}}),
				evAt(LeaseJournal, "JobSet", 3, map[string]any{"leaseId": big_(3), "jobCID": [32]byte(jobCID)}),
				closedEv(4, 3, 2, 10_040, 10_040, 700, 200, 10),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 3})
				if l.JobCID != jobCID || l.JobSetBlock != 3 || l.GPUCount != 1 || l.CloseReason != "provider_ended" || l.DisputeEndsAt != 10_040+7200 {
					t.Errorf("lease %+v", l)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: renter, Token: "USD"}); b.Withdrawable.Int64() != 700 {
					t.Errorf("renter balance %+v", b)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: prov, Token: "USD"}); b.Held.Int64() != 200 {
					t.Errorf("provider balance %+v", b)
				}
			},
		},
		{
			name: "LeaseEscrow breach of an open lease: closed and breached in one transaction",
			events: []Event{
				disputeWindowEv(1, 3600),
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 5, 1, 1), // GRID, starts at 10_020, 1,000/s
				// Breach at 10_060 for an outage since 10_030: billed 10 s.
				closedEv(6, 5, 3, 10_060, 10_030, 3_625_000, 10_000, 250),
				evAt(LeaseEscrow, "LeaseBreached", 6, map[string]any{"leaseId": big_(5), "provider": prov, "renter": renter,
					"attestationId": [32]byte(attID), "downSince": uint64(10_030), "billedUntil": uint64(10_030), "refund": big_(3_625_000)}),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 5})
				if !l.Breached || l.CloseReason != "breached" || l.PayToken != "GRID" || l.Payout.Int64() != 10_000 || l.Fee.Int64() != 250 ||
					l.Refund.Int64() != 3_625_000 || l.DownSince != 10_030 || l.BreachAttestation != attID || l.EndsAt != 10_030 {
					t.Errorf("lease %+v", l)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: renter, Token: "GRID"}); b.Withdrawable.Int64() != 3_625_000 {
					t.Errorf("renter balance %+v", b)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: prov, Token: "GRID"}); b.Held.Int64() != 10_000 {
					t.Errorf("provider balance %+v", b)
				}
				p := get(t, m, ProvidersTable, Provider{Address: prov})
				// Ran 10_020..10_060, down from 10_030: 10 s served, 30 s down.
				if p.ChecksFailed != 1 || p.DownSeconds != 30 || p.ServedSeconds != 10 {
					t.Errorf("provider %+v", p)
				}
				if u := p.UptimePercent(); u == nil || *u != 25 {
					t.Errorf("uptime %v, want 25%%", u)
				}
			},
		},
		{
			name: "LeaseEscrow breach within the dispute window after close: the held payout and fee shrink",
			events: []Event{
				disputeWindowEv(1, 3600),
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 6, 0, 2), // USD, starts at 10_020, rate 1,000/s, fee 5%
				closedEv(3, 6, 0, 10_100, 10_100, 0, 80_000, 4_000), // expired at 10_100 (say), billed 80 s
				// Down since 10_060: pay(10_060) = 40,000, fee 2,000; the renter gets 42,000 back.
				evAt(LeaseEscrow, "LeaseBreached", 9, map[string]any{"leaseId": big_(6), "provider": prov, "renter": renter,
					"attestationId": [32]byte(attID), "downSince": uint64(10_060), "billedUntil": uint64(10_060), "refund": big_(42_000)}),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 6})
				if l.Status != LeaseClosed || l.CloseReason != "expired" || !l.Breached || l.Payout.Int64() != 40_000 || l.Fee.Int64() != 2_000 ||
					l.Refund.Int64() != 42_000 || l.EndsAt != 10_060 || l.ClosedAt != 10_100 {
					t.Errorf("lease %+v", l)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: prov, Token: "USD"}); b.Held.Int64() != 40_000 || b.HeldLeases != 1 {
					t.Errorf("provider balance %+v", b)
				}
				if b := get(t, m, EscrowBalancesTable, EscrowBalance{Account: renter, Token: "USD"}); b.Withdrawable.Int64() != 42_000 {
					t.Errorf("renter balance %+v", b)
				}
				if p := get(t, m, ProvidersTable, Provider{Address: prov}); p.DownSeconds != 40 || p.ServedSeconds != 40 {
					t.Errorf("provider %+v", p)
				}
			},
		},
		{
			name: "LeaseEscrow GRID extension at a new rate starts a segment; pay(t) follows it",
			events: []Event{
				disputeWindowEv(1, 3600),
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 7, 1, 3), // GRID, starts at 10_020, 1,000/s, ends at 13_620
				evAt(LeaseEscrow, "LeaseExtended", 3, map[string]any{"leaseId": big_(7), "endsAt": uint64(17_220), "deposit": big_(1), "rate": rateOf(2000)}),
			},
			check: func(t *testing.T, m *memRows) {
				l := get(t, m, LeasesTable, Lease{ID: 7})
				if len(l.Segments) != 1 || l.Segments[0].Start != 13_620 || l.Segments[0].Base.Int64() != 3_600_000 {
					t.Fatalf("segments %+v", l.Segments)
				}
				for at, want := range map[uint64]int64{10_020: 0, 10_030: 10_000, 13_620: 3_600_000, 13_630: 3_620_000} {
					if got := l.PayAt(at); got.Int64() != want {
						t.Errorf("pay(%d) = %s, want %d", at, got, want)
					}
				}
			},
		},
		{
			name:   "LeaseEscrow event for a lease never opened is a mapping error",
			events: nil, // see TestMappingErrors
		},
		{
			name: "LeaseEscrow.QuoteNoncesCancelled cancels each bit, used nonces too (a reusable quote ends with it)",
			events: []Event{
				stakedEv(1, prov, RoleProvider, 1000, 1000), listedEv(1, machineA, 4, 400),
				openedEv(2, 1, 0, 256+3),
				evAt(LeaseEscrow, "QuoteNoncesCancelled", 3, map[string]any{"provider": prov, "wordPos": big_(1), "mask": big_(0b1001)}),
			},
			check: func(t *testing.T, m *memRows) {
				if n := get(t, m, QuoteNoncesTable, QuoteNonce{Provider: prov, Nonce: "256"}); n.Status != "cancelled" {
					t.Errorf("nonce 256 %+v", n)
				}
				if n := get(t, m, QuoteNoncesTable, QuoteNonce{Provider: prov, Nonce: "259"}); n.Status != "cancelled" || n.LeaseID != 1 {
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
				disputeWindowEv(2, 172800),
			},
			check: func(t *testing.T, m *memRows) {
				for name, v := range map[string]string{"usdFeeBps": "100", "gridFeeBps": "50", "treasury": Hex(other.Bytes()),
					"priceOracle": Hex(renter.Bytes()), "paused": "true", "disputeWindow": "172800"} {
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
				evAt(GridPriceOracle, "MaxMoveBpsPerHourSet", 1, map[string]any{"maxMoveBpsPerHour": uint32(2000)}),
			},
			check: func(t *testing.T, m *memRows) {
				u := historyOf[PriceUpdate](t, m, PriceUpdatesTable)
				if len(u) != 1 || u[0].Price.Big().Cmp(big_(2e18)) != 0 || u[0].ObservedAt != 9_999 {
					t.Errorf("price updates %+v", u)
				}
				for name, v := range map[string]string{"price": "2000000000000000000", "observedAt": "9999", "maxAge": "3600", "maxMoveBpsPerHour": "2000"} {
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
				evAt(Rewards, "RootPosted", 3, map[string]any{"epoch": uint64(0), "root": [32]byte(attID), "cumulativeTotal": big_(300), "increment": big_(300), "attestationId": [32]byte(attID)}),
				evAt(Rewards, "RootPosted", 4, map[string]any{"epoch": uint64(1), "root": [32]byte(machineA), "cumulativeTotal": big_(350), "increment": big_(50), "attestationId": [32]byte(machineA)}),
				evAt(Rewards, "Claimed", 4, map[string]any{"account": prov, "caller": renter, "amount": big_(120), "cumulativeClaimed": big_(120)}),
				evAt(Rewards, "Claimed", 5, map[string]any{"account": prov, "caller": prov, "amount": big_(30), "cumulativeClaimed": big_(150)}),
			},
			check: func(t *testing.T, m *memRows) {
				if a := get(t, m, RewardAccountsTable, RewardAccount{Account: prov}); a.Claimed.Int64() != 150 || a.Claims != 2 {
					t.Errorf("reward account %+v", a)
				}
				for name, v := range map[string]string{"funded": "500", "allocated": "350", "latestEpoch": "1", "totalClaimed": "150",
					"epochLength": "604800", "genesis": "1000", "grid": Hex(other.Bytes())} {
					if p := get(t, m, ParamsTable, Param{Contract: Rewards, Name: name}); p.Value != v {
						t.Errorf("param %s = %q, want %q", name, p.Value, v)
					}
				}
				if e := historyOf[RewardEpoch](t, m, RewardEpochsTable); len(e) != 2 || e[0].Root != attID || e[0].CumulativeTotal.Int64() != 300 || e[1].Increment.Int64() != 50 || e[1].CumulativeTotal.Int64() != 350 {
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
		{"lease never opened", evAt(LeaseEscrow, "LeaseSettled", 1, map[string]any{"leaseId": big_(9), "provider": prov, "amount": big_(1), "fee": big_(0)}), "never opened"},
		{"job for a lease never opened", evAt(LeaseJournal, "JobSet", 1, map[string]any{"leaseId": big_(9), "jobCID": [32]byte(jobCID)}), "never opened"},
		{"missing argument", evAt(Staking, "Staked", 1, map[string]any{"account": prov, "role": uint8(0), "amount": big_(1)}), `"active" missing`},
		{"wrong type", evAt(NodeRegistry, "GpusReserved", 1, map[string]any{"machineId": "nope", "gpuMask": uint32(1), "until": uint64(1)}), `"machineId" is string`},
		{"missing hold time", evAt(NodeRegistry, "GpusReleased", 1, map[string]any{"machineId": [32]byte(machineA), "gpuMask": uint32(1)}), `"freeFrom" missing`},
		{"gpu ids of the wrong type", evAt(NodeRegistry, "MachineVerified", 1, map[string]any{"machineId": [32]byte(machineA), "gpuClass": classID("H100"),
			"attestationId": [32]byte(attID), "gpuCount": uint32(1), "gpuIds": []string{"GPU-1"}, "verifiedAt": uint64(1), "expiresAt": uint64(2), "seq": uint64(1)}), `"gpuIds" is []string`},
		{"id beyond 63 bits", evAt(LeaseEscrow, "LeaseExtended", 1, map[string]any{"leaseId": new(big.Int).Lsh(big_(1), 70), "endsAt": uint64(1), "deposit": big_(1), "rate": big_(1)}), "leaseId"},
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
	l := Lease{ID: 7, Renter: renter, Provider: prov, MachineID: machineA, GPUCount: 2, GPUMask: 0b11, PayToken: "USD",
		USDPerSecondWad: amount.IntOf(1), Rate: amount.IntOf(2), Deposit: amount.NewInt(new(big.Int).Lsh(big_(1), 200)), Nonce: amount.IntOf(3),
		Segments: []RateSegment{{Start: 5, Base: amount.IntOf(6), Rate: amount.IntOf(7)}}, JobCID: jobCID, Status: LeaseOpen,
		Paid: amount.IntOf(0), Refund: amount.IntOf(0), Payout: amount.IntOf(0), Fee: amount.IntOf(0), Completed: true}
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

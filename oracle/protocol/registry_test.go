package protocol_test

import (
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// A machine of a class the deployment verifies rents only with an unexpired, attested hardware verification:
// before it, Check says why; after Verify it rents; one physical GPU cannot back a second machine; once the
// verification expires it stops renting again.
func TestHardwareVerification(t *testing.T) {
	f := newFixture(t)
	f.fund(providerKey, gridWei(400), nil)
	provider := f.conn(providerKey)
	if _, err := protocol.NewStaking(provider).Stake(f.ctx, oracle.RoleProvider, gridWei(400)); err != nil {
		t.Fatal(err)
	}
	machines := protocol.NewMachines(provider)
	policy, err := machines.Policy(f.ctx, "RTX4090")
	if err != nil || !policy.Required || policy.MaxTTL <= 0 {
		t.Fatalf("RTX4090 policy %+v, %v: the deployment verifies real classes", policy, err)
	}
	if sim, err := machines.Policy(f.ctx, "SIM"); err != nil || sim.Required {
		t.Fatalf("SIM policy %+v, %v: exempt on dev chains", sim, err)
	}
	a, b := protocol.MachineID(f.addr(providerKey), "a"), protocol.MachineID(f.addr(providerKey), "b")
	for _, id := range []common.Hash{a, b} {
		if _, _, err := machines.List(f.ctx, protocol.Listing{ID: id, Class: "RTX4090", GPUs: 1}); err != nil {
			t.Fatal(err)
		}
	}
	m, err := machines.Get(f.ctx, a)
	if err != nil || m.Rentable || m.VerifiedUntil != 0 || !strings.Contains(m.WhyNotRentable(f.now()), "never verified") {
		t.Fatalf("unverified machine %+v, %v", m, err)
	}
	sq, err := protocol.NewQuotes(provider).Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: a, GPUs: 1,
		USDPerSecondWad: big.NewInt(1e15), MaxDuration: time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	if err := protocol.NewQuotes(f.conn(renterKey)).Check(f.ctx, sq); err == nil || !strings.Contains(err.Error(), "never verified") {
		t.Fatalf("check of a quote for an unverified machine: %v", err)
	}

	verify := func(id common.Hash, uuid string, ttl time.Duration) error {
		t.Helper()
		now := f.now()
		p, err := oracle.NewHardwareVerification(id, "RTX4090", []string{uuid}, now, now+uint64(ttl/time.Second))
		if err != nil {
			t.Fatal(err)
		}
		attID := crypto.Keccak256Hash(id[:], []byte(uuid), new(big.Int).SetUint64(now).Bytes())
		_, sigs, err := protocol.NewQuorum(f.conn(treasuryKey)).Attest(f.ctx, f.d.Contracts.NodeRegistry, attID, p, f.inspectors)
		if err != nil {
			t.Fatal(err)
		}
		_, err = protocol.NewMachines(f.conn(treasuryKey)).Verify(f.ctx, protocol.Verification{Payload: p, AttestationID: attID, Signatures: sigs})
		return err
	}
	if err := verify(a, "GPU-8e2a0000-0000-0000-0000-000000000001", time.Hour); err != nil {
		t.Fatal(err)
	}
	m, err = machines.Get(f.ctx, a)
	if err != nil || !m.Rentable || m.VerifiedUntil <= f.now() || m.VerifiedAt == 0 {
		t.Fatalf("verified machine %+v, %v", m, err)
	}
	if err := protocol.NewQuotes(f.conn(renterKey)).Check(f.ctx, sq); err != nil {
		t.Fatalf("check after the verification: %v", err)
	}
	// The same GPU cannot back machine b while it backs a.
	if err := verify(b, "GPU-8e2a0000-0000-0000-0000-000000000001", time.Hour); !chain.IsRevert(err, "GpuBacksOtherMachine") {
		t.Fatalf("one GPU verified for two machines: %v", err)
	}
	// Expired: no longer rentable, and said why.
	f.chain.AdjustTime(t, 2*time.Hour)
	m, _ = machines.Get(f.ctx, a)
	if m.Rentable || !strings.Contains(m.WhyNotRentable(f.now()), "expired") {
		t.Fatalf("machine past its verification %+v", m)
	}
}

// Inspectors publish their endpoint once they hold the inspector minimum; anyone else is refused.
func TestInspectorEndpoint(t *testing.T) {
	f := newFixture(t)
	inspector := protocol.NewMachines(f.conn(inspector0Key))
	if _, err := inspector.SetInspectorEndpoint(f.ctx, "https://inspector-0.example:9443"); err != nil {
		t.Fatal(err)
	}
	if got, err := protocol.NewMachines(f.conn(renterKey)).InspectorEndpoint(f.ctx, f.addr(inspector0Key)); err != nil || got != "https://inspector-0.example:9443" {
		t.Fatalf("inspector endpoint %q, %v", got, err)
	}
	if _, err := protocol.NewMachines(f.conn(renterKey)).SetInspectorEndpoint(f.ctx, "https://x.example"); !chain.IsRevert(err, "NotAnInspector") {
		t.Fatalf("a non-inspector publishing an endpoint: %v", err)
	}
	if _, err := inspector.SetInspectorEndpoint(f.ctx, strings.Repeat("x", protocol.MaxStringLength+1)); err == nil {
		t.Fatal("an endpoint longer than the registry stores was sent")
	}
}

// A slash names its offence; Staking caps it at the offence's share of the stake and pays the renter its part.
func TestSlashByKind(t *testing.T) {
	f := newFixture(t)
	f.listSIM("rig", 3) // 300 GRID staked, all locked
	staking := protocol.NewStaking(f.conn(treasuryKey))
	capBps, err := staking.SlashCap(f.ctx, oracle.SlashDowntime)
	if err != nil || capBps == 0 || capBps >= 10_000 {
		t.Fatalf("downtime cap %d bps, %v", capBps, err)
	}
	order := oracle.Slash{Offender: f.addr(providerKey), Role: oracle.RoleProvider, Offence: oracle.SlashDowntime, Amount: gridWei(300),
		Renter: f.addr(renterKey), RenterBps: 5_000}
	// Reporters out of order are refused before anything is sent.
	bad := order
	bad.Reporters = []common.Address{common.HexToAddress("0x02"), common.HexToAddress("0x01")}
	if _, err := staking.Slash(f.ctx, bad, common.Hash{1}, nil); err == nil {
		t.Fatal("a slash with descending reporters was sent")
	}
	evidence := crypto.Keccak256Hash([]byte("downtime evidence"))
	_, sigs, err := protocol.NewQuorum(f.conn(treasuryKey)).Attest(f.ctx, f.d.Contracts.Staking, evidence, order, f.inspectors)
	if err != nil {
		t.Fatal(err)
	}
	before := f.balance(oracle.PayGRID, renterKey)
	res, err := staking.Slash(f.ctx, order, evidence, sigs)
	if err != nil {
		t.Fatal(err)
	}
	want := fee(gridWei(300), int64(capBps)) // the cap: capBps of the 300 GRID stake
	if res.Requested.Cmp(gridWei(300)) != 0 || res.Slashed.Cmp(want) != 0 || res.ToRenter.Cmp(fee(want, 5_000)) != 0 {
		t.Fatalf("slash %+v, want %s slashed (cap %d bps)", res, want, capBps)
	}
	if got := new(big.Int).Sub(f.balance(oracle.PayGRID, renterKey), before); got.Cmp(res.ToRenter) != 0 {
		t.Fatalf("renter received %s, the slash says %s", got, res.ToRenter)
	}
	evs, err := staking.Slashes(f.ctx, f.addr(providerKey))
	if err != nil || len(evs) != 1 {
		t.Fatalf("slashes of the provider: %+v %v", evs, err)
	}
	if e := evs[0]; e.Offence != oracle.SlashDowntime || e.Role != oracle.RoleProvider || e.EvidenceID != evidence ||
		e.Slashed.Cmp(res.Slashed) != 0 || e.Requested.Cmp(res.Requested) != 0 || e.Block != res.Tx.Block {
		t.Fatalf("Slashed event %+v, the slash said %+v", e, res)
	}
	if evs, err := staking.Slashes(f.ctx, f.addr(renterKey)); err != nil || len(evs) != 0 {
		t.Fatalf("slashes of the renter: %+v %v", evs, err)
	}
}

// Issue #9 hole 6: the inspectors' attested completion supersedes the renter's own record, and nothing
// replaces an attested one.
func TestAttestedCompletionSupersedes(t *testing.T) {
	f := newFixture(t)
	f.fund(renterKey, nil, usdUnits(100))
	id := f.listSIM("rig", 1)
	sq, err := protocol.NewQuotes(f.conn(providerKey)).Sign(f.ctx, f.signers[providerKey], protocol.QuoteTerms{MachineID: id, GPUs: 1,
		USDPerSecondWad: big.NewInt(1e15), MaxDuration: time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	opened, err := protocol.NewLeases(f.conn(renterKey)).Open(f.ctx, protocol.OpenRequest{Quote: sq, Duration: time.Hour, Pay: oracle.PayUSD, Permit: f.signers[renterKey]})
	if err != nil {
		t.Fatal(err)
	}
	journal := protocol.NewJournal(f.conn(renterKey))
	if _, err := journal.RecordCompletion(f.ctx, opened.ID, "bafkreirenter"); err != nil {
		t.Fatal(err)
	}
	if _, err := journal.RecordCompletion(f.ctx, opened.ID, "bafkreiagain"); !chain.IsRevert(err, "CompletionAlreadyRecorded") {
		t.Fatalf("a second renter record: %v", err)
	}
	attest := func(cid string) error {
		t.Helper()
		p := oracle.Completion{LeaseID: opened.ID, ResultCID: cid}
		attID := crypto.Keccak256Hash([]byte(cid))
		_, sigs, err := protocol.NewQuorum(f.conn(treasuryKey)).Attest(f.ctx, f.d.Contracts.LeaseJournal, attID, p, f.inspectors)
		if err != nil {
			t.Fatal(err)
		}
		_, err = protocol.NewJournal(f.conn(treasuryKey)).AttestCompletion(f.ctx, opened.ID, cid, attID, sigs)
		return err
	}
	if err := attest("bafkreiinspected"); err != nil {
		t.Fatal(err)
	}
	rec, err := journal.Record(f.ctx, opened.ID)
	if err != nil || !rec.Completed || !rec.Attested || rec.ResultCID != "bafkreiinspected" {
		t.Fatalf("record after the attested completion %+v, %v", rec, err)
	}
	if err := attest("bafkreiother"); !chain.IsRevert(err, "CompletionAlreadyRecorded") {
		t.Fatalf("a second attested completion: %v", err)
	}
}

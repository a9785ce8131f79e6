package rules_test

import (
	"context"
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle"
)

// solanaView is a hand-written fake of rules.SolanaView: this node's verdicts, and the returns it bound to.
type solanaView struct {
	deposits map[common.Hash]oracle.Payload
	returns  map[uint64]oracle.ReturnReason
	bound    map[uint64]oracle.ReturnReason
}

func (v *solanaView) Gateway() common.Address { return common.HexToAddress("0x6a7e") }
func (v *solanaView) DepositVerdict(_ context.Context, id common.Hash) (oracle.Payload, bool, error) {
	p, ok := v.deposits[id]
	return p, ok, nil
}
func (v *solanaView) ReturnVerdict(_ context.Context, id uint64) (oracle.ReturnReason, bool, error) {
	r, ok := v.returns[id]
	return r, ok, nil
}
func (v *solanaView) BindReturn(_ context.Context, id uint64, reason oracle.ReturnReason) error {
	if r, ok := v.returns[id]; !ok || r != reason {
		return errors.New("not this node's view")
	}
	v.bound[id] = reason
	return nil
}

// TestSolanaRules checks that a node endorses exactly its own verdict on a deposit and a return, binds itself
// before endorsing a return, keys attestations by the gateway's ids, and refuses values it cannot decode.
func TestSolanaRules(t *testing.T) {
	ctx := context.Background()
	dep := common.HexToHash("0xd1")
	release := oracle.SolanaDepositRelease{DepositID: dep, Mint: oracle.SolanaMintGRID, Amount: 40e9, Recipient: common.HexToAddress("0xbeef")}
	view := &solanaView{deposits: map[common.Hash]oracle.Payload{dep: release}, returns: map[uint64]oracle.ReturnReason{3: oracle.ReturnVaultShort},
		bound: map[uint64]oracle.ReturnReason{}}
	dr, err := rules.NewSolanaDeposit(view)
	if err != nil {
		t.Fatal(err)
	}
	d := dr.Decision(dep)
	if dr.AttestationID(d) != dep {
		t.Fatal("a deposit's attestation id is not its deposit id")
	}
	mine, ok, err := dr.Observe(ctx, d)
	if err != nil || !ok {
		t.Fatalf("observe: %v %v", ok, err)
	}
	if err := dr.Endorse(ctx, d, mine); err != nil {
		t.Fatalf("own verdict refused: %v", err)
	}
	back, err := rules.DecodeSolanaDeposit(dep, mine)
	if err != nil || back != release {
		t.Fatalf("round trip: %+v %v", back, err)
	}
	other := release
	other.Recipient = common.HexToAddress("0x7e1f")
	for name, p := range map[string]oracle.Payload{
		"another recipient": other,
		"a refund":          oracle.SolanaDepositRefund{DepositID: dep, Mint: oracle.SolanaMintGRID, Amount: 40e9, RefundAccount: [32]byte{1}, Reason: oracle.RefundMalformedMemo},
	} {
		v, err := rules.EncodeSolanaDeposit(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := dr.Endorse(ctx, d, v); !errors.Is(err, observe.ErrNotObserved) {
			t.Fatalf("%s endorsed: %v", name, err)
		}
	}
	if err := dr.Endorse(ctx, dr.Decision(common.HexToHash("0xd2")), mine); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("a deposit this node never saw: %v", err)
	}
	if err := dr.Endorse(ctx, d, []byte{9, 9}); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("garbage: %v", err)
	}

	rr, err := rules.NewSolanaReturn(view)
	if err != nil {
		t.Fatal(err)
	}
	d3 := rr.Decision(3)
	if rr.AttestationID(d3) != oracle.SolanaOutboundID(3) {
		t.Fatal("a return's attestation id is not the gateway's outbound id")
	}
	if err := rr.Endorse(ctx, d3, rules.EncodeSolanaReturn(oracle.ReturnRecipientUnusable)); !errors.Is(err, observe.ErrNotObserved) || len(view.bound) != 0 {
		t.Fatalf("another reason endorsed or bound: %v %v", err, view.bound)
	}
	if err := rr.Endorse(ctx, d3, rules.EncodeSolanaReturn(oracle.ReturnVaultShort)); err != nil || view.bound[3] != oracle.ReturnVaultShort {
		t.Fatalf("own return: %v, bound %v", err, view.bound)
	}
	if err := rr.Endorse(ctx, rr.Decision(4), rules.EncodeSolanaReturn(oracle.ReturnVaultShort)); !errors.Is(err, observe.ErrNotObserved) {
		t.Fatalf("a transfer this node sees payable: %v", err)
	}
	if _, _, err := rr.Attestation(ctx, agree.Decision{Kind: oracle.KindSolanaOutboundReturn, Subject: common.HexToHash("0x01" + "00")}, rules.EncodeSolanaReturn(oracle.ReturnVaultShort)); err != nil {
		t.Fatalf("a small subject is an outbound id: %v", err)
	}
	big := common.Hash{1}
	if _, _, err := rr.Attestation(ctx, agree.Decision{Kind: oracle.KindSolanaOutboundReturn, Subject: big}, rules.EncodeSolanaReturn(oracle.ReturnVaultShort)); !errors.Is(err, agree.ErrInvalidValue) {
		t.Fatalf("a subject above 64 bits: %v", err)
	}
}

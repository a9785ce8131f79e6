package swaps_test

import (
	"context"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/indexer/swaps"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// fakeMirror and fakeGateway are hand-written fakes of the book's own interfaces.
type fakeMirror struct {
	deposits []solstore.DepositRow
	outflows []solstore.OutflowRow
}

func (m fakeMirror) Deposits(context.Context, string) ([]solstore.DepositRow, error) {
	return m.deposits, nil
}
func (m fakeMirror) Outflows(context.Context) ([]solstore.OutflowRow, error) { return m.outflows, nil }

type fakeGateway struct {
	addr   common.Address
	head   uint64
	events []protocol.GatewayEvent
	asked  [][2]uint64
}

func (g *fakeGateway) Address() common.Address              { return g.addr }
func (g *fakeGateway) Head(context.Context) (uint64, error) { return g.head, nil }
func (g *fakeGateway) ScanEvents(_ context.Context, from, to uint64) ([]protocol.GatewayEvent, error) {
	g.asked = append(g.asked, [2]uint64{from, to})
	return g.events, nil
}

func key(b byte) solgateway.DepositKey {
	var sig solana.Signature
	sig[0] = b
	return solgateway.DepositKey{Cluster: solana.Hash{9}, Signature: sig}
}

// TestSwapStates checks each state a swap reaches on both chains, and that unknown ids are 404s.
func TestSwapStates(t *testing.T) {
	gwAddr := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	refunded, released := key(2), key(3)
	releasedID, _ := released.ID()
	refundedID, _ := refunded.ID()
	gw := &fakeGateway{addr: gwAddr, head: 500, events: []protocol.GatewayEvent{
		{Name: protocol.EventOutboundRequested, OutboundID: 1, Block: 10, GridAmount: big.NewInt(5e18)},
		{Name: protocol.EventOutboundRequested, OutboundID: 2, Block: 11, GridAmount: big.NewInt(6e18)},
		{Name: protocol.EventOutboundReturned, OutboundID: 2, Block: 12, GridAmount: big.NewInt(6e18), Reason: 2},
		{Name: protocol.EventOutboundRequested, OutboundID: 3, Block: 13, GridAmount: big.NewInt(7e18)},
		{Name: protocol.EventDepositReleased, DepositID: releasedID, Block: 20, GridAmount: big.NewInt(4e18)},
		{Name: protocol.EventDepositRefundRecorded, DepositID: refundedID, Block: 21, Reason: 1},
	}}
	mirror := fakeMirror{
		deposits: []solstore.DepositRow{
			{Key: released, Slot: 5, Symbol: "GRID", Amount: 4e9, Recipient: "0x01"},
			{Key: refunded, Slot: 6, Symbol: "GRID", Amount: 2e9, Malformed: "no address"},
		},
		outflows: []solstore.OutflowRow{
			{Key: key(7), Kind: solgateway.Release, Symbol: "GRID", Amount: 5e9, Reference: solgateway.ReleaseReference(31337, gwAddr, 1)},
			{Key: key(8), Kind: solgateway.Refund, Symbol: "GRID", Amount: 2e9, Refunds: refunded.String()},
		},
	}
	book, err := swaps.New(mirror, gw, 31337, 100)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		id, kind, state string
		solana, arb     int
	}{
		{"1", api.SwapToSolana, "paid on Solana", 1, 1},
		{"2", api.SwapToSolana, "returned to the sender on Arbitrum", 0, 2},
		{"3", api.SwapToSolana, "requested: waiting for the inspectors", 0, 1},
		{released.String(), api.SwapToArbitrum, "released on Arbitrum", 1, 1},
		{released.Signature.String(), api.SwapToArbitrum, "released on Arbitrum", 1, 1},
		{refundedID.Hex(), api.SwapToArbitrum, "refunded on Solana", 2, 1},
	} {
		v, err := book.Swap(context.Background(), tt.id)
		if err != nil {
			t.Fatalf("%s: %v", tt.id, err)
		}
		if v.Kind != tt.kind || v.State != tt.state || len(v.Solana) != tt.solana || len(v.Arbitrum) != tt.arb {
			t.Fatalf("%s: %+v, want %s %q with %d Solana and %d Arbitrum steps", tt.id, v, tt.kind, tt.state, tt.solana, tt.arb)
		}
	}
	if v, _ := book.Swap(context.Background(), "1"); v.Arbitrum[0].GridWei != "5000000000000000000" {
		t.Fatalf("grid wei %q", v.Arbitrum[0].GridWei)
	}
	if gw.asked[0] != [2]uint64{100, 500} {
		t.Fatalf("scanned %v, want from the gateway's first block to the head", gw.asked[0])
	}
	for _, id := range []string{"9", key(99).Signature.String(), ""} {
		_, err := book.Swap(context.Background(), id)
		var ae *api.Error
		if !errors.As(err, &ae) || (ae.Code != api.CodeNotFound && ae.Code != api.CodeInvalidParameter) {
			t.Fatalf("%q: %v, want a not-found or invalid-parameter API error", id, err)
		}
	}
}

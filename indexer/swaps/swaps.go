// Package swaps is the indexer's view of the Solana gateway's transfers, each on both chains: it joins the
// Solana watcher's finalized mirror (indexer/solwatch/solstore: deposits into the vaults, releases and refunds
// out of them) with the SolanaGateway's events on Arbitrum (oracle/protocol), and says where each transfer
// stands. The indexer API serves it (GET /v1/swaps/{id}); `idlegrid swap status` reads it there.
//
// It owns the swap states' wording and the join; it never writes to either chain or to the mirror, and never
// reports a Solana transaction the watcher has not seen finalized.
package swaps

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// Mirror is the Solana watcher's finalized store (*solstore.DB).
type Mirror interface {
	Deposits(ctx context.Context, state string) ([]solstore.DepositRow, error)
	Outflows(ctx context.Context) ([]solstore.OutflowRow, error)
}

// Gateway is the SolanaGateway on Arbitrum (*protocol.Gateway).
type Gateway interface {
	Address() common.Address
	Head(ctx context.Context) (uint64, error)
	ScanEvents(ctx context.Context, from, to uint64) ([]protocol.GatewayEvent, error)
}

// Book answers swap queries.
type Book struct {
	mirror  Mirror
	gw      Gateway
	chainID uint64
	from    uint64
}

// New builds a book over the mirror and the gateway of chain chainID, whose events start at block from (its
// deployment block).
func New(mirror Mirror, gw Gateway, chainID, from uint64) (*Book, error) {
	if mirror == nil || gw == nil || chainID == 0 {
		return nil, errors.New("swaps: a mirror, a gateway and a chain id are required")
	}
	return &Book{mirror: mirror, gw: gw, chainID: chainID, from: from}, nil
}

func notFound(format string, args ...any) error {
	return &api.Error{Status: http.StatusNotFound, Code: api.CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

func arbitrum(e protocol.GatewayEvent) api.SwapArbitrum {
	a := api.SwapArbitrum{Event: e.Name, Tx: e.TxHash, Block: e.Block, Recipient: e.Recipient, Sender: e.Sender, Reason: e.Reason,
		ReleasableAt: e.ReleasableAt}
	if e.GridAmount != nil && e.GridAmount.Sign() > 0 {
		a.GridWei = e.GridAmount.String()
	}
	return a
}

// Swap is the transfer id names: an outbound id (to Solana), or a deposit's Solana signature, key or 0x id
// (to Arbitrum). An unknown one is an *api.Error with CodeNotFound.
func (b *Book) Swap(ctx context.Context, id string) (api.Swap, error) {
	id = strings.TrimSpace(id)
	if id == "" {
		return api.Swap{}, &api.Error{Status: http.StatusBadRequest, Code: api.CodeInvalidParameter, Parameter: "id",
			Message: "id: give an outbound id, or a deposit's Solana signature, key or 0x id"}
	}
	head, err := b.gw.Head(ctx)
	if err != nil {
		return api.Swap{}, err
	}
	events, err := b.gw.ScanEvents(ctx, b.from, head)
	if err != nil {
		return api.Swap{}, err
	}
	outflows, err := b.mirror.Outflows(ctx)
	if err != nil {
		return api.Swap{}, err
	}
	v := api.Swap{Solana: []api.SwapSolana{}, Arbitrum: []api.SwapArbitrum{}}
	if n, err := strconv.ParseUint(id, 10, 64); err == nil {
		v.Kind, v.ID = api.SwapToSolana, id
		returned := false
		for _, e := range events {
			if e.OutboundID == n && (e.Name == protocol.EventOutboundRequested || e.Name == protocol.EventOutboundReturned) {
				v.Arbitrum = append(v.Arbitrum, arbitrum(e))
				returned = returned || e.Name == protocol.EventOutboundReturned
			}
		}
		if len(v.Arbitrum) == 0 {
			return api.Swap{}, notFound("outbound %d: no such transfer on this gateway", n)
		}
		ref := solgateway.ReleaseReference(b.chainID, b.gw.Address(), n)
		v.State = "requested: waiting for the inspectors"
		for _, o := range outflows {
			if o.Kind == solgateway.Release && o.Reference == ref {
				v.Solana = append(v.Solana, api.SwapSolana{Step: "release", Signature: o.Key.Signature.String(), Slot: o.Slot,
					Symbol: o.Symbol, Amount: o.Amount})
				v.State = "paid on Solana"
			}
		}
		if returned {
			v.State = "returned to the sender on Arbitrum"
		}
		return v, nil
	}
	deposits, err := b.mirror.Deposits(ctx, "")
	if err != nil {
		return api.Swap{}, err
	}
	var row *solstore.DepositRow
	for i, d := range deposits {
		did, _ := d.Key.ID()
		if d.Key.String() == id || d.Key.Signature.String() == id || strings.EqualFold(did.Hex(), id) {
			row = &deposits[i]
			break
		}
	}
	if row == nil {
		return api.Swap{}, notFound("deposit %s: not in the Solana watcher's finalized mirror (not finalized yet, or not a deposit into the vault)", id)
	}
	did, _ := row.Key.ID()
	v.Kind, v.ID = api.SwapToArbitrum, did.Hex()
	memo := row.Recipient
	if row.Malformed != "" {
		memo = "malformed: " + row.Malformed
	}
	v.Solana = append(v.Solana, api.SwapSolana{Step: "deposit", Signature: row.Key.Signature.String(), Slot: row.Slot, Symbol: row.Symbol,
		Amount: row.Amount, Source: row.Source.String(), Memo: memo})
	v.State = "deposited: waiting for the inspectors"
	for _, e := range events {
		if e.DepositID != did {
			continue
		}
		v.Arbitrum = append(v.Arbitrum, arbitrum(e))
		switch e.Name {
		case protocol.EventDepositReleased, protocol.EventQueuedReleaseCompleted:
			v.State = "released on Arbitrum"
		case protocol.EventDepositQueued:
			v.State = fmt.Sprintf("queued on Arbitrum until %d (unix)", e.ReleasableAt)
		case protocol.EventDepositRefundRecorded:
			v.State = "refund recorded on Arbitrum: waiting for the Solana refund"
		}
	}
	for _, o := range outflows {
		if o.Kind == solgateway.Refund && o.Refunds == row.Key.String() {
			v.Solana = append(v.Solana, api.SwapSolana{Step: "refund", Signature: o.Key.Signature.String(), Slot: o.Slot, Symbol: o.Symbol,
				Amount: o.Amount})
			v.State = "refunded on Solana"
		}
	}
	return v, nil
}

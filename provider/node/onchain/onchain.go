// Package onchain is the provider node's chain adapter: it implements the node's narrow interfaces (Escrow,
// Machines, Inspectors, QuoteSigner and the lease event Decoder) over oracle/protocol, so every transaction
// goes through the shared submitter and every revert comes back decoded by name.
//
// It holds no state and decides nothing: the node decides, this package only translates. It never imports
// bindings or an RPC client itself (oracle/protocol does).
package onchain

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/node"
)

// Chain is the provider's account on one deployment.
type Chain struct {
	conn   *protocol.Conn
	signer oracle.DigestSigner
}

var (
	_ node.Escrow      = (*Chain)(nil)
	_ node.Machines    = (*Chain)(nil)
	_ node.Inspectors  = (*Chain)(nil)
	_ node.QuoteSigner = (*Chain)(nil)
)

// New adapts conn, which sends as the provider, and signer, the provider's key (quotes).
func New(conn *protocol.Conn, signer oracle.DigestSigner) (*Chain, error) {
	acct, err := conn.Account()
	if err != nil {
		return nil, err
	}
	if acct != signer.Address() {
		return nil, fmt.Errorf("onchain: the connection sends as %s, the signer is %s", acct, signer.Address())
	}
	return &Chain{conn: conn, signer: signer}, nil
}

func sent(t protocol.Tx) node.SentTx {
	return node.SentTx{Hash: t.Hash, GasUsed: t.GasUsed}
}

// Decode is the node's Decoder over protocol.DecodeLeaseEvent.
func Decode(l types.Log) (node.LeaseEvent, bool, error) {
	e, err := protocol.DecodeLeaseEvent(l)
	if errors.Is(err, protocol.ErrNotLeaseEvent) {
		return node.LeaseEvent{}, false, nil
	}
	if err != nil {
		return node.LeaseEvent{}, false, err
	}
	out := node.LeaseEvent{Lease: e.Lease, Renter: e.Renter, Provider: e.Provider, Machine: e.Machine, GPUs: e.GPUs, GPUMask: e.GPUMask,
		Pay: e.Pay, Rate: e.Rate, EndsAt: e.EndsAt, Reason: e.Reason, At: e.At, Amount: e.Amount, Job: e.Job}
	switch e.Kind {
	case protocol.EventOpened:
		out.Kind = node.EventOpened
	case protocol.EventExtended:
		out.Kind = node.EventExtended
	case protocol.EventSettled:
		out.Kind = node.EventSettled
	case protocol.EventClosed:
		out.Kind = node.EventClosed
	case protocol.EventBreached:
		out.Kind = node.EventBreached
	case protocol.EventJobSet:
		out.Kind = node.EventJobSet
	default:
		return node.LeaseEvent{}, false, fmt.Errorf("onchain: lease event kind %q", e.Kind)
	}
	return out, true, nil
}

// EndLease implements node.Escrow.
func (c *Chain) EndLease(ctx context.Context, id uint64) (node.SentTx, error) {
	cl, err := protocol.NewLeases(c.conn).End(ctx, new(big.Int).SetUint64(id))
	if chain.IsRevert(err, "LeaseNotOpen") || chain.IsRevert(err, "LeaseEnded") {
		return node.SentTx{}, fmt.Errorf("%w: %v", node.ErrLeaseNotOpen, err)
	}
	if err != nil {
		return node.SentTx{}, err
	}
	return sent(cl.Tx), nil
}

// SettleMany implements node.Escrow.
func (c *Chain) SettleMany(ctx context.Context, ids []uint64) (node.SentTx, error) {
	nums := make([]*big.Int, len(ids))
	for i, id := range ids {
		nums[i] = new(big.Int).SetUint64(id)
	}
	tx, _, err := protocol.NewLeases(c.conn).SettleMany(ctx, nums)
	if err != nil {
		return node.SentTx{}, err
	}
	return sent(tx), nil
}

// Withdrawable implements node.Escrow: what the escrow would pay out now, the leases past their dispute window
// included (Withdraw settles those first); pay still held in a dispute window is not.
func (c *Chain) Withdrawable(ctx context.Context, pay oracle.PayToken) (*big.Int, error) {
	e, err := protocol.NewLeases(c.conn).Earnings(ctx, c.signer.Address(), pay)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Add(e.Withdrawable, e.Due), nil
}

// Withdraw implements node.Escrow: the provider's own leases past their dispute window are settled first, then
// the whole balance is withdrawn.
func (c *Chain) Withdraw(ctx context.Context, pay oracle.PayToken) (node.SentTx, *big.Int, error) {
	w, err := protocol.NewLeases(c.conn).Withdraw(ctx, pay)
	if err != nil {
		return node.SentTx{}, nil, err
	}
	return sent(w.Tx), w.Amount, nil
}

// settleGas models a settleMany: a settle's ~60k plus ~30k per further lease (the escrow's gas table), with
// room to spare.
func settleGas(n int) int64 { return 60_000 + 30_000*int64(max(n-1, 0)) }

// SettleCost implements node.Escrow: the modelled gas at twice the current base fee.
func (c *Chain) SettleCost(ctx context.Context, n int) (*big.Int, error) {
	fee, err := c.conn.BaseFee(ctx)
	if err != nil {
		return nil, err
	}
	return new(big.Int).Mul(big.NewInt(settleGas(n)), new(big.Int).Mul(fee, big.NewInt(2))), nil
}

// ActiveInspector implements node.Inspectors.
func (c *Chain) ActiveInspector(ctx context.Context, a common.Address) (bool, error) {
	info, err := protocol.NewStaking(c.conn).Info(ctx, a, oracle.RoleInspector)
	if err != nil {
		return false, err
	}
	return info.ActiveInspector, nil
}

// Machine implements node.Machines.
func (c *Chain) Machine(ctx context.Context, id common.Hash) (node.Listing, error) {
	m, err := protocol.NewMachines(c.conn).Get(ctx, id)
	if errors.Is(err, protocol.ErrMachineNotFound) {
		return node.Listing{}, fmt.Errorf("%w: %v", node.ErrMachineNotListed, err)
	}
	if err != nil {
		return node.Listing{}, err
	}
	return node.Listing{ID: m.ID, Provider: m.Provider, Class: m.Class, GPUs: m.GPUs, Reserved: m.ReservedGPUs, Listed: m.Listed, Metadata: m.Metadata,
		Endpoint: m.Endpoint}, nil
}

// List implements node.Machines.
func (c *Chain) List(ctx context.Context, l node.Listing) (node.SentTx, error) {
	tx, _, err := protocol.NewMachines(c.conn).List(ctx, protocol.Listing{ID: l.ID, Class: l.Class, GPUs: l.GPUs, Metadata: l.Metadata, Endpoint: l.Endpoint})
	if err != nil {
		return node.SentTx{}, err
	}
	return sent(tx), nil
}

// UpdateMetadata implements node.Machines.
func (c *Chain) UpdateMetadata(ctx context.Context, id common.Hash, metadata, endpoint string) (node.SentTx, error) {
	tx, err := protocol.NewMachines(c.conn).Update(ctx, id, metadata, endpoint)
	if err != nil {
		return node.SentTx{}, err
	}
	return sent(tx), nil
}

// FreeStake implements node.Machines.
func (c *Chain) FreeStake(ctx context.Context) (*big.Int, error) {
	info, err := protocol.NewStaking(c.conn).Info(ctx, c.signer.Address(), oracle.RoleProvider)
	if err != nil {
		return nil, err
	}
	return info.Free, nil
}

// StakePerGPU implements node.Machines.
func (c *Chain) StakePerGPU(ctx context.Context, class string) (*big.Int, error) {
	return protocol.NewStaking(c.conn).MinStakePerGPU(ctx, class)
}

// SignQuote implements node.QuoteSigner.
func (c *Chain) SignQuote(ctx context.Context, t node.QuoteTerms) (oracle.SignedQuote, error) {
	return protocol.NewQuotes(c.conn).Sign(ctx, c.signer, protocol.QuoteTerms{MachineID: t.Machine, GPUs: t.GPUs,
		USDPerSecondWad: t.USDPerSecondWad, MinDuration: t.MinDuration, MaxDuration: t.MaxDuration, ValidFor: t.ValidFor})
}

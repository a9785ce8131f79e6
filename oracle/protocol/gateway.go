package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings/solanagateway"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
)

// Gateway is the Arbitrum side of the Solana gateway (SolanaGateway): attested releases and refund records of
// Solana deposits, the crank of queued releases, transfers to Solana and their returns, and its events.
type Gateway struct{ c *Conn }

// NewGateway gives gateway operations over c.
func NewGateway(c *Conn) *Gateway { return &Gateway{c: c} }

// Address is the gateway contract: the target of kind 7 and 8 attestations.
func (g *Gateway) Address() common.Address { return g.c.d.Contracts.SolanaGateway }

// SolanaDepositKey is a Solana deposit's replay key as the gateway takes it: the cluster's genesis hash, the
// transaction's first signature and the transfer's top-level instruction index.
type SolanaDepositKey struct {
	Cluster   [32]byte
	Signature [64]byte
	Index     uint16
}

// ID is the key's deposit id (oracle.SolanaDepositID).
func (k SolanaDepositKey) ID() (common.Hash, error) {
	return oracle.SolanaDepositID(k.Cluster, k.Signature, k.Index)
}

func (k SolanaDepositKey) binding() solanagateway.ISolanaGatewayDepositKey {
	return solanagateway.ISolanaGatewayDepositKey{Cluster: k.Cluster, SignatureHi: [32]byte(k.Signature[:32]),
		SignatureLo: [32]byte(k.Signature[32:]), Index: k.Index}
}

func (g *Gateway) check() error {
	if g.Address() == (common.Address{}) {
		return errors.New("the deployment has no SolanaGateway")
	}
	return nil
}

// Decided reports whether a release or a refund of deposit id was recorded.
func (g *Gateway) Decided(ctx context.Context, id common.Hash) (bool, error) {
	sg := solanagateway.NewSolanaGateway()
	v, err := call(ctx, g.c, g.Address(), sg.PackDepositDecided(id), sg.UnpackDepositDecided)
	if err != nil {
		return false, fmt.Errorf("deposit %s decided: %w", id, err)
	}
	return v, nil
}

// Release is a recorded release: paid now, or queued until ReleasableAt.
type Release struct {
	Tx           Tx
	GridAmount   *big.Int
	ReleasableAt uint64
	Queued       bool
}

func (g *Gateway) releaseData(key SolanaDepositKey, p oracle.SolanaDepositRelease, signatures []byte) ([]byte, error) {
	if err := g.check(); err != nil {
		return nil, err
	}
	if err := p.Validate(); err != nil {
		return nil, err
	}
	id, err := key.ID()
	if err != nil {
		return nil, err
	}
	if id != p.DepositID {
		return nil, fmt.Errorf("release: depositId %s is not the key's id %s", p.DepositID, id)
	}
	sg := solanagateway.NewSolanaGateway()
	return sg.PackReleaseDeposit(key.binding(), uint8(p.Mint), p.Amount, p.Recipient, signatures), nil
}

// CheckRelease runs releaseDeposit as a call from the sending account: the exact pre-check of a release (a
// revert leaves the attestation unconsumed, so the inspectors can attest a refund instead).
func (g *Gateway) CheckRelease(ctx context.Context, key SolanaDepositKey, p oracle.SolanaDepositRelease, signatures []byte) error {
	data, err := g.releaseData(key, p, signatures)
	if err != nil {
		return err
	}
	from, _ := g.c.Account()
	to := g.Address()
	_, err = chain.Call(ctx, g.c.chain, g.c.errs, ethereum.CallMsg{From: from, To: &to, Data: data}, nil)
	return err
}

// ReleaseDeposit submits an attested release (kind 7).
func (g *Gateway) ReleaseDeposit(ctx context.Context, key SolanaDepositKey, p oracle.SolanaDepositRelease, signatures []byte) (Release, error) {
	data, err := g.releaseData(key, p, signatures)
	if err != nil {
		return Release{}, err
	}
	tx, r, err := g.c.send(ctx, "release Solana deposit", g.Address(), data)
	if err != nil {
		return Release{}, err
	}
	sg := solanagateway.NewSolanaGateway()
	if ev, ok := event(r, g.Address(), sg.UnpackDepositReleasedEvent); ok {
		return Release{Tx: tx, GridAmount: ev.GridAmount, ReleasableAt: 0}, nil
	}
	if ev, ok := event(r, g.Address(), sg.UnpackDepositQueuedEvent); ok {
		return Release{Tx: tx, GridAmount: ev.GridAmount, ReleasableAt: ev.ReleasableAt, Queued: true}, nil
	}
	return Release{}, fmt.Errorf("release Solana deposit %s: no DepositReleased or DepositQueued event in %s", p.DepositID, tx.Hash)
}

// RecordRefund submits an attested refund decision (kind 7). It moves nothing on Arbitrum: the refund is paid
// on Solana once this record is final.
func (g *Gateway) RecordRefund(ctx context.Context, key SolanaDepositKey, p oracle.SolanaDepositRefund, signatures []byte) (Tx, error) {
	if err := g.check(); err != nil {
		return Tx{}, err
	}
	if err := p.Validate(); err != nil {
		return Tx{}, err
	}
	sg := solanagateway.NewSolanaGateway()
	tx, _, err := g.c.send(ctx, "record Solana refund", g.Address(),
		sg.PackRecordRefund(key.binding(), uint8(p.Mint), p.Amount, p.RefundAccount, uint8(p.Reason), signatures))
	return tx, err
}

// CompleteRelease pays a queued release once it is due (anyone may call it).
func (g *Gateway) CompleteRelease(ctx context.Context, id common.Hash) (Tx, error) {
	sg := solanagateway.NewSolanaGateway()
	tx, _, err := g.c.send(ctx, "complete queued release", g.Address(), sg.PackCompleteRelease(id))
	return tx, err
}

// ReturnOutbound submits an attested return (kind 8): the outbound's GRID goes back to its sender.
func (g *Gateway) ReturnOutbound(ctx context.Context, p oracle.SolanaOutboundReturn, signatures []byte) (Tx, error) {
	if err := g.check(); err != nil {
		return Tx{}, err
	}
	sg := solanagateway.NewSolanaGateway()
	tx, _, err := g.c.send(ctx, "return outbound transfer", g.Address(), sg.PackReturnOutbound(p.OutboundID, uint8(p.Reason), signatures))
	return tx, err
}

// BridgeRequest is a transfer of GRID to Solana.
type BridgeRequest struct {
	Mint oracle.SolanaMint
	// GridAmount in GRID wei: a whole number of Solana GRID units (10^9 wei).
	GridAmount *big.Int
	// Recipient is the Solana wallet (32-byte public key); the inspectors pay its associated token account.
	Recipient [32]byte
	// MinSolanaAmount bounds the USDC a swap may pay (slippage); 0 for GRID is fine.
	MinSolanaAmount uint64
}

// Bridged is a transfer to Solana, as requested.
type Bridged struct {
	Txs          []Tx
	ID           uint64
	SolanaAmount uint64
	Fee          *big.Int
}

// BridgeToSolana approves the gateway for the GRID (when needed) and requests the transfer.
func (g *Gateway) BridgeToSolana(ctx context.Context, r BridgeRequest) (Bridged, error) {
	switch {
	case g.check() != nil:
		return Bridged{}, g.check()
	case !r.Mint.Valid():
		return Bridged{}, fmt.Errorf("bridge to Solana: mint: %w: unknown mint %d", oracle.ErrInvalidValue, r.Mint)
	case r.GridAmount == nil || r.GridAmount.Sign() <= 0:
		return Bridged{}, fmt.Errorf("bridge to Solana: amount: %w: must be positive", oracle.ErrInvalidValue)
	case r.Recipient == [32]byte{}:
		return Bridged{}, fmt.Errorf("bridge to Solana: recipient: %w: zero", oracle.ErrInvalidValue)
	}
	txs, err := g.c.ensureAllowance(ctx, g.c.d.Contracts.GridToken, g.Address(), "SolanaGateway", r.GridAmount)
	if err != nil {
		return Bridged{}, err
	}
	sg := solanagateway.NewSolanaGateway()
	tx, rc, err := g.c.send(ctx, "bridge to Solana", g.Address(), sg.PackBridgeToSolana(uint8(r.Mint), r.GridAmount, r.Recipient, r.MinSolanaAmount))
	if err != nil {
		return Bridged{Txs: txs}, err
	}
	ev, ok := event(rc, g.Address(), sg.UnpackOutboundRequestedEvent)
	if !ok {
		return Bridged{Txs: append(txs, tx)}, fmt.Errorf("bridge to Solana: no OutboundRequested event in %s", tx.Hash)
	}
	return Bridged{Txs: append(txs, tx), ID: ev.Id, SolanaAmount: ev.SolanaAmount, Fee: ev.Fee}, nil
}

// Outbound statuses (ISolanaGateway.OutboundStatus).
const (
	OutboundNone     uint8 = 0
	OutboundOpen     uint8 = 1
	OutboundReturned uint8 = 2
)

// Outbound is a transfer to Solana as the gateway stores it.
type Outbound struct {
	Sender       common.Address
	GridAmount   *big.Int
	SolanaAmount uint64
	Mint         oracle.SolanaMint
	Status       uint8
}

// Outbound reads transfer id (Status OutboundNone when there is none).
func (g *Gateway) Outbound(ctx context.Context, id uint64) (Outbound, error) {
	sg := solanagateway.NewSolanaGateway()
	o, err := call(ctx, g.c, g.Address(), sg.PackOutbound(id), sg.UnpackOutbound)
	if err != nil {
		return Outbound{}, fmt.Errorf("outbound %d: %w", id, err)
	}
	return Outbound{Sender: o.Sender, GridAmount: o.GridAmount, SolanaAmount: o.SolanaAmount, Mint: oracle.SolanaMint(o.Mint), Status: o.Status}, nil
}

// QueuedRelease is a release waiting for its time (all zero when none or already paid).
type QueuedRelease struct {
	Recipient    common.Address
	Amount       *big.Int
	ReleasableAt uint64
}

// Pending reports whether a release is still queued.
func (q QueuedRelease) Pending() bool { return q.ReleasableAt != 0 }

// QueuedRelease reads deposit id's queued release.
func (g *Gateway) QueuedRelease(ctx context.Context, id common.Hash) (QueuedRelease, error) {
	sg := solanagateway.NewSolanaGateway()
	q, err := call(ctx, g.c, g.Address(), sg.PackQueuedRelease(id), sg.UnpackQueuedRelease)
	if err != nil {
		return QueuedRelease{}, fmt.Errorf("queued release %s: %w", id, err)
	}
	return QueuedRelease{Recipient: q.Recipient, Amount: q.Amount, ReleasableAt: q.ReleasableAt}, nil
}

// GatewayBalances are the gateway's GRID accounts.
type GatewayBalances struct {
	// Locked is GRID backing Solana GRID outside the vault (and outbound GRID not yet released on Solana).
	Locked  *big.Int
	Reserve *big.Int
	Pending *big.Int
	// USDCLiquidity is the raw USDC in the Solana vault that belongs to the swap pool: with no transfer in
	// flight, the USDC vault's balance.
	USDCLiquidity *big.Int
}

// Balances reads the locked, reserve, pending and USDC liquidity totals.
func (g *Gateway) Balances(ctx context.Context) (GatewayBalances, error) {
	sg := solanagateway.NewSolanaGateway()
	var b GatewayBalances
	var err error
	if b.Locked, err = call(ctx, g.c, g.Address(), sg.PackLocked(), sg.UnpackLocked); err != nil {
		return b, fmt.Errorf("gateway locked: %w", err)
	}
	if b.Reserve, err = call(ctx, g.c, g.Address(), sg.PackReserve(), sg.UnpackReserve); err != nil {
		return b, fmt.Errorf("gateway reserve: %w", err)
	}
	if b.Pending, err = call(ctx, g.c, g.Address(), sg.PackPendingTotal(), sg.UnpackPendingTotal); err != nil {
		return b, fmt.Errorf("gateway pending: %w", err)
	}
	if b.USDCLiquidity, err = call(ctx, g.c, g.Address(), sg.PackUsdcLiquidity(), sg.UnpackUsdcLiquidity); err != nil {
		return b, fmt.Errorf("gateway usdc liquidity: %w", err)
	}
	return b, nil
}

// QuoteOutbound is what a transfer of gridAmount to Solana would pay there now.
func (g *Gateway) QuoteOutbound(ctx context.Context, mint oracle.SolanaMint, gridAmount *big.Int) (uint64, error) {
	sg := solanagateway.NewSolanaGateway()
	q, err := call(ctx, g.c, g.Address(), sg.PackQuoteOutbound(uint8(mint), gridAmount), sg.UnpackQuoteOutbound)
	if err != nil {
		return 0, fmt.Errorf("quote outbound: %w", err)
	}
	return q.SolanaAmount, nil
}

// Gateway event names.
const (
	EventDepositReleased        = "DepositReleased"
	EventDepositQueued          = "DepositQueued"
	EventQueuedReleaseCompleted = "QueuedReleaseCompleted"
	EventDepositRefundRecorded  = "DepositRefundRecorded"
	EventOutboundRequested      = "OutboundRequested"
	EventOutboundReturned       = "OutboundReturned"
)

// GatewayEvent is one of the gateway's swap events; the fields its kind does not carry are zero.
type GatewayEvent struct {
	Name   string
	Block  uint64
	TxHash common.Hash
	// DepositID for inbound events, OutboundID for outbound ones.
	DepositID  common.Hash
	OutboundID uint64
	// Recipient (inbound) or Sender (outbound) on Arbitrum.
	Recipient    common.Address
	Sender       common.Address
	Mint         oracle.SolanaMint
	SolanaAmount uint64
	GridAmount   *big.Int
	Fee          *big.Int
	ReleasableAt uint64
	// RefundAccount (refunds) and SolanaRecipient (outbound) are Solana public keys.
	RefundAccount   [32]byte
	SolanaRecipient [32]byte
	Reason          uint8
}

// Head is the latest block number.
func (g *Gateway) Head(ctx context.Context) (uint64, error) {
	h, err := g.c.chain.HeaderByNumber(ctx, nil)
	if err != nil {
		return 0, fmt.Errorf("latest block: %w", err)
	}
	return h.Number.Uint64(), nil
}

// Events lists the gateway's swap events in blocks from..to (inclusive), in chain order.
func (g *Gateway) Events(ctx context.Context, from, to uint64) ([]GatewayEvent, error) {
	if err := g.check(); err != nil {
		return nil, err
	}
	logs, err := g.c.chain.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{g.Address()},
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)})
	if err != nil {
		return nil, fmt.Errorf("gateway events %d..%d: %w", from, to, err)
	}
	out := make([]GatewayEvent, 0, len(logs))
	for i := range logs {
		if ev, ok := decodeGatewayEvent(&logs[i]); ok {
			out = append(out, ev)
		}
	}
	return out, nil
}

// MaxEventRange is the most blocks one gateway log query spans: RPC providers cap eth_getLogs ranges, and a
// scan over a gateway's whole life must not depend on a provider's generosity.
const MaxEventRange = 2000

// ScanEvents lists the gateway's events in blocks from..to (inclusive), in chain order, one query per
// MaxEventRange blocks.
func (g *Gateway) ScanEvents(ctx context.Context, from, to uint64) ([]GatewayEvent, error) {
	return scanRanges(ctx, from, to, MaxEventRange, g.Events)
}

// scanRanges calls get over from..to in consecutive ranges of at most span blocks and concatenates the results.
func scanRanges[T any](ctx context.Context, from, to, span uint64, get func(ctx context.Context, from, to uint64) ([]T, error)) ([]T, error) {
	if span == 0 {
		return nil, errors.New("scan: span must be positive")
	}
	var out []T
	for lo := from; lo <= to; {
		hi := to
		if to-lo >= span {
			hi = lo + span - 1
		}
		page, err := get(ctx, lo, hi)
		if err != nil {
			return nil, err
		}
		out = append(out, page...)
		if hi == to {
			break
		}
		lo = hi + 1
	}
	return out, nil
}

func decodeGatewayEvent(l *types.Log) (GatewayEvent, bool) {
	sg := solanagateway.NewSolanaGateway()
	e := GatewayEvent{Block: l.BlockNumber, TxHash: l.TxHash}
	if l.Removed || len(l.Topics) == 0 {
		return e, false
	}
	switch {
	case matches(sg.UnpackDepositReleasedEvent, l, func(v *solanagateway.SolanaGatewayDepositReleased) {
		e.Name, e.DepositID, e.Recipient, e.Mint, e.SolanaAmount, e.GridAmount, e.Fee = EventDepositReleased, v.DepositId, v.Recipient, oracle.SolanaMint(v.Mint), v.SolanaAmount, v.GridAmount, v.Fee
	}):
	case matches(sg.UnpackDepositQueuedEvent, l, func(v *solanagateway.SolanaGatewayDepositQueued) {
		e.Name, e.DepositID, e.Recipient, e.Mint, e.SolanaAmount, e.GridAmount, e.Fee, e.ReleasableAt = EventDepositQueued, v.DepositId, v.Recipient, oracle.SolanaMint(v.Mint), v.SolanaAmount, v.GridAmount, v.Fee, v.ReleasableAt
	}):
	case matches(sg.UnpackQueuedReleaseCompletedEvent, l, func(v *solanagateway.SolanaGatewayQueuedReleaseCompleted) {
		e.Name, e.DepositID, e.Recipient, e.GridAmount = EventQueuedReleaseCompleted, v.DepositId, v.Recipient, v.GridAmount
	}):
	case matches(sg.UnpackDepositRefundRecordedEvent, l, func(v *solanagateway.SolanaGatewayDepositRefundRecorded) {
		e.Name, e.DepositID, e.Mint, e.SolanaAmount, e.RefundAccount, e.Reason = EventDepositRefundRecorded, v.DepositId, oracle.SolanaMint(v.Mint), v.SolanaAmount, v.RefundAccount, v.Reason
	}):
	case matches(sg.UnpackOutboundRequestedEvent, l, func(v *solanagateway.SolanaGatewayOutboundRequested) {
		e.Name, e.OutboundID, e.Sender, e.Mint, e.SolanaRecipient, e.GridAmount, e.SolanaAmount, e.Fee = EventOutboundRequested, v.Id, v.Sender, oracle.SolanaMint(v.Mint), v.SolanaRecipient, v.GridAmount, v.SolanaAmount, v.Fee
	}):
	case matches(sg.UnpackOutboundReturnedEvent, l, func(v *solanagateway.SolanaGatewayOutboundReturned) {
		e.Name, e.OutboundID, e.Sender, e.GridAmount, e.Reason = EventOutboundReturned, v.Id, v.Sender, v.GridAmount, v.Reason
	}):
	default:
		return e, false
	}
	return e, true
}

func matches[T any](unpack func(*types.Log) (*T, error), l *types.Log, set func(*T)) bool {
	v, err := unpack(l)
	if err != nil {
		return false
	}
	set(v)
	return true
}

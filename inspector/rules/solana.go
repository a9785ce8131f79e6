package rules

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
)

// SolanaView is this node's own view of the Solana gateway on both chains: its own Solana RPC and finalized
// mirror, its own Arbitrum connection at its confirmation depth (inspector/bridge implements it). The Solana
// rules endorse only what this view shows, never what a peer says.
type SolanaView interface {
	// Gateway is the SolanaGateway contract: the attestations' target.
	Gateway() common.Address
	// DepositVerdict is this node's decision on deposit id from its own view: a oracle.SolanaDepositRelease or a
	// oracle.SolanaDepositRefund; ok false when it has not seen the deposit finalized or cannot decide yet.
	DepositVerdict(ctx context.Context, id common.Hash) (p oracle.Payload, ok bool, err error)
	// ReturnVerdict is why this node's view says outbound transfer id cannot be paid on Solana; ok false
	// when it does not see that (or has not seen the request at its confirmation depth).
	ReturnVerdict(ctx context.Context, id uint64) (reason oracle.ReturnReason, ok bool, err error)
	// BindReturn checks ReturnVerdict again and durably binds this node to the return, atomically with its
	// co-signing: once it returns nil, the node co-signs no release of the transfer. An error refuses.
	BindReturn(ctx context.Context, id uint64, reason oracle.ReturnReason) error
}

// Value tags of KindSolanaDeposit.
const (
	solanaRelease byte = 1
	solanaRefund  byte = 2
)

// EncodeSolanaDeposit is the agreement value of a deposit decision: 0x01 ‖ mint ‖ amount ‖ recipient for a
// release, 0x02 ‖ mint ‖ amount ‖ refund account ‖ reason for a refund (the deposit id is the subject).
func EncodeSolanaDeposit(p oracle.Payload) ([]byte, error) {
	switch v := p.(type) {
	case oracle.SolanaDepositRelease:
		out := []byte{solanaRelease, byte(v.Mint)}
		out = binary.BigEndian.AppendUint64(out, v.Amount)
		return append(out, v.Recipient[:]...), nil
	case oracle.SolanaDepositRefund:
		out := []byte{solanaRefund, byte(v.Mint)}
		out = binary.BigEndian.AppendUint64(out, v.Amount)
		out = append(out, v.RefundAccount[:]...)
		return append(out, byte(v.Reason)), nil
	}
	return nil, fmt.Errorf("%w: %T is not a Solana deposit decision", agree.ErrInvalidValue, p)
}

// DecodeSolanaDeposit reads a deposit decision's value back into its payload for deposit id.
func DecodeSolanaDeposit(id common.Hash, b []byte) (oracle.Payload, error) {
	var p oracle.Payload
	switch {
	case len(b) == 30 && b[0] == solanaRelease:
		p = oracle.SolanaDepositRelease{DepositID: id, Mint: oracle.SolanaMint(b[1]), Amount: binary.BigEndian.Uint64(b[2:10]),
			Recipient: common.BytesToAddress(b[10:30])}
	case len(b) == 43 && b[0] == solanaRefund:
		p = oracle.SolanaDepositRefund{DepositID: id, Mint: oracle.SolanaMint(b[1]), Amount: binary.BigEndian.Uint64(b[2:10]),
			RefundAccount: [32]byte(b[10:42]), Reason: oracle.RefundReason(b[42])}
	default:
		return nil, fmt.Errorf("%w: solana deposit value: %d bytes, tag %x", agree.ErrInvalidValue, len(b), b[:min(len(b), 1)])
	}
	if err := p.(interface{ Validate() error }).Validate(); err != nil {
		return nil, fmt.Errorf("%w: %w", agree.ErrInvalidValue, err)
	}
	return p, nil
}

// OutboundSubject is the subject of the question about outbound transfer id (also its attestation id).
func OutboundSubject(id uint64) common.Hash { return oracle.SolanaOutboundID(id) }

func outboundOf(d agree.Decision) (uint64, error) {
	if d.Subject != oracle.SolanaOutboundID(binary.BigEndian.Uint64(d.Subject[24:])) {
		return 0, fmt.Errorf("%w: subject %s is not an outbound transfer id", agree.ErrInvalidValue, d.Subject)
	}
	return binary.BigEndian.Uint64(d.Subject[24:]), nil
}

// SolanaDeposit is the rule of KindSolanaDeposit: the one decision (release or refund) on a finalized
// Solana deposit, keyed on chain by the deposit id (the subject). A node observes its own verdict and endorses
// a value only when its own verdict is exactly that value.
type SolanaDeposit struct{ view SolanaView }

// NewSolanaDeposit builds the rule over this node's view.
func NewSolanaDeposit(view SolanaView) (*SolanaDeposit, error) {
	if view == nil {
		return nil, errors.New("rules: solana deposit: a view is required")
	}
	return &SolanaDeposit{view: view}, nil
}

// Kind is KindSolanaDeposit.
func (*SolanaDeposit) Kind() oracle.Kind { return oracle.KindSolanaDeposit }

// Decision is the question about deposit id.
func (*SolanaDeposit) Decision(id common.Hash) agree.Decision {
	return agree.Decision{Kind: oracle.KindSolanaDeposit, Subject: id}
}

// AttestationID is the deposit id: the gateway consumes one decision per deposit, whatever the window.
func (*SolanaDeposit) AttestationID(d agree.Decision) common.Hash { return d.Subject }

// Observe is this node's verdict on the deposit.
func (r *SolanaDeposit) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	p, ok, err := r.view.DepositVerdict(ctx, d.Subject)
	if err != nil || !ok {
		return nil, false, err
	}
	v, err := EncodeSolanaDeposit(p)
	return v, err == nil, err
}

// Combine is the verdict most nodes hold, if k hold it.
func (*SolanaDeposit) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return plurality(obs, k)
}

// Endorse holds when this node's own verdict is value.
func (r *SolanaDeposit) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	want, err := DecodeSolanaDeposit(d.Subject, value)
	if err != nil {
		return err
	}
	mine, ok, err := r.view.DepositVerdict(ctx, d.Subject)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: deposit %s is not finalized in this node's view, or not decidable yet", observe.ErrNotObserved, d.Subject)
	}
	if mine != want {
		return fmt.Errorf("%w: deposit %s: this node's verdict is %+v, not %+v", observe.ErrNotObserved, d.Subject, mine, want)
	}
	return nil
}

// Attestation is the release or refund on the gateway.
func (r *SolanaDeposit) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	p, err := DecodeSolanaDeposit(d.Subject, value)
	return r.view.Gateway(), p, err
}

// Retry: a node bound to a release the gateway then refused (the cap filled, the reserve moved) may sign the
// refund in a later window; the gateway still consumes one decision per deposit.
func (*SolanaDeposit) Retry() bool { return true }

// SolanaReturn is the rule of KindSolanaOutboundReturn: an Arbitrum-to-Solana transfer the inspectors will
// not pay on Solana. Value: 0x01 ‖ reason. A node endorses only a reason its own view shows, and binds itself
// (BindReturn) before it signs, so that it never co-signs a release of a transfer it agreed to return.
type SolanaReturn struct{ view SolanaView }

// NewSolanaReturn builds the rule over this node's view.
func NewSolanaReturn(view SolanaView) (*SolanaReturn, error) {
	if view == nil {
		return nil, errors.New("rules: solana return: a view is required")
	}
	return &SolanaReturn{view: view}, nil
}

// Kind is KindSolanaOutboundReturn.
func (*SolanaReturn) Kind() oracle.Kind { return oracle.KindSolanaOutboundReturn }

// Decision is the question about outbound transfer id.
func (*SolanaReturn) Decision(id uint64) agree.Decision {
	return agree.Decision{Kind: oracle.KindSolanaOutboundReturn, Subject: OutboundSubject(id)}
}

// AttestationID is the gateway's id of the transfer.
func (*SolanaReturn) AttestationID(d agree.Decision) common.Hash { return d.Subject }

// EncodeSolanaReturn is the value of a return for reason.
func EncodeSolanaReturn(reason oracle.ReturnReason) []byte { return []byte{1, byte(reason)} }

func decodeReturn(d agree.Decision, b []byte) (oracle.SolanaOutboundReturn, error) {
	id, err := outboundOf(d)
	if err != nil {
		return oracle.SolanaOutboundReturn{}, err
	}
	if len(b) != 2 || b[0] != 1 {
		return oracle.SolanaOutboundReturn{}, fmt.Errorf("%w: solana return value: %d bytes", agree.ErrInvalidValue, len(b))
	}
	p := oracle.SolanaOutboundReturn{OutboundID: id, Reason: oracle.ReturnReason(b[1])}
	if err := p.Validate(); err != nil {
		return p, fmt.Errorf("%w: %w", agree.ErrInvalidValue, err)
	}
	return p, nil
}

// Observe is the return this node's view calls for.
func (r *SolanaReturn) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	id, err := outboundOf(d)
	if err != nil {
		return nil, false, err
	}
	reason, ok, err := r.view.ReturnVerdict(ctx, id)
	if err != nil || !ok {
		return nil, false, err
	}
	return EncodeSolanaReturn(reason), true, nil
}

// Combine is the reason most nodes hold, if k hold it.
func (*SolanaReturn) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return plurality(obs, k)
}

// Endorse binds this node to the return when its own view shows the reason.
func (r *SolanaReturn) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	p, err := decodeReturn(d, value)
	if err != nil {
		return err
	}
	if err := r.view.BindReturn(ctx, p.OutboundID, p.Reason); err != nil {
		return fmt.Errorf("%w: outbound %d: %w", observe.ErrNotObserved, p.OutboundID, err)
	}
	return nil
}

// Attestation is the return on the gateway.
func (r *SolanaReturn) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	p, err := decodeReturn(d, value)
	return r.view.Gateway(), p, err
}

// Retry: a transfer a node refused to return while a release could still land may be asked again later.
func (*SolanaReturn) Retry() bool { return true }

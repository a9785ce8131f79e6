package bridge

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	bin "github.com/gagliardetto/binary"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// This file is the bridge's part in agreement between separate inspector nodes (each running its own bridge
// beside its own agree.Node): its own view of both chains for the Solana rules (rules.SolanaView), the
// attester that runs an agreement round, who leads each item, and the co-signing of Solana multisig
// transactions through the agreement transport.

// Peering is the bridge's link to the other inspectors through this node's agreement node (agree.Node): it
// attests (Attester) by an agreement round, in which every signer endorses the decision only if its own view
// (its own Solana mirror and RPC, its own Arbitrum reading at its confirmation depth) shows the same; it asks
// the other multisig signers' nodes to co-sign (CoSigners) over the same authenticated, rate-limited
// transport; and it says when this node leads an item (Turns). Node is set once the agreement node is built
// (which needs the bridge as its rules' view): nothing is asked of Peering before the bridge starts.
type Peering struct {
	Node *agree.Node
	// Peers maps each multisig signer's Solana key to the inspector address of its node.
	Peers map[solana.PublicKey]common.Address
}

var errNoNode = errors.New("bridge: peering: no agreement node set")

// Attest runs the round for the gateway payload p.
func (a *Peering) Attest(ctx context.Context, _ common.Address, id common.Hash, p oracle.Payload) ([]byte, error) {
	if a.Node == nil {
		return nil, errNoNode
	}
	var d agree.Decision
	var value []byte
	switch v := p.(type) {
	case oracle.SolanaDepositRelease, oracle.SolanaDepositRefund:
		enc, err := rules.EncodeSolanaDeposit(p)
		if err != nil {
			return nil, err
		}
		d, value = agree.Decision{Kind: oracle.KindSolanaDeposit, Subject: id}, enc
	case oracle.SolanaOutboundReturn:
		d, value = agree.Decision{Kind: oracle.KindSolanaOutboundReturn, Subject: rules.OutboundSubject(v.OutboundID)}, rules.EncodeSolanaReturn(v.Reason)
	default:
		return nil, fmt.Errorf("bridge: agreement: %T is not a gateway payload", p)
	}
	s, err := a.Node.Attest(ctx, d, value)
	if err != nil {
		return nil, err
	}
	return s.Packed, nil
}

// Leads is the agreement node's turn for d.
func (a *Peering) Leads(ctx context.Context, d agree.Decision, since time.Time) (bool, error) {
	if a.Node == nil {
		return false, errNoNode
	}
	return a.Node.Leads(ctx, d, since)
}

// CoSign asks signer's node.
func (a *Peering) CoSign(ctx context.Context, signer solana.PublicKey, req CoSignRequest) (solgateway.PartialSignature, error) {
	if a.Node == nil {
		return solgateway.PartialSignature{}, errNoNode
	}
	addr, ok := a.Peers[signer]
	if !ok {
		return solgateway.PartialSignature{}, fmt.Errorf("bridge: co-signer %s: no inspector known for it", signer)
	}
	var part solgateway.PartialSignature
	if err := a.Node.Call(ctx, addr, CoSignType, req, &part); err != nil {
		return solgateway.PartialSignature{}, err
	}
	if !part.Signer.Equals(signer) || !part.Signature.Verify(signer, req.Message) {
		return solgateway.PartialSignature{}, fmt.Errorf("bridge: co-signer %s: its signature does not verify", signer)
	}
	return part, nil
}

// Turns says whether this node leads an item now: agree.Leaders over the signer set, the next in the ranking
// after each round timeout since the item was first seen, around again after the last.
type Turns interface {
	Leads(ctx context.Context, d agree.Decision, since time.Time) (bool, error)
}

// CoSigners reaches the multisig signers whose keys this process does not hold (Peering).
type CoSigners interface {
	CoSign(ctx context.Context, signer solana.PublicKey, req CoSignRequest) (solgateway.PartialSignature, error)
}

// CoSignRequest asks a multisig signer to co-sign an outflow: Key is the bridge item it pays (a deposit id
// for a refund, "outbound:<id>" for a release), Message the transaction message, ProposerSignature the
// proposer's (fee payer's) signature over it: the transaction's id, which a co-signer watches.
type CoSignRequest struct {
	Key               string           `json:"key"`
	Message           []byte           `json:"message"`
	ProposerSignature solana.Signature `json:"proposerSignature"`
}

// CoSignType is the agreement message type that carries co-signing requests (agree.Deps.Handlers).
const CoSignType = "solana-cosign"

// CoSignRecord is what this node co-signed for one item, kept so that it never lets two outflows for the same
// item be able to land: a second message is co-signed only once the first can no longer land (its durable
// nonce moved at finalized without it), and nothing is co-signed after this node bound itself to a return.
type CoSignRecord struct {
	Key          string           `json:"key"`
	Message      []byte           `json:"message,omitempty"`
	TxSignature  solana.Signature `json:"txSignature,omitzero"`
	NonceAccount solana.PublicKey `json:"nonceAccount,omitzero"`
	NonceValue   solana.Hash      `json:"nonceValue,omitzero"`
	// Returned: this node endorsed the transfer's return on Arbitrum.
	Returned     bool                `json:"returned,omitempty"`
	ReturnReason oracle.ReturnReason `json:"returnReason,omitempty"`
}

// ---------------------------------------------------------------- the view (rules.SolanaView)

var _ rules.SolanaView = (*Bridge)(nil)

// Gateway is the SolanaGateway.
func (b *Bridge) Gateway() common.Address { return b.deps.Arbitrum.Address() }

// DepositVerdict is this node's decision on deposit id: from its own store (filled from its own finalized
// mirror) and its own reading of the gateway.
func (b *Bridge) DepositVerdict(ctx context.Context, id common.Hash) (oracle.Payload, bool, error) {
	if err := b.ingestDeposits(ctx); err != nil {
		return nil, false, err
	}
	it, ok, err := b.deps.Store.Get(ctx, id.Hex())
	if err != nil || !ok || it.Kind != KindDeposit {
		return nil, false, err
	}
	v, err := b.verdict(ctx, &it)
	if err != nil || v == nil {
		return nil, false, err
	}
	return v, true, nil
}

// verdict is release or refund for a deposit from this node's view; the gateway's revert when it cannot be
// decided now (paused: wait) or never by an inspector (an unknown mint).
func (b *Bridge) verdict(ctx context.Context, it *Item) (oracle.Payload, error) {
	if it.Malformed != "" {
		return refundOf(it, oracle.RefundMalformedMemo), nil
	}
	err := b.deps.Arbitrum.CheckRelease(ctx, it.key(), it.release(), nil)
	var re *chain.RevertError
	switch {
	case err == nil:
		return nil, errors.New("release check passed without signatures: refusing to trust the gateway's answer")
	case !errors.As(err, &re):
		return nil, err
	case refundReasons[re.Name] != 0:
		return refundOf(it, refundReasons[re.Name]), nil
	case re.Name == "StalePrice" || re.Name == "NoPrice":
		return refundOf(it, oracle.RefundNoPrice), nil
	case strings.HasPrefix(re.Name, "Enforced") || re.Name == "ZeroDepositKey" || re.Name == "UnknownMint" || re.Name == "ZeroAmount":
		return nil, err // paused (wait), or nothing an inspector can attest
	}
	// Only the quorum is left: the release would go through.
	return it.release(), nil
}

func refundOf(it *Item, reason oracle.RefundReason) oracle.SolanaDepositRefund {
	r := it.refund()
	r.Reason = reason
	return r
}

// ReturnVerdict is why this node's view says outbound transfer id cannot be paid on Solana.
func (b *Bridge) ReturnVerdict(ctx context.Context, id uint64) (oracle.ReturnReason, bool, error) {
	b.coMu.Lock()
	defer b.coMu.Unlock()
	return b.returnVerdict(ctx, id)
}

func (b *Bridge) returnVerdict(ctx context.Context, id uint64) (oracle.ReturnReason, bool, error) {
	it, ok, err := b.deps.Store.Get(ctx, outboundKey(id))
	if err != nil || !ok {
		return 0, false, err // not seen at this node's confirmation depth
	}
	o, err := b.deps.Arbitrum.Outbound(ctx, id)
	if err != nil {
		return 0, false, err
	}
	if o.Status != protocol.OutboundOpen || o.Mint != it.Mint || o.SolanaAmount != it.Amount {
		return 0, false, nil
	}
	out := b.outflowOf(&it)
	if done, err := b.done(ctx, out); err != nil || done {
		return 0, false, err // paid on Solana: never returned
	}
	rec, found, err := b.deps.Store.CoSigned(ctx, it.Key)
	if err != nil {
		return 0, false, err
	}
	if found && rec.Returned {
		return rec.ReturnReason, true, nil
	}
	live := false
	if found && len(rec.Message) > 0 {
		if live, err = b.mayLand(ctx, rec); err != nil {
			return 0, false, err
		}
	}
	if live {
		return 0, false, nil // a release this node co-signed can still land
	}
	have, err := solgateway.TokenBalance(ctx, b.deps.Solana, b.vault(it.Mint).Account, rpc.CommitmentFinalized)
	if err != nil {
		return 0, false, err
	}
	switch {
	case have < it.Amount:
		return oracle.ReturnVaultShort, true, nil
	case found && len(rec.Message) > 0:
		// A release this node co-signed is dead without having paid, and the vault could pay it: the
		// recipient's side refused it.
		return oracle.ReturnRecipientUnusable, true, nil
	}
	return 0, false, nil
}

// BindReturn binds this node to returning outbound id for reason (checked again under the co-signing lock).
func (b *Bridge) BindReturn(ctx context.Context, id uint64, reason oracle.ReturnReason) error {
	b.coMu.Lock()
	defer b.coMu.Unlock()
	mine, ok, err := b.returnVerdict(ctx, id)
	if err != nil {
		return err
	}
	if !ok || mine != reason {
		return fmt.Errorf("this node's view does not show return reason %d (its own: %d, %v)", reason, mine, ok)
	}
	rec, _, err := b.deps.Store.CoSigned(ctx, outboundKey(id))
	if err != nil {
		return err
	}
	rec.Key, rec.Returned, rec.ReturnReason = outboundKey(id), true, reason
	return b.deps.Store.PutCoSigned(ctx, rec)
}

// mayLand reports whether the transaction this node co-signed can still land or has landed: its nonce still
// holds the value it used, or it is on chain.
func (b *Bridge) mayLand(ctx context.Context, rec CoSignRecord) (bool, error) {
	ns, err := solgateway.FetchNonce(ctx, b.deps.Solana, rec.NonceAccount, rpc.CommitmentFinalized)
	if err != nil {
		return false, err
	}
	if ns.Value == rec.NonceValue {
		return true, nil
	}
	// The nonce moved; whatever moved it is on chain, so the status read now sees our transaction if it was.
	st, err := b.deps.Solana.GetSignatureStatuses(ctx, true, rec.TxSignature)
	if err != nil {
		return false, err
	}
	return len(st.Value) == 1 && st.Value[0] != nil && st.Value[0].Err == nil, nil
}

func outboundKey(id uint64) string { return fmt.Sprintf("outbound:%d", id) }

// ---------------------------------------------------------------- co-signing

// ServeCoSign is the agreement handler of CoSignType: a peer's request to co-sign an outflow.
func (b *Bridge) ServeCoSign(ctx context.Context, _ common.Address, body []byte) (any, error) {
	var req CoSignRequest
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return nil, fmt.Errorf("bridge: co-sign request: %w", err)
	}
	if len(b.deps.SolanaKeys) == 0 {
		return nil, errors.New("bridge: co-sign: this node holds no Solana key")
	}
	return b.coSign(ctx, b.deps.SolanaKeys[0], req)
}

// coSign signs req with key if this node's own record of the item owes exactly that outflow, and no other
// outflow it co-signed for the item can still land. The co-signing is recorded durably before the signature
// is returned.
func (b *Bridge) coSign(ctx context.Context, key solana.PrivateKey, req CoSignRequest) (solgateway.PartialSignature, error) {
	b.coMu.Lock()
	defer b.coMu.Unlock()
	var msg solana.Message
	if err := msg.UnmarshalWithDecoder(bin.NewBinDecoder(req.Message)); err != nil {
		return solgateway.PartialSignature{}, fmt.Errorf("bridge: co-sign: message: %w", err)
	}
	return solgateway.CoSign(b.cfg.Deployment, req.Message, key, func(got solgateway.Outflow) error {
		if !req.ProposerSignature.Verify(got.Proposer, req.Message) {
			return errors.New("the proposer's signature does not verify")
		}
		it, ok, err := b.deps.Store.Get(ctx, req.Key)
		if err != nil {
			return err
		}
		if !ok {
			return fmt.Errorf("item %s: not seen by this node (not finalized here, or not at its confirmation depth)", req.Key)
		}
		if err := b.owed(ctx, &it); err != nil {
			return err
		}
		want := b.outflowOf(&it)
		if got.Kind != want.Kind || got.Amount != want.Amount || got.Reference != want.Reference || got.Vault != want.Vault ||
			!got.Destination.Equals(want.Destination) || !got.DestinationOwner.Equals(want.DestinationOwner) {
			return fmt.Errorf("proposal %+v is not what is owed (%+v)", got, want)
		}
		if done, err := b.done(ctx, want); err != nil || done {
			if done {
				return errors.New("already paid on Solana")
			}
			return err
		}
		nonce, _ := b.cfg.Deployment.NonceOf(got.Proposer)
		rec, found, err := b.deps.Store.CoSigned(ctx, it.Key)
		if err != nil {
			return err
		}
		switch {
		case found && rec.Returned:
			return errors.New("this node endorsed the transfer's return")
		case found && len(rec.Message) > 0 && !bytes.Equal(rec.Message, req.Message):
			live, err := b.mayLand(ctx, rec)
			if err != nil {
				return err
			}
			if live {
				return fmt.Errorf("another outflow this node co-signed (%s) can still land", rec.TxSignature)
			}
		}
		return b.deps.Store.PutCoSigned(ctx, CoSignRecord{Key: it.Key, Message: req.Message, TxSignature: req.ProposerSignature,
			NonceAccount: nonce.Address, NonceValue: msg.RecentBlockhash})
	})
}

// owed checks that this node's own view owes the item's outflow now: a refund recorded on Arbitrum and final
// at its depth, or an outbound transfer still open on Arbitrum.
func (b *Bridge) owed(ctx context.Context, it *Item) error {
	head, err := b.deps.Arbitrum.Head(ctx)
	if err != nil {
		return err
	}
	if it.Kind == KindDeposit {
		if it.State == StateNew || it.State == StateReleasing || it.State == StateRefunding {
			decided, err := b.deps.Arbitrum.Decided(ctx, it.DepositID)
			if err != nil || !decided {
				return errors.Join(err, errors.New("deposit not decided on Arbitrum in this node's view"))
			}
			if err := b.adoptDecision(ctx, it); err != nil {
				return err
			}
		}
		if it.State != StateRefundRecorded && it.State != StateSolanaSent {
			return fmt.Errorf("deposit %s is %s here, not a recorded refund", it.Deposit, it.State)
		}
		if head < it.RecordBlock+b.cfg.FinalityDepth {
			return fmt.Errorf("the refund record (block %d) is not %d deep here yet", it.RecordBlock, b.cfg.FinalityDepth)
		}
		return nil
	}
	o, err := b.deps.Arbitrum.Outbound(ctx, it.OutboundID)
	if err != nil {
		return err
	}
	if o.Status != protocol.OutboundOpen || o.Mint != it.Mint || o.SolanaAmount != it.Amount {
		return fmt.Errorf("outbound %d on Arbitrum (%+v) is not an open transfer of %d", it.OutboundID, o, it.Amount)
	}
	return nil
}

// AgreementChain is agree.Chain for the gateway's kinds: the quorum's signer set, and a question decided once
// the gateway consumed an attestation of it (one per deposit, one per outbound transfer).
type AgreementChain struct {
	Quorum  *protocol.Quorum
	Gateway common.Address
}

// SignerSet is the quorum's active set.
func (c AgreementChain) SignerSet(ctx context.Context) (oracle.SignerSet, error) {
	return c.Quorum.SignerSet(ctx)
}

// Decided reports whether the gateway consumed an answer to d.
func (c AgreementChain) Decided(ctx context.Context, d agree.Decision) (bool, error) {
	return c.Quorum.Consumed(ctx, c.Gateway, d.Kind, d.Subject)
}

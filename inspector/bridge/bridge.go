// Package bridge is the inspectors' side of the Solana gateway: it serves finalized Solana deposits (release
// on Arbitrum, or a refund recorded on Arbitrum and then paid on Solana), executes transfers to Solana
// (OutboundRequested: a multisig release on the proposer's durable nonce, or a return on Arbitrum when the
// vault cannot pay) and cranks queued releases when they are due.
//
// It owns the decision of each deposit and transfer and its state machine, persisted in its Store before each
// signature or send, so that a restart (kill -9 included) resumes where it stopped and signs or sends nothing
// twice: an Arbitrum decision is re-checked on chain (depositDecided, the outbound's status) before it is sent
// again, and a Solana transaction is kept signed in the store and re-sent as the same bytes while its durable
// nonce has not advanced.
//
// In a deployment each inspector node runs its own bridge (inspector/node, Deps.Solana) beside its agreement
// node: Peering attests through an agreement round (rules for kinds 7 and 8 over each node's own view, which
// this bridge implements: rules.SolanaView), says when this node leads an item (agree.Leaders, the next after
// each round timeout), and asks the other multisig signers' nodes to co-sign (ServeCoSign answers them: the
// proposal must match the co-signer's own record, and no other outflow it co-signed for the item may still be
// able to land). Nodes that do not lead an item follow it by what the chains show. LocalAttester, with every
// inspector's key in one process, is the single-process devnet (`idlegrid devnet --solana --inspector-nodes 0`)
// and its tests.
//
// It never acts on a Solana transaction that is not finalized (it reads the watcher's mirror, indexer/solwatch),
// never pays a Solana refund before the DepositRefundRecorded that backs it is FinalityDepth blocks deep on
// Arbitrum, and never holds keys beyond those it is given.
package bridge

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/programs/system"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/gagliardetto/solana-go/rpc/jsonrpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// Item kinds and states.
const (
	KindDeposit  = "deposit"
	KindOutbound = "outbound"

	StateNew = "new"
	// StateReleasing: a release was attested and is being sent (on restart: re-checked with depositDecided).
	StateReleasing = "releasing"
	// StateQueued: released into a later window; the crank completes it when due.
	StateQueued   = "queued"
	StateReleased = "released"
	// StateRefunding: a refund was attested and is being recorded on Arbitrum.
	StateRefunding = "refunding"
	// StateRefundRecorded: recorded on Arbitrum; the Solana refund waits until the record is final.
	StateRefundRecorded = "refund_recorded"
	// StateSolanaSent: a signed Solana transaction (refund or outbound release) is in the store and was sent.
	StateSolanaSent = "solana_sent"
	StateRefunded   = "refunded"
	// StateReturning: a return of an outbound transfer was attested and is being sent.
	StateReturning = "returning"
	StateReturned  = "returned"
)

// Item is one deposit or outbound transfer and how far the bridge has taken it.
type Item struct {
	Key   string `json:"key"`
	Kind  string `json:"kind"`
	State string `json:"state"`

	// Deposits.
	Deposit   solgateway.DepositKey `json:"deposit,omitzero"`
	DepositID common.Hash           `json:"depositId,omitzero"`
	Source    solana.PublicKey      `json:"source,omitzero"`
	Recipient common.Address        `json:"recipient,omitzero"`
	Malformed string                `json:"malformed,omitempty"`
	// Reason of a refund (0: released).
	Reason       oracle.RefundReason `json:"reason,omitempty"`
	ReleasableAt uint64              `json:"releasableAt,omitempty"`
	// RecordBlock is the block of DepositRefundRecorded.
	RecordBlock uint64 `json:"recordBlock,omitempty"`

	// Outbound transfers.
	OutboundID      uint64              `json:"outboundId,omitempty"`
	SolanaRecipient solana.PublicKey    `json:"solanaRecipient,omitzero"`
	ReturnReason    oracle.ReturnReason `json:"returnReason,omitempty"`

	// Both.
	Mint   oracle.SolanaMint `json:"mint"`
	Amount uint64            `json:"amount"`
	EVMTx  common.Hash       `json:"evmTx,omitzero"`
	// SolanaTx is the fully signed Solana transaction (wire bytes) and SolanaSig its signature, stored before
	// it is sent; SolanaNonce the durable nonce it uses.
	SolanaTx    []byte           `json:"solanaTx,omitempty"`
	SolanaSig   solana.Signature `json:"solanaSig,omitzero"`
	SolanaNonce solana.Hash      `json:"solanaNonce,omitzero"`
	LastError   string           `json:"lastError,omitempty"`
	// SeenAt is when this node took the item in: leader turns count from it.
	SeenAt time.Time `json:"seenAt,omitzero"`
}

// Store keeps the items and the Arbitrum cursor. Every write is durable when it returns.
type Store interface {
	Get(ctx context.Context, key string) (Item, bool, error)
	// Add inserts an item unless its key exists (reports whether it did).
	Add(ctx context.Context, it Item) (bool, error)
	Put(ctx context.Context, it Item) error
	// Open lists the items not yet in a final state.
	Open(ctx context.Context) ([]Item, error)
	Cursor(ctx context.Context) (uint64, error)
	SetCursor(ctx context.Context, block uint64) error
	// CoSigned is this node's co-signing record of an item; PutCoSigned writes it.
	CoSigned(ctx context.Context, key string) (CoSignRecord, bool, error)
	PutCoSigned(ctx context.Context, r CoSignRecord) error
}

// Mirror is the Solana watcher's finalized view of the vaults (bridgestore.Mirror adapts indexer/solwatch's
// store): every deposit, and the gateway's outflows.
type Mirror interface {
	Deposits(ctx context.Context) ([]MirroredDeposit, error)
	Outflows(ctx context.Context) ([]MirroredOutflow, error)
}

// MirroredDeposit is a finalized deposit into a vault.
type MirroredDeposit struct {
	Key    solgateway.DepositKey
	Symbol string
	// Source is the token account debited: a refund goes back to it.
	Source solana.PublicKey
	Amount uint64
	// Recipient is the memo's Arbitrum address; Malformed says why there is none.
	Recipient string
	Malformed string
}

// MirroredOutflow is a finalized transfer out of a vault with the gateway's memo.
type MirroredOutflow struct {
	Kind      solgateway.OutflowKind
	Reference string
}

// Arbitrum is the gateway contract as the bridge uses it (*protocol.Gateway).
type Arbitrum interface {
	Address() common.Address
	Decided(ctx context.Context, id common.Hash) (bool, error)
	CheckRelease(ctx context.Context, key protocol.SolanaDepositKey, p oracle.SolanaDepositRelease, signatures []byte) error
	ReleaseDeposit(ctx context.Context, key protocol.SolanaDepositKey, p oracle.SolanaDepositRelease, signatures []byte) (protocol.Release, error)
	RecordRefund(ctx context.Context, key protocol.SolanaDepositKey, p oracle.SolanaDepositRefund, signatures []byte) (protocol.Tx, error)
	CompleteRelease(ctx context.Context, id common.Hash) (protocol.Tx, error)
	ReturnOutbound(ctx context.Context, p oracle.SolanaOutboundReturn, signatures []byte) (protocol.Tx, error)
	QueuedRelease(ctx context.Context, id common.Hash) (protocol.QueuedRelease, error)
	Outbound(ctx context.Context, id uint64) (protocol.Outbound, error)
	Head(ctx context.Context) (uint64, error)
	Events(ctx context.Context, from, to uint64) ([]protocol.GatewayEvent, error)
}

// Clock is the Arbitrum chain's clock (the latest block's time: what completeRelease compares with).
type Clock interface {
	Now(ctx context.Context) (uint64, error)
}

// Attester produces the packed k-of-n signatures of an attestation on the gateway.
type Attester interface {
	Attest(ctx context.Context, target common.Address, id common.Hash, p oracle.Payload) ([]byte, error)
}

// LocalAttester attests with inspector keys held in this process (the single-process devnet, tests): protocol.Quorum.Attest
// signs with every key and packs exactly the threshold, in ascending signer order. Fewer keys than the
// threshold fail with oracle.ErrNotEnoughSignatures.
type LocalAttester struct {
	Quorum  *protocol.Quorum
	Signers []oracle.DigestSigner
}

// Attest signs p with the local keys.
func (a LocalAttester) Attest(ctx context.Context, target common.Address, id common.Hash, p oracle.Payload) ([]byte, error) {
	_, packed, err := a.Quorum.Attest(ctx, target, id, p, a.Signers)
	return packed, err
}

// Config tunes the bridge.
type Config struct {
	Deployment solgateway.Deployment
	// ChainID of the Arbitrum chain (the outbound release memo names it).
	ChainID uint64
	// FinalityDepth: blocks on top of an Arbitrum event before the bridge acts on it on Solana (an outbound
	// request, a refund record).
	FinalityDepth uint64
	// StartBlock is where the event scan starts on a new store (the gateway's deployment block).
	StartBlock uint64
	// PollInterval between passes; CallTimeout bounds each pass's chain calls.
	PollInterval time.Duration
	CallTimeout  time.Duration
	// NoPriceWait: a USDC deposit is refunded for NoPrice only after the rate was missing this long.
	NoPriceWait time.Duration
}

// DefaultConfig polls every second, treats 12 blocks as final and waits 10 minutes for a price.
func DefaultConfig() Config {
	return Config{FinalityDepth: 12, PollInterval: time.Second, CallTimeout: 2 * time.Minute, NoPriceWait: 10 * time.Minute}
}

// Validate names the first unusable setting.
func (c Config) Validate() error {
	if err := c.Deployment.Validate(); err != nil {
		return fmt.Errorf("bridge: %w", err)
	}
	switch {
	case c.ChainID == 0:
		return errors.New("bridge: chain id: must be set")
	case c.PollInterval <= 0:
		return fmt.Errorf("bridge: poll interval %s: must be positive", c.PollInterval)
	case c.CallTimeout <= 0:
		return fmt.Errorf("bridge: call timeout %s: must be positive", c.CallTimeout)
	case c.NoPriceWait < 0:
		return fmt.Errorf("bridge: no-price wait %s: must not be negative", c.NoPriceWait)
	}
	return nil
}

// Deps are the bridge's parts.
type Deps struct {
	Store    Store
	Mirror   Mirror
	Arbitrum Arbitrum
	Clock    Clock
	Attester Attester
	// Solana reads and sends; SolanaKeys are the multisig keys held here: the first is this node's own (it
	// proposes on its nonce account and co-signs for peers), the others sign locally (one process holding
	// several inspectors' keys: the single-process devnet and its tests).
	Solana     solgateway.Client
	SolanaKeys []solana.PrivateKey
	// CoSigners reaches the multisig signers whose keys are not held here (Peering); nil: none.
	CoSigners CoSigners
	// Turns says when this node leads an item (nil: always; one process serves the gateway). Other nodes
	// follow: they adopt what the chains show and answer the leader's agreement and co-signing requests.
	Turns Turns
	Log   zerolog.Logger
}

// Bridge is the service.
type Bridge struct {
	cfg    Config
	deps   Deps
	log    zerolog.Logger
	runner service.Runner

	mu        sync.Mutex
	running   bool
	lastErr   error
	firstSeen map[string]time.Time
	passMu    sync.Mutex
	// coMu orders co-signing against binding to a return (agreement.go).
	coMu sync.Mutex
	// rotation counts failed co-signing rounds per item: the next picks other co-signers.
	rotation map[string]int
}

// New checks the configuration and parts; nothing runs until Start.
func New(cfg Config, deps Deps) (*Bridge, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	switch {
	case deps.Store == nil || deps.Mirror == nil || deps.Arbitrum == nil || deps.Clock == nil || deps.Attester == nil || deps.Solana == nil:
		return nil, errors.New("bridge: store, mirror, arbitrum, clock, attester and solana are all required")
	case len(deps.SolanaKeys) == 0:
		return nil, errors.New("bridge: solana keys: none given")
	}
	if _, ok := cfg.Deployment.NonceOf(deps.SolanaKeys[0].PublicKey()); !ok {
		return nil, fmt.Errorf("bridge: solana keys: the proposer %s has no nonce account in the deployment", deps.SolanaKeys[0].PublicKey())
	}
	return &Bridge{cfg: cfg, deps: deps, log: deps.Log.With().Str("component", "solana-bridge").Logger(), firstSeen: map[string]time.Time{}, rotation: map[string]int{}}, nil
}

// Name is the service's name.
func (b *Bridge) Name() string { return "solana-bridge" }

// Start runs the loop.
func (b *Bridge) Start(ctx context.Context) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.running {
		return fmt.Errorf("bridge: %w", service.ErrAlreadyStarted)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	b.running = true
	b.runner.Go(b.loop)
	return nil
}

func (b *Bridge) loop(ctx context.Context) error {
	t := time.NewTicker(b.cfg.PollInterval)
	defer t.Stop()
	for {
		pctx, cancel := context.WithTimeout(ctx, b.cfg.CallTimeout)
		err := b.Pass(pctx)
		cancel()
		if ctx.Err() != nil {
			return nil
		}
		b.mu.Lock()
		b.lastErr = err
		b.mu.Unlock()
		if err != nil {
			b.log.Warn().Err(err).Msg("bridge pass failed")
		}
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Healthy fails when the last pass failed.
func (b *Bridge) Healthy() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if !b.running {
		return fmt.Errorf("bridge: %w", service.ErrNotStarted)
	}
	return b.lastErr
}

// Close stops the loop.
func (b *Bridge) Close() error {
	b.mu.Lock()
	running := b.running
	b.running = false
	b.mu.Unlock()
	if running {
		b.runner.Stop()
	}
	return nil
}

// Pass takes in new deposits and outbound requests, then moves every open item as far as it can go now. One
// item's failure is recorded on it and does not stop the others; the pass returns the first.
func (b *Bridge) Pass(ctx context.Context) error {
	b.passMu.Lock()
	defer b.passMu.Unlock()
	if err := b.ingestDeposits(ctx); err != nil {
		return err
	}
	head, err := b.deps.Arbitrum.Head(ctx)
	if err != nil {
		return err
	}
	if err := b.ingestOutbounds(ctx, head); err != nil {
		return err
	}
	items, err := b.deps.Store.Open(ctx)
	if err != nil {
		return err
	}
	var first error
	for _, it := range items {
		if err := b.step(ctx, it, head); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			b.log.Warn().Err(err).Str("item", it.Key).Str("state", it.State).Msg("bridge step failed")
			if first == nil {
				first = fmt.Errorf("%s %s: %w", it.Kind, it.Key, err)
			}
		}
	}
	return first
}

func mintOf(symbol string) (oracle.SolanaMint, error) {
	return oracle.ParseSolanaMint(symbol)
}

func (b *Bridge) ingestDeposits(ctx context.Context) error {
	rows, err := b.deps.Mirror.Deposits(ctx)
	if err != nil {
		return err
	}
	for _, r := range rows {
		if r.Key.Cluster != b.cfg.Deployment.Cluster {
			continue
		}
		id, err := r.Key.ID()
		if err != nil {
			return fmt.Errorf("deposit %s: %w", r.Key, err)
		}
		mint, err := mintOf(r.Symbol)
		if err != nil {
			return fmt.Errorf("deposit %s: %w", r.Key, err)
		}
		it := Item{Key: id.Hex(), Kind: KindDeposit, State: StateNew, Deposit: r.Key, DepositID: id, Source: r.Source,
			Mint: mint, Amount: r.Amount, Malformed: r.Malformed, SeenAt: time.Now()}
		if r.Malformed == "" {
			it.Recipient, err = solgateway.ParseRecipient(r.Recipient)
			if err != nil {
				it.Malformed = err.Error()
			}
		}
		added, err := b.deps.Store.Add(ctx, it)
		if err != nil {
			return err
		}
		if added {
			b.log.Info().Str("deposit", r.Key.String()).Str("mint", mint.String()).Uint64("amount", r.Amount).Msg("Solana deposit taken in")
		}
	}
	return nil
}

func (b *Bridge) ingestOutbounds(ctx context.Context, head uint64) error {
	if head < b.cfg.FinalityDepth {
		return nil
	}
	final := head - b.cfg.FinalityDepth
	cursor, err := b.deps.Store.Cursor(ctx)
	if err != nil {
		return err
	}
	from := max(cursor+1, b.cfg.StartBlock)
	if cursor == 0 && b.cfg.StartBlock == 0 {
		from = 0
	}
	for from <= final {
		to := min(final, from+protocol.MaxEventRange-1)
		evs, err := b.deps.Arbitrum.Events(ctx, from, to)
		if err != nil {
			return err
		}
		for _, e := range evs {
			if e.Name != protocol.EventOutboundRequested {
				continue
			}
			it := Item{Key: outboundKey(e.OutboundID), Kind: KindOutbound, State: StateNew, OutboundID: e.OutboundID,
				SolanaRecipient: solana.PublicKeyFromBytes(e.SolanaRecipient[:]), Mint: e.Mint, Amount: e.SolanaAmount, SeenAt: time.Now()}
			if _, err := b.deps.Store.Add(ctx, it); err != nil {
				return err
			}
		}
		if err := b.deps.Store.SetCursor(ctx, to); err != nil {
			return err
		}
		from = to + 1
	}
	return nil
}

func (b *Bridge) save(ctx context.Context, it *Item, state string) error {
	it.State = state
	it.LastError = ""
	return b.deps.Store.Put(ctx, *it)
}

func (b *Bridge) step(ctx context.Context, it Item, head uint64) error {
	err := b.advance(ctx, &it, head)
	if err != nil {
		it.LastError = err.Error()
		if perr := b.deps.Store.Put(ctx, it); perr != nil {
			return errors.Join(err, perr)
		}
	}
	return err
}

// decision is the agreement question an item answers (its leader ranking).
func (it Item) decision() agree.Decision {
	if it.Kind == KindOutbound {
		return agree.Decision{Kind: oracle.KindSolanaOutboundReturn, Subject: rules.OutboundSubject(it.OutboundID)}
	}
	return agree.Decision{Kind: oracle.KindSolanaDeposit, Subject: it.DepositID}
}

// leads reports whether this node drives the item now.
func (b *Bridge) leads(ctx context.Context, it *Item) (bool, error) {
	if b.deps.Turns == nil {
		return true, nil
	}
	since := it.SeenAt
	if since.IsZero() {
		since = time.Now()
	}
	return b.deps.Turns.Leads(ctx, it.decision(), since)
}

// follow moves an item another node leads by what the chains show: the decision recorded on Arbitrum, the
// outflow in this node's finalized mirror, the transfer returned. It sends nothing.
func (b *Bridge) follow(ctx context.Context, it *Item) error {
	switch it.Kind + "/" + it.State {
	case KindDeposit + "/" + StateNew:
		decided, err := b.deps.Arbitrum.Decided(ctx, it.DepositID)
		if err != nil || !decided {
			return err
		}
		return b.adoptDecision(ctx, it)
	case KindDeposit + "/" + StateRefundRecorded, KindOutbound + "/" + StateNew:
		if it.Kind == KindOutbound {
			o, err := b.deps.Arbitrum.Outbound(ctx, it.OutboundID)
			if err != nil {
				return err
			}
			if o.Status == protocol.OutboundReturned {
				return b.save(ctx, it, StateReturned)
			}
		}
		if done, err := b.done(ctx, b.outflowOf(it)); err != nil || !done {
			return err
		}
		return b.finish(ctx, it)
	}
	return nil
}

func (b *Bridge) advance(ctx context.Context, it *Item, head uint64) error {
	switch it.State {
	case StateNew, StateRefundRecorded:
		// Items this node has not started: only their leader of the moment starts them.
		lead, err := b.leads(ctx, it)
		if err != nil {
			return err
		}
		if !lead {
			return b.follow(ctx, it)
		}
	}
	switch it.Kind + "/" + it.State {
	case KindDeposit + "/" + StateNew:
		return b.decide(ctx, it)
	case KindDeposit + "/" + StateReleasing, KindDeposit + "/" + StateRefunding:
		return b.resumeDecision(ctx, it)
	case KindDeposit + "/" + StateQueued:
		return b.crank(ctx, it)
	case KindDeposit + "/" + StateRefundRecorded:
		if head < it.RecordBlock+b.cfg.FinalityDepth {
			return nil // not final yet
		}
		return b.payOut(ctx, it)
	case KindDeposit + "/" + StateSolanaSent, KindOutbound + "/" + StateSolanaSent:
		return b.payOut(ctx, it)
	case KindOutbound + "/" + StateNew:
		return b.outbound(ctx, it)
	case KindOutbound + "/" + StateReturning:
		return b.resumeReturn(ctx, it)
	}
	return fmt.Errorf("bridge: unknown state %s of %s", it.State, it.Kind)
}

func (it Item) key() protocol.SolanaDepositKey {
	return protocol.SolanaDepositKey{Cluster: it.Deposit.Cluster, Signature: it.Deposit.Signature, Index: it.Deposit.Index}
}

func (it Item) release() oracle.SolanaDepositRelease {
	return oracle.SolanaDepositRelease{DepositID: it.DepositID, Mint: it.Mint, Amount: it.Amount, Recipient: it.Recipient}
}

func (it Item) refund() oracle.SolanaDepositRefund {
	return oracle.SolanaDepositRefund{DepositID: it.DepositID, Mint: it.Mint, Amount: it.Amount, RefundAccount: it.Source, Reason: it.Reason}
}

// refundReasons maps the reverts of releaseDeposit that no wait can cure to the refund they call for.
var refundReasons = map[string]oracle.RefundReason{
	"UnusableRecipient":   oracle.RefundRecipientUnusable,
	"AmountAboveCap":      oracle.RefundAboveCap,
	"InsufficientLocked":  oracle.RefundReserveShort,
	"InsufficientReserve": oracle.RefundReserveShort,
	"SwapTooSmall":        oracle.RefundTooSmall,
}

// decide chooses release or refund for a new deposit. The gateway checks everything a release depends on
// before the quorum, so a call of releaseDeposit without signatures that fails only in the quorum says the
// release would go through: only then is a release attested.
func (b *Bridge) decide(ctx context.Context, it *Item) error {
	decided, err := b.deps.Arbitrum.Decided(ctx, it.DepositID)
	if err != nil {
		return err
	}
	if decided {
		return b.adoptDecision(ctx, it)
	}
	v, err := b.verdict(ctx, it)
	if err != nil || v == nil {
		return err // nil, nil: paused, or nothing an inspector can attest (wait)
	}
	if r, ok := v.(oracle.SolanaDepositRefund); ok {
		if r.Reason == oracle.RefundNoPrice {
			b.mu.Lock()
			seen, ok := b.firstSeen[it.Key]
			if !ok {
				seen = time.Now()
				b.firstSeen[it.Key] = seen
			}
			b.mu.Unlock()
			if time.Since(seen) < b.cfg.NoPriceWait {
				// Waiting is not a failure: the price feed may be late.
				b.log.Info().Str("deposit", it.Deposit.String()).Msg("USDC deposit waits for a GRID/USD price")
				return nil
			}
		}
		it.Reason = r.Reason
		b.log.Info().Str("deposit", it.Deposit.String()).Uint8("reason", uint8(r.Reason)).Msg("deposit will be refunded")
		return b.attestRefund(ctx, it)
	}
	// Only the quorum is left: attest the release.
	sigs, err := b.deps.Attester.Attest(ctx, b.deps.Arbitrum.Address(), it.DepositID, it.release())
	if err != nil {
		return fmt.Errorf("attest release: %w", err)
	}
	if err := b.save(ctx, it, StateReleasing); err != nil {
		return err
	}
	r, err := b.deps.Arbitrum.ReleaseDeposit(ctx, it.key(), it.release(), sigs)
	if err != nil {
		if re := (*chain.RevertError)(nil); errors.As(err, &re) && refundReasons[re.Name] != 0 {
			// The state moved between the check and the send (another release took the reserve): refund.
			it.Reason = refundReasons[re.Name]
			return b.attestRefund(ctx, it)
		}
		return fmt.Errorf("release: %w", err)
	}
	it.EVMTx, it.ReleasableAt = r.Tx.Hash, r.ReleasableAt
	state := StateReleased
	if r.Queued {
		state = StateQueued
	}
	b.log.Info().Str("deposit", it.Deposit.String()).Str("grid_wei", r.GridAmount.String()).Bool("queued", r.Queued).Msg("deposit released on Arbitrum")
	return b.save(ctx, it, state)
}

func (b *Bridge) attestRefund(ctx context.Context, it *Item) error {
	sigs, err := b.deps.Attester.Attest(ctx, b.deps.Arbitrum.Address(), it.DepositID, it.refund())
	if err != nil {
		return fmt.Errorf("attest refund: %w", err)
	}
	if err := b.save(ctx, it, StateRefunding); err != nil {
		return err
	}
	tx, err := b.deps.Arbitrum.RecordRefund(ctx, it.key(), it.refund(), sigs)
	if err != nil {
		return fmt.Errorf("record refund: %w", err)
	}
	it.EVMTx, it.RecordBlock = tx.Hash, tx.Block
	b.log.Info().Str("deposit", it.Deposit.String()).Uint8("reason", uint8(it.Reason)).Msg("refund recorded on Arbitrum")
	return b.save(ctx, it, StateRefundRecorded)
}

// resumeDecision picks up a decision whose send may or may not have landed before a restart.
func (b *Bridge) resumeDecision(ctx context.Context, it *Item) error {
	decided, err := b.deps.Arbitrum.Decided(ctx, it.DepositID)
	if err != nil {
		return err
	}
	if decided {
		return b.adoptDecision(ctx, it)
	}
	if it.State == StateRefunding {
		return b.attestRefund(ctx, it)
	}
	return b.decide(ctx, it)
}

// adoptDecision reads what the gateway recorded for the deposit (from its events) and continues from there.
func (b *Bridge) adoptDecision(ctx context.Context, it *Item) error {
	head, err := b.deps.Arbitrum.Head(ctx)
	if err != nil {
		return err
	}
	// Page by page, newest last: a gateway's whole life does not fit one log query.
	var evs []protocol.GatewayEvent
	for lo := b.cfg.StartBlock; lo <= head; lo += protocol.MaxEventRange {
		page, err := b.deps.Arbitrum.Events(ctx, lo, min(head, lo+protocol.MaxEventRange-1))
		if err != nil {
			return err
		}
		evs = append(evs, page...)
	}
	for _, e := range evs {
		if e.DepositID != it.DepositID {
			continue
		}
		it.EVMTx = e.TxHash
		switch e.Name {
		case protocol.EventDepositReleased:
			return b.save(ctx, it, StateReleased)
		case protocol.EventDepositQueued:
			it.ReleasableAt = e.ReleasableAt
			return b.save(ctx, it, StateQueued)
		case protocol.EventDepositRefundRecorded:
			if e.RefundAccount != [32]byte(it.Source) || e.SolanaAmount != it.Amount {
				return fmt.Errorf("recorded refund of %d to %x is not this deposit's (%d to %s)", e.SolanaAmount, e.RefundAccount, it.Amount, it.Source)
			}
			it.Reason, it.RecordBlock = oracle.RefundReason(e.Reason), e.Block
			return b.save(ctx, it, StateRefundRecorded)
		}
	}
	return fmt.Errorf("deposit %s is decided on Arbitrum but no event of it was found", it.DepositID)
}

// crank completes a queued release once the chain's clock reaches it.
func (b *Bridge) crank(ctx context.Context, it *Item) error {
	q, err := b.deps.Arbitrum.QueuedRelease(ctx, it.DepositID)
	if err != nil {
		return err
	}
	if !q.Pending() {
		return b.save(ctx, it, StateReleased) // paid (by us before a restart, or by anyone)
	}
	now, err := b.deps.Clock.Now(ctx)
	if err != nil {
		return err
	}
	if now < q.ReleasableAt {
		return nil
	}
	tx, err := b.deps.Arbitrum.CompleteRelease(ctx, it.DepositID)
	if err != nil {
		if chain.IsRevert(err, "NotQueued") {
			return b.save(ctx, it, StateReleased)
		}
		return fmt.Errorf("complete release: %w", err)
	}
	it.EVMTx = tx.Hash
	b.log.Info().Str("deposit", it.Deposit.String()).Msg("queued release completed")
	return b.save(ctx, it, StateReleased)
}

func (b *Bridge) vault(m oracle.SolanaMint) solgateway.Vault {
	if m == oracle.SolanaMintGRID {
		return b.cfg.Deployment.GRID
	}
	return b.cfg.Deployment.USDC
}

// OutboundReference is the release memo's reference of outbound transfer id (solgateway.ReleaseReference).
func OutboundReference(chainID uint64, gateway common.Address, id uint64) string {
	return solgateway.ReleaseReference(chainID, gateway, id)
}

func (b *Bridge) outflowOf(it *Item) solgateway.Outflow {
	o := solgateway.Outflow{Vault: b.vault(it.Mint), Amount: it.Amount, Proposer: b.deps.SolanaKeys[0].PublicKey()}
	if it.Kind == KindDeposit {
		o.Kind, o.Destination, o.Reference = solgateway.Refund, it.Source, it.Deposit.String()
	} else {
		o.Kind, o.DestinationOwner, o.Reference = solgateway.Release, it.SolanaRecipient, OutboundReference(b.cfg.ChainID, b.deps.Arbitrum.Address(), it.OutboundID)
	}
	return o
}

// coSigners picks the Threshold multisig signers of an outflow: this node first, then keys held here, then the
// deployment's other signers (reached through CoSigners), starting further along after each failed round.
func (b *Bridge) coSigners(key string) ([]solana.PublicKey, error) {
	d := b.cfg.Deployment
	me := b.deps.SolanaKeys[0].PublicKey()
	out := []solana.PublicKey{me}
	has := func(k solana.PublicKey) bool {
		for _, o := range out {
			if o.Equals(k) {
				return true
			}
		}
		return false
	}
	for _, k := range b.deps.SolanaKeys[1:] {
		if len(out) < int(d.Threshold) && !has(k.PublicKey()) {
			out = append(out, k.PublicKey())
		}
	}
	if b.deps.CoSigners != nil {
		b.mu.Lock()
		rot := b.rotation[key]
		b.mu.Unlock()
		for i := range d.Signers {
			k := d.Signers[(i+rot)%len(d.Signers)]
			if len(out) < int(d.Threshold) && !has(k) {
				out = append(out, k)
			}
		}
	}
	if len(out) < int(d.Threshold) {
		return nil, fmt.Errorf("solana keys: %d reachable, the multisig needs %d", len(out), d.Threshold)
	}
	return out, nil
}

// partial is signer's signature over req: from a key held here (checked against this bridge's own record),
// or from its node.
func (b *Bridge) partial(ctx context.Context, signer solana.PublicKey, req CoSignRequest) (solgateway.PartialSignature, error) {
	for _, k := range b.deps.SolanaKeys {
		if k.PublicKey().Equals(signer) {
			return b.coSign(ctx, k, req)
		}
	}
	if b.deps.CoSigners == nil {
		return solgateway.PartialSignature{}, fmt.Errorf("co-signer %s: key not held here", signer)
	}
	return b.deps.CoSigners.CoSign(ctx, signer, req)
}

// outbound executes a final OutboundRequested: a release on Solana, or a return when the vault cannot pay.
func (b *Bridge) outbound(ctx context.Context, it *Item) error {
	o, err := b.deps.Arbitrum.Outbound(ctx, it.OutboundID)
	if err != nil {
		return err
	}
	if o.Status == protocol.OutboundReturned {
		return b.save(ctx, it, StateReturned)
	}
	if o.Status != protocol.OutboundOpen || o.Mint != it.Mint || o.SolanaAmount != it.Amount {
		return fmt.Errorf("outbound %d on chain (%+v) is not the requested one", it.OutboundID, o)
	}
	have, err := solgateway.TokenBalance(ctx, b.deps.Solana, b.vault(it.Mint).Account, rpc.CommitmentFinalized)
	if err != nil {
		return err
	}
	if have < it.Amount {
		// Nothing was proposed for it (this is state new), so no signed release can land after the return.
		it.ReturnReason = oracle.ReturnVaultShort
		return b.attestReturn(ctx, it)
	}
	return b.payOut(ctx, it)
}

func (b *Bridge) attestReturn(ctx context.Context, it *Item) error {
	p := oracle.SolanaOutboundReturn{OutboundID: it.OutboundID, Reason: it.ReturnReason}
	sigs, err := b.deps.Attester.Attest(ctx, b.deps.Arbitrum.Address(), oracle.SolanaOutboundID(it.OutboundID), p)
	if err != nil {
		return fmt.Errorf("attest return: %w", err)
	}
	if err := b.save(ctx, it, StateReturning); err != nil {
		return err
	}
	tx, err := b.deps.Arbitrum.ReturnOutbound(ctx, p, sigs)
	if err != nil {
		return fmt.Errorf("return outbound: %w", err)
	}
	it.EVMTx = tx.Hash
	b.log.Info().Uint64("outbound", it.OutboundID).Uint8("reason", uint8(it.ReturnReason)).Msg("outbound transfer returned")
	return b.save(ctx, it, StateReturned)
}

func (b *Bridge) resumeReturn(ctx context.Context, it *Item) error {
	o, err := b.deps.Arbitrum.Outbound(ctx, it.OutboundID)
	if err != nil {
		return err
	}
	if o.Status == protocol.OutboundReturned {
		return b.save(ctx, it, StateReturned)
	}
	return b.attestReturn(ctx, it)
}

// returnFailed handles an outbound release that landed and failed (it moved nothing): the proposal's durable
// nonce is advanced first if it still holds the value the failed transaction used (a node that does not advance
// it on failure would let the same signed bytes land later, after the return), then the transfer is returned:
// VaultShort when the vault cannot pay it now, else RecipientUnusable.
func (b *Bridge) returnFailed(ctx context.Context, it *Item, txErr any) error {
	c := b.deps.Solana
	proposer := b.deps.SolanaKeys[0]
	nonce, _ := b.cfg.Deployment.NonceOf(proposer.PublicKey())
	ns, err := solgateway.FetchNonce(ctx, c, nonce.Address, rpc.CommitmentProcessed)
	if err != nil {
		return err
	}
	if ns.Value == it.SolanaNonce {
		adv := system.NewAdvanceNonceAccountInstruction(nonce.Address, solana.SysVarRecentBlockHashesPubkey, proposer.PublicKey()).Build()
		if _, err := solgateway.SendAndWait(ctx, c, []solana.Instruction{adv}, proposer, nil, rpc.CommitmentFinalized); err != nil {
			return fmt.Errorf("advance the nonce of the failed release: %w", err)
		}
	}
	// The nonce has moved: the release can no longer land, so its status now is final. It may have landed just
	// before (a resend refused as already processed): then it is paid, not returned.
	st, err := c.GetSignatureStatuses(ctx, true, it.SolanaSig)
	if err != nil {
		return err
	}
	if len(st.Value) == 1 && st.Value[0] != nil && st.Value[0].Err == nil {
		if err := solgateway.Wait(ctx, c, it.SolanaSig, rpc.CommitmentFinalized); err != nil {
			return err
		}
		return b.finish(ctx, it)
	}
	have, err := solgateway.TokenBalance(ctx, c, b.vault(it.Mint).Account, rpc.CommitmentFinalized)
	if err != nil {
		return err
	}
	it.ReturnReason = oracle.ReturnRecipientUnusable
	if have < it.Amount {
		it.ReturnReason = oracle.ReturnVaultShort
	}
	b.log.Warn().Uint64("outbound", it.OutboundID).Str("solana_tx", it.SolanaSig.String()).Interface("error", txErr).Msg("release on Solana failed: returning the transfer")
	return b.attestReturn(ctx, it)
}

// done reports whether the mirror already shows the outflow (a refund of the deposit, a release with the
// outbound's reference).
func (b *Bridge) done(ctx context.Context, o solgateway.Outflow) (bool, error) {
	rows, err := b.deps.Mirror.Outflows(ctx)
	if err != nil {
		return false, err
	}
	for _, r := range rows {
		if r.Kind == o.Kind && r.Reference == o.Reference {
			return true, nil
		}
	}
	return false, nil
}

func (b *Bridge) finish(ctx context.Context, it *Item) error {
	if it.Kind == KindDeposit {
		b.log.Info().Str("deposit", it.Deposit.String()).Str("solana_tx", it.SolanaSig.String()).Msg("deposit refunded on Solana")
		return b.save(ctx, it, StateRefunded)
	}
	b.log.Info().Uint64("outbound", it.OutboundID).Str("solana_tx", it.SolanaSig.String()).Msg("outbound transfer released on Solana")
	return b.save(ctx, it, StateReleased)
}

// payOut pays a refund or an outbound release on Solana. The signed transaction is stored before it is sent;
// after a restart it is sent again as the same bytes while its nonce is unchanged (it can land at most once),
// and a new one is built only when the nonce moved without it landing.
func (b *Bridge) payOut(ctx context.Context, it *Item) error {
	c := b.deps.Solana
	if len(it.SolanaTx) > 0 {
		st, err := c.GetSignatureStatuses(ctx, true, it.SolanaSig)
		if err != nil {
			return err
		}
		if len(st.Value) == 1 && st.Value[0] != nil {
			if st.Value[0].Err != nil {
				if it.Kind == KindOutbound {
					return b.returnFailed(ctx, it, st.Value[0].Err)
				}
				// A refund that landed and failed moved nothing. Its nonce is spent (or advanced now, should a
				// node not advance it on failure), so those bytes can never land: the refund is built anew on
				// the next pass, and co-signers accept the new message since the old one is dead.
				if err := b.invalidate(ctx, it.SolanaNonce); err != nil {
					return err
				}
				b.log.Warn().Str("deposit", it.Deposit.String()).Str("solana_tx", it.SolanaSig.String()).Interface("error", st.Value[0].Err).
					Msg("refund failed on Solana: building a new one")
				failed := fmt.Errorf("%w: %s: %v", solgateway.ErrTxFailed, it.SolanaSig, st.Value[0].Err)
				it.SolanaTx, it.SolanaSig, it.SolanaNonce = nil, solana.Signature{}, solana.Hash{}
				if err := b.save(ctx, it, StateRefundRecorded); err != nil {
					return err
				}
				return failed
			}
			if err := solgateway.Wait(ctx, c, it.SolanaSig, rpc.CommitmentFinalized); err != nil {
				return err
			}
			return b.finish(ctx, it)
		}
		nonce, _ := b.cfg.Deployment.NonceOf(b.deps.SolanaKeys[0].PublicKey())
		ns, err := solgateway.FetchNonce(ctx, c, nonce.Address, rpc.CommitmentProcessed)
		if err != nil {
			return err
		}
		if ns.Value == it.SolanaNonce {
			tx, err := solana.TransactionFromBytes(it.SolanaTx)
			if err != nil {
				return fmt.Errorf("stored Solana transaction: %w", err)
			}
			return b.submit(ctx, it, tx)
		}
		// The nonce moved and our transaction never landed: it can no longer land. Build anew.
		it.SolanaTx, it.SolanaSig, it.SolanaNonce = nil, solana.Signature{}, solana.Hash{}
	}
	o := b.outflowOf(it)
	if done, err := b.done(ctx, o); err != nil || done {
		if done {
			return b.finish(ctx, it)
		}
		return err
	}
	nonce, _ := b.cfg.Deployment.NonceOf(o.Proposer)
	ns, err := solgateway.FetchNonce(ctx, c, nonce.Address, rpc.CommitmentProcessed)
	if err != nil {
		return err
	}
	if o.Signers, err = b.coSigners(it.Key); err != nil {
		return err
	}
	prop, err := solgateway.BuildOutflow(b.cfg.Deployment, o, ns.Value)
	if err != nil {
		return err
	}
	own, err := b.deps.SolanaKeys[0].Sign(prop.Message)
	if err != nil {
		return err
	}
	req := CoSignRequest{Key: it.Key, Message: prop.Message, ProposerSignature: own}
	parts := []solgateway.PartialSignature{{Signer: o.Proposer, Signature: own}}
	for _, signer := range o.Signers {
		// Each co-signer decodes the bytes and checks them against its own record of what is owed; this
		// node's own co-signature is checked and recorded the same way.
		p, err := b.partial(ctx, signer, req)
		if err != nil {
			b.mu.Lock()
			b.rotation[it.Key]++
			b.mu.Unlock()
			return errors.Join(fmt.Errorf("co-signer %s: %w", signer, err), b.invalidate(ctx, ns.Value))
		}
		if !p.Signer.Equals(o.Proposer) {
			parts = append(parts, p)
		}
	}
	tx, err := solgateway.Assemble(prop.Message, parts)
	if err != nil {
		return err
	}
	wire, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	it.SolanaTx, it.SolanaSig, it.SolanaNonce = wire, tx.Signatures[0], ns.Value
	if err := b.save(ctx, it, StateSolanaSent); err != nil {
		return err
	}
	return b.submit(ctx, it, tx)
}

// invalidate advances this node's nonce if it still holds value, so that no partial signatures given out over
// a message on it can ever make a transaction that lands (a co-signing round that did not complete).
func (b *Bridge) invalidate(ctx context.Context, value solana.Hash) error {
	proposer := b.deps.SolanaKeys[0]
	nonce, _ := b.cfg.Deployment.NonceOf(proposer.PublicKey())
	ns, err := solgateway.FetchNonce(ctx, b.deps.Solana, nonce.Address, rpc.CommitmentProcessed)
	if err != nil || ns.Value != value {
		return err
	}
	adv := system.NewAdvanceNonceAccountInstruction(nonce.Address, solana.SysVarRecentBlockHashesPubkey, proposer.PublicKey()).Build()
	if _, err := solgateway.SendAndWait(ctx, b.deps.Solana, []solana.Instruction{adv}, proposer, nil, rpc.CommitmentFinalized); err != nil {
		return fmt.Errorf("advance the nonce of an incomplete co-signing round: %w", err)
	}
	return nil
}

// submit sends the stored payout and waits for it. An outbound release the node refuses at preflight (it would
// fail: the vault or the recipient's account cannot take it now) is invalidated and returned (returnFailed).
func (b *Bridge) submit(ctx context.Context, it *Item, tx *solana.Transaction) error {
	_, err := solgateway.SubmitAndWait(ctx, b.deps.Solana, tx, rpc.CommitmentFinalized)
	var rpcErr *jsonrpc.RPCError
	switch {
	case err == nil:
		return b.finish(ctx, it)
	case it.Kind == KindOutbound && errors.As(err, &rpcErr) && rpcErr.Code == preflightFailure:
		return b.returnFailed(ctx, it, err)
	}
	return err
}

// preflightFailure is the JSON-RPC code of a transaction refused at preflight (simulation failed).
const preflightFailure = -32002

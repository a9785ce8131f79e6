package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/retry"
)

var (
	// ErrTxFailed means a transaction was mined with status 0. When the revert data could be read back the
	// error also wraps the *RevertError.
	ErrTxFailed = errors.New("reverted on chain")
	// ErrNonceConsumed means the nonce of a pending transaction was used by a transaction this submitter did
	// not send (another process signing with the same key).
	ErrNonceConsumed = errors.New("nonce consumed by a transaction this submitter did not send")
	// ErrInvalidRequest means a TxRequest that cannot become a transaction.
	ErrInvalidRequest = errors.New("invalid transaction request")
)

// nonceRetries bounds how often one Send resynchronizes the nonce after the node rejected it.
const nonceRetries = 3

// TxRequest is one transaction to submit. Bindings supply Data (PackX for a call, the bytecode followed by
// PackConstructor for a deployment).
type TxRequest struct {
	// Label names the transaction in logs and errors ("openLease", "deploy LeaseEscrow").
	Label string
	// To is the contract called; nil deploys Data as creation code.
	To    *common.Address
	Data  []byte
	Value *big.Int
	// GasLimit overrides estimation when non-zero.
	GasLimit uint64
}

func (r TxRequest) label() string {
	switch {
	case r.Label != "":
		return r.Label
	case r.To == nil:
		return "deploy"
	}
	return "tx to " + r.To.Hex()
}

func (r TxRequest) validate() error {
	if r.To == nil && len(r.Data) == 0 {
		return fmt.Errorf("%w: a deployment needs creation code", ErrInvalidRequest)
	}
	if r.Value != nil && r.Value.Sign() < 0 {
		return fmt.Errorf("%w: negative value %s", ErrInvalidRequest, r.Value)
	}
	return nil
}

// PendingTx is a broadcast transaction and every replacement of it (same nonce, higher fees). Wait for it
// with Submitter.Wait, from one goroutine at a time.
type PendingTx struct {
	Label string
	From  common.Address
	Nonce uint64

	mu       sync.Mutex
	txs      []*types.Transaction // oldest first
	lastSent time.Time
}

// Tx is the latest version broadcast.
func (p *PendingTx) Tx() *types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.txs[len(p.txs)-1]
}

// Hashes are the hashes of every version broadcast, oldest first: any of them may be the one mined.
func (p *PendingTx) Hashes() []common.Hash {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]common.Hash, len(p.txs))
	for i, tx := range p.txs {
		out[i] = tx.Hash()
	}
	return out
}

func (p *PendingTx) byHash(h common.Hash) *types.Transaction {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, tx := range p.txs {
		if tx.Hash() == h {
			return tx
		}
	}
	return nil
}

func (p *PendingTx) replaced(tx *types.Transaction, at time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.txs = append(p.txs, tx)
	p.lastSent = at
}

func (p *PendingTx) sinceSent(now time.Time) time.Duration {
	p.mu.Lock()
	defer p.mu.Unlock()
	return now.Sub(p.lastSent)
}

func (p *PendingTx) touch(at time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.lastSent = at
}

// Submitter sends transactions from one account and sees them mined. It is safe for concurrent use: nonces
// are assigned locally, in order, so many goroutines can send at once without waiting for each other's
// transactions to be mined.
type Submitter struct {
	cfg      Config
	backend  TxBackend
	signer   TxSigner
	chainID  *big.Int
	txSigner types.Signer
	errs     *ErrorDecoder
	log      zerolog.Logger

	// nonceLock is a one-slot semaphore (a mutex a context can abandon) held while a nonce is assigned and its
	// transaction broadcast, so nonces reach the node gap-free and in order.
	nonceLock  chan struct{}
	nonce      uint64
	nonceKnown bool
}

// NewSubmitter builds a submitter for signer's account on the chain chainID (read it once with ChainID and
// check it against the deployment). errs decodes reverts; nil decodes only Error(string) and Panic(uint256).
func NewSubmitter(cfg Config, backend TxBackend, signer TxSigner, chainID *big.Int, errs *ErrorDecoder, log zerolog.Logger) (*Submitter, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if backend == nil || signer == nil {
		return nil, errors.New("new submitter: backend and signer are required")
	}
	if chainID == nil || chainID.Sign() <= 0 {
		return nil, fmt.Errorf("new submitter: chain id must be positive, got %v", chainID)
	}
	if errs == nil {
		errs = NewErrorDecoder()
	}
	return &Submitter{
		cfg:       cfg,
		backend:   backend,
		signer:    signer,
		chainID:   new(big.Int).Set(chainID),
		txSigner:  types.LatestSignerForChainID(chainID),
		errs:      errs,
		log:       log.With().Str("component", "chain-submitter").Stringer("from", signer.Address()).Logger(),
		nonceLock: make(chan struct{}, 1),
	}, nil
}

// Address is the account this submitter sends from.
func (s *Submitter) Address() common.Address { return s.signer.Address() }

// Submit sends req and waits until it is mined with the configured confirmations. A revert, at estimation or
// on chain, comes back as an error wrapping the decoded *RevertError.
func (s *Submitter) Submit(ctx context.Context, req TxRequest) (*types.Receipt, error) {
	p, err := s.Send(ctx, req)
	if err != nil {
		return nil, err
	}
	return s.Wait(ctx, p)
}

// Send estimates gas (unless req sets it), prices and signs req with the next nonce and broadcasts it. A
// call that would revert fails here, before spending gas, with the decoded *RevertError.
func (s *Submitter) Send(ctx context.Context, req TxRequest) (*PendingTx, error) {
	label := req.label()
	if err := req.validate(); err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}
	gas := req.GasLimit
	if gas == 0 {
		est, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_estimateGas", func(ctx context.Context) (uint64, error) {
			return s.backend.EstimateGas(ctx, ethereum.CallMsg{From: s.Address(), To: req.To, Value: req.Value, Data: req.Data})
		})
		if err != nil {
			return nil, fmt.Errorf("%s: estimate gas: %w", label, s.errs.Wrap(err))
		}
		gas = est + est*s.cfg.GasMarginPercent/100
	}
	f, err := s.newFees(ctx)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", label, err)
	}

	select {
	case s.nonceLock <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("%s: wait for nonce: %w", label, ctx.Err())
	}
	defer func() { <-s.nonceLock }()

	for attempt := 1; ; attempt++ {
		if !s.nonceKnown {
			n, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
				return s.backend.PendingNonceAt(ctx, s.Address())
			})
			if err != nil {
				return nil, fmt.Errorf("%s: pending nonce: %w", label, err)
			}
			s.nonce, s.nonceKnown = n, true
		}
		nonce := s.nonce
		tx, err := s.sign(ctx, nonce, req.To, req.Value, req.Data, gas, f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", label, err)
		}
		err = s.broadcast(ctx, tx)
		if err == nil {
			s.nonce++
			s.log.Info().Str("tx", label).Stringer("hash", tx.Hash()).Uint64("nonce", nonce).Uint64("gas", gas).
				Stringer("tip", f.tip).Stringer("feeCap", f.feeCap).Msg("transaction sent")
			return &PendingTx{Label: label, From: s.Address(), Nonce: nonce, txs: []*types.Transaction{tx}, lastSent: time.Now()}, nil
		}
		switch kind := classifySendError(err); {
		case (kind == sendNonceTooLow || kind == sendNonceTooHigh) && attempt < nonceRetries:
			s.log.Warn().Err(err).Uint64("nonce", nonce).Msg("node rejected nonce, resynchronizing")
			s.nonceKnown = false
			continue
		case kind == sendFeeTooLow && attempt < nonceRetries:
			s.log.Warn().Err(err).Msg("fee cap below base fee, repricing")
			if f, err = s.newFees(ctx); err != nil {
				return nil, fmt.Errorf("%s: %w", label, err)
			}
			continue
		}
		// Whether the node holds this nonce now (a lost response, a cancelled request) is unknown: ask it
		// next time rather than risk a gap or a collision.
		s.nonceKnown = false
		return nil, fmt.Errorf("%s: send tx nonce %d: %w", label, nonce, err)
	}
}

// Wait polls until one version of p is mined with the configured confirmations and still canonical, replacing
// it with higher fees whenever it stays unmined for BumpAfter. A mined transaction that failed is returned
// with an error wrapping ErrTxFailed and, when it can be read back, the decoded *RevertError.
func (s *Submitter) Wait(ctx context.Context, p *PendingTx) (*types.Receipt, error) {
	ticker := time.NewTicker(s.cfg.PollInterval)
	defer ticker.Stop()
	nonceGone := 0
	for {
		rcpt, err := s.findReceipt(ctx, p)
		if err != nil {
			return nil, fmt.Errorf("%s: receipt of nonce %d: %w", p.Label, p.Nonce, err)
		}
		if rcpt != nil {
			ok, err := s.confirmed(ctx, rcpt)
			if err != nil {
				return nil, fmt.Errorf("%s: confirm %s: %w", p.Label, rcpt.TxHash, err)
			}
			if ok {
				return s.finish(ctx, p, rcpt)
			}
		} else if p.sinceSent(time.Now()) >= s.cfg.BumpAfter {
			mined, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_getTransactionCount", func(ctx context.Context) (uint64, error) {
				return s.backend.NonceAt(ctx, p.From, nil)
			})
			switch {
			case err != nil:
				if ctx.Err() != nil {
					return nil, fmt.Errorf("%s: %w", p.Label, ctx.Err())
				}
				s.log.Warn().Err(err).Str("tx", p.Label).Msg("read account nonce")
			case mined > p.Nonce:
				// Mined, but no receipt for any of our versions: either it was just mined (the next poll sees
				// it) or someone else used the nonce. Give the receipt a few polls to appear.
				if nonceGone++; nonceGone >= 3 {
					return nil, fmt.Errorf("%s: nonce %d (sent as %v): %w", p.Label, p.Nonce, p.Hashes(), ErrNonceConsumed)
				}
			default:
				nonceGone = 0
				if err := s.bump(ctx, p); err != nil {
					if ctx.Err() != nil {
						return nil, fmt.Errorf("%s: %w", p.Label, ctx.Err())
					}
					s.log.Warn().Err(err).Str("tx", p.Label).Uint64("nonce", p.Nonce).Msg("could not replace stuck transaction")
				}
			}
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("%s: waiting for %v: %w", p.Label, p.Hashes(), ctx.Err())
		case <-ticker.C:
		}
	}
}

// findReceipt returns the receipt of whichever version of p was mined, nil if none is (yet).
func (s *Submitter) findReceipt(ctx context.Context, p *PendingTx) (*types.Receipt, error) {
	hashes := p.Hashes()
	for i := len(hashes) - 1; i >= 0; i-- { // the newest version is the likeliest to be mined
		h := hashes[i]
		rcpt, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_getTransactionReceipt", func(ctx context.Context) (*types.Receipt, error) {
			return s.backend.TransactionReceipt(ctx, h)
		})
		switch {
		case err == nil && rcpt != nil:
			return rcpt, nil
		case err == nil, errors.Is(err, ethereum.NotFound):
			continue
		case ctx.Err() != nil:
			return nil, ctx.Err()
		case retry.Classify(err) == retry.Transient || retry.Classify(err) == retry.Timeout:
			// Retries ran out; the node may recover before the next poll.
			s.log.Warn().Err(err).Stringer("hash", h).Msg("receipt lookup failed")
			continue
		default:
			return nil, err
		}
	}
	return nil, nil
}

// confirmed reports whether rcpt's block has Confirmations blocks on top (itself included) and is still the
// canonical block at its height; after a reorg the next receipt lookup finds where the transaction went.
func (s *Submitter) confirmed(ctx context.Context, rcpt *types.Receipt) (bool, error) {
	head, err := s.header(ctx, nil)
	if err != nil {
		return false, err
	}
	need := new(big.Int).Add(rcpt.BlockNumber, new(big.Int).SetUint64(s.cfg.Confirmations-1))
	if head.Number.Cmp(need) < 0 {
		return false, nil
	}
	canonical, err := s.header(ctx, rcpt.BlockNumber)
	if err != nil {
		return false, err
	}
	if canonical.Hash() != rcpt.BlockHash {
		s.log.Warn().Stringer("hash", rcpt.TxHash).Stringer("block", rcpt.BlockNumber).Msg("block with transaction reorged out")
		return false, nil
	}
	return true, nil
}

// finish returns a successful receipt, or explains a failed one by replaying the transaction on the state of
// its block, which yields the revert data the receipt does not carry.
func (s *Submitter) finish(ctx context.Context, p *PendingTx, rcpt *types.Receipt) (*types.Receipt, error) {
	if rcpt.Status == types.ReceiptStatusSuccessful {
		s.log.Info().Str("tx", p.Label).Stringer("hash", rcpt.TxHash).Stringer("block", rcpt.BlockNumber).
			Uint64("gasUsed", rcpt.GasUsed).Msg("transaction mined")
		return rcpt, nil
	}
	tx := p.byHash(rcpt.TxHash)
	prefix := fmt.Sprintf("%s: tx %s in block %s", p.Label, rcpt.TxHash, rcpt.BlockNumber)
	if tx == nil {
		return rcpt, fmt.Errorf("%s %w", prefix, ErrTxFailed)
	}
	_, err := s.backend.CallContract(ctx, ethereum.CallMsg{
		From: p.From, To: tx.To(), Gas: tx.Gas(), Value: tx.Value(), Data: tx.Data(),
	}, rcpt.BlockNumber)
	if err == nil {
		return rcpt, fmt.Errorf("%s %w (gas used %d of %d; replaying it on that block succeeds, so it likely ran out of gas)",
			prefix, ErrTxFailed, rcpt.GasUsed, tx.Gas())
	}
	var re *RevertError
	if errors.As(s.errs.Wrap(err), &re) {
		return rcpt, fmt.Errorf("%s %w: %w", prefix, ErrTxFailed, re)
	}
	return rcpt, fmt.Errorf("%s %w (replay for the revert reason failed: %v)", prefix, ErrTxFailed, err)
}

// bump replaces p's latest version with the same transaction at higher fees.
func (s *Submitter) bump(ctx context.Context, p *PendingTx) error {
	old := p.Tx()
	head, err := s.header(ctx, nil)
	if err != nil {
		return err
	}
	if head.BaseFee == nil {
		return ErrNoBaseFee
	}
	tip, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_maxPriorityFeePerGas", s.backend.SuggestGasTipCap)
	if err != nil {
		return fmt.Errorf("suggest tip: %w", err)
	}
	f, err := bumpedFees(s.cfg, fees{tip: old.GasTipCap(), feeCap: old.GasFeeCap()}, head.BaseFee, tip)
	if err != nil {
		p.touch(time.Now()) // try again after another BumpAfter, not on every poll
		return err
	}
	tx, err := s.sign(ctx, p.Nonce, old.To(), old.Value(), old.Data(), old.Gas(), f)
	if err != nil {
		return err
	}
	now := time.Now()
	switch err := s.broadcast(ctx, tx); {
	case err == nil:
		p.replaced(tx, now)
		s.log.Warn().Str("tx", p.Label).Uint64("nonce", p.Nonce).Stringer("replaced", old.Hash()).Stringer("hash", tx.Hash()).
			Stringer("tip", f.tip).Stringer("feeCap", f.feeCap).Msg("replaced stuck transaction with higher fees")
		return nil
	case classifySendError(err) == sendNonceTooLow:
		// A version was mined meanwhile (or the nonce was taken): the receipt lookup sorts it out.
		p.touch(now)
		return nil
	default:
		p.touch(now)
		return fmt.Errorf("replace nonce %d: %w", p.Nonce, err)
	}
}

// newFees prices a new transaction from the head's base fee and the node's tip suggestion.
func (s *Submitter) newFees(ctx context.Context) (fees, error) {
	head, err := s.header(ctx, nil)
	if err != nil {
		return fees{}, err
	}
	if head.BaseFee == nil {
		return fees{}, ErrNoBaseFee
	}
	tip, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_maxPriorityFeePerGas", s.backend.SuggestGasTipCap)
	if err != nil {
		return fees{}, fmt.Errorf("suggest tip: %w", err)
	}
	return initialFees(s.cfg, head.BaseFee, tip)
}

func (s *Submitter) header(ctx context.Context, number *big.Int) (*types.Header, error) {
	h, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_getBlockByNumber", func(ctx context.Context) (*types.Header, error) {
		return s.backend.HeaderByNumber(ctx, number)
	})
	if err != nil {
		return nil, fmt.Errorf("header %v: %w", number, err)
	}
	return h, nil
}

func (s *Submitter) sign(ctx context.Context, nonce uint64, to *common.Address, value *big.Int, data []byte, gas uint64, f fees) (*types.Transaction, error) {
	if value == nil {
		value = new(big.Int)
	}
	tx, err := s.signer.SignTx(ctx, types.NewTx(&types.DynamicFeeTx{
		ChainID: s.chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap, Gas: gas, To: to, Value: value, Data: data,
	}), s.chainID)
	if err != nil {
		return nil, fmt.Errorf("sign tx nonce %d: %w", nonce, err)
	}
	if from, err := types.Sender(s.txSigner, tx); err != nil || from != s.Address() {
		return nil, fmt.Errorf("sign tx nonce %d: signer produced a transaction from %s (%v), want %s", nonce, from, err, s.Address())
	}
	return tx, nil
}

// broadcast sends tx, retrying transient failures. A node that already has tx (a retry after a lost response)
// counts as success.
func (s *Submitter) broadcast(ctx context.Context, tx *types.Transaction) error {
	_, err := retry.Do(ctx, s.cfg.Retry, s.log, "eth_sendRawTransaction", func(ctx context.Context) (struct{}, error) {
		return struct{}{}, s.backend.SendTransaction(ctx, tx)
	})
	if err != nil && classifySendError(err) == sendAlreadyKnown {
		return nil
	}
	return err
}

type sendError int

const (
	sendOther sendError = iota
	sendAlreadyKnown
	sendNonceTooLow
	sendNonceTooHigh
	sendFeeTooLow
)

// classifySendError sorts the rejections of go-ethereum, anvil, Nethermind and the Arbitrum sequencer, which
// only tell them apart by message.
func classifySendError(err error) sendError {
	msg := strings.ToLower(err.Error())
	has := func(subs ...string) bool {
		for _, sub := range subs {
			if strings.Contains(msg, sub) {
				return true
			}
		}
		return false
	}
	switch {
	case has("already known", "known transaction", "already imported", "alreadyknown"):
		return sendAlreadyKnown
	case has("nonce too low", "oldnonce", "nonce has already been used"):
		return sendNonceTooLow
	case has("nonce too high", "nonce gap"):
		return sendNonceTooHigh
	case has("less than block base fee", "fee cap less than base fee", "feecap too low"):
		return sendFeeTooLow
	}
	return sendOther
}

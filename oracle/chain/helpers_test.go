package chain_test

import (
	"context"
	"crypto/ecdsa"
	"math/big"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
)

// The backends the submitter must run on: a real RPC client (anvil, Arbitrum) and the simulated chain's.
var (
	_ chain.TxBackend = (*ethclient.Client)(nil)
	_ chain.TxBackend = (simulated.Client)(nil)
)

// keySigner is the smallest TxSigner, for these tests only; oracle/keys provides the real one.
type keySigner struct{ key *ecdsa.PrivateKey }

func (k keySigner) Address() common.Address { return crypto.PubkeyToAddress(k.key.PublicKey) }

func (k keySigner) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), k.key)
}

// testConfig polls fast and never bumps unless a test asks for it.
func testConfig() chain.Config {
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	cfg.BumpAfter = time.Hour
	cfg.Retry.InitialBackoff = time.Millisecond
	cfg.Retry.MaxBackoff = 5 * time.Millisecond
	return cfg
}

func newSubmitter(t *testing.T, c *chaintest.Chain, backend chain.TxBackend, key *ecdsa.PrivateKey, cfg chain.Config, errs *chain.ErrorDecoder) *chain.Submitter {
	t.Helper()
	if backend == nil {
		backend = c.Client
	}
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.InfoLevel)
	s, err := chain.NewSubmitter(cfg, backend, keySigner{key}, c.ChainID, errs, log)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ctxTimeout(t *testing.T, d time.Duration) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return ctx
}

func nonceOf(t *testing.T, c *chaintest.Chain, hash common.Hash) uint64 {
	t.Helper()
	tx, _, err := c.Client.TransactionByHash(context.Background(), hash)
	if err != nil {
		t.Fatalf("transaction %s: %v", hash, err)
	}
	return tx.Nonce()
}

// lowballBackend makes the submitter price its next transaction far below the market while armed: it reports
// a zero base fee and the smallest tip the simulated miner accepts, so the fee cap sits under the real base
// fee and the transaction waits in the pool, unmineable.
type lowballBackend struct {
	chain.TxBackend
	armed atomic.Bool
}

func (b *lowballBackend) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	h, err := b.TxBackend.HeaderByNumber(ctx, number)
	if err != nil || !b.armed.Load() {
		return h, err
	}
	h = types.CopyHeader(h)
	h.BaseFee = new(big.Int)
	return h, nil
}

func (b *lowballBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if b.armed.Load() {
		return big.NewInt(1_000_000), nil
	}
	return b.TxBackend.SuggestGasTipCap(ctx)
}

// flakyBackend fails the first failures[method] calls of each method with err, like an overloaded RPC
// provider. For SendTransaction the failure comes after the node got the transaction (a lost response), so
// the retry meets "already known".
type flakyBackend struct {
	chain.TxBackend
	err error

	mu       sync.Mutex
	failures map[string]int
	injected map[string]int
}

func newFlaky(b chain.TxBackend, err error, failures map[string]int) *flakyBackend {
	return &flakyBackend{TxBackend: b, err: err, failures: failures, injected: map[string]int{}}
}

func (f *flakyBackend) fail(method string) bool {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failures[method] > 0 {
		f.failures[method]--
		f.injected[method]++
		return true
	}
	return false
}

func (f *flakyBackend) Injected(method string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.injected[method]
}

func (f *flakyBackend) EstimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	if f.fail("EstimateGas") {
		return 0, f.err
	}
	return f.TxBackend.EstimateGas(ctx, msg)
}

func (f *flakyBackend) SuggestGasTipCap(ctx context.Context) (*big.Int, error) {
	if f.fail("SuggestGasTipCap") {
		return nil, f.err
	}
	return f.TxBackend.SuggestGasTipCap(ctx)
}

func (f *flakyBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	if f.fail("HeaderByNumber") {
		return nil, f.err
	}
	return f.TxBackend.HeaderByNumber(ctx, n)
}

func (f *flakyBackend) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	if f.fail("PendingNonceAt") {
		return 0, f.err
	}
	return f.TxBackend.PendingNonceAt(ctx, a)
}

func (f *flakyBackend) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if f.fail("TransactionReceipt") {
		return nil, f.err
	}
	return f.TxBackend.TransactionReceipt(ctx, h)
}

func (f *flakyBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.fail("SendTransaction") {
		if err := f.TxBackend.SendTransaction(ctx, tx); err != nil {
			return err
		}
		return f.err
	}
	return f.TxBackend.SendTransaction(ctx, tx)
}

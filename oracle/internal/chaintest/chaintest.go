// Package chaintest runs an in-process go-ethereum chain (ethclient/simulated) for the oracle packages' tests,
// with funded keys, a serialized Commit, an optional background miner and the test-only Solidity fixtures of
// contracts/test/fixtures. It is test support only: nothing outside tests may import it.
package chaintest

import (
	"context"
	"crypto/ecdsa"
	"embed"
	"encoding/json"
	"fmt"
	"math/big"
	"path"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
)

// Chain is a simulated chain with funded accounts. Blocks are only produced by Commit (or AutoMine).
type Chain struct {
	Backend *simulated.Backend
	Client  simulated.Client
	ChainID *big.Int
	Keys    []*ecdsa.PrivateKey

	commitMu sync.Mutex
}

// FundedBalance is what each key starts with: 1,000,000 ETH.
var FundedBalance = new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(params.Ether))

// New starts a chain with n freshly generated funded keys; it is closed when the test ends. Its chain id is
// the simulated backend's, 1337: a dev chain.
func New(tb testing.TB, n int) *Chain {
	tb.Helper()
	return NewWithChainID(tb, n, params.AllDevChainProtocolChanges.ChainID)
}

// NewWithChainID is New on chain id chainID, e.g. a public network's, for code that behaves differently
// outside dev chains.
func NewWithChainID(tb testing.TB, n int, chainID *big.Int) *Chain {
	tb.Helper()
	alloc := types.GenesisAlloc{}
	keys := make([]*ecdsa.PrivateKey, n)
	for i := range keys {
		k, err := crypto.GenerateKey()
		if err != nil {
			tb.Fatalf("generate key: %v", err)
		}
		keys[i] = k
		alloc[crypto.PubkeyToAddress(k.PublicKey)] = types.Account{Balance: FundedBalance}
	}
	backend := simulated.NewBackend(alloc, func(_ *node.Config, eth *ethconfig.Config) {
		cfg := *eth.Genesis.Config
		cfg.ChainID = new(big.Int).Set(chainID)
		eth.Genesis.Config = &cfg
	})
	tb.Cleanup(func() {
		if err := backend.Close(); err != nil {
			tb.Errorf("close simulated backend: %v", err)
		}
	})
	return &Chain{
		Backend: backend,
		Client:  backend.Client(),
		ChainID: new(big.Int).Set(chainID),
		Keys:    keys,
	}
}

// Addr is the address of key i.
func (c *Chain) Addr(i int) common.Address { return crypto.PubkeyToAddress(c.Keys[i].PublicKey) }

// Commit seals a block. Safe to call from several goroutines (the simulated beacon is not).
func (c *Chain) Commit() common.Hash {
	c.commitMu.Lock()
	defer c.commitMu.Unlock()
	return c.Backend.Commit()
}

// AdjustTime seals an empty block d later than the last one, serialized with Commit (and so with AutoMine). It
// fails if transactions are pending: wait for them first.
func (c *Chain) AdjustTime(tb testing.TB, d time.Duration) {
	tb.Helper()
	c.commitMu.Lock()
	defer c.commitMu.Unlock()
	err := c.Backend.AdjustTime(d)
	if err != nil {
		// The simulated backend moves time only on an empty pending block: a transaction sent a moment ago
		// (a submitter's next send) is mined first, then the clock moves.
		c.Backend.Commit()
		err = c.Backend.AdjustTime(d)
	}
	if err != nil {
		tb.Fatalf("adjust time by %s: %v", d, err)
	}
}

// AutoMine commits a block every interval until the test ends (stopped before the backend closes).
func (c *Chain) AutoMine(tb testing.TB, interval time.Duration) {
	tb.Helper()
	done := make(chan struct{})
	stopped := make(chan struct{})
	go func() {
		defer close(stopped)
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.Commit()
			}
		}
	}()
	tb.Cleanup(func() {
		close(done)
		<-stopped
	})
}

// Head is the current block number.
func (c *Chain) Head(tb testing.TB) uint64 {
	tb.Helper()
	n, err := c.Client.BlockNumber(context.Background())
	if err != nil {
		tb.Fatalf("block number: %v", err)
	}
	return n
}

// Artifact is a compiled fixture: its ABI and creation bytecode.
type Artifact struct {
	Name     string
	ABI      abi.ABI
	Bytecode []byte
}

//go:embed testdata/*.json
var artifacts embed.FS

// ArtifactFile is the on-disk form of an embedded fixture artifact: the two fields of Foundry's
// contracts/out/<Name>.sol/<Name>.json the tests need.
type ArtifactFile struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode hexutil.Bytes   `json:"bytecode"`
}

// Fixtures are the contracts of contracts/test/fixtures embedded here, and MockERC20 of contracts/test/mocks (an
// ERC-20 without EIP-2612 permits, for the approval path).
var Fixtures = []string{"Reverter", "TypedDataProbe", "MockERC20"}

// LoadArtifact returns the embedded fixture name (one of Fixtures).
func LoadArtifact(tb testing.TB, name string) Artifact {
	tb.Helper()
	raw, err := artifacts.ReadFile(path.Join("testdata", name+".json"))
	if err != nil {
		tb.Fatalf("fixture %s: %v", name, err)
	}
	var f ArtifactFile
	if err := json.Unmarshal(raw, &f); err != nil {
		tb.Fatalf("fixture %s: %v", name, err)
	}
	parsed, err := abi.JSON(bytesReader(f.ABI))
	if err != nil {
		tb.Fatalf("fixture %s abi: %v", name, err)
	}
	return Artifact{Name: name, ABI: parsed, Bytecode: f.Bytecode}
}

// Deploy deploys art from key with constructor args, commits a block and fails the test unless it succeeded.
// Call it before AutoMine or not: Commit is serialized either way.
func (c *Chain) Deploy(tb testing.TB, key *ecdsa.PrivateKey, art Artifact, args ...any) common.Address {
	tb.Helper()
	input, err := art.ABI.Pack("", args...)
	if err != nil {
		tb.Fatalf("pack %s constructor: %v", art.Name, err)
	}
	rcpt := c.SendAndCommit(tb, key, nil, append(append([]byte{}, art.Bytecode...), input...), nil)
	if rcpt.Status != types.ReceiptStatusSuccessful {
		tb.Fatalf("deploy %s: receipt status %d", art.Name, rcpt.Status)
	}
	return rcpt.ContractAddress
}

// SendAndCommit sends a transaction with generous fixed gas and fees, commits a block and returns the receipt,
// whatever its status. It is the tests' own plain path, independent of the submitter under test.
func (c *Chain) SendAndCommit(tb testing.TB, key *ecdsa.PrivateKey, to *common.Address, data []byte, value *big.Int) *types.Receipt {
	tb.Helper()
	ctx := context.Background()
	from := crypto.PubkeyToAddress(key.PublicKey)
	nonce, err := c.Client.PendingNonceAt(ctx, from)
	if err != nil {
		tb.Fatalf("pending nonce: %v", err)
	}
	if value == nil {
		value = new(big.Int)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(c.ChainID), &types.DynamicFeeTx{
		ChainID:   c.ChainID,
		Nonce:     nonce,
		GasTipCap: big.NewInt(params.GWei),
		GasFeeCap: big.NewInt(100 * params.GWei),
		Gas:       5_000_000,
		To:        to,
		Value:     value,
		Data:      data,
	})
	if err != nil {
		tb.Fatalf("sign tx: %v", err)
	}
	if err := c.Client.SendTransaction(ctx, tx); err != nil {
		tb.Fatalf("send tx: %v", err)
	}
	c.Commit()
	rcpt, err := c.Client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		tb.Fatalf("receipt of %s: %v", tx.Hash(), err)
	}
	return rcpt
}

// Call runs a read-only call of method on the contract at to and unpacks its outputs.
func (c *Chain) Call(tb testing.TB, art Artifact, to common.Address, method string, args ...any) []any {
	tb.Helper()
	input, err := art.ABI.Pack(method, args...)
	if err != nil {
		tb.Fatalf("pack %s.%s: %v", art.Name, method, err)
	}
	out, err := c.Client.CallContract(context.Background(), ethereumCall(to, input), nil)
	if err != nil {
		tb.Fatalf("call %s.%s: %v", art.Name, method, err)
	}
	res, err := art.ABI.Unpack(method, out)
	if err != nil {
		tb.Fatalf("unpack %s.%s: %v", art.Name, method, err)
	}
	return res
}

// MustPack packs a call to method or fails the test.
func (a Artifact) MustPack(tb testing.TB, method string, args ...any) []byte {
	tb.Helper()
	input, err := a.ABI.Pack(method, args...)
	if err != nil {
		tb.Fatalf("pack %s.%s: %v", a.Name, method, err)
	}
	return input
}

func (a Artifact) String() string { return fmt.Sprintf("fixture %s", a.Name) }

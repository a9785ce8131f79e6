// Package testchain runs idlegrid's contracts on go-ethereum's in-process simulated chain for the indexer's
// tests and benchmarks: it deploys them, sends transactions from funded accounts, seals blocks (checking every
// transaction succeeded) and forks the chain to script reorgs.
package testchain

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"net"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/idlegrid/idlegrid/bindings/gridtoken"
	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/leasejournal"
	"github.com/idlegrid/idlegrid/bindings/mockusd"
	"github.com/idlegrid/idlegrid/bindings/noderegistry"
	"github.com/idlegrid/idlegrid/bindings/priceoracle"
	"github.com/idlegrid/idlegrid/bindings/quorum"
	"github.com/idlegrid/idlegrid/bindings/rewards"
	"github.com/idlegrid/idlegrid/bindings/staking"
	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

// Account is a funded test account.
type Account struct {
	Addr common.Address
	Key  *ecdsa.PrivateKey
}

// GPU classes set up with a minimum stake per GPU.
var Classes = []string{gpuclass.RTX4090, gpuclass.A100_80, gpuclass.H100, gpuclass.H200}

// MinStakePerGPU is the stake each listed GPU locks.
var MinStakePerGPU = Ether(100)

// Ether is n * 1e18.
func Ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(params.Ether)) }

// Options shape the chain.
type Options struct {
	Accounts int
	// GasLimit per block.
	GasLimit uint64
	// IndexLogs turns on geth's log index (off by default in the simulated backend, as on most fresh nodes).
	IndexLogs bool
	// DataDir keeps the chain on disk (empty: in memory).
	DataDir string
	// HTTP serves JSON-RPC on a free loopback port (Chain.HTTPEndpoint), for tests that talk to it from
	// another process.
	HTTP bool
	// KeepOpen leaves the chain running after the test that built it (benchmarks share one filled chain);
	// the process exit closes it.
	KeepOpen bool
}

// Chain is a simulated chain with idlegrid deployed.
type Chain struct {
	tb       testing.TB
	Backend  *simulated.Backend
	Client   simulated.Client
	ChainID  *big.Int
	Accounts []Account
	// Contracts by deployment name.
	Contracts   map[string]common.Address
	DeployBlock uint64
	// USDAddress is the test stablecoin (MockUSD): not an indexed contract.
	USDAddress common.Address
	// HTTPEndpoint is the JSON-RPC URL when Options.HTTP is set.
	HTTPEndpoint string

	signer  types.Signer
	nonces  map[common.Address]uint64
	pending []common.Hash

	Token    *gridtoken.GridToken
	Staking  *staking.Staking
	Quorum   *quorum.AttestationQuorum
	Rewards  *rewards.Rewards
	Escrow   *leaseescrow.LeaseEscrow
	Oracle   *priceoracle.GridPriceOracle
	USD      *mockusd.MockUSD
	Registry *noderegistry.NodeRegistry
	Journal  *leasejournal.LeaseJournal

	signerSet     oracle.SignerSet
	inspectorKeys map[common.Address]*ecdsa.PrivateKey
}

// New deploys the v2 suite but Rewards (GridToken, Staking, AttestationQuorum, GridPriceOracle, NodeRegistry,
// LeaseEscrow, LeaseJournal, wired as Deploy.s.sol wires them), sets a minimum stake for Classes and gives every
// account 1,000,000 GRID. Account 0 is the deployer, governance and treasury.
func New(tb testing.TB, opts Options) *Chain {
	tb.Helper()
	if opts.Accounts == 0 {
		opts.Accounts = 8
	}
	if opts.GasLimit == 0 {
		opts.GasLimit = 300_000_000
	}
	c := &Chain{tb: tb, nonces: map[common.Address]uint64{}, Contracts: map[string]common.Address{},
		Token: gridtoken.NewGridToken(), Staking: staking.NewStaking(), Quorum: quorum.NewAttestationQuorum(),
		Escrow: leaseescrow.NewLeaseEscrow(), Oracle: priceoracle.NewGridPriceOracle(), USD: mockusd.NewMockUSD(),
		Registry: noderegistry.NewNodeRegistry(), Journal: leasejournal.NewLeaseJournal()}
	alloc := types.GenesisAlloc{}
	for i := range opts.Accounts {
		key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("idlegrid indexer test account " + strconv.Itoa(i))))
		a := Account{Addr: crypto.PubkeyToAddress(key.PublicKey), Key: key}
		c.Accounts = append(c.Accounts, a)
		alloc[a.Addr] = types.Account{Balance: Ether(1_000_000)}
	}
	port := 0
	if opts.HTTP {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			tb.Fatal(err)
		}
		port = l.Addr().(*net.TCPAddr).Port
		l.Close()
		c.HTTPEndpoint = fmt.Sprintf("http://127.0.0.1:%d", port)
	}
	c.Backend = simulated.NewBackend(alloc, func(nc *node.Config, ec *ethconfig.Config) {
		if port != 0 {
			nc.HTTPHost, nc.HTTPPort, nc.HTTPModules = "127.0.0.1", port, []string{"eth", "net"}
		}
		ec.Genesis.GasLimit = opts.GasLimit
		ec.Miner.GasCeil = opts.GasLimit
		ec.LogNoHistory = !opts.IndexLogs
		ec.RPCTxFeeCap = 100 // ether
		nc.DataDir = opts.DataDir
	})
	if !opts.KeepOpen {
		tb.Cleanup(func() { c.Backend.Close() })
	}
	c.Client = c.Backend.Client()
	id, err := c.Client.ChainID(context.Background())
	if err != nil {
		tb.Fatal(err)
	}
	c.ChainID = id
	c.signer = types.LatestSignerForChainID(id)

	// The wiring order of Deploy.s.sol's _deployCore (abi-v2.md §1).
	owner := c.Accounts[0].Addr
	c.Contracts[indexer.GridToken] = c.Deploy(0, gridtoken.GridTokenMetaData.Bin, c.Token.PackConstructor(owner, Ether(1_000_000_000)))
	c.Contracts[indexer.Staking] = c.Deploy(0, staking.StakingMetaData.Bin,
		c.Staking.PackConstructor(c.Contracts[indexer.GridToken], owner, 7*24*3600, Ether(1_000)))
	c.Contracts[indexer.AttestationQuorum] = c.Deploy(0, quorum.AttestationQuorumMetaData.Bin,
		c.Quorum.PackConstructor(owner, c.Contracts[indexer.Staking], 3600))
	c.USDAddress = c.Deploy(0, mockusd.MockUSDMetaData.Bin, nil)
	c.Contracts[indexer.GridPriceOracle] = c.Deploy(0, priceoracle.GridPriceOracleMetaData.Bin,
		c.Oracle.PackConstructor(owner, c.Contracts[indexer.AttestationQuorum], 3600))
	c.Contracts[indexer.NodeRegistry] = c.Deploy(0, noderegistry.NodeRegistryMetaData.Bin,
		c.Registry.PackConstructor(owner, c.Contracts[indexer.Staking], c.Contracts[indexer.AttestationQuorum]))
	head := c.Mine()
	c.DeployBlock = head.Number.Uint64()
	c.Call(0, indexer.Staking, c.Staking.PackSetQuorum(c.Contracts[indexer.AttestationQuorum]))
	c.Call(0, indexer.Staking, c.Staking.PackSetNodeRegistry(c.Contracts[indexer.NodeRegistry]))
	c.Contracts[indexer.LeaseEscrow] = c.Deploy(0, leaseescrow.LeaseEscrowMetaData.Bin, c.Escrow.PackConstructor(owner,
		c.Contracts[indexer.Staking], c.Contracts[indexer.NodeRegistry], c.Contracts[indexer.AttestationQuorum],
		c.Contracts[indexer.GridPriceOracle], c.USDAddress, c.Contracts[indexer.GridToken], owner, 500, 250, DisputeWindow))
	c.Mine()
	c.Call(0, indexer.Staking, c.Staking.PackSetLeaseEscrow(c.Contracts[indexer.LeaseEscrow]))
	c.Call(0, indexer.NodeRegistry, c.Registry.PackSetLeaseEscrow(c.Contracts[indexer.LeaseEscrow]))
	c.Contracts[indexer.LeaseJournal] = c.Deploy(0, leasejournal.LeaseJournalMetaData.Bin,
		c.Journal.PackConstructor(c.Contracts[indexer.LeaseEscrow], c.Contracts[indexer.AttestationQuorum]))
	for _, class := range Classes {
		c.Call(0, indexer.Staking, c.Staking.PackSetMinStakePerGpu(ClassID(class), MinStakePerGPU))
	}
	for i := 1; i < len(c.Accounts); i++ {
		c.Call(0, indexer.GridToken, c.Token.PackTransfer(c.Accounts[i].Addr, Ether(1_000_000)))
		c.CallAddr(0, c.USDAddress, c.USD.PackMint(c.Accounts[i].Addr, big.NewInt(1_000_000_000_000)), 2_000_000) // 1M USD
	}
	c.Mine()
	return c
}

// Deploy sends a contract creation; the address is known before the block is sealed.
func (c *Chain) Deploy(from int, bin string, args []byte) common.Address {
	c.tb.Helper()
	a := c.Accounts[from]
	nonce := c.nonce(a.Addr)
	data := append(common.FromHex(bin), args...)
	c.send(a, nonce, nil, data, 16_000_000)
	return crypto.CreateAddress(a.Addr, nonce)
}

// Call sends a transaction from account `from` to the named contract with calldata, with a 2M gas limit:
// the dev chain runs the newest forks, where a fresh storage slot costs far more than on Cancun (a first
// listMachine takes ~700k).
func (c *Chain) Call(from int, contract string, data []byte) common.Hash {
	c.tb.Helper()
	return c.CallGas(from, contract, data, 2_000_000)
}

// CallGas is Call with a gas limit.
func (c *Chain) CallGas(from int, contract string, data []byte, gas uint64) common.Hash {
	c.tb.Helper()
	to, ok := c.Contracts[contract]
	if !ok {
		c.tb.Fatalf("testchain: no contract %s", contract)
	}
	a := c.Accounts[from]
	return c.send(a, c.nonce(a.Addr), &to, data, gas)
}

// CallAddr sends a transaction to an address that is not one of the indexed contracts.
func (c *Chain) CallAddr(from int, to common.Address, data []byte, gas uint64) common.Hash {
	c.tb.Helper()
	a := c.Accounts[from]
	return c.send(a, c.nonce(a.Addr), &to, data, gas)
}

func (c *Chain) nonce(addr common.Address) uint64 {
	n, ok := c.nonces[addr]
	if !ok {
		var err error
		if n, err = c.Client.PendingNonceAt(context.Background(), addr); err != nil {
			c.tb.Fatal(err)
		}
	}
	c.nonces[addr] = n + 1
	return n
}

func (c *Chain) send(a Account, nonce uint64, to *common.Address, data []byte, gas uint64) common.Hash {
	c.tb.Helper()
	tx := types.MustSignNewTx(a.Key, c.signer, &types.DynamicFeeTx{
		ChainID: c.ChainID, Nonce: nonce, GasTipCap: big.NewInt(params.GWei), GasFeeCap: big.NewInt(20 * params.GWei),
		Gas: gas, To: to, Data: data,
	})
	if err := c.Client.SendTransaction(context.Background(), tx); err != nil {
		c.tb.Fatalf("testchain: send: %v", err)
	}
	c.pending = append(c.pending, tx.Hash())
	return tx.Hash()
}

// Mine seals a block with the pending transactions and fails the test if any of them reverted or was left out.
func (c *Chain) Mine() *types.Header {
	c.tb.Helper()
	ctx := context.Background()
	c.waitPool(ctx)
	hash := c.Backend.Commit()
	rc, ok := c.Client.(interface {
		BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	})
	if !ok {
		c.tb.Fatal("testchain: client has no BlockReceipts")
	}
	receipts, err := rc.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		c.tb.Fatal(err)
	}
	if len(receipts) != len(c.pending) {
		included := map[common.Hash]bool{}
		for _, r := range receipts {
			included[r.TxHash] = true
		}
		var missing []string
		for _, h := range c.pending {
			if !included[h] {
				_, isPending, err := c.Client.TransactionByHash(ctx, h)
				missing = append(missing, fmt.Sprintf("%s (pending %v, %v)", h.Hex(), isPending, err))
			}
		}
		c.tb.Fatalf("testchain: block has %d transactions, %d were sent; left out: %v", len(receipts), len(c.pending), missing)
	}
	for i, r := range receipts {
		if r.Status != types.ReceiptStatusSuccessful {
			c.tb.Fatalf("testchain: transaction %d (%s) reverted", i, r.TxHash.Hex())
		}
	}
	c.pending = c.pending[:0]
	h, err := c.Client.HeaderByHash(ctx, hash)
	if err != nil {
		c.tb.Fatal(err)
	}
	return h
}

// waitPool waits until the node's pool holds every transaction sent: the pool promotes transactions in the
// background, and a block sealed before that leaves them out.
func (c *Chain) waitPool(ctx context.Context) {
	c.tb.Helper()
	// Generous: under -race on a loaded 2-core machine, the pool's loop was seen not to promote a transaction
	// within 10 s.
	deadline := time.Now().Add(45 * time.Second)
	for addr, want := range c.nonces {
		for {
			got, err := c.Client.PendingNonceAt(ctx, addr)
			if err != nil {
				c.tb.Fatal(err)
			}
			if got >= want {
				break
			}
			if time.Now().After(deadline) {
				c.tb.Fatalf("testchain: the pool holds nonces of %s up to %d, %d sent", addr.Hex(), got, want)
			}
			time.Sleep(time.Millisecond)
		}
	}
}

// Head is the current head header.
func (c *Chain) Head() *types.Header {
	c.tb.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.tb.Fatal(err)
	}
	return h
}

// HeaderAt is the canonical header at n.
func (c *Chain) HeaderAt(n uint64) *types.Header {
	c.tb.Helper()
	h, err := c.Client.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		c.tb.Fatal(err)
	}
	return h
}

// Fork makes block n the head (the blocks above it leave the canonical chain) and drops the transactions the
// node put back into its pool, so the new branch holds only what the test sends next. The new branch becomes
// canonical as soon as blocks are mined on it.
func (c *Chain) Fork(n uint64) {
	c.tb.Helper()
	if err := c.Backend.Fork(c.HeaderAt(n).Hash()); err != nil {
		c.tb.Fatal(err)
	}
	c.Backend.Rollback()
	c.nonces = map[common.Address]uint64{}
	c.pending = nil
}

// AdjustTime seals an empty block d later.
func (c *Chain) AdjustTime(d time.Duration) {
	c.tb.Helper()
	if err := c.Backend.AdjustTime(d); err != nil {
		c.tb.Fatal(err)
	}
}

// ---------------------------------------------------------------- protocol actions

// Stake approves and stakes amount in role's pool for account i.
func (c *Chain) Stake(i int, role uint8, amount *big.Int) {
	c.tb.Helper()
	c.Call(i, indexer.GridToken, c.Token.PackApprove(c.Contracts[indexer.Staking], amount))
	c.Call(i, indexer.Staking, c.Staking.PackStake(role, amount))
}

// ListMachine lists a machine for account i (which must have the free provider stake), with an endpoint.
func (c *Chain) ListMachine(i int, id common.Hash, class string, gpus uint32) {
	c.tb.Helper()
	c.Call(i, indexer.NodeRegistry, c.Registry.PackListMachine(id, ClassID(class), gpus, fmt.Sprintf("ipfs://machine-%x", id[:4]),
		MachineEndpoint(id)))
}

// MachineEndpoint is the endpoint ListMachine registers for a machine.
func MachineEndpoint(id common.Hash) string {
	return fmt.Sprintf("https://node-%x.example:8443", id[:4])
}

// DisputeWindow is the escrow's dispute window on the test chain: the shortest Staking allows.
const DisputeWindow = 3600

// MachineID is a deterministic machine id.
func MachineID(n int) common.Hash { return crypto.Keccak256Hash([]byte("machine " + strconv.Itoa(n))) }

// SetupQuorum stakes the inspector minimum for accounts idx, proposes them (ascending) as the quorum's signer
// set with threshold, waits out the delay and applies it.
func (c *Chain) SetupQuorum(idx []int, threshold uint8) {
	c.tb.Helper()
	keys := map[common.Address]*ecdsa.PrivateKey{}
	var signers []common.Address
	for _, i := range idx {
		c.Stake(i, indexer.RoleInspector, Ether(1_000))
		a := c.Accounts[i]
		keys[a.Addr] = a.Key
		signers = append(signers, a.Addr)
	}
	slices.SortFunc(signers, func(x, y common.Address) int { return bytes.Compare(x[:], y[:]) })
	c.Mine()
	c.Call(0, indexer.AttestationQuorum, c.Quorum.PackProposeSignerSet(signers, threshold))
	c.Mine()
	c.AdjustTime(3601 * time.Second)
	c.Call(0, indexer.AttestationQuorum, c.Quorum.PackApplySignerSet())
	c.Mine()
	to := c.Contracts[indexer.AttestationQuorum]
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: c.Quorum.PackSignerSet()}, nil)
	if err != nil {
		c.tb.Fatal(err)
	}
	set, err := c.Quorum.UnpackSignerSet(out)
	if err != nil {
		c.tb.Fatal(err)
	}
	c.signerSet = oracle.SignerSet{Version: set.Version, Threshold: set.Threshold, Signers: set.Signers}
	c.inspectorKeys = keys
}

// Attest signs payload p for the named consumer contract with every inspector of the quorum and packs the
// signatures as AttestationQuorum.consume takes them.
func (c *Chain) Attest(target string, id common.Hash, p oracle.Payload) []byte {
	c.tb.Helper()
	att, err := oracle.NewAttestation(c.Contracts[target], id, c.signerSet.Version, p)
	if err != nil {
		c.tb.Fatal(err)
	}
	col, err := oracle.NewCollector(oracle.AttestationDomain(c.ChainID, c.Contracts[indexer.AttestationQuorum]), att, c.signerSet)
	if err != nil {
		c.tb.Fatal(err)
	}
	for _, key := range c.inspectorKeys {
		sig, err := oracle.SignDigest(key, col.Digest())
		if err != nil {
			c.tb.Fatal(err)
		}
		if _, _, err := col.Add(sig); err != nil {
			c.tb.Fatal(err)
		}
	}
	packed, err := col.Pack()
	if err != nil {
		c.tb.Fatal(err)
	}
	return packed
}

// VerifyMachine has the quorum verify a machine's hardware (NodeRegistry.verifyMachine, sent by account from):
// its class, the GPUs with these UUIDs, valid from verifiedAt until expiresAt. It returns the GPU ids.
func (c *Chain) VerifyMachine(from int, machine common.Hash, class string, uuids []string, verifiedAt, expiresAt uint64) []common.Hash {
	c.tb.Helper()
	v, err := oracle.NewHardwareVerification(machine, class, uuids, verifiedAt, expiresAt)
	if err != nil {
		c.tb.Fatal(err)
	}
	id := crypto.Keccak256Hash(machine[:], []byte(strconv.FormatUint(verifiedAt, 10)), []byte("hardware verification"))
	sigs := c.Attest(indexer.NodeRegistry, id, v)
	ids := make([][32]byte, len(v.GPUIDs))
	for i, g := range v.GPUIDs {
		ids[i] = g
	}
	c.Call(from, indexer.NodeRegistry, c.Registry.PackVerifyMachine(noderegistry.INodeRegistryVerification{
		MachineId: machine, GpuClass: v.GPUClass, GpuCount: v.GPUCount, GpuIds: ids, VerifiedAt: verifiedAt, ExpiresAt: expiresAt,
	}, id, sigs))
	return v.GPUIDs
}

// DeployRewards deploys Rewards with epochs of epochLength starting ten epochs ago (so the first ones have
// ended) and funds it with reserve GRID from account 0.
func (c *Chain) DeployRewards(epochLength uint64, initialEmission, reserve *big.Int) {
	c.tb.Helper()
	genesis := c.Head().Time - 10*epochLength
	c.Rewards = rewards.NewRewards()
	c.Contracts[indexer.Rewards] = c.Deploy(0, rewards.RewardsMetaData.Bin, c.Rewards.PackConstructor(
		c.Contracts[indexer.GridToken], c.Contracts[indexer.AttestationQuorum], c.Accounts[0].Addr, genesis, epochLength,
		initialEmission, 52, Ether(1_000_000_000)))
	c.Mine()
	c.Call(0, indexer.GridToken, c.Token.PackApprove(c.Contracts[indexer.Rewards], reserve))
	c.Call(0, indexer.Rewards, c.Rewards.PackFund(reserve))
	c.Mine()
}

// Deployment describes the chain as a deployment file does. Contracts the harness has not deployed (MockUSD
// and whatever has no binding yet) get a stand-in with code, a GridToken, so the file validates and verifies;
// the indexer skips the ones it has no ABI for.
func (c *Chain) Deployment(name string) deployment.Deployment {
	c.tb.Helper()
	d := deployment.Deployment{Format: deployment.Format, Chain: name, ChainID: c.ChainID.Uint64(), Block: c.DeployBlock}
	d.Contracts.GridToken = c.Contracts[indexer.GridToken]
	d.Contracts.Staking = c.Contracts[indexer.Staking]
	d.Contracts.AttestationQuorum = c.Contracts[indexer.AttestationQuorum]
	d.Contracts.MockUSD = c.USDAddress
	slots := []struct {
		name string
		dst  *common.Address
	}{
		{indexer.LeaseEscrow, &d.Contracts.LeaseEscrow}, {indexer.NodeRegistry, &d.Contracts.NodeRegistry},
		{indexer.LeaseJournal, &d.Contracts.LeaseJournal}, {indexer.GridPriceOracle, &d.Contracts.GridPriceOracle},
		{indexer.Rewards, &d.Contracts.Rewards}, {indexer.SolanaGateway, &d.Contracts.SolanaGateway},
	}
	deployed := false
	for _, s := range slots {
		if a, ok := c.Contracts[s.name]; ok {
			*s.dst = a
			continue
		}
		*s.dst = c.Deploy(0, gridtoken.GridTokenMetaData.Bin, c.Token.PackConstructor(c.Accounts[0].Addr, big.NewInt(1)))
		deployed = true
	}
	if deployed {
		c.Mine()
	}
	return d
}

// QuoteDomain is the EIP-712 domain quotes for this chain's escrow are signed under.
func (c *Chain) QuoteDomain() oracle.Domain {
	return oracle.QuoteDomain(c.ChainID, c.Contracts[indexer.LeaseEscrow])
}

// QuoteTerms are the terms of a test quote beyond its machine and size.
type QuoteTerms struct {
	// USDPerSecondWad: USD per second for all the GPUs, 18 decimals.
	USDPerSecondWad *big.Int
	MinDuration     uint64
	MaxDuration     uint64
	Expiry          uint64
	Nonce           int64
	Renter          common.Address
	SingleUse       bool
}

// MicroUSDPerSecond is a test price given in micro-USD per second as a quote's usdPerSecondWad.
func MicroUSDPerSecond(n int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), big.NewInt(1_000_000_000_000))
}

// SignQuote signs a reusable public quote by account i for one of its machines, priced in micro-USD per second.
func (c *Chain) SignQuote(i int, machine common.Hash, gpus uint32, microUSDPerSecond int64, maxDuration, expiry uint64, nonce int64) oracle.SignedQuote {
	c.tb.Helper()
	return c.SignQuoteTerms(i, machine, gpus, QuoteTerms{USDPerSecondWad: MicroUSDPerSecond(microUSDPerSecond),
		MaxDuration: maxDuration, Expiry: expiry, Nonce: nonce})
}

// SignQuoteTerms signs a quote by account i with the given terms.
func (c *Chain) SignQuoteTerms(i int, machine common.Hash, gpus uint32, t QuoteTerms) oracle.SignedQuote {
	c.tb.Helper()
	q := oracle.Quote{Provider: c.Accounts[i].Addr, MachineID: machine, GPUCount: gpus, USDPerSecondWad: t.USDPerSecondWad,
		MinDuration: t.MinDuration, MaxDuration: t.MaxDuration, Expiry: t.Expiry, Nonce: big.NewInt(t.Nonce), Renter: t.Renter,
		SingleUse: t.SingleUse}
	d, err := q.Digest(c.QuoteDomain())
	if err != nil {
		c.tb.Fatal(err)
	}
	sig, err := oracle.SignDigest(c.Accounts[i].Key, d)
	if err != nil {
		c.tb.Fatal(err)
	}
	return oracle.SignedQuote{Quote: q, Signature: sig}
}

// OpenLease has account renter approve the stablecoin and open a lease of duration seconds from a signed quote,
// with no job yet.
func (c *Chain) OpenLease(renter int, sq oracle.SignedQuote, duration uint64) {
	c.tb.Helper()
	c.OpenLeaseWithJob(renter, sq, duration, common.Hash{})
}

// OpenLeaseWithJob is OpenLease naming the job's CID digest at open.
func (c *Chain) OpenLeaseWithJob(renter int, sq oracle.SignedQuote, duration uint64, job common.Hash) {
	c.tb.Helper()
	q := sq.Quote
	c.CallAddr(renter, c.USDAddress, c.USD.PackApprove(c.Contracts[indexer.LeaseEscrow], big.NewInt(1_000_000_000_000)), 2_000_000)
	c.Call(renter, indexer.LeaseEscrow, c.Escrow.PackOpenLease(leaseescrow.ILeaseEscrowQuote{
		Provider: q.Provider, MachineId: q.MachineID, GpuCount: q.GPUCount, UsdPerSecondWad: q.USDPerSecondWad,
		MinDuration: q.MinDuration, MaxDuration: q.MaxDuration, Expiry: q.Expiry, Nonce: q.Nonce, Renter: q.Renter,
		SingleUse: q.SingleUse,
	}, sq.Signature, duration, 0, big.NewInt(1_000_000_000_000), job, nil))
}

// LeaseCount is LeaseEscrow.leaseCount() at the head: the id of the latest lease.
func (c *Chain) LeaseCount() *big.Int {
	c.tb.Helper()
	to := c.Contracts[indexer.LeaseEscrow]
	out, err := c.Client.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: c.Escrow.PackLeaseCount()}, nil)
	if err != nil {
		c.tb.Fatal(err)
	}
	n, err := c.Escrow.UnpackLeaseCount(out)
	if err != nil {
		c.tb.Fatal(err)
	}
	return n
}

// ClassID is a class's bytes32 id, for tests that name classes they know are valid.
func ClassID(name string) [32]byte {
	id, err := gpuclass.ID(name)
	if err != nil {
		panic(err)
	}
	return id
}

package devchain

import (
	"errors"
	"fmt"
	"maps"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
)

// embedded is go-ethereum's node with the simulated beacon, assembled as ethclient/simulated does it, with two
// differences that a persistent dev chain needs:
//
//   - a restarted chain resumes at the head its database recorded, instead of re-forking to genesis;
//   - with a data directory, every sealed block is flushed to disk before the next, so a chain killed at any
//     moment (kill -9, a closed terminal) restarts at its last block. go-ethereum's key-value store otherwise
//     keeps recent writes in a user-space buffer that a killed process loses.
type embedded struct {
	stack   *node.Node
	eth     *eth.Ethereum
	beacon  *catalyst.SimulatedBeacon
	client  *ethclient.Client
	durable bool
}

// startEmbedded starts the node; go-ethereum panics when it cannot (a port taken between our check and its
// listen, an unusable data directory): a bad flag must end in an error, not a crash.
// apis are served next to eth, net and web3 (their namespaces added to the HTTP and WebSocket modules).
func startEmbedded(alloc types.GenesisAlloc, cfg Config, apis []rpc.API) (e *embedded, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("devchain: start node: %v", r)
		}
	}()
	chainConfig := *params.AllDevChainProtocolChanges
	chainConfig.ChainID = new(big.Int).SetUint64(cfg.ChainID)
	// Arbitrum runs Cancun: go-ethereum's dev config also enables every later fork (Prague, Osaka and beyond,
	// with their gas repricings), which would make gas, and so the CLI's figures, differ from the target chain.
	chainConfig.PragueTime, chainConfig.OsakaTime, chainConfig.BogotaTime = nil, nil, nil

	nc := node.DefaultConfig
	nc.Name = "idlegrid"
	nc.DataDir = cfg.DataDir
	nc.P2P = p2p.Config{NoDiscovery: true}
	nc.HTTPHost, nc.HTTPPort = cfg.Host, cfg.HTTPPort
	modules := []string{"eth", "net", "web3"}
	for _, a := range apis {
		modules = append(modules, a.Namespace)
	}
	nc.HTTPModules = modules
	nc.HTTPVirtualHosts = []string{"localhost", cfg.Host}
	nc.HTTPCors = []string{"*"}
	nc.WSHost, nc.WSPort = cfg.Host, cfg.WSPort
	nc.WSModules = modules
	nc.WSOrigins = []string{"*"}

	genesisAlloc := core.SystemContractAllocs() // the forks' system contracts, present from genesis
	maps.Copy(genesisAlloc, alloc)
	ec := ethconfig.Defaults
	ec.Genesis = &core.Genesis{Config: &chainConfig, GasLimit: cfg.GasLimit, Alloc: genesisAlloc}
	ec.SyncMode = ethconfig.FullSync
	ec.TxPool.NoLocals = true
	ec.LogNoHistory = true
	ec.Miner.GasCeil = cfg.GasLimit
	ec.NetworkId = cfg.ChainID
	ec.RPCGasCap = 50_000_000
	ec.RPCTxFeeCap = 100 // ether
	if cfg.DataDir != "" {
		// Keep every state (archive, hash scheme): a restarted chain and its tests can read any block's state,
		// and each block's state is written with it. Dev chains are small.
		ec.StateScheme = rawdb.HashScheme
		ec.NoPruning = true
	}

	stack, err := node.New(&nc)
	if err != nil {
		return nil, fmt.Errorf("devchain: node: %w", err)
	}
	backend, err := eth.New(stack, &ec)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: chain: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs(append([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}}, apis...))
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: start node: %w", err)
	}
	beacon, err := catalyst.NewSimulatedBeacon(0, common.Address{}, backend)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("devchain: beacon: %w", err)
	}
	e = &embedded{stack: stack, eth: backend, beacon: beacon, client: ethclient.NewClient(stack.Attach()), durable: cfg.DataDir != ""}
	// Transactions the pool kept from before a restart were either mined (their blocks are on disk) or not
	// persisted: they are dropped, so that new transactions' nonces never collide with them.
	beacon.Rollback()
	if backend.BlockChain().CurrentBlock().Number.Uint64() == 0 {
		// A new chain: the simulated beacon's own starting point.
		if err := beacon.Fork(backend.BlockChain().GetCanonicalHash(0)); err != nil {
			e.close()
			return nil, fmt.Errorf("devchain: start at genesis: %w", err)
		}
	}
	return e, nil
}

// head is the current block number.
func (e *embedded) head() uint64 { return e.eth.BlockChain().CurrentBlock().Number.Uint64() }

// commit seals a block, and with a data directory flushes it to disk.
func (e *embedded) commit() (common.Hash, error) {
	h := e.beacon.Commit()
	return h, e.sync()
}

// adjustTime seals an empty block d later than the last one.
func (e *embedded) adjustTime(d time.Duration) error {
	if err := e.beacon.AdjustTime(d); err != nil {
		return err
	}
	return e.sync()
}

func (e *embedded) sync() error {
	if !e.durable {
		return nil
	}
	if err := e.eth.ChainDb().SyncKeyValue(); err != nil {
		return fmt.Errorf("devchain: flush the chain to disk: %w", err)
	}
	return nil
}

func (e *embedded) close() error {
	e.client.Close()
	return errors.Join(e.beacon.Stop(), e.stack.Close())
}

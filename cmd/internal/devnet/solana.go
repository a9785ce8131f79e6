package devnet

import (
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/indexer/swaps"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	inspnode "github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/devchain/svm"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// SolanaConfig runs a local Solana node (oracle/devchain/svm) beside the chain, sets the gateway's Solana side
// up on it (the multisig of the dev inspectors' Solana keys, GRID and dev USDC with their vaults, one durable
// nonce per inspector), follows its vaults (indexer/solwatch) and runs the inspectors' bridge.
type SolanaConfig struct {
	Node svm.Config
	// DeploymentFile is where the Solana deployment is written (deployments/devnet-solana.json); empty: none.
	DeploymentFile string
	// Bridge runs the inspectors' bridge (tests that drive their own leave it off): inside the inspector nodes
	// when the devnet runs them (Config.InspectorNodes), each agreeing with the others; else in this process
	// with the dev inspectors' keys.
	Bridge bool
	// FinalityDepth: Arbitrum blocks on top of an event before the bridge acts on it on Solana.
	FinalityDepth uint64
	// Poll is how often the watcher and the bridge look for work.
	Poll time.Duration
}

// DefaultSolanaConfig: a node with 100 ms slots (32 to finality), the bridge on, 2 blocks of Arbitrum finality (a dev chain
// does not reorganise), polling every 500 ms.
func DefaultSolanaConfig() SolanaConfig {
	node := svm.DefaultConfig()
	node.SlotInterval = 100 * time.Millisecond // finality in ~3 s: a dev node need not pace like mainnet
	return SolanaConfig{Node: node, DeploymentFile: filepath.Join("deployments", "devnet-solana.json"),
		Bridge: true, FinalityDepth: 2, Poll: 500 * time.Millisecond}
}

// SolanaInfo is what the devnet's Solana side offers.
type SolanaInfo struct {
	URL            string
	Deployment     solgateway.Deployment
	DeploymentFile string
	// Payer funded the set-up and is the dev USDC mint's authority (a faucet); Keys are the inspectors'
	// Solana keys, in the order of the devnet's inspector accounts. Dev only: they are derived from public keys.
	Payer solana.PrivateKey
	Keys  []solana.PrivateKey
}

// SolanaKey is the dev inspector's Solana key derived from its (public) dev account key: deterministic, so a
// persistent devnet's inspectors keep their Solana identity. Dev chains only.
func SolanaKey(a Account) solana.PrivateKey {
	seed := crypto.Keccak256([]byte("idlegrid/devnet/solana-key"), crypto.FromECDSA(a.Key))
	return solana.PrivateKey(ed25519.NewKeyFromSeed(seed))
}

// SolanaPayer is the key that pays the Solana set-up and is the dev USDC mint's authority (the faucet),
// derived from the devnet's deployer account: `idlegrid swap faucet` finds it the same way. Dev chains only.
func SolanaPayer(deployer Account) solana.PrivateKey {
	seed := crypto.Keccak256([]byte("idlegrid/devnet/solana-payer"), crypto.FromECDSA(deployer.Key))
	return solana.PrivateKey(ed25519.NewKeyFromSeed(seed))
}

// solanaSide is the devnet's Solana part, a service.Group member built once the suite is deployed.
type solanaSide struct {
	n   *Node
	cfg SolanaConfig
	log zerolog.Logger

	mu      sync.Mutex
	node    *svm.Node
	info    SolanaInfo
	dir     string
	group   *service.Group
	mirror  *solstore.DB
	bstores []*bridgestore.DB
	// startBlock is the chain's head when this Solana cluster was set up: older gateway events belong to
	// another cluster (a persistent chain outlives the in-memory Solana node).
	startBlock uint64
}

func (s *solanaSide) Name() string { return "solana" }

func (s *solanaSide) inspectors() []Account {
	var out []Account
	for _, a := range s.n.Accounts() {
		if a.Role == RoleInspector {
			out = append(out, a)
		}
	}
	return out
}

// Start runs the node, sets the gateway up, then the watcher and (when configured) the bridge.
func (s *solanaSide) Start(ctx context.Context) error {
	node, err := svm.Start(ctx, s.cfg.Node)
	if err != nil {
		return fmt.Errorf("devnet: solana: %w", err)
	}
	ok := false
	defer func() {
		if !ok {
			node.Close()
			s.cleanup()
		}
	}()
	c := rpc.New(node.URL)
	evm, err := s.n.chain.Client()
	if err != nil {
		return err
	}
	head, err := evm.BlockNumber(ctx)
	if err != nil {
		return err
	}
	s.startBlock = head + 1
	payer := SolanaPayer(s.n.Accounts()[0])
	info := SolanaInfo{URL: node.URL, Payer: payer, DeploymentFile: s.cfg.DeploymentFile}
	if err := airdrop(ctx, c, payer.PublicKey(), 1000*solana.LAMPORTS_PER_SOL); err != nil {
		return err
	}
	cfg := solgateway.DefaultSetupConfig()
	cfg.Payer = payer
	insp := s.inspectors()
	for _, a := range insp {
		k := SolanaKey(a)
		info.Keys = append(info.Keys, k)
		cfg.Signers = append(cfg.Signers, k.PublicKey())
		if err := airdrop(ctx, c, k.PublicKey(), 100*solana.LAMPORTS_PER_SOL); err != nil {
			return err
		}
	}
	cfg.Threshold = uint8(len(insp)/2 + 1) // strict majority, as the EVM signer set
	d, err := solgateway.Setup(ctx, c, node.GenesisHash, cfg)
	if err != nil {
		return fmt.Errorf("devnet: solana: setup: %w", err)
	}
	info.Deployment = d
	s.dir, err = os.MkdirTemp("", "idlegrid-devnet-solana-")
	if err != nil {
		return err
	}
	// The mirror lives beside the deployment file (`idlegrid swap status` reads it), else in the temporary
	// directory. A dev node is new at every start: the watcher wipes a mirror of an older cluster.
	mirrorPath := filepath.Join(s.dir, "solwatch.db")
	if s.cfg.DeploymentFile != "" {
		mirrorPath = strings.TrimSuffix(s.cfg.DeploymentFile, filepath.Ext(s.cfg.DeploymentFile)) + "-mirror.db"
		if err := os.MkdirAll(filepath.Dir(mirrorPath), 0o755); err != nil {
			return err
		}
		if abs, err := filepath.Abs(mirrorPath); err == nil {
			mirrorPath = abs
		}
		if err := solgateway.SaveDeploymentFile(s.cfg.DeploymentFile, solgateway.DeploymentFile{RPC: node.URL, Mirror: mirrorPath, Deployment: d}); err != nil {
			return err
		}
	}
	mirror, err := solstore.Open(ctx, mirrorPath)
	if err != nil {
		return err
	}
	s.mirror = mirror
	wcfg := solwatch.DefaultConfig(d)
	wcfg.PollInterval, wcfg.WipeOnReset = s.cfg.Poll, true
	watcher, err := solwatch.New(wcfg, c, mirror, s.log)
	if err != nil {
		return err
	}
	if s.n.swaps != nil {
		// Start runs under the devnet's lock: its chain and deployment are read directly.
		book, err := swaps.New(mirror, protocol.NewGateway(protocol.NewConn(evm, s.n.deployment, nil)), s.n.cfg.Chain.ChainID, s.startBlock)
		if err != nil {
			return err
		}
		s.n.swaps.set(book)
	}
	members := []service.Service{watcher}
	s.mu.Lock()
	s.node, s.info = node, info
	s.mu.Unlock()
	if s.cfg.Bridge && s.n.cfg.InspectorNodes == 0 {
		// With inspector nodes, each runs the bridge itself (inspectorNodes, nodeSolana); without, one bridge
		// here holds the dev inspectors' keys. Start runs under the devnet's lock: read its chain and
		// deployment directly.
		b, err := s.bridge(ctx, s.n.chain, s.n.deployment, filepath.Join(s.dir, "bridge.db"), nil)
		if err != nil {
			return err
		}
		members = append(members, b)
	}
	g := service.NewGroup("solana", members...)
	if err := g.Start(ctx); err != nil {
		return err
	}
	s.mu.Lock()
	s.group = g
	s.mu.Unlock()
	ok = true
	return nil
}

func (s *solanaSide) cleanup() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.n.swaps != nil {
		s.n.swaps.set(nil)
	}
	for _, b := range s.bstores {
		b.Close()
	}
	s.bstores = nil
	if s.mirror != nil {
		s.mirror.Close()
		s.mirror = nil
	}
	if s.dir != "" {
		os.RemoveAll(s.dir)
		s.dir = ""
	}
}

func (s *solanaSide) Healthy() error {
	s.mu.Lock()
	node, g := s.node, s.group
	s.mu.Unlock()
	if node == nil || g == nil {
		return service.ErrNotStarted
	}
	return errors.Join(node.Healthy(), g.Healthy())
}

func (s *solanaSide) Close() error {
	s.mu.Lock()
	node, g := s.node, s.group
	s.node, s.group = nil, nil
	s.mu.Unlock()
	var err error
	if g != nil {
		err = g.Close()
	}
	if node != nil {
		node.Close()
	}
	s.cleanup()
	return err
}

func airdrop(ctx context.Context, c *rpc.Client, to solana.PublicKey, lamports uint64) error {
	sig, err := c.RequestAirdrop(ctx, to, lamports, rpc.CommitmentFinalized)
	if err != nil {
		return fmt.Errorf("devnet: solana: airdrop: %w", err)
	}
	return solgateway.Wait(ctx, c, sig, rpc.CommitmentFinalized)
}

// SolanaInfo describes the devnet's Solana side (ok false without one, or before Start).
func (n *Node) SolanaInfo() (SolanaInfo, bool) {
	n.mu.Lock()
	s := n.solana
	n.mu.Unlock()
	if s == nil {
		return SolanaInfo{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.info, s.node != nil
}

// SolanaMirror is the watcher's store: the finalized deposits and outflows the bridge serves.
func (n *Node) SolanaMirror() *solstore.DB {
	n.mu.Lock()
	s := n.solana
	n.mu.Unlock()
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.mirror
}

// SolanaBridge builds the inspectors' bridge over the devnet's Solana node, its watcher's mirror and the
// chain, with its state in dbPath (closed with the devnet). adjust, when set, may change the configuration and
// parts before the bridge is made (tests: fewer keys, a faulty link). The bridge sends from the last inspector
// account (the price feed sends from the first: one local nonce per account).
func (n *Node) SolanaBridge(ctx context.Context, dbPath string, adjust func(*bridge.Config, *bridge.Deps)) (*bridge.Bridge, error) {
	n.mu.Lock()
	s, ch, d := n.solana, n.chain, n.deployment
	n.mu.Unlock()
	if s == nil {
		return nil, errors.New("devnet: no Solana side (Config.Solana)")
	}
	return s.bridge(ctx, ch, d, dbPath, adjust)
}

func (s *solanaSide) bridge(ctx context.Context, ch *devchain.Chain, d deployment.Deployment, dbPath string, adjust func(*bridge.Config, *bridge.Deps)) (*bridge.Bridge, error) {
	s.mu.Lock()
	info, mirror := s.info, s.mirror
	s.mu.Unlock()
	client, err := ch.Client()
	if err != nil {
		return nil, err
	}
	store, err := bridgestore.Open(ctx, dbPath)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.bstores = append(s.bstores, store)
	s.mu.Unlock()
	return NewBridge(BridgeSetup{EVM: client, Deployment: d, ChainID: s.n.cfg.Chain.ChainID, PollInterval: s.n.cfg.PollInterval,
		Solana: info.Deployment, SolanaRPC: info.URL, Inspectors: s.inspectors(), FinalityDepth: s.cfg.FinalityDepth,
		Poll: s.cfg.Poll, StartBlock: s.startBlock, Store: store, Mirror: mirror, Log: s.n.log}, adjust)
}

// BridgeSetup is what a bridge of the dev inspectors needs, in this process or another (the kill -9 test runs
// it as a child process over the devnet's endpoints and files).
type BridgeSetup struct {
	// EVM is the chain (an ethclient over the devnet's endpoint, or its in-process client).
	EVM interface {
		protocol.Chain
		chain.TxBackend
	}
	Deployment   deployment.Deployment
	ChainID      uint64
	PollInterval time.Duration
	Solana       solgateway.Deployment
	SolanaRPC    string
	// Inspectors are the dev inspector accounts: they attest, the last sends, their derived Solana keys co-sign.
	Inspectors    []Account
	FinalityDepth uint64
	Poll          time.Duration
	StartBlock    uint64
	Store         *bridgestore.DB
	Mirror        *solstore.DB
	Log           zerolog.Logger
}

// NewBridge builds the dev inspectors' bridge; adjust, when set, may change its configuration and parts first.
func NewBridge(b BridgeSetup, adjust func(*bridge.Config, *bridge.Deps)) (*bridge.Bridge, error) {
	if len(b.Inspectors) == 0 || b.Store == nil || b.Mirror == nil || b.EVM == nil {
		return nil, errors.New("devnet: bridge: inspectors, store, mirror and chain are required")
	}
	var signers []oracle.DigestSigner
	var solKeys []solana.PrivateKey
	for _, a := range b.Inspectors {
		signers = append(signers, keys.NewSigner(a.Key))
		solKeys = append(solKeys, SolanaKey(a))
	}
	ccfg := chain.DefaultConfig()
	ccfg.PollInterval = b.PollInterval
	sub, err := chain.NewSubmitter(ccfg, b.EVM, keys.NewSigner(b.Inspectors[len(b.Inspectors)-1].Key), new(big.Int).SetUint64(b.ChainID), protocol.Errors(), b.Log)
	if err != nil {
		return nil, err
	}
	conn := protocol.NewConn(b.EVM, b.Deployment, sub)
	cfg := bridge.DefaultConfig()
	cfg.Deployment, cfg.ChainID, cfg.FinalityDepth, cfg.PollInterval, cfg.StartBlock = b.Solana, b.ChainID, b.FinalityDepth, b.Poll, b.StartBlock
	deps := bridge.Deps{Store: b.Store, Mirror: bridgestore.Mirror(b.Mirror), Arbitrum: protocol.NewGateway(conn), Clock: conn,
		Attester: bridge.LocalAttester{Quorum: protocol.NewQuorum(conn), Signers: signers},
		Solana:   rpc.New(b.SolanaRPC), SolanaKeys: solKeys, Log: b.Log}
	if adjust != nil {
		adjust(&cfg, &deps)
	}
	return bridge.New(cfg, deps)
}

// SolanaStartBlock is the chain's head when the Solana side was set up: where a bridge starts scanning events.
func (n *Node) SolanaStartBlock() uint64 {
	n.mu.Lock()
	s := n.solana
	n.mu.Unlock()
	if s == nil {
		return 0
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.startBlock
}

// nodeSolana is inspector node a's Solana duty: its own RPC client and watcher over the devnet's Solana node,
// its derived multisig key, and the other inspectors' keys (nil when the devnet runs no bridge). Its files
// live in this Solana side's directory, removed at Close like the node they describe.
func (s *solanaSide) nodeSolana(a Account) *inspnode.SolanaDeps {
	s.mu.Lock()
	info, start, dir := s.info, s.startBlock, s.dir
	s.mu.Unlock()
	if !s.cfg.Bridge || info.URL == "" || dir == "" {
		return nil
	}
	peers := map[solana.PublicKey]common.Address{}
	for _, p := range s.inspectors() {
		peers[SolanaKey(p).PublicKey()] = p.Address
	}
	return &inspnode.SolanaDeps{Deployment: info.Deployment, RPC: rpc.New(info.URL), Key: SolanaKey(a), Peers: peers,
		FinalityDepth: s.cfg.FinalityDepth, StartBlock: start, Poll: s.cfg.Poll,
		// This Solana node is new at every start: the node's bridge and mirror live with it.
		Dir: filepath.Join(dir, "inspector-"+a.Address.Hex())}
}

// swapBook is what the devnet's indexer serves under /v1/swaps/: the Solana side's swaps once it is up (the
// indexer starts first).
type swapBook struct {
	mu   sync.Mutex
	book *swaps.Book
}

func (b *swapBook) set(book *swaps.Book) {
	b.mu.Lock()
	b.book = book
	b.mu.Unlock()
}

// Swap implements server.SwapReader.
func (b *swapBook) Swap(ctx context.Context, id string) (api.Swap, error) {
	b.mu.Lock()
	book := b.book
	b.mu.Unlock()
	if book == nil {
		return api.Swap{}, &api.Error{Status: http.StatusServiceUnavailable, Code: api.CodeNoSolana, Message: "the devnet's Solana side is not up"}
	}
	return book.Swap(ctx, id)
}

// Package devnet wires idlegrid's local development network as one service (oracle/service): the embedded
// chain (oracle/devchain), the suite deployed with devnet parameters (or the one already on a persistent
// chain), funded dev accounts and a staked inspector signer set, the inspectors' GRID/USD price feed
// (inspector), the indexer node (indexer/node), then any further services added (a provider with simulated
// GPUs), started in that order and closed in reverse.
//
// The devnet's inspector nodes check its provider node's machine (its spec from the node's content gateway, the
// rest at the machine's listed endpoint) as well as the sim provider's, and the indexer's console proxies renters'
// gateway requests to the provider node (Config.GatewayEndpoints gets its gateway).
//
// With Config.Solana it also runs a local Solana node with the gateway's Solana side, its watcher and the dev
// inspectors' bridge (solana.go). It posts nothing on anyone's behalf but the dev inspectors' price and, with
// Solana, their gateway decisions: no attestation of a lease, no lease. Its
// dev accounts' keys are public; it binds to loopback only and must never hold anything of value.
package devnet

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
	"golang.org/x/sync/errgroup"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/console"
	"github.com/idlegrid/idlegrid/indexer/node"
	"github.com/idlegrid/idlegrid/inspector"
	inspnode "github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// Config is a devnet: its chain, the suite's parameters, who is funded and staked.
type Config struct {
	Chain  devchain.Config
	Params deploy.Params
	// DeploymentFile is where the deployment record is written for the CLI and other nodes
	// (deployments/devnet.json); empty writes none.
	DeploymentFile string
	// Inspectors is how many dev accounts (the last ones) are staked as inspectors and made the signer set, with
	// a strict-majority threshold.
	Inspectors int
	// FundUSD and FundGRID go to every dev account but the deployer (account 0, which holds the GRID supply).
	FundUSD, FundGRID *big.Int
	// PollInterval is how often the setup's transactions are checked for receipts.
	PollInterval time.Duration
	// GridPrice, when set, is the GRID/USD rate (USD per GRID, 18 decimals) the devnet's inspectors attest and
	// post at start and again every half of the oracle's maximum age, so GRID-paid leases work; nil posts none.
	GridPrice *big.Int
	// Indexer runs the indexer node in process, its API on IndexerListen (a free port when that one is
	// taken: the indexer is optional in a devnet, a busy port must not keep the chain from starting).
	Indexer       bool
	IndexerListen string
	// Solana, when set, runs a local Solana node with the gateway's Solana side and the inspectors' bridge
	// (solana.go).
	Solana *SolanaConfig
	// InspectorNodes runs that many inspector nodes (inspector/node), one per inspector account (at most
	// Inspectors), with dev cadences; they take the GRID price over from the devnet's own feed after its first
	// post. 0 runs none.
	InspectorNodes int
	// InspectorConfig, when set, adjusts inspector node i's configuration (tests).
	InspectorConfig func(i int, c *inspnode.Config)
	// Challenges is the GPU class table the inspector nodes' compute checks use (nil: DevChallenges, small SIM challenges).
	Challenges inspnode.ChallengeTable
	// SimProvider lists a machine of simulated GPUs and serves its inspector-facing surface.
	SimProvider SimProviderConfig
	// GatewayEndpoints are renter gateways of providers (provider address -> host:port) the indexer's console
	// proxies to; the devnet's provider node's (Provider.Listen) is added to them.
	GatewayEndpoints map[common.Address]string
	// Provider runs a provider node with simulated GPUs (needs a Docker daemon; without one the devnet says so
	// and runs none).
	Provider ProviderConfig
}

// DefaultConfig is a 1-second-block chain on 127.0.0.1:8545/8546 with ten dev accounts, the last three of them
// inspectors in a 2-of-3 signer set, every other account holding 10,000 ETH, 10,000 USD and 100,000 GRID.
func DefaultConfig() Config {
	return Config{
		Chain:          devchain.DefaultConfig(),
		Params:         deploy.DevnetParams(),
		DeploymentFile: filepath.Join("deployments", "devnet.json"),
		Inspectors:     3,
		FundUSD:        new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e6)),
		FundGRID:       new(big.Int).Mul(big.NewInt(100_000), big.NewInt(params.Ether)),
		PollInterval:   20 * time.Millisecond,
		GridPrice:      new(big.Int).Div(big.NewInt(params.Ether), big.NewInt(2)), // $0.50 per GRID
		IndexerListen:  api.DefaultAddr,
		SimProvider:    DefaultSimProviderConfig(),
		Provider:       DefaultProviderConfig(),
	}
}

// Validate reports the first unusable setting.
func (c Config) Validate() error {
	if err := c.Chain.Validate(); err != nil {
		return err
	}
	if err := c.Params.Validate(); err != nil {
		return err
	}
	switch {
	case !deployment.IsDevChain(c.Chain.ChainID):
		return fmt.Errorf("devnet: chain id %d: use a dev chain id (%v)", c.Chain.ChainID, deployment.DevChainIDs)
	case c.Params.USDToken != (common.Address{}):
		return errors.New("devnet: the stablecoin is MockUSD, deployed with the suite: leave USDToken unset")
	case c.Params.Governance != (common.Address{}) || c.Params.Treasury != (common.Address{}):
		return errors.New("devnet: governance and treasury are dev account 0: leave them unset")
	case c.Inspectors < 1 || c.Inspectors > oracle.MaxSigners:
		return fmt.Errorf("devnet: inspectors %d: must be 1-%d", c.Inspectors, oracle.MaxSigners)
	case c.Inspectors >= c.Chain.Accounts:
		return fmt.Errorf("devnet: %d inspectors need more than %d dev accounts (account 0 deploys)", c.Inspectors, c.Chain.Accounts)
	case c.FundUSD == nil || c.FundUSD.Sign() < 0 || c.FundGRID == nil || c.FundGRID.Sign() < 0:
		return errors.New("devnet: funding amounts must be set and not negative")
	case c.PollInterval <= 0:
		return errors.New("devnet: poll interval must be positive")
	case c.GridPrice != nil && c.GridPrice.Sign() <= 0:
		return errors.New("devnet: GRID price must be positive (or unset to post none)")
	case c.Indexer && c.DeploymentFile == "":
		return errors.New("devnet: the in-process indexer needs a deployment file")
	case c.InspectorNodes < 0 || c.InspectorNodes > c.Inspectors:
		return fmt.Errorf("devnet: inspector nodes %d: 0 to the %d inspectors", c.InspectorNodes, c.Inspectors)
	}
	need := new(big.Int).Mul(c.FundGRID, big.NewInt(int64(c.Chain.Accounts-1)))
	need.Add(need, c.Params.RewardsCap)
	need.Add(need, c.Params.Gateway.ReserveFunding(true))
	if need.Cmp(c.Params.GridSupply) > 0 {
		return fmt.Errorf("devnet: funding %d accounts with %s GRID wei each, the reward reserve and the gateway's swap reserve exceeds the supply", c.Chain.Accounts-1, c.FundGRID)
	}
	return nil
}

// Role is what a dev account is for.
type Role string

// Dev account roles.
const (
	RoleDeployer  Role = "deployer, treasury, governance, faucet"
	RoleUser      Role = "free to use (provider, renter)"
	RoleInspector Role = "inspector (staked, in the signer set)"
)

// Account is a dev account with its role.
type Account struct {
	devchain.Account
	Index int
	Role  Role
}

// Info is what a started devnet offers.
type Info struct {
	HTTP, WS       string
	ChainID        uint64
	Deployment     deployment.Deployment
	DeploymentFile string
	// Reused is set when the deployment found in the data directory was kept rather than redeployed.
	Reused   bool
	Accounts []Account
	// Ready is how long Start took.
	Ready time.Duration
	// IndexerAPI is the in-process indexer's API URL ("" without one), Console the web console's.
	IndexerAPI string
	Console    string
	// ResumedAt is the block a persistent chain resumed at (0: a new chain).
	ResumedAt uint64
	// Docker is the daemon the provider node runs containers on ("" when there is none, and no node runs).
	Docker string
	// Provider is the provider node (zero without one).
	Provider ProviderInfo
}

// ProviderInfo describes the devnet's provider node.
type ProviderInfo struct {
	Account int
	Address common.Address
	Machine string
	Gateway string
	// Image is an image with a shell the devnet imported for jobs ("" when it could not).
	Image string
}

// Node is a devnet, a service.Service.
type Node struct {
	cfg Config
	log zerolog.Logger

	mu      sync.Mutex
	extra   []service.Service
	chain   *devchain.Chain
	indexer *node.Node
	group   *service.Group
	info    Info
	tmp     string

	deployment deployment.Deployment
	solana     *solanaSide
	sim        *SimProvider
	provider   *providerNode
	inspectors *inspectorNodes
	// cleanup runs at Close (a throwaway dockerd, the provider's temporary folder).
	cleanup  []func()
	devImage string
	// dockerHost is the provider node's Docker daemon, found at Start ("" when there is none: no node runs).
	dockerHost string

	// swaps is what the indexer serves of the Solana side's swaps, bound when that side is up.
	swaps *swapBook
}

// New prepares a devnet; nothing runs until Start.
func New(cfg Config, log zerolog.Logger) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	return &Node{cfg: cfg, log: log.With().Str("component", "devnet").Logger()}, nil
}

// Name is the service's name.
func (n *Node) Name() string { return "devnet" }

// Add registers a service to start, in order, once the chain, the suite, the price feed and the indexer are
// up. Call it before Start.
func (n *Node) Add(s service.Service) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.extra = append(n.extra, s)
}

// Accounts are the dev accounts with their roles: 0 deploys, the last Inspectors are inspectors.
func (n *Node) Accounts() []Account {
	devs := devchain.DevAccounts(n.cfg.Chain.Accounts)
	out := make([]Account, len(devs))
	for i, a := range devs {
		role := RoleUser
		switch {
		case i == 0:
			role = RoleDeployer
		case i >= len(devs)-n.cfg.Inspectors:
			role = RoleInspector
		}
		out[i] = Account{Account: a, Index: i, Role: role}
	}
	return out
}

// Start brings the devnet up: the chain, then the suite (deployed, or reused from the data directory), the
// dev accounts' funds and the inspector signer set, the deployment file, the price feed, the indexer, then the
// services added. On error, or when ctx ends on the way, everything started is closed again.
func (n *Node) Start(ctx context.Context) error {
	began := time.Now()
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.group != nil {
		return fmt.Errorf("devnet: %w", service.ErrAlreadyStarted)
	}
	chainCfg := n.cfg.Chain
	chainCfg.APIs = append(chainCfg.APIs, rpc.API{Namespace: "devnet", Service: ControlAPI{n}})
	ch, err := devchain.New(chainCfg, n.log)
	if err != nil {
		return err
	}
	n.chain = ch
	var reused bool
	var d deployment.Deployment
	setup := service.Build("setup", func(ctx context.Context) (service.Service, error) {
		var err error
		d, reused, err = n.setup(ctx)
		n.deployment = d // under n.mu: Start holds it
		return nil, err
	})
	members := []service.Service{ch, setup, service.Build("price-feed", func(ctx context.Context) (service.Service, error) {
		return n.priceFeed(ctx, d)
	})}
	// The provider node's Docker daemon is found first: the indexer's gateway proxy is given the node's gateway
	// only when the node will run.
	n.dockerHost, n.info.Docker = "", ""
	if n.cfg.Provider.Enabled {
		if n.dockerHost, err = n.docker(ctx); err != nil {
			n.removeTemp()
			return err
		}
		n.info.Docker = n.dockerHost
	}
	if n.cfg.Indexer {
		ix, err := n.newIndexer()
		if err != nil {
			return err
		}
		members = append(members, ix)
	}
	if n.cfg.Provider.Enabled {
		members = append(members, n.providerService(&d))
	}
	n.sim, n.inspectors, n.provider = nil, nil, nil
	if n.cfg.SimProvider.Enabled {
		if n.sim, err = n.newSimProvider(&d); err != nil {
			n.removeTemp()
			return err
		}
		members = append(members, n.sim)
	}
	if n.cfg.Solana != nil {
		// Before the inspector nodes: they run the gateway's bridge over this Solana side.
		n.solana = &solanaSide{n: n, cfg: *n.cfg.Solana, log: n.log.With().Str("part", "solana").Logger()}
		members = append(members, n.solana)
	}
	if n.cfg.InspectorNodes > 0 {
		n.inspectors = &inspectorNodes{n: n, d: &d, sim: n.sim}
		members = append(members, n.inspectors)
	}
	group := service.NewGroup("devnet", append(members, n.extra...)...)
	// The provider's service records what it found while starting.
	n.mu.Unlock()
	err = group.Start(ctx)
	n.mu.Lock()
	if err != nil {
		n.removeTemp()
		return err
	}
	n.group = group
	docker, prov := n.info.Docker, n.info.Provider
	n.info = Info{Docker: docker, Provider: prov,
		HTTP: ch.HTTPEndpoint(), WS: ch.WSEndpoint(), ChainID: n.cfg.Chain.ChainID, Deployment: d,
		DeploymentFile: n.cfg.DeploymentFile, Reused: reused, Accounts: n.Accounts(), Ready: time.Since(began),
		ResumedAt: ch.Restored().Block,
	}
	if n.indexer != nil {
		// The deployment file names its indexer, so that the CLI finds this devnet's quote book (and not
		// another chain's on the default port: anvil has the same chain id).
		n.info.IndexerAPI = n.indexer.URL()
		n.info.Console = n.indexer.URL() + console.Prefix
		d.IndexerAPI = n.info.IndexerAPI
		n.info.Deployment = d
		if err := deployment.Save(n.cfg.DeploymentFile, d); err != nil {
			group.Close()
			n.group = nil
			n.removeTemp()
			return err
		}
	}
	n.log.Info().Dur("ready_in", n.info.Ready).Bool("reused", reused).Msg("devnet ready")
	return nil
}

// setup deploys the suite (or reuses the data directory's) and writes the deployment file.
func (n *Node) setup(ctx context.Context) (deployment.Deployment, bool, error) {
	client, err := n.chain.Client()
	if err != nil {
		return deployment.Deployment{}, false, err
	}
	// Seal as soon as setup transactions wait, instead of once per block period: setup is a few rounds of
	// dependent transactions, and the chain's clock only moves a second per block.
	sealing, stopSealing := n.sealOnSend(client)
	d, reused, err := n.deployOrReuse(ctx, sealing)
	stopSealing()
	if err != nil {
		return deployment.Deployment{}, false, err
	}
	if n.cfg.DeploymentFile != "" {
		if err := deployment.Save(n.cfg.DeploymentFile, d); err != nil {
			return deployment.Deployment{}, false, err
		}
	}
	return d, reused, nil
}

// priceFeed is the dev inspectors' GRID/USD feed (nil when no price is configured): the inspector node's own
// job, with a fixed rate for a source since a dev chain has no market to observe.
func (n *Node) priceFeed(ctx context.Context, d deployment.Deployment) (service.Service, error) {
	if n.cfg.GridPrice == nil {
		return nil, nil
	}
	client, err := n.chain.Client()
	if err != nil {
		return nil, err
	}
	var signers []oracle.DigestSigner
	var poster *keys.Signer
	for _, a := range n.Accounts() {
		if a.Role == RoleInspector {
			s := keys.NewSigner(a.Key)
			signers = append(signers, s)
			if poster == nil {
				poster = s
			}
		}
	}
	cfg := chain.DefaultConfig()
	cfg.PollInterval = n.cfg.PollInterval
	sub, err := chain.NewSubmitter(cfg, client, poster, new(big.Int).SetUint64(n.cfg.Chain.ChainID), protocol.Errors(), n.log)
	if err != nil {
		return nil, err
	}
	feed, err := inspector.NewPriceFeed(inspector.PriceFeedConfig{Every: n.cfg.Params.PriceMaxAge / 2}, inspector.FixedPrice{Rate: n.cfg.GridPrice},
		protocol.NewConn(client, d, sub), signers, n.log)
	if err != nil || n.cfg.InspectorNodes == 0 {
		return feed, err
	}
	// Inspector nodes keep the rate fresh (k-of-n, each with its own key): the feed posts the first rate only, so
	// that GRID is priced as soon as the devnet is up.
	return nil, feed.Post(ctx)
}

// newIndexer is the devnet's indexer node: it follows the dev chain over WebSocket (new heads are pushed, so
// the index trails the chain by milliseconds), keeps its index next to the chain's data (or in a temporary
// directory removed at Close), wipes it when the chain was reset, and treats 8 blocks as final.
func (n *Node) newIndexer() (*node.Node, error) {
	dir := n.cfg.Chain.DataDir
	if dir == "" {
		tmp, err := os.MkdirTemp("", "idlegrid-devnet-index-")
		if err != nil {
			return nil, err
		}
		n.tmp, dir = tmp, tmp
	}
	listen := n.cfg.IndexerListen
	if l, err := net.Listen("tcp", listen); err != nil {
		n.log.Warn().Err(err).Str("listen", listen).Msg("indexer API port busy; using a free one")
		listen = "127.0.0.1:0"
	} else {
		l.Close()
	}
	cfg := node.DefaultConfig()
	depth := uint64(node.DevFinalityDepth)
	cfg.RPC, cfg.DeploymentFile, cfg.DB = n.chain.WSEndpoint(), n.cfg.DeploymentFile, filepath.Join(dir, "index.db")
	cfg.FinalityDepth, cfg.PollInterval, cfg.WipeOnReset = &depth, n.cfg.Chain.BlockPeriod, true
	cfg.API.Listen, cfg.API.AllowedOrigins = listen, []string{"*"}
	cfg.Console, cfg.GatewayEndpoints = true, n.gatewayEndpoints()
	if n.cfg.Solana != nil {
		n.swaps = &swapBook{}
		cfg.Swaps = n.swaps
	}
	ix, err := node.New(cfg, n.log)
	if err != nil {
		n.removeTemp()
		return nil, err
	}
	n.indexer = ix
	return ix, nil
}

// gatewayEndpoints are Config.GatewayEndpoints and, when the devnet runs its provider node, that node's gateway
// (its dev account's address -> Provider.Listen), so that the console's gateway proxy reaches its leases' jobs.
// Without a Docker daemon no node runs, and the proxy says it knows no gateway of that provider.
func (n *Node) gatewayEndpoints() map[common.Address]string {
	out := maps.Clone(n.cfg.GatewayEndpoints)
	if pc := n.cfg.Provider; pc.Enabled && n.dockerHost != "" {
		accts := n.Accounts()
		if pc.Account >= 1 && pc.Account < len(accts) {
			if out == nil {
				out = map[common.Address]string{}
			}
			out[accts[pc.Account].Address] = pc.Listen
		}
	}
	return out
}

func (n *Node) removeTemp() {
	if n.tmp != "" {
		os.RemoveAll(n.tmp)
		n.tmp = ""
	}
	for i := len(n.cleanup) - 1; i >= 0; i-- {
		n.cleanup[i]()
	}
	n.cleanup = nil
}

// Info describes the running devnet.
func (n *Node) Info() Info {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.info
}

// Chain is the embedded chain (tests move its clock).
func (n *Node) Chain() *devchain.Chain {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.chain
}

// Healthy fails when the chain or another part is unhealthy.
func (n *Node) Healthy() error {
	n.mu.Lock()
	group := n.group
	n.mu.Unlock()
	if group == nil {
		return devchain.ErrNotStarted
	}
	return group.Healthy()
}

// HealthReport is every part's health, by name ("devnet/devchain", "devnet/indexer/follower").
func (n *Node) HealthReport() map[string]error {
	n.mu.Lock()
	group := n.group
	n.mu.Unlock()
	if group == nil {
		return map[string]error{"devnet": service.ErrNotStarted}
	}
	return group.HealthReport()
}

// Done is closed when a part of the devnet failed for good.
func (n *Node) Done() <-chan struct{} {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.group == nil {
		return nil
	}
	return n.group.Done()
}

// Err names the part that failed and why.
func (n *Node) Err() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.group == nil {
		return nil
	}
	return n.group.Err()
}

// Close stops the parts in reverse order, the chain last (saving its head in the data directory).
func (n *Node) Close() error {
	n.mu.Lock()
	group := n.group
	n.group = nil
	n.mu.Unlock()
	if group == nil {
		return nil
	}
	err := group.Close()
	n.mu.Lock()
	n.removeTemp()
	n.mu.Unlock()
	return err
}

// deploymentInDataDir is the copy of the deployment record kept with a persistent chain.
func (n *Node) deploymentInDataDir() string {
	if n.cfg.Chain.DataDir == "" {
		return ""
	}
	return filepath.Join(n.cfg.Chain.DataDir, "idlegrid-deployment.json")
}

type setupChain interface {
	chain.TxBackend
	protocol.Chain
	deployment.Chain
}

// deployOrReuse keeps the suite of a persistent chain when it is still there, and otherwise deploys it and
// sets up the dev accounts.
func (n *Node) deployOrReuse(ctx context.Context, client setupChain) (deployment.Deployment, bool, error) {
	if path := n.deploymentInDataDir(); path != "" {
		d, err := deployment.Load(path)
		switch {
		case err == nil:
			if err := deployment.Verify(ctx, client, d); err != nil {
				n.log.Warn().Err(err).Uint64("resumed_at_block", n.chain.Restored().Block).
					Msg("the data directory's deployment is not on its chain (its chain was replaced, or lost its last blocks): deploying again")
			} else {
				n.log.Info().Str("file", path).Msg("reusing the data directory's deployment")
				return d, true, nil
			}
		case !errors.Is(err, os.ErrNotExist):
			return deployment.Deployment{}, false, fmt.Errorf("devnet: %w (delete it or use another --datadir)", err)
		}
	}
	accounts := n.Accounts()
	deployer := keys.NewSigner(accounts[0].Key)
	cfg := chain.DefaultConfig()
	cfg.PollInterval = n.cfg.PollInterval
	sub, err := chain.NewSubmitter(cfg, client, deployer, new(big.Int).SetUint64(n.cfg.Chain.ChainID), protocol.Errors(), n.log)
	if err != nil {
		return deployment.Deployment{}, false, err
	}
	d, err := deploy.Deploy(ctx, client, sub, new(big.Int).SetUint64(n.cfg.Chain.ChainID), n.cfg.Params, n.log)
	if err != nil {
		return deployment.Deployment{}, false, err
	}
	conn := protocol.NewConn(client, d, sub)
	if err := n.fund(ctx, conn, accounts); err != nil {
		return deployment.Deployment{}, false, err
	}
	if err := n.stakeInspectors(ctx, conn, accounts); err != nil {
		return deployment.Deployment{}, false, err
	}
	if path := n.deploymentInDataDir(); path != "" {
		if err := deployment.Save(path, d); err != nil {
			return deployment.Deployment{}, false, err
		}
	}
	return d, false, nil
}

// fund gives every dev account but the deployer MockUSD and GRID (ETH comes with the genesis). The accounts are
// funded at once, so their transactions share blocks: each block needs its own second of chain time, and one
// block per transfer left a fresh devnet's clock half a minute ahead of the wall clock.
func (n *Node) fund(ctx context.Context, conn *protocol.Conn, accounts []Account) error {
	tokens := protocol.NewTokens(conn)
	g, gctx := errgroup.WithContext(ctx)
	for _, a := range accounts[1:] {
		g.Go(func() error {
			if _, err := tokens.Faucet(gctx, a.Address, protocol.FaucetAmounts{USD: n.cfg.FundUSD, GRID: n.cfg.FundGRID}); err != nil {
				return fmt.Errorf("devnet: fund dev account %d: %w", a.Index, err)
			}
			return nil
		})
	}
	return g.Wait()
}

// stakeInspectors stakes the inspector minimum for each inspector account (paid by the treasury) and makes
// them the signer set with a strict majority threshold. The quorum's delay (a second by default: the contract
// refuses zero) is waited out on the chain's clock.
func (n *Node) stakeInspectors(ctx context.Context, conn *protocol.Conn, accounts []Account) error {
	p, err := protocol.NewStaking(conn).Params(ctx)
	if err != nil {
		return err
	}
	var inspectors []Account
	for _, a := range accounts {
		if a.Role == RoleInspector {
			inspectors = append(inspectors, a)
		}
	}
	// One approval for all, then the stakes at once: they share a block (see fund).
	total := new(big.Int).Mul(p.InspectorMinStake, big.NewInt(int64(len(inspectors))))
	if _, err := protocol.NewTokens(conn).Approve(ctx, oracle.PayGRID, conn.Deployment().Contracts.Staking, total); err != nil {
		return fmt.Errorf("devnet: approve the inspectors' stakes: %w", err)
	}
	g, gctx := errgroup.WithContext(ctx)
	signers := make([]common.Address, len(inspectors))
	for i, a := range inspectors {
		signers[i] = a.Address
		g.Go(func() error {
			if _, err := protocol.NewStaking(conn).StakeFor(gctx, a.Address, oracle.RoleInspector, p.InspectorMinStake); err != nil {
				return fmt.Errorf("devnet: stake inspector %d: %w", a.Index, err)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	slices.SortFunc(signers, func(a, b common.Address) int { return a.Cmp(b) })
	q := protocol.NewQuorum(conn)
	if _, err := q.Propose(ctx, signers, uint8(len(signers)/2+1)); err != nil {
		return fmt.Errorf("devnet: propose signer set: %w", err)
	}
	if err := n.chain.AdjustTime(n.cfg.Params.SignerSetDelay); err != nil {
		return fmt.Errorf("devnet: wait out the signer set delay: %w", err)
	}
	if _, err := q.Apply(ctx); err != nil {
		return fmt.Errorf("devnet: apply signer set: %w", err)
	}
	return nil
}

// sealingBackend commits a block shortly after each transaction it sends, instead of once per block period:
// setup is a few rounds of dependent transactions, and waiting a block period for each would take seconds.
// Transactions sent back to back (a batch) share a block.
type sealingBackend struct {
	setupChain
	kick chan struct{}
}

func (b *sealingBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := b.setupChain.SendTransaction(ctx, tx); err != nil {
		return err
	}
	select {
	case b.kick <- struct{}{}:
	default: // a seal is already due
	}
	return nil
}

// sealOnSend wraps client so its sends are sealed promptly, until stop is called.
func (n *Node) sealOnSend(client setupChain) (setupChain, func()) {
	b := &sealingBackend{setupChain: client, kick: make(chan struct{}, 1)}
	done, stopped := make(chan struct{}), make(chan struct{})
	quiet := n.cfg.PollInterval / 4
	go func() {
		defer close(stopped)
		for {
			select {
			case <-done:
				return
			case <-b.kick:
			}
			// Let the rest of a batch arrive, then seal.
			t := time.NewTimer(quiet)
		drain:
			for {
				select {
				case <-b.kick:
					t.Reset(quiet)
				case <-t.C:
					break drain
				case <-done:
					t.Stop()
					return
				}
			}
			n.chain.Commit()
		}
	}()
	return b, func() {
		close(done)
		<-stopped
	}
}

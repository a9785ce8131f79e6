package providerd

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/gateway"
	"github.com/idlegrid/idlegrid/provider/gpu"
	"github.com/idlegrid/idlegrid/provider/gpu/cuda"
	"github.com/idlegrid/idlegrid/provider/gpu/nvml"
	"github.com/idlegrid/idlegrid/provider/gpu/sim"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/node/onchain"
	"github.com/idlegrid/idlegrid/provider/node/sqlstore"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

// Backend is the chain connection: what the follower, the submitter and the protocol calls read and send.
type Backend interface {
	chain.TxBackend
	protocol.Chain
	follow.Chain
}

// Node is a wired provider node: the daemon (a service.Service) and what it owns.
type Node struct {
	*node.Daemon
	store   *sqlstore.DB
	inv     gpu.Inventory
	closers []func() error
}

// Close stops the node and releases its store and inventory.
func (n *Node) Close() error {
	err := n.Daemon.Close()
	for _, c := range n.closers {
		err = errors.Join(err, c())
	}
	return err
}

// Build wires the node of cfg for signer on deployment d over backend; nothing runs until Start.
// IndexerURL is the indexer API the node posts its quotes to: pricing.indexer, else the one the deployment file
// names (the devnet and `deploy --indexer-api` write it), else the default address.
func IndexerURL(cfg Config, d deployment.Deployment) string {
	switch {
	case cfg.Pricing.Indexer != "":
		return cfg.Pricing.Indexer
	case d.IndexerAPI != "":
		return d.IndexerAPI
	}
	return api.DefaultURL
}

func Build(ctx context.Context, cfg Config, signer *keys.Signer, backend Backend, d deployment.Deployment, log zerolog.Logger) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	simGPUs, _ := cfg.Machine.SimGPUs()
	if simGPUs > 0 && !deployment.IsDevChain(d.ChainID) {
		return nil, fmt.Errorf("machine.gpus %q: simulated GPUs serve dev chains only (chain %d is not one)", cfg.Machine.GPUs, d.ChainID)
	}
	if err := os.MkdirAll(cfg.Node.DataDir, 0o700); err != nil {
		return nil, err
	}
	n := &Node{}
	fail := func(err error) (*Node, error) {
		for _, c := range n.closers {
			_ = c()
		}
		return nil, err
	}
	chainID := new(big.Int).SetUint64(d.ChainID)
	sc := chain.DefaultConfig()
	if deployment.IsDevChain(d.ChainID) {
		sc.PollInterval = 100 * time.Millisecond
	}
	sub, err := chain.NewSubmitter(sc, backend, signer, chainID, protocol.Errors(), log)
	if err != nil {
		return fail(err)
	}
	adapter, err := onchain.New(protocol.NewConn(backend, d, sub), signer)
	if err != nil {
		return fail(err)
	}
	if n.store, err = sqlstore.Open(ctx, filepath.Join(cfg.Node.DataDir, "node.db")); err != nil {
		return fail(err)
	}
	n.closers = append(n.closers, n.store.Close)
	cs, err := content.OpenStore(filepath.Join(cfg.Node.DataDir, "content"))
	if err != nil {
		return fail(err)
	}
	var gateways []*content.Client
	for _, g := range cfg.Node.Gateways {
		c, err := content.NewClient(g, &http.Client{Timeout: 10 * time.Minute}, content.Limits{})
		if err != nil {
			return fail(fmt.Errorf("node.content_gateways: %w", err))
		}
		gateways = append(gateways, c)
	}
	// GPUs: the driver's, or simulated ones on a dev chain, each with its prover for the challenge session.
	var inv gpu.Inventory
	if simGPUs > 0 {
		if inv, err = sim.New(cfg.Machine.Name, simGPUs, nil, log); err != nil {
			return fail(err)
		}
	} else {
		if inv, err = nvml.Open(log); err != nil {
			return fail(fmt.Errorf("GPU inventory: %w (machine.gpus = \"sim:N\" on a dev chain runs without one)", err))
		}
	}
	n.inv = inv
	n.closers = append(n.closers, inv.Close)
	devs, err := inv.Devices(ctx)
	if err != nil {
		return fail(fmt.Errorf("GPU inventory: %w", err))
	}
	class, err := classOf(devs, deployment.IsDevChain(d.ChainID))
	if err != nil {
		return fail(err)
	}
	var provers []proofsession.GPU
	for _, dv := range devs {
		var backend proof.Backend = proof.CPU{}
		if !dv.Simulated {
			b, err := cuda.Open(cuda.Config{Ordinal: dv.Index}, log)
			if err != nil {
				log.Warn().Err(err).Str("gpu", dv.UUID).Msg("no CUDA backend: the challenge session is not served")
				provers = nil
				break
			}
			backend = b
		}
		if cfg.Prover != nil {
			backend = cfg.Prover(dv.UUID, backend)
		}
		provers = append(provers, proofsession.GPU{UUID: dv.UUID, Prover: proof.NewProver(backend, 0, log)})
	}
	// Containers.
	rcfg := runtime.DefaultConfig()
	rcfg.Owner, rcfg.GPUDriver, rcfg.OCIRuntime, rcfg.RequireDiskQuota = cfg.Node.Owner, cfg.Node.GPUDriver, cfg.Node.OCIRuntime, cfg.Node.DiskQuota
	rcfg.Init = cfg.Node.Init
	if simGPUs > 0 {
		rcfg.GPUDriver = runtime.GPUDriverSim
	}
	if rcfg.HostIP, err = netip.ParseAddr(cfg.Node.HostIP); err != nil {
		return fail(fmt.Errorf("node.host_ip %q: %w", cfg.Node.HostIP, err))
	}
	engine, err := runtime.Dial(cfg.Node.Docker)
	if err != nil {
		return fail(fmt.Errorf("node.docker %q: %w", cfg.Node.Docker, err))
	}
	rt, err := runtime.New(engine, rcfg, log)
	if err != nil {
		return fail(err)
	}
	n.closers = append(n.closers, rt.Close)

	provider := signer.Address()
	machine := protocol.MachineID(provider, cfg.Machine.Name)
	dc := node.DaemonConfig{Node: node.DefaultConfig(), Follow: follow.DefaultConfig(), Gateway: gateway.DefaultConfig(),
		Uploads: node.DefaultUploadLimits(), Pricing: node.DefaultPricingPolicy(), Ops: cfg.Node.Ops, Publish: cfg.Machine.Publish}
	nc := &dc.Node
	nc.Machine, nc.DataDir, nc.Confirmations = machine, cfg.Node.DataDir, cfg.Chain.Confirmations
	nc.Capacity = node.Capacity{Memory: int64(cfg.Node.MemoryGiB * (1 << 30)), MilliCPUs: cfg.Node.MilliCPUs,
		Disk: int64(cfg.Node.DiskGiB * (1 << 30)), Pids: nc.Capacity.Pids}
	nc.JobWait, nc.StartAttempts, nc.MaxOutputBytes = time.Duration(cfg.Node.JobWait), cfg.Node.StartAttempts, int64(cfg.Node.MaxOutputGiB*(1<<30))
	nc.Settle = node.SettlePolicy{Every: time.Duration(cfg.Settle.Every), GasMultiple: cfg.Settle.GasMultiple, MinUSD: cfg.Settle.MinUSD,
		MaxAge: time.Duration(cfg.Settle.MaxAge), MaxBatch: cfg.Settle.MaxBatch, ETHUSD: cfg.Settle.ETHUSD, GRIDUSD: cfg.Settle.GRIDUSD}
	nc.Content = node.ContentPolicy{Retain: time.Duration(cfg.Content.Retain), Sweep: time.Duration(cfg.Content.Sweep)}
	nc.Withdraw = node.WithdrawPolicy{Every: time.Duration(cfg.Withdraw.Every), MinUSD: cfg.Withdraw.MinUSD, MinGRID: cfg.Withdraw.MinGRID}
	// LeaseEscrow's lease events, and LeaseJournal's JobSet (a job named after the lease opened).
	dc.Follow.Addresses = []common.Address{d.Contracts.LeaseEscrow, d.Contracts.LeaseJournal}
	dc.Follow.Fingerprint = follow.Fingerprint(map[string]common.Address{deployment.LeaseEscrow: d.Contracts.LeaseEscrow,
		deployment.LeaseJournal: d.Contracts.LeaseJournal}, d.Block)
	dc.Follow.StartBlock, dc.Follow.FinalityDepth = d.Block, cfg.Chain.FinalityDepth
	if deployment.IsDevChain(d.ChainID) {
		dc.Follow.PollInterval, dc.Follow.WipeOnReset = 250*time.Millisecond, true
	}
	dc.Gateway.Listen = cfg.Node.Listen
	dc.Pricing = node.PricingPolicy{USDPerGPUHour: cfg.Pricing.USDPerGPUHour, Sizes: cfg.Pricing.Sizes, MinDuration: time.Duration(cfg.Pricing.MinDuration),
		MaxDuration: time.Duration(cfg.Pricing.MaxDuration), Lifetime: time.Duration(cfg.Pricing.QuoteLifetime)}
	if err := dc.Pricing.Validate(); err != nil {
		return fail(err)
	}
	dc.Spec = node.SpecOf(provider, cfg.Machine.Name, class, devs, node.ReadHost(cfg.Node.DataDir), nc.Capacity, cfg.Machine.Region,
		cfg.Machine.BandwidthMbps, cfg.Machine.Endpoint)
	var book node.QuoteBook
	if cfg.Pricing.USDPerGPUHour > 0 {
		ic, err := api.NewClient(IndexerURL(cfg, d))
		if err != nil {
			return fail(fmt.Errorf("pricing.indexer: %w", err))
		}
		book = quoteBook{ic}
	}
	daemon, err := node.NewDaemon(dc, node.DaemonDeps{
		Deps: node.Deps{Provider: provider, Deployment: Tag(d), Store: n.store, Decode: onchain.Decode, Escrow: adapter, Runtime: rt,
			Content: cs, Gateways: gateways, GPUs: inv, Log: log},
		Chain: backend, Signer: signer, Domain: oracle.GatewayDomain(chainID, d.Contracts.LeaseEscrow), Machines: adapter,
		Inspectors: adapter, Quotes: adapter, Book: book, Provers: provers, RuntimeService: rt,
	})
	if err != nil {
		return fail(err)
	}
	n.Daemon = daemon
	return n, nil
}

// Tag names a deployment in container names: the escrow address's first four bytes.
func Tag(d deployment.Deployment) string {
	return strings.ToLower(d.Contracts.LeaseEscrow.Hex()[2:10])
}

// classOf is the GPU class of the machine's devices: all must be of one class.
func classOf(devs []gpu.Device, devChain bool) (string, error) {
	if len(devs) == 0 {
		return "", errors.New("the machine has no GPU (machine.gpus = \"sim:N\" on a dev chain runs without one)")
	}
	var class string
	for _, dv := range devs {
		name := gpu.SIM
		if !dv.Simulated {
			c, err := gpu.Classify(dv)
			if err != nil {
				return "", fmt.Errorf("GPU %d (%s): %w", dv.Index, dv.Name, err)
			}
			name = c.Name
		} else if !devChain {
			return "", fmt.Errorf("GPU %d is simulated: dev chains only", dv.Index)
		}
		if class != "" && class != name {
			return "", fmt.Errorf("the machine mixes %s and %s GPUs: run one node per class", class, name)
		}
		class = name
	}
	return class, nil
}

// quoteBook posts to the indexer's book.
type quoteBook struct{ c *api.Client }

func (b quoteBook) PostQuote(ctx context.Context, q oracle.SignedQuote) error {
	_, err := b.c.PostQuote(ctx, q)
	return err
}

package node_test

import (
	"context"
	"fmt"
	"math/big"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/moby/moby/client"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/deploy"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/devchain/devchaintest"
	"github.com/idlegrid/idlegrid/oracle/follow"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/gateway"
	"github.com/idlegrid/idlegrid/provider/gpu/sim"
	"github.com/idlegrid/idlegrid/provider/job"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/node/onchain"
	"github.com/idlegrid/idlegrid/provider/node/sqlstore"
	"github.com/idlegrid/idlegrid/provider/runtime"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

func TestMain(m *testing.M) { os.Exit(dockertest.Main(m)) }

// Dev accounts of the test chain.
const (
	deployerAcct = 0
	providerAcct = 1
	renterAcct   = 2
	otherAcct    = 3
)

// world is a deployed suite on the embedded dev chain (HTTP and WebSocket on free loopback ports), the
// provider staked, and the test Docker daemon.
type world struct {
	t      testing.TB
	ctx    context.Context
	chain  *devchain.Chain
	d      deployment.Deployment
	keys   []*keys.Signer
	subs   []*chain.Submitter
	docker *client.Client
	image  string
}

func newWorld(t testing.TB) *world {
	t.Helper()
	docker := dockertest.Client(t) // skips (or fails with IDLEGRID_REQUIRE_DOCKER=1) without a daemon
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	t.Cleanup(cancel)
	cfg := devchain.DefaultConfig()
	cfg.HTTPPort, cfg.WSPort = devchaintest.HTTPAndWS(t)
	cfg.BlockPeriod = 100 * time.Millisecond
	cfg.Accounts = 5
	ch, err := devchain.New(cfg, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ch.Close() })
	w := &world{t: t, ctx: ctx, chain: ch, docker: docker}
	cl, err := ch.Client()
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range ch.Accounts() {
		s := keys.NewSigner(a.Key)
		w.keys = append(w.keys, s)
		sc := chain.DefaultConfig()
		sc.PollInterval = 20 * time.Millisecond
		sub, err := chain.NewSubmitter(sc, cl, s, ch.ChainID(), protocol.Errors(), zerolog.Nop())
		if err != nil {
			t.Fatal(err)
		}
		w.subs = append(w.subs, sub)
	}
	p := deploy.DevnetParams()
	p.Chain = "devnet"
	if w.d, err = deploy.Deploy(ctx, cl, w.subs[deployerAcct], ch.ChainID(), p, zerolog.Nop()); err != nil {
		t.Fatal(err)
	}
	tokens := protocol.NewTokens(w.conn(deployerAcct))
	for _, i := range []int{providerAcct, renterAcct, otherAcct} {
		if _, err := tokens.Faucet(ctx, w.keys[i].Address(), protocol.FaucetAmounts{USD: big.NewInt(10_000e6), GRID: gridWei(100_000)}); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := protocol.NewStaking(w.conn(providerAcct)).Stake(ctx, oracle.RoleProvider, gridWei(1000)); err != nil {
		t.Fatal(err)
	}
	w.image = dockertest.ImportWorkload(t, docker)
	return w
}

func gridWei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func (w *world) conn(i int) *protocol.Conn {
	cl, err := w.chain.Client()
	if err != nil {
		w.t.Fatal(err)
	}
	return protocol.NewConn(cl, w.d, w.subs[i])
}

func (w *world) provider() common.Address { return w.keys[providerAcct].Address() }

var ownerSeq atomic.Int64

// provNode is a provider node under test.
type provNode struct {
	w       *world
	dir     string
	daemon  *node.Daemon
	store   *sqlstore.DB
	content *content.Store
	rt      *runtime.Runtime
	owner   string
	machine common.Hash
}

type nodeOpts struct {
	gpus          int
	confirmations uint64
	capacity      *node.Capacity
	dir           string
	owner         string
	edit          func(*node.DaemonConfig)
	quiet         bool // log warnings only (benchmarks: their output is cut short)
	provers       []proofsession.GPU
}

// startNode builds and starts a provider node for account providerAcct on w's chain, machine "rig-1" with
// SIM GPUs; it is closed (and its containers removed) when the test ends.
func (w *world) startNode(o nodeOpts) *provNode {
	t := w.t
	t.Helper()
	if o.gpus == 0 {
		o.gpus = 4
	}
	if o.dir == "" {
		o.dir = t.TempDir()
	}
	if o.owner == "" {
		o.owner = fmt.Sprintf("n%d-%d", os.Getpid()%100000, ownerSeq.Add(1))
	}
	pn := &provNode{w: w, dir: o.dir, owner: o.owner, machine: protocol.MachineID(w.provider(), "rig-1")}
	level := zerolog.InfoLevel
	if o.quiet {
		level = zerolog.WarnLevel
	}
	log := zerolog.New(zerolog.NewTestWriter(t)).Level(level).With().Timestamp().Logger()
	var err error
	if pn.store, err = sqlstore.Open(w.ctx, filepath.Join(o.dir, "node.db")); err != nil {
		t.Fatal(err)
	}
	if pn.content, err = content.OpenStore(filepath.Join(o.dir, "content")); err != nil {
		t.Fatal(err)
	}
	rcfg := runtime.DefaultConfig()
	rcfg.Owner, rcfg.GPUDriver, rcfg.StopGrace = o.owner, runtime.GPUDriverSim, time.Second
	rcfg.HostIP = netip.MustParseAddr("127.0.0.1")
	if pn.rt, err = runtime.New(w.docker, rcfg, log); err != nil {
		t.Fatal(err)
	}
	inv, err := sim.New("rig-1", o.gpus, nil, log)
	if err != nil {
		t.Fatal(err)
	}
	adapter, err := onchain.New(w.conn(providerAcct), w.keys[providerAcct])
	if err != nil {
		t.Fatal(err)
	}
	cfg := node.DaemonConfig{Node: node.DefaultConfig(), Follow: follow.DefaultConfig(), Gateway: gateway.DefaultConfig(),
		Uploads: node.DefaultUploadLimits(), Pricing: node.DefaultPricingPolicy(), Publish: true}
	cfg.Node.Machine, cfg.Node.DataDir, cfg.Node.Confirmations = pn.machine, o.dir, o.confirmations
	cfg.Node.Resync, cfg.Node.JobWait = 200*time.Millisecond, time.Minute
	cfg.Node.Capacity = node.Capacity{Memory: 2 << 30, MilliCPUs: 2000, Disk: 4 << 30, Pids: 4096}
	if o.capacity != nil {
		cfg.Node.Capacity = *o.capacity
	}
	// LeaseEscrow's lease events, and LeaseJournal's JobSet (a job named after the lease opened).
	cfg.Follow.Addresses = []common.Address{w.d.Contracts.LeaseEscrow, w.d.Contracts.LeaseJournal}
	cfg.Follow.Fingerprint = follow.Fingerprint(map[string]common.Address{deployment.LeaseEscrow: w.d.Contracts.LeaseEscrow,
		deployment.LeaseJournal: w.d.Contracts.LeaseJournal}, w.d.Block)
	cfg.Follow.StartBlock, cfg.Follow.FinalityDepth, cfg.Follow.PollInterval = w.d.Block, 8, 50*time.Millisecond
	cfg.Gateway.Listen = "127.0.0.1:0"
	cfg.Ops = "127.0.0.1:0"
	devs, _ := inv.Devices(w.ctx)
	cfg.Spec = node.SpecOf(w.provider(), "rig-1", "SIM", devs, node.ReadHost(o.dir), cfg.Node.Capacity, "test", 1000, "127.0.0.1:0")
	if o.edit != nil {
		o.edit(&cfg)
	}
	cl, err := w.chain.Client()
	if err != nil {
		t.Fatal(err)
	}
	deps := node.DaemonDeps{
		Deps: node.Deps{Provider: w.provider(), Deployment: deploymentTag(w.d), Store: pn.store, Decode: onchain.Decode, Escrow: adapter,
			Runtime: pn.rt, Content: pn.content, GPUs: inv, Log: log},
		Chain: cl, Signer: w.keys[providerAcct], Domain: oracle.GatewayDomain(w.chain.ChainID(), w.d.Contracts.LeaseEscrow),
		Machines: adapter, Inspectors: adapter, Quotes: adapter, RuntimeService: pn.rt, Provers: o.provers,
	}
	if pn.daemon, err = node.NewDaemon(cfg, deps); err != nil {
		t.Fatal(err)
	}
	if err := pn.daemon.Start(w.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		pn.daemon.Close()
		pn.store.Close()
		pn.cleanContainers()
	})
	return pn
}

func deploymentTag(d deployment.Deployment) string {
	return strings.ToLower(d.Contracts.LeaseEscrow.Hex()[2:10])
}

// cleanContainers removes whatever the node's owner left on the daemon.
func (pn *provNode) cleanContainers() {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	rcfg := runtime.DefaultConfig()
	rcfg.Owner, rcfg.GPUDriver = pn.owner, runtime.GPUDriverSim
	rt, err := runtime.New(pn.w.docker, rcfg, zerolog.Nop())
	if err != nil {
		return
	}
	sts, _ := rt.List(ctx)
	for _, s := range sts {
		_ = rt.Remove(ctx, s.Lease)
	}
}

// renterClient is the renter's gateway client of the node.
func (pn *provNode) renterClient(acct int) *gw.Client {
	t := pn.w.t
	t.Helper()
	tokens, err := gw.NewSignerTokens(pn.w.keys[acct], oracle.GatewayDomain(pn.w.chain.ChainID(), pn.w.d.Contracts.LeaseEscrow),
		pn.w.provider(), 5*time.Minute, nil)
	if err != nil {
		t.Fatal(err)
	}
	c, err := gw.NewClient(gw.ClientConfig{Endpoint: pn.daemon.Gateway.Addr(), Provider: pn.w.provider(), Tokens: tokens})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Close)
	return c
}

// workloadSpec is the test workload (present in the daemon) with steps, for gpus GPUs.
func (w *world) workloadSpec(gpus int, steps ...string) *job.Spec {
	return &job.Spec{
		Version:    job.Version,
		Image:      job.Image{Ref: w.image},
		Entrypoint: []string{"/workload"},
		Command:    steps,
		Resources:  job.Resources{GPUs: gpus, Memory: 128 << 20, MilliCPUs: 1000, Pids: 64, Disk: 256 << 20},
	}
}

// open signs a quote for gpus GPUs of the node's machine and opens a lease for d as renter acct, with the job
// spec pushed to the node first and bound at open (LeaseOpened.jobCID; nil spec: no job named). It returns the
// lease id.
func (pn *provNode) open(acct int, gpus uint32, d time.Duration, spec *job.Spec) uint64 {
	w := pn.w
	t := w.t
	t.Helper()
	var digest common.Hash
	if spec != nil {
		c, err := pn.renterClient(acct).PushJob(w.ctx, spec.Encode())
		if err != nil {
			t.Fatalf("push job: %v", err)
		}
		if c != spec.CID().String() {
			t.Fatalf("pushed spec %s, node holds %s", spec.CID(), c)
		}
		digest = common.Hash(spec.Digest())
	}
	return pn.openBound(acct, gpus, d, digest)
}

// openBound opens a lease for d as renter acct from a fresh quote for gpus GPUs, binding the job digest at open
// (zero: none).
func (pn *provNode) openBound(acct int, gpus uint32, d time.Duration, digest common.Hash) uint64 {
	w := pn.w
	t := w.t
	t.Helper()
	sq, err := protocol.NewQuotes(w.conn(providerAcct)).Sign(w.ctx, w.keys[providerAcct], protocol.QuoteTerms{MachineID: pn.machine, GPUs: gpus,
		USDPerSecondWad: big.NewInt(1000 * 1e12), MaxDuration: 24 * time.Hour, ValidFor: time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	ol, err := protocol.NewLeases(w.conn(acct)).Open(w.ctx, protocol.OpenRequest{Quote: sq, Duration: d, Pay: oracle.PayUSD, Job: digest})
	if err != nil {
		t.Fatalf("open lease: %v", err)
	}
	return ol.ID.Uint64()
}

// waitPhase waits until lease's workload reaches phase.
func (pn *provNode) waitPhase(lease uint64, phase node.Phase, within time.Duration) node.Workload {
	t := pn.w.t
	t.Helper()
	deadline := time.Now().Add(within)
	var last node.Workload
	for time.Now().Before(deadline) {
		wl, err := pn.store.Workload(pn.w.ctx, lease)
		if err == nil {
			last = wl
			if wl.Phase == phase {
				return wl
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatalf("lease %d: phase %q not reached in %s; last %+v", lease, phase, within, last)
	return node.Workload{}
}

package node_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/netip"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/moby/moby/api/types/events"
	"github.com/moby/moby/client"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/provider/gateway"
	"github.com/idlegrid/idlegrid/provider/gpu/sim"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/node/onchain"
	"github.com/idlegrid/idlegrid/provider/node/sqlstore"
	"github.com/idlegrid/idlegrid/provider/runtime"
	"github.com/idlegrid/idlegrid/provider/runtime/dockertest"
)

// crashChildEnv marks the re-executed test binary as the provider node to be killed.
const crashChildEnv = "IDLEGRID_PROVIDER_CRASH_CHILD"

type crashJob struct {
	RPC        string
	Deployment deployment.Deployment
	Dir        string
	Docker     string
	Owner      string
}

// TestKillAnywhereAndRestart runs the provider node in a child process, opens and closes leases while
// killing it with SIGKILL at random moments, restarts it each time, and checks that no container was
// started twice (the daemon's own event log), that every open lease ends with its one running container
// and every closed one with none (no orphan, no lease forgotten).
func TestKillAnywhereAndRestart(t *testing.T) {
	if testing.Short() {
		t.Skip("spawns processes")
	}
	w := newWorld(t)
	job := crashJob{RPC: w.chain.WSEndpoint(), Deployment: w.d, Dir: t.TempDir(), Docker: dockertest.Host(t),
		Owner: fmt.Sprintf("kill%d", os.Getpid()%100000)}
	raw, _ := json.Marshal(job)
	t.Cleanup(func() { (&provNode{w: w, owner: job.Owner}).cleanContainers() })
	evctx, stopEvents := context.WithCancel(w.ctx)
	starts := watchStarts(evctx, w.docker, job.Owner)

	var child *exec.Cmd
	var out *strings.Builder
	done := make(chan error, 1)
	startChild := func() {
		child = exec.Command(os.Args[0], "-test.run=^TestCrashNodeChild$", "-test.v")
		child.Env = append(os.Environ(), crashChildEnv+"="+string(raw))
		out = &strings.Builder{}
		child.Stdout, child.Stderr = out, out
		if err := child.Start(); err != nil {
			t.Fatal(err)
		}
		go func() { done <- child.Wait() }()
	}
	kill := func() {
		_ = child.Process.Signal(syscall.SIGKILL)
		<-done
	}
	startChild()
	machine := protocol.MachineID(w.provider(), "rig-1")
	waitFor(t, 60*time.Second, func() bool {
		m, err := protocol.NewMachines(w.conn(deployerAcct)).Get(w.ctx, machine)
		return err == nil && m.Listed
	}, "the child lists the machine")

	cs, err := content.OpenStore(filepath.Join(job.Dir, "content"))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(11, 17))
	var open []uint64
	var closed []uint64
	kills := 0
	for round := 0; round < 8; round++ {
		spec := w.workloadSpec(1, "print", "started", "sleep", "600")
		spec.Env = map[string]string{"ROUND": string(rune('0' + round))}
		if _, err := cs.AddBytes(w.ctx, spec.Encode()); err != nil {
			t.Fatal(err)
		}
		pn := &provNode{w: w, machine: machine}
		id := pn.openBound(renterAcct, 1, time.Hour, common.Hash(spec.Digest()))
		open = append(open, id)
		if len(open) > 2 { // keep GPUs free: close the oldest
			if _, err := protocol.NewLeases(w.conn(renterAcct)).Close(w.ctx, new(big.Int).SetUint64(open[0])); err != nil {
				t.Fatal(err)
			}
			closed, open = append(closed, open[0]), open[1:]
		}
		// Kill the node a random moment later: before it saw the lease, while it starts or stops a
		// container, or after.
		time.Sleep(time.Duration(rng.IntN(1500)) * time.Millisecond)
		select {
		case err := <-done:
			t.Fatalf("the node exited by itself: %v\n%s", err, out)
		default:
		}
		kill()
		kills++
		startChild()
	}
	// The last run: everything must settle into place.
	waitFor(t, 2*time.Minute, func() bool {
		for _, id := range open {
			st, err := statusOf(w, job.Owner, w.d, id)
			if err != nil || !st.Running {
				return false
			}
		}
		for _, id := range closed {
			if _, err := statusOf(w, job.Owner, w.d, id); err == nil {
				return false
			}
		}
		return true
	}, "every open lease running its container, every closed one with none")
	kill()
	stopEvents()
	n := map[string]int{}
	for name := range starts {
		n[name]++
	}
	for name, k := range n {
		if k > 1 {
			t.Errorf("container %s was started %d times", name, k)
		}
	}
	if len(n) != len(open)+len(closed) {
		t.Errorf("%d containers started for %d leases", len(n), len(open)+len(closed))
	}
	rcfg := runtime.DefaultConfig()
	rcfg.Owner, rcfg.GPUDriver = job.Owner, runtime.GPUDriverSim
	rt, _ := runtime.New(w.docker, rcfg, zerolog.Nop())
	list, err := rt.List(w.ctx)
	if err != nil || len(list) != len(open) {
		t.Fatalf("%d containers left for %d open leases: %v", len(list), len(open), err)
	}
	t.Logf("killed the node %d times; %d leases open with one container each, %d closed with none", kills, len(open), len(closed))
}

func statusOf(w *world, owner string, d deployment.Deployment, lease uint64) (*runtime.Status, error) {
	rcfg := runtime.DefaultConfig()
	rcfg.Owner, rcfg.GPUDriver = owner, runtime.GPUDriverSim
	rt, err := runtime.New(w.docker, rcfg, zerolog.Nop())
	if err != nil {
		return nil, err
	}
	return rt.Status(w.ctx, runtime.LeaseKey(deploymentTag(d)+"-"+itoa(lease)), false)
}

func itoa(v uint64) string { return new(big.Int).SetUint64(v).String() }

// watchStarts streams the daemon's container start events for owner's containers: name → one per start.
func watchStarts(ctx context.Context, c *client.Client, owner string) <-chan string {
	ch := make(chan string, 1024)
	res := c.Events(ctx, client.EventsListOptions{Filters: make(client.Filters).Add("type", "container").
		Add("event", "start").Add("label", runtime.LabelOwner+"="+owner)})
	var once sync.Once
	go func() {
		defer once.Do(func() { close(ch) })
		for {
			select {
			case m, ok := <-res.Messages:
				if !ok {
					return
				}
				if m.Type == events.ContainerEventType && m.Action == events.ActionStart {
					ch <- m.Actor.Attributes["name"]
				}
			case <-res.Err:
				return
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func waitFor(t *testing.T, within time.Duration, cond func() bool, what string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for time.Now().Before(deadline) {
		if cond() {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

// TestCrashNodeChild is the provider node process of TestKillAnywhereAndRestart (it does nothing in a
// normal run).
func TestCrashNodeChild(t *testing.T) {
	raw := os.Getenv(crashChildEnv)
	if raw == "" {
		t.Skip("only runs as TestKillAnywhereAndRestart's child")
	}
	var job crashJob
	if err := json.Unmarshal([]byte(raw), &job); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	log := zerolog.New(os.Stderr).Level(zerolog.InfoLevel).With().Timestamp().Logger()
	cl, err := ethclient.Dial(job.RPC)
	if err != nil {
		t.Fatal(err)
	}
	signer := keys.NewSigner(devchain.DevAccounts(providerAcct + 1)[providerAcct].Key)
	sc := chain.DefaultConfig()
	sc.PollInterval = 20 * time.Millisecond
	sub, err := chain.NewSubmitter(sc, cl, signer, new(big.Int).SetUint64(job.Deployment.ChainID), protocol.Errors(), log)
	if err != nil {
		t.Fatal(err)
	}
	adapter, err := onchain.New(protocol.NewConn(cl, job.Deployment, sub), signer)
	if err != nil {
		t.Fatal(err)
	}
	store, err := sqlstore.Open(ctx, filepath.Join(job.Dir, "node.db"))
	if err != nil {
		t.Fatal(err)
	}
	cs, err := content.OpenStore(filepath.Join(job.Dir, "content"))
	if err != nil {
		t.Fatal(err)
	}
	docker, err := runtime.Dial(job.Docker)
	if err != nil {
		t.Fatal(err)
	}
	rcfg := runtime.DefaultConfig()
	rcfg.Owner, rcfg.GPUDriver, rcfg.StopGrace, rcfg.HostIP = job.Owner, runtime.GPUDriverSim, time.Second, netip.MustParseAddr("127.0.0.1")
	rt, err := runtime.New(docker, rcfg, log)
	if err != nil {
		t.Fatal(err)
	}
	inv, _ := sim.New("rig-1", 4, nil, log)
	cfg := node.DaemonConfig{Node: node.DefaultConfig(), Follow: follow.DefaultConfig(), Gateway: gateway.DefaultConfig(),
		Uploads: node.DefaultUploadLimits(), Pricing: node.DefaultPricingPolicy(), Publish: true}
	cfg.Node.Machine, cfg.Node.DataDir, cfg.Node.Confirmations = protocol.MachineID(signer.Address(), "rig-1"), job.Dir, 0
	cfg.Node.Resync, cfg.Node.Capacity = 200*time.Millisecond, node.Capacity{Memory: 2 << 30, MilliCPUs: 2000, Disk: 4 << 30, Pids: 4096}
	// LeaseEscrow's lease events, and LeaseJournal's JobSet (a job named after the lease opened).
	cfg.Follow.Addresses = []common.Address{job.Deployment.Contracts.LeaseEscrow, job.Deployment.Contracts.LeaseJournal}
	cfg.Follow.Fingerprint = follow.Fingerprint(map[string]common.Address{deployment.LeaseEscrow: job.Deployment.Contracts.LeaseEscrow,
		deployment.LeaseJournal: job.Deployment.Contracts.LeaseJournal}, job.Deployment.Block)
	cfg.Follow.StartBlock, cfg.Follow.FinalityDepth, cfg.Follow.PollInterval = job.Deployment.Block, 8, 50*time.Millisecond
	cfg.Gateway.Listen = "127.0.0.1:0"
	devs, _ := inv.Devices(ctx)
	cfg.Spec = node.SpecOf(signer.Address(), "rig-1", "SIM", devs, node.ReadHost(job.Dir), cfg.Node.Capacity, "test", 0, "127.0.0.1:0")
	d, err := node.NewDaemon(cfg, node.DaemonDeps{
		Deps: node.Deps{Provider: signer.Address(), Deployment: deploymentTag(job.Deployment), Store: store, Decode: onchain.Decode, Escrow: adapter,
			Runtime: rt, Content: cs, GPUs: inv, Log: log},
		Chain: cl, Signer: signer, Domain: oracle.GatewayDomain(new(big.Int).SetUint64(job.Deployment.ChainID), job.Deployment.Contracts.LeaseEscrow),
		Machines: adapter, Inspectors: adapter, Quotes: adapter, RuntimeService: rt,
	})
	if err != nil {
		t.Fatal(err)
	}
	// Runs until killed.
	if err := service.Run(ctx, d); err != nil {
		t.Fatal(err)
	}
}

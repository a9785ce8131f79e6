package devnet

import (
	"context"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/cmd/internal/inspectord"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/price"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// inspectorNodes runs the devnet's inspector nodes (inspector/node), one per inspector account, with dev
// cadences: each follows the dev chain, checks the listed machines it is assigned (the sim provider's, the provider node's), agrees with the others over
// HTTP on loopback and posts breaches and the GRID price.
type inspectorNodes struct {
	n   *Node
	d   *deployment.Deployment
	sim *SimProvider

	mu    sync.Mutex
	nodes []*node.Node
	group *service.Group
	tmp   string
}

func (s *inspectorNodes) Name() string { return "inspectors" }

// InspectorNodeConfig is the node configuration the devnet gives inspector i (tests adjust it through
// Config.InspectorConfig).
func (n *Node) inspectorConfig(i int, dir string, peers map[common.Address]string, listen string) node.Config {
	c := node.DevConfig()
	c.DataDir, c.Listen, c.Ops, c.Peers = filepath.Join(dir, fmt.Sprintf("inspector-%d", i)), listen, "", peers
	c.Endpoint = "http://" + listen // registered in the NodeRegistry: peers find it there
	c.PollInterval = n.cfg.Chain.BlockPeriod
	if n.indexer != nil {
		c.Indexer = n.indexer.URL() // each node uploads the reward trees whose roots landed
	}
	if n.cfg.InspectorConfig != nil {
		n.cfg.InspectorConfig(i, &c)
	}
	return c
}

func freePorts(k int) ([]string, error) {
	var ls []net.Listener
	defer func() {
		for _, l := range ls {
			l.Close()
		}
	}()
	var out []string
	for range k {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, err
		}
		ls = append(ls, l)
		out = append(out, l.Addr().String())
	}
	return out, nil
}

func (s *inspectorNodes) Start(ctx context.Context) error {
	n := s.n
	client, err := n.chain.Client()
	if err != nil {
		return err
	}
	dir := n.cfg.Chain.DataDir
	if dir == "" {
		if s.tmp, err = os.MkdirTemp("", "idlegrid-devnet-inspectors-"); err != nil {
			return err
		}
		dir = s.tmp
	}
	var accts []Account
	for _, a := range n.Accounts() {
		if a.Role == RoleInspector && len(accts) < n.cfg.InspectorNodes {
			accts = append(accts, a)
		}
	}
	addrs, err := freePorts(len(accts))
	if err != nil {
		return err
	}
	peers := map[common.Address]string{}
	for i, a := range accts {
		peers[a.Address] = "http://" + addrs[i]
	}
	var src price.Source
	if n.cfg.GridPrice != nil {
		src = price.Fixed{Rate: n.cfg.GridPrice}
	}
	challenges := n.cfg.Challenges
	if challenges == nil {
		challenges = DevChallenges
	}
	// Machines' spec documents come from their nodes' content gateways: the sim provider's and the provider
	// node's (which started before: its machine is listed with its gateway as endpoint, reached over TLS bound
	// to its key by the node's directory).
	var gateways []string
	if s.sim != nil {
		gateways = append(gateways, s.sim.URL())
	}
	n.mu.Lock()
	if n.provider != nil {
		gateways = append(gateways, "https://"+n.info.Provider.Gateway)
	}
	n.mu.Unlock()
	var nodes []*node.Node
	var members []service.Service
	for i, a := range accts {
		cfg := n.inspectorConfig(i, dir, peers, addrs[i])
		if len(gateways) > 0 {
			cfg.ContentGateways = append([]string(nil), gateways...)
		}
		signer := keys.NewSigner(a.Key)
		ccfg := chain.DefaultConfig()
		ccfg.PollInterval = n.cfg.PollInterval
		sub, err := chain.NewSubmitter(ccfg, client, signer, new(big.Int).SetUint64(n.cfg.Chain.ChainID), protocol.Errors(), n.log)
		if err != nil {
			return err
		}
		deps := node.Deps{Chain: client, Deployment: *s.d, Signer: signer, Sender: sub, Price: src,
			Challenges: challenges, Log: n.log.With().Int("inspector_node", i).Logger()}
		n.mu.Lock()
		sol := n.solana
		n.mu.Unlock()
		if sol != nil {
			deps.Solana = sol.nodeSolana(a)
		}
		nd, err := node.New(cfg, deps)
		if err != nil {
			return fmt.Errorf("inspector node %d: %w", i, err)
		}
		nodes = append(nodes, nd)
		members = append(members, nd)
	}
	g := service.NewGroup("inspectors", members...)
	if err := g.Start(ctx); err != nil {
		s.removeTemp()
		return err
	}
	s.mu.Lock()
	s.nodes, s.group = nodes, g
	s.mu.Unlock()
	return nil
}

func (s *inspectorNodes) removeTemp() {
	if s.tmp != "" {
		os.RemoveAll(s.tmp)
		s.tmp = ""
	}
}

func (s *inspectorNodes) Close() error {
	s.mu.Lock()
	g := s.group
	s.group = nil
	s.mu.Unlock()
	var err error
	if g != nil {
		err = g.Close()
	}
	s.removeTemp()
	return err
}

func (s *inspectorNodes) Healthy() error {
	s.mu.Lock()
	g := s.group
	s.mu.Unlock()
	if g == nil {
		return service.ErrNotStarted
	}
	return g.Healthy()
}

// HealthReport implements service.HealthReporter.
func (s *inspectorNodes) HealthReport() map[string]error {
	s.mu.Lock()
	g := s.group
	s.mu.Unlock()
	if g == nil {
		return map[string]error{"inspectors": service.ErrNotStarted}
	}
	return g.HealthReport()
}

// Inspectors are the running inspector nodes (none without Config.InspectorNodes).
func (n *Node) Inspectors() []*node.Node {
	n.mu.Lock()
	s := n.inspectors
	n.mu.Unlock()
	if s == nil {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]*node.Node(nil), s.nodes...)
}

// SimProvider is the running sim provider (nil without Config.SimProvider.Enabled).
func (n *Node) SimProvider() *SimProvider {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.sim
}

// DevChallenges is the challenge table of the devnet's inspector nodes: the SIM class gets challenges of the size
// of oracle/proofsession's example, with 30-second deadlines, and every other class the real table
// (inspectord.ClassChallenges). SIM is a dev-chain class whose GPUs the provider emulates on the CPU: the full SIM
// challenges take seconds of CPU per GPU, and three inspectors challenging a four-GPU node at once on a small
// machine miss their deadlines (and load the machine every round). The protocol path is the same; what these
// checks prove about a SIM "GPU" is only that the node answers the protocol.
var DevChallenges = node.ChallengeTableFunc(func(class string) ([]node.Challenge, error) {
	if class != proof.SimClass {
		return inspectord.ClassChallenges.Challenges(class)
	}
	return []node.Challenge{
		{Kind: "compute", Params: proof.Params{Width: 64, Rows: 64, Steps: 4, Group: 1, LeafGroups: 8, Openings: 16}, Deadlines: proof.DeadlinesFor(30 * time.Second)},
		{Kind: "capacity", Params: proof.Params{Sweep: true, Width: 1024, Rows: 64, Steps: 4, Group: 2, LeafGroups: 4, Openings: 8,
			Chains: 2, Hops: 1 << 12, SegmentHops: 4, ChaseRows: 64, ChaseOpenings: 16}, Deadlines: proof.DeadlinesFor(30 * time.Second)},
	}, nil
})

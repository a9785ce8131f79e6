package node

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"

	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/bridge"
	"github.com/idlegrid/idlegrid/inspector/bridge/bridgestore"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// SolanaRPC is this node's own Solana endpoint: the bridge reads and sends through it, and the node's own
// watcher follows the vaults through it (*rpc.Client is one).
type SolanaRPC interface {
	solgateway.Client
	solwatch.Chain
}

// SolanaDeps is the node's Solana gateway duty (Deps.Solana; nil: none). The node follows the vaults with
// its own watcher into its own mirror (DataDir/solana-mirror.db), runs the bridge (inspector/bridge, state in
// DataDir/solana-bridge.db), answers agreement on kinds 7 and 8 from that view, and co-signs the multisig's
// transactions its view owes, over the agreement transport.
type SolanaDeps struct {
	Deployment solgateway.Deployment
	RPC        SolanaRPC
	// Key is this inspector's multisig key; it needs a nonce account in the deployment.
	Key solana.PrivateKey
	// Peers maps the other multisig signers' keys to their inspectors' addresses.
	Peers map[solana.PublicKey]common.Address
	// FinalityDepth: Arbitrum blocks on top of an event before this node acts on it on Solana (0: the node's
	// FinalityDepth). StartBlock: where the bridge's event scan starts (0: the deployment's block).
	FinalityDepth uint64
	StartBlock    uint64
	// Poll is how often the watcher and the bridge look for work (0: 2 s).
	Poll time.Duration
	// Dir holds the bridge's and the mirror's files (empty: the node's DataDir). A dev Solana node that is new
	// at every start gets a new Dir each time: state of another cluster must not be resumed on this one.
	Dir string
}

func (s *SolanaDeps) validate() error {
	if err := s.Deployment.Validate(); err != nil {
		return fmt.Errorf("solana: %w", err)
	}
	switch {
	case s.RPC == nil:
		return errors.New("solana: rpc: required")
	case len(s.Key) == 0:
		return errors.New("solana: key: required")
	case !s.Deployment.IsSigner(s.Key.PublicKey()):
		return fmt.Errorf("solana: key %s: not a signer of the multisig", s.Key.PublicKey())
	}
	return nil
}

// openSolanaStores opens the bridge's and the mirror's files.
func (n *Node) openSolanaStores(ctx context.Context) error {
	if n.deps.Solana == nil {
		return nil
	}
	dir := n.cfg.DataDir
	if n.deps.Solana.Dir != "" {
		dir = n.deps.Solana.Dir
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("solana dir: %w", err)
		}
	}
	bs, err := bridgestore.Open(ctx, filepath.Join(dir, "solana-bridge.db"))
	if err != nil {
		return err
	}
	ms, err := solstore.Open(ctx, filepath.Join(dir, "solana-mirror.db"))
	if err != nil {
		bs.Close()
		return err
	}
	n.mu.Lock()
	n.bridgeDB, n.mirrorDB = bs, ms
	n.mu.Unlock()
	return nil
}

func (n *Node) closeSolanaStores() error {
	n.mu.Lock()
	bs, ms := n.bridgeDB, n.mirrorDB
	n.bridgeDB, n.mirrorDB = nil, nil
	n.mu.Unlock()
	var errs []error
	if bs != nil {
		errs = append(errs, bs.Close())
	}
	if ms != nil {
		errs = append(errs, ms.Close())
	}
	return errors.Join(errs...)
}

// solanaBridge builds the bridge over this node's view and its rules and co-signing handler for the agreement
// node; link is called with the agreement node once it exists.
func (n *Node) solanaBridge(conn *protocol.Conn) (b *bridge.Bridge, rs []agree.Rule, handlers map[string]agree.Handler, link func(*agree.Node), err error) {
	sd := n.deps.Solana
	cfg := bridge.DefaultConfig()
	cfg.Deployment, cfg.ChainID = sd.Deployment, n.deps.Deployment.ChainID
	cfg.FinalityDepth, cfg.StartBlock = n.cfg.FinalityDepth, n.deps.Deployment.Block
	if sd.FinalityDepth > 0 {
		cfg.FinalityDepth = sd.FinalityDepth
	}
	if sd.StartBlock > 0 {
		cfg.StartBlock = sd.StartBlock
	}
	cfg.PollInterval = 2 * time.Second
	if sd.Poll > 0 {
		cfg.PollInterval = sd.Poll
	}
	peering := &bridge.Peering{Peers: sd.Peers}
	b, err = bridge.New(cfg, bridge.Deps{Store: n.bridgeDB, Mirror: bridgestore.Mirror(n.mirrorDB), Arbitrum: protocol.NewGateway(conn),
		Clock: conn, Attester: peering, Solana: sd.RPC, SolanaKeys: []solana.PrivateKey{sd.Key}, CoSigners: peering, Turns: peering,
		Log: n.log})
	if err != nil {
		return nil, nil, nil, nil, err
	}
	dep, err := rules.NewSolanaDeposit(b)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	ret, err := rules.NewSolanaReturn(b)
	if err != nil {
		return nil, nil, nil, nil, err
	}
	return b, []agree.Rule{dep, ret}, map[string]agree.Handler{bridge.CoSignType: b.ServeCoSign}, func(a *agree.Node) { peering.Node = a }, nil
}

// solanaServices runs the node's watcher of the vaults and its bridge (built with the agreement node).
func (n *Node) solanaServices(context.Context) (service.Service, error) {
	n.mu.Lock()
	b, mirror := n.bridge, n.mirrorDB
	n.mu.Unlock()
	if b == nil || mirror == nil {
		return nil, errors.New("solana: the bridge was not built with the agreement node")
	}
	wcfg := solwatch.DefaultConfig(n.deps.Solana.Deployment)
	if n.deps.Solana.Poll > 0 {
		wcfg.PollInterval = n.deps.Solana.Poll
	}
	w, err := solwatch.New(wcfg, n.deps.Solana.RPC, mirror, n.log)
	if err != nil {
		return nil, err
	}
	return service.NewGroup("solana", w, b), nil
}

package node

import (
	"context"
	"errors"
	"fmt"

	"github.com/gagliardetto/solana-go/rpc"

	"github.com/idlegrid/idlegrid/indexer/solwatch"
	"github.com/idlegrid/idlegrid/indexer/solwatch/solstore"
	"github.com/idlegrid/idlegrid/indexer/swaps"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// SolanaConfig makes the node follow the Solana gateway: its own watcher (indexer/solwatch) mirrors the vaults
// at finalized into Mirror, and the API serves each swap on both chains (indexer/swaps).
type SolanaConfig struct {
	// DeploymentFile is the gateway's Solana deployment (idlegrid devnet --solana writes one).
	DeploymentFile string
	// RPC is the Solana JSON-RPC URL (empty: the deployment file's).
	RPC string
	// Mirror is the watcher's SQLite file.
	Mirror string
	// WipeOnReset wipes a mirror of another cluster (dev nodes are new at every start).
	WipeOnReset bool
}

// solanaSide opens the mirror and builds the watcher and the swap book over chain (which must also serve the
// gateway's reads: an ethclient does).
func (n *Node) solanaSide(ctx context.Context, chain Chain, dep deployment.Deployment) (service.Service, *swaps.Book, error) {
	sc := n.cfg.Solana
	f, err := solgateway.LoadDeploymentFile(sc.DeploymentFile)
	if err != nil {
		return nil, nil, fmt.Errorf("indexer: solana: %w", err)
	}
	url := sc.RPC
	if url == "" {
		url = f.RPC
	}
	if url == "" || sc.Mirror == "" {
		return nil, nil, errors.New("indexer: solana: an RPC URL (or one in the deployment file) and a mirror file are required")
	}
	pc, ok := chain.(protocol.Chain)
	if !ok {
		return nil, nil, errors.New("indexer: solana: the chain connection cannot read the gateway")
	}
	mirror, err := solstore.Open(ctx, sc.Mirror)
	if err != nil {
		return nil, nil, err
	}
	n.mirror = mirror
	wcfg := solwatch.DefaultConfig(f.Deployment)
	wcfg.WipeOnReset = sc.WipeOnReset
	watcher, err := solwatch.New(wcfg, rpc.New(url), mirror, n.log)
	if err != nil {
		return nil, nil, err
	}
	book, err := swaps.New(mirror, protocol.NewGateway(protocol.NewConn(pc, dep, nil)), dep.ChainID, dep.Block)
	if err != nil {
		return nil, nil, err
	}
	return watcher, book, nil
}

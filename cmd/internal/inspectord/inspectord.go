package inspectord

import (
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/gagliardetto/solana-go/rpc"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/inspector/price"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/oracle/solgateway"
	"github.com/idlegrid/idlegrid/provider/gpu"
)

// Backend is the chain connection: what the follower, the submitter and the protocol calls read and send.
type Backend interface {
	chain.TxBackend
	node.Chain
}

// ClassChallenges is the GPU class table's challenges (provider/gpu), as the node takes them.
var ClassChallenges = node.ChallengeTableFunc(func(class string) ([]node.Challenge, error) {
	c, err := gpu.ClassByName(class)
	if err != nil {
		return nil, err
	}
	var out []node.Challenge
	for _, ch := range c.Challenges() {
		out = append(out, node.Challenge{Kind: ch.Kind, Params: ch.Params, Deadlines: ch.Deadlines})
	}
	return out, nil
})

// PriceSource is the median of cfg's sources (nil when none is configured or the bucket is 0: no price duty).
func PriceSource(cfg Config, d deployment.Deployment) (price.Source, error) {
	if cfg.Price.Bucket == 0 {
		return nil, nil
	}
	var sources []price.Source
	fixed, err := cfg.fixedPrice()
	if err != nil {
		return nil, err
	}
	if fixed != nil {
		if !deployment.IsDevChain(d.ChainID) {
			return nil, fmt.Errorf("price.fixed_usd: a fixed rate is for dev chains only (chain %d is not one)", d.ChainID)
		}
		sources = append(sources, price.Fixed{Rate: fixed})
	}
	client := &http.Client{Timeout: 10 * time.Second}
	for i, h := range cfg.Price.HTTP {
		s, err := price.NewHTTP(price.HTTPConfig{Name: h.Name, URL: h.URL, Field: h.Field, Invert: h.Invert, TimeField: h.TimeField,
			MaxAge: time.Duration(h.MaxAge)}, client, nil)
		if err != nil {
			return nil, fmt.Errorf("price.http[%d]: %w", i, err)
		}
		sources = append(sources, s)
	}
	if len(sources) == 0 {
		return nil, errors.New("price: no source configured (price.http, or price.fixed_usd on a dev chain); set price.bucket = \"0s\" to post no price")
	}
	return price.NewMedian(price.MedianConfig{MinSources: cfg.Price.MinSources, MaxDeviationBps: cfg.Price.MaxDeviationBps}, sources...)
}

// Build wires the inspector node of cfg for signer on deployment d over backend; nothing runs until Start.
func Build(cfg Config, signer *keys.Signer, backend Backend, d deployment.Deployment, reg *prometheus.Registry, log zerolog.Logger) (*node.Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	nc, err := cfg.NodeConfig()
	if err != nil {
		return nil, err
	}
	src, err := PriceSource(cfg, d)
	if err != nil {
		return nil, err
	}
	sc := chain.DefaultConfig()
	if deployment.IsDevChain(d.ChainID) {
		sc.PollInterval = 100 * time.Millisecond
	}
	sub, err := chain.NewSubmitter(sc, backend, signer, new(big.Int).SetUint64(d.ChainID), protocol.Errors(), log)
	if err != nil {
		return nil, err
	}
	sol, err := SolanaDeps(cfg)
	if err != nil {
		return nil, err
	}
	return node.New(nc, node.Deps{Chain: backend, Deployment: d, Signer: signer, Sender: sub, Price: src, Challenges: ClassChallenges,
		Solana: sol, Registry: reg, Log: log})
}

// SolanaDeps is the node's Solana duty from the solana section (nil without solana.deployment): the
// deployment file, this node's own RPC client, its multisig key and its peers'.
func SolanaDeps(cfg Config) (*node.SolanaDeps, error) {
	sc := cfg.Solana
	if sc.Deployment == "" {
		return nil, nil
	}
	f, err := solgateway.LoadDeploymentFile(sc.Deployment)
	if err != nil {
		return nil, fmt.Errorf("solana.deployment: %w", err)
	}
	url := sc.RPC
	if url == "" {
		url = f.RPC
	}
	if url == "" {
		return nil, errors.New("solana.rpc: required (the deployment file names none)")
	}
	key, err := solana.PrivateKeyFromSolanaKeygenFile(sc.Keypair)
	if err != nil {
		return nil, fmt.Errorf("solana.keypair: %w", err)
	}
	peers, err := cfg.solanaPeers()
	if err != nil {
		return nil, err
	}
	return &node.SolanaDeps{Deployment: f.Deployment, RPC: rpc.New(url), Key: key, Peers: peers, FinalityDepth: sc.FinalityDepth,
		Poll: time.Duration(sc.Poll)}, nil
}

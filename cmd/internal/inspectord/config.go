// Package inspectord wires an inspector node (inspector/node) from its configuration file: the chain
// connection and the shared submitter, the keystore account, the price sources, the GPU class table the
// compute challenges come from. `idlegrid inspector init|run` uses it.
//
// It only wires: every decision is the node's. It never checks, signs or posts anything itself.
package inspectord

import (
	"errors"
	"fmt"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gagliardetto/solana-go"

	"github.com/idlegrid/idlegrid/cmd/internal/configfile"
	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// Duration is a time.Duration written as "90s", "10m", "168h" in the file.
type Duration = configfile.Duration

// Config is the inspector node's configuration file.
type Config struct {
	Chain     ChainConfig       `toml:"chain" comment:"The chain and deployment the node inspects."`
	Account   AccountConfig     `toml:"account" comment:"The inspector's key: staked as an inspector and in the quorum's signer set."`
	Node      NodeConfig        `toml:"node" comment:"Where the node keeps its state and listens."`
	Peers     map[string]string `toml:"peers" comment:"Agreement endpoints of inspectors that registered none in the NodeRegistry, address = \"http://host:port\"."`
	Checks    ChecksConfig      `toml:"checks" comment:"How often machines are checked and when one counts as down."`
	Agreement AgreementConfig   `toml:"agreement" comment:"How the inspectors agree k-of-n."`
	Price     PriceConfig       `toml:"price" comment:"The GRID/USD rate: the median of the sources below, posted every bucket (bucket = \"0s\": not posted)."`
	Solana    SolanaConfig      `toml:"solana" comment:"The Solana gateway duty: follow the vaults, agree on deposits and returns, co-sign the multisig's payouts (deployment = \"\": none)."`
}

// SolanaConfig is the node's Solana gateway duty.
type SolanaConfig struct {
	Deployment    string            `toml:"deployment" comment:"the gateway's Solana deployment file (idlegrid devnet --solana writes deployments/devnet-solana.json; empty: no Solana duty)"`
	RPC           string            `toml:"rpc" comment:"this node's own Solana JSON-RPC URL: it follows the vaults at finalized through it (empty: the deployment file's rpc)"`
	Keypair       string            `toml:"keypair" comment:"this inspector's multisig key, a Solana keygen JSON file (it needs a nonce account in the deployment)"`
	Peers         map[string]string `toml:"peers" comment:"the other multisig signers, Solana public key = inspector address (their nodes co-sign over the agreement endpoint)"`
	FinalityDepth uint64            `toml:"finality_depth" comment:"Arbitrum blocks on top of a transfer or refund record before this node acts on it on Solana (0: chain.finality_depth)"`
	Poll          Duration          `toml:"poll" comment:"how often the watcher and the bridge look for work"`
}

// ChainConfig is the chain.
type ChainConfig struct {
	RPC           string `toml:"rpc" comment:"JSON-RPC URL of a node of the chain (ws:// pushes new blocks; http:// polls)"`
	Deployment    string `toml:"deployment" comment:"deployment file naming the contracts (written by idlegrid devnet / idlegrid deploy)"`
	FinalityDepth uint64 `toml:"finality_depth" comment:"blocks after which the node acts on a lease or listing (a deeper reorg stops the follower)"`
}

// AccountConfig is the keystore account.
type AccountConfig struct {
	Keystore     string `toml:"keystore" comment:"keystore folder (idlegrid account new; idlegrid inspector init makes a key there)"`
	Address      string `toml:"address" comment:"the inspector account"`
	PasswordFile string `toml:"password_file" comment:"file whose first line is the password (empty: asked on the terminal)"`
}

// NodeConfig is the node.
type NodeConfig struct {
	DataDir         string   `toml:"data_dir" comment:"the node's two SQLite files (its checks and signatures; what it follows of the chain)"`
	Listen          string   `toml:"listen" comment:"the agreement endpoint the other inspectors reach (host:port)"`
	Endpoint        string   `toml:"endpoint" comment:"the agreement endpoint's public URL, registered in the NodeRegistry for the other inspectors (empty: not registered)"`
	Ops             string   `toml:"ops" comment:"/healthz and /metrics (keep it on loopback or a private network; empty: off)"`
	ContentGateways []string `toml:"content_gateways" comment:"trustless IPFS gateways machine spec documents (the listings' metadata CIDs) are fetched from"`
	AllowSimulated  bool     `toml:"allow_simulated" comment:"admit simulated GPUs' proofs (SIM class): dev chains only"`
	Indexer         string   `toml:"indexer" comment:"indexer API the node uploads each reward tree to once its root landed, so accounts can claim (empty: the deployment file's indexerApi, if any)"`
}

// ChecksConfig is the check cadence and the failure rule.
type ChecksConfig struct {
	K              int      `toml:"k" comment:"observers of each machine: at least the quorum's threshold"`
	Spare          int      `toml:"spare" comment:"extra observers, so that one inspector down still leaves k"`
	Epoch          Duration `toml:"epoch" comment:"how long one assignment of machines to inspectors lasts"`
	LivenessEvery  Duration `toml:"liveness_every" comment:"one liveness check per machine per period, at a random moment in it"`
	ComputeMin     Duration `toml:"compute_min" comment:"least time between two proof-of-compute checks of an idle machine"`
	ComputeMax     Duration `toml:"compute_max" comment:"most time between two of them"`
	FirstCompute   Duration `toml:"first_compute" comment:"a machine not yet verified is challenged within this"`
	FailuresNeeded int      `toml:"failures_needed" comment:"failed liveness checks in a row before the machine counts as down (at least 2)"`
	Fresh          Duration `toml:"fresh" comment:"the latest failed check must be this recent"`
	Timeout        Duration `toml:"timeout" comment:"bound on one check"`
	Concurrency    int      `toml:"concurrency" comment:"checks at once"`
}

// AgreementConfig is the agreement.
type AgreementConfig struct {
	RoundTimeout   Duration `toml:"round_timeout" comment:"each leader's turn before the next takes over"`
	RequestTimeout Duration `toml:"request_timeout" comment:"bound on one request to a peer"`
	DutyEvery      Duration `toml:"duty_every" comment:"how often the node looks for breaches to drive and the price to post"`
	DisputeWindow  Duration `toml:"dispute_window" comment:"how long after a lease closed a breach may still be asked about"`
}

// PriceConfig is the price feed.
type PriceConfig struct {
	Bucket          Duration     `toml:"bucket" comment:"the time one posted price answers for (under half the oracle's maximum age)"`
	ToleranceBps    uint32       `toml:"tolerance_bps" comment:"sign a proposed price within this many basis points of this node's own reading"`
	FixedUSD        string       `toml:"fixed_usd" comment:"a fixed rate, USD per GRID (\"0.5\"), counted as one source: dev chains only (empty: none)"`
	MinSources      int          `toml:"min_sources" comment:"fresh, agreeing readings needed (0: a majority of the sources)"`
	MaxDeviationBps uint32       `toml:"max_deviation_bps" comment:"a reading further than this from the median is dropped"`
	HTTP            []HTTPSource `toml:"http" comment:"JSON APIs read for the rate"`
}

// HTTPSource is one JSON API.
type HTTPSource struct {
	Name      string   `toml:"name" comment:"names the source in logs"`
	URL       string   `toml:"url" comment:"fetched with GET"`
	Field     string   `toml:"field" comment:"where the rate is in the answer (\"data.rates.USD\", \"$.pairs[0].priceUsd\")"`
	Invert    bool     `toml:"invert" comment:"the field is GRID per USD"`
	TimeField string   `toml:"time_field" comment:"where the rate's time is (empty: the fetch's time counts)"`
	MaxAge    Duration `toml:"max_age" comment:"an older rate is stale"`
}

// DefaultConfig is a node on this machine inspecting the local devnet's deployment with production cadences.
func DefaultConfig() Config {
	home, _ := os.UserHomeDir()
	nc := node.DefaultConfig()
	return Config{
		Chain:   ChainConfig{RPC: "ws://127.0.0.1:8546", Deployment: filepath.Join("deployments", "devnet.json"), FinalityDepth: nc.FinalityDepth},
		Account: AccountConfig{Keystore: filepath.Join(home, ".idlegrid", "keystore")},
		Node: NodeConfig{DataDir: filepath.Join(home, ".idlegrid", "inspector"), Listen: nc.Listen, Ops: nc.Ops,
			ContentGateways: []string{}},
		Peers: map[string]string{},
		Checks: ChecksConfig{K: nc.Policy.K, Spare: nc.Policy.Spare, Epoch: Duration(nc.Epoch),
			LivenessEvery: Duration(nc.Schedule.LivenessEvery), ComputeMin: Duration(nc.Schedule.ComputeMin),
			ComputeMax: Duration(nc.Schedule.ComputeMax), FirstCompute: Duration(nc.Schedule.FirstCompute),
			FailuresNeeded: nc.FailuresNeeded, Fresh: Duration(nc.Fresh), Timeout: Duration(nc.CheckTimeout), Concurrency: nc.CheckConcurrency},
		Agreement: AgreementConfig{RoundTimeout: Duration(nc.RoundTimeout), RequestTimeout: Duration(nc.RequestTimeout),
			DutyEvery: Duration(nc.DutyEvery), DisputeWindow: Duration(nc.DisputeWindow)},
		Price: PriceConfig{Bucket: Duration(nc.PriceBucket), ToleranceBps: nc.PriceToleranceBps, MaxDeviationBps: 500, HTTP: []HTTPSource{}},
	}
}

// Encode writes c as a commented TOML file.
func (c Config) Encode() ([]byte, error) {
	return configfile.Encode("idlegrid inspector node. `idlegrid inspector run --config FILE` reads it; flags and IDLEGRID_* environment\n"+
		"variables override it. Every key is shown with its value.", c)
}

// Load reads a config file strictly over the defaults: an unknown key is an error naming it.
func Load(path string) (Config, error) {
	c := DefaultConfig()
	if err := configfile.Load(path, &c, "idlegrid inspector init"); err != nil {
		return Config{}, err
	}
	return c, nil
}

// Validate names the first setting out of range (the node checks the rest against the deployment).
func (c Config) Validate() error {
	switch {
	case c.Chain.RPC == "":
		return errors.New("chain.rpc: required")
	case c.Chain.Deployment == "":
		return errors.New("chain.deployment: required")
	case c.Node.DataDir == "":
		return errors.New("node.data_dir: required")
	}
	if _, _, err := net.SplitHostPort(c.Node.Listen); err != nil {
		return fmt.Errorf("node.listen %q: want host:port", c.Node.Listen)
	}
	if c.Node.Ops != "" {
		if _, _, err := net.SplitHostPort(c.Node.Ops); err != nil {
			return fmt.Errorf("node.ops %q: want host:port (or empty)", c.Node.Ops)
		}
	}
	if e := c.Node.Endpoint; e != "" && !strings.HasPrefix(e, "http://") && !strings.HasPrefix(e, "https://") {
		return fmt.Errorf("node.endpoint %q: want an http(s) URL (or empty)", e)
	}
	if _, err := c.peers(); err != nil {
		return err
	}
	if _, err := c.solanaPeers(); err != nil {
		return err
	}
	if c.Solana.Deployment != "" && c.Solana.Keypair == "" {
		return errors.New("solana.keypair: required with solana.deployment")
	}
	if _, err := c.fixedPrice(); err != nil {
		return err
	}
	for i, h := range c.Price.HTTP {
		if h.Name == "" || h.URL == "" || h.Field == "" {
			return fmt.Errorf("price.http[%d]: name, url and field are required", i)
		}
	}
	return nil
}

// solanaPeers is solana.peers: each multisig signer's inspector.
func (c Config) solanaPeers() (map[solana.PublicKey]common.Address, error) {
	out := map[solana.PublicKey]common.Address{}
	for k, a := range c.Solana.Peers {
		pk, err := solana.PublicKeyFromBase58(k)
		if err != nil {
			return nil, fmt.Errorf("solana.peers.%s: not a Solana public key: %v", k, err)
		}
		if !common.IsHexAddress(a) {
			return nil, fmt.Errorf("solana.peers.%s: %q: not an inspector address", k, a)
		}
		out[pk] = common.HexToAddress(a)
	}
	return out, nil
}

func (c Config) peers() (map[common.Address]string, error) {
	out := map[common.Address]string{}
	for a, u := range c.Peers {
		if !common.IsHexAddress(a) {
			return nil, fmt.Errorf("peers.%s: not an address", a)
		}
		if !strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") {
			return nil, fmt.Errorf("peers.%s: %q: want an http(s) base URL", a, u)
		}
		out[common.HexToAddress(a)] = u
	}
	return out, nil
}

// fixedPrice is price.fixed_usd in 18 decimals (nil when empty).
func (c Config) fixedPrice() (*big.Int, error) {
	if c.Price.FixedUSD == "" {
		return nil, nil
	}
	v, err := amount.Parse(c.Price.FixedUSD, amount.Token{Symbol: "USD", Decimals: 18})
	if err != nil || v.Sign() <= 0 {
		return nil, fmt.Errorf("price.fixed_usd %q: want a positive decimal (USD per GRID)", c.Price.FixedUSD)
	}
	return v, nil
}

// NodeConfig is the node's configuration from the file.
func (c Config) NodeConfig() (node.Config, error) {
	peers, err := c.peers()
	if err != nil {
		return node.Config{}, err
	}
	nc := node.DefaultConfig()
	nc.DataDir, nc.Listen, nc.Ops, nc.Peers, nc.ContentGateways = c.Node.DataDir, c.Node.Listen, c.Node.Ops, peers, c.Node.ContentGateways
	nc.AllowSimulated, nc.Endpoint, nc.Indexer = c.Node.AllowSimulated, c.Node.Endpoint, c.Node.Indexer
	nc.Policy = assign.Policy{K: c.Checks.K, Spare: c.Checks.Spare}
	nc.Epoch = time.Duration(c.Checks.Epoch)
	nc.Schedule = assign.ScheduleConfig{LivenessEvery: time.Duration(c.Checks.LivenessEvery), ComputeMin: time.Duration(c.Checks.ComputeMin),
		ComputeMax: time.Duration(c.Checks.ComputeMax), FirstCompute: time.Duration(c.Checks.FirstCompute)}
	nc.FailuresNeeded, nc.Fresh = c.Checks.FailuresNeeded, time.Duration(c.Checks.Fresh)
	nc.CheckTimeout, nc.CheckConcurrency = time.Duration(c.Checks.Timeout), c.Checks.Concurrency
	nc.RoundTimeout, nc.RequestTimeout = time.Duration(c.Agreement.RoundTimeout), time.Duration(c.Agreement.RequestTimeout)
	nc.DutyEvery, nc.DisputeWindow = time.Duration(c.Agreement.DutyEvery), time.Duration(c.Agreement.DisputeWindow)
	nc.PriceBucket, nc.PriceToleranceBps = time.Duration(c.Price.Bucket), c.Price.ToleranceBps
	nc.FinalityDepth = c.Chain.FinalityDepth
	return nc, nil
}

// Package providerd wires a provider node (provider/node) from its configuration file: the chain connection
// and the shared submitter, the keystore account, the SQLite store, the content store, the Docker runtime,
// the GPU inventory and provers, the indexer's quote book. `idlegrid provider init|run` and the devnet use it.
//
// It only wires: every decision is the node's. It never runs containers or sends transactions itself.
package providerd

import (
	"errors"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/idlegrid/idlegrid/cmd/internal/configfile"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/provider/node"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

// Duration is a time.Duration written as "90s", "10m", "168h" in the file.
type Duration = configfile.Duration

// Config is the provider node's configuration file.
type Config struct {
	Chain    ChainConfig    `toml:"chain" comment:"The chain and deployment the node serves."`
	Account  AccountConfig  `toml:"account" comment:"The provider's key: its address owns the machine and is the node's identity (TLS, receipts)."`
	Machine  MachineConfig  `toml:"machine" comment:"The machine this node rents out."`
	Node     NodeConfig     `toml:"node" comment:"How the node runs jobs and where it listens."`
	Pricing  PricingConfig  `toml:"pricing" comment:"What the node offers on the indexer's quote book (0 USD posts nothing)."`
	Settle   SettleConfig   `toml:"settle" comment:"When the node settles its leases (settleMany, batched when worth the gas)."`
	Withdraw WithdrawConfig `toml:"withdraw" comment:"When the node withdraws its earnings from the escrow."`
	Content  ContentConfig  `toml:"content" comment:"How long the content store keeps a lease's uploads, spec and output once the lease is over."`
	// Prover, when set, wraps each GPU's proof backend before the challenge session serves it: the devnet's
	// tests inject a faulty prover of their own there (a forged answer, signed by the node key). Never read
	// from the file.
	Prover func(uuid string, b proof.Backend) proof.Backend `toml:"-"`
}

// ChainConfig is the chain.
type ChainConfig struct {
	RPC           string `toml:"rpc" comment:"JSON-RPC URL of a node of the chain (ws:// pushes new blocks; http:// polls)"`
	Deployment    string `toml:"deployment" comment:"deployment file naming the contracts (written by idlegrid devnet / idlegrid deploy)"`
	Confirmations uint64 `toml:"confirmations" comment:"blocks a LeaseOpened must be deep before its job starts"`
	FinalityDepth uint64 `toml:"finality_depth" comment:"blocks within which a reorg is undone (a lease a reorg removes is stopped)"`
}

// AccountConfig is the keystore account.
type AccountConfig struct {
	Keystore     string `toml:"keystore" comment:"keystore folder (idlegrid account new)"`
	Address      string `toml:"address" comment:"the account, when the keystore holds several"`
	PasswordFile string `toml:"password_file" comment:"file whose first line is the password (empty: asked on the terminal)"`
}

// MachineConfig is the machine.
type MachineConfig struct {
	Name          string `toml:"name" comment:"the machine's name: its id is keccak256(provider, name)"`
	GPUs          string `toml:"gpus" comment:"\"nvml\" (the NVIDIA driver's devices) or \"sim:N\" (N simulated GPUs: dev chains only)"`
	Region        string `toml:"region" comment:"where the machine is (shown to renters)"`
	BandwidthMbps uint32 `toml:"bandwidth_mbps" comment:"its uplink, Mbit/s (shown to renters)"`
	Endpoint      string `toml:"endpoint" comment:"host:port renters and inspectors reach the node at (this machine's public address and node.listen's port)"`
	Publish       bool   `toml:"publish" comment:"list the machine (or update its spec) at start, locking the stake per GPU"`
}

// NodeConfig is the node.
type NodeConfig struct {
	DataDir       string   `toml:"data_dir" comment:"the node's database, content store and output staging"`
	Listen        string   `toml:"listen" comment:"the TLS listener: renter gateway, content gateway, liveness echo, challenge session (open it in the firewall)"`
	Ops           string   `toml:"ops" comment:"/healthz and /metrics (keep it on loopback or a private network; empty: off)"`
	Docker        string   `toml:"docker" comment:"Docker Engine API socket: unix:///var/run/docker.sock, podman's, or empty for DOCKER_HOST"`
	Owner         string   `toml:"owner" comment:"names this node's containers: two nodes sharing a daemon need different owners"`
	GPUDriver     string   `toml:"gpu_driver" comment:"how GPUs reach containers: nvidia (container toolkit), cdi, or sim (simulated GPUs)"`
	OCIRuntime    string   `toml:"oci_runtime" comment:"the daemon's OCI runtime for jobs (e.g. nvidia when it is not the default; empty: the default)"`
	Init          bool     `toml:"init" comment:"run the daemon's init (docker-init: tini) as each job's PID 1: a job that does not handle SIGTERM stops at once, orphans are reaped; the node refuses to start when the daemon has none (false: the job is PID 1)"`
	HostIP        string   `toml:"host_ip" comment:"address job ports are published on (the gateway reaches them there)"`
	MemoryGiB     float64  `toml:"memory_gib" comment:"most memory one job may ask"`
	MilliCPUs     int64    `toml:"millicpus" comment:"most CPU one job may ask, in thousandths of a CPU"`
	DiskGiB       float64  `toml:"disk_gib" comment:"most disk one job may ask"`
	JobWait       Duration `toml:"job_wait" comment:"how long an open lease may wait for its job spec and content before it is ended and refunded"`
	Gateways      []string `toml:"content_gateways" comment:"trustless IPFS gateways the node may fetch job content from (besides its own uploads)"`
	DiskQuota     bool     `toml:"require_disk_quota" comment:"refuse jobs when the storage driver cannot enforce their disk limit"`
	MaxOutputGiB  float64  `toml:"max_output_gib" comment:"largest output folder collected as content"`
	StartAttempts int      `toml:"start_attempts" comment:"start retries for the node's own failures (daemon unreachable) before the lease is ended"`
}

// PricingConfig is the pricing policy.
type PricingConfig struct {
	USDPerGPUHour float64  `toml:"usd_per_gpu_hour" comment:"price of one GPU for an hour (0: post no quotes)"`
	Sizes         []uint32 `toml:"sizes" comment:"GPU counts offered, one quote each (empty: 1 and all free GPUs)"`
	MinDuration   Duration `toml:"min_duration" comment:"shortest lease"`
	MaxDuration   Duration `toml:"max_duration" comment:"longest lease, extensions included"`
	QuoteLifetime Duration `toml:"quote_lifetime" comment:"how long a quote stays openable; re-posted at half of it"`
	Indexer       string   `toml:"indexer" comment:"the indexer API the quotes are posted to (empty: the one the deployment file names, else http://127.0.0.1:8547)"`
}

// SettleConfig is the settle policy.
type SettleConfig struct {
	Every       Duration `toml:"every" comment:"how often the node weighs settling"`
	GasMultiple float64  `toml:"gas_multiple" comment:"settle when the accrued value is worth this many times the gas"`
	MinUSD      float64  `toml:"min_usd" comment:"and at least this much"`
	MaxAge      Duration `toml:"max_age" comment:"settle a lease anyway once unsettled this long"`
	MaxBatch    int      `toml:"max_batch" comment:"leases per settleMany"`
	ETHUSD      float64  `toml:"eth_usd" comment:"USD per ETH, to value gas"`
	GRIDUSD     float64  `toml:"grid_usd" comment:"USD per GRID, to value GRID-paid leases"`
}

// WithdrawConfig is the withdraw policy.
type WithdrawConfig struct {
	Every   Duration `toml:"every" comment:"how often the node looks (0s: never; withdraw by hand with idlegrid lease withdraw)"`
	MinUSD  float64  `toml:"min_usd" comment:"withdraw USD once this much is due"`
	MinGRID float64  `toml:"min_grid" comment:"withdraw GRID once this much is due"`
}

// ContentConfig is the content store's retention.
type ContentConfig struct {
	Retain Duration `toml:"retain" comment:"how long a lease's content stays after the lease closed and its output was collected: the renter downloads the output and inspectors attest it within it; set it at least to the deployment's LeaseEscrow.disputeWindow (the output is the provider's evidence); at least 1h"`
	Sweep  Duration `toml:"sweep" comment:"how often the node removes the blocks no live lease, pending spec or the machine spec reaches"`
}

// DefaultConfig is a node on this machine serving the local devnet's deployment, with the NVIDIA driver.
func DefaultConfig() Config {
	home, _ := os.UserHomeDir()
	nc := node.DefaultConfig()
	rc := runtime.DefaultConfig()
	pp := node.DefaultPricingPolicy()
	sp, wp := nc.Settle, nc.Withdraw
	return Config{
		Chain:   ChainConfig{RPC: "ws://127.0.0.1:8546", Deployment: filepath.Join("deployments", "devnet.json"), Confirmations: nc.Confirmations, FinalityDepth: 64},
		Account: AccountConfig{Keystore: filepath.Join(home, ".idlegrid", "keystore")},
		Machine: MachineConfig{Name: "rig-1", GPUs: "nvml", Endpoint: "127.0.0.1:8549", Publish: true},
		Node: NodeConfig{DataDir: filepath.Join(home, ".idlegrid", "provider"), Listen: "0.0.0.0:8549", Ops: "127.0.0.1:9549",
			Owner: "node", GPUDriver: rc.GPUDriver, Init: rc.Init, HostIP: "127.0.0.1",
			MemoryGiB: float64(nc.Capacity.Memory) / (1 << 30), MilliCPUs: nc.Capacity.MilliCPUs, DiskGiB: float64(nc.Capacity.Disk) / (1 << 30),
			JobWait: Duration(nc.JobWait), MaxOutputGiB: float64(nc.MaxOutputBytes) / (1 << 30), StartAttempts: nc.StartAttempts, Gateways: []string{}},
		Pricing: PricingConfig{Sizes: []uint32{}, MinDuration: Duration(pp.MinDuration), MaxDuration: Duration(pp.MaxDuration),
			QuoteLifetime: Duration(pp.Lifetime)},
		Settle: SettleConfig{Every: Duration(sp.Every), GasMultiple: sp.GasMultiple, MinUSD: sp.MinUSD, MaxAge: Duration(sp.MaxAge),
			MaxBatch: sp.MaxBatch, ETHUSD: sp.ETHUSD, GRIDUSD: sp.GRIDUSD},
		Withdraw: WithdrawConfig{Every: Duration(wp.Every), MinUSD: wp.MinUSD, MinGRID: wp.MinGRID},
		Content:  ContentConfig{Retain: Duration(nc.Content.Retain), Sweep: Duration(nc.Content.Sweep)},
	}
}

// Encode writes c as a commented TOML file.
func (c Config) Encode() ([]byte, error) {
	return configfile.Encode("idlegrid provider node. `idlegrid provider run --config FILE` reads it; flags and IDLEGRID_* environment\n"+
		"variables override it. Every key is shown with its value; README \"Run a provider\" explains the set-up.", c)
}

// Load reads a config file strictly over the defaults: an unknown key is an error naming it.
func Load(path string) (Config, error) {
	c := DefaultConfig()
	if err := configfile.Load(path, &c, "idlegrid provider init"); err != nil {
		return Config{}, err
	}
	return c, nil
}

// SimGPUs is N of a "sim:N" machine.gpus, or 0 for nvml.
func (c MachineConfig) SimGPUs() (int, error) {
	if c.GPUs == "nvml" {
		return 0, nil
	}
	n, ok := strings.CutPrefix(c.GPUs, "sim:")
	v, err := strconv.Atoi(n)
	if !ok || err != nil || v < 1 || v > 32 {
		return 0, fmt.Errorf("machine.gpus %q: want \"nvml\" or \"sim:N\" with N from 1 to 32", c.GPUs)
	}
	return v, nil
}

// Validate names the first setting out of range.
func (c Config) Validate() error {
	switch {
	case c.Chain.RPC == "":
		return errors.New("chain.rpc: required")
	case c.Chain.Deployment == "":
		return errors.New("chain.deployment: required")
	case c.Chain.FinalityDepth < c.Chain.Confirmations:
		return fmt.Errorf("chain.finality_depth %d: at least chain.confirmations (%d)", c.Chain.FinalityDepth, c.Chain.Confirmations)
	case c.Machine.Name == "":
		return errors.New("machine.name: required")
	case c.Node.DataDir == "":
		return errors.New("node.data_dir: required")
	}
	if _, err := c.Machine.SimGPUs(); err != nil {
		return err
	}
	if err := (node.ContentPolicy{Retain: time.Duration(c.Content.Retain), Sweep: time.Duration(c.Content.Sweep)}).Validate(); err != nil {
		return err
	}
	if _, _, err := net.SplitHostPort(c.Machine.Endpoint); err != nil {
		return fmt.Errorf("machine.endpoint %q: want host:port", c.Machine.Endpoint)
	}
	if _, _, err := net.SplitHostPort(c.Node.Listen); err != nil {
		return fmt.Errorf("node.listen %q: want host:port", c.Node.Listen)
	}
	return nil
}

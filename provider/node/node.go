package node

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/provider/gpu"
	"github.com/idlegrid/idlegrid/provider/runtime"
)

// Runtime is the container runtime as the node drives it; *runtime.Runtime implements it.
type Runtime interface {
	Run(ctx context.Context, req runtime.StartRequest) (*runtime.Status, error)
	Status(ctx context.Context, k runtime.LeaseKey, usage bool) (*runtime.Status, error)
	Stop(ctx context.Context, k runtime.LeaseKey) error
	Remove(ctx context.Context, k runtime.LeaseKey) error
	List(ctx context.Context) ([]*runtime.Status, error)
	CollectOutput(ctx context.Context, k runtime.LeaseKey, dir string, maxBytes int64) (*runtime.OutputSummary, error)
	Logs(ctx context.Context, k runtime.LeaseKey, opts runtime.LogOptions, stdout, stderr io.Writer) error
	Exec(ctx context.Context, k runtime.LeaseKey, req runtime.ExecRequest, stdin io.Reader, stdout, stderr io.Writer) (int, error)
	DialPort(ctx context.Context, k runtime.LeaseKey, port uint16, protocol string) (net.Conn, error)
}

var _ Runtime = (*runtime.Runtime)(nil)

// ErrLeaseNotOpen is what Escrow.EndLease returns for a lease the chain no longer has open (closed, or past
// its end): there is nothing to end.
var ErrLeaseNotOpen = errors.New("lease not open on chain")

// Escrow is what the node sends to the lease escrow, through the shared submitter.
type Escrow interface {
	// EndLease ends a lease of the provider now (the renter's unused prepayment is credited back).
	EndLease(ctx context.Context, id uint64) (SentTx, error)
	// SettleMany credits the provider for what the leases accrued and closes those that ended.
	SettleMany(ctx context.Context, ids []uint64) (SentTx, error)
	// Withdrawable is the provider's balance in the escrow in pay; Withdraw pays it out.
	Withdrawable(ctx context.Context, pay oracle.PayToken) (*big.Int, error)
	Withdraw(ctx context.Context, pay oracle.PayToken) (SentTx, *big.Int, error)
	// SettleCost is what a settleMany of n leases would cost now, in wei.
	SettleCost(ctx context.Context, n int) (*big.Int, error)
}

// Inspectors answers whether an address is an active inspector (the challenge session and the receipts are
// theirs only).
type Inspectors interface {
	ActiveInspector(ctx context.Context, inspector common.Address) (bool, error)
}

// Decoder turns a followed log into a lease event; ok is false for logs that are no lease event.
type Decoder func(l types.Log) (e LeaseEvent, ok bool, err error)

// Clock is the wall clock (tests move it).
type Clock interface{ Now() time.Time }

// Capacity is what one lease's job may ask of this machine, at most.
type Capacity struct {
	Memory    int64 // bytes
	MilliCPUs int64
	Disk      int64 // bytes
	Pids      int64
}

// Config is the node's configuration (cmd/idlegrid builds it from the config file, flags and environment).
type Config struct {
	// Machine is the machine this node runs the leases of (its listing's id).
	Machine common.Hash
	// Confirmations is how many blocks deep a LeaseOpened must be before the node starts its job (0: at once).
	Confirmations uint64
	// DataDir holds the content store and the output staging folders.
	DataDir string
	// Capacity bounds what one job may ask.
	Capacity Capacity
	// JobWait is how long an open lease may wait for its job spec (named on chain, and its content here) before
	// the node ends it and the renter is refunded.
	JobWait time.Duration
	// StartAttempts bounds the retries of a start that fails for the node's reasons (the daemon unreachable);
	// past it the lease is ended like a job that cannot start.
	StartAttempts int
	// StopTimeout bounds stopping and removing a lease's container.
	StopTimeout time.Duration
	// MaxOutputBytes bounds an output folder collected as content.
	MaxOutputBytes int64
	// Workers is how many leases the node acts on at once.
	Workers int
	// Resync is how often the node looks at every lease even without news from the chain.
	Resync time.Duration
	// DiskCheck is how often a running job's writable layer is measured where the daemon enforces no disk
	// quota (measuring walks the layer).
	DiskCheck time.Duration
	// Content: how long a lease's content stays once it is over.
	Content ContentPolicy
	// Money: when to settle and withdraw.
	Settle   SettlePolicy
	Withdraw WithdrawPolicy
}

// DefaultConfig is a node for Arbitrum: two confirmations, jobs up to 64 GiB of memory, 16 CPUs and 200 GB of
// disk.
func DefaultConfig() Config {
	return Config{
		Confirmations:  2,
		Capacity:       Capacity{Memory: 64 << 30, MilliCPUs: 16_000, Disk: 200 << 30, Pids: 1 << 16},
		JobWait:        10 * time.Minute,
		StartAttempts:  5,
		StopTimeout:    30 * time.Second,
		MaxOutputBytes: 10 << 30,
		Workers:        16,
		Resync:         5 * time.Second,
		DiskCheck:      time.Minute,
		Content:        DefaultContentPolicy(),
		Settle:         DefaultSettlePolicy(),
		Withdraw:       DefaultWithdrawPolicy(),
	}
}

// Validate names the first field out of range.
func (c Config) Validate() error {
	switch {
	case c.Machine == (common.Hash{}):
		return errors.New("node: machine: required")
	case c.DataDir == "":
		return errors.New("node: data_dir: required")
	case c.Confirmations > 1000:
		return fmt.Errorf("node: confirmations %d: at most 1000", c.Confirmations)
	case c.Capacity.Memory <= 0 || c.Capacity.MilliCPUs <= 0 || c.Capacity.Disk <= 0 || c.Capacity.Pids <= 0:
		return fmt.Errorf("node: capacity %+v: every limit must be positive", c.Capacity)
	case c.JobWait <= 0:
		return fmt.Errorf("node: job_wait %s: must be positive", c.JobWait)
	case c.StartAttempts < 1:
		return fmt.Errorf("node: start_attempts %d: at least 1", c.StartAttempts)
	case c.StopTimeout <= 0:
		return fmt.Errorf("node: stop_timeout %s: must be positive", c.StopTimeout)
	case c.MaxOutputBytes <= 0:
		return fmt.Errorf("node: max_output_bytes %d: must be positive", c.MaxOutputBytes)
	case c.Workers < 1:
		return fmt.Errorf("node: workers %d: at least 1", c.Workers)
	case c.Resync <= 0:
		return fmt.Errorf("node: resync %s: must be positive", c.Resync)
	case c.DiskCheck <= 0:
		return fmt.Errorf("node: disk_check %s: must be positive", c.DiskCheck)
	}
	if err := c.Content.Validate(); err != nil {
		return err
	}
	if err := c.Settle.Validate(); err != nil {
		return err
	}
	return c.Withdraw.Validate()
}

// Deps are the parts the node drives.
type Deps struct {
	// Provider is the provider's address: the leases followed are its.
	Provider common.Address
	// Deployment names the deployment in container names (two chains' lease 1 are not the same lease): a
	// short lowercase hex tag, e.g. the escrow address's first bytes.
	Deployment string
	Store      Store
	Decode     Decoder
	Escrow     Escrow
	Runtime    Runtime
	// Content is the node's content store; Gateways are trustless gateways it may fetch job content from.
	Content  *content.Store
	Gateways []*content.Client
	// GPUs is the machine's inventory: the devices leases get, by index.
	GPUs       gpu.Inventory
	Clock      Clock
	Registerer prometheus.Registerer
	Log        zerolog.Logger
}

// Node is the provider node's lease engine: a service.Service whose loop turns leases into workloads. The
// follower, the gateway and the other servers are started beside it (see Services).
type Node struct {
	cfg     Config
	deps    Deps
	log     zerolog.Logger
	metrics *metrics
	devices []gpu.Device

	runner service.Runner
	wake   chan struct{}
	sem    chan struct{}

	mu        sync.Mutex
	chainTime uint64 // the newest followed block's timestamp
	head      uint64 // its number
	busy      map[uint64]busyStep
	// diskChecked is when each running lease's disk use was last measured.
	diskChecked map[uint64]time.Time
	started     bool
	healthErr   error
	wg          sync.WaitGroup

	// contentMu: writers of content hold it for reading from their first block to their root's note, a sweep
	// for writing. pinned are the roots kept whatever the leases; specTTL how long a spec pushed before its
	// lease is kept (the gateway's upload limits).
	contentMu sync.RWMutex
	pinned    map[cid.Cid]bool
	specTTL   time.Duration
}

var _ service.Service = (*Node)(nil)

// New builds the node; it touches nothing until Start.
func New(cfg Config, deps Deps) (*Node, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	switch {
	case deps.Store == nil || deps.Decode == nil || deps.Escrow == nil || deps.Runtime == nil || deps.Content == nil || deps.GPUs == nil:
		return nil, errors.New("node: store, decoder, escrow, runtime, content and GPUs are required")
	case deps.Provider == (common.Address{}):
		return nil, errors.New("node: provider address required")
	case !keyPart.MatchString(deps.Deployment):
		return nil, fmt.Errorf("node: deployment tag %q: want 1-12 lowercase letters and digits", deps.Deployment)
	}
	if deps.Clock == nil {
		deps.Clock = systemClock{}
	}
	m, err := newMetrics(deps.Registerer)
	if err != nil {
		return nil, err
	}
	return &Node{cfg: cfg, deps: deps, log: deps.Log.With().Str("component", "node").Logger(), metrics: m,
		wake: make(chan struct{}, 1), sem: make(chan struct{}, cfg.Workers), busy: map[uint64]busyStep{}, diskChecked: map[uint64]time.Time{},
		pinned: map[cid.Cid]bool{}, specTTL: DefaultUploadLimits().SpecTTL}, nil
}

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Name is the service's name in health reports.
func (n *Node) Name() string { return "leases" }

// Start reads the machine's GPUs and what the store says of the chain, finds the containers a previous run
// left, and starts the loop.
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	if n.started {
		n.mu.Unlock()
		return fmt.Errorf("node: %w", service.ErrAlreadyStarted)
	}
	n.started = true
	n.mu.Unlock()
	devs, err := n.deps.GPUs.Devices(ctx)
	if err != nil && !errors.Is(err, gpu.ErrNoDriver) {
		return fmt.Errorf("node: GPU inventory: %w", err)
	}
	n.devices = devs
	if err := os.MkdirAll(filepath.Join(n.cfg.DataDir, "outputs"), 0o700); err != nil {
		return fmt.Errorf("node: %w", err)
	}
	win, err := n.deps.Store.Window(ctx)
	if err != nil {
		return fmt.Errorf("node: %w", err)
	}
	if len(win) > 0 {
		last := win[len(win)-1]
		n.observe(last.Number, last.Time)
	}
	if err := n.adoptOrphans(ctx); err != nil {
		return fmt.Errorf("node: %w", err)
	}
	n.runner.Go(n.loop)
	n.runner.Go(n.moneyLoop)
	n.runner.Go(n.sweepLoop)
	n.log.Info().Str("machine", n.cfg.Machine.Hex()).Int("gpus", len(devs)).Uint64("confirmations", n.cfg.Confirmations).
		Msg("lease engine started")
	return nil
}

// Close stops the loop and waits for the lease actions in flight. Containers keep running: a restarted node
// resumes them.
func (n *Node) Close() error {
	n.runner.Stop()
	n.mu.Lock()
	for _, b := range n.busy {
		b.cancel()
	}
	n.started = false
	n.mu.Unlock()
	n.wg.Wait()
	return nil
}

// Healthy is nil while the loop runs and the last pass could read the store.
func (n *Node) Healthy() error {
	n.mu.Lock()
	defer n.mu.Unlock()
	if !n.started {
		return service.ErrNotStarted
	}
	return n.healthErr
}

// Done and Err report a fatal failure of the loop.
func (n *Node) Done() <-chan struct{} { return n.runner.Done() }

// Err is the loop's fatal error.
func (n *Node) Err() error { return n.runner.Err() }

// Wake asks the loop to look at every lease now (new blocks, an upload).
func (n *Node) Wake() {
	select {
	case n.wake <- struct{}{}:
	default:
	}
}

// observe records the newest followed block.
func (n *Node) observe(number, t uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if number > n.head {
		n.head = number
	}
	if t > n.chainTime {
		n.chainTime = t
	}
}

// chain is the newest followed block's number and time.
func (n *Node) chain() (head, now uint64) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.head, n.chainTime
}

// FollowStore is the follower's store: the node's Store, fed the provider's lease events of each batch, and
// waking the node after each.
func (n *Node) FollowStore() follow.Store {
	return &followStore{n: n}
}

// followStore adapts the node's Store to the follower.
type followStore struct{ n *Node }

func (f *followStore) State(ctx context.Context) (follow.State, bool, error) {
	return f.n.deps.Store.State(ctx)
}
func (f *followStore) Init(ctx context.Context, st follow.State) error {
	return f.n.deps.Store.Init(ctx, st)
}
func (f *followStore) Window(ctx context.Context) ([]follow.BlockRef, error) {
	return f.n.deps.Store.Window(ctx)
}

// Wipe forgets a chain that was reset (a restarted dev chain) and removes the containers of its leases.
func (f *followStore) Wipe(ctx context.Context) error {
	if err := f.n.deps.Store.Wipe(ctx); err != nil {
		return err
	}
	f.n.log.Warn().Msg("the chain was reset: its leases are forgotten and their containers removed")
	return f.n.adoptOrphans(ctx)
}

// Apply keeps the events of the provider's leases on this node's machine (a provider's other machines run
// their own nodes), and of leases it already holds.
func (f *followStore) Apply(ctx context.Context, b *follow.Batch) error {
	n := f.n
	var events []LeaseEvent
	for _, l := range b.Logs {
		e, ok, err := n.deps.Decode(l)
		if err != nil {
			// A log of the escrow that claims to be a lease event and does not decode: the deployment is not
			// the one this node was built for. Retrying cannot help.
			return follow.Halt(fmt.Errorf("node: block %d log %d: %w", l.BlockNumber, l.Index, err))
		}
		if !ok {
			continue
		}
		if e.Kind == EventOpened && (e.Provider != n.deps.Provider || e.Machine != n.cfg.Machine) {
			continue
		}
		e.Block, e.Index, e.Tx, e.Time = l.BlockNumber, l.Index, l.TxHash, l.BlockTimestamp
		events = append(events, e)
	}
	if err := n.deps.Store.Apply(ctx, b, events); err != nil {
		return err
	}
	var number, t uint64
	for _, r := range b.Blocks {
		if r.Number >= number {
			number, t = r.Number, r.Time
		}
	}
	if number > 0 {
		n.observe(number, t)
	}
	if b.Rollback {
		n.metrics.reorgs.Inc()
	}
	n.Wake()
	return nil
}

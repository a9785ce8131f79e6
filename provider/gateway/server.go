package gateway

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// Lease is what the gateway needs to know of a lease, from chain state.
type Lease struct {
	Renter   common.Address
	Provider common.Address
	// Open is the lease's on-chain status: open, not closed.
	Open bool
	// EndsAt is when its prepaid time runs out: past it the lease is over even before anyone closes it.
	EndsAt time.Time
}

// ErrLeaseNotFound is what Leases returns for a lease id the chain does not have.
var ErrLeaseNotFound = errors.New("lease not found")

// Leases reads leases from chain state; the node's chain follower implements it. Any error other than
// ErrLeaseNotFound is taken as "cannot tell now" (503), never as a refusal.
type Leases interface {
	Lease(ctx context.Context, id uint64) (Lease, error)
}

var (
	// ErrNoWorkload is what Workloads returns for a lease with no container on this node (not started yet,
	// or already cleaned up).
	ErrNoWorkload = errors.New("no workload for the lease")
	// ErrPortNotPublished is what DialPort returns for a port the lease's job does not publish.
	ErrPortNotPublished = errors.New("port not published by the lease's job")
)

// ExecRequest is a command to run in a lease's container.
type ExecRequest struct {
	// Cmd is the argv; empty means the container's interactive shell (the runtime picks it, e.g. /bin/sh).
	Cmd []string
	// TTY allocates a terminal of Size; its output then all comes on Stdout.
	TTY  bool
	Size gw.TermSize
}

// ExecIO wires an exec to the renter.
type ExecIO struct {
	// Stdin ends (io.EOF) when the renter's input ends.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Resize delivers terminal size changes (TTY only); it is never closed before Exec returns.
	Resize <-chan gw.TermSize
}

// Workloads is the container runtime as the gateway sees it: one workload per lease. Every method returns
// ErrNoWorkload for a lease that has none here, and must return promptly once ctx ends.
type Workloads interface {
	// Logs writes the workload's output to stdout and stderr; with opts.Follow it keeps writing until ctx
	// ends or the workload stops.
	Logs(ctx context.Context, lease uint64, opts gw.LogOptions, stdout, stderr io.Writer) error
	// Exec runs req in the workload, wired to stdio, and returns its exit code.
	Exec(ctx context.Context, lease uint64, req ExecRequest, stdio ExecIO) (exitCode int, err error)
	// DialPort connects to container port port of the workload, or returns ErrPortNotPublished. ctx bounds
	// the dial only; the connection lives until the gateway closes it. A *net.TCPConn (or any conn with
	// CloseWrite) lets the renter's half close reach the service.
	DialPort(ctx context.Context, lease uint64, port uint16) (net.Conn, error)
	// Status reports the workload (the gateway fills in Lease and UptimeSeconds).
	Status(ctx context.Context, lease uint64) (gw.Status, error)
}

// Clock is the time source (tests move it).
type Clock interface{ Now() time.Time }

type systemClock struct{}

func (systemClock) Now() time.Time { return time.Now() }

// Config shapes the gateway.
type Config struct {
	// Listen is the address to serve HTTPS on.
	Listen string
	// MaxTokenLifetime is the longest validity (expiry − issuedAt) accepted, at most gw.MaxTokenLifetime.
	MaxTokenLifetime time.Duration
	// ClockSkew is how far ahead of this node's clock a token's issuedAt may be.
	ClockSkew time.Duration
	// MaxConns bounds requests and sessions in progress in all; MaxConnsPerLease those of one lease.
	MaxConns         int
	MaxConnsPerLease int
	// AuthFailuresPerSecond and AuthFailureBurst bound how often one client address may fail authorisation;
	// past that it is refused (429) before its token's signature is even checked.
	AuthFailuresPerSecond float64
	AuthFailureBurst      int
	// MaxMessageBytes bounds one WebSocket message from a renter (stdin, forwarded bytes).
	MaxMessageBytes int64
	// MaxCmdBytes bounds a shell command's argv, all words together.
	MaxCmdBytes int
	// MaxLogTail bounds the tail parameter of logs.
	MaxLogTail int
	// IdleTimeout closes a shell or forward that carried no byte either way for that long.
	IdleTimeout time.Duration
	// PingInterval is how often WebSocket peers are pinged; one that does not answer within it is dropped.
	PingInterval time.Duration
	// LeaseRecheck is how often a session in progress re-reads its lease; it ends when the lease does.
	LeaseRecheck time.Duration
	// RequestTimeout bounds a status request and each lookup behind authorisation.
	RequestTimeout time.Duration
	// CertValidity is how long each TLS certificate is valid; a new one is made at half of it.
	CertValidity time.Duration
	// JobsPerSecond and JobBurst bound the job specs one client address may push before a lease (the one
	// route without a token).
	JobsPerSecond float64
	JobBurst      int
	// AllowedOrigins are the browser origins (host patterns, see coder/websocket AcceptOptions) allowed to open
	// WebSockets besides the gateway's own; empty allows none. Non-browser clients send no Origin.
	AllowedOrigins []string
}

// DefaultConfig serves on port 8549 of every interface.
func DefaultConfig() Config {
	return Config{
		Listen: "0.0.0.0:8549", MaxTokenLifetime: gw.MaxTokenLifetime, ClockSkew: 30 * time.Second,
		MaxConns: 1024, MaxConnsPerLease: 32, AuthFailuresPerSecond: 2, AuthFailureBurst: 20, MaxMessageBytes: 64 << 10, MaxCmdBytes: 16 << 10, MaxLogTail: 100_000,
		IdleTimeout: 30 * time.Minute, PingInterval: 30 * time.Second, LeaseRecheck: 10 * time.Second,
		RequestTimeout: 15 * time.Second, CertValidity: 7 * 24 * time.Hour, JobsPerSecond: 1, JobBurst: 10,
	}
}

// Validate reports the first field out of range, by name.
func (c Config) Validate() error {
	switch {
	case c.Listen == "":
		return errors.New("gateway: listen: required")
	case c.MaxTokenLifetime <= 0 || c.MaxTokenLifetime > gw.MaxTokenLifetime:
		return fmt.Errorf("gateway: max token lifetime %s: must be in (0, %s]", c.MaxTokenLifetime, gw.MaxTokenLifetime)
	case c.ClockSkew < 0 || c.ClockSkew > time.Minute:
		return fmt.Errorf("gateway: clock skew %s: must be in [0, 1m]", c.ClockSkew)
	case c.MaxConns < 1 || c.MaxConnsPerLease < 1 || c.MaxConnsPerLease > c.MaxConns:
		return fmt.Errorf("gateway: max conns %d, per lease %d: both positive, per lease at most the total", c.MaxConns, c.MaxConnsPerLease)
	case c.AuthFailuresPerSecond <= 0 || c.AuthFailureBurst < 1:
		return fmt.Errorf("gateway: auth failures %v/s burst %d: both must be positive", c.AuthFailuresPerSecond, c.AuthFailureBurst)
	case c.MaxMessageBytes < gw.MaxForwardMessage || c.MaxMessageBytes > 16<<20:
		return fmt.Errorf("gateway: max message bytes %d: must be in [%d, 16 MiB]", c.MaxMessageBytes, gw.MaxForwardMessage)
	case c.MaxCmdBytes < 256 || c.MaxCmdBytes > 1<<20:
		return fmt.Errorf("gateway: max cmd bytes %d: must be in [256, 1 MiB]", c.MaxCmdBytes)
	case c.MaxLogTail < 1:
		return fmt.Errorf("gateway: max log tail %d: must be positive", c.MaxLogTail)
	case c.IdleTimeout <= 0:
		return fmt.Errorf("gateway: idle timeout %s: must be positive", c.IdleTimeout)
	case c.PingInterval <= 0:
		return fmt.Errorf("gateway: ping interval %s: must be positive", c.PingInterval)
	case c.LeaseRecheck <= 0:
		return fmt.Errorf("gateway: lease recheck %s: must be positive", c.LeaseRecheck)
	case c.RequestTimeout <= 0:
		return fmt.Errorf("gateway: request timeout %s: must be positive", c.RequestTimeout)
	case c.JobsPerSecond <= 0 || c.JobBurst < 1:
		return fmt.Errorf("gateway: jobs %v/s burst %d: both must be positive", c.JobsPerSecond, c.JobBurst)
	case c.CertValidity < time.Minute || c.CertValidity > gw.MaxCertificateValidity:
		return fmt.Errorf("gateway: cert validity %s: must be in [1m, %s]", c.CertValidity, gw.MaxCertificateValidity)
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("gateway: listen %q: %w", c.Listen, err)
	}
	return nil
}

// Deps are what the gateway reads and serves.
type Deps struct {
	// Node holds the node key: the audience tokens must name and the key the TLS certificate is bound to.
	Node oracle.DigestSigner
	// Domain is the deployment served: oracle.GatewayDomain(chain id, LeaseEscrow address).
	Domain    oracle.Domain
	Leases    Leases
	Workloads Workloads
	// Content takes job uploads and serves outputs (optional: without it those routes answer 404).
	Content Content
	// Public serves every path outside the gateway's own (/v1/...) on the same TLS listener: the node's
	// trustless content gateway, liveness echo and challenge session (optional: 404 without it).
	Public http.Handler
	// Clock defaults to the system clock.
	Clock Clock
	// Registerer takes the gateway's metrics (nil: not registered).
	Registerer prometheus.Registerer
	Log        zerolog.Logger
}

// Server is the gateway. Start it once; Close stops it and every session.
type Server struct {
	cfg      Config
	deps     Deps
	policy   gw.Policy
	metrics  *metrics
	certs    *certSource
	limits   *connLimits
	failures *failureLimiter
	jobs     *jobLimiter
	handler  http.Handler

	baseCtx    context.Context
	cancelBase context.CancelFunc
	tracker    tracker

	mu       sync.Mutex
	srv      *http.Server
	listener net.Listener
	done     chan error
}

// New builds the gateway; nothing listens until Start.
func New(cfg Config, deps Deps) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Node == nil || deps.Leases == nil || deps.Workloads == nil {
		return nil, errors.New("gateway: node key, leases and workloads are required")
	}
	if deps.Clock == nil {
		deps.Clock = systemClock{}
	}
	policy := gw.Policy{Domain: deps.Domain, Provider: deps.Node.Address(), MaxLifetime: cfg.MaxTokenLifetime, ClockSkew: cfg.ClockSkew}
	if err := policy.Validate(); err != nil {
		return nil, fmt.Errorf("gateway: %w", err)
	}
	m, err := newMetrics(deps.Registerer)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg: cfg, deps: deps, policy: policy, metrics: m,
		certs:    &certSource{signer: deps.Node, validity: cfg.CertValidity, clock: deps.Clock},
		limits:   newConnLimits(cfg.MaxConns, cfg.MaxConnsPerLease),
		failures: newFailureLimiter(cfg.AuthFailuresPerSecond, cfg.AuthFailureBurst),
		jobs:     newJobLimiter(cfg.JobsPerSecond, cfg.JobBurst),
	}
	s.baseCtx, s.cancelBase = context.WithCancel(context.Background())
	s.handler = s.routes()
	return s, nil
}

// Handler serves the routes without TLS (tests that drive it with httptest, and embedding).
func (s *Server) Handler() http.Handler { return s.handler }

// Start makes the first certificate (so a node key that cannot sign fails here), listens and serves.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return errors.New("gateway: already started")
	}
	if s.baseCtx.Err() != nil {
		return errors.New("gateway: closed")
	}
	if _, err := s.certs.current(ctx); err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("gateway: listen on %s: %w", s.cfg.Listen, err)
	}
	tlsCfg := &tls.Config{
		MinVersion: tls.VersionTLS13,
		GetCertificate: func(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
			return s.certs.current(hello.Context())
		},
		NextProtos: []string{"http/1.1"}, // WebSockets need HTTP/1.1's Upgrade
	}
	s.listener = tls.NewListener(l, tlsCfg)
	s.srv = &http.Server{
		Handler: s.handler, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10,
		BaseContext: func(net.Listener) context.Context { return s.baseCtx },
		ErrorLog:    newServerErrorLog(s.deps.Log),
	}
	s.done = make(chan error, 1)
	go func() { s.done <- s.srv.Serve(s.listener) }()
	s.deps.Log.Info().Str("listen", l.Addr().String()).Str("node", s.policy.Provider.Hex()).Msg("gateway serving")
	return nil
}

// Addr is the address being served (after Start).
func (s *Server) Addr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.listener == nil {
		return ""
	}
	return s.listener.Addr().String()
}

// Close ends every session, then stops serving.
func (s *Server) Close() error {
	s.cancelBase() // every session's context derives from it
	s.mu.Lock()
	srv, done := s.srv, s.done
	s.srv = nil
	s.mu.Unlock()
	var err error
	if srv != nil {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		err = srv.Shutdown(ctx)
		if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
			err = errors.Join(err, serr)
		}
	}
	if !s.tracker.closeAndWait(10 * time.Second) {
		err = errors.Join(err, errors.New("gateway: sessions still running 10s after close (a Workloads call ignores its context)"))
	}
	return err
}

// Healthy is nil while the gateway serves.
func (s *Server) Healthy() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv == nil {
		return errors.New("gateway: not serving")
	}
	return nil
}

// Name is the gateway's name in a node's health report (service.Service).
func (s *Server) Name() string { return "gateway" }

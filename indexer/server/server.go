// Package server serves the index over HTTP as JSON: paginated, filtered reads of machines, providers, stakes,
// leases, attestations, slashes, events and reward epochs (with claim proofs); the quote book (post a signed
// quote, search ranked quotes or get an explanation); /healthz and Prometheus /metrics.
//
// Every query parameter is validated and a bad one is a 400 naming it; bodies and query strings are size
// limited; each client IP is rate limited; CORS is configurable. Amounts (uint256) are decimal strings,
// prices in micro-USD (6 decimals) integers. The package reads through small interfaces and never writes to
// the chain.
package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"
	"golang.org/x/sync/semaphore"
	"golang.org/x/time/rate"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/service"
)

// MachineReader reads machines, providers and stakes.
type MachineReader interface {
	Machines(ctx context.Context, q indexer.MachineQuery) ([]indexer.MachineView, string, error)
	Machine(ctx context.Context, id common.Hash) (indexer.MachineView, bool, error)
	LiveQuotes(ctx context.Context, machine common.Hash, minExpiry uint64) ([]indexer.StoredQuote, error)
	Providers(ctx context.Context, p indexer.Page) ([]indexer.ProviderView, string, error)
	Provider(ctx context.Context, addr common.Address) (indexer.ProviderView, bool, error)
	Stakes(ctx context.Context, q indexer.StakeQuery) ([]indexer.Stake, string, error)
	GPUClaim(ctx context.Context, gpuID common.Hash) (indexer.GPUClaim, bool, error)
}

// LeaseReader reads leases.
type LeaseReader interface {
	Leases(ctx context.Context, q indexer.LeaseQuery) ([]indexer.Lease, string, error)
	Lease(ctx context.Context, id uint64) (indexer.LeaseDetail, bool, error)
	Earnings(ctx context.Context, account common.Address) (indexer.Earnings, error)
}

// HistoryReader reads attestations, slashes, events, prices, parameters and stats.
type HistoryReader interface {
	Attestations(ctx context.Context, q indexer.AttestationQuery) ([]indexer.Attestation, string, error)
	Slashes(ctx context.Context, q indexer.SlashQuery) ([]indexer.Slash, string, error)
	Events(ctx context.Context, q indexer.EventQuery) ([]indexer.EventRecord, string, error)
	PriceUpdates(ctx context.Context, p indexer.Page) ([]indexer.PriceUpdate, string, error)
	Params(ctx context.Context) ([]indexer.Param, error)
	SignerSets(ctx context.Context) ([]indexer.SignerSet, error)
	InspectorEndpoints(ctx context.Context) ([]indexer.InspectorEndpoint, error)
	Stats(ctx context.Context) (indexer.Stats, error)
}

// EpochLister lists reward epochs.
type EpochLister interface {
	RewardEpochs(ctx context.Context, p indexer.Page) ([]indexer.RewardEpoch, string, error)
}

// Follower is the indexer's progress (nil when the API serves a database another process fills).
type Follower interface {
	Status() indexer.Status
}

// Pinger checks the database.
type Pinger interface {
	Healthy(ctx context.Context) error
}

// SwapReader is the Solana gateway's transfers on both chains (indexer/swaps.Book). An unknown id is an
// *api.Error with CodeNotFound.
type SwapReader interface {
	Swap(ctx context.Context, id string) (api.Swap, error)
}

// Deps are what the server reads and serves.
type Deps struct {
	Machines MachineReader
	Leases   LeaseReader
	History  HistoryReader
	Epochs   EpochLister
	Rewards  *indexer.RewardBook
	// Quotes is nil when the deployment has no LeaseEscrow (the quote book is then disabled).
	Quotes   *indexer.QuoteBook
	Follower Follower
	DB       Pinger
	// Deployment is what the indexer indexes, reported by /v1/status so that clients can check they talk to
	// the indexer of their deployment (nil: not reported).
	Deployment *deployment.Deployment
	// Health is the running node's services (follower, API, housekeeping), by name: what /healthz reports
	// beside the database. Nil: the database only.
	Health service.HealthReporter
	// Gatherer serves /metrics; Registerer takes the API's own series (both may be one prometheus.Registry).
	Gatherer   prometheus.Gatherer
	Registerer prometheus.Registerer
	Clock      indexer.Clock
	Log        zerolog.Logger
	// Series computes the time series under /v1/series/ (nil: 404).
	Series *indexer.Series
	// Console serves the web console under /console/ (nil: not served).
	Console http.Handler
	// Gateways proxies the renter gateway routes under /v1/gateway/ (nil: not served).
	Gateways *GatewayProxy
	// Swaps serves /v1/swaps/{id} (nil: answered CodeNoSolana).
	Swaps SwapReader
}

// Config shapes the server.
type Config struct {
	// Listen is the address to serve on.
	Listen string
	// AllowedOrigins for CORS: "*" or exact origins. Empty disables CORS headers.
	AllowedOrigins []string
	// RatePerSecond and RateBurst bound each client IP's requests.
	RatePerSecond float64
	RateBurst     int
	// TrustForwardedFor takes the client IP from X-Forwarded-For (behind a reverse proxy only).
	TrustForwardedFor bool
	// MaxQueryBytes bounds the query string, MaxBodyBytes a posted quote, MaxTreeBytes a posted reward tree.
	MaxQueryBytes int
	MaxBodyBytes  int64
	MaxTreeBytes  int64
	// TreeMemoryBudget bounds the memory all reward tree uploads may hold at once: each waits for its share
	// (from its declared length) before reading its body.
	TreeMemoryBudget int64
	// RequestTimeout bounds each request's work.
	RequestTimeout time.Duration
}

// DefaultConfig serves on api.DefaultAddr.
func DefaultConfig() Config {
	return Config{
		Listen: api.DefaultAddr, AllowedOrigins: []string{"*"}, RatePerSecond: 50, RateBurst: 100,
		MaxQueryBytes: 2048, MaxBodyBytes: 16 << 10, MaxTreeBytes: 64 << 20, TreeMemoryBudget: 256 << 20, RequestTimeout: 15 * time.Second,
	}
}

// Validate reports the first field out of range.
func (c Config) Validate() error {
	switch {
	case c.Listen == "":
		return errors.New("api: listen address: required")
	case c.RatePerSecond <= 0 || c.RateBurst < 1:
		return fmt.Errorf("api: rate %v/s burst %d: both must be positive", c.RatePerSecond, c.RateBurst)
	case c.MaxQueryBytes < 256 || c.MaxBodyBytes < 1024 || c.MaxTreeBytes < c.MaxBodyBytes:
		return errors.New("api: size limits too small (query >= 256, body >= 1024, tree >= body)")
	case c.TreeMemoryBudget < 1<<20:
		return errors.New("api: the tree memory budget must be at least 1 MiB")
	case c.RequestTimeout <= 0:
		return errors.New("api: request timeout must be positive")
	}
	if _, _, err := net.SplitHostPort(c.Listen); err != nil {
		return fmt.Errorf("api: listen address %q: %w", c.Listen, err)
	}
	return nil
}

// Server is the HTTP API, a service.Service: Start listens and serves in the background, Close shuts it down.
// A listener that dies closes Done.
type Server struct {
	cfg     Config
	deps    Deps
	handler http.Handler
	limiter *clientLimiter
	// treeBudget is Config.TreeMemoryBudget's bytes, shared by concurrent reward tree uploads.
	treeBudget *semaphore.Weighted
	reqs       *prometheus.CounterVec
	latency    *prometheus.HistogramVec

	mu       sync.Mutex
	srv      *http.Server
	listener net.Listener
	runner   service.Runner
}

// New builds the server; nothing listens until Start.
func New(cfg Config, deps Deps) (*Server, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if deps.Machines == nil || deps.Leases == nil || deps.History == nil || deps.Epochs == nil || deps.Rewards == nil || deps.DB == nil {
		return nil, errors.New("api: machines, leases, history, epochs, rewards and db are required")
	}
	if deps.Clock == nil {
		deps.Clock = indexer.SystemClock{}
	}
	s := &Server{
		cfg: cfg, deps: deps, treeBudget: semaphore.NewWeighted(cfg.TreeMemoryBudget), limiter: newClientLimiter(rate.Limit(cfg.RatePerSecond), cfg.RateBurst, deps.Clock),
		reqs: prometheus.NewCounterVec(prometheus.CounterOpts{Namespace: "idlegrid", Subsystem: "api", Name: "requests_total",
			Help: "HTTP requests by route and status code."}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{Namespace: "idlegrid", Subsystem: "api", Name: "request_seconds",
			Help: "HTTP request latency by route.", Buckets: []float64{.0005, .001, .0025, .005, .01, .025, .05, .1, .25, 1}}, []string{"route"}),
	}
	if deps.Registerer != nil {
		if err := deps.Registerer.Register(s.reqs); err != nil {
			return nil, fmt.Errorf("api: register metrics: %w", err)
		}
		if err := deps.Registerer.Register(s.latency); err != nil {
			return nil, fmt.Errorf("api: register metrics: %w", err)
		}
	}
	s.handler = s.routes()
	return s, nil
}

// Handler is the whole API, for tests and embedding.
func (s *Server) Handler() http.Handler { return s.handler }

// Name is the service's name.
func (s *Server) Name() string { return "api" }

// Start listens and serves in the background.
func (s *Server) Start(ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv != nil {
		return fmt.Errorf("api: %w", service.ErrAlreadyStarted)
	}
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", s.cfg.Listen)
	if err != nil {
		return fmt.Errorf("api: listen on %s: %w", s.cfg.Listen, err)
	}
	s.listener = l
	s.srv = &http.Server{
		Handler: s.handler, ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: s.cfg.RequestTimeout + 5*time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 16 << 10,
	}
	srv := s.srv
	s.runner.Go(func(context.Context) error {
		if err := srv.Serve(l); !errors.Is(err, http.ErrServerClosed) {
			return fmt.Errorf("api: serve on %s: %w", l.Addr(), err)
		}
		return nil
	})
	s.deps.Log.Info().Str("listen", l.Addr().String()).Msg("API serving")
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

// Close shuts the server down, letting requests in flight finish for a few seconds.
func (s *Server) Close() error {
	s.mu.Lock()
	srv := s.srv
	s.srv, s.listener = nil, nil
	s.mu.Unlock()
	if srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	err := srv.Shutdown(ctx)
	s.runner.Stop()
	return err
}

// Done is closed when the server stopped serving by itself.
func (s *Server) Done() <-chan struct{} { return s.runner.Done() }

// Err says why the server stopped serving (nil until Done is closed).
func (s *Server) Err() error { return s.runner.Err() }

// Healthy is nil while the server is serving.
func (s *Server) Healthy() error {
	if err := s.runner.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.srv == nil {
		return fmt.Errorf("api: %w", service.ErrNotStarted)
	}
	return nil
}

// ---------------------------------------------------------------- plumbing

// apiError is a JSON error response: the API's wire type.
type apiError = api.Error

func badParam(name, format string, args ...any) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidParameter, Parameter: name,
		Message: name + ": " + fmt.Sprintf(format, args...)}
}

func notFound(format string, args ...any) *apiError {
	return &apiError{Status: http.StatusNotFound, Code: api.CodeNotFound, Message: fmt.Sprintf(format, args...)}
}

// handlerFunc returns a value to encode as JSON, or an error.
type handlerFunc func(r *http.Request) (any, error)

func (s *Server) writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	if err := enc.Encode(v); err != nil {
		s.deps.Log.Debug().Err(err).Msg("write response")
	}
}

func (s *Server) writeError(w http.ResponseWriter, err error) {
	var ae *apiError
	if !errors.As(err, &ae) {
		switch {
		case errors.Is(err, indexer.ErrBadCursor):
			ae = badParam("cursor", "not a cursor this API returned")
		case errors.Is(err, context.DeadlineExceeded):
			ae = &apiError{Status: http.StatusServiceUnavailable, Code: api.CodeTimeout, Message: "the request took too long"}
		default:
			s.deps.Log.Error().Err(err).Msg("API request failed")
			ae = &apiError{Status: http.StatusInternalServerError, Code: api.CodeInternal, Message: "internal error"}
		}
	}
	s.writeJSON(w, ae.Status, map[string]any{"error": ae})
}

// statusRecorder remembers the status code for metrics.
type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.code = code
	r.ResponseWriter.WriteHeader(code)
}

// route wraps a handler with limits, CORS, timeouts, metrics and error mapping.
func (s *Server) route(mux *http.ServeMux, pattern string, h handlerFunc) {
	name := pattern
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			s.reqs.WithLabelValues(name, fmt.Sprint(rec.code)).Inc()
			s.latency.WithLabelValues(name).Observe(time.Since(start).Seconds())
		}()
		ctx, cancel := context.WithTimeout(r.Context(), s.cfg.RequestTimeout)
		defer cancel()
		v, err := h(r.WithContext(ctx))
		if err != nil {
			s.writeError(rec, err)
			return
		}
		status := http.StatusOK
		if c, ok := v.(created); ok {
			status, v = http.StatusCreated, c.v
		}
		s.writeJSON(rec, status, v)
	})
}

type created struct{ v any }

// stream registers a handler that writes its own response for as long as the client reads (a followed log, a
// forwarded connection): metrics like route's, no request timeout.
func (s *Server) stream(mux *http.ServeMux, pattern string, h http.HandlerFunc) {
	mux.HandleFunc(pattern, func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, code: http.StatusOK}
		defer func() {
			s.reqs.WithLabelValues(pattern, fmt.Sprint(rec.code)).Inc()
			s.latency.WithLabelValues(pattern).Observe(time.Since(start).Seconds())
		}()
		h(rec, r)
	})
}

// Unwrap lets http.ResponseController reach the connection (flushes, write deadlines).
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// guard applies what every request goes through before routing: CORS, size and rate limits.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if origin := r.Header.Get("Origin"); origin != "" && len(s.cfg.AllowedOrigins) > 0 {
			if allowed := s.allowOrigin(origin); allowed != "" {
				w.Header().Set("Access-Control-Allow-Origin", allowed)
				w.Header().Add("Vary", "Origin")
				if r.Method == http.MethodOptions {
					w.Header().Set("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
					w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
					w.Header().Set("Access-Control-Max-Age", "600")
					w.WriteHeader(http.StatusNoContent)
					return
				}
			}
		}
		if len(r.URL.RawQuery) > s.cfg.MaxQueryBytes {
			s.writeJSON(w, http.StatusRequestURITooLong, map[string]any{"error": &apiError{Code: api.CodeQueryTooLong,
				Message: fmt.Sprintf("query string is %d bytes, at most %d", len(r.URL.RawQuery), s.cfg.MaxQueryBytes)}})
			return
		}
		if r.URL.Path != "/healthz" && r.URL.Path != "/metrics" {
			if ok, retry := s.limiter.allow(s.clientIP(r)); !ok {
				w.Header().Set("Retry-After", fmt.Sprint(int(retry.Seconds())+1))
				s.writeJSON(w, http.StatusTooManyRequests, map[string]any{"error": &apiError{Code: api.CodeRateLimited,
					Message: fmt.Sprintf("more than %v requests/s from your address; retry in %s", s.cfg.RatePerSecond, retry.Round(time.Millisecond))}})
				return
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) allowOrigin(origin string) string {
	for _, o := range s.cfg.AllowedOrigins {
		if o == "*" {
			return "*"
		}
		if strings.EqualFold(o, origin) {
			return origin
		}
	}
	return ""
}

func (s *Server) clientIP(r *http.Request) string {
	if s.cfg.TrustForwardedFor {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			first, _, _ := strings.Cut(xff, ",")
			return strings.TrimSpace(first)
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// clientLimiter is a token bucket per client IP, forgetting clients idle for ten minutes.
type clientLimiter struct {
	mu      sync.Mutex
	limit   rate.Limit
	burst   int
	clock   indexer.Clock
	clients map[string]*clientBucket
	swept   time.Time
}

type clientBucket struct {
	l    *rate.Limiter
	seen time.Time
}

func newClientLimiter(limit rate.Limit, burst int, clock indexer.Clock) *clientLimiter {
	return &clientLimiter{limit: limit, burst: burst, clock: clock, clients: map[string]*clientBucket{}, swept: clock.Now()}
}

func (c *clientLimiter) allow(ip string) (bool, time.Duration) {
	now := c.clock.Now()
	c.mu.Lock()
	defer c.mu.Unlock()
	if now.Sub(c.swept) > time.Minute {
		for k, b := range c.clients {
			if now.Sub(b.seen) > 10*time.Minute {
				delete(c.clients, k)
			}
		}
		c.swept = now
	}
	b, ok := c.clients[ip]
	if !ok {
		b = &clientBucket{l: rate.NewLimiter(c.limit, c.burst)}
		c.clients[ip] = b
	}
	b.seen = now
	res := b.l.ReserveN(now, 1)
	if d := res.DelayFrom(now); d > 0 {
		res.CancelAt(now)
		return false, d
	}
	return true, 0
}

func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.healthz)
	if s.deps.Gatherer != nil {
		mux.Handle("GET /metrics", promhttp.HandlerFor(s.deps.Gatherer, promhttp.HandlerOpts{}))
	}
	s.route(mux, "GET /v1/status", s.status)
	s.route(mux, "GET /v1/stats", s.stats)
	s.route(mux, "GET /v1/machines", s.machines)
	s.route(mux, "GET /v1/machines/{id}", s.machine)
	s.route(mux, "GET /v1/providers", s.providers)
	s.route(mux, "GET /v1/providers/{address}", s.provider)
	s.route(mux, "GET /v1/stakes", s.stakes)
	s.route(mux, "GET /v1/leases", s.leases)
	s.route(mux, "GET /v1/leases/{id}", s.lease)
	s.route(mux, "GET /v1/earnings/{account}", s.earnings)
	s.route(mux, "GET /v1/inspectors", s.inspectors)
	s.route(mux, "GET /v1/gpus/{id}", s.gpu)
	s.route(mux, "GET /v1/attestations", s.attestations)
	s.route(mux, "GET /v1/slashes", s.slashes)
	s.route(mux, "GET /v1/events", s.events)
	s.route(mux, "GET /v1/prices", s.prices)
	s.route(mux, "GET /v1/params", s.params)
	s.route(mux, "GET /v1/signer-sets", s.signerSets)
	s.route(mux, "GET /v1/rewards/epochs", s.rewardEpochs)
	s.route(mux, "GET /v1/rewards/epochs/{epoch}", s.rewardEpoch)
	s.route(mux, "POST /v1/rewards/epochs/{epoch}/tree", s.postRewardTree)
	s.route(mux, "GET /v1/rewards/proofs/{account}", s.rewardProof)
	s.route(mux, "GET /v1/quotes/search", s.searchQuotes)
	s.route(mux, "POST /v1/quotes", s.postQuote)
	s.route(mux, "GET /v1/quotes/{digest}", s.quote)
	s.route(mux, "GET /v1/deployment", s.deployment)
	s.route(mux, "GET /v1/swaps/{id}", s.swap)
	s.route(mux, "GET /v1/series/prices", s.seriesPrices)
	s.route(mux, "GET /v1/series/gpus", s.seriesGPUs)
	s.route(mux, "GET /v1/series/earnings", s.seriesEarnings)
	s.route(mux, "GET /v1/series/checks", s.seriesChecks)
	if s.deps.Gateways != nil {
		s.deps.Gateways.routes(s, mux)
	}
	if s.deps.Console != nil {
		mux.Handle("/console/", s.deps.Console) // it answers 405 to anything but GET and HEAD
		mux.Handle("GET /{$}", http.RedirectHandler("/console/", http.StatusFound))
	}
	s.route(mux, "/", func(r *http.Request) (any, error) {
		return nil, notFound("no route %s %s (see /v1/status, /v1/machines, /v1/quotes/search, ...)", r.Method, r.URL.Path)
	})
	return s.guard(mux)
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	ctx, cancel := context.WithTimeout(r.Context(), 3*time.Second)
	defer cancel()
	body := map[string]any{"status": "ok"}
	var problems []string
	if err := s.deps.DB.Healthy(ctx); err != nil {
		problems = append(problems, err.Error())
	}
	if s.deps.Follower != nil {
		body["index"] = s.deps.Follower.Status()
	}
	if s.deps.Health != nil {
		services := map[string]string{}
		for name, err := range s.deps.Health.HealthReport() {
			services[name] = "ok"
			if err != nil {
				services[name] = err.Error()
				problems = append(problems, name+": "+err.Error())
			}
		}
		body["services"] = services
	}
	sort.Strings(problems)
	if len(problems) > 0 {
		body["status"], body["errors"] = "unhealthy", problems
		s.writeJSON(w, http.StatusServiceUnavailable, body)
		return
	}
	s.writeJSON(w, http.StatusOK, body)
}

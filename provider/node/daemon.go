package node

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ipfs/go-cid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/follow"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
	"github.com/idlegrid/idlegrid/oracle/service"
	"github.com/idlegrid/idlegrid/provider/gateway"
	"github.com/idlegrid/idlegrid/provider/job"
)

// ProofPath is where the node serves the challenge session.
const ProofPath = "/proof/v2/session"

// DaemonConfig is the whole provider node: the lease engine, the follower, the servers.
type DaemonConfig struct {
	Node    Config
	Follow  follow.Config
	Gateway gateway.Config
	Uploads UploadLimits
	Pricing PricingPolicy
	// Ops is the address of /healthz and /metrics (keep it on loopback or a private network); empty serves
	// neither.
	Ops string
	// Spec is the machine's spec document; Publish lists the machine with it (or updates its metadata) at
	// start.
	Spec    MachineSpec
	Publish bool
}

// DaemonDeps are the parts built by the caller: the chain adapters, the store, the runtime, the key.
type DaemonDeps struct {
	Deps
	// Chain is what the follower reads.
	Chain follow.Chain
	// Signer is the node key (the provider's): it signs the gateway's certificate, echoes, receipts and
	// challenge answers.
	Signer oracle.DigestSigner
	// Domain is the gateway's token domain: oracle.GatewayDomain(chain id, LeaseEscrow).
	Domain     oracle.Domain
	Machines   Machines
	Inspectors Inspectors
	Quotes     QuoteSigner
	Book       QuoteBook
	// Provers answer challenges, one per GPU (empty: no challenge session is served).
	Provers []proofsession.GPU
	// Runtime, when it is a service (provider/runtime.Runtime), is started first.
	RuntimeService service.Service
	Registry       *prometheus.Registry
}

// Daemon is the running node: a service.Group of its parts.
type Daemon struct {
	*service.Group
	Node     *Node
	Follower *follow.Follower
	Gateway  *gateway.Server
	spec     MachineSpec
	log      zerolog.Logger

	mu      sync.Mutex
	opsAddr string
	specCID string
}

// NewDaemon builds the node's parts; nothing runs until Start.
func NewDaemon(cfg DaemonConfig, deps DaemonDeps) (*Daemon, error) {
	if deps.Signer == nil || deps.Chain == nil || deps.Machines == nil || deps.Inspectors == nil {
		return nil, errors.New("node: signer, chain, machines and inspectors are required")
	}
	if deps.Signer.Address() != deps.Provider {
		return nil, fmt.Errorf("node: the key is %s, the provider %s", deps.Signer.Address(), deps.Provider)
	}
	if deps.Registry == nil {
		deps.Registry = prometheus.NewRegistry()
	}
	deps.Registerer = deps.Registry
	n, err := New(cfg.Node, deps.Deps)
	if err != nil {
		return nil, err
	}
	fm := follow.NewMetrics(deps.Registry, "provider_follower")
	f, err := follow.New("follower", cfg.Follow, deps.Chain, n.FollowStore(), follow.SystemClock{}, deps.Log, fm)
	if err != nil {
		return nil, err
	}
	public, err := publicHandler(n, deps, cfg.Node.Machine, cfg.Spec)
	if err != nil {
		return nil, err
	}
	gws := n.Gateway(cfg.Uploads)
	srv, err := gateway.New(cfg.Gateway, gateway.Deps{Node: deps.Signer, Domain: deps.Domain, Leases: gws, Workloads: gws, Content: gws,
		Public: public, Registerer: deps.Registry, Log: deps.Log.With().Str("component", "gateway").Logger()})
	if err != nil {
		return nil, err
	}
	d := &Daemon{Node: n, Follower: f, Gateway: srv, spec: cfg.Spec, log: deps.Log.With().Str("component", "provider").Logger()}
	var members []service.Service
	if deps.RuntimeService != nil {
		members = append(members, deps.RuntimeService)
	}
	if cfg.Publish {
		members = append(members, service.Build("machine", func(ctx context.Context) (service.Service, error) {
			c, txs, err := Publish(ctx, deps.Content, deps.Machines, cfg.Node.Machine, cfg.Spec)
			if err != nil {
				return nil, err
			}
			d.mu.Lock()
			d.specCID = c.String()
			d.mu.Unlock()
			for _, tx := range txs {
				tx.Kind, tx.At = "machine", time.Now()
				if err := deps.Store.RecordTx(ctx, tx); err != nil {
					return nil, err
				}
			}
			d.log.Info().Str("machine", cfg.Node.Machine.Hex()).Str("spec", c.String()).Int("txs", len(txs)).Msg("machine listed with its spec")
			return nil, nil
		}))
	}
	members = append(members, f, n, srv)
	if cfg.Pricing.USDPerGPUHour > 0 && deps.Quotes != nil && deps.Book != nil {
		q, err := NewQuoter(cfg.Pricing, cfg.Node.Machine, deps.Machines, deps.Quotes, deps.Book, deps.Clock, deps.Log)
		if err != nil {
			return nil, err
		}
		members = append(members, q)
	}
	d.Group = service.NewGroup("provider", members...)
	if cfg.Ops != "" {
		d.Group.Add(&opsServer{d: d, addr: cfg.Ops, reg: deps.Registry})
	}
	return d, nil
}

// SpecCID is the machine spec's CID once published.
func (d *Daemon) SpecCID() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.specCID
}

// OpsAddr is the address /healthz and /metrics are served on (after Start).
func (d *Daemon) OpsAddr() string {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.opsAddr
}

// publicHandler serves what the node's TLS listener answers besides the renter gateway: the trustless
// content gateway for the machine's spec (read-only: uploads go through the gateway's own routes), the liveness
// echo and receipts, the signed result CID of each ended lease, and the challenge session on idle GPUs.
func publicHandler(n *Node, deps DaemonDeps, machine common.Hash, spec MachineSpec) (http.Handler, error) {
	lh, err := liveness.NewHandler(liveness.HandlerConfig{Signer: deps.Signer, Machines: []common.Hash{machine}, Receipts: n,
		Results: n, Authorizer: deps.Inspectors}, deps.Log)
	if err != nil {
		return nil, err
	}
	n.PinContent(job.CIDOf(spec.Encode())) // the content sweep keeps the machine spec inspectors and renters read
	mux := http.NewServeMux()
	cg := content.NewGateway(deps.Content, content.GatewayConfig{}, deps.Log)
	mux.Handle("/ipfs/", publishedOnly(cg, lh.ResultContent(cg), job.CIDOf(spec.Encode()))) // a spec is one raw block: Publish's CID
	mux.Handle(liveness.EchoPath, lh)
	mux.Handle(liveness.ReceiptsPath, lh)
	mux.Handle(liveness.ResultPath, lh)
	if len(deps.Provers) > 0 {
		ps, err := proofsession.NewServer(proofsession.ServerConfig{Signer: deps.Signer, Machine: machine, GPUs: deps.Provers,
			Authorizer: deps.Inspectors, Leased: n.Leased}, deps.Log)
		if err != nil {
			return nil, err
		}
		mux.Handle(ProofPath, ps)
	}
	return mux, nil
}

// publishedOnly lets through to the content gateway h, for anyone, only requests for the roots the node
// publishes (its machine spec); every other request goes to results, which serves an ended lease's result to
// active inspectors (liveness.Handler.ResultContent) and answers anything else as content this node does not
// have. The store also holds renters' job specs (whose env may carry secrets), uploads and outputs, and their
// CIDs are public on chain (the bound job, the recorded result): those reach their renter through the
// token-checked routes, and a result also the inspectors that attest it.
func publishedOnly(h, results http.Handler, published ...cid.Cid) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rest, _ := strings.CutPrefix(r.URL.Path, "/ipfs/")
		c, err := cid.Decode(rest)
		switch {
		case err == nil && slices.Contains(published, c):
			h.ServeHTTP(w, r)
		case err == nil:
			results.ServeHTTP(w, r)
		default:
			http.Error(w, "not found: this node serves only its machine spec here", http.StatusNotFound)
		}
	})
}

// opsServer serves /healthz (the daemon's health report) and /metrics.
type opsServer struct {
	d    *Daemon
	addr string
	reg  *prometheus.Registry
	srv  *http.Server
	done chan error
}

func (o *opsServer) Name() string { return "ops" }

func (o *opsServer) Start(ctx context.Context) error {
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", o.addr)
	if err != nil {
		return fmt.Errorf("ops: listen on %s: %w", o.addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(o.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", o.healthz)
	o.srv = &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	o.done = make(chan error, 1)
	go func() { o.done <- o.srv.Serve(l) }()
	o.d.mu.Lock()
	o.d.opsAddr = l.Addr().String()
	o.d.mu.Unlock()
	return nil
}

func (o *opsServer) Close() error {
	if o.srv == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	err := o.srv.Shutdown(ctx)
	<-o.done
	o.srv = nil
	return err
}

func (o *opsServer) Healthy() error {
	if o.srv == nil {
		return service.ErrNotStarted
	}
	return nil
}

func (o *opsServer) healthz(w http.ResponseWriter, _ *http.Request) {
	body := map[string]any{"status": "ok"}
	services := map[string]string{}
	var problems []string
	for name, err := range o.d.HealthReport() {
		if name == "provider/ops" {
			continue
		}
		services[name] = "ok"
		if err != nil {
			services[name] = err.Error()
			problems = append(problems, name+": "+err.Error())
		}
	}
	body["services"] = services
	st := o.d.Follower.Status()
	body["chain"] = st
	if c := o.d.SpecCID(); c != "" {
		body["machineSpec"] = c
	}
	sort.Strings(problems)
	code := http.StatusOK
	if len(problems) > 0 {
		body["status"], body["errors"], code = "unhealthy", problems, http.StatusServiceUnavailable
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(body)
}

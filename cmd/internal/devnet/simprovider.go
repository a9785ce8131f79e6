package devnet

import (
	"bytes"
	"context"
	"crypto/tls"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/node"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// SimProviderConfig is a machine of simulated GPUs whose inspector-facing surface the devnet serves itself:
// the provider node's liveness echo and receipts (oracle/liveness), challenge session (oracle/proofsession,
// each GPU proving with the CPU prover the SIM class uses) and content gateway (the machine's spec document),
// on one TLS listener bound to the provider's key, exactly as a provider node mounts them. It runs no jobs: it
// is what inspectors check when no provider node (with its container runtime) runs.
type SimProviderConfig struct {
	Enabled bool
	// Account is the dev account that stakes and lists the machine (it must not be an inspector's).
	Account int
	// Name names the machine (its id is keccak256(provider, name)); GPUs is how many simulated GPUs it has.
	Name string
	GPUs int
	// Network, if set, wraps everything the node serves: tests put the network's faults there (requests
	// dropped, answers delayed) between the inspectors and an honest node.
	Network func(http.Handler) http.Handler
}

// DefaultSimProviderConfig is account 1's "sim-1" with two GPUs, off.
func DefaultSimProviderConfig() SimProviderConfig {
	return SimProviderConfig{Account: 1, Name: "sim-1", GPUs: 2}
}

// SimProvider is the running sim provider.
type SimProvider struct {
	cfg     SimProviderConfig
	n       *Node
	d       *deployment.Deployment
	key     *keys.Signer
	machine common.Hash
	gpus    []string
	log     zerolog.Logger

	mu      sync.Mutex
	echoes  map[common.Address]int
	conn    *protocol.Conn
	srv     *http.Server
	done    chan error
	url     string
	stopped bool
	// store is what its content gateway serves (the spec, and results a test adds); results the CIDs it
	// publishes as leases' results, by lease id.
	store   *content.Store
	results map[string]string
}

func (n *Node) newSimProvider(d *deployment.Deployment) (*SimProvider, error) {
	cfg := n.cfg.SimProvider
	accts := n.Accounts()
	if cfg.Account <= 0 || cfg.Account >= len(accts) || accts[cfg.Account].Role != RoleUser {
		return nil, fmt.Errorf("devnet: sim provider: account %d: pick a dev account that is neither the deployer nor an inspector", cfg.Account)
	}
	if cfg.GPUs < 1 || cfg.GPUs > 8 || cfg.Name == "" {
		return nil, fmt.Errorf("devnet: sim provider: %d GPUs named %q: 1 to 8 GPUs and a name", cfg.GPUs, cfg.Name)
	}
	key := keys.NewSigner(accts[cfg.Account].Key)
	p := &SimProvider{cfg: cfg, n: n, d: d, key: key, machine: protocol.MachineID(key.Address(), cfg.Name),
		log: n.log.With().Str("component", "sim-provider").Logger()}
	for i := range cfg.GPUs {
		p.gpus = append(p.gpus, fmt.Sprintf("GPU-SIM-%s-%d", cfg.Name, i))
	}
	return p, nil
}

// Name is the service's name.
func (p *SimProvider) Name() string { return "sim-provider" }

// Machine is the listed machine's id; Provider its provider; URL the node's base URL (https).
func (p *SimProvider) Machine() common.Hash     { return p.machine }
func (p *SimProvider) Provider() common.Address { return p.key.Address() }
func (p *SimProvider) GPUs() []string           { return append([]string(nil), p.gpus...) }
func (p *SimProvider) Key() oracle.DigestSigner { return p.key }
func (p *SimProvider) URL() string              { p.mu.Lock(); defer p.mu.Unlock(); return p.url }

// ActiveInspector implements the liveness and proof session Authorizer: the staking contract's inspector role.
func (p *SimProvider) ActiveInspector(ctx context.Context, a common.Address) (bool, error) {
	st, err := protocol.NewStaking(p.conn).Info(ctx, a, oracle.RoleInspector)
	if err != nil {
		return false, err
	}
	return st.ActiveInspector, nil
}

// Receipts implements liveness.ReceiptSource: the GPUs open leases hold (the first as many as the listing has
// reserved). No container runs them here, and the receipts say so.
func (p *SimProvider) Receipts(ctx context.Context, _ common.Hash) ([]liveness.GPUReceipt, error) {
	m, err := protocol.NewMachines(p.conn).Get(ctx, p.machine)
	if err != nil {
		return nil, err
	}
	var out []liveness.GPUReceipt
	for i := 0; i < int(m.ReservedGPUs) && i < len(p.gpus); i++ {
		out = append(out, liveness.GPUReceipt{UUID: p.gpus[i], LeaseID: big.NewInt(0)})
	}
	return out, nil
}

// AddContent adds data to what the node's content gateway serves and returns its CID.
func (p *SimProvider) AddContent(ctx context.Context, data []byte) (string, error) {
	p.mu.Lock()
	store := p.store
	p.mu.Unlock()
	if store == nil {
		return "", errors.New("devnet: sim provider: not started")
	}
	c, err := store.AddBytes(ctx, data)
	return c.String(), err
}

// PublishResult makes the node publish cid, signed by its key, as lease's result (whether or not it can serve
// the content: tests make it lie).
func (p *SimProvider) PublishResult(lease *big.Int, cid string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.results == nil {
		p.results = map[string]string{}
	}
	p.results[lease.String()] = cid
}

// Result implements liveness.ResultSource: what PublishResult set.
func (p *SimProvider) Result(_ context.Context, _ common.Hash, lease *big.Int) (string, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	c, ok := p.results[lease.String()]
	if !ok {
		return "", liveness.ErrNoResult
	}
	return c, nil
}

// Start serves the node's surface, stakes what the listing needs and lists the machine with its spec's CID (or
// points the listing at the new spec when the endpoint moved).
func (p *SimProvider) Start(ctx context.Context) error {
	client, err := p.n.chain.Client()
	if err != nil {
		return err
	}
	ccfg := chain.DefaultConfig()
	ccfg.PollInterval = p.n.cfg.PollInterval
	sub, err := chain.NewSubmitter(ccfg, client, p.key, new(big.Int).SetUint64(p.n.cfg.Chain.ChainID), protocol.Errors(), p.log)
	if err != nil {
		return err
	}
	p.conn = protocol.NewConn(client, *p.d, sub)
	var gpus []proofsession.GPU
	for _, u := range p.gpus {
		gpus = append(gpus, proofsession.GPU{UUID: u, Prover: proof.NewProver(proof.CPU{Workers: 1}, 1, p.log)})
	}
	ps, err := proofsession.NewServer(proofsession.ServerConfig{Signer: p.key, Machine: p.machine, GPUs: gpus, Authorizer: p}, p.log)
	if err != nil {
		return err
	}
	lh, err := liveness.NewHandler(liveness.HandlerConfig{Signer: p.key, Machines: []common.Hash{p.machine}, Receipts: p, Results: p,
		Authorizer: p}, p.log)
	if err != nil {
		return err
	}
	var lc net.ListenConfig
	l, err := lc.Listen(ctx, "tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	cert, err := gateway.NodeCertificate(ctx, p.key, time.Now().Add(-time.Hour), time.Now().Add(29*24*time.Hour))
	if err != nil {
		l.Close()
		return err
	}
	store := content.NewMemoryStore()
	p.mu.Lock()
	p.store = store
	p.mu.Unlock()
	spec := map[string]any{"version": 1, "provider": p.key.Address(), "name": p.cfg.Name, "class": proof.SimClass,
		"endpoint": l.Addr().String(), "gpus": func() []map[string]any {
			var gs []map[string]any
			for i, u := range p.gpus {
				gs = append(gs, map[string]any{"index": i, "name": "Simulated GPU", "uuid": u})
			}
			return gs
		}()}
	raw, _ := json.Marshal(spec)
	specCID, err := store.AddBytes(ctx, raw)
	if err != nil {
		l.Close()
		return err
	}
	mux := http.NewServeMux()
	mux.Handle(node.ProofPath, ps)
	mux.Handle(liveness.EchoPath, p.countEchoes(lh))
	mux.Handle(liveness.ReceiptsPath, lh)
	mux.Handle(liveness.ResultPath, lh)
	// As a provider node serves it: the spec to anyone, a lease's result to an active inspector with a signed
	// access (provider/node's publishedOnly), nothing else.
	gw := content.NewGateway(store, content.GatewayConfig{}, p.log)
	results := lh.ResultContent(gw)
	mux.Handle("/ipfs/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.TrimPrefix(r.URL.Path, "/ipfs/") == specCID.String() {
			gw.ServeHTTP(w, r)
			return
		}
		results.ServeHTTP(w, r)
	}))
	var h http.Handler = mux
	if p.cfg.Network != nil {
		h = p.cfg.Network(mux)
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second,
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}, MinVersion: tls.VersionTLS13}}
	done := make(chan error, 1)
	go func() { done <- srv.ServeTLS(l, "", "") }()
	p.mu.Lock()
	p.srv, p.done, p.url, p.stopped = srv, done, "https://"+l.Addr().String(), false
	p.mu.Unlock()
	if err := p.publish(ctx, specCID.String(), l.Addr().String()); err != nil {
		p.Close()
		return err
	}
	p.log.Info().Str("machine", p.machine.Hex()).Str("endpoint", l.Addr().String()).Msg("sim provider serving")
	return nil
}

func (p *SimProvider) publish(ctx context.Context, meta, endpoint string) error {
	machines := protocol.NewMachines(p.conn)
	m, err := machines.Get(ctx, p.machine)
	switch {
	case err == nil && m.Listed && m.Metadata == meta && m.Endpoint == endpoint:
		return nil
	case err == nil && m.Listed:
		_, err = machines.Update(ctx, p.machine, meta, endpoint)
		return err
	case err != nil && !errors.Is(err, protocol.ErrMachineNotFound):
		return err
	}
	per, err := protocol.NewStaking(p.conn).MinStakePerGPU(ctx, proof.SimClass)
	if err != nil {
		return err
	}
	need := new(big.Int).Mul(per, big.NewInt(int64(len(p.gpus))))
	st, err := protocol.NewStaking(p.conn).Info(ctx, p.key.Address(), oracle.RoleProvider)
	if err != nil {
		return err
	}
	if free := new(big.Int).Sub(st.Active, st.Locked); free.Cmp(need) < 0 {
		if _, err := protocol.NewStaking(p.conn).Stake(ctx, oracle.RoleProvider, new(big.Int).Sub(need, free)); err != nil {
			return fmt.Errorf("sim provider: stake: %w", err)
		}
	}
	_, _, err = machines.List(ctx, protocol.Listing{ID: p.machine, Class: proof.SimClass, GPUs: uint32(len(p.gpus)), Metadata: meta, Endpoint: endpoint})
	return err
}

// countEchoes counts the echoes answered (200) to each inspector.
func (p *SimProvider) countEchoes(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
		if err != nil {
			http.Error(w, `{"error":"read"}`, http.StatusBadRequest)
			return
		}
		var req struct {
			Inspector common.Address `json:"inspector"`
		}
		_ = json.Unmarshal(body, &req)
		r.Body = io.NopCloser(bytes.NewReader(body))
		sw := &statusWriter{ResponseWriter: w, status: http.StatusOK}
		h.ServeHTTP(sw, r)
		if sw.status == http.StatusOK && sw.err == nil {
			p.mu.Lock()
			if p.echoes == nil {
				p.echoes = map[common.Address]int{}
			}
			p.echoes[req.Inspector]++
			p.mu.Unlock()
		}
	})
}

type statusWriter struct {
	http.ResponseWriter
	status int
	err    error
}

func (s *statusWriter) WriteHeader(code int) { s.status = code; s.ResponseWriter.WriteHeader(code) }
func (s *statusWriter) Write(b []byte) (int, error) {
	n, err := s.ResponseWriter.Write(b)
	if err != nil {
		s.err = err
	}
	return n, err
}

// EchoesAnswered is how many liveness echoes the node answered to inspector.
func (p *SimProvider) EchoesAnswered(inspector common.Address) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.echoes[inspector]
}

// Stop takes the node off the network at once (open connections cut): the machine is down from now.
func (p *SimProvider) Stop() {
	p.mu.Lock()
	srv := p.srv
	p.stopped = true
	p.mu.Unlock()
	if srv != nil {
		srv.Close()
	}
}

// Close implements service.Service.
func (p *SimProvider) Close() error {
	p.mu.Lock()
	srv, done := p.srv, p.done
	p.srv = nil
	p.mu.Unlock()
	if srv == nil {
		return nil
	}
	srv.Close()
	<-done
	return nil
}

// Healthy is nil while the node serves (a stopped one is down on purpose).
func (p *SimProvider) Healthy() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.srv == nil && !p.stopped {
		return errors.New("sim provider: not serving")
	}
	return nil
}

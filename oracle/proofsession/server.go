package proofsession

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Authorizer answers whether an address is an active inspector now. The provider node plugs in chain
// state (the staking contract's inspector role); tests plug in a set.
type Authorizer interface {
	ActiveInspector(ctx context.Context, inspector common.Address) (bool, error)
}

// Attester produces a vendor attestation report bound to nonce for one GPU. Optional: GPUs without
// confidential computing have none.
type Attester interface {
	Attest(ctx context.Context, uuid string, nonce common.Hash) (*Attestation, error)
}

// GPU is one device the server answers for.
type GPU struct {
	UUID   string
	Prover *proof.Prover
}

// ServerConfig is the provider side of the challenge session.
type ServerConfig struct {
	// Signer is the provider's node key: its address must be the challenges' Provider.
	Signer oracle.DigestSigner
	// Machine is the machine id the GPUs are listed under.
	Machine common.Hash
	// GPUs are the machine's devices, by UUID.
	GPUs []GPU
	// Authorizer decides which inspectors may challenge.
	Authorizer Authorizer
	// Attester, if set, attaches an attestation report to every commitment.
	Attester Attester
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Leased, if set, says which GPUs a lease holds now: a challenge naming one is refused (ErrLeased) before
	// anything is computed, since the renter's job has the GPU; inspectors read leased GPUs' receipts instead.
	Leased func(uuid string) bool
	// ChaseWait is how long a committed capacity challenge keeps its GPU's state for the inspector's
	// chase before releasing the GPU (0: DefaultChaseWait). A chase arriving later is refused.
	ChaseWait time.Duration
	// MaxConns bounds the sessions open at once (0: DefaultMaxConns), counted apart for connections that have
	// not yet brought an accepted challenge batch (strangers, and inspectors in their first pings) and those
	// that have (authenticated inspectors): a new connection is refused before the upgrade only when MaxConns
	// unauthenticated ones are open, and a batch is refused only when MaxConns authenticated ones are, so
	// strangers' connections never take an authenticated inspector's slot.
	MaxConns int
	// MaxConnsPerAddr bounds the unauthenticated connections from one source address (an IPv4 address, an
	// IPv6 /64) at once (0: DefaultMaxConnsPerAddr); more are refused before the upgrade. One stranger
	// reconnecting every AuthWait then holds a few slots, not all of them. The address is the TCP peer's:
	// a proxy in front of the node makes every client one address.
	MaxConnsPerAddr int
	// AuthWait is how long a connection may stay open before an inspector's challenge batch is accepted on it
	// (0: DefaultAuthWait); IdleWait bounds the wait for each frame after that (0: DefaultIdleWait). The
	// upgrade comes before anyone is known (the pings measure the round trip first), so a stranger's silent
	// connections must not be held.
	AuthWait, IdleWait time.Duration
}

// Defaults of ServerConfig's bounds: a machine has a few inspectors challenging it, each with one session at a
// time, whose pings take well under a second; a frame after the challenge comes within its deadlines. Several
// inspectors may share an address (a devnet's five on loopback, or one NAT), each unauthenticated only for its
// pings: 8 an address leaves them room, and a stranger needs 8 addresses to fill the 64.
const (
	DefaultMaxConns        = 64
	DefaultMaxConnsPerAddr = 8
	DefaultAuthWait        = 30 * time.Second
	DefaultIdleWait        = 5 * time.Minute
)

// DefaultChaseWait is the default ServerConfig.ChaseWait: an inspector sends the chase as soon as it
// accepted the commitment, so a few seconds of network would do; this leaves room for slow links
// without letting an inspector hold a GPU.
const DefaultChaseWait = 30 * time.Second

// Server is the provider's end: an http.Handler the provider node mounts (for example at
// /proof/v2/session) that upgrades to a WebSocket and answers one inspector's challenges on it. It
// answers pings at once (the inspector measures the round trip on this same connection), runs every
// GPU's challenge of a batch at the same moment, signs each commitment and opening with the node key,
// and refuses unsigned, unauthorized, expired or replayed challenges.
type Server struct {
	cfg      ServerConfig
	log      zerolog.Logger
	upgrader websocket.Upgrader
	gpus     map[string]*proof.Prover

	mu        sync.Mutex
	seen      map[proof.Hash]int64 // challenge id → expiry, never answered twice
	strangers int                  // connections open with no accepted challenge batch yet
	byAddr    map[string]int       // strangers by source address (sourceOf)
	authed    int                  // connections open that brought an accepted batch
}

// NewServer checks cfg and returns the handler.
func NewServer(cfg ServerConfig, log zerolog.Logger) (*Server, error) {
	if cfg.Signer == nil || cfg.Authorizer == nil || len(cfg.GPUs) == 0 {
		return nil, fmt.Errorf("proofsession: server needs a signer, an authorizer and at least one GPU")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.ChaseWait <= 0 {
		cfg.ChaseWait = DefaultChaseWait
	}
	if cfg.MaxConns <= 0 {
		cfg.MaxConns = DefaultMaxConns
	}
	if cfg.MaxConnsPerAddr <= 0 {
		cfg.MaxConnsPerAddr = DefaultMaxConnsPerAddr
	}
	if cfg.AuthWait <= 0 {
		cfg.AuthWait = DefaultAuthWait
	}
	if cfg.IdleWait <= 0 {
		cfg.IdleWait = DefaultIdleWait
	}
	gpus := map[string]*proof.Prover{}
	for _, g := range cfg.GPUs {
		if g.UUID == "" || g.Prover == nil || gpus[g.UUID] != nil {
			return nil, fmt.Errorf("proofsession: GPU %q: want a unique UUID and a prover", g.UUID)
		}
		gpus[g.UUID] = g.Prover
	}
	return &Server{cfg: cfg, gpus: gpus, seen: map[proof.Hash]int64{}, byAddr: map[string]int{},
		log:      log.With().Str("component", "proofsession-server").Logger(),
		upgrader: websocket.Upgrader{ReadBufferSize: 64 << 10, WriteBufferSize: 64 << 10}}, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	addr := sourceOf(r.RemoteAddr)
	s.mu.Lock()
	full, crowded := s.strangers >= s.cfg.MaxConns, s.byAddr[addr] >= s.cfg.MaxConnsPerAddr
	if !full && !crowded {
		s.strangers++
		s.byAddr[addr]++
	}
	s.mu.Unlock()
	switch {
	case full:
		http.Error(w, fmt.Sprintf("proofsession: %d unauthenticated sessions open, the most this node serves; retry later", s.cfg.MaxConns), http.StatusServiceUnavailable)
		return
	case crowded:
		http.Error(w, fmt.Sprintf("proofsession: %d unauthenticated sessions open from %s, the most this node serves one address; retry later", s.cfg.MaxConnsPerAddr, addr), http.StatusTooManyRequests)
		return
	}
	c := &serverConn{s: s, addr: addr, sessions: map[proof.Hash]*serverSession{}, authBy: time.Now().Add(s.cfg.AuthWait)} // a deadline: wall time
	defer c.release()
	conn, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // the upgrader has answered with an HTTP error
	}
	defer conn.Close()
	conn.SetReadLimit(proof.MaxRequestBytes * 2)
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	c.conn = conn
	err = c.serve(ctx)
	cancel()
	c.wg.Wait()
	// A capacity challenge holds its GPU's state from the commitment to the chase: release whatever
	// the inspector left unfinished.
	for _, ss := range c.sessions {
		if ss.sess != nil {
			ss.sess.Close()
		}
	}
	s.log.Debug().Err(err).Msg("session ended") // serve returns only when the connection fails or closes
}

type serverSession struct {
	ch        proof.Challenge
	inspector proof.Address
	ready     chan struct{} // closed once sess (or failed) is set
	sess      *proof.ProverSession
	root      proof.Hash
	failed    bool
	mu        sync.Mutex // serialises the chase, the opening and the release on sess
	chasing   chan struct{}
	chaseOnce sync.Once
}

type serverConn struct {
	s        *Server
	addr     string // source address, while the connection counts as a stranger
	conn     *websocket.Conn
	wmu      sync.Mutex
	wg       sync.WaitGroup
	mu       sync.Mutex
	sessions map[proof.Hash]*serverSession
	// authBy is when the connection closes unless a challenge batch was accepted (then authed is set).
	// authed is read and set only on the connection's own goroutine (serve and its caller).
	authBy time.Time
	authed bool
}

// sourceOf is the address a connection counts against in MaxConnsPerAddr: the peer's IPv4 address, or its
// IPv6 /64 (one host is commonly given a whole /64).
func sourceOf(remote string) string {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		host = remote
	}
	ip, err := netip.ParseAddr(host)
	if err != nil {
		return host
	}
	ip = ip.Unmap()
	if ip.Is4() {
		return ip.String()
	}
	p, _ := ip.Prefix(64)
	return p.String()
}

// promote moves the connection from the strangers to the authenticated connections, once its first batch is
// accepted; it fails when MaxConns authenticated connections are open.
func (c *serverConn) promote() error {
	if c.authed {
		return nil
	}
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.authed >= s.cfg.MaxConns {
		return fmt.Errorf("%w: %d inspector sessions open, the most this node serves; retry later", ErrProtocol, s.cfg.MaxConns)
	}
	s.authed++
	s.strangers--
	if s.byAddr[c.addr]--; s.byAddr[c.addr] <= 0 {
		delete(s.byAddr, c.addr)
	}
	c.authed = true
	return nil
}

// release gives back the connection's slot when it ends.
func (c *serverConn) release() {
	s := c.s
	s.mu.Lock()
	defer s.mu.Unlock()
	if c.authed {
		s.authed--
		return
	}
	s.strangers--
	if s.byAddr[c.addr]--; s.byAddr[c.addr] <= 0 {
		delete(s.byAddr, c.addr)
	}
}

func (c *serverConn) send(f frame) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	return c.conn.WriteJSON(f)
}

func (c *serverConn) fail(id *proof.Hash, err error) error {
	f := frame{Type: typeError, Message: err.Error()}
	if id != nil {
		f.Challenge = hashPtr(*id)
	}
	return c.send(f)
}

func (c *serverConn) serve(ctx context.Context) error {
	for {
		deadline := c.authBy
		if c.authed {
			deadline = time.Now().Add(c.s.cfg.IdleWait)
		}
		_ = c.conn.SetReadDeadline(deadline)
		var f frame
		if err := c.conn.ReadJSON(&f); err != nil {
			return err
		}
		switch f.Type {
		case typePing:
			if err := c.send(frame{Type: typePong, Seq: f.Seq}); err != nil {
				return err
			}
		case typeChallenge:
			if err := c.challenge(ctx, f); err != nil {
				if err := c.fail(nil, err); err != nil {
					return err
				}
			}
		case typeChase:
			if err := c.chase(ctx, f); err != nil {
				var id *proof.Hash
				if f.Challenge != nil {
					h := proof.Hash(*f.Challenge)
					id = &h
				}
				if err := c.fail(id, err); err != nil {
					return err
				}
			}
		case typeRequest:
			if err := c.request(ctx, f); err != nil {
				var id *proof.Hash
				if f.Challenge != nil {
					h := proof.Hash(*f.Challenge)
					id = &h
				}
				if err := c.fail(id, err); err != nil {
					return err
				}
			}
		default:
			if err := c.fail(nil, fmt.Errorf("%w: frame type %q", ErrProtocol, f.Type)); err != nil {
				return err
			}
		}
	}
}

// challenge validates a batch and starts every GPU's prover at once.
func (c *serverConn) challenge(ctx context.Context, f frame) error {
	s := c.s
	if len(f.Challenges) == 0 || len(f.Challenges) > len(s.gpus) {
		return fmt.Errorf("%w: %d challenges for a machine of %d GPUs", ErrProtocol, len(f.Challenges), len(s.gpus))
	}
	chs := make([]proof.Challenge, len(f.Challenges))
	ids := make([]proof.Hash, len(f.Challenges))
	subjects := map[string]bool{}
	now := s.cfg.Now().Unix()
	for i, raw := range f.Challenges {
		ch, err := proof.DecodeChallenge(bytes.NewReader(raw))
		if err != nil {
			return fmt.Errorf("%w: challenge %d: %v", ErrProtocol, i, err)
		}
		switch {
		case ch.Provider != Address(s.cfg.Signer.Address()):
			return fmt.Errorf("%w: challenge %d is for provider %s, this node is %s", ErrUnauthorized, i, common.Address(ch.Provider), s.cfg.Signer.Address())
		case ch.Machine != s.cfg.Machine:
			return fmt.Errorf("%w: challenge %d is for machine %x", ErrUnauthorized, i, ch.Machine)
		case s.gpus[ch.Subject] == nil || subjects[ch.Subject]:
			return fmt.Errorf("%w: challenge %d names GPU %q", ErrUnknownGPU, i, ch.Subject)
		case ch.Expiry < now:
			return fmt.Errorf("%w: challenge %d expired at %d, now %d", ErrExpired, i, ch.Expiry, now)
		case s.cfg.Leased != nil && s.cfg.Leased(ch.Subject):
			return fmt.Errorf("%w: challenge %d names GPU %q, which a lease holds: read its receipt", ErrLeased, i, ch.Subject)
		case i > 0 && ch.Inspector != chs[0].Inspector:
			return fmt.Errorf("%w: one batch, several inspectors", ErrProtocol)
		}
		subjects[ch.Subject] = true
		chs[i], ids[i] = ch, ch.ID()
	}
	if err := checkSigner(ChallengeDigest(ids), f.Signature, chs[0].Inspector, "challenge batch"); err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	ok, err := s.cfg.Authorizer.ActiveInspector(ctx, common.Address(chs[0].Inspector))
	if err != nil {
		return fmt.Errorf("authorize inspector %s: %w", common.Address(chs[0].Inspector), err)
	}
	if !ok {
		return fmt.Errorf("%w: %s is not an active inspector", ErrUnauthorized, common.Address(chs[0].Inspector))
	}
	if err := c.promote(); err != nil {
		return err
	}
	s.mu.Lock()
	for id, exp := range s.seen {
		if exp < now {
			delete(s.seen, id)
		}
	}
	for _, id := range ids {
		if _, dup := s.seen[id]; dup {
			s.mu.Unlock()
			return fmt.Errorf("%w: %x", ErrReplayed, id)
		}
	}
	for i, id := range ids {
		s.seen[id] = chs[i].Expiry
	}
	s.mu.Unlock()
	for i := range chs {
		ss := &serverSession{ch: chs[i], inspector: chs[i].Inspector, ready: make(chan struct{}), chasing: make(chan struct{})}
		c.mu.Lock()
		c.sessions[ids[i]] = ss
		c.mu.Unlock()
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			c.commit(ctx, ids[i], ss)
		}()
	}
	return nil
}

func (c *serverConn) commit(ctx context.Context, id proof.Hash, ss *serverSession) {
	defer close(ss.ready)
	s := c.s
	sess, cm, err := s.gpus[ss.ch.Subject].Commit(ctx, ss.ch)
	if err != nil {
		ss.failed = true
		c.fail(&id, fmt.Errorf("%w: %v", ErrProver, err))
		return
	}
	var att *Attestation
	if s.cfg.Attester != nil {
		if att, err = s.cfg.Attester.Attest(ctx, ss.ch.Subject, AttestationNonce(id)); err != nil {
			s.log.Warn().Err(err).Str("gpu", ss.ch.Subject).Msg("attestation failed; committing without it")
			att = nil
		}
	}
	sig, err := s.cfg.Signer.SignDigest(ctx, CommitmentDigest(id, cm.Root, att))
	if err != nil {
		sess.Close()
		ss.failed = true
		c.fail(&id, fmt.Errorf("%w: sign commitment: %v", ErrProver, err))
		return
	}
	ss.sess, ss.root = sess, cm.Root
	c.send(frame{Type: typeCommitment, Challenge: hashPtr(id), Root: hashPtr(cm.Root), Attest: att, Signature: sig})
	if ss.ch.Params.Chains > 0 {
		// The GPU holds the sweep's state for the chase; release it if the chase does not come.
		c.wg.Add(1)
		go func() {
			defer c.wg.Done()
			t := time.NewTimer(s.cfg.ChaseWait)
			defer t.Stop()
			select {
			case <-ss.chasing:
			case <-ctx.Done():
			case <-t.C:
				ss.mu.Lock()
				sess.Close()
				ss.mu.Unlock()
				s.log.Info().Str("gpu", ss.ch.Subject).Dur("waited", s.cfg.ChaseWait).Msg("no chase came: GPU released")
			}
		}()
	}
}

// chase answers one signed chase request: the chase runs on the GPU that committed, right away.
func (c *serverConn) chase(ctx context.Context, f frame) error {
	if f.Challenge == nil || f.Root == nil || f.Seed == nil {
		return fmt.Errorf("%w: chase without challenge, root or seed", ErrProtocol)
	}
	id := proof.Hash(*f.Challenge)
	c.mu.Lock()
	ss := c.sessions[id]
	c.mu.Unlock()
	if ss == nil {
		return fmt.Errorf("%w: chase for challenge %x, not open on this connection", ErrProtocol, id)
	}
	req := proof.ChaseRequest{Challenge: id, Root: proof.Hash(*f.Root), Seed: proof.Hash(*f.Seed)}
	if err := checkSigner(ChaseDigest(req.Challenge, req.Root, req.Seed), f.Signature, ss.inspector, "chase request"); err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	ss.chaseOnce.Do(func() { close(ss.chasing) })
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		<-ss.ready
		if ss.failed {
			return
		}
		ss.mu.Lock()
		cm, err := ss.sess.Chase(ctx, req)
		ss.mu.Unlock()
		if err != nil {
			c.fail(&id, fmt.Errorf("%w: chase: %v", ErrProver, err))
			return
		}
		sig, err := c.s.cfg.Signer.SignDigest(ctx, ChaseCommitmentDigest(id, cm.Root))
		if err != nil {
			c.fail(&id, fmt.Errorf("%w: sign chase commitment: %v", ErrProver, err))
			return
		}
		c.send(frame{Type: typeChaseCm, Challenge: hashPtr(id), Root: hashPtr(cm.Root), Signature: sig})
	}()
	return nil
}

// request answers one signed opening request.
func (c *serverConn) request(ctx context.Context, f frame) error {
	if f.Challenge == nil || f.Root == nil || f.Body == nil {
		return fmt.Errorf("%w: request without challenge, root or body", ErrProtocol)
	}
	id := proof.Hash(*f.Challenge)
	c.mu.Lock()
	ss := c.sessions[id]
	c.mu.Unlock()
	if ss == nil {
		return fmt.Errorf("%w: request for challenge %x, not open on this connection", ErrProtocol, id)
	}
	if err := checkSigner(RequestDigest(id, proof.Hash(*f.Root), *f.Body), f.Signature, ss.inspector, "opening request"); err != nil {
		return fmt.Errorf("%w: %v", ErrUnauthorized, err)
	}
	req, err := proof.DecodeOpeningRequest(bytes.NewReader(*f.Body))
	if err != nil {
		return err
	}
	c.wg.Add(1)
	go func() {
		defer c.wg.Done()
		<-ss.ready
		if ss.failed {
			return
		}
		ss.mu.Lock()
		op, err := ss.sess.Open(ctx, req)
		ss.mu.Unlock()
		if err != nil {
			c.fail(&id, fmt.Errorf("%w: open: %v", ErrProver, err))
			return
		}
		var b bytes.Buffer
		if err := proof.EncodeOpening(&b, op); err != nil {
			c.fail(&id, err)
			return
		}
		body := json.RawMessage(bytes.TrimSpace(b.Bytes()))
		sig, err := c.s.cfg.Signer.SignDigest(ctx, OpeningDigest(id, ss.root, body))
		if err != nil {
			c.fail(&id, fmt.Errorf("%w: sign opening: %v", ErrProver, err))
			return
		}
		c.mu.Lock()
		delete(c.sessions, id) // one opening per challenge
		c.mu.Unlock()
		c.send(frame{Type: typeOpening, Challenge: hashPtr(id), Root: hashPtr(ss.root), Body: &body, Signature: sig})
	}()
	return nil
}

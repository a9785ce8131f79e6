package agree

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"golang.org/x/time/rate"

	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
)

// Config tunes a node.
type Config struct {
	// Domain is the AttestationQuorum's EIP-712 domain.
	Domain oracle.Domain
	// RoundTimeout is how long each leader has before the next in the ranking takes over (default 20 s).
	RoundTimeout time.Duration
	// RequestTimeout bounds one request to a peer (default 5 s).
	RequestTimeout time.Duration
	// MinRoundGap is the least time between two rounds one leader runs for the same decision (default 2 s).
	MinRoundGap time.Duration
	// MaxMessageBytes bounds a peer message (default 64 KiB).
	MaxMessageBytes int64
	// PeerRate and PeerBurst bound the messages of one peer (defaults 50/s, burst 200: a leader of many
	// decisions asks each peer once per decision and round). GlobalRate and GlobalBurst bound all messages
	// before their signatures are checked (defaults 500/s, burst 1000). SourceRate and SourceBurst bound the
	// messages from one network address before that (defaults: half the global ones), so one host cannot
	// spend the whole global budget and keep the signer set out.
	PeerRate, GlobalRate, SourceRate    rate.Limit
	PeerBurst, GlobalBurst, SourceBurst int
	// MaxSkew bounds a peer message's time against ours (default 2 min).
	MaxSkew time.Duration
	// SignerSetTTL is how long the signer set is cached for authenticating peers (default 10 s).
	SignerSetTTL time.Duration
	// MaxPending bounds the decisions a leader tracks nudges for (default 10,000).
	MaxPending int
}

// DefaultConfig is a production configuration for domain.
func DefaultConfig(domain oracle.Domain) Config {
	return Config{Domain: domain}
}

func (c *Config) fill() error {
	if _, err := c.Domain.Separator(); err != nil {
		return fmt.Errorf("agree: config: domain: %w", err)
	}
	def := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	def(&c.RoundTimeout, 20*time.Second)
	def(&c.RequestTimeout, 5*time.Second)
	def(&c.MinRoundGap, 2*time.Second)
	def(&c.MaxSkew, 2*time.Minute)
	def(&c.SignerSetTTL, 10*time.Second)
	if c.MaxMessageBytes <= 0 {
		c.MaxMessageBytes = 64 << 10
	}
	if c.PeerRate <= 0 {
		c.PeerRate = 50
	}
	if c.PeerBurst <= 0 {
		c.PeerBurst = 200
	}
	if c.GlobalRate <= 0 {
		c.GlobalRate = 500
	}
	if c.GlobalBurst <= 0 {
		c.GlobalBurst = 1000
	}
	if c.SourceRate <= 0 {
		c.SourceRate = c.GlobalRate / 2
	}
	if c.SourceBurst <= 0 {
		c.SourceBurst = max(c.GlobalBurst/2, 1)
	}
	if c.MaxPending <= 0 {
		c.MaxPending = 10_000
	}
	return nil
}

// Deps are what a node is built from.
type Deps struct {
	Signer oracle.DigestSigner
	Store  Store
	Chain  Chain
	Peers  Peers
	// Submitter posts what Decide's rounds aggregate; nil for a node whose callers post themselves (Attest).
	Submitter Submitter
	Rules     []Rule
	// Handlers serve extra message types at Path+type (names must not be the protocol's own).
	Handlers map[string]Handler
	// HTTP is the client for peer requests (nil: a default client; each request has its own timeout).
	HTTP    *http.Client
	Clock   Clock
	Metrics *Metrics
	Log     zerolog.Logger
}

// Node is one inspector's agreement: it serves its peers (Handler), signs what its own log supports, and
// leads rounds when the ranking makes it leader.
type Node struct {
	cfg       Config
	separator common.Hash
	me        common.Address
	signer    oracle.DigestSigner
	store     Store
	chain     Chain
	peers     Peers
	submitter Submitter
	rules     map[oracle.Kind]Rule
	handlers  map[string]Handler
	http      *http.Client
	clock     Clock
	metrics   *Metrics
	log       zerolog.Logger

	signMu sync.Mutex // one signing at a time: the check-then-record below is not racy

	setMu   sync.Mutex
	set     oracle.SignerSet
	setAt   time.Time
	global  *rate.Limiter
	limMu   sync.Mutex
	perPeer map[common.Address]*rate.Limiter
	sources map[string]*rate.Limiter // by remote host, before authentication; swept when large

	pendMu  sync.Mutex
	pending map[common.Hash]*pending

	ctx    context.Context
	cancel context.CancelFunc
	wg     sync.WaitGroup
}

// pending is a decision a leader was nudged about.
type pending struct {
	d        Decision
	nudgers  map[common.Address]bool
	running  bool
	lastRun  time.Time
	lastSeen time.Time
}

// New builds a node; it does no I/O.
func New(cfg Config, deps Deps) (*Node, error) {
	if err := cfg.fill(); err != nil {
		return nil, err
	}
	switch {
	case deps.Signer == nil:
		return nil, errors.New("agree: a signer is required")
	case deps.Store == nil || deps.Chain == nil || deps.Peers == nil:
		return nil, errors.New("agree: store, chain and peers are required")
	case len(deps.Rules) == 0:
		return nil, errors.New("agree: at least one rule is required")
	}
	sep, _ := cfg.Domain.Separator()
	n := &Node{cfg: cfg, separator: sep, me: deps.Signer.Address(), signer: deps.Signer, store: deps.Store,
		chain: deps.Chain, peers: deps.Peers, submitter: deps.Submitter, rules: map[oracle.Kind]Rule{},
		http: deps.HTTP, clock: deps.Clock, metrics: deps.Metrics,
		log:     deps.Log.With().Str("component", "agree").Str("inspector", deps.Signer.Address().Hex()).Logger(),
		global:  rate.NewLimiter(cfg.GlobalRate, cfg.GlobalBurst),
		perPeer: map[common.Address]*rate.Limiter{}, sources: map[string]*rate.Limiter{}, pending: map[common.Hash]*pending{}}
	for _, r := range deps.Rules {
		if _, dup := n.rules[r.Kind()]; dup {
			return nil, fmt.Errorf("agree: two rules for kind %s", r.Kind())
		}
		n.rules[r.Kind()] = r
	}
	n.handlers = map[string]Handler{}
	for typ, h := range deps.Handlers {
		switch {
		case h == nil || typ == "" || strings.ContainsAny(typ, "/?#"):
			return nil, fmt.Errorf("agree: handler %q: a plain name and a function are required", typ)
		case typ == TypeObserve || typ == TypeNudge || typ == TypeSign:
			return nil, fmt.Errorf("agree: handler %q: the protocol's own message type", typ)
		}
		n.handlers[typ] = h
	}
	if n.http == nil {
		n.http = &http.Client{}
	}
	if n.clock == nil {
		n.clock = systemClock{}
	}
	if n.metrics == nil {
		n.metrics = NewMetrics(nil)
	}
	n.ctx, n.cancel = context.WithCancel(context.Background())
	return n, nil
}

// Address is this node's inspector address.
func (n *Node) Address() common.Address { return n.me }

// Close stops the rounds this node leads on behalf of nudges and waits for them.
func (n *Node) Close() error {
	n.cancel()
	n.wg.Wait()
	return nil
}

// signerSet is the current set, cached for SignerSetTTL.
func (n *Node) signerSet(ctx context.Context, fresh bool) (oracle.SignerSet, error) {
	n.setMu.Lock()
	defer n.setMu.Unlock()
	if !fresh && n.set.Version != 0 && n.clock.Now().Sub(n.setAt) < n.cfg.SignerSetTTL {
		return n.set, nil
	}
	s, err := n.chain.SignerSet(ctx)
	if err != nil {
		return oracle.SignerSet{}, fmt.Errorf("agree: signer set: %w", err)
	}
	if err := s.Validate(); err != nil {
		return oracle.SignerSet{}, fmt.Errorf("agree: signer set: %w", err)
	}
	n.set, n.setAt = s, n.clock.Now()
	return s, nil
}

// attestation is what answering d with value means, under signer set version.
func (n *Node) attestation(ctx context.Context, d Decision, value []byte, version uint64) (oracle.Attestation, common.Hash, error) {
	rule, ok := n.rules[d.Kind]
	if !ok {
		return oracle.Attestation{}, common.Hash{}, fmt.Errorf("%w: no rule for %s", ErrInvalidValue, d.Kind)
	}
	if len(value) == 0 || len(value) > MaxValueBytes {
		return oracle.Attestation{}, common.Hash{}, fmt.Errorf("%w: value of %d bytes (1 to %d)", ErrInvalidValue, len(value), MaxValueBytes)
	}
	target, p, err := rule.Attestation(ctx, d, value)
	if err != nil {
		return oracle.Attestation{}, common.Hash{}, err
	}
	id := d.Key()
	if r, ok := rule.(IDRule); ok {
		id = r.AttestationID(d)
	}
	att, err := oracle.NewAttestation(target, id, version, p)
	if err != nil {
		return oracle.Attestation{}, common.Hash{}, fmt.Errorf("%w: %w", ErrInvalidValue, err)
	}
	digest, err := att.Digest(n.cfg.Domain)
	if err != nil {
		return oracle.Attestation{}, common.Hash{}, fmt.Errorf("%w: %w", ErrInvalidValue, err)
	}
	return att, digest, nil
}

// ConflictError is a refusal to sign because this node already signed another answer to the decision.
type ConflictError struct {
	Signed Record
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("agree: already signed another answer to %s (value %x)", e.Signed.Decision, e.Signed.Value)
}

// ErrConflict is matched by every *ConflictError.
var ErrConflict = errors.New("agree: already signed another answer")

// Is makes errors.Is(err, ErrConflict) hold.
func (e *ConflictError) Is(target error) bool { return target == ErrConflict }

// Sign signs the attestation of value for d if this node's own log supports it and it never signed another
// answer to d. The answer is durably recorded before the signature is returned. Signing the same answer again
// returns the same signature (or a fresh one under a new signer set version).
func (n *Node) Sign(ctx context.Context, d Decision, value []byte) ([]byte, error) {
	sig, err := n.sign(ctx, d, value)
	if err != nil {
		reason := ReasonInvalid
		switch {
		case errors.Is(err, ErrConflict):
			reason = ReasonConflict
		case errors.Is(err, observe.ErrNotObserved):
			reason = ReasonNotObserved
		case !errors.Is(err, ErrInvalidValue):
			reason = ReasonUnavailable
		}
		n.metrics.Refusals.WithLabelValues(d.Kind.String(), reason).Inc()
		return nil, err
	}
	n.metrics.Signatures.WithLabelValues(d.Kind.String()).Inc()
	return sig, nil
}

func (n *Node) sign(ctx context.Context, d Decision, value []byte) ([]byte, error) {
	rule, ok := n.rules[d.Kind]
	if !ok {
		return nil, fmt.Errorf("%w: no rule for %s", ErrInvalidValue, d.Kind)
	}
	set, err := n.signerSet(ctx, false)
	if err != nil {
		return nil, err
	}
	att, digest, err := n.attestation(ctx, d, value, set.Version)
	if err != nil {
		return nil, err
	}
	n.signMu.Lock()
	defer n.signMu.Unlock()
	prev, found, err := n.store.Signed(ctx, d)
	if err != nil {
		return nil, fmt.Errorf("agree: read signed answers: %w", err)
	}
	if found {
		if !bytes.Equal(prev.Value, value) {
			return nil, &ConflictError{Signed: prev}
		}
		if prev.Digest == digest {
			return prev.Signature, nil
		}
	}
	if err := rule.Endorse(ctx, d, value); err != nil {
		return nil, err
	}
	sig, err := oracle.SignAttestation(ctx, n.signer, n.cfg.Domain, att)
	if err != nil {
		return nil, err
	}
	stored, err := n.store.PutSigned(ctx, Record{Decision: d, Value: value, Digest: digest, Signature: sig, SignedAt: n.clock.Now()})
	if err != nil {
		return nil, fmt.Errorf("agree: record signed answer: %w", err)
	}
	if !bytes.Equal(stored.Value, value) || stored.Digest != digest {
		// Another answer was recorded first (another process on the same store): this signature never leaves.
		return nil, &ConflictError{Signed: stored}
	}
	return sig, nil
}

// ---------------------------------------------------------------- transport: serving peers

// Handler serves the peer protocol at Path.
func (n *Node) Handler() http.Handler { return http.HandlerFunc(n.serve) }

type httpError struct {
	status int
	reason string
	err    error
}

func (n *Node) reject(w http.ResponseWriter, status int, reason string, err error) {
	n.metrics.PeerRejected.WithLabelValues(reason).Inc()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": err.Error()})
}

func (n *Node) serve(w http.ResponseWriter, r *http.Request) {
	defer func() {
		if p := recover(); p != nil {
			n.log.Error().Interface("panic", p).Str("path", r.URL.Path).Msg("peer request panicked")
			n.reject(w, http.StatusInternalServerError, "panic", errors.New("agree: internal error"))
		}
	}()
	typ := strings.TrimPrefix(r.URL.Path, Path)
	if !strings.HasPrefix(r.URL.Path, Path) || (typ != TypeObserve && typ != TypeNudge && typ != TypeSign && n.handlers[typ] == nil) {
		n.reject(w, http.StatusNotFound, "path", fmt.Errorf("agree: no such path %q", r.URL.Path))
		return
	}
	if r.Method != http.MethodPost {
		n.reject(w, http.StatusMethodNotAllowed, "method", fmt.Errorf("agree: %s: use POST", r.Method))
		return
	}
	if !n.allowSource(r.RemoteAddr) || !n.global.Allow() {
		n.reject(w, http.StatusTooManyRequests, "rate", errors.New("agree: rate limited"))
		return
	}
	// A peer's message arrives within the time a caller waits for its answer; a body trickled slower would hold
	// this handler and its connection for as long as the sender likes.
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(n.cfg.RequestTimeout))
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, n.cfg.MaxMessageBytes))
	if err != nil {
		n.reject(w, http.StatusRequestEntityTooLarge, "size", fmt.Errorf("agree: message over %d bytes or unreadable: %v", n.cfg.MaxMessageBytes, err))
		return
	}
	env, herr := n.open(r.Context(), raw, typ)
	if herr != nil {
		n.reject(w, herr.status, herr.reason, herr.err)
		return
	}
	n.limMu.Lock()
	lim, ok := n.perPeer[env.From]
	if !ok {
		lim = rate.NewLimiter(n.cfg.PeerRate, n.cfg.PeerBurst)
		n.perPeer[env.From] = lim
	}
	n.limMu.Unlock()
	if !lim.Allow() {
		n.reject(w, http.StatusTooManyRequests, "rate", fmt.Errorf("agree: %s rate limited", env.From))
		return
	}
	var replyType string
	var reply any
	switch typ {
	case TypeObserve:
		replyType, reply, herr = n.handleObserve(r.Context(), env)
	case TypeNudge:
		replyType, reply, herr = n.handleNudge(r.Context(), env)
	case TypeSign:
		replyType, reply, herr = n.handleSign(r.Context(), env)
	default:
		replyType = typ + replySuffix
		var err error
		if reply, err = n.handlers[typ](r.Context(), env.From, env.Body); err != nil {
			n.log.Info().Err(err).Str("type", typ).Str("peer", env.From.Hex()).Msg("peer request refused")
			herr = &httpError{http.StatusUnprocessableEntity, "refused", err}
		}
	}
	if herr != nil {
		n.reject(w, herr.status, herr.reason, herr.err)
		return
	}
	out, err := n.seal(replyType, env.From, reply)
	if err != nil {
		n.reject(w, http.StatusInternalServerError, "seal", err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_, _ = w.Write(out)
}

// maxSources bounds the per-address limiters kept; past it, those of idle addresses (a full bucket) are dropped.
const maxSources = 4096

// allowSource counts one message from the host of remote against its share of the global budget.
func (n *Node) allowSource(remote string) bool {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		host = remote
	}
	now := time.Now() // the limiters' own time, as the global one's: an injected clock may stand still
	n.limMu.Lock()
	defer n.limMu.Unlock()
	lim, ok := n.sources[host]
	if !ok {
		if len(n.sources) >= maxSources {
			for h, l := range n.sources {
				if l.TokensAt(now) >= float64(n.cfg.SourceBurst) {
					delete(n.sources, h)
				}
			}
			if len(n.sources) >= maxSources { // every address is busy: start over rather than grow
				clear(n.sources)
			}
		}
		lim = rate.NewLimiter(n.cfg.SourceRate, n.cfg.SourceBurst)
		n.sources[host] = lim
	}
	return lim.AllowN(now, 1)
}

// open authenticates an envelope of type typ addressed to this node.
func (n *Node) open(ctx context.Context, raw []byte, typ string) (Envelope, *httpError) {
	var env Envelope
	if err := decodeStrict(raw, &env); err != nil {
		return env, &httpError{http.StatusBadRequest, "envelope", fmt.Errorf("%w: %v", ErrEnvelope, err)}
	}
	if env.Type != typ {
		return env, &httpError{http.StatusBadRequest, "envelope", fmt.Errorf("%w: type %q on the %q path", ErrEnvelope, env.Type, typ)}
	}
	if env.To != n.me {
		return env, &httpError{http.StatusBadRequest, "address", fmt.Errorf("%w: to %s, this node is %s", ErrMisaddressed, env.To, n.me)}
	}
	now := n.clock.Now().UnixMilli()
	if d := now - env.SentAtMs; d > n.cfg.MaxSkew.Milliseconds() || -d > n.cfg.MaxSkew.Milliseconds() {
		return env, &httpError{http.StatusBadRequest, "stale", fmt.Errorf("%w: sent %d ms from now", ErrStale, d)}
	}
	signer, err := oracle.RecoverSigner(env.Digest(n.separator), env.Signature)
	if err != nil || signer != env.From {
		return env, &httpError{http.StatusUnauthorized, "envelope", fmt.Errorf("%w: not signed by %s", ErrEnvelope, env.From)}
	}
	set, err := n.signerSet(ctx, false)
	if err != nil {
		return env, &httpError{http.StatusServiceUnavailable, "signer-set", errors.New("agree: cannot read the signer set now")}
	}
	if !set.Contains(env.From) {
		// The set may have just changed: look once more before refusing.
		if set, err = n.signerSet(ctx, true); err != nil || !set.Contains(env.From) {
			return env, &httpError{http.StatusForbidden, "signer", fmt.Errorf("%w: %s", ErrNotSigner, env.From)}
		}
	}
	return env, nil
}

// seal signs a message of typ for to.
func (n *Node) seal(typ string, to common.Address, body any) ([]byte, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	env := Envelope{Type: typ, From: n.me, To: to, SentAtMs: n.clock.Now().UnixMilli(), Body: b}
	env.Signature, err = n.signer.SignDigest(n.ctx, env.Digest(n.separator))
	if err != nil {
		return nil, fmt.Errorf("agree: sign envelope: %w", err)
	}
	return json.Marshal(env)
}

func bad(err error) *httpError { return &httpError{http.StatusBadRequest, "body", err} }

func (n *Node) handleObserve(ctx context.Context, env Envelope) (string, any, *httpError) {
	var d Decision
	if err := decodeStrict(env.Body, &d); err != nil {
		return "", nil, bad(fmt.Errorf("%w: observe body: %v", ErrEnvelope, err))
	}
	if err := d.validate(n.rules); err != nil {
		return "", nil, bad(err)
	}
	msg, err := n.observation(ctx, d)
	if err != nil {
		n.log.Warn().Err(err).Stringer("decision", d).Msg("observe for a peer")
		return "", nil, &httpError{http.StatusServiceUnavailable, "observe", errors.New("agree: cannot read this node's observations now")}
	}
	return TypeObservation, msg, nil
}

// observation is this node's observation message on d: its own evidence and what it already signed.
func (n *Node) observation(ctx context.Context, d Decision) (ObservationMsg, error) {
	msg := ObservationMsg{Decision: d}
	value, ok, err := n.rules[d.Kind].Observe(ctx, d)
	if err != nil {
		return msg, err
	}
	if ok {
		msg.Has, msg.Value = true, value
	}
	if rec, found, err := n.store.Signed(ctx, d); err != nil {
		return msg, err
	} else if found {
		msg.Prior = &PriorMsg{Value: rec.Value, Signature: rec.Signature}
	}
	if w, found, err := n.store.LatestWindow(ctx, d.Kind, d.Subject); err != nil {
		return msg, err
	} else if found {
		msg.LatestWindow = w
	}
	return msg, nil
}

func (n *Node) handleSign(ctx context.Context, env Envelope) (string, any, *httpError) {
	var m SignMsg
	if err := decodeStrict(env.Body, &m); err != nil {
		return "", nil, bad(fmt.Errorf("%w: sign body: %v", ErrEnvelope, err))
	}
	if err := m.Decision.validate(n.rules); err != nil {
		return "", nil, bad(err)
	}
	sig, err := n.Sign(ctx, m.Decision, m.Value)
	if err == nil {
		return TypeSignature, SignatureMsg{Decision: m.Decision, Signature: sig}, nil
	}
	ref := RefusalMsg{Decision: m.Decision, Message: err.Error()}
	var conflict *ConflictError
	switch {
	case errors.As(err, &conflict):
		ref.Reason = ReasonConflict
		ref.Prior = &PriorMsg{Value: conflict.Signed.Value, Signature: conflict.Signed.Signature}
	case errors.Is(err, observe.ErrNotObserved):
		ref.Reason = ReasonNotObserved
	case errors.Is(err, ErrInvalidValue):
		ref.Reason = ReasonInvalid
	default:
		n.log.Error().Err(err).Stringer("decision", m.Decision).Msg("sign for a peer")
		ref.Reason, ref.Message = ReasonUnavailable, "agree: cannot sign now"
	}
	n.log.Info().Stringer("decision", m.Decision).Str("leader", env.From.Hex()).Str("reason", ref.Reason).
		Str("why", ref.Message).Msg("refused to sign")
	return TypeRefusal, ref, nil
}

func (n *Node) handleNudge(ctx context.Context, env Envelope) (string, any, *httpError) {
	var m ObservationMsg
	if err := decodeStrict(env.Body, &m); err != nil {
		return "", nil, bad(fmt.Errorf("%w: nudge body: %v", ErrEnvelope, err))
	}
	if err := m.Decision.validate(n.rules); err != nil {
		return "", nil, bad(err)
	}
	n.nudged(m.Decision, env.From)
	return TypeAck, struct{}{}, nil
}

// ---------------------------------------------------------------- transport: calling peers

// call sends one message to peer and returns the authenticated answer.
func (n *Node) call(ctx context.Context, peer common.Address, typ string, body any) (Envelope, error) {
	base, err := n.peers.Endpoint(ctx, peer)
	if err != nil {
		return Envelope{}, fmt.Errorf("agree: endpoint of %s: %w", peer, err)
	}
	out, err := n.seal(typ, peer, body)
	if err != nil {
		return Envelope{}, err
	}
	cctx, cancel := context.WithTimeout(ctx, n.cfg.RequestTimeout)
	defer cancel()
	req, err := http.NewRequestWithContext(cctx, http.MethodPost, strings.TrimRight(base, "/")+Path+typ, bytes.NewReader(out))
	if err != nil {
		return Envelope{}, fmt.Errorf("agree: %s: %w", peer, err)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := n.http.Do(req)
	if err != nil {
		return Envelope{}, fmt.Errorf("agree: %s: %w", peer, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, n.cfg.MaxMessageBytes+1))
	if err != nil {
		return Envelope{}, fmt.Errorf("agree: %s: read answer: %w", peer, err)
	}
	if int64(len(raw)) > n.cfg.MaxMessageBytes {
		return Envelope{}, fmt.Errorf("agree: %s: answer over %d bytes", peer, n.cfg.MaxMessageBytes)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct {
			Error string `json:"error"`
		}
		_ = json.Unmarshal(raw, &e)
		return Envelope{}, fmt.Errorf("agree: %s: HTTP %d: %s", peer, resp.StatusCode, e.Error)
	}
	var env Envelope
	if err := decodeStrict(raw, &env); err != nil {
		return Envelope{}, fmt.Errorf("%w: answer of %s: %v", ErrEnvelope, peer, err)
	}
	signer, err := oracle.RecoverSigner(env.Digest(n.separator), env.Signature)
	switch {
	case err != nil || signer != peer || env.From != peer:
		return Envelope{}, fmt.Errorf("%w: answer not signed by %s", ErrEnvelope, peer)
	case env.To != n.me:
		return Envelope{}, fmt.Errorf("%w: answer of %s addressed to %s", ErrMisaddressed, peer, env.To)
	}
	if d := n.clock.Now().UnixMilli() - env.SentAtMs; d > n.cfg.MaxSkew.Milliseconds() || -d > n.cfg.MaxSkew.Milliseconds() {
		return Envelope{}, fmt.Errorf("%w: answer of %s sent %d ms from now", ErrStale, peer, d)
	}
	return env, nil
}

// replySuffix names the reply of an extra message type (Deps.Handlers).
const replySuffix = "-reply"

// Call sends an extra message of typ (served by the peer's Deps.Handlers) to peer and decodes its
// authenticated reply into reply. A refusal comes back as an error carrying the peer's reason.
func (n *Node) Call(ctx context.Context, peer common.Address, typ string, body, reply any) error {
	if typ == TypeObserve || typ == TypeNudge || typ == TypeSign {
		return fmt.Errorf("agree: call %q: use the protocol's own methods", typ)
	}
	env, err := n.call(ctx, peer, typ, body)
	if err != nil {
		return err
	}
	if env.Type != typ+replySuffix {
		return fmt.Errorf("%w: %s answered %q to %q", ErrEnvelope, peer, env.Type, typ)
	}
	if err := decodeStrict(env.Body, reply); err != nil {
		return fmt.Errorf("%w: reply of %s to %q: %v", ErrEnvelope, peer, typ, err)
	}
	return nil
}

package liveness

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
	"golang.org/x/time/rate"

	"github.com/idlegrid/idlegrid/oracle"
)

// ReceiptSource reads the leased GPUs of a machine: the provider node implements it from its lease table, the
// container runtime and NVML. A machine with no leased GPU has no receipts (an empty list, not an error).
type ReceiptSource interface {
	Receipts(ctx context.Context, machine common.Hash) ([]GPUReceipt, error)
}

// Authorizer answers whether an address is an active inspector now (the same question the proof-of-compute
// session asks; the provider node answers both from chain state).
type Authorizer interface {
	ActiveInspector(ctx context.Context, inspector common.Address) (bool, error)
}

// HandlerConfig is the provider side.
type HandlerConfig struct {
	// Signer is the node key the inspectors know the machines by.
	Signer oracle.DigestSigner
	// Machines are the machine ids this node answers for.
	Machines []common.Hash
	// Receipts, if set, serves ReceiptsPath; without it that path answers 404.
	Receipts ReceiptSource
	// Results, if set, serves ResultPath (the signed result CID of an ended lease); without it, 404.
	Results ResultSource
	// Authorizer, if set, limits answers to active inspectors. Without it any correctly signed request is
	// answered (an echo tells nothing that is not public).
	Authorizer Authorizer
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// PerClientRate and PerClientBurst bound the requests of one remote IP (defaults 20/s, burst 40: an
	// inspector checking 100 machines of this node once a minute sends under 2/s).
	PerClientRate  rate.Limit
	PerClientBurst int
	// MaxClients bounds the rate limiter's table (default 4096); when full it starts afresh.
	MaxClients int
	// BodyWait bounds the wait for a request's body (default 10 s): the listener this handler is mounted on may
	// have no read timeout of its own, and a withheld body would hold the handler and its connection.
	BodyWait time.Duration
}

// Handler answers liveness echoes and receipt requests. It is an http.Handler the provider node mounts at
// EchoPath and ReceiptsPath.
type Handler struct {
	cfg      HandlerConfig
	machines map[common.Hash]bool
	log      zerolog.Logger

	mu      sync.Mutex
	clients map[string]*rate.Limiter
}

// NewHandler checks cfg.
func NewHandler(cfg HandlerConfig, log zerolog.Logger) (*Handler, error) {
	if cfg.Signer == nil {
		return nil, errors.New("liveness: handler: a signer (the node key) is required")
	}
	if len(cfg.Machines) == 0 {
		return nil, errors.New("liveness: handler: no machines to answer for")
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.PerClientRate <= 0 {
		cfg.PerClientRate = 20
	}
	if cfg.PerClientBurst <= 0 {
		cfg.PerClientBurst = 40
	}
	if cfg.MaxClients <= 0 {
		cfg.MaxClients = 4096
	}
	if cfg.BodyWait <= 0 {
		cfg.BodyWait = 10 * time.Second
	}
	h := &Handler{cfg: cfg, machines: make(map[common.Hash]bool, len(cfg.Machines)), clients: map[string]*rate.Limiter{},
		log: log.With().Str("component", "liveness").Logger()}
	for _, m := range cfg.Machines {
		if m == (common.Hash{}) {
			return nil, fmt.Errorf("liveness: handler: %w: machine: zero id", ErrMalformed)
		}
		h.machines[m] = true
	}
	return h, nil
}

// errorBody is every non-200 answer.
type errorBody struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}

func (h *Handler) fail(w http.ResponseWriter, status int, err error) {
	writeJSON(w, status, errorBody{Error: err.Error()})
}

func (h *Handler) allow(r *http.Request) bool {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	l, ok := h.clients[host]
	if !ok {
		if len(h.clients) >= h.cfg.MaxClients {
			h.clients = map[string]*rate.Limiter{}
		}
		l = rate.NewLimiter(h.cfg.PerClientRate, h.cfg.PerClientBurst)
		h.clients[host] = l
	}
	return l.Allow()
}

// ServeHTTP answers POST EchoPath and POST ReceiptsPath with a JSON Request body, and GET ResultPath.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	receipts := false
	switch r.URL.Path {
	case ResultPath:
		h.serveResult(w, r)
		return
	case EchoPath:
	case ReceiptsPath:
		receipts = true
		if h.cfg.Receipts == nil {
			h.fail(w, http.StatusNotFound, errors.New("liveness: this node serves no receipts"))
			return
		}
	default:
		h.fail(w, http.StatusNotFound, fmt.Errorf("liveness: no such path %q", r.URL.Path))
		return
	}
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		h.fail(w, http.StatusMethodNotAllowed, fmt.Errorf("liveness: %s: use POST", r.Method))
		return
	}
	if !h.allow(r) {
		h.fail(w, http.StatusTooManyRequests, errors.New("liveness: rate limited"))
		return
	}
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(h.cfg.BodyWait))
	req, status, err := h.read(r)
	if err != nil {
		h.fail(w, status, err)
		return
	}
	now := uint64(h.cfg.Now().UnixMilli())
	if receipts {
		h.answerReceipts(w, r.Context(), req, now)
		return
	}
	e := Echo{Nonce: req.Nonce, Machine: req.Machine, Node: h.cfg.Signer.Address(), Inspector: req.Inspector, TimeMs: now}
	sig, err := h.cfg.Signer.SignDigest(r.Context(), e.Digest())
	if err != nil {
		h.log.Error().Err(err).Msg("sign echo")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: signing failed"))
		return
	}
	e.Signature = sig
	writeJSON(w, http.StatusOK, e)
}

func (h *Handler) read(r *http.Request) (Request, int, error) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, MaxRequestBytes))
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			return Request{}, http.StatusRequestEntityTooLarge, fmt.Errorf("%w: body over %d bytes", ErrMalformed, MaxRequestBytes)
		}
		return Request{}, http.StatusBadRequest, fmt.Errorf("%w: read body: %v", ErrMalformed, err)
	}
	var req Request
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&req); err != nil {
		return Request{}, http.StatusBadRequest, fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	if err := req.Validate(); err != nil {
		return Request{}, http.StatusBadRequest, err
	}
	signer, err := oracle.RecoverSigner(req.Digest(), req.Signature)
	if err != nil || signer != req.Inspector {
		return Request{}, http.StatusUnauthorized, fmt.Errorf("%w: request not signed by %s", ErrBadSignature, req.Inspector)
	}
	if !h.machines[req.Machine] {
		return Request{}, http.StatusNotFound, fmt.Errorf("%w: %s", ErrUnknownMachine, req.Machine)
	}
	if h.cfg.Authorizer != nil {
		ok, err := h.cfg.Authorizer.ActiveInspector(r.Context(), req.Inspector)
		if err != nil {
			h.log.Warn().Err(err).Msg("authorize inspector")
			return Request{}, http.StatusServiceUnavailable, errors.New("liveness: cannot check the inspector set now")
		}
		if !ok {
			return Request{}, http.StatusForbidden, fmt.Errorf("%w: %s is not an active inspector", ErrUnauthorized, req.Inspector)
		}
	}
	return req, 0, nil
}

func (h *Handler) answerReceipts(w http.ResponseWriter, ctx context.Context, req Request, now uint64) {
	gpus, err := h.cfg.Receipts.Receipts(ctx, req.Machine)
	if err != nil {
		h.log.Error().Err(err).Str("machine", req.Machine.Hex()).Msg("read receipts")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: cannot read the leased GPUs now"))
		return
	}
	rs := Receipts{Nonce: req.Nonce, Machine: req.Machine, Node: h.cfg.Signer.Address(), Inspector: req.Inspector,
		TimeMs: now, GPUs: gpus}
	if rs.GPUs == nil {
		rs.GPUs = []GPUReceipt{}
	}
	if err := rs.Validate(); err != nil {
		// Our own source produced it: never sign what an inspector would have to reject.
		h.log.Error().Err(err).Str("machine", req.Machine.Hex()).Msg("receipt source gave an invalid receipt")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: invalid receipt from the node's GPU source"))
		return
	}
	digest, err := rs.Digest()
	if err == nil {
		rs.Signature, err = h.cfg.Signer.SignDigest(ctx, digest)
	}
	if err != nil {
		h.log.Error().Err(err).Msg("sign receipts")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: signing failed"))
		return
	}
	writeJSON(w, http.StatusOK, rs)
}

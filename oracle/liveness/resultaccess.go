package liveness

import (
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/oracle"
)

// Result access: a lease's result DAG is the renter's output, and its CID is public on chain once recorded, so
// the provider node serves it to active inspectors only (they re-hash it before they attest the completion),
// and only under the root it published as that lease's result. Each content request carries a ResultAccess in
// ResultAccessHeader: the inspector's signature over the machine, the lease, the root and a near expiry, so a
// header seen once opens no other root, lease or machine, and nothing after it expires.

// ResultAccessHeader is the request header that carries a ResultAccess, as JSON.
const ResultAccessHeader = "Idlegrid-Result-Access"

const resultAccessTag = "idlegrid/liveness/v1/result-access"

const (
	// ResultAccessLifetime is how long after signing an inspector's ResultAccess is good (each request is
	// signed afresh; a long fetch only has to start within it).
	ResultAccessLifetime = 2 * time.Minute
	// MaxResultAccessAhead bounds how far in the node's future an expiry may lie: the lifetime plus the clock
	// skew the inspectors allow a node. A later one would be a long-lived pass.
	MaxResultAccessAhead = ResultAccessLifetime + DefaultMaxSkew
	// maxResultAccessBytes bounds the header's value.
	maxResultAccessBytes = 1 << 10
)

// ResultAccess is an inspector's signed request for the content of lease's result on machine, at Root.
type ResultAccess struct {
	Machine   common.Hash    `json:"machine"`
	Inspector common.Address `json:"inspector"`
	LeaseID   *big.Int       `json:"leaseId"`
	Root      string         `json:"root"`
	// ExpiresMs is when the access lapses, unix milliseconds on the inspector's clock.
	ExpiresMs uint64        `json:"expiresMs"`
	Signature hexutil.Bytes `json:"signature"`
}

// Validate names the first field that cannot be right (the root must be a canonical CID, as in LeaseResult).
func (a ResultAccess) Validate() error {
	switch {
	case a.Machine == (common.Hash{}):
		return fmt.Errorf("%w: machine: zero", ErrMalformed)
	case a.Inspector == (common.Address{}):
		return fmt.Errorf("%w: inspector: zero", ErrMalformed)
	case a.LeaseID == nil || a.LeaseID.Sign() <= 0:
		return fmt.Errorf("%w: leaseId: must be positive", ErrMalformed)
	case a.LeaseID.BitLen() > 256:
		return fmt.Errorf("%w: leaseId: exceeds uint256", ErrMalformed)
	case a.Root == "" || len(a.Root) > MaxCIDLength:
		return fmt.Errorf("%w: root: %d characters, want 1..%d", ErrMalformed, len(a.Root), MaxCIDLength)
	case a.ExpiresMs == 0 || a.ExpiresMs > 1<<62:
		return fmt.Errorf("%w: expiresMs: %d out of range", ErrMalformed, a.ExpiresMs)
	case len(a.Signature) != crypto.SignatureLength:
		return fmt.Errorf("%w: signature: length %d, want %d", ErrMalformed, len(a.Signature), crypto.SignatureLength)
	}
	c, err := cid.Decode(a.Root)
	if err != nil {
		return fmt.Errorf("%w: root %q: %v", ErrMalformed, a.Root, err)
	}
	if c.String() != a.Root {
		return fmt.Errorf("%w: root %q: not canonical (%s)", ErrMalformed, a.Root, c)
	}
	return nil
}

// Digest is what the inspector signs: the tag, machine, inspector, lease id (32 bytes), keccak256 of the
// root's text and the expiry (8 bytes).
func (a ResultAccess) Digest() common.Hash {
	var lease [32]byte
	if a.LeaseID != nil && a.LeaseID.Sign() > 0 && a.LeaseID.BitLen() <= 256 {
		a.LeaseID.FillBytes(lease[:])
	}
	var exp [8]byte
	binary.BigEndian.PutUint64(exp[:], a.ExpiresMs)
	return crypto.Keccak256Hash([]byte(resultAccessTag), a.Machine[:], a.Inspector[:], lease[:],
		crypto.Keccak256([]byte(a.Root)), exp[:])
}

// SignResultAccess fills in a's inspector from s, its expiry (now + ResultAccessLifetime) and its signature.
func SignResultAccess(ctx context.Context, s oracle.DigestSigner, a ResultAccess, now time.Time) (ResultAccess, error) {
	a.Inspector = s.Address()
	a.ExpiresMs = uint64(now.Add(ResultAccessLifetime).UnixMilli())
	a.Signature = make([]byte, crypto.SignatureLength) // Validate checks its length before it is made
	if err := a.Validate(); err != nil {
		return ResultAccess{}, err
	}
	sig, err := s.SignDigest(ctx, a.Digest())
	if err != nil {
		return ResultAccess{}, fmt.Errorf("liveness: sign result access: %w", err)
	}
	a.Signature = sig
	return a, nil
}

// VerifyResultAccess checks that a, as read from a request for root, is well formed, signed by the inspector it
// names, asks for root on machine, and is current at now (not expired, nor expiring further ahead than
// MaxResultAccessAhead). It does not say whether the inspector is active, nor whether root is lease's result:
// the node asks its Authorizer and its ResultSource. Errors: ErrMalformed, ErrBadSignature, or
// ErrUnauthorized (another machine or root, expired).
func VerifyResultAccess(a ResultAccess, machine common.Hash, root string, now time.Time) error {
	if err := a.Validate(); err != nil {
		return err
	}
	signer, err := oracle.RecoverSigner(a.Digest(), a.Signature)
	if err != nil || signer != a.Inspector {
		return fmt.Errorf("%w: result access not signed by %s", ErrBadSignature, a.Inspector)
	}
	nowMs := uint64(max(now.UnixMilli(), 0))
	switch {
	case a.Machine != machine:
		return fmt.Errorf("%w: result access for machine %s, asked %s", ErrUnauthorized, a.Machine, machine)
	case a.Root != root:
		return fmt.Errorf("%w: result access for root %s, asked %s", ErrUnauthorized, a.Root, root)
	case a.ExpiresMs < nowMs:
		return fmt.Errorf("%w: result access expired %s", ErrUnauthorized, time.UnixMilli(int64(a.ExpiresMs)).UTC().Format(time.RFC3339))
	case a.ExpiresMs > nowMs+uint64(MaxResultAccessAhead.Milliseconds()):
		return fmt.Errorf("%w: result access expires %s, more than %s ahead", ErrUnauthorized,
			time.UnixMilli(int64(a.ExpiresMs)).UTC().Format(time.RFC3339), MaxResultAccessAhead)
	}
	return nil
}

// ResultContent wraps next, the node's trustless content gateway, so that it answers GET and HEAD
// /ipfs/{root} only to an active inspector (the handler's Authorizer; without one, nobody) with a current
// ResultAccess for root on one of the handler's machines, and only when root is what the handler's
// ResultSource publishes as that lease's result. A request without the header, or for content that is not a
// published result, is answered 404 like content the node does not have; a bad header 400 or 401; an
// inspector that may not have it 403.
func (h *Handler) ResultContent(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		raw := r.Header.Get(ResultAccessHeader)
		root, _ := strings.CutPrefix(r.URL.Path, "/ipfs/")
		if raw == "" || h.cfg.Results == nil || h.cfg.Authorizer == nil || (r.Method != http.MethodGet && r.Method != http.MethodHead) {
			http.Error(w, "not found: this node serves only its machine spec here", http.StatusNotFound)
			return
		}
		if !h.allow(r) {
			http.Error(w, "rate limited", http.StatusTooManyRequests)
			return
		}
		status, err := h.authorizeResult(r.Context(), raw, root)
		if err != nil {
			http.Error(w, err.Error(), status)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func (h *Handler) authorizeResult(ctx context.Context, raw, root string) (int, error) {
	if len(raw) > maxResultAccessBytes {
		return http.StatusBadRequest, fmt.Errorf("%w: %s: over %d bytes", ErrMalformed, ResultAccessHeader, maxResultAccessBytes)
	}
	var a ResultAccess
	dec := json.NewDecoder(strings.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&a); err != nil {
		return http.StatusBadRequest, fmt.Errorf("%w: %s: %v", ErrMalformed, ResultAccessHeader, err)
	}
	if !h.machines[a.Machine] {
		return http.StatusNotFound, fmt.Errorf("%w: %s", ErrUnknownMachine, a.Machine)
	}
	if err := VerifyResultAccess(a, a.Machine, root, h.cfg.Now()); err != nil {
		switch {
		case errors.Is(err, ErrMalformed):
			return http.StatusBadRequest, err
		case errors.Is(err, ErrBadSignature):
			return http.StatusUnauthorized, err
		}
		return http.StatusForbidden, err
	}
	ok, err := h.cfg.Authorizer.ActiveInspector(ctx, a.Inspector)
	if err != nil {
		h.log.Warn().Err(err).Msg("authorize inspector")
		return http.StatusServiceUnavailable, errors.New("liveness: cannot check the inspector set now")
	}
	if !ok {
		return http.StatusForbidden, fmt.Errorf("%w: %s is not an active inspector", ErrUnauthorized, a.Inspector)
	}
	published, err := h.cfg.Results.Result(ctx, a.Machine, a.LeaseID)
	switch {
	case errors.Is(err, ErrNoResult) || (err == nil && published != root):
		return http.StatusNotFound, fmt.Errorf("%w: %s is not lease %s's result", ErrNoResult, root, a.LeaseID)
	case err != nil:
		h.log.Error().Err(err).Str("lease", a.LeaseID.String()).Msg("read result")
		return http.StatusInternalServerError, errors.New("liveness: result unavailable")
	}
	return 0, nil
}

// ResultContentClient is the HTTP client the inspector fetches lease's result on t from the node's content
// gateway with (oracle/content.NewClient): its own client, each request carrying a fresh ResultAccess for the
// root it asks for.
func (c *Client) ResultContentClient(t Target, lease *big.Int) *http.Client {
	hc := *c.cfg.HTTP
	base := hc.Transport
	if base == nil {
		base = http.DefaultTransport
	}
	hc.Transport = &resultAccessTransport{base: base, signer: c.cfg.Signer, now: c.cfg.Now, machine: t.Machine, lease: new(big.Int).Set(lease)}
	return &hc
}

type resultAccessTransport struct {
	base    http.RoundTripper
	signer  oracle.DigestSigner
	now     func() time.Time
	machine common.Hash
	lease   *big.Int
}

func (t *resultAccessTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	root := r.URL.Path
	if i := strings.Index(root, "/ipfs/"); i >= 0 { // the gateway's base URL may have a path prefix
		root = root[i+len("/ipfs/"):]
	}
	a, err := SignResultAccess(r.Context(), t.signer, ResultAccess{Machine: t.machine, LeaseID: t.lease, Root: root}, t.now())
	if err != nil {
		if r.Body != nil {
			r.Body.Close()
		}
		return nil, err
	}
	b, err := json.Marshal(a)
	if err != nil {
		if r.Body != nil {
			r.Body.Close()
		}
		return nil, err
	}
	r = r.Clone(r.Context())
	r.Header.Set(ResultAccessHeader, string(b))
	return t.base.RoundTrip(r)
}

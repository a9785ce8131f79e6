package liveness

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"

	"github.com/idlegrid/idlegrid/oracle"
)

// The lease result: the provider node's signed word on which content its job left behind. The inspectors never
// take that word for the content itself: they fetch the DAG at the CID and re-hash every block before they
// attest a completion (inspector/node). The statement is what the provider committed to; the fetch is what
// the inspector observed.

// ResultPath is where the node serves a lease's result statement: GET ResultPath?machine=0x…&lease=N.
const ResultPath = "/liveness/v1/result"

const resultTag = "idlegrid/liveness/v1/result"

// MaxCIDLength bounds a result CID's text (a CIDv1 of sha2-256 in base32 is 59 characters).
const MaxCIDLength = 128

// resultTimeout bounds one result request (at least the client's attempt timeout): a statement is not
// latency-critical, and a slow answer is still the node's word.
const resultTimeout = 10 * time.Second

// ErrNoResult means the node publishes no result for the lease (its job has not ended, or left no output).
var ErrNoResult = errors.New("liveness: no result published for the lease")

// LeaseResult is the node's signed statement that lease's job on machine left the content at ResultCID.
type LeaseResult struct {
	Machine   common.Hash    `json:"machine"`
	Node      common.Address `json:"node"`
	LeaseID   *big.Int       `json:"leaseId"`
	ResultCID string         `json:"resultCid"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Validate names the first field that cannot be right: the CID must decode (and re-encode to the same text,
// so one result has one spelling on chain).
func (r LeaseResult) Validate() error {
	switch {
	case r.Machine == (common.Hash{}):
		return fmt.Errorf("%w: machine: zero", ErrMalformed)
	case r.LeaseID == nil || r.LeaseID.Sign() <= 0:
		return fmt.Errorf("%w: leaseId: must be positive", ErrMalformed)
	case r.LeaseID.BitLen() > 256:
		return fmt.Errorf("%w: leaseId: exceeds uint256", ErrMalformed)
	case r.ResultCID == "" || len(r.ResultCID) > MaxCIDLength:
		return fmt.Errorf("%w: resultCid: %d characters, want 1..%d", ErrMalformed, len(r.ResultCID), MaxCIDLength)
	}
	c, err := cid.Decode(r.ResultCID)
	if err != nil {
		return fmt.Errorf("%w: resultCid %q: %v", ErrMalformed, r.ResultCID, err)
	}
	if c.String() != r.ResultCID {
		return fmt.Errorf("%w: resultCid %q: not canonical (%s)", ErrMalformed, r.ResultCID, c)
	}
	return nil
}

// Digest is what the node signs: the tag, machine, node, lease id (32 bytes) and keccak256 of the CID's text.
func (r LeaseResult) Digest() (common.Hash, error) {
	if err := r.Validate(); err != nil {
		return common.Hash{}, err
	}
	var lease [32]byte
	r.LeaseID.FillBytes(lease[:])
	return crypto.Keccak256Hash([]byte(resultTag), r.Machine[:], r.Node[:], lease[:], crypto.Keccak256([]byte(r.ResultCID))), nil
}

// VerifyLeaseResult checks that r is node's statement about lease on machine: signed by node (else
// ErrBadSignature) and naming that machine, node and lease (else ErrForged: the node signed another
// statement).
func VerifyLeaseResult(machine common.Hash, node common.Address, lease *big.Int, r LeaseResult) error {
	digest, err := r.Digest()
	if err != nil {
		return err
	}
	signer, err := oracle.RecoverSigner(digest, r.Signature)
	if err != nil {
		return fmt.Errorf("%w: result: %w", ErrBadSignature, err)
	}
	if signer != node {
		return fmt.Errorf("%w: result signed by %s, node key is %s", ErrBadSignature, signer, node)
	}
	switch {
	case r.Machine != machine:
		return fmt.Errorf("%w: result of machine %s, asked %s", ErrForged, r.Machine, machine)
	case r.Node != node:
		return fmt.Errorf("%w: result names node %s, signed by %s", ErrForged, r.Node, node)
	case r.LeaseID.Cmp(lease) != 0:
		return fmt.Errorf("%w: result of lease %s, asked %s", ErrForged, r.LeaseID, lease)
	}
	return nil
}

// ResultSource reads the result of a lease's job: the provider node implements it from its workloads.
type ResultSource interface {
	// Result is the CID of the content lease's job left on machine; ErrNoResult while there is none.
	Result(ctx context.Context, machine common.Hash, lease *big.Int) (string, error)
}

func (h *Handler) serveResult(w http.ResponseWriter, r *http.Request) {
	if h.cfg.Results == nil {
		h.fail(w, http.StatusNotFound, fmt.Errorf("%w: this node publishes no results", ErrNoResult))
		return
	}
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		h.fail(w, http.StatusMethodNotAllowed, fmt.Errorf("liveness: %s: use GET", r.Method))
		return
	}
	if !h.allow(r) {
		h.fail(w, http.StatusTooManyRequests, errors.New("liveness: rate limited"))
		return
	}
	q := r.URL.Query()
	mb, err := hexutil.Decode(q.Get("machine"))
	if err != nil || len(mb) != common.HashLength {
		h.fail(w, http.StatusBadRequest, fmt.Errorf("%w: machine %q: want 32 bytes of 0x-hex", ErrMalformed, q.Get("machine")))
		return
	}
	machine := common.BytesToHash(mb)
	if !h.machines[machine] {
		h.fail(w, http.StatusNotFound, ErrUnknownMachine)
		return
	}
	lease, ok := new(big.Int).SetString(q.Get("lease"), 10)
	if !ok || lease.Sign() <= 0 || lease.BitLen() > 256 {
		h.fail(w, http.StatusBadRequest, fmt.Errorf("%w: lease %q: want a positive decimal uint256", ErrMalformed, q.Get("lease")))
		return
	}
	c, err := h.cfg.Results.Result(r.Context(), machine, lease)
	switch {
	case errors.Is(err, ErrNoResult):
		h.fail(w, http.StatusNotFound, fmt.Errorf("%w: %s", ErrNoResult, lease))
		return
	case err != nil:
		h.log.Error().Err(err).Str("lease", lease.String()).Msg("read result")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: result unavailable"))
		return
	}
	res := LeaseResult{Machine: machine, Node: h.cfg.Signer.Address(), LeaseID: lease, ResultCID: c}
	digest, err := res.Digest()
	if err != nil {
		h.log.Error().Err(err).Str("lease", lease.String()).Msg("result the node holds is not publishable")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: result unavailable"))
		return
	}
	if res.Signature, err = h.cfg.Signer.SignDigest(r.Context(), digest); err != nil {
		h.log.Error().Err(err).Msg("sign result")
		h.fail(w, http.StatusInternalServerError, errors.New("liveness: signing failed"))
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// Result asks t's node for its signed result statement of lease, once (the inspector asks again on its next
// round): ErrNoResult when the node publishes none, ErrForged or ErrBadSignature for a statement that is not
// the node's word about that lease.
func (c *Client) Result(ctx context.Context, t Target, lease *big.Int) (LeaseResult, error) {
	if lease == nil || lease.Sign() <= 0 {
		return LeaseResult{}, fmt.Errorf("%w: lease: must be positive", ErrMalformed)
	}
	u := strings.TrimRight(t.URL, "/") + ResultPath + "?" + url.Values{"machine": {t.Machine.Hex()}, "lease": {lease.String()}}.Encode()
	actx, cancel := context.WithTimeout(ctx, max(c.cfg.AttemptTimeout, resultTimeout))
	defer cancel()
	req, err := http.NewRequestWithContext(actx, http.MethodGet, u, nil)
	if err != nil {
		return LeaseResult{}, fmt.Errorf("liveness: %s: %w", t.URL, err)
	}
	resp, err := c.cfg.HTTP.Do(req)
	if err != nil {
		return LeaseResult{}, fmt.Errorf("liveness: %s: %w", t.URL, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes+1))
	if err != nil {
		return LeaseResult{}, fmt.Errorf("liveness: %s: read result: %w", t.URL, err)
	}
	if len(raw) > MaxResponseBytes {
		return LeaseResult{}, fmt.Errorf("liveness: %s: %w: answer over %d bytes", t.URL, ErrMalformed, MaxResponseBytes)
	}
	if resp.StatusCode != http.StatusOK {
		var eb errorBody
		_ = json.Unmarshal(raw, &eb)
		if resp.StatusCode == http.StatusNotFound && strings.Contains(eb.Error, ErrNoResult.Error()) {
			return LeaseResult{}, fmt.Errorf("%w: lease %s at %s", ErrNoResult, lease, t.URL)
		}
		return LeaseResult{}, fmt.Errorf("liveness: %s: HTTP %d: %s", t.URL, resp.StatusCode, eb.Error)
	}
	var res LeaseResult
	if err := json.Unmarshal(raw, &res); err != nil {
		return LeaseResult{}, fmt.Errorf("liveness: %s: %w: %v", t.URL, ErrMalformed, err)
	}
	if err := VerifyLeaseResult(t.Machine, t.Node, lease, res); err != nil {
		return LeaseResult{}, err
	}
	return res, nil
}

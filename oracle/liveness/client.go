package liveness

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
)

// Retry policy defaults. One check is up to DefaultAttempts attempts of at most DefaultAttemptTimeout each,
// DefaultBackoff apart (doubling): 4 × 2 s + 0.25 + 0.5 + 1 s = 9.75 s at worst, well inside the minute between
// two liveness checks. A 300 ms latency spike fits an attempt six times over; a dropped packet costs one TCP
// retransmission (1 s for a SYN) or one attempt. With independent attempt losses at rate p a check fails with
// probability p⁴ (p = 0.2: 1.6·10⁻³), and a negative observation, which needs two failed checks in a row,
// with p⁸ (2.6·10⁻⁶).
const (
	DefaultAttempts       = 4
	DefaultAttemptTimeout = 2 * time.Second
	DefaultBackoff        = 250 * time.Millisecond
	// DefaultMaxSkew is how far a node's clock may be from the inspector's (NTP keeps real ones within a
	// second; two minutes only catches a clock that is plainly wrong).
	DefaultMaxSkew = 2 * time.Minute
)

// ClientConfig is the inspector side.
type ClientConfig struct {
	// Signer is the inspector's key; requests are signed with it.
	Signer oracle.DigestSigner
	// HTTP is the client requests go through (nil: one with keep-alive connections and no overall timeout;
	// each attempt has its own).
	HTTP *http.Client
	// Attempts, AttemptTimeout and Backoff are the retry policy (zero: the defaults above).
	Attempts       int
	AttemptTimeout time.Duration
	Backoff        time.Duration
	// MaxSkew bounds the node's clock against ours (zero: DefaultMaxSkew).
	MaxSkew time.Duration
	// Now is the clock (nil: time.Now).
	Now func() time.Time
	// Nonces is where nonces come from (nil: crypto/rand).
	Nonces io.Reader
}

// Client checks provider nodes.
type Client struct {
	cfg ClientConfig
}

// NewClient checks cfg and fills in defaults.
func NewClient(cfg ClientConfig) (*Client, error) {
	if cfg.Signer == nil {
		return nil, errors.New("liveness: client: a signer (the inspector key) is required")
	}
	if cfg.Attempts <= 0 {
		cfg.Attempts = DefaultAttempts
	}
	if cfg.AttemptTimeout <= 0 {
		cfg.AttemptTimeout = DefaultAttemptTimeout
	}
	if cfg.Backoff <= 0 {
		cfg.Backoff = DefaultBackoff
	}
	if cfg.MaxSkew <= 0 {
		cfg.MaxSkew = DefaultMaxSkew
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Nonces == nil {
		cfg.Nonces = rand.Reader
	}
	if cfg.HTTP == nil {
		cfg.HTTP = &http.Client{Transport: &http.Transport{
			Proxy:               nil,
			DialContext:         (&net.Dialer{Timeout: cfg.AttemptTimeout, KeepAlive: 30 * time.Second}).DialContext,
			MaxIdleConns:        1024,
			MaxIdleConnsPerHost: 4,
			IdleConnTimeout:     90 * time.Second,
		}}
	}
	return &Client{cfg: cfg}, nil
}

// Target is one machine to check: where its node answers (base URL, "http://host:port"), and the node key
// that must sign.
type Target struct {
	URL     string
	Machine common.Hash
	Node    common.Address
}

// Result is one check: one or more attempts.
type Result struct {
	// Started is when the first attempt was sent (inspector clock): the check's time.
	Started time.Time
	// Finished is when the check ended.
	Finished time.Time
	// Attempts is how many requests were sent.
	Attempts int
	// RTT is the successful attempt's round trip.
	RTT time.Duration
	// Err is nil when an attempt was answered correctly; otherwise the last attempt's error.
	Err error
	// Echo is the answer (on success) or the forged answer that is the evidence (ErrForged).
	Echo *Echo
	// Receipts is the same for a receipts check.
	Receipts *Receipts
}

// OK reports whether the node answered correctly.
func (r Result) OK() bool { return r.Err == nil }

// Forged reports whether the node signed an answer to another question: evidence of fraud, not a failure of
// the network.
func (r Result) Forged() bool { return errors.Is(r.Err, ErrForged) }

// permanentError marks answers no retry can change (the node said the machine is not its own, or refused us).
type permanentError struct{ error }

func (e permanentError) Unwrap() error { return e.error }

// Echo checks that t's node is up: it retries within the check, and the check fails only when every attempt
// did, or at once on a forged answer.
func (c *Client) Echo(ctx context.Context, t Target) Result {
	return c.check(ctx, t, EchoPath)
}

// Receipts asks t's node for signed receipts of its leased GPUs, with the same retries.
func (c *Client) Receipts(ctx context.Context, t Target) Result {
	return c.check(ctx, t, ReceiptsPath)
}

func (c *Client) check(ctx context.Context, t Target, path string) Result {
	res := Result{Started: c.cfg.Now()}
	backoff := c.cfg.Backoff
	for attempt := 0; attempt < c.cfg.Attempts; attempt++ {
		if attempt > 0 {
			select {
			case <-ctx.Done():
				res.Err = errors.Join(res.Err, ctx.Err())
				res.Finished = c.cfg.Now()
				return res
			case <-time.After(backoff):
			}
			backoff *= 2
		}
		res.Attempts++
		err := c.attempt(ctx, t, path, &res)
		res.Err = err
		var perm permanentError
		if err == nil || errors.Is(err, ErrForged) || errors.As(err, &perm) || ctx.Err() != nil {
			break
		}
	}
	res.Finished = c.cfg.Now()
	return res
}

func (c *Client) attempt(ctx context.Context, t Target, path string, res *Result) error {
	req := Request{Machine: t.Machine, Inspector: c.cfg.Signer.Address()}
	if _, err := io.ReadFull(c.cfg.Nonces, req.Nonce[:]); err != nil {
		return fmt.Errorf("liveness: nonce: %w", err)
	}
	sig, err := c.cfg.Signer.SignDigest(ctx, req.Digest())
	if err != nil {
		return fmt.Errorf("liveness: sign request: %w", err)
	}
	req.Signature = sig
	body, err := json.Marshal(req)
	if err != nil {
		return err
	}
	actx, cancel := context.WithTimeout(ctx, c.cfg.AttemptTimeout)
	defer cancel()
	hreq, err := http.NewRequestWithContext(actx, http.MethodPost, strings.TrimRight(t.URL, "/")+path, bytes.NewReader(body))
	if err != nil {
		return permanentError{fmt.Errorf("liveness: %s: %w", t.URL, err)}
	}
	hreq.Header.Set("Content-Type", "application/json")
	sent := c.cfg.Now()
	resp, err := c.cfg.HTTP.Do(hreq)
	if err != nil {
		return fmt.Errorf("liveness: %s: %w", t.URL, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, MaxResponseBytes+1))
	received := c.cfg.Now()
	if err != nil {
		return fmt.Errorf("liveness: %s: read answer: %w", t.URL, err)
	}
	if len(raw) > MaxResponseBytes {
		return fmt.Errorf("liveness: %s: %w: answer over %d bytes", t.URL, ErrMalformed, MaxResponseBytes)
	}
	if resp.StatusCode != http.StatusOK {
		var eb errorBody
		_ = json.Unmarshal(raw, &eb)
		err := fmt.Errorf("liveness: %s: HTTP %d: %s", t.URL, resp.StatusCode, eb.Error)
		switch resp.StatusCode {
		case http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden, http.StatusNotFound, http.StatusMethodNotAllowed:
			return permanentError{err}
		}
		return err
	}
	w := Window{Sent: sent, Received: received, MaxSkew: c.cfg.MaxSkew}
	if path == ReceiptsPath {
		var rs Receipts
		if err := json.Unmarshal(raw, &rs); err != nil {
			return fmt.Errorf("liveness: %s: %w: %v", t.URL, ErrMalformed, err)
		}
		if err := VerifyReceipts(req, t.Node, rs, w); err != nil {
			if errors.Is(err, ErrForged) {
				res.Receipts = &rs
			}
			return err
		}
		res.Receipts, res.RTT = &rs, received.Sub(sent)
		return nil
	}
	var e Echo
	if err := json.Unmarshal(raw, &e); err != nil {
		return fmt.Errorf("liveness: %s: %w: %v", t.URL, ErrMalformed, err)
	}
	if err := VerifyEcho(req, t.Node, e, w); err != nil {
		if errors.Is(err, ErrForged) {
			res.Echo = &e
		}
		return err
	}
	res.Echo, res.RTT = &e, received.Sub(sent)
	return nil
}

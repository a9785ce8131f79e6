// Package retry is idlegrid's one classification of RPC failures and its one retry loop, shared by the
// transaction submitter, the chain follower and every node that reads a chain.
//
// A failure is classified by what the transport and the node say before what their messages read: the HTTP
// status first, then the JSON-RPC error code, then Go's network and context errors, and only then the message
// text (for nodes and providers that put the distinction nowhere else). 401 and 403 are Unauthorized: retrying
// cannot help, and the caller stops at once with a message saying so, rather than stalling for minutes.
//
// It owns no connection and does no I/O of its own; it must never import a node package.
package retry

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/cenkalti/backoff/v5"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
)

// Class is what a failed call calls for.
type Class uint8

const (
	// Permanent: the node rejected the call on its merits (a revert, invalid parameters, nonce too low, an
	// unknown method): the same call fails again.
	Permanent Class = iota
	// Transient: the network, a rate limit, a gateway or a lagging node: the same call may succeed later.
	Transient
	// Timeout: the attempt ran out of time (its own deadline, or the node's). Retried while the caller's
	// context lives; a getLogs range that times out is split instead.
	Timeout
	// TooLarge: the request asks for too much (a getLogs block range or result size over the node's limit):
	// ask for less.
	TooLarge
	// Unauthorized: HTTP 401 or 403: the endpoint refuses the credentials (a wrong or expired API key in the
	// URL). Fatal.
	Unauthorized
	// Canceled: the caller's context was cancelled.
	Canceled
)

func (c Class) String() string {
	switch c {
	case Permanent:
		return "permanent"
	case Transient:
		return "transient"
	case Timeout:
		return "timeout"
	case TooLarge:
		return "too_large"
	case Unauthorized:
		return "unauthorized"
	case Canceled:
		return "canceled"
	}
	return fmt.Sprintf("class(%d)", uint8(c))
}

// ErrUnauthorized is wrapped by the error Do returns for an Unauthorized failure.
var ErrUnauthorized = errors.New("the RPC endpoint refused the request (HTTP 401/403): check the URL and its API key")

// JSON-RPC error codes with a fixed meaning (EIP-1474 and go-ethereum).
const (
	codeReverted       = 3      // execution reverted (go-ethereum)
	codeParse          = -32700 // invalid JSON
	codeInvalidRequest = -32600
	codeNoMethod       = -32601
	codeInvalidParams  = -32602 // also used by some providers for "range too large": the message decides
	codeInternal       = -32603
	codeLimitExceeded  = -32005 // EIP-1474 "limit exceeded": a rate limit or a result-size limit
)

// Message fragments, lower case, for what nodes and providers only say in words (geth, Erigon, Nethermind,
// Arbitrum's nitro, anvil, Alchemy, Infura, QuickNode, Ankr).
var (
	rateLimitHints = []string{"rate limit", "too many requests", "429", "capacity", "throttl", "request rate", "exceeded the rps"}
	transientHints = []string{
		"header not found", "transaction indexing is in progress", "502 bad gateway", "503 service unavailable",
		"504 gateway timeout", "service unavailable", "connection reset", "connection refused", "broken pipe",
		"unexpected eof", "no route to host", "network is unreachable",
	}
	tooLargeHints = []string{
		"block range", "range too large", "range is too large", "range limit", "too many results", "more than",
		"returned more", "max results", "log limit", "response size", "response too large", "query timeout",
		"limit exceeded", "exceeds", "exceeded", "too large", "range",
	}
	timeoutHints      = []string{"timeout", "timed out", "deadline exceeded"}
	unauthorizedHints = []string{"401 unauthorized", "403 forbidden", "invalid api key", "invalid project id", "unauthorized", "forbidden"}
)

// Classify says what err calls for.
func Classify(err error) Class {
	if err == nil {
		return Permanent
	}
	if errors.Is(err, context.Canceled) {
		return Canceled
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return Timeout
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		switch code := httpErr.StatusCode; {
		case code == 401 || code == 403:
			return Unauthorized
		case code == 408:
			return Timeout
		case code == 413:
			return TooLarge
		case code == 425 || code == 429 || code >= 500:
			return Transient
		default:
			return Permanent
		}
	}
	msg := strings.ToLower(err.Error())
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) {
		switch rpcErr.ErrorCode() {
		case codeReverted, codeParse, codeInvalidRequest, codeNoMethod:
			return Permanent
		case codeLimitExceeded:
			if contains(msg, rateLimitHints) {
				return Transient
			}
			return TooLarge
		case codeInternal:
			if c, ok := fromMessage(msg); ok {
				return c
			}
			return Transient
		case codeInvalidParams:
			if contains(msg, tooLargeHints) {
				return TooLarge
			}
			return Permanent
		}
		// -32000 and provider-specific codes carry their meaning in the message only.
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		if netErr.Timeout() {
			return Timeout
		}
		return Transient
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) {
		return Transient
	}
	if c, ok := fromMessage(msg); ok {
		return c
	}
	return Permanent
}

// fromMessage reads the class from a lower-cased message, most specific meaning first.
func fromMessage(msg string) (Class, bool) {
	switch {
	case strings.Contains(msg, "execution reverted"):
		return Permanent, true
	case contains(msg, unauthorizedHints):
		return Unauthorized, true
	case contains(msg, rateLimitHints), contains(msg, transientHints):
		return Transient, true
	case strings.Contains(msg, "query timeout"):
		return TooLarge, true
	case contains(msg, timeoutHints):
		return Timeout, true
	case contains(msg, tooLargeHints):
		return TooLarge, true
	}
	return Permanent, false
}

func contains(msg string, hints []string) bool {
	for _, h := range hints {
		if strings.Contains(msg, h) {
			return true
		}
	}
	return false
}

// IsTransient reports whether err is a failure that the same call may not meet again: network errors, HTTP
// 408/425/429/5xx, a JSON-RPC rate limit, node lag. An attempt's timeout is not transient by itself (only
// the caller knows whether its own deadline passed); Do retries it while the caller's context lives.
func IsTransient(err error) bool { return err != nil && Classify(err) == Transient }

// Policy bounds the retries of one call.
type Policy struct {
	// Attempts is the total number of tries, the first included.
	Attempts int
	// InitialBackoff is the wait after the first failure; it grows ×2 (with ±50% jitter) up to MaxBackoff.
	InitialBackoff time.Duration
	MaxBackoff     time.Duration
	// AttemptTimeout bounds each try (0: only the caller's context does).
	AttemptTimeout time.Duration
}

// DefaultPolicy is five tries over about five seconds.
func DefaultPolicy() Policy {
	return Policy{Attempts: 5, InitialBackoff: 200 * time.Millisecond, MaxBackoff: 5 * time.Second}
}

// ErrInvalidPolicy is wrapped by Validate's errors.
var ErrInvalidPolicy = errors.New("invalid retry policy")

// Validate reports the first unusable setting.
func (p Policy) Validate() error {
	switch {
	case p.Attempts < 1:
		return fmt.Errorf("%w: retry attempts must be at least 1", ErrInvalidPolicy)
	case p.InitialBackoff <= 0 || p.MaxBackoff <= 0:
		return fmt.Errorf("%w: retry backoffs must be positive", ErrInvalidPolicy)
	case p.MaxBackoff < p.InitialBackoff:
		return fmt.Errorf("%w: max backoff %s is below initial backoff %s", ErrInvalidPolicy, p.MaxBackoff, p.InitialBackoff)
	case p.AttemptTimeout < 0:
		return fmt.Errorf("%w: attempt timeout %s is negative", ErrInvalidPolicy, p.AttemptTimeout)
	}
	return nil
}

// Backoff is the policy's schedule of waits (exponential, jittered), for loops that retry on their own terms.
func (p Policy) Backoff() *backoff.ExponentialBackOff {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval, b.MaxInterval, b.Multiplier, b.RandomizationFactor = p.InitialBackoff, p.MaxBackoff, 2, 0.5
	b.Reset()
	return b
}

// Do calls fn until it succeeds, fails for good, runs out of attempts or ctx ends. Transient failures and
// attempt timeouts are retried after a backoff; an Unauthorized failure returns at once wrapping
// ErrUnauthorized; every other failure returns as it is.
func Do[T any](ctx context.Context, p Policy, log zerolog.Logger, op string, fn func(context.Context) (T, error)) (T, error) {
	attempts := 0
	v, err := backoff.Retry(ctx, func() (T, error) {
		attempts++
		actx, cancel := ctx, context.CancelFunc(func() {})
		if p.AttemptTimeout > 0 {
			actx, cancel = context.WithTimeout(ctx, p.AttemptTimeout)
		}
		v, err := fn(actx)
		cancel()
		if err == nil {
			return v, nil
		}
		if cerr := ctx.Err(); cerr != nil {
			if errors.Is(err, cerr) {
				return v, backoff.Permanent(err)
			}
			return v, backoff.Permanent(fmt.Errorf("%s: %w (last failure: %v)", op, cerr, err))
		}
		switch Classify(err) {
		case Transient, Timeout:
			return v, err
		case Unauthorized:
			return v, backoff.Permanent(fmt.Errorf("%s: %w: %w", op, ErrUnauthorized, err))
		}
		return v, backoff.Permanent(err)
	}, backoff.WithBackOff(p.Backoff()), backoff.WithMaxTries(uint(max(p.Attempts, 1))), backoff.WithMaxElapsedTime(0),
		backoff.WithNotify(func(err error, wait time.Duration) {
			log.Debug().Err(err).Str("op", op).Int("attempt", attempts).Dur("wait", wait).Msg("RPC call failed, retrying")
		}))
	if err != nil && attempts >= p.Attempts && ctx.Err() == nil {
		if c := Classify(err); c == Transient || c == Timeout {
			return v, fmt.Errorf("%s: gave up after %d attempts: %w", op, attempts, err)
		}
	}
	return v, err
}

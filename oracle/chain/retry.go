package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"strings"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
)

// transientMessages are error texts of RPC failures that a retry can cure: node-side lag ("header not found"
// from a load-balanced node behind the head, tx indexing still running), rate limits and gateways.
var transientMessages = []string{
	"header not found",
	"transaction indexing is in progress",
	"too many requests",
	"rate limit",
	"429",
	"502 bad gateway",
	"503 service unavailable",
	"504 gateway timeout",
	"service unavailable",
	"connection reset",
	"connection refused",
	"broken pipe",
	"i/o timeout",
	"request timed out",
	"unexpected eof",
}

// IsTransient reports whether err is an RPC failure worth retrying: network errors, HTTP 408/425/429/502/503/504,
// JSON-RPC "limit exceeded" (-32005) and node lag. Reverts, context cancellation and everything the node
// rejected on its merits are not.
func IsTransient(err error) bool {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	if _, ok := RevertData(err); ok {
		return false
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) {
		switch httpErr.StatusCode {
		case 408, 425, 429, 502, 503, 504:
			return true
		}
		return false
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == -32005 {
		return true
	}
	var netErr net.Error
	if errors.As(err, &netErr) {
		return true
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EPIPE) {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, m := range transientMessages {
		if strings.Contains(msg, m) {
			return true
		}
	}
	return false
}

// retry calls fn until it succeeds, fails for a reason that is not transient, runs out of attempts or ctx ends.
func retry[T any](ctx context.Context, cfg RetryConfig, log zerolog.Logger, op string, fn func(context.Context) (T, error)) (T, error) {
	var zero T
	backoff := cfg.InitialBackoff
	for attempt := 1; ; attempt++ {
		v, err := fn(ctx)
		if err == nil {
			return v, nil
		}
		if !IsTransient(err) {
			return zero, err
		}
		if attempt >= cfg.Attempts {
			return zero, fmt.Errorf("%s: gave up after %d attempts: %w", op, attempt, err)
		}
		// Full jitter: concurrent senders hitting the same rate limit spread out instead of retrying in step.
		wait := time.Duration(rand.Int64N(int64(backoff)) + 1)
		log.Debug().Err(err).Str("op", op).Int("attempt", attempt).Dur("wait", wait).Msg("transient RPC error, retrying")
		if err := sleep(ctx, wait); err != nil {
			return zero, err
		}
		backoff = min(2*backoff, cfg.MaxBackoff)
	}
}

// sleep waits for d or until ctx ends, whichever is first.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

package chain

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/rs/zerolog"
)

// rpcError is a JSON-RPC error as the rpc package returns it: a message, a code and optional data.
type rpcError struct {
	msg  string
	code int
	data any
}

func (e *rpcError) Error() string  { return e.msg }
func (e *rpcError) ErrorCode() int { return e.code }
func (e *rpcError) ErrorData() any { return e.data }

func TestIsTransient(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"HTTP 429", rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}, true},
		{"HTTP 503 wrapped", fmt.Errorf("call: %w", rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}), true},
		{"HTTP 401", rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}, false},
		{"header not found", errors.New("header not found"), true},
		{"limit exceeded code", &rpcError{msg: "project ID request rate exceeded", code: -32005}, true},
		{"tx indexing", &rpcError{msg: "transaction indexing is in progress", code: -32000, data: "transaction indexing is in progress"}, true},
		{"dial refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, true},
		{"connection reset", fmt.Errorf("post: %w", syscall.ECONNRESET), true},
		{"EOF", io.EOF, true},
		{"revert with data", &rpcError{msg: "execution reverted", code: 3, data: "0x08c379a0"}, false},
		{"nonce too low", errors.New("nonce too low"), false},
		{"context canceled", context.Canceled, false},
		{"deadline", fmt.Errorf("x: %w", context.DeadlineExceeded), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsTransient(tc.err); got != tc.want {
				t.Fatalf("IsTransient(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

func TestRetry(t *testing.T) {
	cfg := RetryConfig{Attempts: 4, InitialBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}
	transient := rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}
	log := zerolog.Nop()

	t.Run("recovers", func(t *testing.T) {
		calls := 0
		v, err := retry(context.Background(), cfg, log, "op", func(context.Context) (int, error) {
			if calls++; calls < 3 {
				return 0, transient
			}
			return 42, nil
		})
		if err != nil || v != 42 || calls != 3 {
			t.Fatalf("got %d, %v after %d calls", v, err, calls)
		}
	})
	t.Run("gives up after attempts", func(t *testing.T) {
		calls := 0
		_, err := retry(context.Background(), cfg, log, "op", func(context.Context) (int, error) {
			calls++
			return 0, transient
		})
		var httpErr rpc.HTTPError
		if calls != 4 || !errors.As(err, &httpErr) {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
	t.Run("permanent error not retried", func(t *testing.T) {
		calls := 0
		permanent := errors.New("insufficient funds")
		_, err := retry(context.Background(), cfg, log, "op", func(context.Context) (int, error) {
			calls++
			return 0, permanent
		})
		if calls != 1 || !errors.Is(err, permanent) {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
	t.Run("stops when the context ends", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		slow := RetryConfig{Attempts: 100, InitialBackoff: time.Hour, MaxBackoff: time.Hour}
		calls := 0
		_, err := retry(ctx, slow, log, "op", func(context.Context) (int, error) {
			calls++
			cancel()
			return 0, transient
		})
		if calls != 1 || !errors.Is(err, context.Canceled) {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
}

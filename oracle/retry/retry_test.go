package retry

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
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

// timeoutErr is a net.Error that timed out, as a dial or read deadline gives.
type timeoutErr struct{}

func (timeoutErr) Error() string   { return "read tcp: i/o timeout" }
func (timeoutErr) Timeout() bool   { return true }
func (timeoutErr) Temporary() bool { return true }

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

// TestClassify: the HTTP status and the JSON-RPC code decide before the message does.
func TestClassify(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want Class
	}{
		{"HTTP 401", rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized", Body: []byte("invalid project id")}, Unauthorized},
		{"HTTP 403 wrapped", fmt.Errorf("eth_getLogs: %w", rpc.HTTPError{StatusCode: 403, Status: "403 Forbidden"}), Unauthorized},
		{"HTTP 403 whose body mentions a rate", rpc.HTTPError{StatusCode: 403, Body: []byte("rate limit")}, Unauthorized},
		{"HTTP 429 whose body mentions a range", rpc.HTTPError{StatusCode: 429, Body: []byte("block range too large")}, Transient},
		{"HTTP 413", rpc.HTTPError{StatusCode: 413}, TooLarge},
		{"HTTP 408", rpc.HTTPError{StatusCode: 408}, Timeout},
		{"HTTP 500", rpc.HTTPError{StatusCode: 500}, Transient},
		{"HTTP 400", rpc.HTTPError{StatusCode: 400, Body: []byte("timeout")}, Permanent},
		{"revert code beats a message that reads like a range", &rpcError{msg: "execution reverted: index out of range", code: 3}, Permanent},
		{"-32005 result limit", &rpcError{msg: "query returned more than 10000 results", code: -32005}, TooLarge},
		{"-32005 rate limit", &rpcError{msg: "daily request rate exceeded", code: -32005}, Transient},
		{"-32602 range (QuickNode)", &rpcError{msg: "eth_getLogs is limited to a 10,000 range", code: -32602}, TooLarge},
		{"-32602 bad params", &rpcError{msg: "invalid argument 0: hex string without 0x prefix", code: -32602}, Permanent},
		{"-32601", &rpcError{msg: "the method eth_foo does not exist", code: -32601}, Permanent},
		{"-32603 internal", &rpcError{msg: "internal error", code: -32603}, Transient},
		{"-32000 range (geth)", &rpcError{msg: "exceed maximum block range: 5000", code: -32000}, TooLarge},
		{"-32000 nonce too low", &rpcError{msg: "nonce too low: next nonce 5, tx nonce 4", code: -32000}, Permanent},
		{"-32000 query timeout", &rpcError{msg: "query timeout exceeded", code: -32000}, TooLarge},
		{"attempt deadline", fmt.Errorf("eth_getLogs: %w", context.DeadlineExceeded), Timeout},
		{"net timeout", &net.OpError{Op: "read", Net: "tcp", Err: timeoutErr{}}, Timeout},
		{"canceled", fmt.Errorf("x: %w", context.Canceled), Canceled},
		{"message rate limit", errors.New("429 Too Many Requests: rate limited"), Transient},
		{"message range", errors.New("query exceeds max block range 4"), TooLarge},
		{"websocket handshake refused", errors.New("websocket: bad handshake (HTTP status 401 Unauthorized)"), Unauthorized},
		{"message timeout", errors.New("request timed out"), Timeout},
		{"unknown", errors.New("insufficient funds for gas * price + value"), Permanent},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Classify(tc.err); got != tc.want {
				t.Fatalf("Classify(%v) = %s, want %s", tc.err, got, tc.want)
			}
		})
	}
}

func TestRetry(t *testing.T) {
	cfg := Policy{Attempts: 4, InitialBackoff: time.Millisecond, MaxBackoff: 2 * time.Millisecond}
	transient := rpc.HTTPError{StatusCode: 503, Status: "503 Service Unavailable"}
	log := zerolog.Nop()

	t.Run("recovers", func(t *testing.T) {
		calls := 0
		v, err := Do(context.Background(), cfg, log, "op", func(context.Context) (int, error) {
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
		_, err := Do(context.Background(), cfg, log, "op", func(context.Context) (int, error) {
			calls++
			return 0, transient
		})
		var httpErr rpc.HTTPError
		if calls != 4 || !errors.As(err, &httpErr) || !strings.Contains(err.Error(), "gave up after 4 attempts") {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
	t.Run("permanent error not retried", func(t *testing.T) {
		calls := 0
		permanent := errors.New("insufficient funds")
		_, err := Do(context.Background(), cfg, log, "op", func(context.Context) (int, error) {
			calls++
			return 0, permanent
		})
		if calls != 1 || !errors.Is(err, permanent) {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
	t.Run("stops when the context ends", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		slow := Policy{Attempts: 100, InitialBackoff: time.Hour, MaxBackoff: time.Hour}
		calls := 0
		_, err := Do(ctx, slow, log, "op", func(context.Context) (int, error) {
			calls++
			cancel()
			return 0, transient
		})
		if calls != 1 || !errors.Is(err, context.Canceled) {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
	t.Run("an attempt's deadline is retried", func(t *testing.T) {
		p := cfg
		p.AttemptTimeout = 20 * time.Millisecond
		calls := 0
		v, err := Do(context.Background(), p, log, "op", func(ctx context.Context) (int, error) {
			if calls++; calls == 1 {
				<-ctx.Done() // a node that hangs
				return 0, ctx.Err()
			}
			return 7, nil
		})
		if err != nil || v != 7 || calls != 2 {
			t.Fatalf("got %d, %v after %d calls", v, err, calls)
		}
	})
	t.Run("the caller's deadline is not retried", func(t *testing.T) {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		defer cancel()
		calls := 0
		_, err := Do(ctx, cfg, log, "op", func(ctx context.Context) (int, error) {
			calls++
			<-ctx.Done()
			return 0, ctx.Err()
		})
		if calls != 1 || !errors.Is(err, context.DeadlineExceeded) {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
	t.Run("401 is fatal at once, with a clear message", func(t *testing.T) {
		calls := 0
		_, err := Do(context.Background(), cfg, log, "eth_chainId", func(context.Context) (int, error) {
			calls++
			return 0, rpc.HTTPError{StatusCode: 401, Status: "401 Unauthorized"}
		})
		if calls != 1 || !errors.Is(err, ErrUnauthorized) || !strings.Contains(err.Error(), "API key") {
			t.Fatalf("%d calls, err %v", calls, err)
		}
	})
}

func TestPolicyValidate(t *testing.T) {
	if err := DefaultPolicy().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []Policy{
		{Attempts: 0, InitialBackoff: time.Millisecond, MaxBackoff: time.Second},
		{Attempts: 1, InitialBackoff: 0, MaxBackoff: time.Second},
		{Attempts: 1, InitialBackoff: time.Second, MaxBackoff: time.Millisecond},
		{Attempts: 1, InitialBackoff: time.Millisecond, MaxBackoff: time.Second, AttemptTimeout: -1},
	} {
		if err := p.Validate(); !errors.Is(err, ErrInvalidPolicy) {
			t.Errorf("%+v: %v", p, err)
		}
	}
}

// Package svm runs idlegrid's local Solana node: svmnode.mjs, a JSON-RPC front over LiteSVM (npm `litesvm`,
// pinned in the repository's package.json), started under Node on a loopback port. It answers the Solana
// JSON-RPC methods the gateway, its watcher, the CLI and the tests use, with a real node's commitment levels
// (slots close on a timer and on AdvanceSlots; confirmed and finalized lag the open slot by a configurable
// depth).
//
// It owns the node process's life cycle only: starting it on a free port, checking the node that answers is
// the one it started, and stopping it. Setting up mints, vaults and accounts belongs to the callers
// (oracle/solgateway). It must never be used for anything but development: it runs a public faucet.
package svm

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gagliardetto/solana-go"
	"github.com/rs/zerolog"
)

//go:embed svmnode.mjs
var script []byte

// ErrNoNode says Node.js is missing; its message says how to get it.
var ErrNoNode = errors.New("svm: Node.js (v20 or newer) is needed for the local Solana node: install it " +
	"(Debian/Ubuntu: apt-get install nodejs npm; or from nodejs.org), then run `npm ci --ignore-scripts` in the " +
	"repository root to install the pinned litesvm")

// ErrNoLiteSVM says the npm packages are not installed where the node looks for them.
var ErrNoLiteSVM = errors.New("svm: litesvm is not installed: run `npm ci --ignore-scripts` in the repository " +
	"root (or point Config.Modules at the directory whose node_modules holds it)")

// ErrNotOurs says the node answering on the port is not the one this process started.
var ErrNotOurs = errors.New("svm: another node answers on the port")

// Config says how the node runs.
type Config struct {
	// Node is the node binary (default: "node" on PATH).
	Node string
	// Modules is a directory whose node_modules holds litesvm and @solana/kit (default: the nearest
	// directory at or above the working directory that has node_modules/litesvm).
	Modules string
	// Host is the loopback address to bind; Port 0 lets the node pick a free port.
	Host string
	Port int
	// SlotInterval closes a slot this often; 0 closes slots only on AdvanceSlots (tests).
	SlotInterval time.Duration
	// ConfirmedDepth and FinalizedDepth: slots above a transaction's slot before it is confirmed / finalized.
	ConfirmedDepth int
	FinalizedDepth int
	// StartTimeout bounds the wait for the node to listen.
	StartTimeout time.Duration
	Log          zerolog.Logger
}

// DefaultConfig is a node on a free loopback port with 400 ms slots, confirmed one slot and finalized 32 slots
// behind the open slot, like mainnet's usual lags.
func DefaultConfig() Config {
	return Config{
		Node:           "node",
		Host:           "127.0.0.1",
		SlotInterval:   400 * time.Millisecond,
		ConfirmedDepth: 1,
		FinalizedDepth: 32,
		StartTimeout:   30 * time.Second,
		Log:            zerolog.Nop(),
	}
}

// Validate reports the first field that is out of range.
func (c Config) Validate() error {
	ip := net.ParseIP(c.Host)
	switch {
	case c.Host != "localhost" && (ip == nil || !ip.IsLoopback()):
		return fmt.Errorf("svm: host %q: must be a loopback address (the node runs a public faucet)", c.Host)
	case c.Port < 0 || c.Port > 65535:
		return fmt.Errorf("svm: port %d: out of range", c.Port)
	case c.SlotInterval < 0 || (c.SlotInterval > 0 && c.SlotInterval < time.Millisecond):
		return fmt.Errorf("svm: slot interval %v: must be 0 (on demand) or at least 1ms", c.SlotInterval)
	case c.ConfirmedDepth < 0:
		return fmt.Errorf("svm: confirmed depth %d: must not be negative", c.ConfirmedDepth)
	case c.FinalizedDepth < c.ConfirmedDepth:
		return fmt.Errorf("svm: finalized depth %d: must be at least the confirmed depth %d", c.FinalizedDepth, c.ConfirmedDepth)
	case c.StartTimeout <= 0:
		return fmt.Errorf("svm: start timeout %v: must be positive", c.StartTimeout)
	}
	return nil
}

// Node is a running local Solana node.
type Node struct {
	// URL is the JSON-RPC endpoint.
	URL string
	// Identity is the node's identity (getIdentity), chosen by this process to recognise its own node.
	Identity solana.PublicKey
	// GenesisHash is new at every start (getGenesisHash): the cluster name in replay keys.
	GenesisHash solana.Hash
	// Faucet is the account requestAirdrop pays from.
	Faucet solana.PublicKey

	cmd     *exec.Cmd
	stdin   io.WriteCloser
	dir     string
	done    chan struct{}
	waitErr error
	once    sync.Once
	log     zerolog.Logger
}

// FindModules walks up from dir to the first directory with node_modules/litesvm.
func FindModules(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	for {
		if st, err := os.Stat(filepath.Join(dir, "node_modules", "litesvm", "package.json")); err == nil && !st.IsDir() {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", ErrNoLiteSVM
		}
		dir = parent
	}
}

// Start runs the node and returns once it answers as itself. ctx bounds the start only; Close stops it.
func Start(ctx context.Context, cfg Config) (*Node, error) {
	if cfg.Node == "" {
		cfg.Node = "node"
	}
	if cfg.StartTimeout == 0 {
		cfg.StartTimeout = 30 * time.Second
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	nodeBin, err := exec.LookPath(cfg.Node)
	if err != nil {
		return nil, fmt.Errorf("%w (looked for %q: %v)", ErrNoNode, cfg.Node, err)
	}
	if cfg.Modules == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if cfg.Modules, err = FindModules(wd); err != nil {
			return nil, err
		}
	} else if _, err := os.Stat(filepath.Join(cfg.Modules, "node_modules", "litesvm", "package.json")); err != nil {
		return nil, fmt.Errorf("%w: %s has no node_modules/litesvm", ErrNoLiteSVM, cfg.Modules)
	}
	dir, err := os.MkdirTemp("", "idlegrid-svm-")
	if err != nil {
		return nil, err
	}
	path := filepath.Join(dir, "svmnode.mjs")
	if err := os.WriteFile(path, script, 0o600); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	var id [32]byte
	if _, err := rand.Read(id[:]); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	identity := solana.PublicKeyFromBytes(id[:])
	args := []string{path,
		"--host", cfg.Host, "--port", strconv.Itoa(cfg.Port), "--modules", cfg.Modules,
		"--identity", identity.String(), "--slot-ms", strconv.FormatInt(cfg.SlotInterval.Milliseconds(), 10),
		"--confirmed-depth", strconv.Itoa(cfg.ConfirmedDepth), "--finalized-depth", strconv.Itoa(cfg.FinalizedDepth),
		"--exit-on-stdin-end",
	}
	cmd := exec.Command(nodeBin, args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	var stderr lockedTail
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		os.RemoveAll(dir)
		return nil, fmt.Errorf("svm: start %s: %w", nodeBin, err)
	}
	n := &Node{Identity: identity, cmd: cmd, stdin: stdin, dir: dir, done: make(chan struct{}), log: cfg.Log}
	go func() {
		n.waitErr = cmd.Wait()
		close(n.done)
	}()

	type hello struct {
		URL         string `json:"url"`
		Identity    string `json:"identity"`
		GenesisHash string `json:"genesisHash"`
		Faucet      string `json:"faucet"`
	}
	lines := make(chan hello, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			var h hello
			if json.Unmarshal(sc.Bytes(), &h) == nil && h.URL != "" {
				lines <- h
				continue
			}
			cfg.Log.Info().Str("component", "svm").Msg(sc.Text())
		}
	}()
	sctx, cancel := context.WithTimeout(ctx, cfg.StartTimeout)
	defer cancel()
	var h hello
	select {
	case h = <-lines:
	case <-n.done:
		n.Close()
		return nil, fmt.Errorf("svm: node exited before listening: %v: %s", n.waitErr, strings.TrimSpace(stderr.String()))
	case <-sctx.Done():
		n.Close()
		return nil, fmt.Errorf("svm: node did not listen within %v: %w: %s", cfg.StartTimeout, sctx.Err(), strings.TrimSpace(stderr.String()))
	}
	n.URL = h.URL
	if n.GenesisHash, err = solana.HashFromBase58(h.GenesisHash); err != nil {
		n.Close()
		return nil, fmt.Errorf("svm: node's genesis hash %q: %w", h.GenesisHash, err)
	}
	if n.Faucet, err = solana.PublicKeyFromBase58(h.Faucet); err != nil {
		n.Close()
		return nil, fmt.Errorf("svm: node's faucet %q: %w", h.Faucet, err)
	}
	if err := n.checkOurs(sctx); err != nil {
		n.Close()
		return nil, err
	}
	cfg.Log.Info().Str("component", "svm").Str("url", n.URL).Stringer("genesis", n.GenesisHash).Msg("local Solana node up")
	return n, nil
}

// checkOurs asks the node at URL for its identity: another process may have taken the port.
func (n *Node) checkOurs(ctx context.Context) error {
	var got struct {
		Identity string `json:"identity"`
	}
	if err := n.Call(ctx, "getIdentity", nil, &got); err != nil {
		return fmt.Errorf("svm: getIdentity at %s: %w", n.URL, err)
	}
	if got.Identity != n.Identity.String() {
		return fmt.Errorf("%w: %s says it is %s, ours is %s", ErrNotOurs, n.URL, got.Identity, n.Identity)
	}
	var genesis string
	if err := n.Call(ctx, "getGenesisHash", nil, &genesis); err != nil {
		return fmt.Errorf("svm: getGenesisHash at %s: %w", n.URL, err)
	}
	if genesis != n.GenesisHash.String() {
		return fmt.Errorf("%w: %s has genesis %s, ours printed %s", ErrNotOurs, n.URL, genesis, n.GenesisHash)
	}
	return nil
}

// RPCError is a JSON-RPC error answer.
type RPCError struct {
	Code    int             `json:"code"`
	Message string          `json:"message"`
	Data    json.RawMessage `json:"data,omitempty"`
}

func (e *RPCError) Error() string { return fmt.Sprintf("rpc error %d: %s", e.Code, e.Message) }

// Call makes one JSON-RPC call to the node (for its dev methods; use solana-go's rpc client for the rest).
func (n *Node) Call(ctx context.Context, method string, params []any, out any) error {
	if params == nil {
		params = []any{}
	}
	body, err := json.Marshal(map[string]any{"jsonrpc": "2.0", "id": 1, "method": method, "params": params})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, n.URL, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Result json.RawMessage `json:"result"`
		Error  *RPCError       `json:"error"`
	}
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&r); err != nil {
		return fmt.Errorf("svm: %s: decode answer (HTTP %d): %w", method, resp.StatusCode, err)
	}
	if r.Error != nil {
		return r.Error
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(r.Result, out)
}

// AdvanceSlots closes k slots now and returns the new open slot. Transactions sent before it are then k
// slots deeper: FinalizedDepth slots make everything sent so far finalized.
func (n *Node) AdvanceSlots(ctx context.Context, k int) (uint64, error) {
	var s uint64
	if err := n.Call(ctx, "devnet_advanceSlots", []any{k}, &s); err != nil {
		return 0, fmt.Errorf("svm: advance %d slots: %w", k, err)
	}
	return s, nil
}

// Healthy reports whether the node process is still running.
func (n *Node) Healthy() error {
	select {
	case <-n.done:
		return fmt.Errorf("svm: node exited: %v", n.waitErr)
	default:
		return nil
	}
}

// Close stops the node (it exits when its stdin closes; SIGKILL after 5 s) and removes its script. It is
// idempotent.
func (n *Node) Close() error {
	n.once.Do(func() {
		n.stdin.Close() // the node exits when its stdin closes
		select {
		case <-n.done:
		case <-time.After(5 * time.Second):
			n.cmd.Process.Kill()
			<-n.done
		}
		os.RemoveAll(n.dir)
	})
	return nil
}

// lockedTail keeps the last 8 KiB written to it (the node's stderr, for error messages).
type lockedTail struct {
	mu  sync.Mutex
	buf []byte
}

func (t *lockedTail) Write(p []byte) (int, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.buf = append(t.buf, p...)
	if len(t.buf) > 8<<10 {
		t.buf = t.buf[len(t.buf)-8<<10:]
	}
	return len(p), nil
}

func (t *lockedTail) String() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return string(t.buf)
}

package server

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
	"net/http/httputil"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/gateway"
)

// The renter gateway, proxied for browsers. A provider's gateway proves its identity with a TLS certificate
// bound to the provider's key, which a browser cannot check; this server (which the user already trusts for the
// console's code) connects with oracle/gateway's client, which does. It holds no key: the browser's wallet signs
// the LeaseAccess, this server only assembles the token (checking the signature is the lease's renter's) and
// passes it through, and the provider checks it as from any client.

// ErrNoGateway means the lease's provider publishes no gateway endpoint this server knows.
var ErrNoGateway = errors.New("no gateway endpoint known for the provider")

// ErrLeaseNotIndexed means the lease is not in the index.
var ErrLeaseNotIndexed = errors.New("lease not indexed")

// GatewayTarget is where a lease's workload is reached: its parties (from the index) and the provider's
// gateway endpoint (host:port).
type GatewayTarget struct {
	Renter, Provider common.Address
	Endpoint         string
}

// GatewayDirectory finds a lease's gateway. It returns ErrLeaseNotIndexed or ErrNoGateway (wrapped) when it
// cannot.
type GatewayDirectory interface {
	GatewayTarget(ctx context.Context, lease uint64) (GatewayTarget, error)
}

// GatewayProxyConfig configures the proxy.
type GatewayProxyConfig struct {
	// Domain is GatewayDomain(chain id, LeaseEscrow) of the deployment.
	Domain oracle.Domain
	// TokenLifetime is how long the access the console has signed stays valid (at most 15 min).
	TokenLifetime time.Duration
	// DialTimeout bounds connecting to a provider's gateway.
	DialTimeout time.Duration
	// Now is the clock (nil: time.Now).
	Now func() time.Time
}

// GatewayProxy serves /v1/gateway/leases/{id}/{access,token,job,status,logs,exec,shell,forward}.
type GatewayProxy struct {
	cfg GatewayProxyConfig
	dir GatewayDirectory
	log zerolog.Logger
}

// NewGatewayProxy checks cfg.
func NewGatewayProxy(cfg GatewayProxyConfig, dir GatewayDirectory, log zerolog.Logger) (*GatewayProxy, error) {
	if err := cfg.Domain.Validate(); err != nil {
		return nil, fmt.Errorf("gateway proxy: %w", err)
	}
	if cfg.Domain.Name != oracle.GatewayDomainName {
		return nil, fmt.Errorf("gateway proxy: domain %q, want %q", cfg.Domain.Name, oracle.GatewayDomainName)
	}
	if dir == nil {
		return nil, errors.New("gateway proxy: directory: required")
	}
	if cfg.TokenLifetime <= 0 || cfg.TokenLifetime > gateway.MaxTokenLifetime {
		cfg.TokenLifetime = gateway.MaxTokenLifetime
	}
	if cfg.DialTimeout <= 0 {
		cfg.DialTimeout = 10 * time.Second
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	return &GatewayProxy{cfg: cfg, dir: dir, log: log}, nil
}

func (g *GatewayProxy) routes(s *Server, mux *http.ServeMux) {
	s.route(mux, "GET /v1/gateway/leases/{id}/access", g.access)
	s.route(mux, "POST /v1/gateway/leases/{id}/token", g.token)
	s.route(mux, "GET /v1/gateway/leases/{id}/status", g.status)
	s.route(mux, "POST /v1/gateway/leases/{id}/exec", g.exec)
	s.route(mux, "POST /v1/gateway/leases/{id}/job", g.job)
	s.stream(mux, "GET /v1/gateway/leases/{id}/logs", func(w http.ResponseWriter, r *http.Request) { g.logs(s, w, r) })
	s.stream(mux, "GET /v1/gateway/leases/{id}/shell", func(w http.ResponseWriter, r *http.Request) { g.shell(s, w, r) })
	s.stream(mux, "/v1/gateway/leases/{id}/forward/{port}/{rest...}", func(w http.ResponseWriter, r *http.Request) { g.forward(s, w, r) })
}

func leaseParam(r *http.Request) (uint64, error) {
	id, err := strconv.ParseUint(r.PathValue("id"), 10, 63)
	if err != nil || id == 0 {
		return 0, badParam("id", "must be a lease id (a positive integer), got %q", r.PathValue("id"))
	}
	return id, nil
}

func (g *GatewayProxy) target(ctx context.Context, lease uint64) (GatewayTarget, error) {
	t, err := g.dir.GatewayTarget(ctx, lease)
	switch {
	case errors.Is(err, ErrLeaseNotIndexed):
		return t, notFound("lease %d is not indexed", lease)
	case errors.Is(err, ErrNoGateway):
		return t, &apiError{Status: http.StatusServiceUnavailable, Code: api.CodeGatewayUnknown,
			Message: fmt.Sprintf("this indexer knows no gateway of provider %s: the lease's status, logs and ports cannot be reached from here", t.Provider.Hex())}
	}
	return t, err
}

// access is an unsigned LeaseAccess for the lease's renter, valid from now, and the typed data that signs it.
func (g *GatewayProxy) access(r *http.Request) (any, error) {
	id, err := leaseParam(r)
	if err != nil {
		return nil, err
	}
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	t, err := g.target(r.Context(), id)
	if err != nil {
		return nil, err
	}
	now := g.cfg.Now()
	a := oracle.LeaseAccess{LeaseID: id, Renter: t.Renter, Provider: t.Provider, IssuedAt: uint64(now.Unix()),
		Expiry: uint64(now.Add(g.cfg.TokenLifetime).Unix())}
	if _, err := rand.Read(a.Nonce[:]); err != nil {
		return nil, err
	}
	td, err := gateway.TypedData(g.cfg.Domain, a)
	if err != nil {
		return nil, err
	}
	return api.GatewayAccess{TypedData: td, Access: api.AccessFields{LeaseID: strconv.FormatUint(id, 10), Renter: a.Renter,
		Provider: a.Provider, IssuedAt: a.IssuedAt, Expiry: a.Expiry, Nonce: a.Nonce}}, nil
}

type tokenBody struct {
	Access    api.AccessFields `json:"access"`
	Signature hexutil.Bytes    `json:"signature"`
}

// token assembles the token from the access and the wallet's signature, refusing one not signed by the
// lease's renter.
func (g *GatewayProxy) token(r *http.Request) (any, error) {
	id, err := leaseParam(r)
	if err != nil {
		return nil, err
	}
	var body tokenBody
	if err := decodeBody(r, 4<<10, &body); err != nil {
		return nil, err
	}
	if body.Access.LeaseID != strconv.FormatUint(id, 10) {
		return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: "access.leaseId",
			Message: fmt.Sprintf("access.leaseId: %q is not the URL's lease %d", body.Access.LeaseID, id)}
	}
	t, err := g.target(r.Context(), id)
	if err != nil {
		return nil, err
	}
	if body.Access.Renter != t.Renter || body.Access.Provider != t.Provider {
		return nil, &apiError{Status: http.StatusForbidden, Code: api.CodeNotRenter, Parameter: "access.renter",
			Message: fmt.Sprintf("lease %d is %s's on provider %s's node", id, t.Renter.Hex(), t.Provider.Hex())}
	}
	a := oracle.LeaseAccess{LeaseID: id, Renter: body.Access.Renter, Provider: body.Access.Provider, IssuedAt: body.Access.IssuedAt,
		Expiry: body.Access.Expiry, Nonce: body.Access.Nonce}
	if a.Expiry <= a.IssuedAt || time.Duration(a.Expiry-a.IssuedAt)*time.Second > gateway.MaxTokenLifetime {
		return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: "access.expiry",
			Message: fmt.Sprintf("access.expiry: valid for %ds, at most %s", int64(a.Expiry)-int64(a.IssuedAt), gateway.MaxTokenLifetime)}
	}
	tok, err := gateway.NewToken(g.cfg.Domain, a, body.Signature)
	if err != nil {
		return nil, &apiError{Status: http.StatusForbidden, Code: api.CodeBadSignature, Parameter: "signature", Message: err.Error()}
	}
	enc, err := tok.Encode()
	if err != nil {
		return nil, err
	}
	return api.GatewayToken{Token: enc, ExpiresAt: a.Expiry}, nil
}

// bearer is the request's token: the Authorization header, or access_token for links and WebSockets.
func bearer(r *http.Request) (string, error) {
	if h := r.Header.Get("Authorization"); h != "" {
		tok, ok := strings.CutPrefix(h, "Bearer ")
		if !ok || tok == "" {
			return "", &apiError{Status: http.StatusUnauthorized, Code: api.CodeNoToken, Message: "Authorization: want \"Bearer TOKEN\""}
		}
		return tok, nil
	}
	if tok := r.URL.Query().Get(gateway.ParamToken); tok != "" {
		return tok, nil
	}
	return "", &apiError{Status: http.StatusUnauthorized, Code: api.CodeNoToken,
		Message: "no access token: sign one for the lease (POST /v1/gateway/leases/{id}/token) and send it as Authorization: Bearer"}
}

// client is a gateway client for the lease's provider with the browser's token.
func (g *GatewayProxy) client(r *http.Request) (*gateway.Client, uint64, error) {
	id, err := leaseParam(r)
	if err != nil {
		return nil, 0, err
	}
	tok, err := bearer(r)
	if err != nil {
		return nil, 0, err
	}
	if len(tok) > gateway.MaxTokenBytes {
		return nil, 0, &apiError{Status: http.StatusUnauthorized, Code: api.CodeNoToken, Message: "access token too long"}
	}
	t, err := g.target(r.Context(), id)
	if err != nil {
		return nil, 0, err
	}
	c, err := gateway.NewClient(gateway.ClientConfig{Endpoint: t.Endpoint, Provider: t.Provider, Tokens: gateway.StaticToken(tok),
		DialTimeout: g.cfg.DialTimeout, Log: g.log, Now: g.cfg.Now})
	return c, id, err
}

// gatewayError maps a failure to reach or be served by the gateway to the API's error.
func gatewayError(err error) error {
	var ge *gateway.Error
	var ae *apiError
	switch {
	case errors.As(err, &ae):
		return ae
	case errors.As(err, &ge):
		status := ge.Status
		if status == 0 {
			status = http.StatusBadGateway
		}
		return &apiError{Status: status, Code: "gateway_" + string(ge.Code), Parameter: ge.Parameter, Message: "the provider's gateway refused: " + ge.Message}
	case errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return &apiError{Status: http.StatusGatewayTimeout, Code: api.CodeGatewayUnreachable, Message: "the provider's gateway did not answer in time"}
	}
	return &apiError{Status: http.StatusBadGateway, Code: api.CodeGatewayUnreachable, Message: "cannot reach the provider's gateway: " + err.Error()}
}

func (g *GatewayProxy) status(r *http.Request) (any, error) {
	c, id, err := g.client(r)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	st, err := c.Status(r.Context(), id)
	if err != nil {
		return nil, gatewayError(err)
	}
	return st, nil
}

// Bounds on an exec's command: the provider's gateway has its own (MaxCmdBytes, 16 KiB by default).
const (
	maxExecWords = 256
	maxExecBytes = 16 << 10
)

// exec runs one command in the lease's container through the provider's shell route (no terminal, no
// input) and answers what it printed and its exit code, within the API's request timeout: a browser's "run a
// command", not an interactive shell (the CLI's lease shell is that).
func (g *GatewayProxy) exec(r *http.Request) (any, error) {
	var body api.GatewayExec
	if err := decodeBody(r, maxExecBytes+4<<10, &body); err != nil {
		return nil, err
	}
	size := 0
	for i, w := range body.Cmd {
		if strings.ContainsRune(w, 0) {
			return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: "cmd",
				Message: fmt.Sprintf("cmd[%d]: contains a NUL byte", i)}
		}
		size += len(w)
	}
	switch {
	case len(body.Cmd) == 0 || body.Cmd[0] == "":
		return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: "cmd",
			Message: "cmd: required (the command and its arguments, one word each, like [\"nvidia-smi\"])"}
	case len(body.Cmd) > maxExecWords || size > maxExecBytes:
		return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Parameter: "cmd",
			Message: fmt.Sprintf("cmd: %d words of %d bytes, at most %d words of %d bytes", len(body.Cmd), size, maxExecWords, maxExecBytes)}
	}
	c, id, err := g.client(r)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	var res api.GatewayExecResult
	stdout := &cappedBuffer{max: api.GatewayExecOutputMax, truncated: &res.Truncated}
	stderr := &cappedBuffer{max: api.GatewayExecOutputMax, truncated: &res.Truncated}
	code, err := c.Shell(r.Context(), id, gateway.ShellRequest{Cmd: body.Cmd, Stdout: stdout, Stderr: stderr})
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return nil, &apiError{Status: http.StatusGatewayTimeout, Code: api.CodeTimeout,
				Message: "the command did not finish within the request's time: run long or interactive work with idlegrid lease shell"}
		}
		return nil, gatewayError(err)
	}
	res.ExitCode, res.Stdout, res.Stderr = code, stdout.String(), stderr.String()
	return res, nil
}

// maxJobSpec bounds a job spec sent through the proxy: the provider gateway's own bound on a spec (the spec
// format's limits are lower; see provider/job).
const maxJobSpec = 128 << 10

// job hands the provider's node the job spec its lease binds on chain (protocol v2's LeaseOpened.jobCID): the
// body is the spec's canonical JSON, which the proxy sends as a CAR of its one block with the renter's token,
// as `idlegrid job push --lease` does. The node verifies the block against its CID and takes it as the lease's
// job only when it is the CID the chain binds (its answer to naming it); a node that does not know the lease
// yet (it follows the chain a few blocks behind) answers gateway_lease_not_found, and the browser asks again.
func (g *GatewayProxy) job(r *http.Request) (any, error) {
	if ct := r.Header.Get("Content-Type"); ct != "application/json" && !strings.HasPrefix(ct, "application/json;") {
		return nil, &apiError{Status: http.StatusUnsupportedMediaType, Code: api.CodeUnsupportedMediaType,
			Message: "send the job spec's canonical JSON as application/json"}
	}
	spec, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, maxJobSpec))
	if err != nil {
		return nil, &apiError{Status: http.StatusRequestEntityTooLarge, Code: api.CodeBodyTooLarge, Message: fmt.Sprintf("a job spec is at most %d bytes", maxJobSpec)}
	}
	if trimmed := bytes.TrimSpace(spec); len(trimmed) == 0 || trimmed[0] != '{' || !json.Valid(spec) {
		return nil, &apiError{Status: http.StatusBadRequest, Code: api.CodeInvalidBody, Message: "body: want the job spec, one JSON object"}
	}
	c, id, err := g.client(r)
	if err != nil {
		return nil, err
	}
	defer c.Close()
	// The spec's CID is the raw block's (specs are far under a UnixFS chunk): the CID the lease binds.
	store := content.NewMemoryStore()
	root, err := store.AddBytes(r.Context(), spec)
	if err != nil {
		return nil, err
	}
	var car bytes.Buffer
	if err := store.ExportCAR(r.Context(), root, content.ScopeAll, &car); err != nil {
		return nil, err
	}
	got, err := c.Upload(r.Context(), id, &car)
	if err != nil {
		return nil, gatewayError(err)
	}
	if got != root.String() {
		return nil, &apiError{Status: http.StatusBadGateway, Code: api.CodeGatewayMismatch,
			Message: fmt.Sprintf("the provider's node holds the spec as %s, not %s", got, root)}
	}
	// The node confirms the chain binds this spec to the lease (or says which one it binds).
	named, err := c.NameJob(r.Context(), id, got)
	if err != nil {
		return nil, gatewayError(err)
	}
	if named != got {
		return nil, &apiError{Status: http.StatusBadGateway, Code: api.CodeGatewayMismatch,
			Message: fmt.Sprintf("the provider's node names lease %d's job %s, not %s", id, named, got)}
	}
	return created{api.GatewayJob{CID: got}}, nil
}

// shell relays an interactive shell between the browser's WebSocket and the provider gateway's shell route:
// the token comes as access_token (a browser cannot set a WebSocket's headers), the terminal as tty, cols and
// rows; messages pass both ways as they are (the gateway's shell protocol: binary stdin and output frames, text
// control messages), each bounded. A refusal before the relay starts is the JSON error with its status.
func (g *GatewayProxy) shell(s *Server, w http.ResponseWriter, r *http.Request) {
	q := url.Values{}
	for _, k := range []string{gateway.ParamTTY, gateway.ParamCols, gateway.ParamRows} {
		if v := r.URL.Query().Get(k); v != "" {
			q.Set(k, v)
		}
	}
	c, id, err := g.client(r)
	if err != nil {
		s.writeError(w, err)
		return
	}
	defer c.Close()
	up, err := c.DialShell(r.Context(), id, q)
	if err != nil {
		s.writeError(w, gatewayError(err))
		return
	}
	defer up.CloseNow()
	// A shell outlives the server's read and write timeouts; the provider's gateway ends idle sessions.
	rc := http.NewResponseController(w)
	_ = rc.SetReadDeadline(time.Time{})
	_ = rc.SetWriteDeadline(time.Time{})
	// Same origin only (the library's default): another site's page must not drive a shell with a token
	// it got hold of.
	down, err := websocket.Accept(w, r, &websocket.AcceptOptions{CompressionMode: websocket.CompressionDisabled})
	if err != nil {
		return // Accept answered the browser
	}
	defer down.CloseNow()
	down.SetReadLimit(gateway.MaxFramePayload + 1024)
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	relay := func(from, to *websocket.Conn) {
		defer cancel()
		for {
			typ, p, err := from.Read(ctx)
			if err != nil {
				return
			}
			if typ == websocket.MessageText && len(p) > gateway.MaxControlBytes {
				return
			}
			if to.Write(ctx, typ, p) != nil {
				return
			}
		}
	}
	go relay(down, up)
	relay(up, down)
	down.Close(websocket.StatusNormalClosure, "")
	up.Close(websocket.StatusNormalClosure, "")
}

// cappedBuffer keeps the first max bytes written and drops the rest (marking truncated), without failing the
// writer: the command runs to its end.
type cappedBuffer struct {
	bytes.Buffer
	max       int
	truncated *bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room < len(p) {
		*b.truncated = true
		b.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return b.Buffer.Write(p)
}

// flushWriter writes frames of one stream and flushes each, under a lock the two streams share.
type flushWriter struct {
	mu     *sync.Mutex
	w      io.Writer
	rc     *http.ResponseController
	stream byte
}

func (f *flushWriter) Write(p []byte) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := gateway.NewFrameWriter(f.w, f.stream).Write(p)
	if err == nil {
		err = f.rc.Flush()
	}
	return n, err
}

// logs streams the workload's log frames as the gateway sends them (the browser decodes the frames), for as
// long as the browser reads: no request timeout applies.
func (g *GatewayProxy) logs(s *Server, w http.ResponseWriter, r *http.Request) {
	c, id, err := g.client(r)
	if err != nil {
		s.writeError(w, err)
		return
	}
	defer c.Close()
	q := r.URL.Query()
	opts := gateway.LogOptions{Follow: q.Get(gateway.ParamFollow) == "1" || q.Get(gateway.ParamFollow) == "true"}
	if t := q.Get(gateway.ParamTail); t != "" {
		n, err := strconv.Atoi(t)
		if err != nil || n < 0 || n > 100_000 {
			s.writeError(w, badParam("tail", "must be 0-100000 lines, got %q", t))
			return
		}
		opts.Tail = n
	}
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{}) // a followed log outlives the server's write timeout
	var mu sync.Mutex
	started := false
	start := func() {
		if !started {
			started = true
			w.Header().Set("Content-Type", "application/octet-stream")
			w.Header().Set("Cache-Control", "no-store")
			w.Header().Set("X-Content-Type-Options", "nosniff")
			w.WriteHeader(http.StatusOK)
			_ = rc.Flush()
		}
	}
	out := &lazyWriter{start: start, w: w}
	err = c.Logs(r.Context(), id, opts, &flushWriter{mu: &mu, w: out, rc: rc, stream: gateway.StreamStdout},
		&flushWriter{mu: &mu, w: out, rc: rc, stream: gateway.StreamStderr})
	if err == nil || r.Context().Err() != nil {
		mu.Lock()
		start()
		mu.Unlock()
		return
	}
	mu.Lock()
	defer mu.Unlock()
	if !started {
		s.writeError(w, gatewayError(err))
		return
	}
	// Already streaming: the error ends the stream as an error frame, as the gateway itself does.
	ae, _ := gatewayError(err).(*apiError)
	body, _ := json.Marshal(ae)
	_ = gateway.WriteFrame(w, gateway.StreamError, body)
	_ = rc.Flush()
}

// lazyWriter sends the status line before the first byte, so a refusal before any output is still a JSON
// error with its status.
type lazyWriter struct {
	start func()
	w     io.Writer
}

func (l *lazyWriter) Write(p []byte) (int, error) {
	l.start()
	return l.w.Write(p)
}

// forwardCookie holds the token for a forwarded port's later requests (its page's assets), scoped to the
// port's path.
const forwardCookie = "idlegrid_forward"

// forward proxies HTTP to a published container port through the gateway's forward WebSocket. The first
// request carries ?access_token=; the token moves into a cookie scoped to the port's path and the browser is
// redirected without it. Forwarded pages are sandboxed (CSP sandbox without allow-same-origin): a workload's
// page must never act as the console's origin.
func (g *GatewayProxy) forward(s *Server, w http.ResponseWriter, r *http.Request) {
	id, port := r.PathValue("id"), r.PathValue("port")
	prefix := "/v1/gateway/leases/" + id + "/forward/" + port + "/"
	if tok := r.URL.Query().Get(gateway.ParamToken); tok != "" {
		http.SetCookie(w, &http.Cookie{Name: forwardCookie, Value: tok, Path: prefix, HttpOnly: true, SameSite: http.SameSiteStrictMode,
			Secure: r.TLS != nil, MaxAge: int(g.cfg.TokenLifetime / time.Second)})
		q := r.URL.Query()
		q.Del(gateway.ParamToken)
		u := url.URL{Path: r.URL.Path, RawQuery: q.Encode()}
		http.Redirect(w, r, u.String(), http.StatusSeeOther)
		return
	}
	if r.Header.Get("Authorization") == "" {
		if c, err := r.Cookie(forwardCookie); err == nil {
			r.Header.Set("Authorization", "Bearer "+c.Value)
		}
	}
	p, err := strconv.ParseUint(port, 10, 16)
	if err != nil || p == 0 {
		s.writeError(w, badParam("port", "must be a TCP port (1-65535), got %q", port))
		return
	}
	c, lease, err := g.client(r)
	if err != nil {
		s.writeError(w, err)
		return
	}
	defer c.Close()
	ctx, cancel := context.WithCancel(r.Context())
	defer cancel()
	ln := newPipeListener()
	served := make(chan error, 1)
	go func() { served <- c.ServeForward(ctx, lease, ln, uint16(p)) }()
	defer func() {
		cancel()
		<-served
	}()
	rc := http.NewResponseController(w)
	_ = rc.SetWriteDeadline(time.Time{})
	rp := &httputil.ReverseProxy{
		Rewrite: func(pr *httputil.ProxyRequest) {
			pr.Out.URL.Scheme, pr.Out.URL.Host = "http", "127.0.0.1:"+port
			pr.Out.URL.Path = "/" + r.PathValue("rest")
			pr.Out.URL.RawPath = ""
			pr.Out.Host = "127.0.0.1:" + port
			pr.Out.Header.Del("Authorization")
			pr.Out.Header.Del("Cookie")
			pr.Out.Header.Set("X-Forwarded-Prefix", prefix)
		},
		Transport: &http.Transport{DialContext: ln.dial, DisableKeepAlives: true, ResponseHeaderTimeout: 30 * time.Second},
		ModifyResponse: func(resp *http.Response) error {
			resp.Header.Set("Content-Security-Policy", "sandbox allow-scripts allow-forms allow-popups allow-downloads")
			resp.Header.Del("Set-Cookie")
			return nil
		},
		ErrorHandler: func(w http.ResponseWriter, _ *http.Request, err error) {
			s.writeError(w, gatewayError(err))
		},
	}
	rp.ServeHTTP(w, r)
}

// pipeListener is a net.Listener whose connections are dialled in process: each dial is one forwarded
// connection through the gateway.
type pipeListener struct {
	conns  chan net.Conn
	closed chan struct{}
	once   sync.Once
}

func newPipeListener() *pipeListener {
	return &pipeListener{conns: make(chan net.Conn), closed: make(chan struct{})}
}

func (l *pipeListener) dial(ctx context.Context, _, _ string) (net.Conn, error) {
	a, b := net.Pipe()
	select {
	case l.conns <- b:
		return a, nil
	case <-l.closed:
		return nil, net.ErrClosed
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

func (l *pipeListener) Accept() (net.Conn, error) {
	select {
	case c := <-l.conns:
		return c, nil
	case <-l.closed:
		return nil, net.ErrClosed
	}
}

func (l *pipeListener) Close() error {
	l.once.Do(func() { close(l.closed) })
	return nil
}

func (l *pipeListener) Addr() net.Addr { return pipeAddr{} }

type pipeAddr struct{}

func (pipeAddr) Network() string { return "pipe" }
func (pipeAddr) String() string  { return "gateway-forward" }

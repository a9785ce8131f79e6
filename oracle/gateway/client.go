package gateway

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"
)

// ClientConfig says which gateway to reach and how to authenticate.
type ClientConfig struct {
	// Endpoint is the gateway's host:port, from the machine's spec.
	Endpoint string
	// Provider is the lease's provider from chain state: the gateway must prove it holds this key.
	Provider common.Address
	// Tokens signs (or hands over) the renter's tokens.
	Tokens TokenSource
	// DialTimeout bounds connecting and the TLS handshake (0: 15 s).
	DialTimeout time.Duration
	// Log gets one line per forwarded connection that fails (zero value: nothing is logged).
	Log zerolog.Logger
	// Now is the clock certificates are checked against (nil: time.Now).
	Now func() time.Time
}

// Client talks to one provider's gateway on behalf of a renter. Safe for concurrent use.
type Client struct {
	cfg  ClientConfig
	base url.URL
	http *http.Client
}

// NewClient checks cfg; it does not connect.
func NewClient(cfg ClientConfig) (*Client, error) {
	if cfg.Tokens == nil {
		return nil, errors.New("gateway client: tokens: required")
	}
	if cfg.Provider == (common.Address{}) {
		return nil, errors.New("gateway client: provider: zero address")
	}
	if _, _, err := net.SplitHostPort(cfg.Endpoint); err != nil {
		return nil, fmt.Errorf("gateway client: endpoint %q: want host:port: %w", cfg.Endpoint, err)
	}
	if cfg.DialTimeout <= 0 {
		cfg.DialTimeout = 15 * time.Second
	}
	dialer := &net.Dialer{Timeout: cfg.DialTimeout, KeepAlive: 30 * time.Second}
	transport := &http.Transport{
		DialContext:         dialer.DialContext,
		TLSClientConfig:     ClientTLSConfig(cfg.Provider, cfg.Now),
		TLSHandshakeTimeout: cfg.DialTimeout,
		ForceAttemptHTTP2:   false,
		MaxIdleConnsPerHost: 4,
		IdleConnTimeout:     90 * time.Second,
	}
	return &Client{
		cfg:  cfg,
		base: url.URL{Scheme: "https", Host: cfg.Endpoint},
		http: &http.Client{Transport: transport, CheckRedirect: func(*http.Request, []*http.Request) error {
			return errors.New("gateway client: the gateway never redirects")
		}},
	}, nil
}

// Close drops idle connections.
func (c *Client) Close() { c.http.CloseIdleConnections() }

func (c *Client) url(lease uint64, route string, q url.Values) string {
	u := c.base
	u.Path = Path(lease, route)
	u.RawQuery = q.Encode()
	return u.String()
}

func (c *Client) authHeader(ctx context.Context, lease uint64) (http.Header, error) {
	tok, err := c.cfg.Tokens.Token(ctx, lease)
	if err != nil {
		return nil, fmt.Errorf("gateway token for lease %d: %w", lease, err)
	}
	return http.Header{"Authorization": {"Bearer " + tok}}, nil
}

// get sends an authenticated GET and returns the 200 response, or the gateway's refusal.
func (c *Client) get(ctx context.Context, lease uint64, route string, q url.Values) (*http.Response, error) {
	h, err := c.authHeader(ctx, lease)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.url(lease, route, q), nil)
	if err != nil {
		return nil, err
	}
	req.Header = h
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("gateway %s: %w", c.cfg.Endpoint, err)
	}
	if resp.StatusCode != http.StatusOK {
		defer resp.Body.Close()
		return nil, readError(resp)
	}
	return resp, nil
}

// maxStatusBody bounds a status response.
const maxStatusBody = 1 << 20

// Status reports the lease's workload: container state, GPU use, uptime, published ports.
func (c *Client) Status(ctx context.Context, lease uint64) (Status, error) {
	resp, err := c.get(ctx, lease, RouteStatus, nil)
	if err != nil {
		return Status{}, err
	}
	defer resp.Body.Close()
	var st Status
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxStatusBody)).Decode(&st); err != nil {
		return Status{}, fmt.Errorf("gateway status of lease %d: %w", lease, err)
	}
	return st, nil
}

// Logs copies the workload's stdout and stderr (the same writer may be given twice). With opts.Follow it
// keeps copying until ctx ends (then it returns ctx's error), the workload ends or the lease closes.
func (c *Client) Logs(ctx context.Context, lease uint64, opts LogOptions, stdout, stderr io.Writer) error {
	q := url.Values{}
	if opts.Follow {
		q.Set(ParamFollow, "1")
	}
	if opts.Tail > 0 {
		q.Set(ParamTail, strconv.Itoa(opts.Tail))
	}
	resp, err := c.get(ctx, lease, RouteLogs, q)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	err = ReadFrames(resp.Body, stdout, stderr)
	if ctx.Err() != nil { // a cancelled body may read as a clean end
		return ctx.Err()
	}
	if err != nil {
		return fmt.Errorf("gateway logs of lease %d: %w", lease, err)
	}
	return nil
}

// dial opens an authenticated WebSocket on route, returning the gateway's refusal as an *Error.
func (c *Client) dial(ctx context.Context, lease uint64, route string, q url.Values) (*websocket.Conn, error) {
	h, err := c.authHeader(ctx, lease)
	if err != nil {
		return nil, err
	}
	dctx, cancel := context.WithTimeout(ctx, c.cfg.DialTimeout)
	defer cancel()
	ws, resp, err := websocket.Dial(dctx, c.url(lease, route, q), &websocket.DialOptions{
		HTTPClient: c.http, HTTPHeader: h, CompressionMode: websocket.CompressionDisabled,
	})
	if err != nil {
		if resp != nil && resp.StatusCode != http.StatusSwitchingProtocols && resp.Body != nil {
			return nil, readError(resp)
		}
		return nil, fmt.Errorf("gateway %s: %w", c.cfg.Endpoint, err)
	}
	return ws, nil
}

// DialShell opens the lease's shell WebSocket with q (ParamCmd, ParamTTY, ParamCols, ParamRows) and hands it
// over unread: for a relay that passes the shell messages on as they are (the indexer's proxy for browsers).
// Shell is the client that speaks them.
func (c *Client) DialShell(ctx context.Context, lease uint64, q url.Values) (*websocket.Conn, error) {
	ws, err := c.dial(ctx, lease, RouteShell, q)
	if err != nil {
		return nil, err
	}
	ws.SetReadLimit(MaxFramePayload + 1024)
	return ws, nil
}

// ShellRequest is a shell session: an interactive shell (no Cmd) or one command.
type ShellRequest struct {
	// Cmd is the command's argv; empty runs the container's interactive shell.
	Cmd []string
	// TTY allocates a terminal of Size (output then comes on stdout only). The CLI puts its own terminal in
	// raw mode and feeds Resize from SIGWINCH.
	TTY    bool
	Size   TermSize
	Resize <-chan TermSize
	// Stdin is sent until it ends (nil: no input). Stdout and Stderr get the output; nil Stderr means Stdout.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// Shell runs req in the lease's container and returns the command's exit code once it exits.
func (c *Client) Shell(ctx context.Context, lease uint64, req ShellRequest) (int, error) {
	if req.Stdout == nil {
		return 0, errors.New("gateway shell: stdout: required")
	}
	if req.Stderr == nil {
		req.Stderr = req.Stdout
	}
	q := url.Values{}
	for _, a := range req.Cmd {
		q.Add(ParamCmd, a)
	}
	if req.TTY {
		q.Set(ParamTTY, "1")
		if req.Size.Cols > 0 && req.Size.Rows > 0 {
			q.Set(ParamCols, strconv.Itoa(int(req.Size.Cols)))
			q.Set(ParamRows, strconv.Itoa(int(req.Size.Rows)))
		}
	}
	ws, err := c.dial(ctx, lease, RouteShell, q)
	if err != nil {
		return 0, err
	}
	defer ws.CloseNow()
	ws.SetReadLimit(MaxFramePayload + 1024)
	ctx, cancel := context.WithCancel(ctx)
	var wg sync.WaitGroup
	defer func() {
		cancel()
		wg.Wait()
	}()
	sendControl := func(m ShellMessage) error {
		b, _ := json.Marshal(m)
		return ws.Write(ctx, websocket.MessageText, b)
	}
	wg.Add(1)
	go func() { // stdin; the reader may block past the session (a terminal): it is not waited for
		defer wg.Done()
		if req.Stdin == nil {
			sendControl(ShellMessage{Type: ShellEOF})
			return
		}
		chunks := make(chan []byte)
		readErr := make(chan error, 1)
		go func() {
			buf := make([]byte, 16<<10)
			for {
				n, err := req.Stdin.Read(buf)
				if n > 0 {
					select {
					case chunks <- slices.Clone(buf[:n]):
					case <-ctx.Done():
						return
					}
				}
				if err != nil {
					readErr <- err
					return
				}
			}
		}()
		for {
			select {
			case <-ctx.Done():
				return
			case b := <-chunks:
				if ws.Write(ctx, websocket.MessageBinary, b) != nil {
					return
				}
			case <-readErr:
				sendControl(ShellMessage{Type: ShellEOF})
				return
			}
		}
	}()
	if req.Resize != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case sz, ok := <-req.Resize:
					if !ok {
						return
					}
					if sz.Cols > 0 && sz.Rows > 0 && sendControl(ShellMessage{Type: ShellResize, Size: &sz}) != nil {
						return
					}
				}
			}
		}()
	}

	for {
		typ, p, err := ws.Read(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return 0, ctx.Err()
			}
			return 0, fmt.Errorf("gateway shell on lease %d: connection ended before the command exited: %w", lease, err)
		}
		if typ == websocket.MessageBinary {
			if len(p) == 0 {
				return 0, fmt.Errorf("%w: empty output message", ErrProtocol)
			}
			var w io.Writer
			switch p[0] {
			case StreamStdout:
				w = req.Stdout
			case StreamStderr:
				w = req.Stderr
			default:
				return 0, fmt.Errorf("%w: output stream %d", ErrProtocol, p[0])
			}
			if _, err := w.Write(p[1:]); err != nil {
				return 0, fmt.Errorf("gateway shell: write output: %w", err)
			}
			continue
		}
		m, err := ParseShellMessage(p)
		if err != nil {
			return 0, fmt.Errorf("%w: %v", ErrProtocol, err)
		}
		switch m.Type {
		case ShellExit:
			cancel() // stop sending stdin
			ws.Close(websocket.StatusNormalClosure, "")
			return *m.Code, nil
		case ShellError:
			return 0, m.Error
		default:
			return 0, fmt.Errorf("%w: server sent %q", ErrProtocol, m.Type)
		}
	}
}

// dialForward opens the WebSocket of one forwarded connection to container port remotePort of the lease.
func (c *Client) dialForward(ctx context.Context, lease uint64, remotePort uint16) (*websocket.Conn, error) {
	if remotePort == 0 {
		return nil, errors.New("gateway forward: port 0")
	}
	return c.dial(ctx, lease, RouteForward, url.Values{ParamPort: {strconv.Itoa(int(remotePort))}})
}

// Forward listens on localAddr and forwards every connection to container port remotePort of the lease
// until ctx ends. It first checks that the lease publishes the port.
func (c *Client) Forward(ctx context.Context, lease uint64, localAddr string, remotePort uint16) error {
	st, err := c.Status(ctx, lease)
	if err != nil {
		return err
	}
	if !slices.ContainsFunc(st.Ports, func(p Port) bool { return p.Port == remotePort }) {
		return Refuse(ReasonPortNotPublished, "lease %d publishes %v, not port %d", lease, st.Ports, remotePort)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", localAddr)
	if err != nil {
		return fmt.Errorf("gateway forward: listen on %s: %w", localAddr, err)
	}
	return c.ServeForward(ctx, lease, ln, remotePort)
}

// ServeForward forwards every connection ln accepts to container port remotePort of the lease until ctx
// ends; then it closes ln and the connections and returns nil. Each connection gets its own WebSocket
// (and a fresh token when the last one is due to expire), so a long forward outlives any token.
func (c *Client) ServeForward(ctx context.Context, lease uint64, ln net.Listener, remotePort uint16) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { ln.Close() })
	defer stop()
	var wg sync.WaitGroup
	defer wg.Wait()
	for {
		conn, err := ln.Accept()
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("gateway forward: accept: %w", err)
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			ws, err := c.dialForward(ctx, lease, remotePort)
			if err != nil {
				conn.Close()
				c.cfg.Log.Warn().Err(err).Uint64("lease", lease).Uint16("port", remotePort).Msg("forward: gateway refused a connection")
				return
			}
			if err := Splice(ctx, ws, conn, nil); err != nil {
				c.cfg.Log.Debug().Err(err).Uint64("lease", lease).Uint16("port", remotePort).Msg("forward: connection ended")
			}
		}()
	}
}

// maxUploadAnswer bounds the JSON answer to an upload.
const maxUploadAnswer = 4 << 10

// post sends body to path (with the lease's token when lease is not 0) and decodes the node's Uploaded answer.
func (c *Client) post(ctx context.Context, lease uint64, path, contentType string, body io.Reader) (string, error) {
	h := http.Header{}
	if lease != 0 {
		var err error
		if h, err = c.authHeader(ctx, lease); err != nil {
			return "", err
		}
	}
	u := c.base
	u.Path = path
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), body)
	if err != nil {
		return "", err
	}
	req.Header = h
	req.Header.Set("Content-Type", contentType)
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("gateway %s: %w", c.cfg.Endpoint, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return "", readError(resp)
	}
	var up Uploaded
	if err := json.NewDecoder(io.LimitReader(resp.Body, maxUploadAnswer)).Decode(&up); err != nil || up.CID == "" {
		return "", fmt.Errorf("gateway %s: upload answer: %v", c.cfg.Endpoint, err)
	}
	return up.CID, nil
}

// PushJob hands the node a job spec (its canonical bytes) before the lease that binds it is open, and returns
// the CID the node holds it under: the lease's job CID. No token: the lease does not exist yet.
func (c *Client) PushJob(ctx context.Context, spec []byte) (string, error) {
	return c.post(ctx, 0, JobsPath, "application/json", bytes.NewReader(spec))
}

// Upload sends a CAR of the lease's job content (its spec, inputs or image archive) and returns its root.
func (c *Client) Upload(ctx context.Context, lease uint64, car io.Reader) (string, error) {
	return c.post(ctx, lease, Path(lease, RouteContent), "application/vnd.ipld.car", car)
}

// NameJob names spec (the job spec's CID) as the lease's job, and returns the CID the node holds as the lease's
// job. Protocol v1 binds no job on chain: the renter's token is what makes it the lease's.
func (c *Client) NameJob(ctx context.Context, lease uint64, spec string) (string, error) {
	if lease == 0 {
		return "", errors.New("gateway: name job: lease 0")
	}
	body, err := json.Marshal(JobName{CID: spec})
	if err != nil {
		return "", err
	}
	return c.post(ctx, lease, Path(lease, RouteJob), "application/json", bytes.NewReader(body))
}

// Output copies the job's output folder, a CAR, to w (a *Error with ReasonNoOutput while there is none).
func (c *Client) Output(ctx context.Context, lease uint64, w io.Writer) error {
	resp, err := c.get(ctx, lease, RouteOutput, nil)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if _, err := io.Copy(w, resp.Body); err != nil {
		return fmt.Errorf("gateway output of lease %d: %w", lease, err)
	}
	return nil
}

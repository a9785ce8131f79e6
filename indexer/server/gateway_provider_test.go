package server_test

// The proxy in front of the provider node's own renter gateway (provider/gateway.Server, over TLS with its
// node certificate): what a browser meets in production, with the provider's checks rather than the
// protocol-level stand-in of gateway_test.go. Only this test imports provider code; the indexer does not
// (layout_test.go checks the packages' imports).

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ipfs/go-cid"
	"github.com/multiformats/go-multihash"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle/content"
	"github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
	provgw "github.com/idlegrid/idlegrid/provider/gateway"
)

// chainLeases is a hand-written provgw.Leases: lease 1 is walletRenter's on prov1's node, open until endsAt
// unless closed.
type chainLeases struct {
	mu     sync.Mutex
	open   bool
	endsAt time.Time
}

func (c *chainLeases) Lease(_ context.Context, id uint64) (provgw.Lease, error) {
	if id != 1 {
		return provgw.Lease{}, fmt.Errorf("lease %d: %w", id, provgw.ErrLeaseNotFound)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return provgw.Lease{Renter: walletRenter, Provider: prov1, Open: c.open, EndsAt: c.endsAt}, nil
}

func (c *chainLeases) close() {
	c.mu.Lock()
	c.open = false
	c.mu.Unlock()
}

// oneWorkload is a hand-written provgw.Workloads: lease 1 runs one container that printed two lines and
// publishes port 8080, served by a local HTTP listener.
type oneWorkload struct{ app net.Listener }

func (w *oneWorkload) Logs(_ context.Context, lease uint64, _ gateway.LogOptions, stdout, stderr io.Writer) error {
	if lease != 1 {
		return provgw.ErrNoWorkload
	}
	fmt.Fprint(stdout, "hello from the lease\n")
	fmt.Fprint(stderr, "a warning\n")
	return nil
}

// Exec knows two commands: "echo ARGS…" (exit 0) and "spew N" (N bytes on stdout, a line on stderr, exit 3).
func (w *oneWorkload) Exec(_ context.Context, lease uint64, req provgw.ExecRequest, stdio provgw.ExecIO) (int, error) {
	if lease != 1 {
		return 0, provgw.ErrNoWorkload
	}
	if len(req.Cmd) == 0 && req.TTY {
		// The interactive shell: its terminal's size, then each line typed echoed upper-cased, a resize said,
		// until "exit".
		fmt.Fprintf(stdio.Stdout, "$ %dx%d\r\n", req.Size.Cols, req.Size.Rows)
		lines := make(chan string)
		go func() {
			defer close(lines)
			sc := bufio.NewScanner(stdio.Stdin)
			for sc.Scan() {
				lines <- sc.Text()
			}
		}()
		for {
			select {
			case sz := <-stdio.Resize:
				fmt.Fprintf(stdio.Stdout, "resized %dx%d\r\n", sz.Cols, sz.Rows)
			case l, ok := <-lines:
				if !ok || l == "exit" {
					return 7, nil
				}
				fmt.Fprintf(stdio.Stdout, "%s\r\n", strings.ToUpper(l))
			}
		}
	}
	if req.TTY || len(req.Cmd) == 0 {
		return 0, errors.New("this workload runs commands only")
	}
	switch req.Cmd[0] {
	case "echo":
		fmt.Fprintln(stdio.Stdout, strings.Join(req.Cmd[1:], " "))
		return 0, nil
	case "spew":
		n, _ := strconv.Atoi(req.Cmd[1])
		stdio.Stdout.Write(bytes.Repeat([]byte("x"), n))
		fmt.Fprintln(stdio.Stderr, "spewed")
		return 3, nil
	}
	fmt.Fprintf(stdio.Stderr, "%s: not found\n", req.Cmd[0])
	return 127, nil
}

func (w *oneWorkload) DialPort(ctx context.Context, lease uint64, port uint16) (net.Conn, error) {
	if lease != 1 {
		return nil, provgw.ErrNoWorkload
	}
	if port != 8080 {
		return nil, provgw.ErrPortNotPublished
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", w.app.Addr().String())
}

func (w *oneWorkload) Status(_ context.Context, lease uint64) (gateway.Status, error) {
	if lease != 1 {
		return gateway.Status{}, provgw.ErrNoWorkload
	}
	return gateway.Status{State: "running", Image: "python:3.12-slim", Ports: []gateway.Port{{Port: 8080, Protocol: "tcp"}}}, nil
}

func TestGatewayProxyToProviderGateway(t *testing.T) {
	app, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	appSrv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "served %s", r.URL.Path)
	}), ReadHeaderTimeout: 5 * time.Second}
	go appSrv.Serve(app)
	t.Cleanup(func() { appSrv.Close() })

	leases := &chainLeases{open: true, endsAt: time.Now().Add(time.Hour)}
	cfg := provgw.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	cfg.LeaseRecheck = 200 * time.Millisecond
	gwSrv, err := provgw.New(cfg, provgw.Deps{Node: keys.NewSigner(key1), Domain: gwDomain, Leases: leases,
		Workloads: &oneWorkload{app: app}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if err := gwSrv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gwSrv.Close() })

	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	e := proxyEnv(t, db, &directory{endpoint: gwSrv.Addr(), provider: prov1})

	// The browser's path: the access to sign, the wallet's signature, the token.
	acc := e.get("/v1/gateway/leases/1/access", 200)
	sig := walletSign(t, acc["typedData"], crypto.FromECDSA(renterKey))
	resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": acc["access"], "signature": sig})
	if resp.StatusCode != 200 {
		t.Fatalf("token: %d %s", resp.StatusCode, raw)
	}
	var tok struct{ Token string }
	if err := json.Unmarshal(raw, &tok); err != nil || tok.Token == "" {
		t.Fatalf("token body %s: %v", raw, err)
	}

	resp, raw = e.send("GET", "/v1/gateway/leases/1/status", tok.Token, nil)
	var st gateway.Status
	if resp.StatusCode != 200 || json.Unmarshal(raw, &st) != nil || st.Lease != 1 || st.State != "running" || len(st.Ports) != 1 || st.Ports[0].Port != 8080 {
		t.Fatalf("status: %d %s", resp.StatusCode, raw)
	}

	resp, raw = e.send("GET", "/v1/gateway/leases/1/logs?tail=10", tok.Token, nil)
	var stdout, stderr bytes.Buffer
	if resp.StatusCode != 200 {
		t.Fatalf("logs: %d %s", resp.StatusCode, raw)
	}
	if err := gateway.ReadFrames(bytes.NewReader(raw), &stdout, &stderr); err != nil || stdout.String() != "hello from the lease\n" || stderr.String() != "a warning\n" {
		t.Fatalf("logs: %v, %q / %q", err, stdout.String(), stderr.String())
	}

	// The forwarded port, through the provider's forward WebSocket to the container's listener.
	resp, _ = e.send("GET", "/v1/gateway/leases/1/forward/8080/app/?access_token="+tok.Token, "", nil)
	if resp.StatusCode != http.StatusSeeOther || len(resp.Cookies()) == 0 {
		t.Fatalf("forward with a token: %d", resp.StatusCode)
	}
	req, _ := http.NewRequest("GET", e.srv.URL+"/v1/gateway/leases/1/forward/8080/app/", nil)
	req.AddCookie(resp.Cookies()[0])
	fr, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(fr.Body)
	fr.Body.Close()
	if fr.StatusCode != 200 || string(body) != "served /app/" {
		t.Fatalf("forwarded: %d %q", fr.StatusCode, body)
	}
	// A port the job does not publish is the provider's refusal, passed on.
	if resp, raw := e.send("GET", "/v1/gateway/leases/1/forward/9090/?access_token="+tok.Token, "", nil); resp.StatusCode == http.StatusSeeOther {
		req, _ := http.NewRequest("GET", e.srv.URL+"/v1/gateway/leases/1/forward/9090/", nil)
		req.AddCookie(resp.Cookies()[0])
		fr, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		fr.Body.Close()
		if fr.StatusCode < 400 {
			t.Errorf("unpublished port: %d", fr.StatusCode)
		}
	} else if resp.StatusCode < 400 {
		t.Errorf("unpublished port: %d %s", resp.StatusCode, raw)
	}

	// One command, run through the provider's shell route: its output and exit code.
	exec := func(cmd ...string) (int, map[string]any) {
		t.Helper()
		resp, raw := e.send("POST", "/v1/gateway/leases/1/exec", tok.Token, map[string]any{"cmd": cmd})
		var out map[string]any
		json.Unmarshal(raw, &out)
		return resp.StatusCode, out
	}
	if code, out := exec("echo", "hello", "there"); code != 200 || out["stdout"] != "hello there\n" || out["exitCode"] != 0.0 || out["truncated"] != false {
		t.Errorf("echo: %d %v", code, out)
	}
	if code, out := exec("nope"); code != 200 || out["stderr"] != "nope: not found\n" || out["exitCode"] != 127.0 {
		t.Errorf("unknown command: %d %v", code, out)
	}
	if code, out := exec("spew", strconv.Itoa(api.GatewayExecOutputMax+10)); code != 200 || len(out["stdout"].(string)) != api.GatewayExecOutputMax ||
		out["truncated"] != true || out["stderr"] != "spewed\n" || out["exitCode"] != 3.0 {
		t.Errorf("spew: %d exit %v truncated %v stderr %q, %d bytes", code, out["exitCode"], out["truncated"], out["stderr"], len(fmt.Sprint(out["stdout"])))
	}
	for _, bad := range []map[string]any{{"cmd": []string{}}, {"cmd": []string{""}}, {"cmd": []string{"a\x00b"}}, {"cmd": "ls"}, {"command": []string{"ls"}}} {
		resp, raw := e.send("POST", "/v1/gateway/leases/1/exec", tok.Token, bad)
		if resp.StatusCode != 400 || !strings.Contains(string(raw), "cmd") && !strings.Contains(string(raw), "command") {
			t.Errorf("exec %v: %d %s", bad, resp.StatusCode, raw)
		}
	}
	if resp, raw := e.send("POST", "/v1/gateway/leases/1/exec", "", map[string]any{"cmd": []string{"echo"}}); resp.StatusCode != 401 {
		t.Errorf("exec without a token: %d %s", resp.StatusCode, raw)
	}

	// A token signed by someone else is the provider's refusal, said as the gateway's.
	other := walletSign(t, acc["typedData"], crypto.Keccak256([]byte("someone else")))
	if resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": acc["access"], "signature": other}); resp.StatusCode != 403 {
		t.Errorf("foreign signature made a token: %d %s", resp.StatusCode, raw)
	}

	// Once the lease closes on chain, the provider refuses the renter's token: the browser is told so.
	leases.close()
	resp, raw = e.send("GET", "/v1/gateway/leases/1/status", tok.Token, nil)
	if resp.StatusCode != http.StatusForbidden || !strings.HasPrefix(errCode(t, raw), "gateway_") {
		t.Errorf("status of a closed lease: %d %s", resp.StatusCode, raw)
	}
}

// boundJob is a hand-written provgw.Content for lease 1 whose chain binds the job spec with CID bound: uploads
// go into a real content store (each block checked against its CID, as the node's are), and naming a job
// other than the bound one is refused as the node refuses it.
type boundJob struct {
	bound cid.Cid
	store *content.Store
}

func (b *boundJob) AcceptJob(context.Context, []byte) (string, error) {
	return "", errors.New("the proxy pushes specs for open leases only")
}

func (b *boundJob) Upload(ctx context.Context, lease uint64, car io.Reader) (string, error) {
	if lease != 1 {
		return "", provgw.ErrNoWorkload
	}
	root, err := b.store.ImportCAR(ctx, car, content.DefaultLimits())
	if err != nil {
		return "", fmt.Errorf("%w: %w", provgw.ErrUploadRefused, err)
	}
	return root.String(), nil
}

func (b *boundJob) NameJob(_ context.Context, lease uint64, spec string) (string, error) {
	if spec != b.bound.String() {
		return "", fmt.Errorf("%w: cid: lease %d binds job %s on chain, not %s", provgw.ErrUploadRefused, lease, b.bound, spec)
	}
	return spec, nil
}

func (b *boundJob) Output(context.Context, uint64, io.Writer) error { return provgw.ErrNoOutput }

// TestGatewayProxyPushesTheJobSpec: the console's form becomes a job spec whose CID the lease binds; the browser
// sends the spec's JSON with its token and the proxy hands it to the provider's node as a CAR (what `idlegrid
// job push --lease` sends), answering the CID the node holds; a spec the chain does not bind, one without the
// renter's token and bodies that are no spec are refused, each saying why.
func TestGatewayProxyPushesTheJobSpec(t *testing.T) {
	spec := []byte(`{"version":1,"image":{"ref":"idlegrid/devnet:1"},"command":["echo","hi"],"resources":{"gpus":1,"memory":268435456,"millicpus":500,"pids":4096,"disk":268435456}}`)
	sum, err := multihash.Sum(spec, multihash.SHA2_256, -1)
	if err != nil {
		t.Fatal(err)
	}
	bound := cid.NewCidV1(cid.Raw, sum) // the CID the console binds: raw codec, sha2-256 of the canonical JSON
	node := &boundJob{bound: bound, store: content.NewMemoryStore()}
	cfg := provgw.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	gwSrv, err := provgw.New(cfg, provgw.Deps{Node: keys.NewSigner(key1), Domain: gwDomain,
		Leases: &chainLeases{open: true, endsAt: time.Now().Add(time.Hour)}, Workloads: &oneWorkload{}, Content: node, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if err := gwSrv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gwSrv.Close() })
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	e := proxyEnv(t, db, &directory{endpoint: gwSrv.Addr(), provider: prov1})
	acc := e.get("/v1/gateway/leases/1/access", 200)
	resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": acc["access"],
		"signature": walletSign(t, acc["typedData"], crypto.FromECDSA(renterKey))})
	var tok api.GatewayToken
	if resp.StatusCode != 200 || json.Unmarshal(raw, &tok) != nil {
		t.Fatalf("token: %d %s", resp.StatusCode, raw)
	}
	push := func(token, contentType string, body []byte) (int, []byte) {
		t.Helper()
		req, _ := http.NewRequest("POST", e.srv.URL+"/v1/gateway/leases/1/job", bytes.NewReader(body))
		req.Header.Set("Content-Type", contentType)
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, out
	}

	code, out := push(tok.Token, "application/json", spec)
	var got api.GatewayJob
	if code != http.StatusCreated || json.Unmarshal(out, &got) != nil || got.CID != bound.String() {
		t.Fatalf("push the bound spec: %d %s, want 201 with cid %s", code, out, bound)
	}
	if has, err := node.store.Has(context.Background(), bound); err != nil || !has {
		t.Fatalf("the node does not hold the spec's block: %v %v", has, err)
	}

	other := bytes.Replace(spec, []byte(`"hi"`), []byte(`"bye"`), 1)
	code, out = push(tok.Token, "application/json", other)
	if code != http.StatusBadRequest || errCode(t, out) != "gateway_upload_refused" || !strings.Contains(string(out), "binds job "+bound.String()) {
		t.Errorf("a spec the chain does not bind: %d %s", code, out)
	}
	for _, c := range []struct {
		name, token, contentType string
		body                     []byte
		code                     int
		errCode                  string
	}{
		{"no token", "", "application/json", spec, http.StatusUnauthorized, api.CodeNoToken},
		{"a forged token", "x" + tok.Token[1:], "application/json", spec, http.StatusUnauthorized, "gateway_malformed_token"},
		{"not JSON", tok.Token, "application/json", []byte("image: python"), http.StatusBadRequest, api.CodeInvalidBody},
		{"a JSON array", tok.Token, "application/json", []byte(`[1]`), http.StatusBadRequest, api.CodeInvalidBody},
		{"a CAR", tok.Token, "application/vnd.ipld.car", spec, http.StatusUnsupportedMediaType, api.CodeUnsupportedMediaType},
		{"too large", tok.Token, "application/json", append(append([]byte(`{"pad":"`), bytes.Repeat([]byte("x"), 200<<10)...), `"}`...),
			http.StatusRequestEntityTooLarge, api.CodeBodyTooLarge},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out := push(c.token, c.contentType, c.body)
			if code != c.code || errCode(t, out) != c.errCode {
				t.Errorf("%d %s, want %d %s", code, out, c.code, c.errCode)
			}
		})
	}
}

// TestGatewayProxyRelaysAnInteractiveShell: the browser's terminal reaches the container's interactive shell
// through the proxy's WebSocket (token as access_token, the terminal's size as tty, cols and rows): typed input
// goes in, output, a resize and the exit code come back as the gateway's shell messages; another site's page,
// and a browser without a token, are refused.
func TestGatewayProxyRelaysAnInteractiveShell(t *testing.T) {
	cfg := provgw.DefaultConfig()
	cfg.Listen = "127.0.0.1:0"
	gwSrv, err := provgw.New(cfg, provgw.Deps{Node: keys.NewSigner(key1), Domain: gwDomain,
		Leases: &chainLeases{open: true, endsAt: time.Now().Add(time.Hour)}, Workloads: &oneWorkload{}, Log: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	if err := gwSrv.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { gwSrv.Close() })
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	e := proxyEnv(t, db, &directory{endpoint: gwSrv.Addr(), provider: prov1})
	acc := e.get("/v1/gateway/leases/1/access", 200)
	resp, raw := e.send("POST", "/v1/gateway/leases/1/token", "", map[string]any{"access": acc["access"],
		"signature": walletSign(t, acc["typedData"], crypto.FromECDSA(renterKey))})
	var tok api.GatewayToken
	if resp.StatusCode != 200 || json.Unmarshal(raw, &tok) != nil {
		t.Fatalf("token: %d %s", resp.StatusCode, raw)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	wsURL := "ws" + strings.TrimPrefix(e.srv.URL, "http") + "/v1/gateway/leases/1/shell?tty=1&cols=100&rows=30&access_token=" + tok.Token
	ws, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {e.srv.URL}}})
	if err != nil {
		t.Fatal(err)
	}
	defer ws.CloseNow()
	var out strings.Builder
	readUntil := func(want string) {
		t.Helper()
		for !strings.Contains(out.String(), want) {
			typ, p, err := ws.Read(ctx)
			if err != nil {
				t.Fatalf("reading for %q: %v (so far %q)", want, err, out.String())
			}
			if typ != websocket.MessageBinary || len(p) == 0 || p[0] != gateway.StreamStdout {
				t.Fatalf("want stdout frames, got %v %q", typ, p)
			}
			out.Write(p[1:])
		}
	}
	readUntil("$ 100x30\r\n")
	if err := ws.Write(ctx, websocket.MessageBinary, []byte("hello shell\n")); err != nil {
		t.Fatal(err)
	}
	readUntil("HELLO SHELL\r\n")
	resize, _ := json.Marshal(gateway.ShellMessage{Type: gateway.ShellResize, Size: &gateway.TermSize{Cols: 80, Rows: 24}})
	if err := ws.Write(ctx, websocket.MessageText, resize); err != nil {
		t.Fatal(err)
	}
	readUntil("resized 80x24\r\n")
	if err := ws.Write(ctx, websocket.MessageBinary, []byte("exit\n")); err != nil {
		t.Fatal(err)
	}
	typ, p, err := ws.Read(ctx)
	if err != nil || typ != websocket.MessageText {
		t.Fatalf("want the exit message: %v %q %v", typ, p, err)
	}
	m, err := gateway.ParseShellMessage(p)
	if err != nil || m.Type != gateway.ShellExit || *m.Code != 7 {
		t.Fatalf("exit message %q: %+v %v", p, m, err)
	}

	// Another site's page is refused the upgrade; no token is the JSON refusal.
	if _, resp, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{HTTPHeader: http.Header{"Origin": {"https://elsewhere.example"}}}); err == nil ||
		resp == nil || resp.StatusCode != http.StatusForbidden {
		t.Errorf("cross-origin shell: %v %v", resp, err)
	}
	if resp, raw := e.send("GET", "/v1/gateway/leases/1/shell?tty=1", "", nil); resp.StatusCode != http.StatusUnauthorized || errCode(t, raw) != api.CodeNoToken {
		t.Errorf("shell without a token: %d %s", resp.StatusCode, raw)
	}
}

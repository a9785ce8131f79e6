package server_test

import (
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/console"
	"github.com/idlegrid/idlegrid/indexer/server"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// consoleDeps are the dependencies the web console adds to the API.
type consoleDeps struct {
	deployment *deployment.Deployment
	console    http.Handler
	gateways   *server.GatewayProxy
}

func newConsoleEnv(t *testing.T, db *sqlstore.DB, cd consoleDeps) *env {
	t.Helper()
	c := &clock{t: now}
	s, err := server.New(server.DefaultConfig(), server.Deps{
		Machines: db, Leases: db, History: db, Epochs: db, Rewards: indexer.NewRewardBook(db), DB: db, Clock: c, Log: zerolog.Nop(),
		Series: indexer.NewSeries(db), Deployment: cd.deployment, Console: cd.console, Gateways: cd.gateways,
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return &env{t: t, clock: c, db: db, srv: srv}
}

func TestDeploymentEndpoint(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	dep := &deployment.Deployment{Chain: "devnet", ChainID: 31337, Block: 1, Contracts: deployment.Contracts{LeaseEscrow: escrow}}
	out := newConsoleEnv(t, db, consoleDeps{deployment: dep}).get("/v1/deployment", 200)
	if out["chainId"].(float64) != 31337 || out["devChain"] != true || out["contracts"].(map[string]any)["LeaseEscrow"] != strings.ToLower(escrow.Hex()) &&
		out["contracts"].(map[string]any)["LeaseEscrow"] != escrow.Hex() {
		t.Fatalf("deployment: %v", out)
	}
	newConsoleEnv(t, db, consoleDeps{}).get("/v1/deployment", 404)
	if out := newConsoleEnv(t, db, consoleDeps{deployment: dep}).get("/v1/deployment?x=1", 400); out["error"].(map[string]any)["parameter"] != "x" {
		t.Fatalf("unknown parameter: %v", out)
	}
}

// seriesFixture adds, after the common fixture, the settlement of lease 2 (closed, its payout held until
// then) and its attested completion.
func seriesFixture(t *testing.T, db *sqlstore.DB) {
	fixture(t, db)
	e := &evs{block: 3}
	e.add(indexer.LeaseEscrow, "LeaseSettled", map[string]any{"leaseId": big.NewInt(2), "provider": prov1, "amount": big.NewInt(196_000), "fee": big.NewInt(9_800)})
	e.add(indexer.LeaseJournal, "CompletionRecorded", map[string]any{"leaseId": big.NewInt(2), "cidHash": [32]byte(common.HexToHash("0xcd")),
		"resultCID": "bafyresult", "attested": true})
	ingest(t, db, 4, e.list)
}

func points(out map[string]any) []map[string]any {
	var res []map[string]any
	for _, p := range out["points"].([]any) {
		res = append(res, p.(map[string]any))
	}
	return res
}

func TestSeriesEndpoints(t *testing.T) {
	storetest.Each(t, &clock{t: now}, func(t *testing.T, db *sqlstore.DB) {
		seriesFixture(t, db)
		e := newConsoleEnv(t, db, consoleDeps{})
		first := blockTime + 1 // the first event's block time: the default window starts there (within the day)

		// Prices: two H100 leases of 4 GPUs at 2000 micro-USD/s, 1.8 USD per GPU-hour; none of class H200.
		out := e.get("/v1/series/prices?class=H100", 200)
		if out["from"].(float64) != float64(first) || out["class"] != "H100" {
			t.Fatalf("window: %v", out)
		}
		var leases float64
		for _, p := range points(out) {
			leases += p["leases"].(float64)
			if p["leases"].(float64) > 0 && (p["medianMicroUsdPerGpuHour"].(float64) != 1_800_000 || p["minMicroUsdPerGpuHour"].(float64) != 1_800_000) {
				t.Errorf("price point %v", p)
			}
		}
		if leases != 2 {
			t.Errorf("leases opened in the window: %v, want 2", leases)
		}
		for _, p := range points(e.get("/v1/series/prices?class=H200", 200)) {
			if p["leases"].(float64) != 0 {
				t.Errorf("H200 point %v", p)
			}
		}

		// GPUs: 17 listed, 2 delisted in the first block: 15 throughout; both leases hold 4 GPUs until lease 2
		// closes at +100, then lease 1's 4.
		gp := points(e.get("/v1/series/gpus?bucket=50", 200))
		if len(gp) < 3 {
			t.Fatalf("gpu points: %v", gp)
		}
		for _, p := range gp {
			if p["listed"].(float64) != 15 {
				t.Errorf("listed %v at %v, want 15", p["listed"], p["time"])
			}
		}
		if gp[0]["rented"].(float64) != 8 || gp[len(gp)-1]["rented"].(float64) != 4 {
			t.Errorf("rented: first %v, last %v; want 8 then 4", gp[0]["rented"], gp[len(gp)-1]["rented"])
		}
		// Listings before the window are walked back from today's total.
		late := points(e.get("/v1/series/gpus?from="+itoa(first+500)+"&bucket=100", 200))
		if late[0]["listed"].(float64) != 15 {
			t.Errorf("listed at a later window start: %v", late[0])
		}

		// Earnings: lease 2's settlement of 0.196 USD to provider one.
		ep := points(e.get("/v1/series/earnings?provider="+prov1.Hex(), 200))
		if ep[len(ep)-1]["totalUsd"] != "196000" || ep[len(ep)-1]["totalGrid"] != "0" {
			t.Errorf("earnings total: %v", ep[len(ep)-1])
		}
		if ep2 := points(e.get("/v1/series/earnings?provider="+prov2.Hex(), 200)); ep2[len(ep2)-1]["totalUsd"] != "0" {
			t.Errorf("provider two earned %v", ep2[len(ep2)-1])
		}

		// Checks: lease 2's attested completion on machine 1.
		ck := e.get("/v1/series/checks?machine="+m1.Hex(), 200)["checks"].([]any)
		if len(ck) != 1 || ck[0].(map[string]any)["kind"] != "completed_attested" || ck[0].(map[string]any)["leaseId"].(float64) != 2 {
			t.Errorf("checks: %v", ck)
		}
		if ck := e.get("/v1/series/checks?machine="+m2.Hex(), 200)["checks"].([]any); len(ck) != 0 {
			t.Errorf("machine 2 checks: %v", ck)
		}

		// Bad windows and missing parameters are 400s naming the parameter.
		for path, param := range map[string]string{
			"/v1/series/gpus?bucket=0":            "bucket",
			"/v1/series/gpus?bucket=1":            "bucket", // 1001 buckets, over the limit
			"/v1/series/gpus?from=10&to=5":        "bucket",
			"/v1/series/earnings":                 "provider",
			"/v1/series/earnings?provider=0x12":   "provider",
			"/v1/series/checks":                   "machine",
			"/v1/series/prices?class=H100&size=2": "size",
		} {
			out := e.get(path, 400)
			if got := out["error"].(map[string]any)["parameter"]; got != param {
				t.Errorf("%s: parameter %v, want %s (%v)", path, got, param, out)
			}
		}
	})
}

func itoa(v uint64) string { return big.NewInt(int64(v)).String() }

func TestConsoleServed(t *testing.T) {
	assets := fstest.MapFS{
		"index.html":          {Data: []byte("<!doctype html><title>console</title>")},
		"assets/index-abc.js": {Data: []byte("console.log(1)")},
	}
	h, err := console.Handler(assets)
	if err != nil {
		t.Fatal(err)
	}
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	e := newConsoleEnv(t, db, consoleDeps{console: h})
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := noRedirect.Get(e.srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp, string(b)
	}
	for _, path := range []string{"/console/", "/console/index.html", "/console/market", "/console/rent/0xab"} {
		resp, body := get(path)
		if resp.StatusCode != 200 || !strings.Contains(body, "<title>console</title>") {
			t.Errorf("%s: %d %q", path, resp.StatusCode, body)
		}
		if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'self'") || !strings.Contains(csp, "frame-ancestors 'none'") {
			t.Errorf("%s: CSP %q", path, csp)
		}
		if resp.Header.Get("Cache-Control") != "no-cache" {
			t.Errorf("%s: index cached: %q", path, resp.Header.Get("Cache-Control"))
		}
	}
	resp, body := get("/console/assets/index-abc.js")
	if resp.StatusCode != 200 || body != "console.log(1)" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Errorf("asset: %d %q %q", resp.StatusCode, body, resp.Header.Get("Cache-Control"))
	}
	for _, path := range []string{"/console/assets/missing.js", "/console/favicon.png"} {
		if resp, _ := get(path); resp.StatusCode != 404 {
			t.Errorf("%s: %d, want 404", path, resp.StatusCode)
		}
	}
	if resp, _ := get("/console/../v1/status"); resp.StatusCode == 200 && !strings.Contains(resp.Header.Get("Content-Type"), "json") {
		t.Errorf("path traversal served %s", resp.Header.Get("Content-Type"))
	}
	if resp, _ := get("/"); resp.StatusCode != http.StatusFound || resp.Header.Get("Location") != "/console/" {
		t.Errorf("/: %d → %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if status, _ := e.do("POST", "/console/", nil); status != http.StatusMethodNotAllowed {
		t.Errorf("POST /console/: %d", status)
	}
	// Without a console the root stays the API's JSON 404.
	if status, out := newConsoleEnv(t, db, consoleDeps{}).do("GET", "/", nil); status != 404 || out["error"] == nil {
		t.Errorf("/ without a console: %d %v", status, out)
	}
	if _, err := console.Handler(fstest.MapFS{}); err == nil {
		t.Error("a console without index.html was accepted")
	}
}

// The embedded build is the one dist/ holds: it serves its index and every asset index.html names.
func TestEmbeddedConsole(t *testing.T) {
	h, err := console.Handler(console.Assets())
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/console/", nil))
	index := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(index, `<div id="app">`) {
		t.Fatalf("index: %d %q", rec.Code, index)
	}
	n := 0
	for _, part := range strings.Split(index, `"/console/assets/`)[1:] {
		name := part[:strings.IndexByte(part, '"')]
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/console/assets/"+name, nil))
		if rec.Code != 200 || rec.Body.Len() == 0 {
			t.Errorf("asset %s: %d", name, rec.Code)
		}
		n++
	}
	if n < 2 {
		t.Errorf("index.html names %d assets, want the script and the stylesheet", n)
	}
}

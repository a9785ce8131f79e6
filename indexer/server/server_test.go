package server_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/indexer/server"
	"github.com/idlegrid/idlegrid/indexer/sqlstore"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/pgtest"
	"github.com/idlegrid/idlegrid/indexer/sqlstore/storetest"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

var (
	now       = time.Unix(1_800_000_000, 0)
	chainID   = big.NewInt(31337)
	escrow    = common.HexToAddress("0xe5c0000000000000000000000000000000000001")
	key1, _   = crypto.ToECDSA(crypto.Keccak256([]byte("provider one")))
	key2, _   = crypto.ToECDSA(crypto.Keccak256([]byte("provider two")))
	prov1     = crypto.PubkeyToAddress(key1.PublicKey)
	prov2     = crypto.PubkeyToAddress(key2.PublicKey)
	renter    = common.HexToAddress("0x2000000000000000000000000000000000000002")
	m1        = common.HexToHash("0x01") // H100, 8 GPUs, prov1, 4 reserved by lease 1
	m2        = common.HexToHash("0x02") // H100, 1 GPU, prov1
	m3        = common.HexToHash("0x03") // RTX4090, 2 GPUs, prov1
	m4        = common.HexToHash("0x04") // A100-80GB, 4 GPUs, prov2 (slashed below its locks later)
	m5        = common.HexToHash("0x05") // H200, 2 GPUs, prov1, delisted
	blockTime = uint64(now.Unix()) - 1000
)

type evs struct {
	block uint64
	li    uint
	list  []indexer.Event
}

func (e *evs) add(contract, name string, args map[string]any) {
	e.li++
	e.list = append(e.list, indexer.Event{Contract: contract, Name: name, Block: e.block, LogIndex: e.li, Time: blockTime + e.block,
		TxHash: common.BigToHash(big.NewInt(int64(e.block))), Args: indexer.NewArgs(args)})
}

func ether(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

func ingest(t *testing.T, db *sqlstore.DB, next uint64, events []indexer.Event) {
	t.Helper()
	ctx := context.Background()
	err := db.Ingest(ctx, &indexer.Batch{Next: next, Final: next - 1, Head: next - 1}, func(r indexer.RowReader) (*indexer.Changes, error) {
		p := indexer.NewProjection(ctx, r, next, map[common.Address]string{escrow: indexer.LeaseEscrow})
		for i := range events {
			if err := p.Apply(&events[i]); err != nil {
				return nil, err
			}
		}
		return p.Changes()
	})
	if err != nil {
		t.Fatal(err)
	}
}

func listing(e *evs, id common.Hash, provider common.Address, class string, gpus uint32) {
	e.add(indexer.NodeRegistry, "MachineListed", map[string]any{"machineId": [32]byte(id), "provider": provider,
		"gpuClass": (classID(class)), "gpuCount": gpus, "lockedStake": new(big.Int).Mul(ether(100), big.NewInt(int64(gpus))),
		"index": uint32(id.Big().Uint64()), "metadataCID": "ipfs://" + class, "endpoint": "https://" + id.Hex()[64:] + ".example"})
}

// fixture fills a database with a small protocol history (synthetic events through the real mappings).
func fixture(t *testing.T, db *sqlstore.DB) {
	t.Helper()
	if err := db.Init(context.Background(), indexer.SyncState{ChainID: 31337, Deployment: "test", Next: 1}); err != nil {
		t.Fatal(err)
	}
	e := &evs{block: 1}
	for _, p := range []common.Address{prov1, prov2} {
		e.add(indexer.Staking, "Staked", map[string]any{"account": p, "role": uint8(0), "payer": p, "amount": ether(5000), "active": ether(5000)})
	}
	e.add(indexer.Staking, "Staked", map[string]any{"account": renter, "role": uint8(1), "payer": renter, "amount": ether(1000), "active": ether(1000)})
	listing(e, m1, prov1, "H100", 8)
	listing(e, m2, prov1, "H100", 1)
	listing(e, m3, prov1, "RTX4090", 2)
	listing(e, m4, prov2, "A100-80GB", 4)
	listing(e, m5, prov1, "H200", 2)
	e.add(indexer.NodeRegistry, "MachineDelisted", map[string]any{"machineId": [32]byte(m5), "provider": prov1, "unlockedStake": ether(200)})
	e.add(indexer.NodeRegistry, "InspectorEndpointSet", map[string]any{"inspector": renter, "endpoint": "https://inspector.example"})
	e.add(indexer.AttestationQuorum, "SignerSetApplied", map[string]any{"version": uint64(1), "threshold": uint8(1), "signers": []common.Address{renter}})
	e.add(indexer.LeaseEscrow, "DisputeWindowSet", map[string]any{"disputeWindow": uint64(7200)})
	ingest(t, db, 2, e.list)

	// Lease 1 holds m1's slots 0-3 past now; lease 2 held slots 4-7 and was closed by its renter, its payout held.
	e = &evs{block: 2}
	for id, reason := range map[int64]uint8{1: 255, 2: 1} {
		mask := uint32(0x0f) << (4 * (id - 1))
		e.add(indexer.NodeRegistry, "GpusReserved", map[string]any{"machineId": [32]byte(m1), "gpuMask": mask, "until": blockTime + 3600})
		e.add(indexer.LeaseEscrow, "LeaseOpened", map[string]any{"leaseId": big.NewInt(id), "renter": renter, "provider": prov1,
			"machineId": [32]byte(m1), "gpuMask": mask, "payToken": uint8(0), "usdPerSecondWad": big.NewInt(2e15), "rate": big.NewInt(2e15),
			"minEndsAt": blockTime, "endsAt": blockTime + 3600, "deposit": big.NewInt(7_272_000), "nonce": big.NewInt(900 + id), "jobCID": [32]byte{}})
		if reason != 255 {
			e.add(indexer.LeaseEscrow, "LeaseClosed", map[string]any{"leaseId": big.NewInt(id), "reason": reason, "closedAt": blockTime + 100,
				"billedUntil": blockTime + 100, "refund": big.NewInt(5), "payout": big.NewInt(196_000), "fee": big.NewInt(9_800)})
			e.add(indexer.NodeRegistry, "GpusReleased", map[string]any{"machineId": [32]byte(m1), "gpuMask": mask, "freeFrom": blockTime + 100})
		}
	}
	e.add(indexer.AttestationQuorum, "AttestationConsumed", map[string]any{"target": escrow, "kind": uint8(2), "id": [32]byte(common.HexToHash("0xc0")),
		"payloadHash": [32]byte(common.HexToHash("0xc1")), "signerSetVersion": uint64(1), "signers": uint32(1)})
	e.add(indexer.Rewards, "RootPosted", map[string]any{"epoch": uint64(0), "root": [32]byte(rewardRoot(t)), "cumulativeTotal": big.NewInt(600),
		"increment": big.NewInt(600), "attestationId": [32]byte(common.HexToHash("0xe0"))})
	e.add(indexer.Rewards, "Claimed", map[string]any{"account": prov1, "caller": prov1, "amount": big.NewInt(100), "cumulativeClaimed": big.NewInt(100)})
	ingest(t, db, 3, e.list)
}

var rewardLeaves = []indexer.RewardLeaf{
	{Account: prov1, CumulativeAmount: amount.IntOf(400)},
	{Account: prov2, CumulativeAmount: amount.IntOf(150)},
	{Account: renter, CumulativeAmount: amount.IntOf(50)},
}

func rewardRoot(t *testing.T) common.Hash {
	var entries []rewardtree.Entry
	for _, l := range rewardLeaves {
		entries = append(entries, rewardtree.Entry{Account: l.Account, Cumulative: l.CumulativeAmount.Big()})
	}
	tree, err := rewardtree.New(entries)
	if err != nil {
		t.Fatal(err)
	}
	return tree.Root()
}

type env struct {
	t     *testing.T
	clock *clock
	db    *sqlstore.DB
	srv   *httptest.Server
	reg   *prometheus.Registry
	book  *indexer.QuoteBook
}

func newEnv(t *testing.T, db *sqlstore.DB, mutate func(*server.Config)) *env {
	t.Helper()
	c := &clock{t: now}
	book, err := indexer.NewQuoteBook(func() indexer.QuoteBookConfig {
		cfg := indexer.DefaultQuoteBookConfig()
		cfg.ChainID, cfg.Escrow = chainID, escrow
		return cfg
	}(), db, c)
	if err != nil {
		t.Fatal(err)
	}
	reg := prometheus.NewRegistry()
	cfg := server.DefaultConfig()
	cfg.AllowedOrigins = []string{"https://dash.example"}
	if mutate != nil {
		mutate(&cfg)
	}
	s, err := server.New(cfg, server.Deps{
		Machines: db, Leases: db, History: db, Epochs: db, Rewards: indexer.NewRewardBook(db), Quotes: book, DB: db,
		Gatherer: reg, Registerer: reg, Clock: c, Log: zerolog.Nop(),
	})
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return &env{t: t, clock: c, db: db, srv: srv, reg: reg, book: book}
}

func (e *env) do(method, path string, body any) (int, map[string]any) {
	e.t.Helper()
	var rd io.Reader
	if body != nil {
		b, _ := json.Marshal(body)
		rd = bytes.NewReader(b)
	}
	req, _ := http.NewRequest(method, e.srv.URL+path, rd)
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	raw, _ := io.ReadAll(resp.Body)
	if len(raw) > 0 && json.Unmarshal(raw, &out) != nil {
		out = map[string]any{"raw": string(raw)}
	}
	return resp.StatusCode, out
}

func (e *env) get(path string, wantStatus int) map[string]any {
	e.t.Helper()
	status, out := e.do("GET", path, nil)
	if status != wantStatus {
		e.t.Fatalf("GET %s: %d, want %d: %v", path, status, wantStatus, out)
	}
	return out
}

func items(out map[string]any) []map[string]any {
	var res []map[string]any
	for _, it := range out["items"].([]any) {
		res = append(res, it.(map[string]any))
	}
	return res
}

// wad is a price in micro-USD per second as a quote's usdPerSecondWad (18 decimals).
func wad(microUSDPerSecond int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(microUSDPerSecond), big.NewInt(1e12))
}

// signQuote signs a reusable public quote priced in micro-USD per second.
func signQuote(t *testing.T, key *ecdsa.PrivateKey, machine common.Hash, gpus uint32, microUSDPerSecond int64, maxDuration uint64, nonce int64) oracle.SignedQuote {
	t.Helper()
	q := oracle.Quote{Provider: crypto.PubkeyToAddress(key.PublicKey), MachineID: machine, GPUCount: gpus, USDPerSecondWad: wad(microUSDPerSecond),
		MaxDuration: maxDuration, Expiry: uint64(now.Add(time.Hour).Unix()), Nonce: big.NewInt(nonce)}
	return resign(t, key, q)
}

// resign signs q as it is.
func resign(t *testing.T, key *ecdsa.PrivateKey, q oracle.Quote) oracle.SignedQuote {
	t.Helper()
	sig, err := oracle.SignDigest(key, mustDigest(t, q))
	if err != nil {
		t.Fatal(err)
	}
	return oracle.SignedQuote{Quote: q, Signature: sig}
}

func TestReadEndpoints(t *testing.T) {
	storetest.Each(t, &clock{t: now}, func(t *testing.T, db *sqlstore.DB) {
		fixture(t, db)
		e := newEnv(t, db, nil)

		ms := items(e.get("/v1/machines", 200))
		if len(ms) != 4 {
			t.Fatalf("listed machines: %d, want 4", len(ms))
		}
		if got := items(e.get("/v1/machines?listed=any", 200)); len(got) != 5 {
			t.Errorf("all machines: %d", len(got))
		}
		h100 := items(e.get("/v1/machines?class=H100&min_free_gpus=2", 200))
		if len(h100) != 1 || h100[0]["machineId"] != indexer.Hex(m1.Bytes()) || h100[0]["freeGpus"].(float64) != 4 {
			t.Errorf("H100 with 2 free: %v", h100)
		}
		if h100[0]["lockedStake"] != "800000000000000000000" {
			t.Errorf("amounts must be decimal strings: %v", h100[0]["lockedStake"])
		}
		// Pagination walks every listed machine exactly once.
		seen, cursor := map[string]bool{}, ""
		for page := 0; page < 10; page++ {
			out := e.get("/v1/machines?limit=3"+cursor, 200)
			for _, m := range items(out) {
				seen[m["machineId"].(string)] = true
			}
			next, _ := out["next"].(string)
			if next == "" {
				break
			}
			cursor = "&cursor=" + next
		}
		if len(seen) != 4 {
			t.Errorf("paginated through %d machines, want 4", len(seen))
		}
		m := e.get("/v1/machines/"+indexer.Hex(m1.Bytes()), 200)
		if m["leasesOpened"].(float64) != 2 || m["providerCollateralised"] != true || m["endpoint"] != "https://01.example" ||
			m["verification"] != indexer.VerificationExempt || m["rentable"] != true || m["reservedGpus"].(float64) != 4 || m["index"].(float64) != 1 {
			t.Errorf("machine 1: %v", m)
		}
		if got := items(e.get("/v1/machines?rentable=true", 200)); len(got) != 4 {
			t.Errorf("rentable machines: %d", len(got))
		}
		e.get("/v1/machines/"+indexer.Hex(common.HexToHash("0x99").Bytes()), 404)

		p := e.get("/v1/providers/"+prov1.Hex(), 200)
		if p["machinesListed"].(float64) != 3 || len(p["machines"].([]any)) != 4 {
			t.Errorf("provider 1: %v", p)
		}
		if st := p["stake"].(map[string]any); st["active"] != ether(5000).String() {
			t.Errorf("provider stake %v", st)
		}
		if got := items(e.get("/v1/providers", 200)); len(got) != 2 {
			t.Errorf("providers: %d", len(got))
		}
		if got := items(e.get("/v1/stakes?role=inspector", 200)); len(got) != 1 || got[0]["account"] != indexer.Hex(renter.Bytes()) {
			t.Errorf("inspector stakes: %v", got)
		}

		open := items(e.get("/v1/leases?renter="+renter.Hex()+"&state=open", 200))
		if len(open) != 1 || open[0]["leaseId"].(float64) != 1 {
			t.Errorf("open leases: %v", open)
		}
		l := e.get("/v1/leases/2", 200)
		if l["status"] != "closed" || l["closeReason"] != "renter_closed" || len(l["history"].([]any)) != 2 ||
			l["disputeEndsAt"].(float64) != float64(blockTime+100+7200) || l["payout"] != "196000" || l["gpuMask"].(float64) != 0xf0 {
			t.Errorf("lease 2: %v", l)
		}
		if got := items(e.get("/v1/leases?state=settled", 200)); len(got) != 0 {
			t.Errorf("settled leases: %v", got)
		}
		earn := e.get("/v1/earnings/"+prov1.Hex(), 200)
		bal := earn["balances"].([]any)
		if earn["disputeWindow"].(float64) != 7200 || len(bal) != 1 || bal[0].(map[string]any)["held"] != "196000" ||
			bal[0].(map[string]any)["withdrawable"] != "0" || bal[0].(map[string]any)["dueNow"] != "0" {
			t.Errorf("earnings: %v", earn)
		}
		if got := items(e.get("/v1/inspectors", 200)); len(got) != 1 || got[0]["endpoint"] != "https://inspector.example" {
			t.Errorf("inspectors: %v", got)
		}
		// The API client decodes what the server encodes (the shapes the provider and inspector nodes read).
		client, err := api.NewClient(e.srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		earnings, err := client.Earnings(context.Background(), prov1)
		if err != nil || earnings.DisputeWindow != 7200 || len(earnings.Balances) != 1 || earnings.Balances[0].Token != "USD" ||
			earnings.Balances[0].Held.Int64() != 196_000 || earnings.Balances[0].HeldLeases != 1 || earnings.Balances[0].DueNow.Sign() != 0 {
			t.Errorf("client earnings: %+v, %v", earnings, err)
		}
		page, err := client.Attestations(context.Background(), api.AttestationQuery{Kind: oracle.KindCompletion, Limit: 10})
		if err != nil || len(page.Items) != 1 || page.Items[0].Signers != 1 || !slices.Equal(page.Items[0].SignerAddresses, []common.Address{renter}) ||
			page.Items[0].KindName != "completion" || page.Items[0].TargetName != indexer.LeaseEscrow {
			t.Errorf("client attestations: %+v, %v", page, err)
		}
		if page, err := client.Attestations(context.Background(), api.AttestationQuery{Kind: oracle.KindBreach}); err != nil || len(page.Items) != 0 {
			t.Errorf("client breach attestations: %+v, %v", page, err)
		}
		e.get("/v1/leases/77", 404)

		if got := items(e.get("/v1/attestations?kind=completion", 200)); len(got) != 1 || got[0]["targetName"] != indexer.LeaseEscrow ||
			fmt.Sprint(got[0]["signerAddresses"]) != "["+indexer.Hex(renter.Bytes())+"]" {
			t.Errorf("attestations: %v", got)
		}
		if got := items(e.get("/v1/attestations?kind=breach", 200)); len(got) != 0 {
			t.Errorf("breach attestations: %v", got)
		}
		evs := items(e.get("/v1/events?contract=NodeRegistry&name=MachineListed", 200))
		if len(evs) != 5 || evs[0]["args"].(map[string]any)["gpuCount"] == nil {
			t.Errorf("events: %v", evs)
		}
		stats := e.get("/v1/stats", 200)
		if stats["machinesListed"].(float64) != 4 || stats["leasesOpen"].(float64) != 1 || stats["providerStake"] != ether(10000).String() ||
			stats["gpusListed"].(float64) != 15 || stats["gpusFree"].(float64) != 11 {
			t.Errorf("stats: %v", stats)
		}
		if got := items(e.get("/v1/params", 200)); len(got) == 0 {
			t.Errorf("params: none")
		}
	})
}

func TestParameterValidation(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	fixture(t, db)
	e := newEnv(t, db, nil)
	tests := []struct {
		path, param string
	}{
		{"/v1/machines?min_gpus=abc", "min_gpus"},
		{"/v1/machines?min_gpus=0", "min_gpus"},
		{"/v1/machines?min_gpu=2", "min_gpu"},
		{"/v1/machines?provider=0x12", "provider"},
		{"/v1/machines?listed=maybe", "listed"},
		{"/v1/machines?rentable=maybe", "rentable"},
		{"/v1/earnings/nope", "account"},
		{"/v1/gpus/0x12", "id"},
		{"/v1/quotes/search?class=H100&hours=1&renter=0x12", "renter"},
		{"/v1/machines?max_usd_per_hour=1.1234567", "max_usd_per_hour"},
		{"/v1/machines?limit=100000", "limit"},
		{"/v1/machines?cursor=!!", "cursor"},
		{"/v1/machines?class=a&class=b", "class"},
		{"/v1/machines/0x01", "id"},
		{"/v1/leases?state=pending", "state"},
		{"/v1/leases/abc", "id"},
		{"/v1/leases?machine=0xzz", "machine"},
		{"/v1/attestations?kind=bogus", "kind"},
		{"/v1/attestations?from_block=9&to_block=3", "to_block"},
		{"/v1/events?contract=Nope", "contract"},
		{"/v1/stakes?role=admin", "role"},
		{"/v1/quotes/search?gpus=1&hours=2", "class"},
		{"/v1/quotes/search?class=H100&hours=-1", "hours"},
		{"/v1/quotes/search?class=H100", "hours"},
		{"/v1/quotes/search?class=H100&hours=2&gpus=0", "gpus"},
		{"/v1/rewards/epochs/x", "epoch"},
		{"/v1/rewards/proofs/nope", "account"},
	}
	for _, tc := range tests {
		t.Run(tc.path, func(t *testing.T) {
			out := e.get(tc.path, 400)
			errObj := out["error"].(map[string]any)
			if errObj["parameter"] != tc.param || !strings.Contains(errObj["message"].(string), tc.param) {
				t.Errorf("error %v, want it to name %q", errObj, tc.param)
			}
		})
	}
}

func TestLimitsAndCORS(t *testing.T) {
	db := storetest.MustOpenDB(t, sqlstore.SQLite, &clock{t: now})
	fixture(t, db)
	e := newEnv(t, db, func(c *server.Config) { c.RatePerSecond, c.RateBurst = 1, 5 })

	// Preflight and simple CORS.
	req, _ := http.NewRequest("OPTIONS", e.srv.URL+"/v1/machines", nil)
	req.Header.Set("Origin", "https://dash.example")
	req.Header.Set("Access-Control-Request-Method", "GET")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 204 || resp.Header.Get("Access-Control-Allow-Origin") != "https://dash.example" {
		t.Errorf("preflight: %d %v", resp.StatusCode, resp.Header)
	}
	req, _ = http.NewRequest("GET", e.srv.URL+"/healthz", nil)
	req.Header.Set("Origin", "https://evil.example")
	resp, _ = http.DefaultClient.Do(req)
	resp.Body.Close()
	if resp.Header.Get("Access-Control-Allow-Origin") != "" {
		t.Errorf("a foreign origin was allowed")
	}

	e.get("/v1/machines?class="+strings.Repeat("x", 3000), 414)
	status, out := e.do("POST", "/v1/quotes", map[string]any{"quote": map[string]any{}, "signature": "0x" + strings.Repeat("ab", 20_000)})
	if status != 413 {
		t.Errorf("oversized body: %d %v", status, out)
	}
	// The burst is used up by now (one preflight, three requests); the next ones are limited.
	limited := false
	for range 5 {
		if status, _ := e.do("GET", "/v1/stats", nil); status == 429 {
			limited = true
		}
	}
	if !limited {
		t.Error("no 429 after the burst")
	}
	// Health and metrics are never rate limited.
	e.get("/healthz", 200)
	resp, err = http.Get(e.srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "idlegrid_api_requests_total") {
		t.Errorf("metrics: %d", resp.StatusCode)
	}
}

func TestQuoteBook(t *testing.T) {
	storetest.Each(t, &clock{t: now}, func(t *testing.T, db *sqlstore.DB) {
		fixture(t, db)
		e := newEnv(t, db, nil)

		post := func(sq oracle.SignedQuote, wantStatus int, wantField string) map[string]any {
			t.Helper()
			status, out := e.do("POST", "/v1/quotes", sq)
			if status != wantStatus {
				t.Fatalf("post quote: %d, want %d: %v", status, wantStatus, out)
			}
			if wantField != "" {
				if f := out["error"].(map[string]any)["parameter"]; f != wantField {
					t.Errorf("rejected field %v, want %s (%v)", f, wantField, out)
				}
			}
			return out
		}
		// m1: 8 GPUs, 4 free. Quotes: 4 GPUs at $7.2/h, 2 GPUs at $3.6/h; m2: 1 GPU at $1.8/h (2h max).
		q4 := post(signQuote(t, key1, m1, 4, 2000, 24*3600, 1), 201, "")
		post(signQuote(t, key1, m1, 2, 1000, 24*3600, 2), 201, "")
		post(signQuote(t, key1, m2, 1, 500, 2*3600, 3), 201, "")
		post(signQuote(t, key1, m3, 2, 400, 24*3600, 4), 201, "")
		post(signQuote(t, key2, m4, 4, 3000, 24*3600, 5), 201, "")
		// Posting the same quote again is accepted and changes nothing.
		post(signQuote(t, key1, m1, 4, 2000, 24*3600, 1), 201, "")
		if got := e.get("/v1/quotes/"+q4["digest"].(string), 200); got["quote"].(map[string]any)["usdPerSecondWad"].(float64) != 2e15 ||
			got["microUsdPerHour"].(float64) != 7_200_000 {
			t.Errorf("stored quote: %v", got)
		}

		// Rejections name the field.
		bad := signQuote(t, key1, m1, 4, 2000, 3600, 10)
		bad.Quote.USDPerSecondWad = wad(1999) // signature no longer matches
		post(bad, 422, "signature")
		minAboveMax := signQuote(t, key1, m1, 1, 10, 3600, 16).Quote
		minAboveMax.MinDuration = 3601
		post(resign(t, key1, minAboveMax), 422, "minDuration")
		tooDear := signQuote(t, key1, m1, 1, 10, 3600, 17).Quote
		tooDear.USDPerSecondWad = new(big.Int).Lsh(big.NewInt(1), 128)
		post(resign(t, key1, tooDear), 422, "usdPerSecondWad")
		usedOnce := signQuote(t, key1, m1, 1, 10, 3600, 901).Quote
		usedOnce.SingleUse = true
		post(resign(t, key1, usedOnce), 422, "nonce")                   // a single-use quote whose nonce lease 1 used
		post(signQuote(t, key2, m1, 1, 10, 3600, 11), 422, "machineId") // someone else's machine
		post(signQuote(t, key1, m5, 1, 10, 3600, 12), 422, "machineId") // delisted
		post(signQuote(t, key1, m2, 2, 10, 3600, 13), 422, "gpuCount")  // more GPUs than the machine has
		post(signQuote(t, key1, common.HexToHash("0x77"), 1, 10, 3600, 14), 422, "machineId")
		late := signQuote(t, key1, m1, 1, 10, 3600, 15)
		late.Quote.Expiry = uint64(now.Unix()) + 5
		sig, _ := oracle.SignDigest(key1, mustDigest(t, late.Quote))
		late.Signature = sig
		post(late, 422, "expiry")

		search := func(query string) map[string]any {
			t.Helper()
			return e.get("/v1/quotes/search?"+query, 200)
		}
		// Ranked: cheapest whole quote first; only quotes with the GPUs free and the duration allowed.
		res := search("class=H100&gpus=1&hours=2")
		matches := res["matches"].([]any)
		if len(matches) != 3 {
			t.Fatalf("H100 1 GPU 2h: %d matches: %v", len(matches), res)
		}
		var prices []float64
		for _, m := range matches {
			prices = append(prices, m.(map[string]any)["microUsdPerHour"].(float64))
		}
		if fmt.Sprint(prices) != "[1.8e+06 3.6e+06 7.2e+06]" {
			t.Errorf("ranking by price: %v", prices)
		}
		first := matches[0].(map[string]any)
		if first["totalMicroUsd"] != "3600000" || first["machine"].(map[string]any)["machineId"] != indexer.Hex(m2.Bytes()) {
			t.Errorf("first match: %v", first)
		}
		if got := search("class=H100&gpus=1&hours=3")["matches"].([]any); len(got) != 2 {
			t.Errorf("3 hours excludes the 2-hour quote: %d", len(got))
		}
		if got := search("class=H100&gpus=1&hours=2&max_usd_per_hour=4")["matches"].([]any); len(got) != 2 {
			t.Errorf("price cap: %d", len(got))
		}

		explain := func(query, reason string) {
			t.Helper()
			res := search(query)
			x, _ := res["explanation"].(map[string]any)
			if len(res["matches"].([]any)) != 0 || x == nil || x["reason"] != reason {
				t.Errorf("%s: want explanation %s, got %v", query, reason, res)
			} else {
				t.Logf("%s -> %s", query, x["message"])
			}
		}
		explain("class=H200&gpus=1&hours=1", "no_machines_of_class")
		explain("class=H100&gpus=16&hours=1", "not_enough_gpus_per_machine")
		explain("class=H100&gpus=5&hours=1", "all_busy")
		explain("class=H100&gpus=1&hours=48", "duration_too_long")
		explain("class=H100&gpus=1&hours=1&max_usd_per_hour=1", "price_above_max")

		// Chain state changes after posting drop quotes out of the results: m3's GPUs get reserved, prov2 is
		// slashed below its locks, and the 2-GPU m1 quote's nonce is cancelled.
		ev := &evs{block: 3}
		ev.add(indexer.NodeRegistry, "GpusReserved", map[string]any{"machineId": [32]byte(m3), "gpuMask": uint32(1), "until": blockTime + 86_400})
		ev.add(indexer.Staking, "Slashed", map[string]any{"offender": prov2, "role": uint8(0), "kind": uint8(0), "evidenceId": [32]byte(common.HexToHash("0x5")),
			"requested": ether(4900), "slashed": ether(4900), "burned": ether(4900), "toRenter": big.NewInt(0), "toReporters": big.NewInt(0)})
		ev.add(indexer.LeaseEscrow, "QuoteNoncesCancelled", map[string]any{"provider": prov1, "wordPos": big.NewInt(0), "mask": big.NewInt(1 << 2)})
		ingest(t, db, 4, ev.list)
		explain("class=RTX4090&gpus=1&hours=1", "no_live_quotes")
		explain("class=A100-80GB&gpus=1&hours=1", "providers_under_staked")
		if got := search("class=H100&gpus=1&hours=2")["matches"].([]any); len(got) != 2 {
			t.Errorf("after cancelling a nonce: %d matches", len(got))
		}
		if got := search("class=H100&gpus=2&hours=1")["matches"].([]any); len(got) != 1 {
			t.Errorf("2 GPUs: %d matches", len(got))
		}
		// Governance requires hardware verification: H100 machines drop out until one is verified.
		ev = &evs{block: 4}
		ev.add(indexer.NodeRegistry, "RequireVerificationSet", map[string]any{"required": true})
		ingest(t, db, 5, ev.list)
		explain("class=H100&gpus=2&hours=1", "not_verified")
		ev = &evs{block: 5}
		ev.add(indexer.NodeRegistry, "MachineVerified", map[string]any{"machineId": [32]byte(m1), "gpuClass": classID("H100"),
			"attestationId": [32]byte(common.HexToHash("0x6")), "gpuCount": uint32(8), "gpuIds": [][32]byte{{1}, {2}, {3}, {4}, {5}, {6}, {7}, {8}},
			"verifiedAt": blockTime, "expiresAt": uint64(now.Add(2 * time.Hour).Unix()), "seq": uint64(1)})
		ingest(t, db, 6, ev.list)
		res = search("class=H100&gpus=2&hours=1")
		if got := res["matches"].([]any); len(got) != 1 || got[0].(map[string]any)["machine"].(map[string]any)["verification"] != indexer.VerificationVerified {
			t.Errorf("2 GPUs on the verified machine: %v", res)
		}
		if g := e.get("/v1/gpus/"+indexer.Hex(common.Hash{3}.Bytes()), 200); g["machineId"] != indexer.Hex(m1.Bytes()) ||
			g["expiresAt"].(float64) != float64(now.Add(2*time.Hour).Unix()) {
			t.Errorf("GPU claim: %v", g)
		}
		e.get("/v1/gpus/"+indexer.Hex(common.Hash{9}.Bytes()), 404)
		if got := search("class=H100&gpus=1&hours=2")["matches"].([]any); len(got) != 1 {
			t.Errorf("unverified m2 still offered: %d matches", len(got))
		}
		// Quotes about to expire (within the search margin) drop out.
		e.clock.mu.Lock()
		e.clock.t = now.Add(59*time.Minute + 30*time.Second)
		e.clock.mu.Unlock()
		explain("class=H100&gpus=1&hours=1", "no_live_quotes")
		if n, err := db.PruneQuotes(context.Background(), uint64(now.Add(2*time.Hour).Unix())); err != nil || n != 5 {
			t.Errorf("pruned %d quotes (%v), want all 5 expired", n, err)
		}
	})
}

func mustDigest(t *testing.T, q oracle.Quote) common.Hash {
	d, err := q.Digest(oracle.QuoteDomain(chainID, escrow))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func TestRewardTreesAndProofs(t *testing.T) {
	storetest.Each(t, &clock{t: now}, func(t *testing.T, db *sqlstore.DB) {
		fixture(t, db)
		e := newEnv(t, db, nil)
		leaves := func(ls []indexer.RewardLeaf) map[string]any {
			var out []map[string]any
			for _, l := range ls {
				out = append(out, map[string]any{"account": l.Account, "cumulativeAmount": l.CumulativeAmount.String()})
			}
			return map[string]any{"leaves": out}
		}
		// Before the tree is posted: the epoch shows, proofs are unavailable.
		if ep := e.get("/v1/rewards/epochs/0", 200); ep["treePosted"] != false {
			t.Errorf("epoch before the tree: %v", ep)
		}
		e.get("/v1/rewards/proofs/"+prov1.Hex(), 503)
		// Wrong leaves do not build the root on chain.
		wrong := append([]indexer.RewardLeaf(nil), rewardLeaves...)
		wrong[0] = indexer.RewardLeaf{Account: prov1, CumulativeAmount: amount.IntOf(401)}
		if status, out := e.do("POST", "/v1/rewards/epochs/0/tree", leaves(wrong)); status != 422 {
			t.Errorf("wrong tree: %d %v", status, out)
		}
		if status, out := e.do("POST", "/v1/rewards/epochs/5/tree", leaves(rewardLeaves)); status != 422 {
			t.Errorf("tree for an epoch without a root: %d %v", status, out)
		}
		if status, out := e.do("POST", "/v1/rewards/epochs/0/tree", leaves(rewardLeaves)); status != 201 {
			t.Fatalf("post tree: %d %v", status, out)
		}
		ep := e.get("/v1/rewards/epochs/0?account="+prov2.Hex(), 200)
		accts := ep["accounts"].([]any)
		if ep["treePosted"] != true || len(accts) != 1 || accts[0].(map[string]any)["epochAmount"] != "150" {
			t.Errorf("epoch 0 for prov2: %v", ep)
		}
		pr := e.get("/v1/rewards/proofs/"+prov1.Hex(), 200)
		if pr["cumulativeAmount"] != "400" || pr["claimed"] != "100" || pr["claimable"] != "300" {
			t.Errorf("proof: %v", pr)
		}
		var proof []common.Hash
		for _, p := range pr["proof"].([]any) {
			proof = append(proof, common.HexToHash(p.(string)))
		}
		if !rewardtree.Verify(common.HexToHash(pr["root"].(string)), rewardtree.Claim{Account: prov1, CumulativeAmount: big.NewInt(400), Proof: proof}) {
			t.Error("served proof does not verify")
		}
		// The embedded claim is exactly the file `idlegrid rewards claim --proof` reads.
		raw, _ := json.Marshal(pr["claim"])
		var claim rewardtree.Claim
		if err := json.Unmarshal(raw, &claim); err != nil || claim.CumulativeAmount.Int64() != 400 || len(claim.Proof) != len(proof) {
			t.Errorf("claim %s: %v", raw, err)
		}
		e.get("/v1/rewards/proofs/0x9999999999999999999999999999999999999999", 404)
		if got := items(e.get("/v1/rewards/epochs", 200)); len(got) != 1 {
			t.Errorf("epochs: %v", got)
		}
	})
}

// classID is a GPU class's bytes32 id (the test's classes are valid).
func classID(name string) [32]byte {
	id, err := gpuclass.ID(name)
	if err != nil {
		panic(err)
	}
	return id
}

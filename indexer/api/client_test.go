package api_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// The client against a hand-written handler: what it sends, what it decodes, and how it reports errors. The
// end-to-end path (a real indexer node, `idlegrid market search`) is cmd/idlegrid's TestIndexerRunAndMarketSearch.

func TestClientSearchSendsTheQueryAndDecodesTheAnswer(t *testing.T) {
	var got string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = r.URL.Path + "?" + r.URL.RawQuery
		json.NewEncoder(w).Encode(api.SearchResponse{Matches: []api.QuoteMatch{{
			Quote:         api.Quote{GPUClass: "H100", MicroUSDPerHour: 3_600_000},
			TotalMicroUSD: amount.NewInt(new(big.Int).Lsh(big.NewInt(1), 70)),
		}}})
	}))
	defer srv.Close()
	c, err := api.NewClient(srv.URL + "/")
	if err != nil {
		t.Fatal(err)
	}
	res, err := c.SearchQuotes(context.Background(), api.SearchQuery{Class: "H100", GPUs: 2, Hours: 1.5, MaxUSDPerHour: "4", Limit: 500})
	if err != nil {
		t.Fatal(err)
	}
	if want := "/v1/quotes/search?class=H100&gpus=2&hours=1.5&limit=100&max_usd_per_hour=4"; got != want {
		t.Fatalf("asked %s, want %s", got, want)
	}
	if len(res.Matches) != 1 || res.Matches[0].MicroUSDPerHour != 3_600_000 || res.Matches[0].TotalMicroUSD.String() != "1180591620717411303424" {
		t.Fatalf("answer %+v", res)
	}
}

func TestClientErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Method == http.MethodPost:
			w.WriteHeader(http.StatusUnprocessableEntity)
			json.NewEncoder(w).Encode(api.ErrorBody{Error: &api.Error{Code: api.CodeQuoteRejected, Parameter: "gpuCount", Message: "quote rejected: gpuCount: 8 GPUs quoted, the machine has 4"}})
		case strings.HasSuffix(r.URL.Path, "0000000000000000000000000000000000000000000000000000000000000002"):
			w.Write([]byte(`{"digest":"0x0000000000000000000000000000000000000000000000000000000000000002","quote":{"provider":"0x0000000000000000000000000000000000000001"}}`))
		default:
			w.WriteHeader(http.StatusBadGateway)
			w.Write([]byte("<html>bad gateway</html>"))
		}
	}))
	defer srv.Close()
	c, _ := api.NewClient(srv.URL)
	ctx := context.Background()

	_, err := c.PostQuote(ctx, oracle.SignedQuote{})
	var apiErr *api.Error
	if !errors.As(err, &apiErr) || apiErr.Status != 422 || apiErr.Code != api.CodeQuoteRejected || apiErr.Parameter != "gpuCount" ||
		!strings.Contains(err.Error(), "HTTP 422") {
		t.Fatalf("rejection: %v", err)
	}
	if _, err := c.Quote(ctx, common.HexToHash("0x01")); !errors.As(err, &apiErr) || apiErr.Status != 502 {
		t.Fatalf("a non-JSON 502: %v", err)
	}
	if _, err := c.Quote(ctx, common.HexToHash("0x02")); err == nil || !strings.Contains(err.Error(), "incomplete") {
		t.Fatalf("an incomplete quote: %v", err)
	}

	down, _ := api.NewClient("http://127.0.0.1:1")
	if _, err := down.Quote(ctx, common.HexToHash("0x01")); !errors.Is(err, api.ErrUnreachable) {
		t.Fatalf("nothing listening: %v", err)
	}
	for _, bad := range []string{"127.0.0.1:8547", "ftp://x", "http://"} {
		if _, err := api.NewClient(bad); err == nil {
			t.Errorf("base URL %q accepted", bad)
		}
	}
	if c, err := api.NewClient(""); err != nil || c.URL() != api.DefaultURL {
		t.Fatalf("default: %v %v", c, err)
	}
}

// TestQuotePrices: a quote's 18-decimal price per second as micro-USD per hour and the total for a duration,
// rounded up; at 0.01 USD per GPU-hour the price survives to the micro-USD (issue #9: within 0.01%).
func TestQuotePrices(t *testing.T) {
	perSecond := new(big.Int).Div(big.NewInt(1e16), big.NewInt(3600)) // 0.01 USD/h for one GPU, floored as the CLI does
	if got, ok := api.MicroUSDPerHour(perSecond); !ok || got != 10_000 {
		t.Errorf("0.01 USD/h: %d micro-USD/h", got)
	}
	if got, ok := api.MicroUSDPerHour(big.NewInt(1)); !ok || got != 1 {
		t.Errorf("1 wei/s rounds up to 1 micro-USD/h, got %d", got)
	}
	if _, ok := api.MicroUSDPerHour(new(big.Int).Lsh(big.NewInt(1), 127)); ok {
		t.Error("a price beyond 64 bits of micro-USD/h fits")
	}
	q := oracle.Quote{USDPerSecondWad: big.NewInt(1e15), MinDuration: 3600}
	for _, c := range []struct {
		duration uint64
		want     string
	}{{60, "3600000"}, {3600, "3600000"}, {7200, "7200000"}} {
		if got := api.MicroUSDFor(q, c.duration).String(); got != c.want {
			t.Errorf("%d s at 3.6 USD/h, 1 h minimum: %s micro-USD, want %s", c.duration, got, c.want)
		}
	}
}

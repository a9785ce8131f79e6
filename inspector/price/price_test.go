package price_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/inspector/price"
)

type stub struct {
	name  string
	price int64
	err   error
	delay time.Duration
}

func (s stub) Name() string { return s.name }
func (s stub) Price(ctx context.Context) (*big.Int, error) {
	if s.delay > 0 {
		select {
		case <-time.After(s.delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	if s.err != nil {
		return nil, s.err
	}
	return big.NewInt(s.price), nil
}

func TestFixed(t *testing.T) {
	p, err := price.Fixed{Rate: big.NewInt(5e17)}.Price(context.Background())
	if err != nil || p.Int64() != 5e17 {
		t.Fatalf("%v %v", p, err)
	}
	if _, err := (price.Fixed{}).Price(context.Background()); err == nil {
		t.Fatal("no rate accepted")
	}
}

func TestMedian(t *testing.T) {
	down := errors.New("unreachable")
	for _, tc := range []struct {
		name    string
		sources []price.Source
		cfg     price.MedianConfig
		want    int64
		err     error
		dropped int
	}{
		{"odd", []price.Source{stub{"a", 100, nil, 0}, stub{"b", 102, nil, 0}, stub{"c", 101, nil, 0}}, price.MedianConfig{}, 101, nil, 0},
		{"even after a failure", []price.Source{stub{"a", 100, nil, 0}, stub{"b", 103, nil, 0}, stub{"c", 0, down, 0}}, price.MedianConfig{}, 101, nil, 0},
		{"fixed rate as one source", []price.Source{price.Fixed{Rate: big.NewInt(100)}, stub{"b", 101, nil, 0}, stub{"c", 99, nil, 0}}, price.MedianConfig{}, 100, nil, 0},
		{"too few fresh", []price.Source{stub{"a", 100, nil, 0}, stub{"b", 0, down, 0}, stub{"c", 0, price.ErrStale, 0}}, price.MedianConfig{}, 0, price.ErrTooFewSources, 0},
		{"outlier dropped", []price.Source{stub{"a", 100, nil, 0}, stub{"b", 101, nil, 0}, stub{"c", 99, nil, 0}, stub{"d", 1000, nil, 0}, stub{"e", 100, nil, 0}}, price.MedianConfig{}, 100, nil, 1},
		{"sources disagree", []price.Source{stub{"a", 100, nil, 0}, stub{"b", 200, nil, 0}, stub{"c", 400, nil, 0}}, price.MedianConfig{}, 0, price.ErrTooFewSources, 0},
		{"slow source times out", []price.Source{stub{"a", 100, nil, 0}, stub{"b", 100, nil, 0}, stub{"slow", 100, nil, time.Second}}, price.MedianConfig{Timeout: 50 * time.Millisecond, MinSources: 3}, 0, price.ErrTooFewSources, 0},
		{"zero is no reading", []price.Source{stub{"a", 0, nil, 0}}, price.MedianConfig{}, 0, price.ErrTooFewSources, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, err := price.NewMedian(tc.cfg, tc.sources...)
			if err != nil {
				t.Fatal(err)
			}
			r, err := m.Read(context.Background())
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("want %v, got %v (%+v)", tc.err, err, r)
				}
				return
			}
			if err != nil || r.Price.Int64() != tc.want || len(r.Dropped) != tc.dropped {
				t.Fatalf("got %v (dropped %d), %v; want %d (dropped %d)", r.Price, len(r.Dropped), err, tc.want, tc.dropped)
			}
		})
	}
	m, _ := price.NewMedian(price.MedianConfig{}, stub{name: "a", price: 1}, stub{name: "b", err: errors.New("boom")}, stub{name: "c", err: errors.New("bang")})
	_, err := m.Price(context.Background())
	if err == nil || !strings.Contains(err.Error(), "b: boom") || !strings.Contains(err.Error(), "c: bang") {
		t.Fatalf("the error should name each failed source: %v", err)
	}
	if m.Name() != "median(a,b,c)" {
		t.Fatalf("name %q", m.Name())
	}
	for _, bad := range []func() (*price.Median, error){
		func() (*price.Median, error) { return price.NewMedian(price.MedianConfig{}) },
		func() (*price.Median, error) {
			return price.NewMedian(price.MedianConfig{MinSources: 3}, stub{name: "a"}, stub{name: "b"})
		},
		func() (*price.Median, error) {
			return price.NewMedian(price.MedianConfig{}, stub{name: "a"}, stub{name: "a"})
		},
		func() (*price.Median, error) {
			return price.NewMedian(price.MedianConfig{MaxDeviationBps: 10_000}, stub{name: "a"})
		},
	} {
		if _, err := bad(); err == nil {
			t.Error("bad median config accepted")
		}
	}
}

func TestHTTPSource(t *testing.T) {
	now := time.Unix(1_700_000_000, 0)
	var body string
	var status = 200
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("X-Api-Key") != "k" {
			w.WriteHeader(401)
			return
		}
		w.WriteHeader(status)
		fmt.Fprint(w, body)
	}))
	defer srv.Close()
	src := func(cfg price.HTTPConfig) *price.HTTP {
		t.Helper()
		cfg.Name, cfg.URL = "api", srv.URL
		cfg.Header = http.Header{"X-Api-Key": {"k"}}
		s, err := price.NewHTTP(cfg, nil, func() time.Time { return now })
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	for _, tc := range []struct {
		name, body string
		cfg        price.HTTPConfig
		want       string
		err        string
	}{
		{"number", `{"data":{"usd":0.5}}`, price.HTTPConfig{Field: "data.usd"}, "500000000000000000", ""},
		{"string with 21 decimals", `{"p":"0.123456789012345678901"}`, price.HTTPConfig{Field: "$.p"}, "123456789012345678", ""},
		{"array", `{"pairs":[{"x":1},{"priceUsd":"2.25"}]}`, price.HTTPConfig{Field: "pairs[1].priceUsd"}, "2250000000000000000", ""},
		{"exponent", `{"p":5e-1}`, price.HTTPConfig{Field: "p"}, "500000000000000000", ""},
		{"inverted", `{"gridPerUsd":4}`, price.HTTPConfig{Field: "gridPerUsd", Invert: true}, "250000000000000000", ""},
		{"fresh seconds", `{"p":1,"t":1699999990}`, price.HTTPConfig{Field: "p", TimeField: "t"}, "1000000000000000000", ""},
		{"fresh millis", `{"p":1,"t":1699999990000}`, price.HTTPConfig{Field: "p", TimeField: "t"}, "1000000000000000000", ""},
		{"fresh RFC 3339", `{"p":1,"t":"2023-11-14T22:13:00Z"}`, price.HTTPConfig{Field: "p", TimeField: "t"}, "1000000000000000000", ""},
		{"stale", `{"p":1,"t":1699990000}`, price.HTTPConfig{Field: "p", TimeField: "t"}, "", "stale"},
		{"missing key", `{"q":1}`, price.HTTPConfig{Field: "p"}, "", `no key "p"`},
		{"index out of range", `{"a":[]}`, price.HTTPConfig{Field: "a[0]"}, "", "no element [0]"},
		{"not a number", `{"p":true}`, price.HTTPConfig{Field: "p"}, "", "not a number"},
		{"fraction string", `{"p":"1/2"}`, price.HTTPConfig{Field: "p"}, "", "not a decimal"},
		{"negative", `{"p":-1}`, price.HTTPConfig{Field: "p"}, "", "not positive"},
		{"dust", `{"p":"0.0000000000000000001"}`, price.HTTPConfig{Field: "p"}, "", "below 1e-18"},
		{"not json", `<html>`, price.HTTPConfig{Field: "p"}, "", "not JSON"},
		{"bad time", `{"p":1,"t":"yesterday"}`, price.HTTPConfig{Field: "p", TimeField: "t"}, "", "time"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, status = tc.body, 200
			got, err := src(tc.cfg).Price(context.Background())
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("want an error with %q, got %v, %v", tc.err, got, err)
				}
				return
			}
			if err != nil || got.String() != tc.want {
				t.Fatalf("got %v, %v; want %s", got, err, tc.want)
			}
		})
	}
	body, status = `{"p":1}`, 503
	if _, err := src(price.HTTPConfig{Field: "p"}).Price(context.Background()); err == nil || !strings.Contains(err.Error(), "503") {
		t.Fatalf("HTTP 503: %v", err)
	}
	body, status = `{"p":"`+strings.Repeat("1", price.MaxBodyBytes)+`"}`, 200
	if _, err := src(price.HTTPConfig{Field: "p"}).Price(context.Background()); err == nil || !strings.Contains(err.Error(), "bytes") {
		t.Fatalf("huge body: %v", err)
	}
	for _, bad := range []price.HTTPConfig{
		{Name: "", URL: "http://x", Field: "p"},
		{Name: "a", URL: "ftp://x", Field: "p"},
		{Name: "a", URL: "http://x", Field: ""},
		{Name: "a", URL: "http://x", Field: "a[x]"},
		{Name: "a", URL: "http://x", Field: "a..b"},
		{Name: "a", URL: "http://x", Field: "a[0]b"},
	} {
		if _, err := price.NewHTTP(bad, nil, nil); err == nil {
			t.Errorf("config %+v accepted", bad)
		}
	}
	// An HTTP source is one source of a median.
	body, status = `{"p":0.5}`, 200
	m, err := price.NewMedian(price.MedianConfig{}, src(price.HTTPConfig{Field: "p"}), price.Fixed{Rate: big.NewInt(5e17)})
	if err != nil {
		t.Fatal(err)
	}
	if p, err := m.Price(context.Background()); err != nil || p.Int64() != 5e17 {
		t.Fatalf("median of http and fixed: %v %v", p, err)
	}
}

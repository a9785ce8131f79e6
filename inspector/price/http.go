package price

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// MaxBodyBytes bounds an HTTP source's answer.
const MaxBodyBytes = 1 << 20

// HTTPConfig describes a JSON price API.
type HTTPConfig struct {
	// Name identifies the source in logs and results.
	Name string
	// URL is fetched with GET.
	URL string
	// Field is where the rate is in the answer: a dotted path with array indices, with or without a leading
	// "$." ("data.rates.USD", "$.pairs[0].priceUsd"). The rate is USD per whole GRID as a JSON number or a
	// decimal string; it is converted to 18 decimals exactly (digits past the 18th are cut).
	Field string
	// Invert: the field is GRID per USD instead.
	Invert bool
	// TimeField, if set, is where the time of the rate is (unix seconds or milliseconds as a number or
	// string, or RFC 3339); a rate older than MaxAge is stale. Without it, the time of the fetch counts.
	TimeField string
	// MaxAge bounds the rate's age (default 5 min).
	MaxAge time.Duration
	// Header is sent with the request (an API key).
	Header http.Header
}

// HTTP is a source reading a JSON API.
type HTTP struct {
	cfg   HTTPConfig
	path  []step
	tpath []step
	http  *http.Client
	now   func() time.Time
}

// NewHTTP checks cfg (the paths parse, the URL is http or https). client may be nil (http.DefaultClient; the
// Median's timeout bounds each reading); now may be nil (time.Now).
func NewHTTP(cfg HTTPConfig, client *http.Client, now func() time.Time) (*HTTP, error) {
	if cfg.Name == "" {
		return nil, errors.New("price: http source: name: empty")
	}
	if !strings.HasPrefix(cfg.URL, "http://") && !strings.HasPrefix(cfg.URL, "https://") {
		return nil, fmt.Errorf("price: http source %s: url %q: want http:// or https://", cfg.Name, cfg.URL)
	}
	path, err := parsePath(cfg.Field)
	if err != nil {
		return nil, fmt.Errorf("price: http source %s: field: %w", cfg.Name, err)
	}
	var tpath []step
	if cfg.TimeField != "" {
		if tpath, err = parsePath(cfg.TimeField); err != nil {
			return nil, fmt.Errorf("price: http source %s: timeField: %w", cfg.Name, err)
		}
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = 5 * time.Minute
	}
	if client == nil {
		client = http.DefaultClient
	}
	if now == nil {
		now = time.Now
	}
	return &HTTP{cfg: cfg, path: path, tpath: tpath, http: client, now: now}, nil
}

// Name implements Source.
func (h *HTTP) Name() string { return h.cfg.Name }

// Price implements Source.
func (h *HTTP) Price(ctx context.Context) (*big.Int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, h.cfg.URL, nil)
	if err != nil {
		return nil, fmt.Errorf("price: %s: %w", h.cfg.Name, err)
	}
	for k, vs := range h.cfg.Header {
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}
	req.Header.Set("Accept", "application/json")
	fetched := h.now()
	resp, err := h.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("price: %s: %w", h.cfg.Name, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, MaxBodyBytes+1))
	if err != nil {
		return nil, fmt.Errorf("price: %s: read: %w", h.cfg.Name, err)
	}
	if len(body) > MaxBodyBytes {
		return nil, fmt.Errorf("price: %s: answer over %d bytes", h.cfg.Name, MaxBodyBytes)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("price: %s: HTTP %d", h.cfg.Name, resp.StatusCode)
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("price: %s: not JSON: %w", h.cfg.Name, err)
	}
	at := fetched
	if h.tpath != nil {
		tv, err := lookup(doc, h.tpath)
		if err != nil {
			return nil, fmt.Errorf("price: %s: %s: %w", h.cfg.Name, h.cfg.TimeField, err)
		}
		if at, err = parseTime(tv); err != nil {
			return nil, fmt.Errorf("price: %s: %s: %w", h.cfg.Name, h.cfg.TimeField, err)
		}
	}
	if age := h.now().Sub(at); age > h.cfg.MaxAge {
		return nil, fmt.Errorf("%w: %s: rate from %s, %s old (max %s)", ErrStale, h.cfg.Name, at.UTC().Format(time.RFC3339), age.Round(time.Second), h.cfg.MaxAge)
	}
	v, err := lookup(doc, h.path)
	if err != nil {
		return nil, fmt.Errorf("price: %s: %s: %w", h.cfg.Name, h.cfg.Field, err)
	}
	rate, err := parseDecimal(v)
	if err != nil {
		return nil, fmt.Errorf("price: %s: %s: %w", h.cfg.Name, h.cfg.Field, err)
	}
	if rate.Sign() <= 0 {
		return nil, fmt.Errorf("price: %s: %s: rate %s is not positive", h.cfg.Name, h.cfg.Field, rate.RatString())
	}
	if h.cfg.Invert {
		rate.Inv(rate)
	}
	wei := new(big.Int).Quo(new(big.Int).Mul(rate.Num(), big.NewInt(1e18)), rate.Denom())
	if wei.Sign() <= 0 {
		return nil, fmt.Errorf("price: %s: rate %s is below 1e-18 USD per GRID", h.cfg.Name, rate.FloatString(20))
	}
	return wei, nil
}

// step is one element of a path: a key, or an index when key is empty and isIndex.
type step struct {
	key     string
	index   int
	isIndex bool
}

// parsePath reads "a.b[2].c" (with an optional "$." or "$").
func parsePath(p string) ([]step, error) {
	p = strings.TrimPrefix(strings.TrimPrefix(p, "$"), ".")
	if p == "" {
		return nil, errors.New("empty path")
	}
	var out []step
	for _, part := range strings.Split(p, ".") {
		key, rest, _ := strings.Cut(part, "[")
		if key == "" && rest == "" {
			return nil, fmt.Errorf("path %q: empty element", p)
		}
		if key != "" {
			out = append(out, step{key: key})
		}
		for rest != "" {
			idx, after, ok := strings.Cut(rest, "]")
			n, err := strconv.Atoi(idx)
			if !ok || err != nil || n < 0 {
				return nil, fmt.Errorf("path %q: bad index [%s", p, rest)
			}
			out = append(out, step{index: n, isIndex: true})
			if after == "" {
				break
			}
			if !strings.HasPrefix(after, "[") {
				return nil, fmt.Errorf("path %q: unexpected %q after an index", p, after)
			}
			rest = after[1:]
		}
	}
	return out, nil
}

func lookup(doc any, path []step) (any, error) {
	cur := doc
	for _, s := range path {
		if s.isIndex {
			arr, ok := cur.([]any)
			if !ok || s.index >= len(arr) {
				return nil, fmt.Errorf("no element [%d]", s.index)
			}
			cur = arr[s.index]
			continue
		}
		obj, ok := cur.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("no object for %q", s.key)
		}
		if cur, ok = obj[s.key]; !ok {
			return nil, fmt.Errorf("no key %q", s.key)
		}
	}
	return cur, nil
}

// parseDecimal reads a JSON number or a decimal string exactly.
func parseDecimal(v any) (*big.Rat, error) {
	var s string
	switch x := v.(type) {
	case json.Number:
		s = x.String()
	case string:
		s = strings.TrimSpace(x)
	default:
		return nil, fmt.Errorf("%v is not a number", v)
	}
	if len(s) > 80 {
		return nil, fmt.Errorf("number of %d characters", len(s))
	}
	r, ok := new(big.Rat).SetString(s)
	if !ok || strings.ContainsAny(s, "/") {
		return nil, fmt.Errorf("%q is not a decimal number", s)
	}
	return r, nil
}

func parseTime(v any) (time.Time, error) {
	if s, ok := v.(string); ok {
		if t, err := time.Parse(time.RFC3339, s); err == nil {
			return t, nil
		}
	}
	r, err := parseDecimal(v)
	if err != nil {
		return time.Time{}, fmt.Errorf("time: %w", err)
	}
	if !r.IsInt() || r.Sign() <= 0 || r.Num().BitLen() > 62 {
		return time.Time{}, fmt.Errorf("time %s: not a positive unix time", r.RatString())
	}
	n := r.Num().Int64()
	if n > 1e12 { // milliseconds
		return time.UnixMilli(n), nil
	}
	return time.Unix(n, 0), nil
}

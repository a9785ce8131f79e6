package server

import (
	"encoding/hex"
	"fmt"
	"math"
	"math/big"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle"
)

// params reads query parameters, remembering the first bad one and which were read, so that unknown ones are
// rejected too (a typo like ?min_gpu=2 must not silently return everything).
type params struct {
	q    url.Values
	used map[string]bool
	err  *apiError
}

func newParams(q url.Values) *params { return &params{q: q, used: map[string]bool{}} }

func (p *params) raw(name string) (string, bool) {
	p.used[name] = true
	vs, ok := p.q[name]
	if !ok {
		return "", false
	}
	if len(vs) > 1 && p.err == nil {
		p.err = badParam(name, "given %d times, once at most", len(vs))
	}
	return vs[0], true
}

func (p *params) fail(e *apiError) {
	if p.err == nil {
		p.err = e
	}
}

// done reports the first bad or unknown parameter.
func (p *params) done() error {
	if p.err != nil {
		return p.err
	}
	var unknown []string
	for k := range p.q {
		if !p.used[k] {
			unknown = append(unknown, k)
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		known := make([]string, 0, len(p.used))
		for k := range p.used {
			known = append(known, k)
		}
		sort.Strings(known)
		return badParam(unknown[0], "unknown parameter (this endpoint takes: %s)", strings.Join(known, ", "))
	}
	return nil
}

func (p *params) str(name string, maxLen int) string {
	v, ok := p.raw(name)
	if !ok {
		return ""
	}
	if v == "" || len(v) > maxLen {
		p.fail(badParam(name, "must be 1-%d characters", maxLen))
	}
	return v
}

func (p *params) uint(name string, lo, hi uint64) (uint64, bool) {
	v, ok := p.raw(name)
	if !ok {
		return 0, false
	}
	n, err := strconv.ParseUint(v, 10, 64)
	if err != nil || n < lo || n > hi {
		p.fail(badParam(name, "must be an integer from %d to %d, got %q", lo, hi, v))
		return 0, false
	}
	return n, true
}

func (p *params) uintPtr(name string, lo, hi uint64) *uint64 {
	if n, ok := p.uint(name, lo, hi); ok {
		return &n
	}
	return nil
}

func (p *params) address(name string) *common.Address {
	v, ok := p.raw(name)
	if !ok {
		return nil
	}
	if !common.IsHexAddress(v) || !strings.HasPrefix(v, "0x") {
		p.fail(badParam(name, "must be a 0x-prefixed 20-byte hex address, got %q", v))
		return nil
	}
	a := common.HexToAddress(v)
	return &a
}

func (p *params) hash(name string) *common.Hash {
	v, ok := p.raw(name)
	if !ok {
		return nil
	}
	h, err := parseHash(v)
	if err != nil {
		p.fail(badParam(name, "%v", err))
		return nil
	}
	return &h
}

func parseHash(v string) (common.Hash, error) {
	if len(v) != 66 || !strings.HasPrefix(v, "0x") {
		return common.Hash{}, fmt.Errorf("must be a 0x-prefixed 32-byte hex value, got %q", v)
	}
	b, err := hex.DecodeString(v[2:])
	if err != nil {
		return common.Hash{}, fmt.Errorf("must be hex, got %q", v)
	}
	return common.BytesToHash(b), nil
}

func (p *params) oneOf(name string, allowed ...string) string {
	v, ok := p.raw(name)
	if !ok {
		return ""
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.fail(badParam(name, "must be one of %s, got %q", strings.Join(allowed, ", "), v))
	return ""
}

func (p *params) role(name string) *uint8 {
	var names []string
	for _, r := range oracle.Roles() {
		names = append(names, r.String())
	}
	v := p.oneOf(name, names...)
	if v == "" {
		return nil
	}
	r, err := oracle.ParseRole(v)
	if err != nil {
		p.fail(badParam(name, "%v", err))
		return nil
	}
	n := uint8(r)
	return &n
}

// usd reads a dollar amount with up to 6 decimals ("2.5") as micro-USD.
func (p *params) usd(name string) *uint64 {
	v, ok := p.raw(name)
	if !ok {
		return nil
	}
	m, err := parseMicroUSD(v)
	if err != nil {
		p.fail(badParam(name, "%v", err))
		return nil
	}
	return &m
}

func parseMicroUSD(v string) (uint64, error) {
	whole, frac, hasFrac := strings.Cut(v, ".")
	if whole == "" && !hasFrac || len(frac) > 6 || (hasFrac && frac == "") {
		return 0, fmt.Errorf("must be a USD amount with at most 6 decimals, like 2.5, got %q", v)
	}
	if whole == "" {
		whole = "0"
	}
	w, err := strconv.ParseUint(whole, 10, 64)
	if err != nil || w > math.MaxInt64/1_000_000 {
		return 0, fmt.Errorf("must be a USD amount with at most 6 decimals, like 2.5, got %q", v)
	}
	f := uint64(0)
	if frac != "" {
		frac += strings.Repeat("0", 6-len(frac))
		if f, err = strconv.ParseUint(frac, 10, 64); err != nil {
			return 0, fmt.Errorf("must be a USD amount with at most 6 decimals, like 2.5, got %q", v)
		}
	}
	return w*1_000_000 + f, nil
}

// hours reads a positive decimal number of hours (at most ten years) as seconds.
func (p *params) hours(name string) (uint64, bool) {
	v, ok := p.raw(name)
	if !ok {
		return 0, false
	}
	r, okr := new(big.Rat).SetString(v)
	if !okr || r.Sign() <= 0 || strings.ContainsAny(v, "eE/") {
		p.fail(badParam(name, "must be a positive number of hours like 2 or 0.5, got %q", v))
		return 0, false
	}
	secs := new(big.Rat).Mul(r, big.NewRat(3600, 1))
	if secs.Cmp(big.NewRat(1, 1)) < 0 || secs.Cmp(big.NewRat(10*365*24*3600, 1)) > 0 {
		p.fail(badParam(name, "must be between 1 second and ten years, got %q", v))
		return 0, false
	}
	n := new(big.Int).Quo(secs.Num(), secs.Denom())
	return n.Uint64(), true
}

func (p *params) page() indexer.Page {
	var pg indexer.Page
	if n, ok := p.uint("limit", 1, indexer.MaxPageLimit); ok {
		pg.Limit = int(n)
	}
	if v, ok := p.raw("cursor"); ok {
		if _, err := indexer.DecodeCursor(v); err != nil || v == "" {
			p.fail(badParam("cursor", "not a cursor this API returned"))
		}
		pg.Cursor = v
	}
	return pg
}

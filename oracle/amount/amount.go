// Package amount reads and prints what people type and read on the command line: token amounts in whole
// units with decimals ("12.5 GRID", "3.2 USD"), USD prices per unit of time ("2.5 USD/h") and durations
// ("2h30m", "1d", or a bare number of hours).
//
// Everything is exact: amounts are integers of the token's smallest unit (*big.Int); nothing goes through a
// float. A value that cannot be represented exactly (more decimals than the token has) is an error, never
// silently rounded — except a price per hour, which can rarely be a whole number of micro-USD per second and is
// rounded down, in the renter's favour, by the documented ParseRate.
package amount

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
	"unicode"
)

// Token is a token's symbol and number of decimals.
type Token struct {
	Symbol   string
	Decimals uint8
}

// The protocol's two tokens: GRID (18 decimals) and the USD stablecoin (MockUSD on dev chains; 6 decimals, like
// USDC).
var (
	GRID = Token{Symbol: "GRID", Decimals: 18}
	USD  = Token{Symbol: "USD", Decimals: 6}
	ETH  = Token{Symbol: "ETH", Decimals: 18}
)

// ErrSyntax is wrapped by every parse error.
var ErrSyntax = errors.New("invalid amount")

// Parse reads a non-negative amount of t: a decimal number with at most t.Decimals decimals, optionally
// followed by the token's symbol ("12.5", "12.5 GRID", "12.5grid", "1_000 USD"). A different symbol is an
// error, so "3 USD" is never read as 3 GRID.
func Parse(s string, t Token) (*big.Int, error) {
	num, sym := splitSymbol(strings.TrimSpace(s))
	if sym != "" && !strings.EqualFold(sym, t.Symbol) {
		return nil, fmt.Errorf("%w %q: expected %s, not %s", ErrSyntax, s, t.Symbol, sym)
	}
	v, err := parseDecimal(num, t.Decimals)
	if err != nil {
		return nil, fmt.Errorf("%w %q: %v (example: \"12.5 %s\")", ErrSyntax, s, err, t.Symbol)
	}
	return v, nil
}

// splitSymbol separates "12.5 GRID" into "12.5" and "GRID".
func splitSymbol(s string) (num, sym string) {
	i := strings.IndexFunc(s, unicode.IsLetter)
	if i < 0 {
		return s, ""
	}
	return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i:])
}

// parseDecimal reads "123.456" as 123456 × 10^(decimals-3).
func parseDecimal(s string, decimals uint8) (*big.Int, error) {
	s = strings.ReplaceAll(s, "_", "")
	if s == "" {
		return nil, errors.New("no number")
	}
	if strings.HasPrefix(s, "-") {
		return nil, errors.New("negative")
	}
	s = strings.TrimPrefix(s, "+")
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" && frac == "" {
		return nil, errors.New("no digits")
	}
	for _, part := range []string{whole, frac} {
		for _, r := range part {
			if r < '0' || r > '9' {
				return nil, fmt.Errorf("unexpected %q", r)
			}
		}
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("more than %d decimals", decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(strings.TrimLeft(digits, "0")+"0", 10)
	if !ok {
		return nil, errors.New("not a number")
	}
	return v.Div(v, big.NewInt(10)), nil // the appended "0" keeps an all-zero string parseable
}

// Format prints v units of t as "12.5 GRID": every significant decimal, none more.
func Format(v *big.Int, t Token) string {
	return FormatNumber(v, t.Decimals) + " " + t.Symbol
}

// FormatNumber prints v as a decimal number with `decimals` decimals, trailing zeros dropped ("12.5", "0.000001",
// "3").
func FormatNumber(v *big.Int, decimals uint8) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	s := new(big.Int).Abs(v).String()
	if len(s) <= int(decimals) {
		s = strings.Repeat("0", int(decimals)-len(s)+1) + s
	}
	cut := len(s) - int(decimals)
	out := s[:cut]
	if frac := strings.TrimRight(s[cut:], "0"); frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// rateUnits are the time units a price can be given per.
var rateUnits = map[string]int64{
	"s": 1, "sec": 1, "second": 1,
	"m": 60, "min": 60, "minute": 60,
	"h": 3600, "hr": 3600, "hour": 3600,
	"d": 86400, "day": 86400,
}

// ParseRate reads a USD price per unit of time ("2.5 USD/h", "0.0007 USD/s", "60 USD/day") as stablecoin
// units per second, the unit quotes are signed in. A price per minute, hour or day that is not a whole
// number of units per second is rounded down; Format the result with FormatRate to show what was kept. A
// price that rounds to zero is an error.
func ParseRate(s string, t Token) (*big.Int, error) {
	amountPart, unit, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return nil, fmt.Errorf("%w %q: give a price per unit of time, e.g. \"2.5 %s/h\" or \"0.0007 %s/s\"", ErrSyntax, s, t.Symbol, t.Symbol)
	}
	per, ok := rateUnits[strings.ToLower(strings.TrimSpace(unit))]
	if !ok {
		return nil, fmt.Errorf("%w %q: unknown time unit %q (use s, m, h or day)", ErrSyntax, s, unit)
	}
	total, err := Parse(amountPart, t)
	if err != nil {
		return nil, err
	}
	v := total.Div(total, big.NewInt(per))
	if v.Sign() == 0 {
		return nil, fmt.Errorf("%w %q: less than one smallest unit (10^-%d %s) per second", ErrSyntax, s, t.Decimals, t.Symbol)
	}
	return v, nil
}

// FormatRate prints a per-second price as a price per hour: "2.4984 USD/h".
func FormatRate(perSecond *big.Int, t Token) string {
	if perSecond == nil {
		perSecond = new(big.Int)
	}
	return FormatNumber(new(big.Int).Mul(perSecond, big.NewInt(3600)), t.Decimals) + " " + t.Symbol + "/h"
}

// ParseDuration reads a positive duration in whole seconds: Go's notation ("2h30m", "90s", "1h0.5m") plus days
// ("1d", "2d12h").
func ParseDuration(s string) (time.Duration, error) {
	in := strings.TrimSpace(s)
	var days time.Duration
	if i := strings.IndexByte(in, 'd'); i > 0 {
		n, err := parseDecimal(in[:i], 0)
		if err != nil || !n.IsInt64() || n.Int64() > 100_000 {
			return 0, fmt.Errorf("invalid duration %q: bad number of days", s)
		}
		days = time.Duration(n.Int64()) * 24 * time.Hour
		in = in[i+1:]
	}
	var rest time.Duration
	if in != "" {
		var err error
		if rest, err = time.ParseDuration(in); err != nil {
			return 0, fmt.Errorf("invalid duration %q: use e.g. 2h30m, 90m or 1d", s)
		}
	}
	d := days + rest
	switch {
	case d <= 0:
		return 0, fmt.Errorf("invalid duration %q: must be positive", s)
	case d%time.Second != 0:
		return 0, fmt.Errorf("invalid duration %q: not a whole number of seconds", s)
	}
	return d, nil
}

// ParseHours reads a lease length: a bare number is hours ("2", "1.5"), anything else a duration for
// ParseDuration ("2h30m", "45m", "1d").
func ParseHours(s string) (time.Duration, error) {
	t := strings.TrimSpace(s)
	if t != "" && strings.IndexFunc(t, unicode.IsLetter) < 0 {
		// Hours with up to 4 decimals (0.36 s resolution): read exactly, in seconds.
		milli, err := parseDecimal(t, 4)
		if err != nil {
			return 0, fmt.Errorf("invalid duration %q: %v (give hours like 1.5, or a duration like 2h30m)", s, err)
		}
		secs := new(big.Int).Mul(milli, big.NewInt(3600))
		if secs.Cmp(big.NewInt(0)) == 0 {
			return 0, fmt.Errorf("invalid duration %q: must be positive", s)
		}
		if new(big.Int).Mod(secs, big.NewInt(10_000)).Sign() != 0 {
			return 0, fmt.Errorf("invalid duration %q: not a whole number of seconds", s)
		}
		secs.Div(secs, big.NewInt(10_000))
		if !secs.IsInt64() || secs.Int64() > int64(1<<32) {
			return 0, fmt.Errorf("invalid duration %q: too long", s)
		}
		return time.Duration(secs.Int64()) * time.Second, nil
	}
	return ParseDuration(t)
}

// FormatDuration prints whole seconds compactly: "2h30m", "1d2h", "45s".
func FormatDuration(d time.Duration) string {
	if d <= 0 {
		return "0s"
	}
	d = d.Round(time.Second)
	var b strings.Builder
	if days := d / (24 * time.Hour); days > 0 {
		fmt.Fprintf(&b, "%dd", days)
		d -= days * 24 * time.Hour
	}
	for _, u := range []struct {
		unit time.Duration
		sym  string
	}{{time.Hour, "h"}, {time.Minute, "m"}, {time.Second, "s"}} {
		if n := d / u.unit; n > 0 {
			fmt.Fprintf(&b, "%d%s", n, u.sym)
			d -= n * u.unit
		}
	}
	return b.String()
}

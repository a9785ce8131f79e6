package amount

import (
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"
)

func big10(exp int) *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(exp)), nil) }

func TestParse(t *testing.T) {
	tests := []struct {
		in    string
		token Token
		want  *big.Int // nil: error
		err   string
	}{
		{"12.5 GRID", GRID, new(big.Int).Mul(big.NewInt(125), big10(17)), ""},
		{"12.5", GRID, new(big.Int).Mul(big.NewInt(125), big10(17)), ""},
		{"12.5grid", GRID, new(big.Int).Mul(big.NewInt(125), big10(17)), ""},
		{"  3.2 USD ", USD, big.NewInt(3_200_000), ""},
		{"1_000 USD", USD, big.NewInt(1_000_000_000), ""},
		{"0.000001 USD", USD, big.NewInt(1), ""},
		{".5 USD", USD, big.NewInt(500_000), ""},
		{"7.", USD, big.NewInt(7_000_000), ""},
		{"0", GRID, big.NewInt(0), ""},
		{"0.000000000000000001 GRID", GRID, big.NewInt(1), ""},
		{"1.2300000 USD", USD, big.NewInt(1_230_000), ""}, // trailing zeros beyond the decimals are exact
		{"0.0000001 USD", USD, nil, "more than 6 decimals"},
		{"3 USD", GRID, nil, "expected GRID, not USD"},
		{"-1 GRID", GRID, nil, "negative"},
		{"GRID", GRID, nil, "no number"},
		{"1.2.3", GRID, nil, "unexpected"},
		{"1e18", GRID, nil, "expected GRID, not e18"},
		{"", USD, nil, "no number"},
		{".", USD, nil, "no digits"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := Parse(tt.in, tt.token)
			if tt.want == nil {
				if err == nil || !errors.Is(err, ErrSyntax) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse(%q) = %v, %v; want an error mentioning %q", tt.in, got, err, tt.err)
				}
				return
			}
			if err != nil || got.Cmp(tt.want) != 0 {
				t.Fatalf("Parse(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestFormat(t *testing.T) {
	tests := []struct {
		v     *big.Int
		token Token
		want  string
	}{
		{new(big.Int).Mul(big.NewInt(125), big10(17)), GRID, "12.5 GRID"},
		{big.NewInt(3_200_000), USD, "3.2 USD"},
		{big.NewInt(1), USD, "0.000001 USD"},
		{big.NewInt(0), USD, "0 USD"},
		{nil, USD, "0 USD"},
		{big.NewInt(-1_500_000), USD, "-1.5 USD"},
		{new(big.Int).Mul(big.NewInt(1_000_000_000), big10(18)), GRID, "1000000000 GRID"},
	}
	for _, tt := range tests {
		if got := Format(tt.v, tt.token); got != tt.want {
			t.Errorf("Format(%v, %s) = %q, want %q", tt.v, tt.token.Symbol, got, tt.want)
		}
	}
}

// Every formatted amount parses back to itself.
func TestFormatParseRoundTrip(t *testing.T) {
	for _, v := range []string{"0", "1", "999999", "1000000", "123456789012345678901234567890"} {
		n, _ := new(big.Int).SetString(v, 10)
		for _, tok := range []Token{GRID, USD} {
			got, err := Parse(Format(n, tok), tok)
			if err != nil || got.Cmp(n) != 0 {
				t.Errorf("%s %s: round trip gave %v, %v", v, tok.Symbol, got, err)
			}
		}
	}
}

func TestParseRate(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // µUSD per second; 0: error
		err  string
	}{
		{"0.001 USD/s", 1_000, ""},
		{"3.6 USD/h", 1_000, ""},
		{"3.6USD / hour", 1_000, ""},
		{"2.5 USD/h", 694, ""}, // 694.44… rounded down
		{"86.4 USD/day", 1_000, ""},
		{"0.06 USD/min", 1_000, ""},
		{"2.5 USD", 0, "per unit of time"},
		{"2.5 USD/week", 0, "unknown time unit"},
		{"0.001 USD/h", 0, "less than one smallest unit"},
		{"1 GRID/h", 0, "expected USD"},
	}
	for _, tt := range tests {
		got, err := ParseRate(tt.in, USD)
		if tt.want == 0 {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseRate(%q) = %v, %v; want an error mentioning %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got.Int64() != tt.want {
			t.Errorf("ParseRate(%q) = %v, %v; want %d", tt.in, got, err, tt.want)
		}
	}
	if got := FormatRate(big.NewInt(694), USD); got != "2.4984 USD/h" {
		t.Errorf("FormatRate(694) = %q", got)
	}
}

func TestParseHoursAndDurations(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration // 0: error
		err  string
	}{
		{"2", 2 * time.Hour, ""},
		{"1.5", 90 * time.Minute, ""},
		{"0.25", 15 * time.Minute, ""},
		{"2h30m", 2*time.Hour + 30*time.Minute, ""},
		{"45m", 45 * time.Minute, ""},
		{"90s", 90 * time.Second, ""},
		{"1d", 24 * time.Hour, ""},
		{"2d12h", 60 * time.Hour, ""},
		{"0", 0, "positive"},
		{"-1h", 0, "positive"},
		{"1.5s", 0, "whole number of seconds"},
		{"0.00001", 0, "more than 4 decimals"},
		{"two hours", 0, "invalid duration"},
		{"", 0, "invalid duration"},
	}
	for _, tt := range tests {
		got, err := ParseHours(tt.in)
		if tt.want == 0 {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseHours(%q) = %v, %v; want an error mentioning %q", tt.in, got, err, tt.err)
			}
			continue
		}
		if err != nil || got != tt.want {
			t.Errorf("ParseHours(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
	for d, want := range map[time.Duration]string{
		2*time.Hour + 30*time.Minute: "2h30m",
		26 * time.Hour:               "1d2h",
		45 * time.Second:             "45s",
		0:                            "0s",
	} {
		if got := FormatDuration(d); got != want {
			t.Errorf("FormatDuration(%v) = %q, want %q", d, got, want)
		}
	}
}

package main

import (
	"testing"
	"time"
)

// --price is USD per GPU per unit of time, read exactly (18 decimals), so the quote's floor is its only rounding.
func TestParseGPUPrice(t *testing.T) {
	for _, tc := range []struct {
		in     string
		want   string
		period time.Duration
	}{
		{"1.8 USD/h", "1800000000000000000", time.Hour},
		{"1.8 USD/GPU-h", "1800000000000000000", time.Hour},
		{"0.01 USD/hour", "10000000000000000", time.Hour},
		{"0.0005 USD/s", "500000000000000", time.Second},
		{"43.2 USD/day", "43200000000000000000", 24 * time.Hour},
		{"2/h", "2000000000000000000", time.Hour},
	} {
		v, period, err := parseGPUPrice(tc.in)
		if err != nil || v.String() != tc.want || period != tc.period {
			t.Errorf("%q: %v per %s, %v; want %s per %s", tc.in, v, period, err, tc.want, tc.period)
		}
	}
	for _, bad := range []string{"1.8", "1.8 USD/week", "0 USD/h", "-1 USD/h", "1.8 GRID/h", "lots USD/h"} {
		if v, _, err := parseGPUPrice(bad); err == nil {
			t.Errorf("%q accepted as %s", bad, v)
		}
	}
}

// An endpoint must be reachable in form: a URL with a host, or host:port; at most what the registry stores.
func TestCheckEndpoint(t *testing.T) {
	for _, ok := range []string{"https://rig-1.example:8443", "rig-1.example:8443", "[::1]:9000", ""} {
		if _, err := checkEndpoint(ok); err != nil {
			t.Errorf("%q refused: %v", ok, err)
		}
	}
	for _, bad := range []string{"rig-1.example", "https://", "no port", "http://" + string(make([]byte, 300))} {
		if _, err := checkEndpoint(bad); err == nil || exitCode(err) != exitUsage {
			t.Errorf("%q: %v, want a usage error", bad, err)
		}
	}
}

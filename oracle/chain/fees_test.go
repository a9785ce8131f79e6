package chain

import (
	"errors"
	"math/big"
	"testing"
)

func TestRaise(t *testing.T) {
	tests := []struct {
		v    int64
		bps  uint64
		want int64
	}{
		{0, 1250, 1}, // at least +1
		{1, 1250, 2}, // ceil(1.125) and at least +1
		{3, 1000, 4}, // ceil(3.3)
		{100, 1000, 110},
		{100, 1250, 113}, // ceil(112.5)
		{1_000_000_000, 1250, 1_125_000_000},
	}
	for _, tc := range tests {
		if got := raise(big.NewInt(tc.v), tc.bps); got.Int64() != tc.want {
			t.Errorf("raise(%d, %d bps) = %s, want %d", tc.v, tc.bps, got, tc.want)
		}
	}
}

func TestInitialFees(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxFeeCap = big.NewInt(1000)
	tests := []struct {
		name             string
		minTip           int64
		base, tip        int64
		wantTip, wantCap int64
		wantErr          error
	}{
		{"2x base plus tip", 0, 100, 7, 7, 207, nil},
		{"min tip floor", 10, 100, 7, 10, 210, nil},
		{"clamped to max fee cap", 0, 450, 200, 200, 1000, nil},
		{"tip clamped to the clamped cap", 0, 900, 2000, 1000, 1000, nil},
		{"max fee cap below base fee", 0, 1001, 1, 0, 0, ErrMaxFeeCap},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := cfg
			if tc.minTip > 0 {
				c.MinTipCap = big.NewInt(tc.minTip)
			}
			f, err := initialFees(c, big.NewInt(tc.base), big.NewInt(tc.tip))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if f.tip.Int64() != tc.wantTip || f.feeCap.Int64() != tc.wantCap {
				t.Fatalf("got %s, want tip %d fee cap %d", f, tc.wantTip, tc.wantCap)
			}
		})
	}
}

func TestBumpedFees(t *testing.T) {
	cfg := DefaultConfig() // 12.5% bump, 2x base
	cfg.MaxFeeCap = big.NewInt(10_000)
	tests := []struct {
		name             string
		oldTip, oldCap   int64
		base, tip        int64
		wantTip, wantCap int64
		wantErr          error
	}{
		// The market has not moved: +12.5% on both, rounded up, as go-ethereum's pool requires.
		{"minimum bump", 100, 1000, 400, 100, 113, 1125, nil},
		// A tx priced far below the market (the stuck case) jumps straight to market fees.
		{"market moved", 1, 3, 1000, 50, 50, 2050, nil},
		{"tip bumped even when the cap follows the market", 10, 100, 1000, 1, 12, 2001, nil},
		{"clamped to max fee cap", 100, 8000, 6000, 100, 113, 10_000, nil},
		{"cannot bump past max fee cap", 100, 9000, 10, 100, 0, 0, ErrMaxFeeCap},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			old := fees{tip: big.NewInt(tc.oldTip), feeCap: big.NewInt(tc.oldCap)}
			f, err := bumpedFees(cfg, old, big.NewInt(tc.base), big.NewInt(tc.tip))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err != nil {
				return
			}
			if f.tip.Int64() != tc.wantTip || f.feeCap.Int64() != tc.wantCap {
				t.Fatalf("got %s, want tip %d fee cap %d", f, tc.wantTip, tc.wantCap)
			}
			// go-ethereum's legacypool replacement rule, with its default 10% price bump.
			for _, pair := range [][2]*big.Int{{old.tip, f.tip}, {old.feeCap, f.feeCap}} {
				threshold := new(big.Int).Div(new(big.Int).Mul(pair[0], big.NewInt(110)), big.NewInt(100))
				if pair[1].Cmp(pair[0]) <= 0 || pair[1].Cmp(threshold) < 0 {
					t.Fatalf("%s does not replace %s under go-ethereum's 10%% rule", f, old)
				}
			}
		})
	}
}

func TestConfigValidate(t *testing.T) {
	if err := DefaultConfig().Validate(); err != nil {
		t.Fatalf("default config: %v", err)
	}
	tests := []struct {
		name   string
		mutate func(*Config)
	}{
		{"huge gas margin", func(c *Config) { c.GasMarginPercent = 5000 }},
		{"zero base fee multiplier", func(c *Config) { c.BaseFeeMultiplier = 0 }},
		{"zero max fee cap", func(c *Config) { c.MaxFeeCap = big.NewInt(0) }},
		{"negative min tip", func(c *Config) { c.MinTipCap = big.NewInt(-1) }},
		{"min tip above max fee cap", func(c *Config) { c.MinTipCap = new(big.Int).Add(c.MaxFeeCap, big.NewInt(1)) }},
		{"zero bump-after", func(c *Config) { c.BumpAfter = 0 }},
		{"bump below 10%", func(c *Config) { c.FeeBumpBps = 999 }},
		{"zero confirmations", func(c *Config) { c.Confirmations = 0 }},
		{"zero poll interval", func(c *Config) { c.PollInterval = 0 }},
		{"zero attempts", func(c *Config) { c.Retry.Attempts = 0 }},
		{"zero backoff", func(c *Config) { c.Retry.InitialBackoff = 0 }},
		{"max backoff below initial", func(c *Config) { c.Retry.MaxBackoff = c.Retry.InitialBackoff / 2 }},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := DefaultConfig()
			tc.mutate(&c)
			if err := c.Validate(); !errors.Is(err, ErrInvalidConfig) {
				t.Fatalf("err = %v, want ErrInvalidConfig", err)
			}
		})
	}
	noCap := DefaultConfig()
	noCap.MaxFeeCap = nil
	if err := noCap.Validate(); err != nil {
		t.Fatalf("unset max fee cap: %v", err)
	}
}

func TestClassifySendError(t *testing.T) {
	tests := []struct {
		msg  string
		want sendError
	}{
		{"already known", sendAlreadyKnown},                                // go-ethereum
		{"transaction already imported", sendAlreadyKnown},                 // anvil
		{"nonce too low: next nonce 5, tx nonce 3", sendNonceTooLow},       // go-ethereum, anvil, Arbitrum
		{"OldNonce", sendNonceTooLow},                                      // Nethermind
		{"nonce too high: address 0x.., tx: 9 state: 4", sendNonceTooHigh}, // Arbitrum sequencer
		{"max fee per gas less than block base fee", sendFeeTooLow},        // anvil, go-ethereum eth_call
		{"replacement transaction underpriced", sendOther},
		{"insufficient funds for gas * price + value", sendOther},
	}
	for _, tc := range tests {
		if got := classifySendError(errors.New(tc.msg)); got != tc.want {
			t.Errorf("classify %q = %d, want %d", tc.msg, got, tc.want)
		}
	}
}

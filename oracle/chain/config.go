package chain

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/params"

	"github.com/idlegrid/idlegrid/oracle/retry"
)

// Config tunes a Submitter. Build it with DefaultConfig, adjust, and Validate.
type Config struct {
	// GasMarginPercent is added to every gas estimate: state can change between estimate and inclusion.
	GasMarginPercent uint64
	// BaseFeeMultiplier sets the fee cap to BaseFeeMultiplier × base fee + tip, so a transaction stays
	// includable through several full blocks of base fee increases (12.5% each on Ethereum).
	BaseFeeMultiplier uint64
	// MaxFeeCap is the most this submitter ever offers per gas, bumps included. nil means no limit.
	MaxFeeCap *big.Int
	// MinTipCap is a floor under the node's suggested priority fee. nil or zero: take the suggestion.
	MinTipCap *big.Int
	// BumpAfter is how long a broadcast transaction may stay unmined before it is replaced with higher fees.
	BumpAfter time.Duration
	// FeeBumpBps is the minimum raise of both fee cap and tip on a replacement, in basis points. go-ethereum's
	// pool refuses a replacement below +10% (1000); 1250 also clears nodes that ask for 12.5%.
	FeeBumpBps uint64
	// Confirmations is how many blocks, counting the one that includes the transaction, must be on top of
	// the chain before a receipt counts. 1 = included.
	Confirmations uint64
	// PollInterval is how often receipts and the head are polled.
	PollInterval time.Duration
	// Retry governs retries of RPC calls that failed for a transient reason.
	Retry RetryConfig
}

// RetryConfig is the retry policy of RPC calls that fail for a transient reason (oracle/retry's, the one
// every node uses).
type RetryConfig = retry.Policy

// DefaultConfig suits Arbitrum (sub-second blocks, near-zero priority fees) and local nodes.
func DefaultConfig() Config {
	return Config{
		GasMarginPercent:  20,
		BaseFeeMultiplier: 2,
		MaxFeeCap:         big.NewInt(500 * params.GWei),
		BumpAfter:         30 * time.Second,
		FeeBumpBps:        1250,
		Confirmations:     1,
		PollInterval:      500 * time.Millisecond,
		Retry: RetryConfig{
			Attempts:       5,
			InitialBackoff: 200 * time.Millisecond,
			MaxBackoff:     5 * time.Second,
		},
	}
}

// ErrInvalidConfig is wrapped by every Validate error.
var ErrInvalidConfig = errors.New("invalid chain config")

// Validate reports the first unusable setting.
func (c Config) Validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case c.GasMarginPercent > 1000:
		return bad("gas margin %d%% is above 1000%%", c.GasMarginPercent)
	case c.BaseFeeMultiplier < 1:
		return bad("base fee multiplier must be at least 1")
	case c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0:
		return bad("max fee cap must be positive or unset, got %s", c.MaxFeeCap)
	case c.MinTipCap != nil && c.MinTipCap.Sign() < 0:
		return bad("min tip cap is negative: %s", c.MinTipCap)
	case c.MaxFeeCap != nil && c.MinTipCap != nil && c.MinTipCap.Cmp(c.MaxFeeCap) > 0:
		return bad("min tip cap %s is above max fee cap %s", c.MinTipCap, c.MaxFeeCap)
	case c.BumpAfter <= 0:
		return bad("bump-after must be positive")
	case c.FeeBumpBps < 1000:
		return bad("fee bump %d bps is below the 1000 bps (10%%) nodes require for a replacement", c.FeeBumpBps)
	case c.Confirmations < 1:
		return bad("confirmations must be at least 1")
	case c.PollInterval <= 0:
		return bad("poll interval must be positive")
	}
	if err := c.Retry.Validate(); err != nil {
		return fmt.Errorf("%w: %w", ErrInvalidConfig, err)
	}
	return nil
}

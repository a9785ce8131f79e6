package chain

import (
	"errors"
	"fmt"
	"math/big"
)

var (
	// ErrMaxFeeCap means the configured MaxFeeCap is too low: below the base fee for a new transaction, or
	// too low to raise a stuck one by the minimum replacement bump.
	ErrMaxFeeCap = errors.New("max fee cap reached")
	// ErrNoBaseFee means the chain has no EIP-1559 base fee (pre-London), which this submitter does not serve.
	ErrNoBaseFee = errors.New("chain head has no base fee (EIP-1559 not active)")
)

// fees are the EIP-1559 price fields of one transaction.
type fees struct {
	tip, feeCap *big.Int
}

func (f fees) String() string { return fmt.Sprintf("tip %s fee cap %s", f.tip, f.feeCap) }

// marketFees is what the market asks now: tip = max(suggested, MinTipCap), fee cap = multiplier × base + tip.
func marketFees(cfg Config, baseFee, suggestedTip *big.Int) fees {
	tip := new(big.Int).Set(suggestedTip)
	if cfg.MinTipCap != nil && tip.Cmp(cfg.MinTipCap) < 0 {
		tip.Set(cfg.MinTipCap)
	}
	feeCap := new(big.Int).Mul(baseFee, new(big.Int).SetUint64(cfg.BaseFeeMultiplier))
	feeCap.Add(feeCap, tip)
	return fees{tip: tip, feeCap: feeCap}
}

// initialFees prices a new transaction: the market fees, the fee cap clamped to MaxFeeCap.
func initialFees(cfg Config, baseFee, suggestedTip *big.Int) (fees, error) {
	f := marketFees(cfg, baseFee, suggestedTip)
	if cfg.MaxFeeCap != nil && f.feeCap.Cmp(cfg.MaxFeeCap) > 0 {
		if cfg.MaxFeeCap.Cmp(baseFee) < 0 {
			return fees{}, fmt.Errorf("%w: max fee cap %s is below the base fee %s", ErrMaxFeeCap, cfg.MaxFeeCap, baseFee)
		}
		f.feeCap = new(big.Int).Set(cfg.MaxFeeCap)
		if f.tip.Cmp(f.feeCap) > 0 {
			f.tip = new(big.Int).Set(f.feeCap)
		}
	}
	return f, nil
}

// bumpedFees prices the replacement of a stuck transaction: each of tip and fee cap is raised by at least
// FeeBumpBps (and at least 1 wei) over old, as nodes require to accept a replacement, or to what the market
// asks now if that is more. The fee cap never exceeds MaxFeeCap.
func bumpedFees(cfg Config, old fees, baseFee, suggestedTip *big.Int) (fees, error) {
	minTip := raise(old.tip, cfg.FeeBumpBps)
	minCap := raise(old.feeCap, cfg.FeeBumpBps)
	market := marketFees(cfg, baseFee, suggestedTip)
	f := fees{tip: bigMax(minTip, market.tip), feeCap: bigMax(minCap, market.feeCap)}
	f.feeCap = bigMax(f.feeCap, f.tip)
	if cfg.MaxFeeCap != nil && f.feeCap.Cmp(cfg.MaxFeeCap) > 0 {
		if minCap.Cmp(cfg.MaxFeeCap) > 0 || minTip.Cmp(cfg.MaxFeeCap) > 0 {
			return fees{}, fmt.Errorf("%w: replacing %s needs a fee cap of at least %s, max is %s", ErrMaxFeeCap, old, minCap, cfg.MaxFeeCap)
		}
		f.feeCap = new(big.Int).Set(cfg.MaxFeeCap)
		if f.tip.Cmp(f.feeCap) > 0 {
			f.tip = new(big.Int).Set(f.feeCap)
		}
	}
	return f, nil
}

// raise returns ceil(v × (10000 + bps) / 10000), and at least v + 1.
func raise(v *big.Int, bps uint64) *big.Int {
	out := new(big.Int).Mul(v, new(big.Int).SetUint64(10_000+bps))
	out.Add(out, big.NewInt(9_999))
	out.Div(out, big.NewInt(10_000))
	if plusOne := new(big.Int).Add(v, big.NewInt(1)); out.Cmp(plusOne) < 0 {
		return plusOne
	}
	return out
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

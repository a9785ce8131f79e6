package proof

import "math"

// EscapeProbability is the chance that a commitment in which a fraction f of all units is wrong passes
// a check with the given number of openings: each opening is an independent uniform draw over all
// units and any wrong unit drawn is caught (up to a 1/P Freivalds error and SHA-256 collisions), so
// it is (1-f)^openings.
func EscapeProbability(f float64, openings int) float64 {
	return math.Pow(1-f, float64(openings))
}

// OpeningsFor is the smallest number of openings that catches a fraction f of wrong units with escape
// probability at most target.
func OpeningsFor(f, target float64) int {
	return int(math.Ceil(math.Log(target) / math.Log(1-f)))
}

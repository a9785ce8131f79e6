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

// EscapeForSavedWork is the chance that a prover who skipped a fraction w of the chain's work passes.
// Faking a unit's output also lets it skip the next step's units that read it (their inputs are
// garbage it need not compute from), so the work saved is at most twice the fraction faked: saving w
// takes faking f ≥ w/2, and it escapes with probability at most (1 - w/2)^openings.
func EscapeForSavedWork(w float64, openings int) float64 {
	return EscapeProbability(min(1, w/2), openings)
}

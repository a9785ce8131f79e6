//go:build race

package server_test

// raceEnabled: the race detector slows the pure-Go SQLite about tenfold, so the memory test uploads smaller
// trees and skips its unbounded comparison run.
const raceEnabled = true

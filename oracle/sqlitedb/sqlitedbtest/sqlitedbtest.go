// Package sqlitedbtest restores a store's database file kept as a gzip fixture, for tests that open files an
// older build wrote, and opens it with the store's own Open. Tests only.
package sqlitedbtest

import (
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// Restore decompresses the gzip file at fixture into a new temporary directory and returns the path of the
// database file there (named name).
func Restore(tb testing.TB, fixture, name string) string {
	tb.Helper()
	in, err := os.Open(fixture)
	if err != nil {
		tb.Fatal(err)
	}
	defer in.Close()
	zr, err := gzip.NewReader(in)
	if err != nil {
		tb.Fatalf("%s: %v", fixture, err)
	}
	path := filepath.Join(tb.TempDir(), name)
	out, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(out, zr); err != nil {
		out.Close()
		tb.Fatalf("%s: %v", fixture, err)
	}
	if err := out.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

// Reopen restores fixture as a file named name, then twice over opens it with open, hands the store to check
// (round 0, then 1: what check wrote in round 0 must be there in round 1) and closes it: a file an older build
// wrote opens, keeps what it held, takes writes, and opens again.
func Reopen[S io.Closer](t *testing.T, fixture, name string, open func(path string) (S, error), check func(t *testing.T, s S, round int)) {
	t.Helper()
	path := Restore(t, fixture, name)
	for round := range 2 {
		t.Run(fmt.Sprintf("open %d", round+1), func(t *testing.T) {
			s, err := open(path)
			if err != nil {
				t.Fatal(err)
			}
			check(t, s, round)
			if err := s.Close(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

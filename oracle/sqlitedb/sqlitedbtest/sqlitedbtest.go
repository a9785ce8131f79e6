// Package sqlitedbtest restores a store's database file kept as a gzip fixture, for tests that open files an
// older build wrote. Tests only; it never opens the database itself.
package sqlitedbtest

import (
	"compress/gzip"
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

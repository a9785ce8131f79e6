package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadmeLayoutListsEachPathOnce: the README's Layout table had two rows for oracle/, provider/ and
// cmd/idlegrid, an older and a newer one that disagreed (a new user could not tell which to believe).
func TestReadmeLayoutListsEachPathOnce(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, layout, ok := strings.Cut(string(raw), "\n## Layout\n")
	if !ok {
		t.Fatal("the README has no Layout section")
	}
	seen := map[string]bool{}
	rows := 0
	for _, line := range strings.Split(layout, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 3 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		rows++
		path := strings.TrimSpace(cells[1])
		if seen[path] {
			t.Errorf("the Layout table lists %s twice", path)
		}
		seen[path] = true
	}
	if rows < 5 {
		t.Fatalf("found %d rows in the Layout table", rows)
	}
}

package chaintest

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.json from Foundry's contracts/out (run forge build first)")

// TestFixturesFresh keeps the embedded fixture artifacts identical to what forge builds from
// contracts/test/fixtures. scripts/test runs forge build before go test, so there it always compares; a bare
// `go test` on a tree never built by forge skips, since the embedded copies are what the tests use.
func TestFixturesFresh(t *testing.T) {
	out := filepath.Join("..", "..", "..", "contracts", "out")
	for _, name := range Fixtures {
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join(out, name+".sol", name+".json"))
			if os.IsNotExist(err) {
				t.Skipf("contracts/out has no %s: run forge build to check the embedded copy", name)
			}
			if err != nil {
				t.Fatal(err)
			}
			var forge struct {
				ABI      json.RawMessage `json:"abi"`
				Bytecode struct {
					Object string `json:"object"`
				} `json:"bytecode"`
			}
			if err := json.Unmarshal(raw, &forge); err != nil {
				t.Fatalf("parse forge artifact: %v", err)
			}
			want, err := json.MarshalIndent(struct {
				ABI      json.RawMessage `json:"abi"`
				Bytecode string          `json:"bytecode"`
			}{forge.ABI, forge.Bytecode.Object}, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			want = append(want, '\n')
			path := filepath.Join("testdata", name+".json")
			if *update {
				if err := os.WriteFile(path, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s is stale: run `forge build && go test ./oracle/internal/chaintest -run TestFixturesFresh -update`", path)
			}
		})
	}
}

package content

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/ipfs/go-cid"
)

// TestVerifyCAR: a CAR saved as it arrives is the whole DAG under the root asked for, every block as hashed,
// nothing else, within the limits; and VerifyCAR keeps none of it.
func TestVerifyCAR(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	big := make([]byte, 3<<20+17) // several chunks: the file has links
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range big {
		big[i] = byte(rng.Uint32())
	}
	os.WriteFile(filepath.Join(dir, "big.bin"), big, 0o644)
	os.MkdirAll(filepath.Join(dir, "sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "sub", "r.txt"), []byte("result\n"), 0o644)
	s := NewMemoryStore()
	root, err := s.AddPath(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	other, err := s.AddBytes(ctx, []byte("another DAG"))
	if err != nil {
		t.Fatal(err)
	}
	export := func(c cid.Cid, scope Scope) []byte {
		var b bytes.Buffer
		if err := s.ExportCAR(ctx, c, scope, &b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	good := export(root, ScopeAll)
	otherCAR := export(other, ScopeAll)
	if err := VerifyCAR(ctx, bytes.NewReader(good), root, Limits{}); err != nil {
		t.Fatalf("the honest CAR: %v", err)
	}
	altered := bytes.Clone(good)
	altered[len(altered)-10] ^= 1 // inside the last block's data
	tests := []struct {
		name string
		car  []byte
		root cid.Cid
		lim  Limits
		want error
	}{
		{"another DAG", otherCAR, root, Limits{}, ErrMalformed},
		{"an altered block", altered, root, Limits{}, ErrHashMismatch},
		{"cut short", good[:len(good)-100], root, Limits{}, ErrIncomplete},
		{"the root block only", export(root, ScopeBlock), root, Limits{}, ErrIncomplete},
		{"a stranger's block appended", append(bytes.Clone(good), otherCAR[1+int(otherCAR[0]):]...), root, Limits{}, ErrMalformed}, // after its one-byte-length header
		{"over the byte limit", good, root, Limits{MaxBytes: 1 << 20}, ErrTooLarge},
		{"no root asked", good, cid.Undef, Limits{}, ErrNotAllowed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := VerifyCAR(ctx, bytes.NewReader(tt.car), tt.root, tt.lim)
			if err == nil {
				t.Fatal("accepted")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("%v, want %v", err, tt.want)
			}
		})
	}
}

//go:build cgo

package cuda

import (
	"errors"
	"testing"

	"github.com/rs/zerolog"
)

// TestOpenWithoutLibraries runs the real loader. Where libcuda.so.1 is absent (CI, this repo's
// reference machine) it must report ErrUnavailable, cleanly.
func TestOpenWithoutLibraries(t *testing.T) {
	b, err := Open(Config{}, zerolog.Nop())
	if err == nil {
		b.Close()
		t.Skip("a CUDA driver and cuBLASLt are installed here")
	}
	if !errors.Is(err, ErrUnavailable) {
		t.Fatalf("got %v, want ErrUnavailable", err)
	}
	t.Logf("reported: %v", err)
}

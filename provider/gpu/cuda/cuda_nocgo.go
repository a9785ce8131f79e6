//go:build !cgo

package cuda

import (
	"fmt"

	"github.com/rs/zerolog"
)

// Open always fails without cgo: the CUDA libraries are loaded through it.
func Open(Config, zerolog.Logger) (*Backend, error) {
	return nil, fmt.Errorf("%w: built without cgo", ErrUnavailable)
}

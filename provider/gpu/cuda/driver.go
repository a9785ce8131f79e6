package cuda

import (
	"errors"
	"fmt"
)

// ErrUnavailable: no usable CUDA driver or cuBLASLt on this machine (or a build without cgo).
var ErrUnavailable = errors.New("cuda: unavailable")

// ErrOutOfMemory: the challenge's state does not fit in the device's free memory.
var ErrOutOfMemory = errors.New("cuda: not enough device memory")

type devPtr uint64

// DeviceInfo describes the device a backend drives.
type DeviceInfo struct {
	Ordinal           int
	Name              string
	TotalMemory       uint64
	ComputeCapability [2]int
}

// driver is the seam between the engine and the CUDA libraries: what the engine needs, nothing more.
// cuda_cgo.go implements it over dlopen'd libcuda and cuBLASLt; the tests emulate it in Go.
type driver interface {
	info() DeviceInfo
	memInfo() (free, total uint64, err error)
	alloc(bytes uint64) (devPtr, error)
	free(p devPtr) error
	htod(dst devPtr, src []byte) error
	dtoh(dst []byte, src devPtr) error
	// launch runs a kernel of the embedded module; args must match kernelParams[kernel].
	launch(kernel string, grid, block uint32, args []arg) error
	// gemm computes C = Y·W for rows × n int8 Y (row-major) into rows × n int32 C (row-major), with
	// wt = Wᵀ row-major (W column-major), the layout cuBLASLt's int8 TN path wants.
	gemm(y, wt, c devPtr, rows, n int) error
	close() error
}

func checkArgs(kernel string, args []arg) error {
	want, ok := kernelParams[kernel]
	if !ok {
		return fmt.Errorf("cuda: unknown kernel %q", kernel)
	}
	if len(args) != len(want) {
		return fmt.Errorf("cuda: %s takes %d arguments, got %d", kernel, len(want), len(args))
	}
	for i, a := range args {
		if a.kind != want[i] || a.kind == u32 && a.v > 0xFFFFFFFF {
			return fmt.Errorf("cuda: %s argument %d: %d-byte value %d, want %d bytes", kernel, i, a.kind, a.v, want[i])
		}
	}
	return nil
}

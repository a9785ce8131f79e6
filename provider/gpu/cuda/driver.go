package cuda

import (
	"errors"
	"fmt"
)

// ErrUnavailable: no usable CUDA driver or cuBLASLt on this machine (or a build without cgo).
var ErrUnavailable = errors.New("cuda: unavailable")

// ErrOutOfMemory: the challenge's state does not fit in the device's free memory.
var ErrOutOfMemory = errors.New("cuda: not enough device memory")

// ErrDeviceFault: a kernel faulted on the device (an illegal address, a launch failure, an
// uncorrectable ECC error). Such an error is sticky: the context is unusable afterwards, so the
// backend destroys it and opens a new one before its next engine. The engine reports it from the step
// (or read, or chase) whose work raised it.
var ErrDeviceFault = errors.New("cuda: device fault")

type devPtr uint64

// DeviceInfo describes the device a backend drives.
type DeviceInfo struct {
	Ordinal           int
	Name              string
	TotalMemory       uint64
	ComputeCapability [2]int
}

// stream names one of the context's two streams: kernels and the GEMM run on computeStream, copies
// between pinned host memory and the device on copyStream, ordered against the kernels with events.
type stream uint8

const (
	computeStream stream = iota
	copyStream
	numStreams
)

// event names one of the context's events (created with the context, timing disabled).
type event uint8

const (
	evComputed event = iota // recorded on the compute stream after the work a copy reads
	evCopied                // recorded on the copy stream after a copy to the host
	evUploaded              // recorded on the copy stream after a copy to the device
	numEvents
)

// plan is a cached cuBLASLt matmul plan: descriptor, layouts and the algorithm the heuristic chose.
type plan int

// driver is the seam between the engine and the CUDA libraries: what the engine needs, nothing more.
// cuda_cgo.go implements it over dlopen'd libcuda and cuBLASLt; the tests emulate it in Go, streams,
// events and faults included.
//
// Work on a stream is asynchronous: launch, gemm and the copies only enqueue. A fault in enqueued
// work is reported by the next sync (or by any call after it): the sticky ErrDeviceFault, after which
// only reset and close are meaningful.
type driver interface {
	info() DeviceInfo
	memInfo() (free, total uint64, err error)
	alloc(bytes uint64) (devPtr, error)
	free(p devPtr) error
	// hostAlloc returns n bytes of pinned (page-locked) host memory, the only host memory the async
	// copies accept; hostFree releases it.
	hostAlloc(n int) ([]byte, error)
	hostFree(b []byte) error
	// copyHtoD and copyDtoH enqueue a copy between pinned host memory and the device on s.
	copyHtoD(s stream, dst devPtr, src []byte) error
	copyDtoH(s stream, dst []byte, src devPtr) error
	// launch enqueues a kernel of the embedded module on s; args must match kernelParams[kernel].
	launch(s stream, kernel string, grid, block uint32, args []arg) error
	// gemmPlan builds the plan for C = Y·W with rows × n int8 Y (row-major), n × n W and rows × n
	// int32 C: the matmul descriptor, three layouts and the heuristic's algorithm, once.
	gemmPlan(rows, n int) (plan, error)
	// gemm enqueues the planned product on s, with wt = Wᵀ row-major (W column-major), the layout
	// cuBLASLt's int8 TN path wants.
	gemm(s stream, p plan, y, wt, c devPtr) error
	// record records ev on s; wait makes s wait for ev's last recording; sync blocks until ev's last
	// recording has completed and returns any fault raised by the work before it.
	record(ev event, s stream) error
	wait(s stream, ev event) error
	sync(ev event) error
	// reset destroys the context after a fault and creates a fresh one: module, cuBLASLt handle,
	// streams and events anew; every device allocation, pinned buffer and plan of the old context is
	// gone.
	reset() error
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

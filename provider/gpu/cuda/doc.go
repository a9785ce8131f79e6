// Package cuda is the GPU prover backend for oracle/proof. It needs no CUDA toolkit at build time: the
// driver (libcuda.so.1) and cuBLASLt (libcublasLt.so.*) are loaded with dlopen at run time, the three
// small kernels ship as hand-written PTX embedded in the binary (kernels.ptx) and are JIT-compiled by
// the driver, and the int8 GEMM (int32 accumulation, exact) is cuBLASLt's. Without the libraries, or
// in a build without cgo, Open reports ErrUnavailable and callers fall back to the CPU backend.
//
// One step on the device: idg_mix builds the product input Y from the state and the step's noise,
// cuBLASLt computes C = Y·W, idg_finish writes X = Nonlinear(C) back over the state and the group
// digests; the digests come back to the host, which hashes them into the Merkle tree while the next
// step runs. Rows are processed in tiles; when a step's partner offset μ crosses tiles, the two tiles
// it pairs are mixed, multiplied and written back together, so the state is updated in place and the
// device holds one copy of it (the capacity challenge sizes that copy to ~88% of the GPU's memory).
//
// Status: the orchestration is tested against the CPU engine through an emulation of the driver and the
// kernels (engine_test.go), and the PTX's entry points and parameter layouts are checked against the
// launcher; the PTX and the cuBLASLt call have not yet run on a GPU.
package cuda

//go:build cgo

package cuda

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The few CUDA driver and cuBLASLt entry points the backend uses, declared here (no CUDA headers at
// build time) and resolved with dlsym. Types are the ABI's: CUresult and cublasStatus_t are ints,
// handles are pointers, device pointers are 64-bit integers.
typedef int CUresult;
typedef unsigned long long CUdeviceptr;

typedef struct {
	void *cuda, *lt;
	void *ctx, *module, *handle, *workspace_ptr;
	CUdeviceptr workspace;
	size_t workspace_size;
	int device;
	void *fill, *mix, *finish, *sweep;

	CUresult (*cuInit)(unsigned);
	CUresult (*cuDeviceGetCount)(int *);
	CUresult (*cuDeviceGet)(int *, int);
	CUresult (*cuDeviceGetName)(char *, int, int);
	CUresult (*cuDeviceTotalMem)(size_t *, int);
	CUresult (*cuDeviceGetAttribute)(int *, int, int);
	CUresult (*cuCtxCreate)(void **, unsigned, int);
	CUresult (*cuCtxDestroy)(void *);
	CUresult (*cuCtxSetCurrent)(void *);
	CUresult (*cuCtxSynchronize)(void);
	CUresult (*cuMemGetInfo)(size_t *, size_t *);
	CUresult (*cuModuleLoadDataEx)(void **, const void *, unsigned, int *, void **);
	CUresult (*cuModuleUnload)(void *);
	CUresult (*cuModuleGetFunction)(void **, void *, const char *);
	CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
	CUresult (*cuMemFree)(CUdeviceptr);
	CUresult (*cuMemcpyHtoD)(CUdeviceptr, const void *, size_t);
	CUresult (*cuMemcpyDtoH)(void *, CUdeviceptr, size_t);
	CUresult (*cuLaunchKernel)(void *, unsigned, unsigned, unsigned, unsigned, unsigned, unsigned,
		unsigned, void *, void **, void **);
	CUresult (*cuGetErrorString)(CUresult, const char **);

	int (*ltCreate)(void **);
	int (*ltDestroy)(void *);
	int (*ltMatmulDescCreate)(void **, int, int);
	int (*ltMatmulDescDestroy)(void *);
	int (*ltMatmulDescSetAttribute)(void *, int, const void *, size_t);
	int (*ltMatrixLayoutCreate)(void **, int, uint64_t, uint64_t, int64_t);
	int (*ltMatrixLayoutDestroy)(void *);
	int (*ltMatmul)(void *, void *, const void *, const void *, void *, const void *, void *,
		const void *, const void *, void *, void *, void *, const void *, void *, size_t, void *);
} idg_cuda;

// Enum values from cuda.h, library_types.h and cublasLt.h.
enum {
	IDG_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
	IDG_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
	IDG_CU_JIT_ERROR_LOG_BUFFER = 5,
	IDG_CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6,
	IDG_CUDA_R_8I = 3,
	IDG_CUDA_R_32I = 10,
	IDG_CUBLAS_COMPUTE_32I = 72,
	IDG_CUBLASLT_MATMUL_DESC_TRANSA = 3,
	IDG_CUBLASLT_MATMUL_DESC_TRANSB = 4,
	IDG_CUBLAS_OP_N = 0,
	IDG_CUBLAS_OP_T = 1,
};

static void *idg_sym(void *lib, const char *name, int *missing) {
	void *p = dlsym(lib, name);
	if (!p) *missing = 1;
	return p;
}

// idg_load opens the libraries and resolves every symbol. Returns 0, or 1 if libcuda is missing,
// 2 if cuBLASLt is missing, 3 if a symbol is missing; *which names the library or symbol.
static int idg_load(idg_cuda *c, const char **lt_names, int n_lt, const char **which) {
	memset(c, 0, sizeof *c);
	c->cuda = dlopen("libcuda.so.1", RTLD_NOW | RTLD_LOCAL);
	if (!c->cuda) { *which = "libcuda.so.1"; return 1; }
	for (int i = 0; i < n_lt && !c->lt; i++) {
		c->lt = dlopen(lt_names[i], RTLD_NOW | RTLD_LOCAL);
	}
	if (!c->lt) { *which = "libcublasLt.so"; return 2; }
	int missing = 0;
#define CU(field, name) c->field = idg_sym(c->cuda, name, &missing); if (missing) { *which = name; return 3; }
#define LT(field, name) c->field = idg_sym(c->lt, name, &missing); if (missing) { *which = name; return 3; }
	CU(cuInit, "cuInit")
	CU(cuDeviceGetCount, "cuDeviceGetCount")
	CU(cuDeviceGet, "cuDeviceGet")
	CU(cuDeviceGetName, "cuDeviceGetName")
	CU(cuDeviceTotalMem, "cuDeviceTotalMem_v2")
	CU(cuDeviceGetAttribute, "cuDeviceGetAttribute")
	CU(cuCtxCreate, "cuCtxCreate_v2")
	CU(cuCtxDestroy, "cuCtxDestroy_v2")
	CU(cuCtxSetCurrent, "cuCtxSetCurrent")
	CU(cuCtxSynchronize, "cuCtxSynchronize")
	CU(cuMemGetInfo, "cuMemGetInfo_v2")
	CU(cuModuleLoadDataEx, "cuModuleLoadDataEx")
	CU(cuModuleUnload, "cuModuleUnload")
	CU(cuModuleGetFunction, "cuModuleGetFunction")
	CU(cuMemAlloc, "cuMemAlloc_v2")
	CU(cuMemFree, "cuMemFree_v2")
	CU(cuMemcpyHtoD, "cuMemcpyHtoD_v2")
	CU(cuMemcpyDtoH, "cuMemcpyDtoH_v2")
	CU(cuLaunchKernel, "cuLaunchKernel")
	CU(cuGetErrorString, "cuGetErrorString")
	LT(ltCreate, "cublasLtCreate")
	LT(ltDestroy, "cublasLtDestroy")
	LT(ltMatmulDescCreate, "cublasLtMatmulDescCreate")
	LT(ltMatmulDescDestroy, "cublasLtMatmulDescDestroy")
	LT(ltMatmulDescSetAttribute, "cublasLtMatmulDescSetAttribute")
	LT(ltMatrixLayoutCreate, "cublasLtMatrixLayoutCreate")
	LT(ltMatrixLayoutDestroy, "cublasLtMatrixLayoutDestroy")
	LT(ltMatmul, "cublasLtMatmul")
#undef CU
#undef LT
	return 0;
}

static void idg_unload(idg_cuda *c) {
	if (c->lt) dlclose(c->lt);
	if (c->cuda) dlclose(c->cuda);
	c->lt = c->cuda = NULL;
}

static const char *idg_err(idg_cuda *c, CUresult r) {
	const char *s = NULL;
	if (c->cuGetErrorString && c->cuGetErrorString(r, &s) == 0 && s) return s;
	return "unknown CUDA error";
}

// idg_open initialises the driver, creates a context on the device, JIT-loads the PTX module and
// creates the cuBLASLt handle. Errors: a CUDA result (>0), or -1 with a message in log.
static CUresult idg_open(idg_cuda *c, int ordinal, const char *ptx, char *log, size_t log_size,
		char *name, int name_size, size_t *total, int *cc_major, int *cc_minor) {
	CUresult r;
	int count = 0;
	if ((r = c->cuInit(0)) != 0) return r;
	if ((r = c->cuDeviceGetCount(&count)) != 0) return r;
	if (ordinal < 0 || ordinal >= count) { snprintf(log, log_size, "device %d of %d", ordinal, count); return -1; }
	if ((r = c->cuDeviceGet(&c->device, ordinal)) != 0) return r;
	if ((r = c->cuDeviceGetName(name, name_size, c->device)) != 0) return r;
	if ((r = c->cuDeviceTotalMem(total, c->device)) != 0) return r;
	if ((r = c->cuDeviceGetAttribute(cc_major, IDG_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR, c->device)) != 0) return r;
	if ((r = c->cuDeviceGetAttribute(cc_minor, IDG_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR, c->device)) != 0) return r;
	if ((r = c->cuCtxCreate(&c->ctx, 0, c->device)) != 0) return r;
	int opts[2] = {IDG_CU_JIT_ERROR_LOG_BUFFER, IDG_CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
	void *vals[2] = {log, (void *)(uintptr_t)log_size};
	if ((r = c->cuModuleLoadDataEx(&c->module, ptx, 2, opts, vals)) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->fill, c->module, "idg_fill")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->mix, c->module, "idg_mix")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->finish, c->module, "idg_finish")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->sweep, c->module, "idg_sweep")) != 0) return r;
	int s = c->ltCreate(&c->handle);
	if (s != 0) { snprintf(log, log_size, "cublasLtCreate: status %d", s); return -1; }
	c->workspace_size = 32u << 20;
	if ((r = c->cuMemAlloc(&c->workspace, c->workspace_size)) != 0) return r;
	return 0;
}

static void idg_close(idg_cuda *c) {
	if (c->ctx) c->cuCtxSetCurrent(c->ctx);
	if (c->handle) c->ltDestroy(c->handle);
	if (c->workspace) c->cuMemFree(c->workspace);
	if (c->module) c->cuModuleUnload(c->module);
	if (c->ctx) c->cuCtxDestroy(c->ctx);
	c->handle = c->module = c->ctx = NULL;
	c->workspace = 0;
}

// Every operation makes the context current first: a cgo call runs on one OS thread, but successive
// calls from a goroutine may not.
static CUresult idg_mem_info(idg_cuda *c, size_t *free_b, size_t *total_b) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemGetInfo(free_b, total_b);
}
static CUresult idg_alloc(idg_cuda *c, CUdeviceptr *p, size_t n) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemAlloc(p, n);
}
static CUresult idg_free(idg_cuda *c, CUdeviceptr p) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemFree(p);
}
static CUresult idg_htod(idg_cuda *c, CUdeviceptr dst, const void *src, size_t n) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemcpyHtoD(dst, src, n);
}
static CUresult idg_dtoh(idg_cuda *c, void *dst, CUdeviceptr src, size_t n) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemcpyDtoH(dst, src, n);
}

// idg_launch passes each argument as a pointer to its 8-byte slot: the driver copies as many bytes
// as the kernel's parameter declares, and little-endian slots hold u32 values in their low half.
static CUresult idg_launch(idg_cuda *c, int kernel, unsigned grid, unsigned block, uint64_t *vals, int n) {
	void *params[16];
	void *f = kernel == 0 ? c->fill : kernel == 1 ? c->mix : kernel == 2 ? c->finish : c->sweep;
	if (n > 16) return -1;
	for (int i = 0; i < n; i++) params[i] = &vals[i];
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuLaunchKernel(f, grid, 1, 1, block, 1, 1, 0, NULL, params, NULL);
}

// idg_gemm: D (n × rows, column-major, ld n) = op(A)·B with op(A) = Aᵀ, A the n × n column-major
// buffer wt (that is W), B the n × rows column-major buffer y (that is Yᵀ). Read row-major, D is
// C = Y·W. int8 inputs, int32 compute and output: the TN layout cuBLASLt's IMMA kernels take.
static int idg_gemm(idg_cuda *c, CUdeviceptr y, CUdeviceptr wt, CUdeviceptr out, uint64_t rows, uint64_t n) {
	void *desc = NULL, *la = NULL, *lb = NULL, *ld = NULL;
	int32_t opT = IDG_CUBLAS_OP_T, opN = IDG_CUBLAS_OP_N, alpha = 1, beta = 0;
	int s;
	if (c->cuCtxSetCurrent(c->ctx) != 0) return -1;
	if ((s = c->ltMatmulDescCreate(&desc, IDG_CUBLAS_COMPUTE_32I, IDG_CUDA_R_32I)) != 0) goto out;
	if ((s = c->ltMatmulDescSetAttribute(desc, IDG_CUBLASLT_MATMUL_DESC_TRANSA, &opT, sizeof opT)) != 0) goto out;
	if ((s = c->ltMatmulDescSetAttribute(desc, IDG_CUBLASLT_MATMUL_DESC_TRANSB, &opN, sizeof opN)) != 0) goto out;
	if ((s = c->ltMatrixLayoutCreate(&la, IDG_CUDA_R_8I, n, n, (int64_t)n)) != 0) goto out;
	if ((s = c->ltMatrixLayoutCreate(&lb, IDG_CUDA_R_8I, n, rows, (int64_t)n)) != 0) goto out;
	if ((s = c->ltMatrixLayoutCreate(&ld, IDG_CUDA_R_32I, n, rows, (int64_t)n)) != 0) goto out;
	s = c->ltMatmul(c->handle, desc, &alpha, (const void *)(uintptr_t)wt, la, (const void *)(uintptr_t)y, lb,
		&beta, (const void *)(uintptr_t)out, ld, (void *)(uintptr_t)out, ld, NULL,
		(void *)(uintptr_t)c->workspace, c->workspace_size, NULL);
out:
	if (ld) c->ltMatrixLayoutDestroy(ld);
	if (lb) c->ltMatrixLayoutDestroy(lb);
	if (la) c->ltMatrixLayoutDestroy(la);
	if (desc) c->ltMatmulDescDestroy(desc);
	return s;
}
*/
import "C"

import (
	"fmt"
	"sync"
	"unsafe"

	"github.com/rs/zerolog"
)

// cublasLtNames are the sonames tried in order (CUDA 13, 12, 11 and the unversioned development link).
var cublasLtNames = []string{"libcublasLt.so.13", "libcublasLt.so.12", "libcublasLt.so.11", "libcublasLt.so"}

// Open loads libcuda and cuBLASLt, creates a context on device cfg.Ordinal and JIT-compiles the
// kernels. Missing libraries or no device yield ErrUnavailable.
func Open(cfg Config, log zerolog.Logger) (*Backend, error) {
	d, err := openCgoDriver(cfg.Ordinal)
	if err != nil {
		return nil, err
	}
	return newBackend(d, cfg, log), nil
}

type cgoDriver struct {
	mu   sync.Mutex
	c    *C.idg_cuda
	dev  DeviceInfo
	open bool
}

func openCgoDriver(ordinal int) (*cgoDriver, error) {
	c := (*C.idg_cuda)(C.calloc(1, C.sizeof_idg_cuda))
	names := make([]*C.char, len(cublasLtNames))
	for i, n := range cublasLtNames {
		names[i] = C.CString(n)
		defer C.free(unsafe.Pointer(names[i]))
	}
	namesC := (**C.char)(C.calloc(C.size_t(len(names)), C.size_t(unsafe.Sizeof(names[0]))))
	defer C.free(unsafe.Pointer(namesC))
	copy(unsafe.Slice(namesC, len(names)), names)
	var which *C.char
	if rc := C.idg_load(c, namesC, C.int(len(names)), &which); rc != 0 {
		C.idg_unload(c)
		C.free(unsafe.Pointer(c))
		return nil, fmt.Errorf("%w: %s not loadable", ErrUnavailable, C.GoString(which))
	}
	ptx := C.CString(modulePTX)
	defer C.free(unsafe.Pointer(ptx))
	var logBuf [4096]C.char
	var name [256]C.char
	var total C.size_t
	var major, minor C.int
	if r := C.idg_open(c, C.int(ordinal), ptx, &logBuf[0], C.size_t(len(logBuf)), &name[0], C.int(len(name)), &total, &major, &minor); r != 0 {
		msg := C.GoString(&logBuf[0])
		if r > 0 {
			msg = C.GoString(C.idg_err(c, r)) + ": " + msg
		}
		C.idg_close(c)
		C.idg_unload(c)
		C.free(unsafe.Pointer(c))
		return nil, fmt.Errorf("%w: device %d: %s", ErrUnavailable, ordinal, msg)
	}
	return &cgoDriver{c: c, open: true, dev: DeviceInfo{Ordinal: ordinal, Name: C.GoString(&name[0]),
		TotalMemory: uint64(total), ComputeCapability: [2]int{int(major), int(minor)}}}, nil
}

func (d *cgoDriver) cuErr(what string, r C.CUresult) error {
	if r == 0 {
		return nil
	}
	return fmt.Errorf("cuda %s: %s (%d)", what, C.GoString(C.idg_err(d.c, r)), int(r))
}

func (d *cgoDriver) info() DeviceInfo { return d.dev }

func (d *cgoDriver) memInfo() (uint64, uint64, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var free, total C.size_t
	if err := d.cuErr("mem info", C.idg_mem_info(d.c, &free, &total)); err != nil {
		return 0, 0, err
	}
	return uint64(free), uint64(total), nil
}

func (d *cgoDriver) alloc(n uint64) (devPtr, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var p C.CUdeviceptr
	if err := d.cuErr(fmt.Sprintf("alloc %d bytes", n), C.idg_alloc(d.c, &p, C.size_t(n))); err != nil {
		return 0, err
	}
	return devPtr(p), nil
}

func (d *cgoDriver) free(p devPtr) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("free", C.idg_free(d.c, C.CUdeviceptr(p)))
}

func (d *cgoDriver) htod(dst devPtr, src []byte) error {
	if len(src) == 0 {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("copy to device", C.idg_htod(d.c, C.CUdeviceptr(dst), unsafe.Pointer(&src[0]), C.size_t(len(src))))
}

func (d *cgoDriver) dtoh(dst []byte, src devPtr) error {
	if len(dst) == 0 {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("copy to host", C.idg_dtoh(d.c, unsafe.Pointer(&dst[0]), C.CUdeviceptr(src), C.size_t(len(dst))))
}

func (d *cgoDriver) launch(kernel string, grid, block uint32, args []arg) error {
	if err := checkArgs(kernel, args); err != nil {
		return err
	}
	idx := map[string]C.int{kernelFill: 0, kernelMix: 1, kernelFinish: 2, kernelSweep: 3}[kernel]
	vals := make([]C.uint64_t, len(args))
	for i, a := range args {
		vals[i] = C.uint64_t(a.v)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("launch "+kernel, C.idg_launch(d.c, idx, C.uint(grid), C.uint(block), &vals[0], C.int(len(vals))))
}

func (d *cgoDriver) gemm(y, wt, c devPtr, rows, n int) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if s := C.idg_gemm(d.c, C.CUdeviceptr(y), C.CUdeviceptr(wt), C.CUdeviceptr(c), C.uint64_t(rows), C.uint64_t(n)); s != 0 {
		return fmt.Errorf("cublasLt int8 matmul %d×%d×%d: status %d", rows, n, n, int(s))
	}
	return nil
}

func (d *cgoDriver) close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.open {
		return nil
	}
	d.open = false
	C.idg_close(d.c)
	C.idg_unload(d.c)
	C.free(unsafe.Pointer(d.c))
	d.c = nil
	return nil
}

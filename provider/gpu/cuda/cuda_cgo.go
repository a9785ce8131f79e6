//go:build cgo

package cuda

/*
#cgo LDFLAGS: -ldl
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// The CUDA driver and cuBLASLt entry points the backend uses, declared here (no CUDA headers at build
// time) and resolved with dlsym. Types are the ABI's: CUresult and cublasStatus_t are ints, handles
// are pointers, device pointers 64-bit integers. cublasLtMatmulAlgo_t and
// cublasLtMatmulHeuristicResult_t are laid out as cublasLt.h declares them.
typedef int CUresult;
typedef unsigned long long CUdeviceptr;
typedef struct { uint64_t data[8]; } idg_lt_algo;
typedef struct {
	idg_lt_algo algo;
	size_t workspaceSize;
	int state;
	float wavesCount;
	int reserved[4];
} idg_lt_heuristic;

enum { IDG_STREAMS = 2, IDG_EVENTS = 3, IDG_MAX_PLANS = 16 };

// A cached matmul plan: descriptor, layouts and the heuristic's algorithm for one shape.
typedef struct {
	void *desc, *la, *lb, *ld;
	idg_lt_algo algo;
	uint64_t rows, n;
} idg_plan;

typedef struct {
	void *cuda, *lt;
	void *ctx, *module, *handle;
	CUdeviceptr workspace;
	size_t workspace_size;
	int device;
	void *fill, *mix, *finish, *sweep, *chase;
	void *streams[IDG_STREAMS];
	void *events[IDG_EVENTS];
	idg_plan plans[IDG_MAX_PLANS];
	int nplans;

	CUresult (*cuInit)(unsigned);
	CUresult (*cuDeviceGetCount)(int *);
	CUresult (*cuDeviceGet)(int *, int);
	CUresult (*cuDeviceGetName)(char *, int, int);
	CUresult (*cuDeviceTotalMem)(size_t *, int);
	CUresult (*cuDeviceGetAttribute)(int *, int, int);
	CUresult (*cuCtxCreate)(void **, unsigned, int);
	CUresult (*cuCtxDestroy)(void *);
	CUresult (*cuCtxSetCurrent)(void *);
	CUresult (*cuMemGetInfo)(size_t *, size_t *);
	CUresult (*cuModuleLoadDataEx)(void **, const void *, unsigned, int *, void **);
	CUresult (*cuModuleUnload)(void *);
	CUresult (*cuModuleGetFunction)(void **, void *, const char *);
	CUresult (*cuMemAlloc)(CUdeviceptr *, size_t);
	CUresult (*cuMemFree)(CUdeviceptr);
	CUresult (*cuMemAllocHost)(void **, size_t);
	CUresult (*cuMemFreeHost)(void *);
	CUresult (*cuMemcpyHtoDAsync)(CUdeviceptr, const void *, size_t, void *);
	CUresult (*cuMemcpyDtoHAsync)(void *, CUdeviceptr, size_t, void *);
	CUresult (*cuStreamCreate)(void **, unsigned);
	CUresult (*cuStreamDestroy)(void *);
	CUresult (*cuStreamWaitEvent)(void *, void *, unsigned);
	CUresult (*cuEventCreate)(void **, unsigned);
	CUresult (*cuEventDestroy)(void *);
	CUresult (*cuEventRecord)(void *, void *);
	CUresult (*cuEventSynchronize)(void *);
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
	int (*ltPreferenceCreate)(void **);
	int (*ltPreferenceDestroy)(void *);
	int (*ltPreferenceSetAttribute)(void *, int, const void *, size_t);
	int (*ltAlgoGetHeuristic)(void *, void *, void *, void *, void *, void *, void *, int, idg_lt_heuristic *, int *);
	int (*ltMatmul)(void *, void *, const void *, const void *, void *, const void *, void *,
		const void *, const void *, void *, void *, void *, const void *, void *, size_t, void *);
} idg_cuda;

// Enum values from cuda.h, library_types.h and cublasLt.h.
enum {
	IDG_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR = 75,
	IDG_CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR = 76,
	IDG_CU_JIT_ERROR_LOG_BUFFER = 5,
	IDG_CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES = 6,
	IDG_CU_STREAM_NON_BLOCKING = 1,
	IDG_CU_EVENT_DISABLE_TIMING = 2,
	IDG_CUDA_R_8I = 3,
	IDG_CUDA_R_32I = 10,
	IDG_CUBLAS_COMPUTE_32I = 72,
	IDG_CUBLASLT_MATMUL_DESC_TRANSA = 3,
	IDG_CUBLASLT_MATMUL_DESC_TRANSB = 4,
	IDG_CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES = 1,
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
	CU(cuMemGetInfo, "cuMemGetInfo_v2")
	CU(cuModuleLoadDataEx, "cuModuleLoadDataEx")
	CU(cuModuleUnload, "cuModuleUnload")
	CU(cuModuleGetFunction, "cuModuleGetFunction")
	CU(cuMemAlloc, "cuMemAlloc_v2")
	CU(cuMemFree, "cuMemFree_v2")
	CU(cuMemAllocHost, "cuMemAllocHost_v2")
	CU(cuMemFreeHost, "cuMemFreeHost")
	CU(cuMemcpyHtoDAsync, "cuMemcpyHtoDAsync_v2")
	CU(cuMemcpyDtoHAsync, "cuMemcpyDtoHAsync_v2")
	CU(cuStreamCreate, "cuStreamCreate")
	CU(cuStreamDestroy, "cuStreamDestroy_v2")
	CU(cuStreamWaitEvent, "cuStreamWaitEvent")
	CU(cuEventCreate, "cuEventCreate")
	CU(cuEventDestroy, "cuEventDestroy_v2")
	CU(cuEventRecord, "cuEventRecord")
	CU(cuEventSynchronize, "cuEventSynchronize")
	CU(cuLaunchKernel, "cuLaunchKernel")
	CU(cuGetErrorString, "cuGetErrorString")
	LT(ltCreate, "cublasLtCreate")
	LT(ltDestroy, "cublasLtDestroy")
	LT(ltMatmulDescCreate, "cublasLtMatmulDescCreate")
	LT(ltMatmulDescDestroy, "cublasLtMatmulDescDestroy")
	LT(ltMatmulDescSetAttribute, "cublasLtMatmulDescSetAttribute")
	LT(ltMatrixLayoutCreate, "cublasLtMatrixLayoutCreate")
	LT(ltMatrixLayoutDestroy, "cublasLtMatrixLayoutDestroy")
	LT(ltPreferenceCreate, "cublasLtMatmulPreferenceCreate")
	LT(ltPreferenceDestroy, "cublasLtMatmulPreferenceDestroy")
	LT(ltPreferenceSetAttribute, "cublasLtMatmulPreferenceSetAttribute")
	LT(ltAlgoGetHeuristic, "cublasLtMatmulAlgoGetHeuristic")
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

// idg_ctx_open creates the context and everything that lives in it: the JIT-loaded module and its
// kernels, the cuBLASLt handle and workspace, the two streams and the events. Errors: a CUDA result
// (>0), or -1 with a message in log.
static CUresult idg_ctx_open(idg_cuda *c, const char *ptx, char *log, size_t log_size) {
	CUresult r;
	if ((r = c->cuCtxCreate(&c->ctx, 0, c->device)) != 0) return r;
	int opts[2] = {IDG_CU_JIT_ERROR_LOG_BUFFER, IDG_CU_JIT_ERROR_LOG_BUFFER_SIZE_BYTES};
	void *vals[2] = {log, (void *)(uintptr_t)log_size};
	if ((r = c->cuModuleLoadDataEx(&c->module, ptx, 2, opts, vals)) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->fill, c->module, "idg_fill")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->mix, c->module, "idg_mix")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->finish, c->module, "idg_finish")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->sweep, c->module, "idg_sweep")) != 0) return r;
	if ((r = c->cuModuleGetFunction(&c->chase, c->module, "idg_chase")) != 0) return r;
	for (int i = 0; i < IDG_STREAMS; i++) {
		if ((r = c->cuStreamCreate(&c->streams[i], IDG_CU_STREAM_NON_BLOCKING)) != 0) return r;
	}
	for (int i = 0; i < IDG_EVENTS; i++) {
		if ((r = c->cuEventCreate(&c->events[i], IDG_CU_EVENT_DISABLE_TIMING)) != 0) return r;
	}
	int s = c->ltCreate(&c->handle);
	if (s != 0) { snprintf(log, log_size, "cublasLtCreate: status %d", s); return -1; }
	c->workspace_size = 32u << 20;
	if ((r = c->cuMemAlloc(&c->workspace, c->workspace_size)) != 0) return r;
	return 0;
}

static void idg_plans_free(idg_cuda *c) {
	for (int i = 0; i < c->nplans; i++) {
		idg_plan *p = &c->plans[i];
		if (p->ld) c->ltMatrixLayoutDestroy(p->ld);
		if (p->lb) c->ltMatrixLayoutDestroy(p->lb);
		if (p->la) c->ltMatrixLayoutDestroy(p->la);
		if (p->desc) c->ltMatmulDescDestroy(p->desc);
	}
	memset(c->plans, 0, sizeof c->plans);
	c->nplans = 0;
}

// idg_ctx_close destroys the context and what lives in it; after a sticky fault most of these calls
// fail, which changes nothing: destroying the context frees it all.
static void idg_ctx_close(idg_cuda *c) {
	if (c->ctx) c->cuCtxSetCurrent(c->ctx);
	idg_plans_free(c);
	if (c->handle) c->ltDestroy(c->handle);
	if (c->workspace) c->cuMemFree(c->workspace);
	for (int i = 0; i < IDG_EVENTS; i++) if (c->events[i]) c->cuEventDestroy(c->events[i]);
	for (int i = 0; i < IDG_STREAMS; i++) if (c->streams[i]) c->cuStreamDestroy(c->streams[i]);
	if (c->module) c->cuModuleUnload(c->module);
	if (c->ctx) c->cuCtxDestroy(c->ctx);
	c->handle = c->module = c->ctx = NULL;
	memset(c->events, 0, sizeof c->events);
	memset(c->streams, 0, sizeof c->streams);
	c->workspace = 0;
}

// idg_open initialises the driver, picks the device and opens a context on it.
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
	return idg_ctx_open(c, ptx, log, log_size);
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
static CUresult idg_host_alloc(idg_cuda *c, void **p, size_t n) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemAllocHost(p, n);
}
static CUresult idg_host_free(idg_cuda *c, void *p) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemFreeHost(p);
}
static CUresult idg_htod(idg_cuda *c, int s, CUdeviceptr dst, const void *src, size_t n) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemcpyHtoDAsync(dst, src, n, c->streams[s]);
}
static CUresult idg_dtoh(idg_cuda *c, int s, void *dst, CUdeviceptr src, size_t n) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuMemcpyDtoHAsync(dst, src, n, c->streams[s]);
}
static CUresult idg_record(idg_cuda *c, int ev, int s) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuEventRecord(c->events[ev], c->streams[s]);
}
static CUresult idg_wait(idg_cuda *c, int s, int ev) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuStreamWaitEvent(c->streams[s], c->events[ev], 0);
}
static CUresult idg_sync(idg_cuda *c, int ev) {
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuEventSynchronize(c->events[ev]);
}

// idg_launch passes each argument as a pointer to its 8-byte slot: the driver copies as many bytes
// as the kernel's parameter declares, and little-endian slots hold u32 values in their low half.
static CUresult idg_launch(idg_cuda *c, int s, int kernel, unsigned grid, unsigned block, uint64_t *vals, int n) {
	void *params[16];
	void *fns[5] = {c->fill, c->mix, c->finish, c->sweep, c->chase};
	if (n > 16 || kernel < 0 || kernel > 4) return -1;
	for (int i = 0; i < n; i++) params[i] = &vals[i];
	CUresult r = c->cuCtxSetCurrent(c->ctx);
	return r ? r : c->cuLaunchKernel(fns[kernel], grid, 1, 1, block, 1, 1, 0, c->streams[s], params, NULL);
}

// idg_plan_create builds the plan for D (n × rows, column-major, ld n) = op(A)·B with op(A) = Aᵀ, A
// the n × n column-major buffer wt (that is W), B the n × rows column-major buffer y (that is Yᵀ):
// read row-major, D is C = Y·W. int8 inputs, int32 compute and output, the TN layout cuBLASLt's
// IMMA kernels take; the algorithm is the heuristic's first choice within the workspace. Returns the
// plan's index, or -(status) on failure (-1000 when the cache is full or no algorithm exists).
static int idg_plan_create(idg_cuda *c, uint64_t rows, uint64_t n) {
	if (c->nplans == IDG_MAX_PLANS) return -1000;
	idg_plan p;
	memset(&p, 0, sizeof p);
	p.rows = rows;
	p.n = n;
	int32_t opT = IDG_CUBLAS_OP_T, opN = IDG_CUBLAS_OP_N;
	void *pref = NULL;
	idg_lt_heuristic h;
	int found = 0, s;
	if (c->cuCtxSetCurrent(c->ctx) != 0) return -1001;
	if ((s = c->ltMatmulDescCreate(&p.desc, IDG_CUBLAS_COMPUTE_32I, IDG_CUDA_R_32I)) != 0) goto fail;
	if ((s = c->ltMatmulDescSetAttribute(p.desc, IDG_CUBLASLT_MATMUL_DESC_TRANSA, &opT, sizeof opT)) != 0) goto fail;
	if ((s = c->ltMatmulDescSetAttribute(p.desc, IDG_CUBLASLT_MATMUL_DESC_TRANSB, &opN, sizeof opN)) != 0) goto fail;
	if ((s = c->ltMatrixLayoutCreate(&p.la, IDG_CUDA_R_8I, n, n, (int64_t)n)) != 0) goto fail;
	if ((s = c->ltMatrixLayoutCreate(&p.lb, IDG_CUDA_R_8I, n, rows, (int64_t)n)) != 0) goto fail;
	if ((s = c->ltMatrixLayoutCreate(&p.ld, IDG_CUDA_R_32I, n, rows, (int64_t)n)) != 0) goto fail;
	if ((s = c->ltPreferenceCreate(&pref)) != 0) goto fail;
	if ((s = c->ltPreferenceSetAttribute(pref, IDG_CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &c->workspace_size, sizeof c->workspace_size)) != 0) goto fail;
	if ((s = c->ltAlgoGetHeuristic(c->handle, p.desc, p.la, p.lb, p.ld, p.ld, pref, 1, &h, &found)) != 0) goto fail;
	if (found < 1) { s = 1000; goto fail; }
	c->ltPreferenceDestroy(pref);
	p.algo = h.algo;
	c->plans[c->nplans] = p;
	return c->nplans++;
fail:
	if (pref) c->ltPreferenceDestroy(pref);
	if (p.ld) c->ltMatrixLayoutDestroy(p.ld);
	if (p.lb) c->ltMatrixLayoutDestroy(p.lb);
	if (p.la) c->ltMatrixLayoutDestroy(p.la);
	if (p.desc) c->ltMatmulDescDestroy(p.desc);
	return -s;
}

static int idg_gemm(idg_cuda *c, int s, int plan, CUdeviceptr y, CUdeviceptr wt, CUdeviceptr out) {
	int32_t alpha = 1, beta = 0;
	if (plan < 0 || plan >= c->nplans) return -1;
	idg_plan *p = &c->plans[plan];
	if (c->cuCtxSetCurrent(c->ctx) != 0) return -1;
	return c->ltMatmul(c->handle, p->desc, &alpha, (const void *)(uintptr_t)wt, p->la, (const void *)(uintptr_t)y, p->lb,
		&beta, (const void *)(uintptr_t)out, p->ld, (void *)(uintptr_t)out, p->ld, &p->algo,
		(void *)(uintptr_t)c->workspace, c->workspace_size, c->streams[s]);
}
*/
import "C"

import (
	"errors"
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
	ptx  *C.char // the module, kept for reopening the context
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
	var logBuf [4096]C.char
	var name [256]C.char
	var total C.size_t
	var major, minor C.int
	if r := C.idg_open(c, C.int(ordinal), ptx, &logBuf[0], C.size_t(len(logBuf)), &name[0], C.int(len(name)), &total, &major, &minor); r != 0 {
		msg := C.GoString(&logBuf[0])
		if r > 0 {
			msg = C.GoString(C.idg_err(c, r)) + ": " + msg
		}
		C.idg_ctx_close(c)
		C.idg_unload(c)
		C.free(unsafe.Pointer(c))
		C.free(unsafe.Pointer(ptx))
		return nil, fmt.Errorf("%w: device %d: %s", ErrUnavailable, ordinal, msg)
	}
	return &cgoDriver{c: c, open: true, ptx: ptx, dev: DeviceInfo{Ordinal: ordinal, Name: C.GoString(&name[0]),
		TotalMemory: uint64(total), ComputeCapability: [2]int{int(major), int(minor)}}}, nil
}

// stickyResults are the CUDA results after which the context is unusable (cuda.h): an illegal or
// misaligned address, an illegal instruction or program counter, a hardware stack error, a failed or
// timed-out launch, a device-side assert, an uncorrectable ECC error.
var stickyResults = map[C.CUresult]bool{700: true, 702: true, 710: true, 714: true, 715: true, 716: true, 717: true, 718: true, 719: true, 214: true}

func (d *cgoDriver) cuErr(what string, r C.CUresult) error {
	if r == 0 {
		return nil
	}
	err := fmt.Errorf("cuda %s: %s (%d)", what, C.GoString(C.idg_err(d.c, r)), int(r))
	if stickyResults[r] {
		return fmt.Errorf("%w: %w", ErrDeviceFault, err)
	}
	return err
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

// hostAlloc returns pinned memory as a Go slice over C memory: Go never moves or frees it.
func (d *cgoDriver) hostAlloc(n int) ([]byte, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	var p unsafe.Pointer
	if err := d.cuErr(fmt.Sprintf("pinned alloc %d bytes", n), C.idg_host_alloc(d.c, &p, C.size_t(max(n, 1)))); err != nil {
		return nil, err
	}
	return unsafe.Slice((*byte)(p), max(n, 1))[:n], nil
}

func (d *cgoDriver) hostFree(b []byte) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("pinned free", C.idg_host_free(d.c, unsafe.Pointer(unsafe.SliceData(b[:cap(b)]))))
}

func (d *cgoDriver) copyHtoD(s stream, dst devPtr, src []byte) error {
	if len(src) == 0 {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("copy to device", C.idg_htod(d.c, C.int(s), C.CUdeviceptr(dst), unsafe.Pointer(&src[0]), C.size_t(len(src))))
}

func (d *cgoDriver) copyDtoH(s stream, dst []byte, src devPtr) error {
	if len(dst) == 0 {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("copy to host", C.idg_dtoh(d.c, C.int(s), unsafe.Pointer(&dst[0]), C.CUdeviceptr(src), C.size_t(len(dst))))
}

func (d *cgoDriver) launch(s stream, kernel string, grid, block uint32, args []arg) error {
	if err := checkArgs(kernel, args); err != nil {
		return err
	}
	idx := map[string]C.int{kernelFill: 0, kernelMix: 1, kernelFinish: 2, kernelSweep: 3, kernelChase: 4}[kernel]
	vals := make([]C.uint64_t, len(args))
	for i, a := range args {
		vals[i] = C.uint64_t(a.v)
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("launch "+kernel, C.idg_launch(d.c, C.int(s), idx, C.uint(grid), C.uint(block), &vals[0], C.int(len(vals))))
}

func (d *cgoDriver) gemmPlan(rows, n int) (plan, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	p := C.idg_plan_create(d.c, C.uint64_t(rows), C.uint64_t(n))
	if p < 0 {
		return 0, fmt.Errorf("cublasLt plan: status %d", -int(p))
	}
	return plan(p), nil
}

func (d *cgoDriver) gemm(s stream, p plan, y, wt, c devPtr) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if st := C.idg_gemm(d.c, C.int(s), C.int(p), C.CUdeviceptr(y), C.CUdeviceptr(wt), C.CUdeviceptr(c)); st != 0 {
		return fmt.Errorf("cublasLt int8 matmul (plan %d): status %d", int(p), int(st))
	}
	return nil
}

func (d *cgoDriver) record(ev event, s stream) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("event record", C.idg_record(d.c, C.int(ev), C.int(s)))
}

func (d *cgoDriver) wait(s stream, ev event) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("stream wait", C.idg_wait(d.c, C.int(s), C.int(ev)))
}

func (d *cgoDriver) sync(ev event) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.cuErr("event synchronize", C.idg_sync(d.c, C.int(ev)))
}

// reset destroys the context (after a sticky fault most of the teardown fails, which frees it all
// the same) and opens a new one on the same device.
func (d *cgoDriver) reset() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if !d.open {
		return errors.New("cuda: reset after close")
	}
	C.idg_ctx_close(d.c)
	var logBuf [4096]C.char
	if r := C.idg_ctx_open(d.c, d.ptx, &logBuf[0], C.size_t(len(logBuf))); r != 0 {
		msg := C.GoString(&logBuf[0])
		if r > 0 {
			msg = C.GoString(C.idg_err(d.c, r)) + ": " + msg
		}
		return fmt.Errorf("reopen context: %s", msg)
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
	C.idg_ctx_close(d.c)
	C.idg_unload(d.c)
	C.free(unsafe.Pointer(d.c))
	C.free(unsafe.Pointer(d.ptx))
	d.c, d.ptx = nil, nil
	return nil
}

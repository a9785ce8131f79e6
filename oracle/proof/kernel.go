package proof

import (
	"context"
	"encoding/binary"
	"math/bits"
	"runtime"
	"sync"
	"unsafe"

	"lukechampine.com/blake3"
)

// P is the Mersenne prime 2^61-1 the Freivalds checks reduce modulo.
const P = 1<<61 - 1

// FreivaldsRange bounds the Freivalds vector's entries: r_j is uniform in [0, 2^41). A wrong product
// row c ≠ y·W differs from it by a nonzero integer vector of entries below 2^29, nonzero mod P, so
// c·r ≡ y·(W r) (mod P) holds for at most a 2^-41 share of the vectors (Schwartz–Zippel over the
// 2^41 values each r_j takes). The bound keeps W·r in one exact int64 accumulator per output (see
// weightsTimes), which halves the verifier's largest cost against drawing r from all of Z_P.
const FreivaldsRange = 1 << 41

// Nonlinear is the elementwise step between products: a murmur3 finalizer of the product entry
// xor-keyed with k_t, keeping its top byte. It destroys the linear structure that would otherwise let
// a prover compose the chain algebraically (X·W·W = X·W², one product for two, or a random linear
// combination of rows computed in one product); the CUDA kernel implements the same function.
func Nonlinear(c int32, k uint32) int8 {
	h := uint32(c) ^ k
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return int8(h >> 24)
}

// Sweep constants: the per-word salt k_t + row·sweepRowMul + word·sweepWordMul keeps every word of
// every row distinct, so a faked state cannot make the next step degenerate (equal rows, constant
// words) and cheap.
const (
	sweepRowMul  = 0x9E3779B9
	sweepWordMul = 0x85EBCA6B
)

// SweepWord is the capacity sweep's step function for one 32-bit word: a murmur3 finalizer of the row's
// word, its partner's word rotated by 8 bits and the salt. Non-linear, cheap (a handful of integer
// operations per four bytes) so that the sweep runs at memory speed, and position-aligned so that a
// row pair can be rewritten in place: new row i needs only old rows i and i XOR μ_t.
func SweepWord(x, partner uint32, k uint32, row uint64, word int) uint32 {
	h := x ^ (partner<<8 | partner>>24) ^ (k + uint32(row)*sweepRowMul + uint32(word)*sweepWordMul)
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

// SweepRow writes one row of a sweep step: out = SweepWord over the little-endian words of the row x
// and its partner p.
func SweepRow(out, x, p []int8, k uint32, row uint64) {
	ob, xb, pb := int8sAsBytes(out), int8sAsBytes(x), int8sAsBytes(p)
	for w := 0; w < len(ob)/4; w++ {
		v := SweepWord(binary.LittleEndian.Uint32(xb[4*w:]), binary.LittleEndian.Uint32(pb[4*w:]), k, row, w)
		binary.LittleEndian.PutUint32(ob[4*w:], v)
	}
}

// MixRow writes the product input for one row: y = prev XOR partner XOR noise, bytewise. The partner
// row comes from another group (μ_t ≥ Group), so every step needs the whole previous state and rows
// cannot be split across devices without an all-to-all exchange per step; the noise keeps a prover
// who faked a state from making the next step's rows equal (and so cheap).
func MixRow(y, prev, partner, noise []int8) {
	n := len(y)
	prev, partner, noise = prev[:n], partner[:n], noise[:n]
	for j := range y {
		y[j] = prev[j] ^ partner[j] ^ noise[j]
	}
}

// GroupHash is the committed fingerprint of one group's rows: BLAKE3-256 (the standard hash, default
// mode, 32-byte output) of its Group×Width bytes. Being a cryptographic hash it binds the bytes: a
// prover cannot reveal other rows than the ones it committed, so an opened unit's inputs are the
// committed state, not inputs chosen afterwards to make the step cheap. Backends compute it on the
// device in the kernel that finishes the step (BLAKE3's 1 KiB chunks hash in parallel).
func GroupHash(rows []int8) Hash {
	return blake3.Sum256(int8sAsBytes(rows))
}

func modP(v int64) uint64 {
	r := v % P
	if r < 0 {
		r += P
	}
	return uint64(r)
}

// mulModP returns a·b mod P for a, b < 2^61.
func mulModP(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	// a·b = hi·2^64 + lo = (hi·8 + lo>>61)·2^61 + lo&P ≡ hi·8 + lo>>61 + lo&P (mod P).
	r := (hi<<3 | lo>>61) + lo&P
	r = (r & P) + r>>61
	if r >= P {
		r -= P
	}
	return r
}

func addModP(a, b uint64) uint64 {
	r := a + b
	if r >= P {
		r -= P
	}
	return r
}

// rowTimesW computes c = y·W for one row; wt is W transposed (wt[j·n+k] = W[k][j]).
func rowTimesW(c []int32, y, wt []int8) {
	n := len(y)
	for j := range c {
		c[j] = dot(y, wt[j*n:j*n+n])
	}
}

func dot(a, b []int8) int32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 int32
	for len(a) >= 4 && len(b) >= 4 {
		s0 += int32(a[0]) * int32(b[0])
		s1 += int32(a[1]) * int32(b[1])
		s2 += int32(a[2]) * int32(b[2])
		s3 += int32(a[3]) * int32(b[3])
		a, b = a[4:], b[4:]
	}
	for i := range a {
		s0 += int32(a[i]) * int32(b[i])
	}
	return s0 + s1 + s2 + s3
}

// The CPU microkernel packs two rows into one int64 lane pair: p = y_a + y_b·2^32. Then Σ p·w =
// s_a + s_b·2^32 exactly (|s| ≤ Width·2^14 ≤ 2^28, far from int64 overflow), so one 64-bit
// multiply-add does two int8 MACs, and s_a, s_b come back out of the low and high halves.
func packRows(dst []int64, a, b []int8) {
	b = b[:len(a)]
	dst = dst[:len(a)]
	for k := range a {
		dst[k] = int64(a[k]) + int64(b[k])<<32
	}
}

func unpack(acc int64) (lo, hi int32) {
	lo = int32(uint32(acc))
	return lo, int32((acc - int64(lo)) >> 32)
}

// dot8 is eight rows (four packed pairs) against one column of W: one byte load of W feeds four
// 64-bit multiply-adds, eight MACs.
func dot8(p0, p1, p2, p3 []int64, w []int8) (a0, a1, a2, a3 int64) {
	n := len(w)
	p0, p1, p2, p3 = p0[:n], p1[:n], p2[:n], p3[:n]
	for k, wv := range w {
		wk := int64(wv)
		a0 += p0[k] * wk
		a1 += p1[k] * wk
		a2 += p2[k] * wk
		a3 += p3[k] * wk
	}
	return
}

// gemmNonlinear computes out[i] = Nonlinear(y[i]·W, k) for rows [lo, hi) of y, cache-blocked: a tile
// of W's columns (wt rows) is reused by every row of the block before moving on. It checks ctx after
// every tile (a few million multiply-adds), so a cancelled challenge stops within milliseconds even at
// the real classes' width, where one step takes the CPU many minutes.
func gemmNonlinear(ctx context.Context, out, y, wt []int8, n, lo, hi int, k uint32) error {
	const rowBlock = 64
	colTile := max(8, min(n, (96<<10)/n)) // keep a W tile of ≤ 96 KiB in L2
	packed := make([]int64, rowBlock/2*n)
	for r0 := lo; r0 < hi; r0 += rowBlock {
		r1 := min(hi, r0+rowBlock)
		full := r0 + (r1-r0)/8*8 // rows [r0, full) go through the packed kernel
		for r := r0; r < full; r += 2 {
			q := (r - r0) / 2
			packRows(packed[q*n:q*n+n], y[r*n:r*n+n], y[(r+1)*n:(r+2)*n])
		}
		for j0 := 0; j0 < n; j0 += colTile {
			if err := ctx.Err(); err != nil {
				return err
			}
			j1 := min(n, j0+colTile)
			for r := r0; r < full; r += 8 {
				q := (r - r0) / 2
				p0, p1, p2, p3 := packed[q*n:q*n+n], packed[(q+1)*n:(q+2)*n], packed[(q+2)*n:(q+3)*n], packed[(q+3)*n:(q+4)*n]
				for j := j0; j < j1; j++ {
					a0, a1, a2, a3 := dot8(p0, p1, p2, p3, wt[j*n:j*n+n])
					for i, acc := range [4]int64{a0, a1, a2, a3} {
						s0, s1 := unpack(acc)
						out[(r+2*i)*n+j] = Nonlinear(s0, k)
						out[(r+2*i+1)*n+j] = Nonlinear(s1, k)
					}
				}
			}
			for r := full; r < r1; r++ {
				for j := j0; j < j1; j++ {
					out[r*n+j] = Nonlinear(dot(y[r*n:r*n+n], wt[j*n:j*n+n]), k)
				}
			}
		}
	}
	return nil
}

// parallelRange splits [0, n) into up to workers contiguous chunks and runs fn on each concurrently.
func parallelRange(n, workers int, fn func(lo, hi int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, n)
	if workers <= 1 {
		fn(0, n)
		return
	}
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Add(1)
		go func() {
			defer wg.Done()
			fn(lo, hi)
		}()
	}
	wg.Wait()
}

func int8sAsBytes(x []int8) []byte {
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(x))), len(x))
}

func bytesAsInt8s(b []byte) []int8 {
	return unsafe.Slice((*int8)(unsafe.Pointer(unsafe.SliceData(b))), len(b))
}

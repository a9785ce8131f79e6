package cuda

import (
	"encoding/binary"
	"fmt"
	"math/bits"
	"sort"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// emulator stands in for the external CUDA libraries in tests: device memory is Go memory, and each
// kernel is executed per thread exactly as its PTX comment specifies, from its raw arguments. It is
// written from the kernel specifications, not from the engine, so a disagreement between the engine's
// pointer arithmetic or launch geometry and the kernels' shows up as a wrong digest.
type emulator struct {
	dev      DeviceInfo
	freeMem  uint64
	next     uint64
	mem      map[uint64][]byte // base address → allocation
	launches map[string]int
	gemms    []int // rows of each GEMM
	closed   bool
}

func newEmulator(freeMem uint64) *emulator {
	return &emulator{dev: DeviceInfo{Name: "emulated GPU", TotalMemory: freeMem, ComputeCapability: [2]int{9, 0}},
		freeMem: freeMem, next: 1 << 32, mem: map[uint64][]byte{}, launches: map[string]int{}}
}

func (e *emulator) info() DeviceInfo { return e.dev }

func (e *emulator) memInfo() (uint64, uint64, error) { return e.freeMem, e.dev.TotalMemory, nil }

func (e *emulator) alloc(n uint64) (devPtr, error) {
	if n > e.freeMem {
		return 0, fmt.Errorf("emulator: out of memory allocating %d", n)
	}
	p := e.next
	e.mem[p] = make([]byte, n)
	e.next += (n + 0xFFFF) &^ 0xFFFF // 64 KiB-aligned, like cuMemAlloc's large allocations
	e.freeMem -= n
	return devPtr(p), nil
}

func (e *emulator) free(p devPtr) error {
	b, ok := e.mem[uint64(p)]
	if !ok {
		return fmt.Errorf("emulator: free of unallocated %#x", uint64(p))
	}
	e.freeMem += uint64(len(b))
	delete(e.mem, uint64(p))
	return nil
}

// slice resolves [p, p+n) inside one allocation, failing on any out-of-bounds access.
func (e *emulator) slice(p, n uint64) []byte {
	bases := make([]uint64, 0, len(e.mem))
	for b := range e.mem {
		bases = append(bases, b)
	}
	sort.Slice(bases, func(i, j int) bool { return bases[i] < bases[j] })
	for i := len(bases) - 1; i >= 0; i-- {
		if b := bases[i]; b <= p {
			buf := e.mem[b]
			if p-b+n > uint64(len(buf)) {
				panic(fmt.Sprintf("emulator: access [%#x, +%d) overruns allocation %#x of %d bytes", p, n, b, len(buf)))
			}
			return buf[p-b : p-b+n]
		}
	}
	panic(fmt.Sprintf("emulator: access to unallocated %#x", p))
}

func (e *emulator) htod(dst devPtr, src []byte) error {
	copy(e.slice(uint64(dst), uint64(len(src))), src)
	return nil
}

func (e *emulator) dtoh(dst []byte, src devPtr) error {
	copy(dst, e.slice(uint64(src), uint64(len(dst))))
	return nil
}

func (e *emulator) launch(kernel string, grid, block uint32, args []arg) error {
	if err := checkArgs(kernel, args); err != nil {
		return err
	}
	e.launches[kernel]++
	v := func(i int) uint64 { return args[i].v }
	threads := uint64(grid) * uint64(block)
	switch kernel {
	case kernelFill:
		out, blocks, b0, key, stream := v(0), v(1), v(2), [2]uint32{uint32(v(3)), uint32(v(4))}, uint32(v(5))
		for b := uint64(0); b < threads && b < blocks; b++ {
			o := philox(key, [4]uint32{uint32(b0 + b), uint32((b0 + b) >> 32), stream, 0})
			putWords(e.slice(out+16*b, 16), o)
		}
	case kernelMix:
		x, y, row0, rows, n16, mu, t := v(0), v(1), v(2), v(3), v(4), v(5), uint32(v(6))
		key := [2]uint32{uint32(v(7)), uint32(v(8))}
		for tid := uint64(0); tid < threads && tid < rows*n16; tid++ {
			r, c := tid/n16, tid%n16
			i := row0 + r
			blk, pblk := i*n16+c, (i^mu)*n16+c
			a, b := e.slice(x+16*blk, 16), e.slice(x+16*pblk, 16)
			var noise [16]byte
			putWords(noise[:], philox(key, [4]uint32{uint32(blk), t, 3, uint32(blk >> 32)}))
			dst := e.slice(y+16*tid, 16)
			for k := range dst {
				dst[k] = a[k] ^ b[k] ^ noise[k]
			}
		}
	case kernelFinish:
		if block != 256 {
			return fmt.Errorf("emulator: idg_finish needs 256 threads per CTA, got %d", block)
		}
		c, x, hash, gn, kt, R := v(0), v(1), v(2), v(3), uint32(v(4)), v(5)
		if R*((gn+1023)/1024) > maxHashJobs {
			return fmt.Errorf("emulator: idg_finish with %d groups of %d bytes overflows shared memory", R, gn)
		}
		for cta := uint64(0); cta < uint64(grid); cta++ {
			base := cta * R * gn
			for q := uint64(0); q < R*gn; q++ {
				cv := int32(binary.LittleEndian.Uint32(e.slice(c+4*(base+q), 4)))
				e.slice(x+base+q, 1)[0] = byte(proof.Nonlinear(cv, kt))
			}
			for l := uint64(0); l < R; l++ {
				h := blake3Chunked(e.slice(x+base+l*gn, gn))
				copy(e.slice(hash+32*(cta*R+l), 32), h[:])
			}
		}
	case kernelSweep:
		if block != 256 {
			return fmt.Errorf("emulator: idg_sweep needs 256 threads per CTA, got %d", block)
		}
		x, hash, n4, G, h, muG, muLow, k, pp, npairs := v(0), v(1), v(2), v(3), v(4), v(5), v(6), uint32(v(7)), v(8), v(9)
		gn := G * n4 * 4
		if 2*pp*((gn+1023)/1024) > maxHashJobs {
			return fmt.Errorf("emulator: idg_sweep with %d pairs of %d-byte groups overflows shared memory", pp, gn)
		}
		for j := uint64(0); j < uint64(grid)*pp && j < npairs; j++ {
			g := (j>>h)<<(h+1) | j&(1<<h-1)
			g2 := g ^ muG
			for q := uint64(0); q < G*n4; q++ {
				r, w := q/n4, q%n4
				i, p := g*G+r, g2*G+(r^muLow)
				ai, pi := e.slice(x+4*(i*n4+w), 4), e.slice(x+4*(p*n4+w), 4)
				a, b := binary.LittleEndian.Uint32(ai), binary.LittleEndian.Uint32(pi)
				na, nb := proof.SweepWord(a, b, k, i, int(w)), proof.SweepWord(b, a, k, p, int(w))
				binary.LittleEndian.PutUint32(ai, na)
				binary.LittleEndian.PutUint32(pi, nb)
			}
			for _, grp := range []uint64{g, g2} {
				hv := blake3Chunked(e.slice(x+grp*gn, gn))
				copy(e.slice(hash+32*grp, 32), hv[:])
			}
		}
	}
	return nil
}

// blake3Chunked is BLAKE3-256 computed the way the kernels do it (idg_b3_chunk and idg_b3_merge in
// blake3.ptx): every 1 KiB chunk's chaining value on its own, then the reference hasher's stack merge.
// Written from the BLAKE3 specification, independently of the library oracle/proof uses;
// TestEmulatorBlake3 checks the two agree.
func blake3Chunked(msg []byte) [32]byte {
	nc := (len(msg) + 1023) / 1024
	if nc == 0 {
		nc = 1
	}
	cvs := make([][8]uint32, nc)
	for ci := range cvs {
		chunk := msg[1024*ci : min(len(msg), 1024*ci+1024)]
		cv := b3IV
		for bo := 0; bo < len(chunk) || bo == 0; bo += 64 {
			var m [16]uint32
			var blk [64]byte
			n := copy(blk[:], chunk[bo:])
			for i := range m {
				m[i] = binary.LittleEndian.Uint32(blk[4*i:])
			}
			flags := uint32(0)
			if bo == 0 {
				flags |= b3ChunkStart
			}
			if bo+64 >= len(chunk) {
				flags |= b3ChunkEnd
				if nc == 1 {
					flags |= b3Root
				}
			}
			cv = b3Compress(cv, m, uint32(ci), uint32(n), flags)
			if len(chunk) == 0 {
				break
			}
		}
		cvs[ci] = cv
	}
	if nc > 1 {
		var stack [][8]uint32
		for i := 0; i < nc-1; i++ {
			cv := cvs[i]
			for total := i + 1; total&1 == 0; total >>= 1 {
				cv = b3ParentCV(stack[len(stack)-1], cv, b3Parent)
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, cv)
		}
		out := cvs[nc-1]
		for len(stack) > 0 {
			flags := uint32(b3Parent)
			if len(stack) == 1 {
				flags |= b3Root
			}
			out = b3ParentCV(stack[len(stack)-1], out, flags)
			stack = stack[:len(stack)-1]
		}
		cvs[0] = out
	}
	var h [32]byte
	for i, w := range cvs[0] {
		binary.LittleEndian.PutUint32(h[4*i:], w)
	}
	return h
}

func b3ParentCV(l, r [8]uint32, flags uint32) [8]uint32 {
	var m [16]uint32
	copy(m[:8], l[:])
	copy(m[8:], r[:])
	return b3Compress(b3IV, m, 0, 64, flags)
}

func b3Compress(cv [8]uint32, m [16]uint32, t, blen, flags uint32) [8]uint32 {
	v := [16]uint32{cv[0], cv[1], cv[2], cv[3], cv[4], cv[5], cv[6], cv[7], b3IV[0], b3IV[1], b3IV[2], b3IV[3], t, 0, blen, flags}
	g := func(a, b, c, d int, x, y uint32) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 7; r++ {
		g(0, 4, 8, 12, m[0], m[1])
		g(1, 5, 9, 13, m[2], m[3])
		g(2, 6, 10, 14, m[4], m[5])
		g(3, 7, 11, 15, m[6], m[7])
		g(0, 5, 10, 15, m[8], m[9])
		g(1, 6, 11, 12, m[10], m[11])
		g(2, 7, 8, 13, m[12], m[13])
		g(3, 4, 9, 14, m[14], m[15])
		var p [16]uint32
		for i := range p {
			p[i] = m[b3Perm[i]]
		}
		m = p
	}
	var out [8]uint32
	for i := range out {
		out[i] = v[i] ^ v[i+8]
	}
	return out
}

// gemm follows cuBLASLt's definition for the engine's call: D (n × rows, column-major, ld n) =
// Aᵀ·B with A the n × n column-major buffer at wt and B the n × rows column-major buffer at y.
func (e *emulator) gemm(y, wt, c devPtr, rows, n int) error {
	e.gemms = append(e.gemms, rows)
	A := e.slice(uint64(wt), uint64(n*n))
	B := e.slice(uint64(y), uint64(rows*n))
	D := e.slice(uint64(c), uint64(rows*n*4))
	for j := 0; j < rows; j++ { // column of D
		for i := 0; i < n; i++ { // row of D
			var s int32
			for k := 0; k < n; k++ {
				s += int32(int8(A[k+i*n])) * int32(int8(B[k+j*n]))
			}
			binary.LittleEndian.PutUint32(D[4*(i+j*n):], uint32(s))
		}
	}
	return nil
}

func (e *emulator) close() error {
	e.closed = true
	return nil
}

func putWords(dst []byte, w [4]uint32) {
	for i, v := range w {
		binary.LittleEndian.PutUint32(dst[4*i:], v)
	}
}

// philox is a second, independent Philox4x32-10 (the kernels' own algorithm), checked against
// Random123's known answers in TestEmulatorPhilox.
func philox(key [2]uint32, ctr [4]uint32) [4]uint32 {
	for r := 0; r < 10; r++ {
		hi0, lo0 := bits.Mul32(0xD2511F53, ctr[0])
		hi1, lo1 := bits.Mul32(0xCD9E8D57, ctr[2])
		ctr = [4]uint32{hi1 ^ ctr[1] ^ key[0], lo1, hi0 ^ ctr[3] ^ key[1], lo0}
		key[0] += 0x9E3779B9
		key[1] += 0xBB67AE85
	}
	return ctr
}

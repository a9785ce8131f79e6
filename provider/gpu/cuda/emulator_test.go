package cuda

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/bits"
	"sort"
	"unsafe"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// emulator stands in for the external CUDA libraries in tests: device memory is Go memory, and each
// kernel is executed per thread exactly as its PTX comment specifies, from its raw arguments. It is
// written from the kernel specifications, not from the engine, so a disagreement between the engine's
// pointer arithmetic or launch geometry and the kernels' shows up as a wrong hash.
//
// It models what the engine must get right about the driver too. Work is queued per stream and runs
// only when something synchronises on an event, the copy stream first whenever it is not waiting:
// a copy the engine forgot to order after a kernel with an event reads memory the kernel has not
// written yet. Async copies accept only pinned memory from hostAlloc. A fault can be injected into
// the n-th run of a kernel: from then on every call returns the sticky fault until reset, which
// loses every allocation, pinned buffer and plan, as a real context reset does. It counts plans built,
// launches and resets.
type emulator struct {
	dev      DeviceInfo
	freeMem  uint64
	next     uint64
	mem      map[uint64][]byte // base address → allocation
	bases    []uint64          // mem's keys in order (nil: to be rebuilt)
	pinned   map[*byte]int     // pinned host buffers of the current context
	launches map[string]int    // kernels run, by name
	gemms    []int             // rows of each GEMM run
	plans    [][2]int          // shape of each plan built
	queues   [numStreams][]emuOp
	recorded [numEvents]int // recordings of each event so far
	reached  [numEvents]int // recordings of each event completed
	fault    error          // the sticky fault
	inject   struct {
		kernel string
		nth    int // fault on the nth run of kernel (1-based); 0: never
		runs   int
	}
	resets int
	closed bool
}

// emuOp is one piece of queued work.
type emuOp struct {
	what   string
	run    func() error // nil for event operations
	record event        // valid when isRec
	isRec  bool
	waitOn event // valid for a wait
	gen    int   // the recording a record creates, or a wait needs
}

func newEmulator(freeMem uint64) *emulator {
	return &emulator{dev: DeviceInfo{Name: "emulated GPU", TotalMemory: freeMem, ComputeCapability: [2]int{9, 0}},
		freeMem: freeMem, next: 1 << 32, mem: map[uint64][]byte{}, pinned: map[*byte]int{}, launches: map[string]int{}}
}

// injectFault makes the nth run of kernel fault (an illegal address, say).
func (e *emulator) injectFault(kernel string, nth int) {
	e.inject.kernel, e.inject.nth, e.inject.runs = kernel, nth, 0
}

var errEmulatedFault = fmt.Errorf("%w: emulated illegal address (700)", ErrDeviceFault)

func (e *emulator) info() DeviceInfo { return e.dev }

func (e *emulator) memInfo() (uint64, uint64, error) {
	if e.fault != nil {
		return 0, 0, e.fault
	}
	return e.freeMem, e.dev.TotalMemory, nil
}

func (e *emulator) alloc(n uint64) (devPtr, error) {
	if e.fault != nil {
		return 0, e.fault
	}
	if n > e.freeMem {
		return 0, fmt.Errorf("emulator: out of memory allocating %d", n)
	}
	p := e.next
	e.mem[p] = make([]byte, n)
	e.bases = nil
	e.next += (n + 0xFFFF) &^ 0xFFFF // 64 KiB-aligned, like cuMemAlloc's large allocations
	e.freeMem -= n
	return devPtr(p), nil
}

func (e *emulator) free(p devPtr) error {
	if e.fault != nil {
		return e.fault
	}
	b, ok := e.mem[uint64(p)]
	if !ok {
		return fmt.Errorf("emulator: free of unallocated %#x", uint64(p))
	}
	e.freeMem += uint64(len(b))
	delete(e.mem, uint64(p))
	e.bases = nil
	return nil
}

func (e *emulator) hostAlloc(n int) ([]byte, error) {
	if e.fault != nil {
		return nil, e.fault
	}
	b := make([]byte, max(n, 1))[:n]
	e.pinned[unsafe.SliceData(b[:cap(b)])] = cap(b)
	return b, nil
}

func (e *emulator) hostFree(b []byte) error {
	if e.fault != nil {
		return e.fault
	}
	k := unsafe.SliceData(b[:cap(b)])
	if _, ok := e.pinned[k]; !ok {
		return errors.New("emulator: hostFree of memory hostAlloc did not return (or of a lost context)")
	}
	delete(e.pinned, k)
	return nil
}

// isPinned reports whether b lies inside a pinned buffer of the current context.
func (e *emulator) isPinned(b []byte) bool {
	if len(b) == 0 {
		return true
	}
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	for base, n := range e.pinned {
		lo := uintptr(unsafe.Pointer(base))
		if p >= lo && p+uintptr(len(b)) <= lo+uintptr(n) {
			return true
		}
	}
	return false
}

// slice resolves [p, p+n) inside one allocation, failing on any out-of-bounds access.
func (e *emulator) slice(p, n uint64) []byte {
	if e.bases == nil {
		for b := range e.mem {
			e.bases = append(e.bases, b)
		}
		sort.Slice(e.bases, func(i, j int) bool { return e.bases[i] < e.bases[j] })
	}
	bases := e.bases
	if i := sort.Search(len(bases), func(i int) bool { return bases[i] > p }); i > 0 {
		if b := bases[i-1]; b <= p {
			buf := e.mem[b]
			if p-b+n > uint64(len(buf)) {
				panic(fmt.Sprintf("emulator: access [%#x, +%d) overruns allocation %#x of %d bytes", p, n, b, len(buf)))
			}
			return buf[p-b : p-b+n]
		}
	}
	panic(fmt.Sprintf("emulator: access to unallocated %#x", p))
}

func (e *emulator) enqueue(s stream, op emuOp) error {
	if e.fault != nil {
		return e.fault
	}
	if s >= numStreams {
		return fmt.Errorf("emulator: stream %d", s)
	}
	e.queues[s] = append(e.queues[s], op)
	return nil
}

func (e *emulator) copyHtoD(s stream, dst devPtr, src []byte) error {
	if !e.isPinned(src) {
		return errors.New("emulator: async copy from pageable host memory")
	}
	return e.enqueue(s, emuOp{what: "copy to device", run: func() error {
		copy(e.slice(uint64(dst), uint64(len(src))), src)
		return nil
	}})
}

func (e *emulator) copyDtoH(s stream, dst []byte, src devPtr) error {
	if !e.isPinned(dst) {
		return errors.New("emulator: async copy into pageable host memory")
	}
	return e.enqueue(s, emuOp{what: "copy to host", run: func() error {
		copy(dst, e.slice(uint64(src), uint64(len(dst))))
		return nil
	}})
}

func (e *emulator) launch(s stream, kernel string, grid, block uint32, args []arg) error {
	if err := checkArgs(kernel, args); err != nil {
		return err
	}
	return e.enqueue(s, emuOp{what: kernel, run: func() error {
		e.launches[kernel]++
		if kernel == e.inject.kernel {
			if e.inject.runs++; e.inject.runs == e.inject.nth {
				return errEmulatedFault
			}
		}
		return e.runKernel(kernel, grid, block, args)
	}})
}

func (e *emulator) gemmPlan(rows, n int) (plan, error) {
	if e.fault != nil {
		return 0, e.fault
	}
	e.plans = append(e.plans, [2]int{rows, n})
	return plan(len(e.plans) - 1), nil
}

func (e *emulator) gemm(s stream, p plan, y, wt, c devPtr) error {
	if int(p) < 0 || int(p) >= len(e.plans) {
		return fmt.Errorf("emulator: unknown plan %d (plans do not survive a reset)", p)
	}
	shape := e.plans[p]
	return e.enqueue(s, emuOp{what: "gemm", run: func() error { return e.runGemm(y, wt, c, shape[0], shape[1]) }})
}

func (e *emulator) record(ev event, s stream) error {
	if e.fault != nil {
		return e.fault
	}
	e.recorded[ev]++
	return e.enqueue(s, emuOp{what: "record", isRec: true, record: ev, gen: e.recorded[ev]})
}

func (e *emulator) wait(s stream, ev event) error {
	if e.fault != nil {
		return e.fault
	}
	if e.recorded[ev] == 0 {
		return nil // waiting on a never-recorded event completes at once, as in CUDA
	}
	return e.enqueue(s, emuOp{what: "wait", waitOn: ev, gen: e.recorded[ev]})
}

// sync runs queued work until ev's last recording completes: the copy stream's head first whenever it
// can run, then the compute stream's.
func (e *emulator) sync(ev event) error {
	if e.fault != nil {
		return e.fault
	}
	target := e.recorded[ev]
	for e.reached[ev] < target {
		ran := false
		for _, s := range []stream{copyStream, computeStream} {
			q := e.queues[s]
			if len(q) == 0 {
				continue
			}
			op := q[0]
			if op.what == "wait" && e.reached[op.waitOn] < op.gen {
				continue // blocked until the event's recording completes on the other stream
			}
			e.queues[s] = q[1:]
			ran = true
			switch {
			case op.isRec:
				e.reached[op.record] = op.gen
			case op.run != nil:
				if err := op.run(); err != nil {
					if errors.Is(err, ErrDeviceFault) {
						e.fault = err
						e.queues = [numStreams][]emuOp{}
					}
					return err
				}
			}
			break
		}
		if !ran {
			return fmt.Errorf("emulator: deadlock waiting for event %d (recording %d of %d reached)", ev, e.reached[ev], target)
		}
	}
	return nil
}

func (e *emulator) reset() error {
	e.mem = map[uint64][]byte{}
	e.bases = nil
	e.pinned = map[*byte]int{}
	e.freeMem = e.dev.TotalMemory
	e.queues = [numStreams][]emuOp{}
	e.recorded, e.reached = [numEvents]int{}, [numEvents]int{}
	e.plans = nil
	e.fault = nil
	e.inject.nth = 0
	e.resets++
	return nil
}

func (e *emulator) runKernel(kernel string, grid, block uint32, args []arg) error {
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
	case kernelChase:
		x, blocks, acc, out := v(0), v(1), v(2), v(3)
		chains, hop0, nhops, seglog, spc := v(4), uint32(v(5)), uint32(v(6)), v(7), v(8)
		for c := uint64(0); c < threads && c < chains; c++ {
			st := e.slice(acc+16*c, 16)
			a := proof.ChaseState{binary.LittleEndian.Uint32(st), binary.LittleEndian.Uint32(st[4:]), binary.LittleEndian.Uint32(st[8:]), binary.LittleEndian.Uint32(st[12:])}
			var pos [proof.ChaseReads]uint64
			var vals [proof.ChaseReads][4]uint32
			for h := hop0; h < hop0+nhops; h++ {
				proof.ChasePositions(a, blocks, &pos)
				for j, b := range pos {
					bl := e.slice(x+16*b, 16)
					vals[j] = [4]uint32{binary.LittleEndian.Uint32(bl), binary.LittleEndian.Uint32(bl[4:]), binary.LittleEndian.Uint32(bl[8:]), binary.LittleEndian.Uint32(bl[12:])}
				}
				a = proof.ChaseFold(a, h, &vals)
				if uint64(h+1)&(1<<seglog-1) == 0 {
					putWords(e.slice(out+16*(c*spc+uint64(h+1)>>seglog-1), 16), a)
				}
			}
			putWords(st, a)
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
func (e *emulator) runGemm(y, wt, c devPtr, rows, n int) error {
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

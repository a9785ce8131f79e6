package cuda

import _ "embed"

// kernelsPTX is the hand-written PTX of the kernels, chasePTX the generated chase kernel and blake3PTX
// the generated BLAKE3 device functions the kernels call; modulePTX is the module loaded, the three
// concatenated. The driver JIT-compiles it for whatever GPU it finds, so the binary needs no CUDA
// toolkit at build time.
var (
	//go:embed kernels.ptx
	kernelsPTX string
	//go:embed chase.ptx
	chasePTX string
	//go:embed blake3.ptx
	blake3PTX string
	modulePTX = kernelsPTX + "\n" + chasePTX + "\n" + blake3PTX
)

// Kernel names and parameter layouts. The PTX declares the same parameters in the same order; a test
// parses the PTX and compares, so the launcher and the module cannot drift apart.
const (
	kernelFill   = "idg_fill"
	kernelMix    = "idg_mix"
	kernelFinish = "idg_finish"
	kernelSweep  = "idg_sweep"
	kernelChase  = "idg_chase"
)

// finishThreads is the CTA size idg_finish and idg_sweep are launched with; maxHashJobs is the most
// BLAKE3 chunks one CTA of theirs hashes (their shared chaining-value array is 16 KiB).
const (
	finishThreads = 256
	maxHashJobs   = 512
)

type paramKind uint8

const (
	u32 paramKind = 4
	u64 paramKind = 8
)

var kernelParams = map[string][]paramKind{
	kernelFill:   {u64, u64, u64, u32, u32, u32},                     // out, blocks, block0, k0, k1, stream
	kernelMix:    {u64, u64, u64, u32, u32, u64, u32, u32, u32},      // x, y, row0, rows, n16, mu, t, k0, k1
	kernelFinish: {u64, u64, u64, u32, u32, u32},                     // c, x, hash, gn, kt, R
	kernelSweep:  {u64, u64, u32, u32, u32, u32, u32, u32, u32, u32}, // x, hash, n4, G, h, mu/G, mu%G, k, PP, npairs
	kernelChase:  {u64, u64, u64, u64, u32, u32, u32, u32, u32},      // x, blocks, acc, out, chains, hop0, nhops, seglog, spc
}

// arg is one kernel argument: its width and value.
type arg struct {
	kind paramKind
	v    uint64
}

func a32(v uint32) arg { return arg{u32, uint64(v)} }
func a64(v uint64) arg { return arg{u64, v} }

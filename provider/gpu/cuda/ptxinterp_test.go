package cuda

import (
	"context"
	"encoding/binary"
	"fmt"
	"math/bits"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/proof"
)

// A PTX interpreter for the kernels that need neither shared memory nor barriers (idg_fill, idg_mix,
// idg_chase): it executes the module's own text, thread by thread, over the emulator's memory. No GPU
// was at hand; this is how the PTX the driver will JIT is run at all, and held to the CPU engine.
// It knows the instructions those kernels use and fails on any other.

type ptxInst struct {
	pred   string // guard register ("" for none), negated with neg
	neg    bool
	op     string
	args   []string
	source string
}

type ptxKernel struct {
	params []string
	insts  []ptxInst
	labels map[string]int
}

var (
	ptxEntryRE = regexp.MustCompile(`\.visible\s+\.entry\s+(\w+)\s*\(([^)]*)\)\s*\{`)
	ptxLabelRE = regexp.MustCompile(`^(\w+):$`)
)

// parsePTXKernel extracts one entry's instructions from a module.
func parsePTXKernel(module, name string) (*ptxKernel, error) {
	src := stripComments(module)
	for _, m := range ptxEntryRE.FindAllStringSubmatchIndex(src, -1) {
		if src[m[2]:m[3]] != name {
			continue
		}
		k := &ptxKernel{labels: map[string]int{}}
		for _, p := range strings.Split(src[m[4]:m[5]], ",") {
			if f := strings.Fields(p); len(f) == 3 {
				k.params = append(k.params, f[2])
			}
		}
		body := src[m[1]:]
		body = body[:strings.Index(body, "\n}")]
		for _, line := range strings.Split(body, "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "" || strings.HasPrefix(line, ".reg"):
				continue
			case ptxLabelRE.MatchString(line):
				k.labels[ptxLabelRE.FindStringSubmatch(line)[1]] = len(k.insts)
				continue
			}
			in := ptxInst{source: line}
			line = strings.TrimSuffix(line, ";")
			if strings.HasPrefix(line, "@") {
				f := strings.SplitN(line, " ", 2)
				in.pred, line = strings.TrimPrefix(f[0], "@"), strings.TrimSpace(f[1])
				if strings.HasPrefix(in.pred, "!") {
					in.neg, in.pred = true, in.pred[1:]
				}
			}
			f := strings.Fields(line)
			in.op = f[0]
			rest := strings.TrimSpace(strings.TrimPrefix(line, f[0]))
			// Split operands on commas outside braces.
			depth, start := 0, 0
			for i, c := range rest {
				switch c {
				case '{':
					depth++
				case '}':
					depth--
				case ',':
					if depth == 0 {
						in.args = append(in.args, strings.TrimSpace(rest[start:i]))
						start = i + 1
					}
				}
			}
			if s := strings.TrimSpace(rest[start:]); s != "" {
				in.args = append(in.args, s)
			}
			k.insts = append(k.insts, in)
		}
		return k, nil
	}
	return nil, fmt.Errorf("no entry %s in the module", name)
}

// ptxThread is one thread's state.
type ptxThread struct {
	k                        *ptxKernel
	regs                     map[string]uint64
	params                   map[string]uint64
	tid, ntid, ctaid, nctaid uint64
	mem                      func(addr, n uint64) []byte
	steps                    int
}

func (t *ptxThread) val(a string) uint64 {
	switch a {
	case "%tid.x":
		return t.tid
	case "%ntid.x":
		return t.ntid
	case "%ctaid.x":
		return t.ctaid
	case "%nctaid.x":
		return t.nctaid
	}
	if strings.HasPrefix(a, "%") {
		v, ok := t.regs[a]
		if !ok {
			panic(fmt.Sprintf("ptx: read of unset register %s", a))
		}
		return v
	}
	v, err := strconv.ParseInt(a, 0, 64)
	if err != nil {
		u, uerr := strconv.ParseUint(a, 0, 64)
		if uerr != nil {
			panic(fmt.Sprintf("ptx: operand %q", a))
		}
		return u
	}
	return uint64(v)
}

func vecRegs(a string) []string {
	a = strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(a), "{"), "}")
	var out []string
	for _, r := range strings.Split(a, ",") {
		out = append(out, strings.TrimSpace(r))
	}
	return out
}

// address resolves "[%rd5]" or "[%rd5+16]".
func (t *ptxThread) address(a string) uint64 {
	a = strings.TrimSuffix(strings.TrimPrefix(a, "["), "]")
	if i := strings.Index(a, "+"); i > 0 {
		return t.val(a[:i]) + t.val(a[i+1:])
	}
	return t.val(a)
}

// run executes the thread to ret.
func (t *ptxThread) run() error {
	const m32 = 0xFFFFFFFF
	for pc := 0; pc < len(t.k.insts); {
		in := t.k.insts[pc]
		pc++
		if t.steps++; t.steps > 1<<26 {
			return fmt.Errorf("ptx: runaway thread")
		}
		if in.pred != "" && (t.val(in.pred) != 0) == in.neg {
			continue
		}
		a := in.args
		set := func(v uint64) { t.regs[a[0]] = v }
		x := func(i int) uint64 { return t.val(a[i]) }
		switch in.op {
		case "ret":
			return nil
		case "bra", "bra.uni":
			target, ok := t.k.labels[a[0]]
			if !ok {
				return fmt.Errorf("ptx: branch to %s", a[0])
			}
			pc = target
		case "ld.param.u64", "ld.param.u32":
			name := strings.Trim(a[1], "[]")
			v, ok := t.params[name]
			if !ok {
				return fmt.Errorf("ptx: parameter %s", name)
			}
			set(v)
		case "mov.u32", "mov.b32":
			set(x(1) & m32)
		case "mov.u64", "mov.b64":
			if strings.HasPrefix(a[1], "{") {
				r := vecRegs(a[1])
				set(t.val(r[0])&m32 | t.val(r[1])<<32)
			} else {
				set(x(1))
			}
		case "cvt.u64.u32":
			set(x(1) & m32)
		case "cvt.u32.u64":
			set(x(1) & m32)
		case "add.u32":
			set((x(1) + x(2)) & m32)
		case "add.u64":
			set(x(1) + x(2))
		case "sub.u32":
			set((x(1) - x(2)) & m32)
		case "sub.u64":
			set(x(1) - x(2))
		case "mul.lo.u32":
			set((x(1) * x(2)) & m32)
		case "mul.lo.u64":
			set(x(1) * x(2))
		case "mul.hi.u32":
			set(((x(1) & m32) * (x(2) & m32)) >> 32)
		case "mul.hi.u64":
			hi, _ := bits.Mul64(x(1), x(2))
			set(hi)
		case "mul.wide.u32":
			set((x(1) & m32) * (x(2) & m32))
		case "mad.lo.u32":
			set((x(1)*x(2) + x(3)) & m32)
		case "div.u64":
			set(x(1) / x(2))
		case "xor.b32":
			set((x(1) ^ x(2)) & m32)
		case "xor.b64":
			set(x(1) ^ x(2))
		case "and.b32":
			set(x(1) & x(2) & m32)
		case "shl.b32":
			set((x(1) << (x(2) & 31)) & m32)
		case "shl.b64":
			set(x(1) << (x(2) & 63))
		case "shr.u32":
			set((x(1) & m32) >> (x(2) & 31))
		case "shr.u64":
			set(x(1) >> (x(2) & 63))
		case "shf.l.wrap.b32":
			set(((x(2)&m32)<<32 | x(1)&m32) << (x(3) & 31) >> 32 & m32)
		case "setp.ge.u32", "setp.lt.u32", "setp.ne.u32", "setp.ge.u64", "setp.lt.u64":
			l, r := x(1), x(2)
			if strings.HasSuffix(in.op, "u32") {
				l, r = l&m32, r&m32
			}
			var b bool
			switch in.op[5:7] {
			case "ge":
				b = l >= r
			case "lt":
				b = l < r
			case "ne":
				b = l != r
			}
			if b {
				set(1)
			} else {
				set(0)
			}
		case "ld.global.v4.u32":
			p := t.mem(t.address(a[1]), 16)
			for i, r := range vecRegs(a[0]) {
				t.regs[r] = uint64(binary.LittleEndian.Uint32(p[4*i:]))
			}
		case "st.global.v4.u32":
			p := t.mem(t.address(a[0]), 16)
			for i, r := range vecRegs(a[1]) {
				binary.LittleEndian.PutUint32(p[4*i:], uint32(t.val(r)))
			}
		default:
			return fmt.Errorf("ptx: instruction %q not interpreted", in.source)
		}
	}
	return fmt.Errorf("ptx: fell off the end")
}

// ptxEmulator is the emulator with the PTX of idg_fill, idg_mix and idg_chase interpreted instead of
// their Go specifications.
type ptxEmulator struct {
	*emulator
	kernels map[string]*ptxKernel
	threads int
}

func newPTXEmulator(t *testing.T, mem uint64) *ptxEmulator {
	e := &ptxEmulator{emulator: newEmulator(mem), kernels: map[string]*ptxKernel{}}
	for _, name := range []string{kernelFill, kernelMix, kernelChase} {
		k, err := parsePTXKernel(modulePTX, name)
		if err != nil {
			t.Fatal(err)
		}
		e.kernels[name] = k
	}
	return e
}

func (e *ptxEmulator) launch(s stream, kernel string, grid, block uint32, args []arg) error {
	k, ok := e.kernels[kernel]
	if !ok {
		return e.emulator.launch(s, kernel, grid, block, args)
	}
	if err := checkArgs(kernel, args); err != nil {
		return err
	}
	return e.enqueue(s, emuOp{what: kernel, run: func() error {
		e.launches[kernel]++
		params := map[string]uint64{}
		for i, p := range k.params {
			params[p] = args[i].v
		}
		for cta := uint64(0); cta < uint64(grid); cta++ {
			for tid := uint64(0); tid < uint64(block); tid++ {
				th := &ptxThread{k: k, regs: map[string]uint64{}, params: params, tid: tid, ntid: uint64(block),
					ctaid: cta, nctaid: uint64(grid), mem: e.slice}
				if err := th.run(); err != nil {
					return fmt.Errorf("%s thread %d of CTA %d: %w", kernel, tid, cta, err)
				}
				e.threads++
			}
		}
		return nil
	}})
}

// TestPTXKernelsExecute runs the engine on the PTX interpreter for the kernels it can execute (the
// fill of X_0 and W, the chain's mix, the chase) and holds every step hash, the final state and every
// chase checkpoint to the CPU engine. It is the module's own text running, not a specification.
func TestPTXKernelsExecute(t *testing.T) {
	for _, p := range []proof.Params{
		{Width: 32, Rows: 32, Steps: 3, Group: 2, LeafGroups: 4, Openings: 4},
		{Sweep: true, Width: 1040, Rows: 16, Steps: 3, Group: 1, LeafGroups: 4, Openings: 4,
			Chains: 3, Hops: 512, SegmentHops: 8, ChaseRows: 12, ChaseOpenings: 4},
	} {
		t.Run(p.String(), func(t *testing.T) {
			ctx := context.Background()
			s, err := proof.NewSchedule(challenge(p, "ptx-interpreted"))
			if err != nil {
				t.Fatal(err)
			}
			emu := newPTXEmulator(t, 1<<30)
			ge, err := newBackend(emu, Config{MaxTileRows: 8, Reserve: 1 << 20}, zerolog.Nop()).NewEngine(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			defer ge.Close()
			ce, err := proof.CPU{}.NewEngine(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			gd, cd := make([]proof.Hash, p.GroupsPerStep()), make([]proof.Hash, p.GroupsPerStep())
			for step := 1; step <= p.Steps; step++ {
				if err := ge.Step(ctx, step, gd); err != nil {
					t.Fatal(err)
				}
				if err := ce.Step(ctx, step, cd); err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(gd) != fmt.Sprint(cd) {
					t.Fatalf("step %d: the interpreted kernels' hashes differ from the CPU's", step)
				}
			}
			if p.Chains > 0 {
				starts := s.ChaseStarts(proof.Hash{5})
				gc, cc := make([]proof.ChaseState, p.Chains*p.SegmentsPerChain()), make([]proof.ChaseState, p.Chains*p.SegmentsPerChain())
				if err := ge.Chase(ctx, starts, gc); err != nil {
					t.Fatal(err)
				}
				if err := ce.Chase(ctx, starts, cc); err != nil {
					t.Fatal(err)
				}
				if fmt.Sprint(gc) != fmt.Sprint(cc) {
					t.Fatal("the interpreted chase kernel's checkpoints differ from the CPU's")
				}
			}
			want := map[string]bool{kernelFill: true, kernelChase: p.Chains > 0, kernelMix: !p.Sweep}
			for k, w := range want {
				if w && emu.launches[k] == 0 {
					t.Fatalf("%s was never launched", k)
				}
			}
			t.Logf("%d PTX threads interpreted; launches %v", emu.threads, emu.launches)
		})
	}
}

// TestPTXInterpreterCatchesMutations changes one instruction of each interpreted kernel and checks
// that the comparison with the CPU engine notices: the interpreter runs the text, not the intent.
func TestPTXInterpreterCatchesMutations(t *testing.T) {
	p := proof.Params{Sweep: true, Width: 64, Rows: 16, Steps: 2, Group: 1, LeafGroups: 4, Openings: 4,
		Chains: 2, Hops: 64, SegmentHops: 8, ChaseRows: 16, ChaseOpenings: 4}
	chain := proof.Params{Width: 32, Rows: 16, Steps: 2, Group: 1, LeafGroups: 4, Openings: 4}
	for _, tt := range []struct {
		name, kernel, from, to string
		p                      proof.Params
	}{
		{"fill: a Philox multiplier", kernelFill, "-766435501", "-766435502", p},
		{"mix: the noise stream", kernelMix, "mov.u32\t%r12, 3;", "mov.u32\t%r12, 4;", chain},
		{"chase: the fold's rotation", kernelChase, "%s1, %s1, 13;", "%s1, %s1, 12;", p},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mutated := strings.Replace(modulePTX, tt.from, tt.to, 1)
			if mutated == modulePTX {
				t.Fatalf("mutation %q not found", tt.from)
			}
			k, err := parsePTXKernel(mutated, tt.kernel)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			s, err := proof.NewSchedule(challenge(tt.p, "ptx-mutated"))
			if err != nil {
				t.Fatal(err)
			}
			emu := newPTXEmulator(t, 1<<30)
			emu.kernels[tt.kernel] = k
			ge, err := newBackend(emu, Config{Reserve: 1 << 20}, zerolog.Nop()).NewEngine(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			defer ge.Close()
			ce, _ := proof.CPU{}.NewEngine(ctx, s)
			same := true
			gd, cd := make([]proof.Hash, tt.p.GroupsPerStep()), make([]proof.Hash, tt.p.GroupsPerStep())
			for step := 1; step <= tt.p.Steps; step++ {
				if err := ge.Step(ctx, step, gd); err != nil {
					t.Fatal(err)
				}
				ce.Step(ctx, step, cd)
				same = same && fmt.Sprint(gd) == fmt.Sprint(cd)
			}
			if tt.p.Chains > 0 {
				starts := s.ChaseStarts(proof.Hash{5})
				gc, cc := make([]proof.ChaseState, tt.p.Chains*tt.p.SegmentsPerChain()), make([]proof.ChaseState, tt.p.Chains*tt.p.SegmentsPerChain())
				if err := ge.Chase(ctx, starts, gc); err != nil {
					t.Fatal(err)
				}
				ce.Chase(ctx, starts, cc)
				same = same && fmt.Sprint(gc) == fmt.Sprint(cc)
			}
			if same {
				t.Fatal("the mutated kernel agreed with the CPU engine")
			}
		})
	}
}

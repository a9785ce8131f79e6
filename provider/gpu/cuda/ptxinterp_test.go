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

// A PTX interpreter for the module's kernels and device functions: it executes the module's own text,
// thread by thread, over the emulator's memory, each CTA with its shared memory and barriers (threads
// run in turn up to each bar.sync, which is exact for race-free code like these kernels), device
// functions called with their parameters. No GPU was at hand; this is how the PTX the driver will
// JIT is run at all, and held to the CPU engine. It knows the instructions the module uses and fails
// on any other.

type ptxOperand struct {
	kind uint8 // 'r' register, 'i' immediate, 's' special register, 'p' parameter name, 'v' vector
	reg  int
	imm  uint64
	name string
	vec  []int // registers of a {a, b, ...} vector
}

type ptxInst struct {
	op      string
	pred    int // guard register, -1 for none
	neg     bool
	args    []ptxOperand
	memBase ptxOperand // the [base+off] operand of a load or store
	memOff  uint64
	target  int      // branch target
	callee  string   // call target
	call    []string // call argument (parameter) names
	source  string
}

type ptxFunc struct {
	name       string
	params     []string
	regs       map[string]int
	insts      []ptxInst
	labels     map[string]int
	shared     map[string]uint64
	sharedSize uint64
}

var (
	ptxFuncRE  = regexp.MustCompile(`(?m)^(?:\.visible\s+\.entry|\.func)\s+(\w+)\s*\(([^)]*)\)\s*\n\{`)
	ptxLabelRE = regexp.MustCompile(`^(\w+):$`)
	ptxShared  = regexp.MustCompile(`^\.shared\s+\.align\s+\d+\s+\.b8\s+(\w+)\[(\d+)\];$`)
)

// parsePTXModule compiles every function with a body (entries and device functions) of a module.
func parsePTXModule(module string) (map[string]*ptxFunc, error) {
	src := stripComments(module)
	funcs := map[string]*ptxFunc{}
	for _, m := range ptxFuncRE.FindAllStringSubmatchIndex(src, -1) {
		f := &ptxFunc{name: src[m[2]:m[3]], regs: map[string]int{}, labels: map[string]int{}, shared: map[string]uint64{}}
		for _, p := range strings.Split(src[m[4]:m[5]], ",") {
			if fs := strings.Fields(p); len(fs) == 3 {
				f.params = append(f.params, fs[2])
			}
		}
		body := src[m[1]:]
		body = body[:strings.Index(body, "\n}")]
		var lines []string
		for _, line := range strings.Split(body, "\n") {
			line = strings.TrimSpace(line)
			switch {
			case line == "" || line == "{" || line == "}" || strings.HasPrefix(line, ".reg") || strings.HasPrefix(line, ".param"):
			case ptxShared.MatchString(line):
				sm := ptxShared.FindStringSubmatch(line)
				n, _ := strconv.ParseUint(sm[2], 10, 64)
				f.shared[sm[1]] = f.sharedSize
				f.sharedSize += n
			case ptxLabelRE.MatchString(line):
				f.labels[ptxLabelRE.FindStringSubmatch(line)[1]] = len(lines)
			default:
				lines = append(lines, line)
			}
		}
		for _, line := range lines {
			in, err := f.compile(line)
			if err != nil {
				return nil, fmt.Errorf("%s: %q: %w", f.name, line, err)
			}
			f.insts = append(f.insts, in)
		}
		funcs[f.name] = f
	}
	return funcs, nil
}

func (f *ptxFunc) reg(name string) int {
	if i, ok := f.regs[name]; ok {
		return i
	}
	f.regs[name] = len(f.regs)
	return f.regs[name]
}

func (f *ptxFunc) operand(a string) (ptxOperand, error) {
	a = strings.TrimSpace(a)
	switch {
	case strings.HasPrefix(a, "{"):
		var o ptxOperand
		o.kind = 'v'
		for _, r := range strings.Split(strings.Trim(a, "{}"), ",") {
			o.vec = append(o.vec, f.reg(strings.TrimSpace(r)))
		}
		return o, nil
	case a == "%tid.x" || a == "%ntid.x" || a == "%ctaid.x" || a == "%nctaid.x":
		return ptxOperand{kind: 's', name: a}, nil
	case strings.HasPrefix(a, "%"):
		return ptxOperand{kind: 'r', reg: f.reg(a)}, nil
	}
	if off, ok := f.shared[a]; ok {
		return ptxOperand{kind: 'i', imm: off}, nil
	}
	if v, err := strconv.ParseInt(a, 0, 64); err == nil {
		return ptxOperand{kind: 'i', imm: uint64(v)}, nil
	}
	if v, err := strconv.ParseUint(a, 0, 64); err == nil {
		return ptxOperand{kind: 'i', imm: v}, nil
	}
	return ptxOperand{kind: 'p', name: a}, nil
}

func (f *ptxFunc) compile(line string) (ptxInst, error) {
	in := ptxInst{pred: -1, source: line}
	line = strings.TrimSuffix(line, ";")
	if strings.HasPrefix(line, "@") {
		guard := strings.Fields(line)[0]
		p := strings.TrimPrefix(guard, "@")
		if strings.HasPrefix(p, "!") {
			in.neg, p = true, p[1:]
		}
		in.pred, line = f.reg(p), strings.TrimSpace(strings.TrimPrefix(line, guard))
	}
	fs := strings.Fields(line)
	in.op = fs[0]
	rest := strings.TrimSpace(strings.TrimPrefix(line, fs[0]))
	var raw []string
	depth, start := 0, 0
	for i, c := range rest {
		switch c {
		case '{', '(':
			depth++
		case '}', ')':
			depth--
		case ',':
			if depth == 0 {
				raw = append(raw, strings.TrimSpace(rest[start:i]))
				start = i + 1
			}
		}
	}
	if t := strings.TrimSpace(rest[start:]); t != "" {
		raw = append(raw, t)
	}
	switch {
	case in.op == "bra" || in.op == "bra.uni":
		t, ok := f.labels[raw[0]]
		if !ok {
			return in, fmt.Errorf("undefined label %s", raw[0])
		}
		in.target = t
		return in, nil
	case in.op == "call.uni":
		in.callee = raw[0]
		for _, a := range strings.Split(strings.Trim(raw[1], "()"), ",") {
			in.call = append(in.call, strings.TrimSpace(a))
		}
		return in, nil
	}
	for _, a := range raw {
		if strings.HasPrefix(a, "[") {
			a = strings.Trim(a, "[]")
			base := a
			if i := strings.Index(a, "+"); i > 0 {
				base = a[:i]
				off, err := strconv.ParseUint(a[i+1:], 0, 64)
				if err != nil {
					return in, err
				}
				in.memOff = off
			}
			o, err := f.operand(base)
			if err != nil {
				return in, err
			}
			in.memBase = o
			in.args = append(in.args, ptxOperand{kind: 'm'})
			continue
		}
		o, err := f.operand(a)
		if err != nil {
			return in, err
		}
		in.args = append(in.args, o)
	}
	return in, nil
}

type ptxFrame struct {
	f      *ptxFunc
	pc     int
	regs   []uint64
	params map[string]uint64
	out    map[string]uint64 // parameters being passed to a call
}

type ptxThread struct {
	funcs                    map[string]*ptxFunc
	stack                    []*ptxFrame
	tid, ntid, ctaid, nctaid uint64
	global                   func(addr, n uint64) []byte
	shared                   []byte
	steps                    int
}

func newFrame(f *ptxFunc, params map[string]uint64) *ptxFrame {
	return &ptxFrame{f: f, regs: make([]uint64, len(f.regs)), params: params, out: map[string]uint64{}}
}

func (t *ptxThread) val(fr *ptxFrame, o ptxOperand) uint64 {
	switch o.kind {
	case 'r':
		return fr.regs[o.reg]
	case 'i':
		return o.imm
	case 's':
		switch o.name {
		case "%tid.x":
			return t.tid
		case "%ntid.x":
			return t.ntid
		case "%ctaid.x":
			return t.ctaid
		}
		return t.nctaid
	}
	panic(fmt.Sprintf("ptx: operand kind %c has no value", o.kind))
}

// run executes the thread until it reaches a barrier (true) or returns from its entry (false).
func (t *ptxThread) run() (bool, error) {
	const m32 = 0xFFFFFFFF
	for len(t.stack) > 0 {
		fr := t.stack[len(t.stack)-1]
		if fr.pc >= len(fr.f.insts) {
			return false, fmt.Errorf("ptx: %s fell off its end", fr.f.name)
		}
		in := &fr.f.insts[fr.pc]
		fr.pc++
		if t.steps++; t.steps > 1<<28 {
			return false, fmt.Errorf("ptx: runaway thread")
		}
		if in.pred >= 0 && (fr.regs[in.pred] != 0) == in.neg {
			continue
		}
		a := in.args
		x := func(i int) uint64 { return t.val(fr, a[i]) }
		set := func(v uint64) { fr.regs[a[0].reg] = v }
		addr := func() uint64 { return t.val(fr, in.memBase) + in.memOff }
		switch in.op {
		case "ret":
			t.stack = t.stack[:len(t.stack)-1]
		case "bar.sync":
			return true, nil
		case "bra", "bra.uni":
			fr.pc = in.target
		case "call.uni":
			callee, ok := t.funcs[in.callee]
			if !ok {
				return false, fmt.Errorf("ptx: call to %s", in.callee)
			}
			params := map[string]uint64{}
			for i, name := range in.call {
				params[callee.params[i]] = fr.out[name]
			}
			t.stack = append(t.stack, newFrame(callee, params))
		case "ld.param.u64", "ld.param.u32":
			v, ok := fr.params[in.memBase.name]
			if !ok {
				return false, fmt.Errorf("ptx: %s has no parameter %s", fr.f.name, in.memBase.name)
			}
			set(v)
		case "st.param.u64", "st.param.u32":
			fr.out[in.memBase.name] = x(1)
		case "mov.u32", "mov.b32":
			set(x(1) & m32)
		case "mov.u64", "mov.b64":
			if a[1].kind == 'v' {
				set(fr.regs[a[1].vec[0]]&m32 | fr.regs[a[1].vec[1]]<<32)
			} else {
				set(x(1))
			}
		case "cvt.u64.u32", "cvt.u32.u64":
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
		case "div.u32":
			set((x(1) & m32) / (x(2) & m32))
		case "div.u64":
			set(x(1) / x(2))
		case "min.u32":
			set(min(x(1)&m32, x(2)&m32))
		case "xor.b32":
			set((x(1) ^ x(2)) & m32)
		case "xor.b64":
			set(x(1) ^ x(2))
		case "and.b32":
			set(x(1) & x(2) & m32)
		case "or.b32":
			set((x(1) | x(2)) & m32)
		case "and.pred":
			set(x(1) & x(2) & 1)
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
		case "shf.r.wrap.b32":
			set(((x(2)&m32)<<32 | x(1)&m32) >> (x(3) & 31) & m32)
		case "selp.b32":
			if x(3) != 0 {
				set(x(1) & m32)
			} else {
				set(x(2) & m32)
			}
		case "setp.eq.u32", "setp.ne.u32", "setp.ge.u32", "setp.lt.u32", "setp.ge.u64", "setp.lt.u64":
			l, r := x(1), x(2)
			if strings.HasSuffix(in.op, "u32") {
				l, r = l&m32, r&m32
			}
			var b bool
			switch in.op[5:7] {
			case "eq":
				b = l == r
			case "ne":
				b = l != r
			case "ge":
				b = l >= r
			case "lt":
				b = l < r
			}
			if b {
				set(1)
			} else {
				set(0)
			}
		case "ld.global.v4.u32", "ld.shared.v4.u32":
			p := t.mem(in.op, addr(), 16)
			for i, r := range a[0].vec {
				fr.regs[r] = uint64(binary.LittleEndian.Uint32(p[4*i:]))
			}
		case "st.global.v4.u32", "st.shared.v4.u32":
			p := t.mem(in.op, addr(), 16)
			for i, r := range a[1].vec {
				binary.LittleEndian.PutUint32(p[4*i:], uint32(fr.regs[r]))
			}
		case "ld.global.u32":
			set(uint64(binary.LittleEndian.Uint32(t.mem(in.op, addr(), 4))))
		case "st.global.u32":
			binary.LittleEndian.PutUint32(t.mem(in.op, addr(), 4), uint32(x(1)))
		case "st.global.u8":
			t.mem(in.op, addr(), 1)[0] = byte(x(1))
		default:
			return false, fmt.Errorf("ptx: instruction %q not interpreted", in.source)
		}
	}
	return false, nil
}

func (t *ptxThread) mem(op string, addr, n uint64) []byte {
	if strings.Contains(op, ".shared") {
		if addr+n > uint64(len(t.shared)) {
			panic(fmt.Sprintf("ptx: shared access [%#x, +%d) beyond %d bytes", addr, n, len(t.shared)))
		}
		return t.shared[addr : addr+n]
	}
	return t.global(addr, n)
}

// runCTA runs one CTA of kernel k: every thread in turn up to the next barrier, until all return.
func runCTA(funcs map[string]*ptxFunc, k *ptxFunc, params map[string]uint64, cta, grid, block uint64, global func(addr, n uint64) []byte) (int, error) {
	shared := make([]byte, k.sharedSize)
	threads := make([]*ptxThread, block)
	for i := range threads {
		threads[i] = &ptxThread{funcs: funcs, stack: []*ptxFrame{newFrame(k, params)}, tid: uint64(i), ntid: block,
			ctaid: cta, nctaid: grid, global: global, shared: shared}
	}
	steps := 0
	for live := len(threads); live > 0; {
		live = 0
		for _, th := range threads {
			if len(th.stack) == 0 {
				continue
			}
			atBarrier, err := th.run()
			if err != nil {
				return steps, fmt.Errorf("thread %d: %w", th.tid, err)
			}
			if atBarrier {
				live++
			}
		}
		for _, th := range threads {
			steps += th.steps
			th.steps = 0
		}
	}
	return steps, nil
}

// ptxEmulator is the emulator with every kernel executed from the module's PTX text.
type ptxEmulator struct {
	*emulator
	funcs        map[string]*ptxFunc
	threads      int
	instructions int
}

func newPTXEmulator(t *testing.T, mem uint64) *ptxEmulator {
	funcs, err := parsePTXModule(modulePTX)
	if err != nil {
		t.Fatal(err)
	}
	return &ptxEmulator{emulator: newEmulator(mem), funcs: funcs}
}

func (e *ptxEmulator) launch(s stream, kernel string, grid, block uint32, args []arg) error {
	k, ok := e.funcs[kernel]
	if !ok {
		return fmt.Errorf("ptx: no kernel %s in the module", kernel)
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
			n, err := runCTA(e.funcs, k, params, cta, uint64(grid), uint64(block), e.slice)
			if err != nil {
				return fmt.Errorf("%s CTA %d: %w", kernel, cta, err)
			}
			e.threads += int(block)
			e.instructions += n
		}
		return nil
	}})
}

// TestPTXKernelsExecute runs the engine with every kernel executed from the module's PTX by the
// interpreter (the fills of X_0 and W, the chain's mix and finish with their BLAKE3 device functions,
// the sweep, the chase) and holds every step's hashes and every chase checkpoint to the CPU engine.
// It is the module's own text running, not a specification.
func TestPTXKernelsExecute(t *testing.T) {
	for _, p := range []proof.Params{
		{Width: 32, Rows: 32, Steps: 3, Group: 2, LeafGroups: 4, Openings: 4},
		{Sweep: true, Width: 1040, Rows: 16, Steps: 3, Group: 1, LeafGroups: 4, Openings: 4,
			Chains: 3, Hops: 512, SegmentHops: 8, ChaseRows: 12, ChaseOpenings: 4},
		// Groups of 4 and 17 BLAKE3 chunks: the merge's stack several levels deep.
		{Width: 1024, Rows: 16, Steps: 2, Group: 4, LeafGroups: 2, Openings: 4},
		{Sweep: true, Width: 1088, Rows: 64, Steps: 2, Group: 16, LeafGroups: 2, Openings: 4},
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
			want := map[string]bool{kernelFill: true, kernelChase: p.Chains > 0, kernelMix: !p.Sweep, kernelFinish: !p.Sweep, kernelSweep: p.Sweep}
			for k, w := range want {
				if w && emu.launches[k] == 0 {
					t.Fatalf("%s was never launched", k)
				}
			}
			t.Logf("%d PTX threads, %d instructions interpreted; launches %v", emu.threads, emu.instructions, emu.launches)
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
		{"sweep: the partner rotation", kernelSweep, "shl.b32\t%r28, %r26, 8;", "shl.b32\t%r28, %r26, 7;", p},
		{"finish: Nonlinear's shift", kernelFinish, "shr.u32	%r11, %r10, 13;", "shr.u32	%r11, %r10, 12;", chain},
		{"BLAKE3: the last G rotation", kernelFinish, "%v4, %v4, %v4, 7;", "%v4, %v4, %v4, 6;", chain},
	} {
		t.Run(tt.name, func(t *testing.T) {
			mutated := strings.Replace(modulePTX, tt.from, tt.to, 1)
			if mutated == modulePTX {
				t.Fatalf("mutation %q not found", tt.from)
			}
			funcs, err := parsePTXModule(mutated)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			s, err := proof.NewSchedule(challenge(tt.p, "ptx-mutated"))
			if err != nil {
				t.Fatal(err)
			}
			emu := newPTXEmulator(t, 1<<30)
			emu.funcs = funcs
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

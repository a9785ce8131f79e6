package cuda

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/idlegrid/idlegrid/provider/gpu"
)

// ptxasPath finds NVIDIA's PTX assembler: $IDLEGRID_PTXAS, then PATH, then where scripts/ptxas
// installs it. Tests that need it skip, naming how to get it, where it is absent, unless
// IDLEGRID_REQUIRE_PTXAS=1 (scripts/test sets it): then they fail.
func ptxasPath(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("IDLEGRID_PTXAS"); p != "" {
		return p
	}
	if p, err := exec.LookPath("ptxas"); err == nil {
		return p
	}
	if home, err := os.UserHomeDir(); err == nil {
		if p := filepath.Join(home, ".cache", "idlegrid", "cuda", "ptxas"); fileExists(p) {
			return p
		}
	}
	missing(t, "ptxas not found (no CUDA toolkit here): run scripts/ptxas to install it from Debian's nvidia-cuda-toolkit, or set IDLEGRID_PTXAS")
	return ""
}

// missing skips a test whose tool is absent, or fails it where the tool is required.
func missing(t *testing.T, why string) {
	t.Helper()
	if os.Getenv("IDLEGRID_REQUIRE_PTXAS") == "1" {
		t.Fatal(why + " (IDLEGRID_REQUIRE_PTXAS=1)")
	}
	t.Skip(why)
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

// TestPTXAssembles assembles the module the driver loads with ptxas for every architecture of the
// class table (Ampere sm_80/86, Ada sm_89, Hopper sm_90): what the driver's JIT would refuse fails here.
// It also requires no register spills in the kernels.
func TestPTXAssembles(t *testing.T) {
	ptxas := ptxasPath(t)
	dir := t.TempDir()
	src := filepath.Join(dir, "module.ptx")
	if err := os.WriteFile(src, []byte(modulePTX), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, arch := range []string{"sm_80", "sm_86", "sm_89", "sm_90"} {
		out, err := exec.Command(ptxas, "-arch="+arch, "-v", src, "-o", filepath.Join(dir, arch+".cubin")).CombinedOutput()
		if err != nil {
			t.Fatalf("ptxas -arch=%s: %v\n%s", arch, err, out)
		}
		if regexp.MustCompile(`[1-9]\d* bytes spill`).Match(out) {
			t.Errorf("%s: register spills:\n%s", arch, out)
		}
		if arch == "sm_90" {
			t.Logf("ptxas %s:\n%s", arch, out)
		}
	}
}

// TestHashKernelInstructionCount assembles the module for sm_90, disassembles idg_finish and counts
// the instructions of the chunk hash's block loop: from its first instruction to the backward branch
// that closes it. The device hashing rate is modelled from this count (no GPU was at hand to measure
// it): instructions per byte = count / 64.
func TestHashKernelInstructionCount(t *testing.T) {
	ptxas := ptxasPath(t)
	cuobjdump := filepath.Join(filepath.Dir(ptxas), "cuobjdump")
	if !fileExists(cuobjdump) {
		if p, err := exec.LookPath("cuobjdump"); err == nil {
			cuobjdump = p
		} else {
			missing(t, "cuobjdump not found beside ptxas (scripts/ptxas installs both)")
		}
	}
	dir := t.TempDir()
	src, bin := filepath.Join(dir, "module.ptx"), filepath.Join(dir, "module.cubin")
	if err := os.WriteFile(src, []byte(modulePTX), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(ptxas, "-arch=sm_90", src, "-o", bin).CombinedOutput(); err != nil {
		t.Fatalf("ptxas: %v\n%s", err, out)
	}
	cmd := exec.Command(cuobjdump, "-sass", bin)
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(cuobjdump)+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("cuobjdump: %v\n%s", err, out)
	}
	sass := string(out)
	start := strings.Index(sass, "Function : idg_finish")
	if start < 0 {
		t.Fatal("idg_finish not in the SASS")
	}
	sass = sass[start+1:]
	if end := strings.Index(sass, "Function :"); end >= 0 {
		sass = sass[:end]
	}
	// Instructions: "/*addr*/ OPCODE ... ;". The block loop is the loop that loads 128-bit message
	// words (LDG.E.128) and ends in the first backward branch after them.
	instRE := regexp.MustCompile(`/\*([0-9a-f]{4,})\*/\s+([^;]*);`)
	type inst struct {
		addr int
		text string
	}
	var insts []inst
	for _, m := range instRE.FindAllStringSubmatch(sass, -1) {
		var a int
		for _, c := range m[1] {
			a = a*16 + strings.IndexRune("0123456789abcdef", c)
		}
		insts = append(insts, inst{a, strings.TrimSpace(m[2])})
	}
	firstLoad := -1
	for i, in := range insts {
		if strings.Contains(in.text, "LDG.E.128") {
			firstLoad = i
			break
		}
	}
	if firstLoad < 0 {
		t.Fatal("no 128-bit message load in idg_finish")
	}
	braRE := regexp.MustCompile(`BRA (0x[0-9a-f]+)`)
	for _, in := range insts[firstLoad:] {
		m := braRE.FindStringSubmatch(in.text)
		if m == nil {
			continue
		}
		var target int
		for _, c := range m[1][2:] {
			target = target*16 + strings.IndexRune("0123456789abcdef", c)
		}
		if target >= in.addr || target > insts[firstLoad].addr {
			continue
		}
		n := (in.addr-target)/16 + 1
		t.Logf("chunk hash block loop: %d SASS instructions per 64-byte block (%.1f a byte)", n, float64(n)/64)
		if n != gpu.HashInstructionsPerBlock {
			t.Errorf("block loop is %d instructions, gpu.HashInstructionsPerBlock says %d: update it and the model in provider/gpu", n, gpu.HashInstructionsPerBlock)
		}
		return
	}
	t.Fatal("no backward branch closes the block loop")
}

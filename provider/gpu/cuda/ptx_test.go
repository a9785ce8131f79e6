package cuda

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// TestPTXModule is a static check of the hand-written PTX, since no GPU is at hand to JIT it: the
// header, each entry's parameter list against the launcher's table, every register used inside its
// declared range, every branch target and parameter reference defined in its own entry, every
// instruction terminated.
func TestPTXModule(t *testing.T) {
	for _, problem := range lintPTX(kernelsPTX + "\n" + chasePTX) {
		t.Error(problem)
	}
}

// TestPTXLintCatchesMistakes seeds the kinds of slip a hand-written module is prone to and checks that
// the lint reports each.
func TestPTXLintCatchesMistakes(t *testing.T) {
	for name, mutate := range map[string]func(string) string{
		"register out of range": func(s string) string { return strings.Replace(s, "%r37}", "%r48}", 1) },
		"undefined label":       func(s string) string { return strings.Replace(s, "bra\tMIX_ROUND;", "bra\tMIX_ROUNDS;", 1) },
		"parameter width":       func(s string) string { return strings.Replace(s, ".param .u32 p_gn", ".param .u64 p_gn", 1) },
		"missing parameter":     func(s string) string { return strings.Replace(s, ",\n\t.param .u32 p_r\n", "\n", 1) },
		"unterminated": func(s string) string {
			return strings.Replace(s, "xor.b32\t%r30, %r30, %r34;", "xor.b32\t%r30, %r30, %r34", 1)
		},
		"undeclared parameter": func(s string) string { return strings.Replace(s, "[p_stream]", "[p_streams]", 1) },
		"missing kernel":       func(s string) string { return strings.Replace(s, ".entry idg_fill(", ".entry idg_fil(", 1) },
	} {
		mutated := mutate(kernelsPTX)
		if mutated == kernelsPTX {
			t.Fatalf("%s: mutation did not apply", name)
		}
		if len(lintPTX(mutated)) == 0 {
			t.Errorf("%s: not reported", name)
		}
	}
}

func lintPTX(module string) []string {
	var problems []string
	report := func(format string, a ...any) { problems = append(problems, fmt.Sprintf(format, a...)) }
	src := stripComments(module)
	for _, h := range []string{".version 7.0", ".target sm_70", ".address_size 64"} {
		if !strings.Contains(src, h+"\n") {
			report("missing header %q", h)
		}
	}
	entryRE := regexp.MustCompile(`\.visible\s+\.entry\s+(\w+)\s*\(([^)]*)\)\s*\{`)
	matches := entryRE.FindAllStringSubmatchIndex(src, -1)
	seen := map[string]bool{}
	for i, m := range matches {
		name := src[m[2]:m[3]]
		seen[name] = true
		end := len(src)
		if i+1 < len(matches) {
			end = matches[i+1][0]
		}
		body := src[m[1]:end]
		params := lintParams(report, name, src[m[4]:m[5]])
		lintBody(report, name, body, params)
	}
	for k := range kernelParams {
		if !seen[k] {
			report("kernel %s is launched but not in the PTX", k)
		}
	}
	return problems
}

func stripComments(s string) string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		out = append(out, strings.TrimRight(line, " \t"))
	}
	return strings.Join(out, "\n")
}

func lintParams(report func(string, ...any), kernel, list string) map[string]bool {
	want, ok := kernelParams[kernel]
	if !ok {
		report("PTX entry %s has no launcher entry", kernel)
		return nil
	}
	names := map[string]bool{}
	var got []paramKind
	for _, p := range strings.Split(list, ",") {
		f := strings.Fields(p)
		if len(f) != 3 || f[0] != ".param" {
			report("%s: malformed parameter %q", kernel, strings.TrimSpace(p))
			continue
		}
		switch f[1] {
		case ".u64":
			got = append(got, u64)
		case ".u32":
			got = append(got, u32)
		default:
			report("%s: parameter type %s", kernel, f[1])
		}
		names[f[2]] = true
	}
	if len(got) != len(want) {
		report("%s: PTX has %d parameters, launcher passes %d", kernel, len(got), len(want))
		return names
	}
	for i := range got {
		if got[i] != want[i] {
			report("%s: parameter %d is %d bytes in PTX, %d in the launcher", kernel, i, got[i], want[i])
		}
	}
	return names
}

func lintBody(report func(string, ...any), kernel, body string, params map[string]bool) {
	// The entry's body ends at its closing brace on a line of its own.
	if i := strings.Index(body, "\n}"); i >= 0 {
		body = body[:i]
	} else {
		report("%s: no closing brace", kernel)
	}
	declRE := regexp.MustCompile(`\.reg\s+\.\w+\s+%(\w+)<(\d+)>;`)
	limits := map[string]int{}
	for _, d := range declRE.FindAllStringSubmatch(body, -1) {
		n, _ := strconv.Atoi(d[2])
		limits[d[1]] = n
	}
	special := map[string]bool{"tid": true, "ntid": true, "ctaid": true, "nctaid": true}
	useRE := regexp.MustCompile(`%([a-z]+)(\d+)\b`)
	for _, u := range useRE.FindAllStringSubmatch(body, -1) {
		if special[u[1]] {
			continue
		}
		n, _ := strconv.Atoi(u[2])
		lim, ok := limits[u[1]]
		if !ok || n >= lim {
			report("%s: register %%%s%d not declared (%%%s<%d>)", kernel, u[1], n, u[1], lim)
		}
	}
	labels := map[string]bool{}
	for _, l := range regexp.MustCompile(`(?m)^(\w+):$`).FindAllStringSubmatch(body, -1) {
		if labels[l[1]] {
			report("%s: label %s defined twice", kernel, l[1])
		}
		labels[l[1]] = true
	}
	for _, b := range regexp.MustCompile(`\bbra(?:\.uni)?\s+(\w+);`).FindAllStringSubmatch(body, -1) {
		if !labels[b[1]] {
			report("%s: branch to undefined label %s", kernel, b[1])
		}
	}
	for _, p := range regexp.MustCompile(`ld\.param\.\w+\s+%\w+,\s*\[(\w+)\];`).FindAllStringSubmatch(body, -1) {
		if !params[p[1]] {
			report("%s: loads undeclared parameter %s", kernel, p[1])
		}
	}
	for i, line := range strings.Split(body, "\n") {
		l := strings.TrimSpace(line)
		if l == "" || l == "{" || l == "}" || strings.HasSuffix(l, ":") {
			continue
		}
		if !strings.HasSuffix(l, ";") {
			report("%s: line %d %q not terminated", kernel, i, l)
		}
	}
	if !strings.Contains(body, "ret;") {
		report("%s: no ret", kernel)
	}
}

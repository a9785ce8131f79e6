package explain_test

import (
	"slices"
	"testing"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/oracle/explain"
)

// Every sentence names a custom error some protocol contract has, and every placeholder one of its arguments
// (a difference only of numbers): a renamed error or argument fails here rather than showing a raw revert.
func TestSentencesMatchTheABIs(t *testing.T) {
	table, err := explain.Table()
	if err != nil {
		t.Fatal(err)
	}
	if len(table) < 20 {
		t.Fatalf("only %d sentences", len(table))
	}
	inputs := map[string]map[string]string{} // error -> argument -> type
	for _, c := range bindings.Contracts() {
		a, err := bindings.ABI(c.Name)
		if err != nil {
			t.Fatal(err)
		}
		for name, e := range a.Errors {
			args := map[string]string{}
			for _, in := range e.Inputs {
				args[in.Name] = in.Type.String()
			}
			inputs[name] = args
		}
	}
	for name, entry := range table {
		args, ok := inputs[name]
		if !ok {
			t.Errorf("%s: no contract has this error", name)
			continue
		}
		if entry.Text == "" {
			t.Errorf("%s: empty text", name)
		}
		for field, tmpl := range entry.Strings() {
			ps, err := explain.Placeholders(tmpl)
			if err != nil {
				t.Errorf("%s.%s: %v", name, field, err)
				continue
			}
			for _, p := range ps {
				for _, arg := range []string{p.Arg, p.Minus} {
					if arg == "" {
						continue
					}
					typ, ok := args[arg]
					if !ok {
						t.Errorf("%s.%s: {%s}: the error has no argument %q (it has %v)", name, field, arg, arg, args)
					}
					if (p.Minus != "" || slices.Contains([]string{"token", "grid", "gridNumber", "usd", "duration", "time", "role"}, p.Format)) &&
						typ != "" && typ[:3] != "uin" && typ[:3] != "int" {
						t.Errorf("%s.%s: {%s:%s} formats a %s as a number", name, field, arg, p.Format, typ)
					}
				}
			}
		}
	}
}

func TestPlaceholders(t *testing.T) {
	ps, err := explain.Placeholders("has {free:grid}, {token} {required-free:grid} more of {leaseId}")
	if err != nil {
		t.Fatal(err)
	}
	want := []explain.Placeholder{{Arg: "free", Format: "grid"}, {}, {Arg: "required", Minus: "free", Format: "grid"}, {Arg: "leaseId"}}
	if !slices.Equal(ps, want) {
		t.Fatalf("got %+v, want %+v", ps, want)
	}
	for _, bad := range []string{"{x:money}", "{:grid}", "{-a}"} {
		if _, err := explain.Placeholders(bad); err == nil {
			t.Errorf("%q: accepted", bad)
		}
	}
}

package explain_test

import (
	"math/big"
	"slices"
	"testing"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/oracle/amount"
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

func TestSentence(t *testing.T) {
	args := func(kv ...any) func(string) (any, bool) {
		return func(name string) (any, bool) {
			for i := 0; i < len(kv); i += 2 {
				if kv[i] == name {
					return kv[i+1], true
				}
			}
			return nil, false
		}
	}
	wei := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	tests := []struct {
		name string
		arg  func(string) (any, bool)
		c    explain.Context
		want string
	}{
		{"InsufficientFreeStake", args("role", uint8(0), "free", wei(150), "required", wei(200)), explain.Context{CLI: true},
			"your provider stake has 150 GRID free, 200 GRID is needed: stake 50 GRID more (idlegrid stake add 50 --role provider), or delist machines to free some"},
		{"InsufficientFreeStake", args("role", uint8(1), "free", wei(1), "required", wei(2)), explain.Context{},
			"your inspector stake has 1 GRID free, 2 GRID is needed: stake 1 GRID more, or delist machines to free some"},
		{"ERC20InsufficientBalance", args("balance", big.NewInt(1_500_000), "needed", big.NewInt(2_000_000)), explain.Context{CLI: true, Token: amount.USD, DevChain: true},
			"not enough USD: the account holds 1.5 USD, 2 USD is needed (0.5 USD short): on a dev chain, get more with `idlegrid token faucet`"},
		{"ERC20InsufficientBalance", args("balance", big.NewInt(1_500_000), "needed", big.NewInt(2_000_000)), explain.Context{Token: amount.USD},
			"not enough USD: the account holds 1.5 USD, 2 USD is needed (0.5 USD short): add funds to the account"},
		{"InvalidDuration", args("duration", uint64(7200), "maxDuration", uint64(3600)), explain.Context{Extend: true},
			"the lease cannot be extended by 2h: the longest allowed extension is 1h (the quote's maximum lease length minus the time already booked)"},
		{"QuoteExpired", args("expiry", uint64(1_800_000_000)), explain.Context{}, "the quote expired at 2027-01-15 08:00:00 UTC: ask the provider for a new one"},
		{"NoPrice", args(), explain.Context{CLI: true, DevChain: true},
			"there is no fresh GRID/USD price to convert the lease at: pay in USD (--pay usd) until the inspectors post a fresh price, or post one on this dev chain with `idlegrid price post`"},
		{"LeaseNotFound", args(), explain.Context{}, ""}, // an argument it needs is missing
		{"SomethingNew", args(), explain.Context{}, ""},  // not in the table
	}
	for _, tt := range tests {
		if got := explain.Sentence(tt.name, tt.arg, tt.c); got != tt.want {
			t.Errorf("%s %+v:\n got %q\nwant %q", tt.name, tt.c, got, tt.want)
		}
	}
}

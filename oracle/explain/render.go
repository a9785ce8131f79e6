package explain

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// Context is what a sentence needs to know of the action that reverted.
type Context struct {
	// CLI picks the CLI's fixes (commands to run) over the console's.
	CLI bool
	// Token is the token the action moves ({token} and the token format).
	Token amount.Token
	// DevChain picks the dev-chain fix (a faucet, posting a price).
	DevChain bool
	// Extend: the action extends a lease.
	Extend bool
}

// Sentence is the revert error name with its decoded arguments (arg looks one up by name) said for people, in
// lower case without a final period, as the CLI prints it; "" when the table has no sentence for the error or
// an argument it needs is missing (an ABI newer than the table).
func Sentence(name string, arg func(name string) (any, bool), c Context) string {
	table, err := Table()
	if err != nil {
		return ""
	}
	e, ok := table[name]
	if !ok {
		return ""
	}
	text := e.Text
	if c.Extend && e.Extend != "" {
		text = e.Extend
	}
	fix := e.Fix
	if c.CLI && e.CLI != "" {
		fix = e.CLI
	}
	switch {
	case c.DevChain && c.CLI && e.CLIDev != "":
		fix = e.CLIDev
	case c.DevChain && !c.CLI && e.Dev != "":
		fix = e.Dev
	}
	out, ok := render(text, arg, c)
	if !ok {
		return ""
	}
	if fix != "" {
		f, ok := render(fix, arg, c)
		if !ok {
			return ""
		}
		out += ": " + f
	}
	return out
}

func render(tmpl string, arg func(string) (any, bool), c Context) (string, bool) {
	ps, err := Placeholders(tmpl)
	if err != nil {
		return "", false
	}
	parts := placeholderRe.Split(tmpl, -1)
	var b strings.Builder
	for i, p := range ps {
		b.WriteString(parts[i])
		if p.Arg == "" {
			b.WriteString(c.Token.Symbol)
			continue
		}
		v, ok := arg(p.Arg)
		if !ok {
			return "", false
		}
		if p.Minus != "" {
			x, y := toBig(v), (*big.Int)(nil)
			if w, ok := arg(p.Minus); ok {
				y = toBig(w)
			}
			if x == nil || y == nil {
				return "", false
			}
			v = new(big.Int).Sub(x, y)
		}
		s, ok := format(v, p.Format, c)
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	b.WriteString(parts[len(ps)])
	return b.String(), true
}

func toBig(v any) *big.Int {
	switch x := v.(type) {
	case *big.Int:
		return x
	case uint8:
		return big.NewInt(int64(x))
	case uint16:
		return big.NewInt(int64(x))
	case uint32:
		return big.NewInt(int64(x))
	case uint64:
		return new(big.Int).SetUint64(x)
	case int64:
		return big.NewInt(x)
	case int:
		return big.NewInt(int64(x))
	}
	return nil
}

func format(v any, f string, c Context) (string, bool) {
	if f == "" {
		return fmt.Sprint(v), true
	}
	n := toBig(v)
	if n == nil {
		return "", false
	}
	switch f {
	case "token":
		return amount.Format(n, c.Token), true
	case "grid":
		return amount.Format(n, amount.GRID), true
	case "gridNumber":
		return amount.FormatNumber(n, amount.GRID.Decimals), true
	case "usd":
		return amount.Format(n, amount.USD), true
	case "duration":
		return amount.FormatDuration(time.Duration(n.Int64()) * time.Second), true
	case "time":
		return time.Unix(n.Int64(), 0).UTC().Format("2006-01-02 15:04:05 UTC"), true
	case "role":
		return oracle.Role(n.Uint64()).String(), true
	}
	return "", false
}

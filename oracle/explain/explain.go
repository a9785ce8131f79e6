// Package explain holds the sentences people read when a protocol contract reverts: one table (reverts.json)
// keyed by custom-error name, shared by the CLI and the web console (indexer/console gets a copy at generate
// time), so the two never say different things about the same revert.
//
// It owns the table and its placeholder syntax; it decodes nothing (oracle/chain decodes reverts) and knows no
// contract. A test checks every name and argument against the contracts' ABIs.
package explain

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

//go:embed reverts.json
var raw []byte

// JSON is the table as written, for generators.
func JSON() []byte { return slices.Clone(raw) }

// Entry is how one custom error reads. Text is the sentence; Fix the advice after it, which CLI replaces in the
// CLI; Dev is added on dev chains (CLIDev in the CLI); Extend replaces Text when the failing action extends a
// lease.
type Entry struct {
	Text   string `json:"text"`
	Fix    string `json:"fix,omitempty"`
	CLI    string `json:"cli,omitempty"`
	Dev    string `json:"dev,omitempty"`
	CLIDev string `json:"cli_dev,omitempty"`
	Extend string `json:"extend,omitempty"`
}

// Strings are the entry's templates, by field name.
func (e Entry) Strings() map[string]string {
	out := map[string]string{}
	for k, v := range map[string]string{"text": e.Text, "fix": e.Fix, "cli": e.CLI, "dev": e.Dev, "cli_dev": e.CLIDev, "extend": e.Extend} {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

type table struct {
	Comment string           `json:"comment"`
	Errors  map[string]Entry `json:"errors"`
}

// Table is the sentences by error name.
func Table() (map[string]Entry, error) {
	var t table
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&t); err != nil {
		return nil, fmt.Errorf("explain: reverts.json: %w", err)
	}
	return t.Errors, nil
}

// Formats a placeholder may name.
var Formats = []string{"", "token", "grid", "gridNumber", "usd", "duration", "time", "role"}

// Placeholder is one {…} in a template: an argument (or the difference Arg − Minus) and its format. Arg ""
// with no format is {token}, the symbol of the token the action moves.
type Placeholder struct {
	Arg, Minus, Format string
}

var placeholderRe = regexp.MustCompile(`\{([^{}]*)\}`)

// Placeholders parses the template's placeholders.
func Placeholders(template string) ([]Placeholder, error) {
	var out []Placeholder
	for _, m := range placeholderRe.FindAllStringSubmatch(template, -1) {
		body := m[1]
		if body == "token" {
			out = append(out, Placeholder{})
			continue
		}
		expr, format, _ := strings.Cut(body, ":")
		arg, minus, _ := strings.Cut(expr, "-")
		if arg == "" || !slices.Contains(Formats, format) {
			return nil, fmt.Errorf("placeholder {%s}: want {arg}, {arg:format} or {a-b:format} with a format in %q", body, Formats)
		}
		out = append(out, Placeholder{Arg: arg, Minus: minus, Format: format})
	}
	return out, nil
}

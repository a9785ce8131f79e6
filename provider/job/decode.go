package job

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// maxErrors caps how many field errors one Decode reports.
const maxErrors = 32

// Decode reads a spec strictly (see the package doc) and validates it. The error joins one *FieldError per
// problem found, each naming its field; all of them wrap ErrInvalid.
func Decode(data []byte) (*Spec, error) {
	if len(data) > MaxSize {
		return nil, &FieldError{"spec", fmt.Sprintf("%d bytes, over the %d-byte limit", len(data), MaxSize)}
	}
	if !utf8.Valid(data) {
		return nil, &FieldError{"spec", fmt.Sprintf("not valid UTF-8 (at byte %d)", invalidUTF8At(data))}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	root, err := parseValue(dec, "spec", 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FieldError{"spec", "data after the spec's closing brace"}
	}
	d := &decoder{}
	s := d.spec(root)
	if len(d.errs) == 0 {
		return s, s.Validate()
	}
	return nil, errors.Join(d.errs...)
}

func invalidUTF8At(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// object is a JSON object that remembers its key order and refuses duplicate keys.
type object struct {
	keys []string
	vals map[string]any
}

// parseValue reads one value from dec. Objects become *object, arrays []any, numbers json.Number.
func parseValue(dec *json.Decoder, path string, depth int) (any, error) {
	if depth > maxDepth {
		return nil, &FieldError{path, fmt.Sprintf("nested more than %d levels deep", maxDepth)}
	}
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			return nil, &FieldError{path, "unexpected end of input"}
		}
		return nil, &FieldError{path, "malformed JSON: " + err.Error()}
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			o := &object{vals: map[string]any{}}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, &FieldError{path, "malformed JSON: " + err.Error()}
				}
				k, ok := kt.(string)
				if !ok {
					return nil, &FieldError{path, "malformed JSON: object key is not a string"}
				}
				kp := fieldPath(path, k)
				if _, dup := o.vals[k]; dup {
					return nil, &FieldError{kp, "duplicate key"}
				}
				v, err := parseValue(dec, kp, depth+1)
				if err != nil {
					return nil, err
				}
				o.keys = append(o.keys, k)
				o.vals[k] = v
			}
			if _, err := dec.Token(); err != nil {
				return nil, &FieldError{path, "malformed JSON: " + err.Error()}
			}
			return o, nil
		case '[':
			var a []any
			for i := 0; dec.More(); i++ {
				v, err := parseValue(dec, fmt.Sprintf("%s[%d]", path, i), depth+1)
				if err != nil {
					return nil, err
				}
				a = append(a, v)
			}
			if _, err := dec.Token(); err != nil {
				return nil, &FieldError{path, "malformed JSON: " + err.Error()}
			}
			if a == nil {
				a = []any{}
			}
			return a, nil
		default:
			return nil, &FieldError{path, fmt.Sprintf("malformed JSON: unexpected %q", t)}
		}
	default:
		return tok, nil // string, json.Number, bool or nil
	}
}

// fieldPath names key k of the object at path: path.k for identifier-like keys, path["k"] otherwise.
func fieldPath(path, k string) string {
	if k == "" {
		return path + `[""]`
	}
	for i, r := range k {
		ident := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '-')
		if !ident {
			return path + "[" + strconv.Quote(k) + "]"
		}
	}
	return path + "." + k
}

func kindOf(v any) string {
	switch v.(type) {
	case *object:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	}
	return fmt.Sprintf("%T", v)
}

// decoder turns the parsed tree into a Spec, collecting field errors.
type decoder struct{ errs []error }

func (d *decoder) fail(path, format string, args ...any) {
	if len(d.errs) < maxErrors {
		d.errs = append(d.errs, &FieldError{path, fmt.Sprintf(format, args...)})
	}
}

// obj checks v is an object whose keys are all in allowed and whose required keys are present.
func (d *decoder) obj(path string, v any, required []string, optional ...string) *object {
	o, ok := v.(*object)
	if !ok {
		d.fail(path, "must be an object, not %s", kindOf(v))
		return nil
	}
	known := map[string]bool{}
	for _, k := range required {
		known[k] = true
		if _, ok := o.vals[k]; !ok {
			d.fail(fieldPath(path, k), "required")
		}
	}
	for _, k := range optional {
		known[k] = true
	}
	for _, k := range o.keys {
		if !known[k] {
			d.fail(fieldPath(path, k), "unknown field")
		}
	}
	return o
}

func (d *decoder) str(path string, v any) string {
	s, ok := v.(string)
	if !ok {
		d.fail(path, "must be a string, not %s", kindOf(v))
	}
	return s
}

func (d *decoder) int(path string, v any, what string) int64 {
	n, ok := v.(json.Number)
	if !ok {
		d.fail(path, "must be %s, not %s", what, kindOf(v))
		return 0
	}
	i, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		d.fail(path, "must be %s (a plain integer), not %s", what, n)
		return 0
	}
	return i
}

func (d *decoder) strs(path string, v any, max int) []string {
	a, ok := v.([]any)
	if !ok {
		d.fail(path, "must be an array of strings, not %s", kindOf(v))
		return nil
	}
	if len(a) > max {
		d.fail(path, "%d entries, over the limit of %d", len(a), max)
		return nil
	}
	out := make([]string, len(a))
	for i, e := range a {
		out[i] = d.str(fmt.Sprintf("%s[%d]", path, i), e)
	}
	return out
}

func (d *decoder) spec(v any) *Spec {
	o := d.obj("spec", v, []string{"version", "image", "resources"},
		"entrypoint", "command", "env", "workdir", "ports", "inputs", "output", "ssh_authorized_key")
	if o == nil {
		return nil
	}
	s := &Spec{}
	if x, ok := o.vals["version"]; ok {
		s.Version = int(d.int("spec.version", x, "an integer"))
	}
	if x, ok := o.vals["image"]; ok {
		if im := d.obj("spec.image", x, nil, "ref", "cid", "archive"); im != nil {
			if y, ok := im.vals["ref"]; ok {
				s.Image.Ref = d.str("spec.image.ref", y)
			}
			if y, ok := im.vals["cid"]; ok {
				s.Image.CID = d.str("spec.image.cid", y)
			}
			if y, ok := im.vals["archive"]; ok {
				s.Image.Archive = d.str("spec.image.archive", y)
			}
		}
	}
	if x, ok := o.vals["entrypoint"]; ok {
		s.Entrypoint = d.strs("spec.entrypoint", x, MaxArgs)
	}
	if x, ok := o.vals["command"]; ok {
		s.Command = d.strs("spec.command", x, MaxArgs)
	}
	if x, ok := o.vals["env"]; ok {
		if eo := d.obj("spec.env", x, nil, envKeys(x)...); eo != nil {
			if len(eo.keys) > MaxEnv {
				d.fail("spec.env", "%d variables, over the limit of %d", len(eo.keys), MaxEnv)
			} else {
				s.Env = make(map[string]string, len(eo.keys))
				for _, k := range eo.keys {
					s.Env[k] = d.str(fieldPath("spec.env", k), eo.vals[k])
				}
			}
		}
	}
	if x, ok := o.vals["workdir"]; ok {
		s.WorkDir = d.str("spec.workdir", x)
	}
	if x, ok := o.vals["ports"]; ok {
		if a, ok := x.([]any); !ok {
			d.fail("spec.ports", "must be an array, not %s", kindOf(x))
		} else if len(a) > MaxPorts {
			d.fail("spec.ports", "%d ports, over the limit of %d", len(a), MaxPorts)
		} else {
			s.Ports = make([]Port, len(a))
			for i, e := range a {
				p := fmt.Sprintf("spec.ports[%d]", i)
				if po := d.obj(p, e, []string{"port", "protocol"}); po != nil {
					if y, ok := po.vals["port"]; ok {
						n := d.int(p+".port", y, "a port number")
						if n < 1 || n > 65535 {
							d.fail(p+".port", "must be in [1, 65535], not %d", n)
						}
						s.Ports[i].Port = uint16(n)
					}
					if y, ok := po.vals["protocol"]; ok {
						s.Ports[i].Protocol = d.str(p+".protocol", y)
					}
				}
			}
		}
	}
	if x, ok := o.vals["resources"]; ok {
		if ro := d.obj("spec.resources", x, []string{"gpus", "memory", "millicpus", "pids", "disk"}); ro != nil {
			get := func(k, what string) int64 {
				if y, ok := ro.vals[k]; ok {
					return d.int("spec.resources."+k, y, what)
				}
				return 0
			}
			gpus := get("gpus", "a GPU count")
			if gpus < 0 || gpus > MaxGPUs {
				d.fail("spec.resources.gpus", "must be in [0, %d], not %d", MaxGPUs, gpus)
			} else {
				s.Resources.GPUs = int(gpus)
			}
			s.Resources.Memory = get("memory", "a number of bytes")
			s.Resources.MilliCPUs = get("millicpus", "a number of thousandths of a CPU")
			s.Resources.Pids = get("pids", "a number of processes")
			s.Resources.Disk = get("disk", "a number of bytes")
		}
	}
	if x, ok := o.vals["inputs"]; ok {
		if a, ok := x.([]any); !ok {
			d.fail("spec.inputs", "must be an array, not %s", kindOf(x))
		} else if len(a) > MaxInputs {
			d.fail("spec.inputs", "%d inputs, over the limit of %d", len(a), MaxInputs)
		} else {
			s.Inputs = make([]Input, len(a))
			for i, e := range a {
				p := fmt.Sprintf("spec.inputs[%d]", i)
				if in := d.obj(p, e, []string{"cid", "path"}); in != nil {
					if y, ok := in.vals["cid"]; ok {
						s.Inputs[i].CID = d.str(p+".cid", y)
					}
					if y, ok := in.vals["path"]; ok {
						s.Inputs[i].Path = d.str(p+".path", y)
					}
				}
			}
		}
	}
	if x, ok := o.vals["output"]; ok {
		s.Output = d.str("spec.output", x)
	}
	if x, ok := o.vals["ssh_authorized_key"]; ok {
		s.SSHAuthorizedKey = d.str("spec.ssh_authorized_key", x)
	}
	return s
}

// envKeys lets every key of an env object through obj's unknown-field check; Validate checks the names.
func envKeys(v any) []string {
	if o, ok := v.(*object); ok {
		return o.keys
	}
	return nil
}

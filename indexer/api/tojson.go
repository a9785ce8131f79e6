package api

import (
	"encoding"
	"encoding/json"
	"math/big"
	"reflect"
	"strings"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/rewardtree"
)

// toJSON rewrites a response value for encoding/json so that every *big.Int (uint256 amounts, nonces) becomes a
// decimal string: JavaScript numbers lose precision above 2^53, and a dashboard must show wei exactly. Other
// values keep encoding/json's rules (field tags, omitempty, embedded structs, TextMarshalers).
func toJSON(v any) any {
	return convert(reflect.ValueOf(v))
}

var (
	bigIntType    = reflect.TypeFor[*big.Int]()
	rawType       = reflect.TypeFor[json.RawMessage]()
	marshalerType = reflect.TypeFor[json.Marshaler]()
	textType      = reflect.TypeFor[encoding.TextMarshaler]()
	// A signed quote keeps the oracle package's JSON form (numbers), exactly what providers post and what
	// LeaseEscrow clients decode.
	// A claim likewise keeps oracle/rewardtree's form, the file `idlegrid rewards claim --proof` reads.
	passthrough = map[reflect.Type]bool{reflect.TypeFor[oracle.Quote](): true, reflect.TypeFor[rewardtree.Claim](): true}
)

func convert(v reflect.Value) any {
	if !v.IsValid() {
		return nil
	}
	t := v.Type()
	switch {
	case t == bigIntType:
		if v.IsNil() {
			return nil
		}
		return v.Interface().(*big.Int).String()
	case t == rawType, passthrough[t]:
		return v.Interface()
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			return nil
		}
		return convert(v.Elem())
	}
	if t.Implements(marshalerType) || t.Implements(textType) {
		return v.Interface()
	}
	switch v.Kind() {
	case reflect.Struct:
		out := map[string]any{}
		addFields(v, out)
		return out
	case reflect.Slice:
		if v.IsNil() && t.Elem().Kind() != reflect.Uint8 {
			return nil
		}
		if t.Elem().Kind() == reflect.Uint8 {
			return v.Interface()
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = convert(v.Index(i))
		}
		return out
	case reflect.Array:
		if t.Elem().Kind() == reflect.Uint8 {
			return v.Interface()
		}
		out := make([]any, v.Len())
		for i := range out {
			out[i] = convert(v.Index(i))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return nil
		}
		out := make(map[string]any, v.Len())
		iter := v.MapRange()
		for iter.Next() {
			k := iter.Key()
			var ks string
			if k.Kind() == reflect.String {
				ks = k.String()
			} else if tm, ok := k.Interface().(encoding.TextMarshaler); ok {
				b, _ := tm.MarshalText()
				ks = string(b)
			} else {
				b, _ := json.Marshal(k.Interface())
				ks = strings.Trim(string(b), `"`)
			}
			out[ks] = convert(iter.Value())
		}
		return out
	}
	return v.Interface()
}

// addFields copies v's exported fields into out under their JSON names, flattening embedded structs the way
// encoding/json does (an outer field wins over a promoted one of the same name).
func addFields(v reflect.Value, out map[string]any) {
	t := v.Type()
	var embedded []reflect.Value
	for i := range t.NumField() {
		f := t.Field(i)
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		fv := v.Field(i)
		if f.Anonymous && name == "" {
			ft := f.Type
			if ft.Kind() == reflect.Pointer {
				if fv.IsNil() {
					continue
				}
				fv, ft = fv.Elem(), ft.Elem()
			}
			if ft.Kind() == reflect.Struct && !ft.Implements(marshalerType) && !reflect.PointerTo(ft).Implements(marshalerType) {
				embedded = append(embedded, fv)
				continue
			}
		}
		if !f.IsExported() {
			continue
		}
		if name == "" {
			name = f.Name
		}
		if strings.Contains(opts, "omitempty") && fv.IsZero() {
			continue
		}
		out[name] = convert(fv)
	}
	for _, e := range embedded {
		inner := map[string]any{}
		addFields(e, inner)
		for k, val := range inner {
			if _, taken := out[k]; !taken {
				out[k] = val
			}
		}
	}
}

package indexer

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ColumnType is how a column is stored. The set is deliberately small so that one schema works on SQLite and
// Postgres alike: hashes, addresses and uint256 amounts are text (0x-hex, decimal), everything countable is a
// 64-bit integer.
type ColumnType uint8

// Column types.
const (
	Text ColumnType = iota
	Int
	Bool
)

func (t ColumnType) String() string {
	switch t {
	case Text:
		return "text"
	case Int:
		return "int"
	case Bool:
		return "bool"
	}
	return "unknown"
}

// Column is one column of a Table.
type Column struct {
	Name string
	Type ColumnType
}

// Kind says how the follower rolls a table back on a reorg.
type Kind uint8

const (
	// Entity tables hold current state under a primary key. Changes made in hot blocks are journaled and
	// undone row by row on a reorg.
	Entity Kind = iota
	// History tables are append-only and have a block_number column; a reorg deletes the rows above the
	// common ancestor.
	History
)

// Table describes a table the projector writes, derived from a Go struct with `db:"name"` tags (`db:"name,key"`
// marks primary-key columns of an entity). Stores use it to read, write, journal and roll back rows without
// knowing what the rows mean.
type Table struct {
	Name    string
	Kind    Kind
	Columns []Column
	// Key is the number of leading primary-key columns (entities only).
	Key int

	typ    reflect.Type
	fields []fieldCodec // in Columns order
}

// Row is one table row: values in Columns order, each a string, int64 or bool.
type Row []any

// KeyOf returns the primary-key values of an entity row.
func (t *Table) KeyOf(r Row) []any { return r[:t.Key] }

// KeyString renders key values as the stable text the journal stores: a JSON array. It is on the hot path
// of every entity read, so it is written by hand rather than through encoding/json.
func KeyString(key []any) string {
	buf := make([]byte, 0, 96)
	buf = append(buf, '[')
	for i, v := range key {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendJSONValue(buf, v)
	}
	return string(append(buf, ']'))
}

// appendJSONValue appends a row value (string, int64 or bool) as JSON.
func appendJSONValue(buf []byte, v any) []byte {
	switch x := v.(type) {
	case string:
		if isPlainASCII(x) {
			buf = append(buf, '"')
			buf = append(buf, x...)
			return append(buf, '"')
		}
		b, _ := json.Marshal(x)
		return append(buf, b...)
	case int64:
		return strconv.AppendInt(buf, x, 10)
	case bool:
		return strconv.AppendBool(buf, x)
	case nil:
		return append(buf, "null"...)
	}
	b, _ := json.Marshal(v)
	return append(buf, b...)
}

// isPlainASCII reports whether s needs no JSON escaping.
func isPlainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c >= 0x7f || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' {
			return false
		}
	}
	return true
}

// ParseKey decodes KeyString output for t's key columns.
func (t *Table) ParseKey(s string) ([]any, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, fmt.Errorf("table %s: key %q: %w", t.Name, s, err)
	}
	if len(raw) != t.Key {
		return nil, fmt.Errorf("table %s: key %q: %d values, want %d", t.Name, s, len(raw), t.Key)
	}
	return t.decodeJSONValues(raw, t.Columns[:t.Key])
}

// EncodeRow renders a row as the JSON the journal stores.
func EncodeRow(r Row) string { return KeyString(r) }

// ParseRow decodes EncodeRow output for t.
func (t *Table) ParseRow(s string) (Row, error) {
	var raw []json.RawMessage
	if err := json.Unmarshal([]byte(s), &raw); err != nil {
		return nil, fmt.Errorf("table %s: row: %w", t.Name, err)
	}
	if len(raw) != len(t.Columns) {
		return nil, fmt.Errorf("table %s: row has %d values, want %d", t.Name, len(raw), len(t.Columns))
	}
	vals, err := t.decodeJSONValues(raw, t.Columns)
	return Row(vals), err
}

func (t *Table) decodeJSONValues(raw []json.RawMessage, cols []Column) ([]any, error) {
	out := make([]any, len(raw))
	for i, m := range raw {
		switch cols[i].Type {
		case Text:
			var s string
			if err := json.Unmarshal(m, &s); err != nil {
				return nil, fmt.Errorf("table %s: column %s: %w", t.Name, cols[i].Name, err)
			}
			out[i] = s
		case Int:
			n, err := strconv.ParseInt(string(m), 10, 64)
			if err != nil {
				return nil, fmt.Errorf("table %s: column %s: %w", t.Name, cols[i].Name, err)
			}
			out[i] = n
		case Bool:
			var b bool
			if err := json.Unmarshal(m, &b); err != nil {
				return nil, fmt.Errorf("table %s: column %s: %w", t.Name, cols[i].Name, err)
			}
			out[i] = b
		}
	}
	return out, nil
}

// Normalize converts values as a database driver returns them (int64 or []byte for text, int64 for SQLite
// booleans) into the Row types of t's columns.
func (t *Table) Normalize(vals []any) (Row, error) {
	if len(vals) != len(t.Columns) {
		return nil, fmt.Errorf("table %s: %d values, want %d", t.Name, len(vals), len(t.Columns))
	}
	r := make(Row, len(vals))
	for i, v := range vals {
		c := t.Columns[i]
		switch c.Type {
		case Text:
			switch x := v.(type) {
			case string:
				r[i] = x
			case []byte:
				r[i] = string(x)
			default:
				return nil, fmt.Errorf("table %s: column %s: text column holds %T", t.Name, c.Name, v)
			}
		case Int:
			switch x := v.(type) {
			case int64:
				r[i] = x
			case int32:
				r[i] = int64(x)
			case int:
				r[i] = int64(x)
			default:
				return nil, fmt.Errorf("table %s: column %s: int column holds %T", t.Name, c.Name, v)
			}
		case Bool:
			switch x := v.(type) {
			case bool:
				r[i] = x
			case int64:
				r[i] = x != 0
			default:
				return nil, fmt.Errorf("table %s: column %s: bool column holds %T", t.Name, c.Name, v)
			}
		}
	}
	return r, nil
}

// fieldCodec converts one struct field to and from its column value.
type fieldCodec struct {
	index  []int
	encode func(reflect.Value) (any, error)
	decode func(any, reflect.Value) error
}

var (
	hashType    = reflect.TypeFor[common.Hash]()
	addressType = reflect.TypeFor[common.Address]()
	valuerType  = reflect.TypeFor[driver.Valuer]()
	scannerType = reflect.TypeFor[sql.Scanner]()
)

// NewTable derives a table description from struct type T. It panics on an unsupported field: tables are
// declared once at package initialisation, so a mistake fails every test at once.
func NewTable[T any](name string, kind Kind) *Table {
	typ := reflect.TypeFor[T]()
	t := &Table{Name: name, Kind: kind, typ: typ}
	keysDone := false
	for _, f := range reflect.VisibleFields(typ) {
		tag, ok := f.Tag.Lookup("db")
		if !ok || tag == "-" {
			continue
		}
		col, opt, _ := strings.Cut(tag, ",")
		isKey := opt == "key"
		if isKey && (keysDone || kind != Entity) {
			panic(fmt.Sprintf("table %s: key column %s must lead, and only entities have keys", name, col))
		}
		if !isKey {
			keysDone = true
		} else {
			t.Key++
		}
		ctype, enc, dec := codecFor(f.Type)
		if enc == nil {
			panic(fmt.Sprintf("table %s: field %s: unsupported type %s", name, f.Name, f.Type))
		}
		t.Columns = append(t.Columns, Column{Name: col, Type: ctype})
		t.fields = append(t.fields, fieldCodec{index: f.Index, encode: enc, decode: dec})
	}
	switch {
	case kind == Entity && t.Key == 0:
		panic(fmt.Sprintf("table %s: an entity needs key columns", name))
	case kind == History && (len(t.Columns) < 2 || t.Columns[0].Name != "block_number" || t.Columns[1].Name != "log_index"):
		panic(fmt.Sprintf("table %s: a history table starts with block_number, log_index", name))
	}
	return t
}

// Encode converts v (a T or *T of the table's struct type) to a row.
func (t *Table) Encode(v any) (Row, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Type() != t.typ {
		return nil, fmt.Errorf("table %s: encode %s, want %s", t.Name, rv.Type(), t.typ)
	}
	r := make(Row, len(t.fields))
	for i, f := range t.fields {
		val, err := f.encode(rv.FieldByIndex(f.index))
		if err != nil {
			return nil, fmt.Errorf("table %s: column %s: %w", t.Name, t.Columns[i].Name, err)
		}
		r[i] = val
	}
	return r, nil
}

// Decode fills dst (a *T of the table's struct type) from a row.
func (t *Table) Decode(r Row, dst any) error {
	rv := reflect.ValueOf(dst)
	if rv.Kind() != reflect.Pointer || rv.Elem().Type() != t.typ {
		return fmt.Errorf("table %s: decode into %T, want *%s", t.Name, dst, t.typ)
	}
	rv = rv.Elem()
	if len(r) != len(t.fields) {
		return fmt.Errorf("table %s: row has %d values, want %d", t.Name, len(r), len(t.fields))
	}
	for i, f := range t.fields {
		if err := f.decode(r[i], rv.FieldByIndex(f.index)); err != nil {
			return fmt.Errorf("table %s: column %s: %w", t.Name, t.Columns[i].Name, err)
		}
	}
	return nil
}

func codecFor(typ reflect.Type) (ColumnType, func(reflect.Value) (any, error), func(any, reflect.Value) error) {
	switch {
	case typ == hashType:
		return Text, func(v reflect.Value) (any, error) {
				return hexLower(v.Interface().(common.Hash).Bytes()), nil
			}, func(x any, v reflect.Value) error {
				s, ok := x.(string)
				if !ok || !isHex(s, common.HashLength) {
					return fmt.Errorf("not a 32-byte hex value: %v", x)
				}
				v.Set(reflect.ValueOf(common.HexToHash(s)))
				return nil
			}
	case typ == addressType:
		return Text, func(v reflect.Value) (any, error) {
				return hexLower(v.Interface().(common.Address).Bytes()), nil
			}, func(x any, v reflect.Value) error {
				s, ok := x.(string)
				if !ok || !isHex(s, common.AddressLength) {
					return fmt.Errorf("not a 20-byte hex value: %v", x)
				}
				v.Set(reflect.ValueOf(common.HexToAddress(s)))
				return nil
			}
	case typ.Kind() == reflect.Pointer && typ.Implements(valuerType) && typ.Implements(scannerType):
		// Types that store themselves as text (amount.Int: uint256 amounts as decimal strings).
		return Text, func(v reflect.Value) (any, error) {
				val, err := v.Interface().(driver.Valuer).Value()
				if err != nil {
					return nil, err
				}
				s, ok := val.(string)
				if !ok {
					return nil, fmt.Errorf("%s stores itself as %T, not text", typ, val)
				}
				return s, nil
			}, func(x any, v reflect.Value) error {
				p := reflect.New(typ.Elem())
				if err := p.Interface().(sql.Scanner).Scan(x); err != nil {
					return err
				}
				v.Set(p)
				return nil
			}
	}
	switch typ.Kind() {
	case reflect.String:
		return Text, func(v reflect.Value) (any, error) { return v.String(), nil },
			func(x any, v reflect.Value) error {
				s, ok := x.(string)
				if !ok {
					return fmt.Errorf("text is %T", x)
				}
				v.SetString(s)
				return nil
			}
	case reflect.Bool:
		return Bool, func(v reflect.Value) (any, error) { return v.Bool(), nil },
			func(x any, v reflect.Value) error {
				b, ok := x.(bool)
				if !ok {
					return fmt.Errorf("bool is %T", x)
				}
				v.SetBool(b)
				return nil
			}
	case reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uint:
		return Int, func(v reflect.Value) (any, error) {
				u := v.Uint()
				if u > math.MaxInt64 {
					return nil, fmt.Errorf("%d does not fit a 64-bit signed column", u)
				}
				return int64(u), nil
			}, func(x any, v reflect.Value) error {
				n, ok := x.(int64)
				if !ok || n < 0 || v.OverflowUint(uint64(n)) {
					return fmt.Errorf("%v does not fit %s", x, v.Type())
				}
				v.SetUint(uint64(n))
				return nil
			}
	case reflect.Int64, reflect.Int:
		return Int, func(v reflect.Value) (any, error) { return v.Int(), nil },
			func(x any, v reflect.Value) error {
				n, ok := x.(int64)
				if !ok {
					return fmt.Errorf("int is %T", x)
				}
				v.SetInt(n)
				return nil
			}
	case reflect.Slice, reflect.Struct, reflect.Map:
		// Small nested values (unbond entries, signer lists) are stored as JSON text.
		return Text, func(v reflect.Value) (any, error) {
				b, err := json.Marshal(v.Interface())
				return string(b), err
			}, func(x any, v reflect.Value) error {
				s, ok := x.(string)
				if !ok {
					return fmt.Errorf("json is %T", x)
				}
				p := reflect.New(v.Type())
				if err := json.Unmarshal([]byte(s), p.Interface()); err != nil {
					return err
				}
				v.Set(p.Elem())
				return nil
			}
	}
	return 0, nil, nil
}

const hexDigits = "0123456789abcdef"

func hexLower(b []byte) string {
	out := make([]byte, 2+2*len(b))
	out[0], out[1] = '0', 'x'
	for i, c := range b {
		out[2+2*i] = hexDigits[c>>4]
		out[3+2*i] = hexDigits[c&0xf]
	}
	return string(out)
}

func isHex(s string, n int) bool {
	if len(s) != 2+2*n || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return false
	}
	for _, c := range s[2:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// Hex renders bytes as lowercase 0x-hex, the form every hash and address column holds.
func Hex(b []byte) string { return hexLower(b) }

// EncodeKey returns the primary-key values of v (a T or *T of an entity table's struct type).
func (t *Table) EncodeKey(v any) ([]any, error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		rv = rv.Elem()
	}
	if rv.Type() != t.typ {
		return nil, fmt.Errorf("table %s: key of %s, want %s", t.Name, rv.Type(), t.typ)
	}
	key := make([]any, t.Key)
	for i := range t.Key {
		val, err := t.fields[i].encode(rv.FieldByIndex(t.fields[i].index))
		if err != nil {
			return nil, fmt.Errorf("table %s: key column %s: %w", t.Name, t.Columns[i].Name, err)
		}
		key[i] = val
	}
	return key, nil
}

package amount

import (
	"database/sql"
	"database/sql/driver"
	"encoding/json"
	"math/big"
	"testing"
)

var (
	_ json.Marshaler   = (*Int)(nil)
	_ json.Unmarshaler = (*Int)(nil)
	_ driver.Valuer    = (*Int)(nil)
	_ sql.Scanner      = (*Int)(nil)
)

func TestIntJSON(t *testing.T) {
	wei, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	type row struct {
		Amount  *Int `json:"amount"`
		Missing *Int `json:"missing"`
	}
	b, err := json.Marshal(row{Amount: NewInt(wei)})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(b), `{"amount":"123456789012345678901234567890","missing":null}`; got != want {
		t.Fatalf("marshal %s, want %s", got, want)
	}
	var back row
	if err := json.Unmarshal(b, &back); err != nil || back.Amount.Big().Cmp(wei) != 0 || back.Missing != nil {
		t.Fatalf("unmarshal %+v, %v", back, err)
	}
	// A bare JSON integer is read too (exactly, beyond 2^53).
	if err := json.Unmarshal([]byte(`{"amount":9007199254740993}`), &back); err != nil || back.Amount.String() != "9007199254740993" {
		t.Fatalf("bare integer: %v, %v", back.Amount, err)
	}
	for _, bad := range []string{`{"amount":"1.5"}`, `{"amount":"0x10"}`, `{"amount":true}`, `{"amount":"12a"}`} {
		if err := json.Unmarshal([]byte(bad), &back); err == nil {
			t.Errorf("%s accepted", bad)
		}
	}
}

func TestIntSQL(t *testing.T) {
	v, err := NewInt(big.NewInt(42)).Value()
	if err != nil || v != "42" {
		t.Fatalf("value %v, %v", v, err)
	}
	if v, err := (*Int)(nil).Value(); err != nil || v != "0" {
		t.Fatalf("nil value %v, %v", v, err)
	}
	if _, err := IntOf(-1).Value(); err == nil {
		t.Fatal("a negative amount was stored")
	}
	for _, src := range []any{"1000000000000000000000", []byte("1000000000000000000000")} {
		var x Int
		if err := x.Scan(src); err != nil || x.String() != "1000000000000000000000" {
			t.Fatalf("scan %v: %v, %v", src, x.String(), err)
		}
	}
	var x Int
	if err := x.Scan(int64(7)); err != nil || x.String() != "7" {
		t.Fatalf("scan int64: %v, %v", x.String(), err)
	}
	for _, bad := range []any{"-3", "abc", nil, 1.5, int64(-1)} {
		if err := x.Scan(bad); err == nil {
			t.Errorf("scan %v accepted", bad)
		}
	}
}

func TestIntHelpers(t *testing.T) {
	src := big.NewInt(5)
	x := NewInt(src)
	src.SetInt64(6)
	if x.String() != "5" {
		t.Fatal("NewInt shares its argument")
	}
	var none *Int
	if none.String() != "0" || none.Sign() != 0 || none.Cmp(IntOf(0)) != 0 || IntOf(3).Cmp(none) != 1 || NewInt(nil) != nil {
		t.Fatal("nil is not zero")
	}
	if p, err := ParseInt("12"); err != nil || p.Big().Int64() != 12 {
		t.Fatalf("parse: %v, %v", p, err)
	}
	if _, err := ParseInt("1e3"); err == nil {
		t.Fatal("parsed 1e3")
	}
}

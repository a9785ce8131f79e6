package amount

import (
	"database/sql/driver"
	"errors"
	"fmt"
	"math/big"
	"strconv"
)

// Int is an amount in a token's smallest unit (GRID wei, micro-USD): an unbounded integer that travels as a
// decimal string everywhere it leaves Go. JSON carries it as "123…" (JavaScript numbers lose precision above
// 2^53, and a dashboard must show wei exactly), SQL stores it as decimal TEXT (one schema for SQLite and
// Postgres). A nil *Int marshals as null and is stored as "0".
//
// It is a big.Int under another name: convert with Big and NewInt (or (*big.Int)(x)) at no cost.
type Int big.Int

// NewInt is a copy of v as an Int (nil stays nil).
func NewInt(v *big.Int) *Int {
	if v == nil {
		return nil
	}
	return (*Int)(new(big.Int).Set(v))
}

// IntOf is n as an Int.
func IntOf(n int64) *Int { return (*Int)(big.NewInt(n)) }

// ParseInt reads a decimal integer ("0", "1000000000000000000").
func ParseInt(s string) (*Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%w %q: not a decimal integer", ErrSyntax, s)
	}
	return (*Int)(v), nil
}

// Big is x as a *big.Int (the same value, not a copy; nil for nil).
func (x *Int) Big() *big.Int { return (*big.Int)(x) }

// String is x in decimal ("0" for nil).
func (x *Int) String() string {
	if x == nil {
		return "0"
	}
	return x.Big().String()
}

// Sign is -1, 0 or +1 (0 for nil).
func (x *Int) Sign() int {
	if x == nil {
		return 0
	}
	return x.Big().Sign()
}

// Int64 is x as an int64 (0 for nil; like big.Int's, undefined when x does not fit).
func (x *Int) Int64() int64 { return orZero(x).Int64() }

// Cmp compares x and y, nil counting as zero.
func (x *Int) Cmp(y *Int) int {
	return orZero(x).Cmp(orZero(y))
}

func orZero(x *Int) *big.Int {
	if x == nil {
		return new(big.Int)
	}
	return x.Big()
}

// MarshalJSON writes x as a JSON string of its decimal digits.
func (x *Int) MarshalJSON() ([]byte, error) {
	if x == nil {
		return []byte("null"), nil
	}
	return strconv.AppendQuote(nil, x.Big().String()), nil
}

// UnmarshalJSON reads a decimal string, or a bare JSON integer (what older clients send).
func (x *Int) UnmarshalJSON(b []byte) error {
	s := string(b)
	if s == "null" {
		return nil
	}
	if len(s) >= 2 && s[0] == '"' {
		unq, err := strconv.Unquote(s)
		if err != nil {
			return fmt.Errorf("%w: %s", ErrSyntax, s)
		}
		s = unq
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return fmt.Errorf("%w %q: not a decimal integer", ErrSyntax, s)
	}
	*x = Int(*v)
	return nil
}

// Value stores x as decimal text; negative amounts are refused (no balance, price or stake is negative).
func (x *Int) Value() (driver.Value, error) {
	if x == nil {
		return "0", nil
	}
	if x.Big().Sign() < 0 {
		return nil, fmt.Errorf("negative amount %s", x.Big())
	}
	return x.Big().String(), nil
}

// Scan reads decimal text (or an integer column) back.
func (x *Int) Scan(src any) error {
	var s string
	switch v := src.(type) {
	case string:
		s = v
	case []byte:
		s = string(v)
	case int64:
		if v < 0 {
			return fmt.Errorf("negative amount %d", v)
		}
		*x = Int(*big.NewInt(v))
		return nil
	case nil:
		return errors.New("amount is NULL")
	default:
		return fmt.Errorf("amount is %T", src)
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok || v.Sign() < 0 {
		return fmt.Errorf("not a decimal amount: %q", s)
	}
	*x = Int(*v)
	return nil
}

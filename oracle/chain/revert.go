package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// ErrReverted is matched (errors.Is) by every *RevertError.
var ErrReverted = errors.New("execution reverted")

// Names of the two errors solc emits itself.
const (
	ErrorName = "Error" // Error(string): require(cond, "reason") and revert("reason")
	PanicName = "Panic" // Panic(uint256): failed assert, overflow, division by zero, ...
)

var (
	errorSelector = [4]byte(crypto.Keccak256([]byte("Error(string)"))[:4])
	panicSelector = [4]byte(crypto.Keccak256([]byte("Panic(uint256)"))[:4])
)

// RevertError is a decoded revert: the contract's custom error by name and arguments, Error(string),
// Panic(uint256), an error whose selector no known ABI declares (Name empty), or a revert without data.
type RevertError struct {
	// Name is the Solidity error name ("InsufficientStake", ErrorName, PanicName), empty if unknown.
	Name string
	// Args are the decoded arguments in declaration order.
	Args []RevertArg
	// Raw is the complete revert data: selector and ABI-encoded arguments.
	Raw []byte
}

// RevertArg is one decoded argument of a revert.
type RevertArg struct {
	Name  string
	Value any
}

// Error reads like the Solidity that reverted: `InsufficientStake(have=10, need=20)`,
// `Error(reason="value is zero")`, `Panic(code=0x12: division or modulo by zero)`.
func (e *RevertError) Error() string {
	switch {
	case len(e.Raw) == 0:
		return "execution reverted without data"
	case e.Name == "":
		return fmt.Sprintf("execution reverted with unknown error %s (data %s)", hexutil.Encode(e.Raw[:min(4, len(e.Raw))]), hexutil.Encode(e.Raw))
	case e.Name == PanicName && len(e.Args) == 1:
		code, _ := e.Args[0].Value.(*big.Int)
		reason, err := abi.UnpackRevert(e.Raw)
		if err != nil || code == nil {
			break
		}
		return fmt.Sprintf("Panic(code=%#x: %s)", code, reason)
	}
	parts := make([]string, len(e.Args))
	for i, a := range e.Args {
		parts[i] = a.Name + "=" + formatValue(a.Value)
	}
	return e.Name + "(" + strings.Join(parts, ", ") + ")"
}

// Is makes errors.Is(err, ErrReverted) hold.
func (e *RevertError) Is(target error) bool { return target == ErrReverted }

// Arg returns the value of the argument called name.
func (e *RevertError) Arg(name string) (any, bool) {
	for _, a := range e.Args {
		if a.Name == name {
			return a.Value, true
		}
	}
	return nil, false
}

// IsRevert reports whether err carries a revert of the Solidity error called name.
func IsRevert(err error, name string) bool {
	var re *RevertError
	return errors.As(err, &re) && re.Name == name
}

// ErrorDecoder turns revert data into *RevertError using the custom errors of a set of contract ABIs (the
// bindings' MetaData.ParseABI()). Several ABIs may declare the same error (OpenZeppelin's, the shared
// interfaces'): identical signatures share a selector, so the first one given is kept.
type ErrorDecoder struct {
	errs map[[4]byte]abi.Error
}

// NewErrorDecoder indexes the errors of abis. With none it still decodes Error(string) and Panic(uint256).
func NewErrorDecoder(abis ...*abi.ABI) *ErrorDecoder {
	d := &ErrorDecoder{errs: make(map[[4]byte]abi.Error)}
	for _, a := range abis {
		if a == nil {
			continue
		}
		for _, e := range a.Errors {
			id := [4]byte(e.ID[:4])
			if _, ok := d.errs[id]; !ok {
				d.errs[id] = e
			}
		}
	}
	return d
}

// Decode decodes revert data. Data that does not unpack as the error its selector names is reported as an
// unknown error, with the raw bytes kept.
func (d *ErrorDecoder) Decode(data []byte) *RevertError {
	re := &RevertError{Raw: bytes.Clone(data)}
	if len(data) < 4 {
		return re
	}
	sel := [4]byte(data[:4])
	switch sel {
	case errorSelector:
		if reason, err := abi.UnpackRevert(data); err == nil {
			re.Name, re.Args = ErrorName, []RevertArg{{Name: "reason", Value: reason}}
		}
		return re
	case panicSelector:
		if vals, err := (abi.Arguments{{Type: uint256Type}}).Unpack(data[4:]); err == nil {
			re.Name, re.Args = PanicName, []RevertArg{{Name: "code", Value: vals[0]}}
		}
		return re
	}
	if d == nil {
		return re
	}
	e, ok := d.errs[sel]
	if !ok {
		return re
	}
	vals, err := e.Inputs.Unpack(data[4:])
	if err != nil {
		return re
	}
	re.Name = e.Name
	for i, in := range e.Inputs {
		re.Args = append(re.Args, RevertArg{Name: in.Name, Value: vals[i]})
	}
	return re
}

// Wrap replaces an RPC error that carries revert data (eth_call, eth_estimateGas) with the decoded
// *RevertError; a revert reported without data becomes a *RevertError with empty Raw. Other errors are
// returned unchanged.
func (d *ErrorDecoder) Wrap(err error) error {
	if err == nil {
		return nil
	}
	if data, ok := RevertData(err); ok {
		return d.Decode(data)
	}
	if isRevertWithoutData(err) {
		return &RevertError{}
	}
	return err
}

// RevertData extracts revert data from an RPC error: JSON-RPC error data (rpc.DataError), as go-ethereum,
// anvil and Arbitrum nodes return for a reverted eth_call or eth_estimateGas.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch v := de.ErrorData().(type) {
	case string:
		if !strings.HasPrefix(v, "0x") {
			return nil, false // e.g. "transaction indexing is in progress"
		}
		b, decErr := hexutil.Decode(v)
		if decErr != nil {
			return nil, false
		}
		return b, true
	case []byte:
		return v, true
	}
	return nil, false
}

func isRevertWithoutData(err error) bool {
	return strings.Contains(strings.ToLower(err.Error()), "execution reverted")
}

// Call runs a read-only call and turns a revert into a *RevertError. block nil means latest.
func Call(ctx context.Context, c ethereum.ContractCaller, d *ErrorDecoder, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := c.CallContract(ctx, msg, block)
	if err != nil {
		return nil, d.Wrap(err)
	}
	return out, nil
}

var uint256Type = func() abi.Type {
	t, err := abi.NewType("uint256", "", nil)
	if err != nil {
		panic(err)
	}
	return t
}()

// formatValue prints an ABI value the way a person reads Solidity values: integers in decimal, addresses
// checksummed, fixed bytes and bytes in hex, strings quoted, arrays and tuples bracketed.
func formatValue(v any) string {
	switch x := v.(type) {
	case nil:
		return "<nil>"
	case *big.Int:
		return x.String()
	case common.Address:
		return x.Hex()
	case common.Hash:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return strconv.Quote(x)
	case bool:
		return strconv.FormatBool(x)
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Array:
		if rv.Type().Elem().Kind() == reflect.Uint8 {
			b := make([]byte, rv.Len())
			reflect.Copy(reflect.ValueOf(b), rv)
			return hexutil.Encode(b)
		}
		fallthrough
	case reflect.Slice:
		parts := make([]string, rv.Len())
		for i := range parts {
			parts[i] = formatValue(rv.Index(i).Interface())
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case reflect.Struct:
		parts := make([]string, rv.NumField())
		for i := range parts {
			parts[i] = formatValue(rv.Field(i).Interface())
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case reflect.Pointer:
		if rv.IsNil() {
			return "<nil>"
		}
		return formatValue(rv.Elem().Interface())
	}
	return fmt.Sprint(v)
}

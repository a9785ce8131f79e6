package indexer

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// Contract names: the keys of a deployment's contract map that the indexer follows (oracle/deployment's).
const (
	GridToken         = deployment.GridToken
	Staking           = deployment.Staking
	AttestationQuorum = deployment.AttestationQuorum
	LeaseEscrow       = deployment.LeaseEscrow
	GridPriceOracle   = deployment.GridPriceOracle
	NodeRegistry      = deployment.NodeRegistry
	LeaseJournal      = deployment.LeaseJournal
	Rewards           = deployment.Rewards
	SolanaGateway     = deployment.SolanaGateway
)

// Event is a decoded log of an indexed contract.
type Event struct {
	Contract string // one of the contract names above
	Name     string // the Solidity event name
	Address  common.Address
	Block    uint64
	// BlockHash is the hash of the block the log is in: the follower checks it against the header it holds.
	BlockHash common.Hash
	Time      uint64 // block timestamp
	TxHash    common.Hash
	TxIndex   uint
	LogIndex  uint
	Args      Args
}

// Decoder turns a raw log of one of the indexed contracts into an Event. It is the indexer's only contact with
// contract ABIs (the adapter in indexer/decode implements it from bindings/).
type Decoder interface {
	// Addresses are the contracts to ask the chain for logs of.
	Addresses() []common.Address
	// Decode decodes log; ok is false for a log the decoder does not know (another contract, or an event the
	// ABI lacks), which the follower skips and counts.
	Decode(log *types.Log) (ev Event, ok bool, err error)
}

// Args are an event's arguments by Solidity name, as go-ethereum's ABI decoder returns them. The accessors
// convert to what the projector stores and remember the first failure (see Err), so a handler reads every field
// and checks once.
type Args struct {
	Values map[string]any
	err    error
}

// NewArgs wraps decoded argument values.
func NewArgs(values map[string]any) Args { return Args{Values: values} }

// Err is the first conversion failure, naming the argument.
func (a *Args) Err() error { return a.err }

func (a *Args) fail(name string, v any, want string) {
	if a.err == nil {
		if v == nil {
			a.err = fmt.Errorf("argument %q missing", name)
		} else {
			a.err = fmt.Errorf("argument %q is %T, want %s", name, v, want)
		}
	}
}

// Address reads an address argument.
func (a *Args) Address(name string) common.Address {
	v := a.Values[name]
	if x, ok := v.(common.Address); ok {
		return x
	}
	a.fail(name, v, "address")
	return common.Address{}
}

// Hash reads a bytes32 argument.
func (a *Args) Hash(name string) common.Hash {
	v := a.Values[name]
	switch x := v.(type) {
	case [32]byte:
		return x
	case common.Hash:
		return x
	}
	a.fail(name, v, "bytes32")
	return common.Hash{}
}

// Amount is Big as an amount.Int (a fresh value, like Big's).
func (a *Args) Amount(name string) *amount.Int { return (*amount.Int)(a.Big(name)) }

// Big reads a uint256 (or any integer) argument.
func (a *Args) Big(name string) *big.Int {
	v := a.Values[name]
	switch x := v.(type) {
	case *big.Int:
		if x != nil {
			return new(big.Int).Set(x)
		}
	case uint8:
		return new(big.Int).SetUint64(uint64(x))
	case uint16:
		return new(big.Int).SetUint64(uint64(x))
	case uint32:
		return new(big.Int).SetUint64(uint64(x))
	case uint64:
		return new(big.Int).SetUint64(x)
	}
	a.fail(name, v, "integer")
	return new(big.Int)
}

// Uint reads an unsigned integer argument that must fit in 63 bits (ids, counts, timestamps), so it can be
// stored as a signed 64-bit column.
func (a *Args) Uint(name string) uint64 {
	v := a.Values[name]
	var u uint64
	switch x := v.(type) {
	case uint8:
		u = uint64(x)
	case uint16:
		u = uint64(x)
	case uint32:
		u = uint64(x)
	case uint64:
		u = x
	case *big.Int:
		if x == nil || !x.IsUint64() {
			a.fail(name, v, "an integer below 2^63")
			return 0
		}
		u = x.Uint64()
	default:
		a.fail(name, v, "unsigned integer")
		return 0
	}
	if u > math.MaxInt64 {
		if a.err == nil {
			a.err = fmt.Errorf("argument %q = %d does not fit 63 bits", name, u)
		}
		return 0
	}
	return u
}

// String reads a string argument.
func (a *Args) String(name string) string {
	v := a.Values[name]
	if x, ok := v.(string); ok {
		return x
	}
	a.fail(name, v, "string")
	return ""
}

// Bool reads a bool argument.
func (a *Args) Bool(name string) bool {
	v := a.Values[name]
	if x, ok := v.(bool); ok {
		return x
	}
	a.fail(name, v, "bool")
	return false
}

// Addresses reads an address[] argument.
func (a *Args) Addresses(name string) []common.Address {
	v := a.Values[name]
	if x, ok := v.([]common.Address); ok {
		return append([]common.Address(nil), x...)
	}
	a.fail(name, v, "address[]")
	return nil
}

// Hashes reads a bytes32[] argument.
func (a *Args) Hashes(name string) []common.Hash {
	v := a.Values[name]
	switch x := v.(type) {
	case [][32]byte:
		out := make([]common.Hash, len(x))
		for i, h := range x {
			out[i] = h
		}
		return out
	case []common.Hash:
		return append([]common.Hash(nil), x...)
	}
	a.fail(name, v, "bytes32[]")
	return nil
}

// JSON renders the arguments as a JSON object with stable keys: integers as decimal strings, bytes and hashes
// as 0x-hex, addresses as lowercase 0x-hex. (Written by hand: every event is stored with it.)
func (a *Args) JSON() string {
	keys := make([]string, 0, len(a.Values))
	for k := range a.Values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	buf := make([]byte, 0, 48*len(keys)+2)
	buf = append(buf, '{')
	for i, k := range keys {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = appendJSONValue(buf, k)
		buf = append(buf, ':')
		switch v := jsonValue(a.Values[k]).(type) {
		case string:
			buf = appendJSONValue(buf, v)
		default:
			b, _ := json.Marshal(v)
			buf = append(buf, b...)
		}
	}
	return string(append(buf, '}'))
}

func jsonValue(v any) any {
	switch x := v.(type) {
	case *big.Int:
		if x == nil {
			return "0"
		}
		return x.String()
	case uint8:
		return strconv.FormatUint(uint64(x), 10)
	case uint16:
		return strconv.FormatUint(uint64(x), 10)
	case uint32:
		return strconv.FormatUint(uint64(x), 10)
	case uint64:
		return strconv.FormatUint(x, 10)
	case int8, int16, int32, int64:
		return fmt.Sprint(x)
	case common.Address:
		return Hex(x.Bytes())
	case common.Hash:
		return Hex(x.Bytes())
	case [32]byte:
		return Hex(x[:])
	case []byte:
		return Hex(x)
	case []common.Address:
		out := make([]string, len(x))
		for i, ad := range x {
			out[i] = Hex(ad.Bytes())
		}
		return out
	case [][32]byte:
		out := make([]string, len(x))
		for i, h := range x {
			out[i] = Hex(h[:])
		}
		return out
	}
	return v
}

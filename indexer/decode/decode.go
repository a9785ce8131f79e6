// Package decode is the indexer's contract-ABI adapter: it turns raw logs of idlegrid's contracts into
// indexer.Events using the ABIs of the generated bindings. It is the only indexer package that imports
// bindings/; it does no I/O.
package decode

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/bindings"
	"github.com/idlegrid/idlegrid/indexer"
)

// Known lists the contract names this build can decode: the protocol's contracts of the bindings' registry.
func Known() []string {
	out := bindings.Names(true)
	sort.Strings(out)
	return out
}

// ABI returns a known contract's parsed ABI.
func ABI(name string) (*abi.ABI, error) {
	for _, n := range bindings.Names(true) {
		if n == name {
			return bindings.ABI(name)
		}
	}
	return nil, fmt.Errorf("decode: unknown contract %q (known: %v)", name, Known())
}

type contract struct {
	name   string
	events map[common.Hash]*eventABI
}

type eventABI struct {
	name     string
	data     abi.Arguments // non-indexed
	indexed  abi.Arguments
	topicLen int
}

// Decoder decodes the logs of one deployment's contracts. It implements indexer.Decoder.
type Decoder struct {
	byAddress map[common.Address]*contract
	addresses []common.Address
}

var _ indexer.Decoder = (*Decoder)(nil)

// New builds a decoder for contracts (name -> address). Every name must be known; a deployment may leave some
// out (their events are then not followed).
func New(contracts map[string]common.Address) (*Decoder, error) {
	d := &Decoder{byAddress: map[common.Address]*contract{}}
	for name, addr := range contracts {
		a, err := ABI(name)
		if err != nil {
			return nil, err
		}
		if _, dup := d.byAddress[addr]; dup {
			return nil, fmt.Errorf("decode: address %s given for two contracts", addr.Hex())
		}
		c := &contract{name: name, events: map[common.Hash]*eventABI{}}
		for _, e := range a.Events {
			if e.Anonymous {
				continue
			}
			var idx abi.Arguments
			for _, in := range e.Inputs {
				if in.Indexed {
					idx = append(idx, in)
				}
			}
			c.events[e.ID] = &eventABI{name: e.RawName, data: e.Inputs.NonIndexed(), indexed: idx, topicLen: 1 + len(idx)}
		}
		d.byAddress[addr] = c
		d.addresses = append(d.addresses, addr)
	}
	sort.Slice(d.addresses, func(i, j int) bool { return d.addresses[i].Cmp(d.addresses[j]) < 0 })
	return d, nil
}

// Addresses implements indexer.Decoder.
func (d *Decoder) Addresses() []common.Address { return append([]common.Address(nil), d.addresses...) }

// Decode implements indexer.Decoder. A log of an unknown address or event signature is skipped (ok false); a
// log whose signature matches but whose data does not decode is an error: the contract and its ABI disagree.
func (d *Decoder) Decode(l *types.Log) (indexer.Event, bool, error) {
	c, ok := d.byAddress[l.Address]
	if !ok || len(l.Topics) == 0 {
		return indexer.Event{}, false, nil
	}
	e, ok := c.events[l.Topics[0]]
	if !ok {
		return indexer.Event{}, false, nil
	}
	if len(l.Topics) != e.topicLen {
		return indexer.Event{}, false, fmt.Errorf("%s.%s: %d topics, the ABI has %d", c.name, e.name, len(l.Topics), e.topicLen)
	}
	values := make(map[string]any, len(e.data)+len(e.indexed))
	if len(e.data) > 0 {
		if err := e.data.UnpackIntoMap(values, l.Data); err != nil {
			return indexer.Event{}, false, fmt.Errorf("%s.%s: data: %w", c.name, e.name, err)
		}
	}
	if len(e.indexed) > 0 {
		if err := abi.ParseTopicsIntoMap(values, e.indexed, l.Topics[1:]); err != nil {
			return indexer.Event{}, false, fmt.Errorf("%s.%s: topics: %w", c.name, e.name, err)
		}
	}
	return indexer.Event{
		Contract: c.name, Name: e.name, Address: l.Address, Block: l.BlockNumber, BlockHash: l.BlockHash,
		Time: l.BlockTimestamp, TxHash: l.TxHash, TxIndex: l.TxIndex, LogIndex: l.Index, Args: indexer.NewArgs(values),
	}, true, nil
}

// Events lists the event names of a known contract's ABI.
func Events(name string) ([]string, error) {
	a, err := ABI(name)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range a.Events {
		out = append(out, e.RawName)
	}
	sort.Strings(out)
	return out, nil
}

// EventInputs lists the argument names of one event of a known contract.
func EventInputs(contract, event string) ([]string, error) {
	a, err := ABI(contract)
	if err != nil {
		return nil, err
	}
	for _, e := range a.Events {
		if e.RawName == event {
			var out []string
			for _, in := range e.Inputs {
				out = append(out, in.Name)
			}
			return out, nil
		}
	}
	return nil, fmt.Errorf("decode: %s has no event %s", contract, event)
}

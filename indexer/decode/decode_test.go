package decode_test

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/decode"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// TestMappedEventsExist: every typed mapping of a contract this build knows names an event of its ABI, so a
// renamed event cannot silently stop being mapped.
func TestMappedEventsExist(t *testing.T) {
	known := map[string]bool{}
	for _, n := range decode.Known() {
		known[n] = true
	}
	for _, key := range indexer.MappedEvents() {
		contract, event, _ := strings.Cut(key, ".")
		if !known[contract] {
			t.Logf("%s: no binding for %s in this build yet", key, contract)
			continue
		}
		if _, err := decode.EventInputs(contract, event); err != nil {
			t.Errorf("mapping %s: %v", key, err)
		}
	}
}

// TestUnmappedEventsAreListed documents the events stored only in the raw events table.
func TestUnmappedEventsAreListed(t *testing.T) {
	for _, c := range decode.Known() {
		events, err := decode.Events(c)
		if err != nil {
			t.Fatal(err)
		}
		var raw []string
		for _, e := range events {
			if !indexer.Mapped(c, e) {
				raw = append(raw, e)
			}
		}
		t.Logf("%s: stored raw only: %v", c, raw)
	}
}

func TestDecode(t *testing.T) {
	staking := common.HexToAddress("0x5000000000000000000000000000000000000005")
	d, err := decode.New(map[string]common.Address{indexer.NodeRegistry: staking})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := decode.ABI(indexer.NodeRegistry)
	ev := a.Events["GpusReserved"]
	machine := common.HexToHash("0xabc")
	data, err := ev.Inputs.NonIndexed().Pack(uint32(0b101), uint64(3))
	if err != nil {
		t.Fatal(err)
	}
	log := types.Log{Address: staking, Topics: []common.Hash{ev.ID, machine}, Data: data, BlockNumber: 9, Index: 4, BlockTimestamp: 77}
	got, ok, err := d.Decode(&log)
	if err != nil || !ok {
		t.Fatalf("decode: ok=%v err=%v", ok, err)
	}
	if got.Contract != indexer.NodeRegistry || got.Name != "GpusReserved" || got.Block != 9 || got.LogIndex != 4 || got.Time != 77 {
		t.Errorf("event %+v", got)
	}
	if got.Args.Hash("machineId") != machine || got.Args.Uint("gpuMask") != 0b101 || got.Args.Uint("until") != 3 || got.Args.Err() != nil {
		t.Errorf("args %v (%v)", got.Args.Values, got.Args.Err())
	}

	tests := []struct {
		name    string
		log     types.Log
		wantOK  bool
		wantErr bool
	}{
		{"other address", types.Log{Address: common.HexToAddress("0x01"), Topics: []common.Hash{ev.ID, machine}, Data: data}, false, false},
		{"unknown event", types.Log{Address: staking, Topics: []common.Hash{common.HexToHash("0x1234")}}, false, false},
		{"no topics", types.Log{Address: staking}, false, false},
		{"missing indexed topic", types.Log{Address: staking, Topics: []common.Hash{ev.ID}, Data: data}, false, true},
		{"short data", types.Log{Address: staking, Topics: []common.Hash{ev.ID, machine}, Data: data[:10]}, false, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, ok, err := d.Decode(&tc.log)
			if ok != tc.wantOK || (err != nil) != tc.wantErr {
				t.Errorf("ok=%v err=%v", ok, err)
			}
		})
	}
	if _, err := decode.New(map[string]common.Address{"NoSuchContract": staking}); err == nil {
		t.Error("an unknown contract name was accepted")
	}
}

// leaseReader finds lease 1 (so escrow mappings have a lease to update) and nothing else: a hand-written fake of
// indexer.RowReader.
type leaseReader struct{}

func (leaseReader) Get(_ context.Context, t *indexer.Table, key []any) (indexer.Row, bool, error) {
	if t != indexer.LeasesTable {
		return nil, false, nil
	}
	zero := amount.IntOf(0)
	row, err := t.Encode(&indexer.Lease{ID: 1, PayToken: "USD", Status: indexer.LeaseOpen, USDPerSecondWad: zero, Rate: zero,
		Segments: []indexer.RateSegment{}, Deposit: zero, Nonce: zero, Paid: zero, Refund: zero, Payout: zero, Fee: zero})
	return row, true, err
}

// TestMappingsReadTheABIsArguments runs every typed mapping on an event built from its ABI (each argument a
// value of its Solidity type), so a mapping that reads an argument the contract does not emit, or reads it as
// the wrong type, fails here rather than stopping an indexer.
func TestMappingsReadTheABIsArguments(t *testing.T) {
	for _, key := range indexer.MappedEvents() {
		contract, event, _ := strings.Cut(key, ".")
		a, err := decode.ABI(contract)
		if err != nil {
			continue // no binding in this build
		}
		var ev abi.Event
		for _, e := range a.Events {
			if e.RawName == event {
				ev = e
			}
		}
		values := map[string]any{}
		for _, in := range ev.Inputs {
			values[in.Name] = sampleValue(t, in.Type)
		}
		t.Run(key, func(t *testing.T) {
			p := indexer.NewProjection(context.Background(), leaseReader{}, 0, nil)
			e := indexer.Event{Contract: contract, Name: event, Block: 5, Time: 100, Args: indexer.NewArgs(values)}
			if err := p.Apply(&e); err != nil {
				t.Fatalf("%s: %v", key, err)
			}
			if _, err := p.Changes(); err != nil {
				t.Fatal(err)
			}
		})
	}
}

func sampleValue(t *testing.T, typ abi.Type) any {
	switch typ.T {
	case abi.AddressTy:
		return common.HexToAddress("0x1234")
	case abi.FixedBytesTy:
		return [32]byte{1}
	case abi.StringTy:
		return "ipfs://x"
	case abi.BoolTy:
		return true
	case abi.SliceTy:
		if typ.Elem.T == abi.AddressTy {
			return []common.Address{common.HexToAddress("0x1234")}
		}
		if typ.Elem.T == abi.FixedBytesTy && typ.Elem.Size == 32 {
			return [][32]byte{{1}, {2}}
		}
	case abi.UintTy:
		switch typ.Size {
		case 8:
			return uint8(1)
		case 16:
			return uint16(1)
		case 32:
			return uint32(1)
		case 64:
			return uint64(1)
		default:
			return big.NewInt(1)
		}
	}
	t.Fatalf("no sample for ABI type %s", typ)
	return nil
}

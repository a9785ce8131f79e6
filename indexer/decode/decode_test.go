package decode_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/decode"
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
	d, err := decode.New(map[string]common.Address{indexer.Staking: staking})
	if err != nil {
		t.Fatal(err)
	}
	a, _ := decode.ABI(indexer.Staking)
	ev := a.Events["GpusReserved"]
	machine := common.HexToHash("0xabc")
	data, err := ev.Inputs.NonIndexed().Pack(uint32(2), uint32(3))
	if err != nil {
		t.Fatal(err)
	}
	log := types.Log{Address: staking, Topics: []common.Hash{ev.ID, machine}, Data: data, BlockNumber: 9, Index: 4, BlockTimestamp: 77}
	got, ok, err := d.Decode(&log)
	if err != nil || !ok {
		t.Fatalf("decode: ok=%v err=%v", ok, err)
	}
	if got.Contract != indexer.Staking || got.Name != "GpusReserved" || got.Block != 9 || got.LogIndex != 4 || got.Time != 77 {
		t.Errorf("event %+v", got)
	}
	if got.Args.Hash("machineId") != machine || got.Args.Uint("reservedGpus") != 3 || got.Args.Err() != nil {
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
	_ = big.NewInt
}

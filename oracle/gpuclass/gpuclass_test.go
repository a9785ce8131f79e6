package gpuclass

import (
	"reflect"
	"strings"
	"testing"
)

func TestIDRoundTrip(t *testing.T) {
	for _, n := range Names() {
		id, err := ID(n)
		if err != nil || Name(id) != n || !Known(n) {
			t.Errorf("%s: id %x, name %q, %v", n, id, Name(id), err)
		}
	}
	id, _ := ID(RTX4090)
	if want := "RTX4090" + strings.Repeat("\x00", 25); string(id[:]) != want {
		t.Fatalf("bytes32(%q) = %q", RTX4090, id)
	}
	for _, bad := range []string{"", "H 100", strings.Repeat("X", 33), "Ä100"} {
		if _, err := ID(bad); err == nil {
			t.Errorf("class %q accepted", bad)
		}
	}
	if Known("B200") {
		t.Error("B200 is not in the list")
	}
}

func TestExpand(t *testing.T) {
	for family, want := range map[string][]string{
		"H100": {H100}, "a100": {A100_40, A100_80}, "h100": {H100}, "SIM": {SIM}, "B200": {"B200"},
	} {
		if got := Expand(family); !reflect.DeepEqual(got, want) {
			t.Errorf("Expand(%q) = %v, want %v", family, got, want)
		}
	}
}

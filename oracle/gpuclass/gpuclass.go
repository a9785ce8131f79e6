// Package gpuclass names the protocol's GPU classes: the bytes32 ids Staking keys machines and per-GPU stakes
// by, written once for every package that needs them (the provider's class table in provider/gpu, the
// deployer's default stakes, the indexer, the CLI's family search).
//
// It holds names only: what a class's hardware is and how it is challenged is provider/gpu's class table,
// what it must stake is the deployment's. Pure: no I/O, no chain, no other package of this module.
package gpuclass

import (
	"bytes"
	"fmt"
	"strings"
)

// The classes, cheapest first. A class's name is also its on-chain id: its ASCII bytes, left-aligned in a
// bytes32 (bytes32("RTX4090")).
const (
	RTX3090 = "RTX3090"
	RTX4090 = "RTX4090"
	A100_40 = "A100-40GB"
	A100_80 = "A100-80GB"
	// H100 is one class for the SXM5 and PCIe cards: the proof of compute cannot separate them within its
	// deadlines (provider/gpu's doc gives the margins).
	H100 = "H100"
	H200 = "H200"
	// SIM is a simulated GPU (no hardware): dev chains only.
	SIM = "SIM"
)

// Names lists every class, cheapest first, SIM last.
func Names() []string {
	return []string{RTX3090, RTX4090, A100_40, A100_80, H100, H200, SIM}
}

// Known reports whether name is one of Names.
func Known(name string) bool {
	for _, n := range Names() {
		if n == name {
			return true
		}
	}
	return false
}

// ID is a class name as the contracts key it. Any printable ASCII name of 1 to 32 characters without spaces
// has one (governance may add classes before this list knows them).
func ID(name string) ([32]byte, error) {
	var id [32]byte
	if name == "" || len(name) > 32 {
		return id, fmt.Errorf("GPU class %q: must be 1 to 32 ASCII characters", name)
	}
	for _, r := range name {
		if r <= ' ' || r > '~' {
			return id, fmt.Errorf("GPU class %q: must be printable ASCII without spaces", name)
		}
	}
	copy(id[:], name)
	return id, nil
}

// Name is a bytes32 class id as text.
func Name(id [32]byte) string { return string(bytes.TrimRight(id[:], "\x00")) }

// Expand turns a family ("a100") into its classes (A100-40GB, A100-80GB); an exact class, in any case,
// is itself; a name matching nothing is returned as it is (the chain may know classes this list does not).
func Expand(family string) []string {
	var out []string
	for _, c := range Names() {
		if strings.EqualFold(c, family) {
			return []string{c}
		}
		if strings.HasPrefix(strings.ToUpper(c), strings.ToUpper(family)+"-") {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return []string{family}
	}
	return out
}

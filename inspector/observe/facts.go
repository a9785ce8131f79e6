package observe

import (
	"encoding/json"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
)

// ComputeFacts is what a passed compute check established about a machine, kept as the Detail of its
// outcome: the compute checker writes it (Encode), the verification rule reads it (ParseComputeFacts).
type ComputeFacts struct {
	// Class is the GPU class every challenged GPU proved (the listing's class name, "H100").
	Class string `json:"class"`
	// GPUs is how many GPUs proved it, all at the same moment.
	GPUs uint32 `json:"gpus"`
	// Identity is the digest of the GPUs' identities (sorted UUIDs and PCI ids, as the wiring computes it),
	// so the same GPU cannot back two machines.
	Identity common.Hash `json:"identity"`
}

// MaxClassLength bounds a class name (the contracts store it as bytes32).
const MaxClassLength = 32

// Validate names the first bad field.
func (f ComputeFacts) Validate() error {
	switch {
	case f.Class == "" || len(f.Class) > MaxClassLength:
		return fmt.Errorf("observe: compute facts: class %q: 1 to %d bytes", f.Class, MaxClassLength)
	case f.GPUs == 0:
		return fmt.Errorf("observe: compute facts: gpus: zero")
	case f.Identity == (common.Hash{}):
		return fmt.Errorf("observe: compute facts: identity: zero")
	}
	return nil
}

// Encode is the Detail of a passed compute outcome.
func (f ComputeFacts) Encode() (string, error) {
	if err := f.Validate(); err != nil {
		return "", err
	}
	b, err := json.Marshal(f)
	return string(b), err
}

// ParseComputeFacts reads what Encode wrote.
func ParseComputeFacts(detail string) (ComputeFacts, error) {
	var f ComputeFacts
	if err := json.Unmarshal([]byte(detail), &f); err != nil {
		return ComputeFacts{}, fmt.Errorf("observe: compute facts: %w", err)
	}
	return f, f.Validate()
}

// Package liveness is the liveness echo, the leased-GPU receipts, the signed lease results and the inspectors'
// signed access to a result's content (ResultAccess) between a provider node and the inspectors: the wire
// messages, what each side signs, the HTTP handler the provider node mounts (and the gate it puts before its
// content gateway) and the client the inspector calls, with the retry policy that keeps an honest node with a
// jittery network from being counted down.
//
// It is shared because both nodes must agree on it byte for byte: the provider node (provider/) serves it and
// the inspector node (inspector/) checks it; neither may import the other. It owns only the exchange: it never
// decides what a failed check means (two in a row, agreement with other inspectors: inspector/observe and
// inspector/agree do), never reads NVML or Docker itself (the provider node passes a ReceiptSource and a
// ResultSource), never reads or fetches a result's content (the node's gateway serves it, the inspector fetches
// and re-hashes it), and never talks to a chain (the Authorizer does).
package liveness

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
)

// Paths the provider node mounts the handler at (Handler serves both).
const (
	EchoPath     = "/liveness/v1/echo"
	ReceiptsPath = "/liveness/v1/receipts"
)

// Domain tags: each signed digest starts with its own, so a signature over one message can never be presented
// as another (a request as an echo, an echo as a receipt, or anything here as an EIP-712 attestation, whose
// digests start with 0x1901).
const (
	requestTag  = "idlegrid/liveness/v1/request"
	echoTag     = "idlegrid/liveness/v1/echo"
	receiptsTag = "idlegrid/liveness/v1/receipts"
)

// Bounds on what either side reads.
const (
	// MaxRequestBytes bounds a request body.
	MaxRequestBytes = 1 << 10
	// MaxResponseBytes bounds a response body: MaxGPUs receipts with UUIDs of MaxUUIDLength fit.
	MaxResponseBytes = 64 << 10
	// MaxGPUs bounds the receipts of one machine.
	MaxGPUs = 64
	// MaxUUIDLength bounds a GPU UUID (NVML's are 40 characters: "GPU-" and a UUID).
	MaxUUIDLength = 96
	// MaxUtilization is the largest NVML utilisation reading: a percentage.
	MaxUtilization = 100
)

var (
	// ErrMalformed means a message that cannot be a valid one: a missing or out-of-range field (named).
	ErrMalformed = errors.New("liveness: malformed message")
	// ErrBadSignature means a signature that is invalid or by someone other than the expected signer.
	ErrBadSignature = errors.New("liveness: bad signature")
	// ErrForged means a response validly signed by the node key that does not answer the request sent:
	// another nonce, machine or inspector, or a time outside the allowed skew. The signed response is the
	// evidence: an honest node never signs one.
	ErrForged = errors.New("liveness: signed response does not answer the request")
	// ErrUnknownMachine means the node does not serve the machine asked about.
	ErrUnknownMachine = errors.New("liveness: machine not served by this node")
	// ErrUnauthorized means a request not signed by an active inspector (only when the node asks for that).
	ErrUnauthorized = errors.New("liveness: unauthorized")
)

// Request is what the inspector sends: a fresh random nonce for one machine, signed by the inspector's key so a
// node that wants to may answer active inspectors only.
type Request struct {
	Nonce     common.Hash    `json:"nonce"`
	Machine   common.Hash    `json:"machine"`
	Inspector common.Address `json:"inspector"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Digest is what the inspector signs.
func (r Request) Digest() common.Hash {
	return crypto.Keccak256Hash([]byte(requestTag), r.Nonce[:], r.Machine[:], r.Inspector[:])
}

// Validate checks the fields a node needs before doing any work.
func (r Request) Validate() error {
	switch {
	case r.Nonce == (common.Hash{}):
		return fmt.Errorf("%w: nonce: zero", ErrMalformed)
	case r.Machine == (common.Hash{}):
		return fmt.Errorf("%w: machine: zero", ErrMalformed)
	case r.Inspector == (common.Address{}):
		return fmt.Errorf("%w: inspector: zero", ErrMalformed)
	case len(r.Signature) != crypto.SignatureLength:
		return fmt.Errorf("%w: signature: length %d, want %d", ErrMalformed, len(r.Signature), crypto.SignatureLength)
	}
	return nil
}

// Echo is the node's answer: the request's nonce, machine and inspector, the node's address and its clock, all
// signed by the node key.
type Echo struct {
	Nonce     common.Hash    `json:"nonce"`
	Machine   common.Hash    `json:"machine"`
	Node      common.Address `json:"node"`
	Inspector common.Address `json:"inspector"`
	// TimeMs is the node's clock when it answered, unix milliseconds.
	TimeMs    uint64        `json:"timeMs"`
	Signature hexutil.Bytes `json:"signature"`
}

// Digest is what the node signs.
func (e Echo) Digest() common.Hash {
	var t [8]byte
	binary.BigEndian.PutUint64(t[:], e.TimeMs)
	return crypto.Keccak256Hash([]byte(echoTag), e.Nonce[:], e.Machine[:], e.Node[:], e.Inspector[:], t[:])
}

// GPUReceipt is a leased GPU's state as the provider node reads it: whether the lease's container runs, and
// NVML's utilisation and energy counters for the device.
type GPUReceipt struct {
	// UUID is the device's NVML UUID.
	UUID string `json:"uuid"`
	// LeaseID is the lease the GPU serves.
	LeaseID *big.Int `json:"leaseId"`
	// ContainerRunning says the lease's container is running.
	ContainerRunning bool `json:"containerRunning"`
	// UtilizationPct is NVML's GetUtilizationRates().Gpu, 0..100.
	UtilizationPct uint8 `json:"utilizationPct"`
	// EnergyMJ is NVML's GetTotalEnergyConsumption: millijoules since the driver loaded (monotonic while it
	// stays loaded).
	EnergyMJ uint64 `json:"energyMilliJoules"`
}

// Validate names the first field that cannot be right.
func (g GPUReceipt) Validate() error {
	switch {
	case g.UUID == "":
		return fmt.Errorf("%w: uuid: empty", ErrMalformed)
	case len(g.UUID) > MaxUUIDLength:
		return fmt.Errorf("%w: uuid: %d bytes, at most %d", ErrMalformed, len(g.UUID), MaxUUIDLength)
	case g.LeaseID == nil || g.LeaseID.Sign() <= 0:
		return fmt.Errorf("%w: leaseId of %s: must be positive", ErrMalformed, g.UUID)
	case g.LeaseID.BitLen() > 256:
		return fmt.Errorf("%w: leaseId of %s: exceeds uint256", ErrMalformed, g.UUID)
	case g.UtilizationPct > MaxUtilization:
		return fmt.Errorf("%w: utilizationPct of %s: %d > %d", ErrMalformed, g.UUID, g.UtilizationPct, MaxUtilization)
	}
	return nil
}

// Receipts is the node's signed statement about the leased GPUs of one machine, answering one request: the
// same binding as an Echo plus one receipt per leased GPU, in the order the node gives them.
type Receipts struct {
	Nonce     common.Hash    `json:"nonce"`
	Machine   common.Hash    `json:"machine"`
	Node      common.Address `json:"node"`
	Inspector common.Address `json:"inspector"`
	TimeMs    uint64         `json:"timeMs"`
	GPUs      []GPUReceipt   `json:"gpus"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Digest is what the node signs. Each receipt enters as keccak256(uuid) ‖ leaseId (32 bytes) ‖ running (1) ‖
// utilisation (1) ‖ energy (8), after the count, so no two receipt lists share a digest.
func (r Receipts) Digest() (common.Hash, error) {
	h := crypto.NewKeccakState()
	var b8 [8]byte
	h.Write([]byte(receiptsTag))
	h.Write(r.Nonce[:])
	h.Write(r.Machine[:])
	h.Write(r.Node[:])
	h.Write(r.Inspector[:])
	binary.BigEndian.PutUint64(b8[:], r.TimeMs)
	h.Write(b8[:])
	binary.BigEndian.PutUint64(b8[:], uint64(len(r.GPUs)))
	h.Write(b8[:])
	for _, g := range r.GPUs {
		if err := g.Validate(); err != nil {
			return common.Hash{}, err
		}
		h.Write(crypto.Keccak256([]byte(g.UUID)))
		var lease [32]byte
		g.LeaseID.FillBytes(lease[:])
		h.Write(lease[:])
		running := byte(0)
		if g.ContainerRunning {
			running = 1
		}
		h.Write([]byte{running, g.UtilizationPct})
		binary.BigEndian.PutUint64(b8[:], g.EnergyMJ)
		h.Write(b8[:])
	}
	var out common.Hash
	h.Read(out[:])
	return out, nil
}

// Validate checks the receipt list's shape: at most MaxGPUs, each valid, no UUID twice.
func (r Receipts) Validate() error {
	if len(r.GPUs) > MaxGPUs {
		return fmt.Errorf("%w: gpus: %d receipts, at most %d", ErrMalformed, len(r.GPUs), MaxGPUs)
	}
	seen := make(map[string]bool, len(r.GPUs))
	for _, g := range r.GPUs {
		if err := g.Validate(); err != nil {
			return err
		}
		if seen[g.UUID] {
			return fmt.Errorf("%w: gpus: %s appears twice", ErrMalformed, g.UUID)
		}
		seen[g.UUID] = true
	}
	return nil
}

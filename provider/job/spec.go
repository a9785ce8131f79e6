package job

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// Version is the only spec version this package reads and writes.
const Version = 1

// Limits on a spec. They bound what a node accepts before it has checked anything against its own capacity.
const (
	MaxSize     = 64 << 10 // bytes of an encoded spec
	MaxArgs     = 256      // entries of command or entrypoint
	MaxEnv      = 256      // environment variables
	MaxPorts    = 32       // exposed ports
	MaxInputs   = 32       // input CIDs
	MaxGPUs     = 64       // GPUs (a node checks the lease's count)
	maxDepth    = 16       // JSON nesting
	maxPathSize = 1024     // bytes of a container path

	MinMemory    = 64 << 20 // bytes
	MaxMemory    = 4 << 40
	MinMilliCPUs = 100 // a tenth of a CPU
	MaxMilliCPUs = 1024 * 1000
	MinPids      = 16
	MaxPids      = 4 << 20
	MinDisk      = 64 << 20
	MaxDisk      = 64 << 40
)

// ErrInvalid is wrapped by every error Decode and Validate return.
var ErrInvalid = errors.New("invalid job spec")

// Spec is a job: what runs, with what limits, reachable how. Zero values mean "not given" except in
// Resources, where every limit is required.
type Spec struct {
	Version int   `json:"version"`
	Image   Image `json:"image"`
	// Entrypoint, when given, replaces the image's entrypoint; Command replaces its command (the arguments).
	Entrypoint []string          `json:"entrypoint,omitempty"`
	Command    []string          `json:"command,omitempty"`
	Env        map[string]string `json:"env,omitempty"`
	WorkDir    string            `json:"workdir,omitempty"`
	Ports      []Port            `json:"ports,omitempty"`
	Resources  Resources         `json:"resources"`
	// Inputs are fetched by CID and mounted read-only at their paths before the job starts.
	Inputs []Input `json:"inputs,omitempty"`
	// Output is the folder collected when the job exits and added as content; empty for none.
	Output string `json:"output,omitempty"`
	// SSHAuthorizedKey is one OpenSSH public key (authorized_keys format, no options) the node installs for the
	// renter; empty for none.
	SSHAuthorizedKey string `json:"ssh_authorized_key,omitempty"`
}

// Image is where the root filesystem comes from: exactly one of Ref and CID.
type Image struct {
	// Ref is a registry reference (docker.io/library/ubuntu:24.04, ghcr.io/org/img@sha256:…).
	Ref string `json:"ref,omitempty"`
	// CID is the CID of an image tarball, and Archive says which kind: ArchiveDocker (docker save or OCI
	// image layout, loaded with its config) or ArchiveRootfs (a plain root filesystem, imported).
	CID     string `json:"cid,omitempty"`
	Archive string `json:"archive,omitempty"`
}

// Image archive kinds.
const (
	ArchiveDocker = "docker"
	ArchiveRootfs = "rootfs"
)

// Port is a container port to publish on the node's address.
type Port struct {
	Port     uint16 `json:"port"`
	Protocol string `json:"protocol"` // "tcp" or "udp"
}

// Protocols.
const (
	TCP = "tcp"
	UDP = "udp"
)

// Resources are the limits the container runs under. All are required: no job runs unlimited.
type Resources struct {
	GPUs      int   `json:"gpus"`
	Memory    int64 `json:"memory"`    // bytes
	MilliCPUs int64 `json:"millicpus"` // thousandths of a CPU
	Pids      int64 `json:"pids"`
	Disk      int64 `json:"disk"` // bytes of writable storage
}

// Input is content fetched by CID and mounted read-only at Path.
type Input struct {
	CID  string `json:"cid"`
	Path string `json:"path"`
}

// FieldError is one problem with one field. Field is a path from "spec" (spec.resources.memory,
// spec.ports[2].protocol, spec.env.HOME).
type FieldError struct {
	Field string
	Msg   string
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Msg }

// Is makes errors.Is(err, ErrInvalid) true.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

// Encode returns the canonical encoding of s. It does not validate s; Decode(Encode(s)) does.
func (s *Spec) Encode() []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		// Only unsupported types or values fail, and a Spec has none.
		panic(fmt.Sprintf("job: encode: %v", err))
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// CID is the CID of s's canonical encoding.
func (s *Spec) CID() cid.Cid { return CIDOf(s.Encode()) }

// CIDOf is the CID of an encoded spec: CIDv1, raw codec, sha2-256.
func CIDOf(encoded []byte) cid.Cid {
	sum, err := mh.Sum(encoded, mh.SHA2_256, -1)
	if err != nil {
		panic(fmt.Sprintf("job: sha2-256: %v", err)) // sha2-256 is always registered
	}
	return cid.NewCidV1(cid.Raw, sum)
}

// Digest is the sha2-256 digest of s's canonical encoding: the 32 bytes a lease binds.
func (s *Spec) Digest() [32]byte {
	dm, err := mh.Decode(s.CID().Hash())
	if err != nil {
		panic(fmt.Sprintf("job: decode own multihash: %v", err))
	}
	var d [32]byte
	copy(d[:], dm.Digest)
	return d
}

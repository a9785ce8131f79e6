package job

import (
	"errors"
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/distribution/reference"
	"github.com/ipfs/boxo/verifcid"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
	"golang.org/x/crypto/ssh"
)

const maxRefSize = 512

// hashes are the multihash functions a spec may name content by: secure, and ones every node verifies.
var hashes = verifcid.NewAllowlist(map[uint64]bool{mh.SHA2_256: true, mh.BLAKE3: true})

// Validate checks s's values (Decode already did, for decoded specs). The error joins one *FieldError per
// problem, each wrapping ErrInvalid.
func (s *Spec) Validate() error {
	d := &decoder{}
	if s.Version != Version {
		d.fail("spec.version", "must be %d, not %d", Version, s.Version)
	}
	s.validateImage(d)
	d.args("spec.entrypoint", s.Entrypoint)
	d.args("spec.command", s.Command)
	if len(s.Env) > MaxEnv {
		d.fail("spec.env", "%d variables, over the limit of %d", len(s.Env), MaxEnv)
	}
	for _, k := range sortedKeys(s.Env) {
		p := fieldPath("spec.env", k)
		switch {
		case !isEnvName(k):
			d.fail(p, "not a variable name (letters, digits and _, not starting with a digit)")
		case ReservedEnv(k):
			d.fail(p, "reserved: the node sets GPU visibility (NVIDIA_*, CUDA_VISIBLE_DEVICES)")
		case strings.ContainsRune(s.Env[k], 0):
			d.fail(p, "contains a NUL byte")
		}
	}
	if s.WorkDir != "" {
		d.containerPath("spec.workdir", s.WorkDir)
	}
	if len(s.Ports) > MaxPorts {
		d.fail("spec.ports", "%d ports, over the limit of %d", len(s.Ports), MaxPorts)
	}
	seen := map[Port]int{}
	for i, p := range s.Ports {
		f := fmt.Sprintf("spec.ports[%d]", i)
		if p.Port == 0 {
			d.fail(f+".port", "must be in [1, 65535], not 0")
		}
		if p.Protocol != TCP && p.Protocol != UDP {
			d.fail(f+".protocol", "must be %q or %q, not %q", TCP, UDP, p.Protocol)
		}
		if j, dup := seen[p]; dup {
			d.fail(f, "same port and protocol as spec.ports[%d]", j)
		}
		seen[p] = i
	}
	r := s.Resources
	if r.GPUs < 0 || r.GPUs > MaxGPUs {
		d.fail("spec.resources.gpus", "must be in [0, %d], not %d", MaxGPUs, r.GPUs)
	}
	d.bytesIn("spec.resources.memory", r.Memory, MinMemory, MaxMemory)
	if r.MilliCPUs < MinMilliCPUs || r.MilliCPUs > MaxMilliCPUs {
		d.fail("spec.resources.millicpus", "must be in [%d, %d] (thousandths of a CPU), not %d", MinMilliCPUs, MaxMilliCPUs, r.MilliCPUs)
	}
	if r.Pids < MinPids || r.Pids > MaxPids {
		d.fail("spec.resources.pids", "must be in [%d, %d], not %d", MinPids, MaxPids, r.Pids)
	}
	d.bytesIn("spec.resources.disk", r.Disk, MinDisk, MaxDisk)
	if len(s.Inputs) > MaxInputs {
		d.fail("spec.inputs", "%d inputs, over the limit of %d", len(s.Inputs), MaxInputs)
	}
	mounts := map[string]string{} // container path → field
	for i, in := range s.Inputs {
		f := fmt.Sprintf("spec.inputs[%d]", i)
		d.cid(f+".cid", in.CID)
		if d.containerPath(f+".path", in.Path) {
			d.disjoint(mounts, f+".path", in.Path)
		}
	}
	if s.Output != "" && d.containerPath("spec.output", s.Output) {
		d.disjoint(mounts, "spec.output", s.Output)
	}
	if s.SSHAuthorizedKey != "" {
		d.sshKey("spec.ssh_authorized_key", s.SSHAuthorizedKey)
	}
	if len(d.errs) > 0 {
		return errors.Join(d.errs...)
	}
	return nil
}

func (s *Spec) validateImage(d *decoder) {
	im := s.Image
	switch {
	case im.Ref == "" && im.CID == "":
		d.fail("spec.image", "needs a registry reference (ref) or the CID of an image tarball (cid)")
	case im.Ref != "" && im.CID != "":
		d.fail("spec.image", "has both ref and cid: give one")
	case im.Ref != "":
		if len(im.Ref) > maxRefSize {
			d.fail("spec.image.ref", "%d bytes, over the limit of %d", len(im.Ref), maxRefSize)
		} else if _, err := reference.ParseNormalizedNamed(im.Ref); err != nil {
			d.fail("spec.image.ref", "not an image reference: %v", err)
		}
		if im.Archive != "" {
			d.fail("spec.image.archive", "only goes with cid")
		}
	default:
		d.cid("spec.image.cid", im.CID)
		if im.Archive != ArchiveDocker && im.Archive != ArchiveRootfs {
			d.fail("spec.image.archive", "must be %q (docker save or OCI archive) or %q (a root filesystem tarball), not %q", ArchiveDocker, ArchiveRootfs, im.Archive)
		}
	}
}

func (d *decoder) args(field string, args []string) {
	if len(args) > MaxArgs {
		d.fail(field, "%d entries, over the limit of %d", len(args), MaxArgs)
	}
	for i, a := range args {
		if strings.ContainsRune(a, 0) {
			d.fail(fmt.Sprintf("%s[%d]", field, i), "contains a NUL byte")
		}
	}
}

func (d *decoder) bytesIn(field string, v, min, max int64) {
	if v < min || v > max {
		d.fail(field, "must be ≥ %s and ≤ %s, not %d bytes", iec(min), iec(max), v)
	}
}

// iec writes a power-of-two size the way the limits are stated (64 MiB, 4 TiB).
func iec(n int64) string {
	units := []string{"B", "KiB", "MiB", "GiB", "TiB", "PiB"}
	i := 0
	for n >= 1024 && n%1024 == 0 && i < len(units)-1 {
		n /= 1024
		i++
	}
	return fmt.Sprintf("%d %s", n, units[i])
}

func (d *decoder) cid(field, s string) {
	c, err := cid.Decode(s)
	if err != nil {
		d.fail(field, "not a CID: %v", err)
		return
	}
	if err := verifcid.ValidateCid(hashes, c); err != nil {
		d.fail(field, "CID refused: %v", err)
	}
}

// containerPath checks p is a usable absolute path inside a container.
func (d *decoder) containerPath(field, p string) bool {
	switch {
	case len(p) > maxPathSize:
		d.fail(field, "%d bytes, over the limit of %d", len(p), maxPathSize)
	case !strings.HasPrefix(p, "/"):
		d.fail(field, "must be an absolute path, not %q", p)
	case strings.ContainsRune(p, 0) || strings.ContainsRune(p, ':'):
		d.fail(field, "must not contain NUL or ':'")
	case path.Clean(p) != p:
		d.fail(field, "must be clean (%q, not %q)", path.Clean(p), p)
	case p == "/":
		d.fail(field, "must not be the root")
	case under(p, "/proc") || under(p, "/sys") || under(p, "/dev"):
		d.fail(field, "must not be under /proc, /sys or /dev")
	default:
		return true
	}
	return false
}

// disjoint checks p neither equals, contains nor lies inside a path already mounted.
func (d *decoder) disjoint(mounts map[string]string, field, p string) {
	for q, other := range mounts {
		if under(p, q) || under(q, p) {
			d.fail(field, "overlaps %s (%s)", other, q)
			return
		}
	}
	mounts[p] = field
}

func under(p, dir string) bool { return p == dir || strings.HasPrefix(p, dir+"/") }

func (d *decoder) sshKey(field, k string) {
	if strings.ContainsAny(strings.TrimRight(k, "\n"), "\r\n") {
		d.fail(field, "must be one key on one line")
		return
	}
	_, _, opts, rest, err := ssh.ParseAuthorizedKey([]byte(k))
	switch {
	case err != nil:
		d.fail(field, "not an OpenSSH public key: %v", err)
	case len(opts) > 0:
		d.fail(field, "must not carry authorized_keys options (%s)", strings.Join(opts, ","))
	case len(strings.TrimSpace(string(rest))) > 0:
		d.fail(field, "must be one key")
	}
}

func isEnvName(k string) bool {
	if k == "" || k[0] >= '0' && k[0] <= '9' {
		return false
	}
	for _, r := range k {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// ReservedEnv reports whether a job may not set variable k: the NVIDIA container runtime reads NVIDIA_* (an
// NVIDIA_VISIBLE_DEVICES=all would show every GPU of the machine), and CUDA_VISIBLE_DEVICES is the node's.
func ReservedEnv(k string) bool {
	u := strings.ToUpper(k)
	return strings.HasPrefix(u, "NVIDIA_") || u == "CUDA_VISIBLE_DEVICES"
}

func sortedKeys(m map[string]string) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

package job

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/idlegrid/idlegrid/oracle/content"
)

const sshKey = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl renter@laptop"

// full is a spec that uses every field.
const full = `{
  "version": 1,
  "image": {"ref": "ghcr.io/idlegrid/trainer:1.2"},
  "entrypoint": ["/bin/sh", "-c"],
  "command": ["python train.py --epochs 3 > /output/log.txt"],
  "env": {"HF_HOME": "/data/hf", "A_B": "x<y&z"},
  "workdir": "/work",
  "ports": [{"port": 8888, "protocol": "tcp"}, {"port": 8888, "protocol": "udp"}],
  "resources": {"gpus": 2, "memory": 17179869184, "millicpus": 8000, "pids": 4096, "disk": 107374182400},
  "inputs": [{"cid": "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", "path": "/data/in"}],
  "output": "/output",
  "ssh_authorized_key": "` + sshKey + `"
}`

// minimal has only what is required.
const minimal = `{"version":1,"image":{"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","archive":"rootfs"},` +
	`"resources":{"gpus":0,"memory":67108864,"millicpus":100,"pids":16,"disk":67108864}}`

func TestDecodeValid(t *testing.T) {
	s, err := Decode([]byte(full))
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	want := &Spec{
		Version:          1,
		Image:            Image{Ref: "ghcr.io/idlegrid/trainer:1.2"},
		Entrypoint:       []string{"/bin/sh", "-c"},
		Command:          []string{"python train.py --epochs 3 > /output/log.txt"},
		Env:              map[string]string{"HF_HOME": "/data/hf", "A_B": "x<y&z"},
		WorkDir:          "/work",
		Ports:            []Port{{8888, TCP}, {8888, UDP}},
		Resources:        Resources{GPUs: 2, Memory: 16 << 30, MilliCPUs: 8000, Pids: 4096, Disk: 100 << 30},
		Inputs:           []Input{{CID: "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", Path: "/data/in"}},
		Output:           "/output",
		SSHAuthorizedKey: sshKey,
	}
	if !reflect.DeepEqual(s, want) {
		t.Fatalf("decoded\n%+v\nwant\n%+v", s, want)
	}
	m, err := Decode([]byte(minimal))
	if err != nil {
		t.Fatalf("Decode(minimal): %v", err)
	}
	if got := string(m.Encode()); got != minimal {
		t.Fatalf("minimal spec is canonical, but Encode gives\n%s", got)
	}
}

// TestCanonical: Encode has one form per spec (fixed key order, sorted env, no HTML escaping, no spaces),
// Decode∘Encode is the identity and the CID is sha2-256 over exactly those bytes.
func TestCanonical(t *testing.T) {
	s, err := Decode([]byte(full))
	if err != nil {
		t.Fatal(err)
	}
	enc := s.Encode()
	const wantPrefix = `{"version":1,"image":{"ref":"ghcr.io/idlegrid/trainer:1.2"},"entrypoint":["/bin/sh","-c"],` +
		`"command":["python train.py --epochs 3 > /output/log.txt"],"env":{"A_B":"x<y&z","HF_HOME":"/data/hf"},"workdir":"/work",`
	if !bytes.HasPrefix(enc, []byte(wantPrefix)) {
		t.Fatalf("canonical form:\n%s\nwant prefix\n%s", enc, wantPrefix)
	}
	again, err := Decode(enc)
	if err != nil {
		t.Fatalf("Decode(Encode): %v", err)
	}
	if !reflect.DeepEqual(again, s) {
		t.Fatalf("Decode(Encode(s)) != s")
	}
	if !bytes.Equal(again.Encode(), enc) {
		t.Fatal("Encode is not stable")
	}
	// Whitespace and key order do not change the spec, so not its canonical CID either.
	reordered := strings.Replace(full, `"version": 1,`, ``, 1)
	reordered = strings.Replace(reordered, `"output": "/output",`, `"output": "/output", "version": 1,`, 1)
	r, err := Decode([]byte(reordered))
	if err != nil {
		t.Fatal(err)
	}
	if r.CID() != s.CID() {
		t.Fatal("key order changed the canonical CID")
	}
	sum := sha256.Sum256(enc)
	want := cid.NewCidV1(cid.Raw, append([]byte{0x12, 0x20}, sum[:]...))
	if s.CID() != want || CIDOf(enc) != want {
		t.Fatalf("CID %s, want %s", s.CID(), want)
	}
	if s.Digest() != sum {
		t.Fatal("Digest is not sha2-256 of the canonical bytes")
	}
	dm, err := mh.Decode(s.CID().Hash())
	if err != nil || dm.Code != mh.SHA2_256 {
		t.Fatalf("CID multihash: %v %v", dm, err)
	}
}

func TestDecodeErrorsNameTheField(t *testing.T) {
	valid := func(edit func(m string) string) string { return edit(minimal) }
	repl := func(old, new string) func(string) string {
		return func(m string) string {
			if !strings.Contains(m, old) {
				panic("test edit does not apply: " + old)
			}
			return strings.Replace(m, old, new, 1)
		}
	}
	cases := []struct {
		name, in string
		want     []string // each must appear in the error
	}{
		{"memory too small", valid(repl(`"memory":67108864`, `"memory":1000`)), []string{"spec.resources.memory: must be ≥ 64 MiB and ≤ 4 TiB, not 1000 bytes"}},
		{"memory missing", valid(repl(`"memory":67108864,`, ``)), []string{"spec.resources.memory: required"}},
		{"memory a string", valid(repl(`"memory":67108864`, `"memory":"64MiB"`)), []string{"spec.resources.memory: must be a number of bytes, not a string"}},
		{"memory a float", valid(repl(`"memory":67108864`, `"memory":6.7e7`)), []string{"spec.resources.memory: must be a number of bytes (a plain integer), not 6.7e7"}},
		{"cpus too small", valid(repl(`"millicpus":100`, `"millicpus":0`)), []string{"spec.resources.millicpus: must be in [100,"}},
		{"pids negative", valid(repl(`"pids":16`, `"pids":-1`)), []string{"spec.resources.pids: must be in [16,"}},
		{"disk huge", valid(repl(`"disk":67108864`, `"disk":9223372036854775807`)), []string{"spec.resources.disk: must be ≥ 64 MiB and ≤ 64 TiB"}},
		{"integer overflow", valid(repl(`"disk":67108864`, `"disk":92233720368547758070`)), []string{"spec.resources.disk: must be a number of bytes (a plain integer)"}},
		{"gpus negative", valid(repl(`"gpus":0`, `"gpus":-2`)), []string{"spec.resources.gpus: must be in [0, 64], not -2"}},
		{"no resources", `{"version":1,"image":{"ref":"ubuntu"}}`, []string{"spec.resources: required"}},
		{"unknown top field", valid(repl(`"version":1,`, `"version":1,"privileged":true,`)), []string{"spec.privileged: unknown field"}},
		{"unknown nested field", valid(repl(`"pids":16,`, `"pids":16,"swap":1,`)), []string{"spec.resources.swap: unknown field"}},
		{"unknown odd key", valid(repl(`"version":1,`, `"version":1,"a b":1,`)), []string{`spec["a b"]: unknown field`}},
		{"duplicate key", valid(repl(`"version":1,`, `"version":1,"version":1,`)), []string{"spec.version: duplicate key"}},
		{"wrong version", valid(repl(`"version":1`, `"version":2`)), []string{"spec.version: must be 1, not 2"}},
		{"no image", valid(repl(`"image":{"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","archive":"rootfs"}`, `"image":{}`)), []string{"spec.image: needs a registry reference"}},
		{"both ref and cid", valid(repl(`"archive":"rootfs"`, `"archive":"rootfs","ref":"ubuntu"`)), []string{"spec.image: has both ref and cid"}},
		{"bad ref", valid(repl(`"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","archive":"rootfs"`, `"ref":"UPPER/Case:tag"`)), []string{"spec.image.ref: not an image reference"}},
		{"bad cid", valid(repl(`"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"`, `"cid":"Qm-not-a-cid"`)), []string{"spec.image.cid: not a CID"}},
		{"identity cid", valid(repl(`"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"`, `"cid":"bafkqaaa"`)), []string{"spec.image.cid: CID refused"}},
		{"no archive", valid(repl(`,"archive":"rootfs"`, ``)), []string{`spec.image.archive: must be "docker"`}},
		{"archive with ref", valid(repl(`"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"`, `"ref":"ubuntu:24.04"`)), []string{"spec.image.archive: only goes with cid"}},
		{"port zero", valid(repl(`"version":1,`, `"version":1,"ports":[{"port":0,"protocol":"tcp"}],`)), []string{"spec.ports[0].port: must be in [1, 65535], not 0"}},
		{"port protocol", valid(repl(`"version":1,`, `"version":1,"ports":[{"port":22,"protocol":"tcp"},{"port":80,"protocol":"sctp"}],`)), []string{`spec.ports[1].protocol: must be "tcp" or "udp", not "sctp"`}},
		{"port duplicate", valid(repl(`"version":1,`, `"version":1,"ports":[{"port":22,"protocol":"tcp"},{"port":22,"protocol":"tcp"}],`)), []string{"spec.ports[1]: same port and protocol as spec.ports[0]"}},
		{"port missing protocol", valid(repl(`"version":1,`, `"version":1,"ports":[{"port":22}],`)), []string{"spec.ports[0].protocol: required"}},
		{"env reserved", valid(repl(`"version":1,`, `"version":1,"env":{"NVIDIA_VISIBLE_DEVICES":"all"},`)), []string{"spec.env.NVIDIA_VISIBLE_DEVICES: reserved"}},
		{"env bad name", valid(repl(`"version":1,`, `"version":1,"env":{"1X":"a"},`)), []string{`spec.env["1X"]: not a variable name`}},
		{"env not string", valid(repl(`"version":1,`, `"version":1,"env":{"X":1},`)), []string{"spec.env.X: must be a string, not a number"}},
		{"command not array", valid(repl(`"version":1,`, `"version":1,"command":"ls -l",`)), []string{"spec.command: must be an array of strings, not a string"}},
		{"command element", valid(repl(`"version":1,`, `"version":1,"command":["ls",3],`)), []string{"spec.command[1]: must be a string, not a number"}},
		{"relative workdir", valid(repl(`"version":1,`, `"version":1,"workdir":"work",`)), []string{`spec.workdir: must be an absolute path, not "work"`}},
		{"unclean output", valid(repl(`"version":1,`, `"version":1,"output":"/out/../etc",`)), []string{`spec.output: must be clean ("/etc", not "/out/../etc")`}},
		{"output in /proc", valid(repl(`"version":1,`, `"version":1,"output":"/proc/x",`)), []string{"spec.output: must not be under /proc, /sys or /dev"}},
		{"input overlaps output", valid(repl(`"version":1,`, `"version":1,"output":"/data/out","inputs":[{"cid":"bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku","path":"/data"}],`)), []string{"spec.output: overlaps spec.inputs[0].path (/data)"}},
		{"input missing cid", valid(repl(`"version":1,`, `"version":1,"inputs":[{"path":"/data"}],`)), []string{"spec.inputs[0].cid: required"}},
		{"ssh garbage", valid(repl(`"version":1,`, `"version":1,"ssh_authorized_key":"ssh-rsa AAAA",`)), []string{"spec.ssh_authorized_key: not an OpenSSH public key"}},
		{"ssh options", valid(repl(`"version":1,`, `"version":1,"ssh_authorized_key":"command=\"x\" `+sshKey+`",`)), []string{"spec.ssh_authorized_key: must not carry authorized_keys options"}},
		{"ssh two keys", valid(repl(`"version":1,`, `"version":1,"ssh_authorized_key":"`+sshKey+`\n`+sshKey+`",`)), []string{"spec.ssh_authorized_key: must be one key on one line"}},
		{"not an object", `[1,2]`, []string{"spec: must be an object, not an array"}},
		{"trailing data", minimal + `{}`, []string{"spec: data after the spec's closing brace"}},
		{"truncated", minimal[:len(minimal)-5], []string{"spec.resources"}},
		{"syntax", `{"version":1,`, []string{"spec: malformed JSON"}},
		{"empty", ``, []string{"spec: unexpected end of input"}},
		{"too deep", `{"env":` + strings.Repeat(`[`, 40) + strings.Repeat(`]`, 40) + `}`, []string{"nested more than 16 levels deep"}},
		{"bad utf8", "{\"version\":1,\"workdir\":\"/\xff\"}", []string{"spec: not valid UTF-8 (at byte 25)"}},
		{"huge", `{"version":1,"command":["` + strings.Repeat("a", MaxSize) + `"]}`, []string{"spec: 65564 bytes, over the 65536-byte limit"}},
		{"several at once", valid(repl(`"pids":16`, `"pids":"16","swap":2`)), []string{"spec.resources.pids: must be a number of processes, not a string", "spec.resources.swap: unknown field"}},
		{"several checks at once", valid(repl(`"pids":16,"disk":67108864`, `"pids":1,"disk":1`)), []string{"spec.resources.pids: must be in [16,", "spec.resources.disk: must be ≥ 64 MiB"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, err := Decode([]byte(c.in))
			if err == nil {
				t.Fatalf("Decode accepted %s as %+v", c.in, s)
			}
			if s != nil && len(c.want) > 0 && !strings.Contains(c.name, "valid") {
				// Decode returns the spec only alongside Validate's errors; never a half-decoded one.
				if verr := s.Validate(); verr == nil {
					t.Fatalf("returned a spec that validates with error %v", err)
				}
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error %v does not wrap ErrInvalid", err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) || !strings.HasPrefix(fe.Field, "spec") {
				t.Errorf("error %v carries no FieldError naming a field", err)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error\n%v\ndoes not contain\n%s", err, w)
				}
			}
		})
	}
}

// TestValidateBuiltSpec: a spec built in Go (not decoded) gets the same checks, with no limit left unset.
func TestValidateBuiltSpec(t *testing.T) {
	s := &Spec{Version: 1, Image: Image{Ref: "busybox"}}
	err := s.Validate()
	for _, f := range []string{"spec.resources.memory", "spec.resources.millicpus", "spec.resources.pids", "spec.resources.disk"} {
		if err == nil || !strings.Contains(err.Error(), f+":") {
			t.Errorf("unlimited spec: error %v does not name %s", err, f)
		}
	}
	s.Resources = Resources{Memory: MinMemory, MilliCPUs: MinMilliCPUs, Pids: MinPids, Disk: MinDisk}
	if err := s.Validate(); err != nil {
		t.Fatalf("minimal limits refused: %v", err)
	}
}

func TestErrorCountIsCapped(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"version":1,"image":{"ref":"x"},"resources":{"gpus":0,"memory":67108864,"millicpus":100,"pids":16,"disk":67108864}`)
	for i := 0; i < 500; i++ {
		fmt.Fprintf(&b, `,"u%d":1`, i)
	}
	b.WriteString("}")
	_, err := Decode([]byte(b.String()))
	if err == nil {
		t.Fatal("accepted")
	}
	if n := strings.Count(err.Error(), "unknown field"); n != maxErrors {
		t.Fatalf("%d errors reported, want the cap %d", n, maxErrors)
	}
}

// FuzzDecode: no input panics Decode; whatever it accepts re-encodes canonically to a spec that decodes to
// the same value and the same bytes, and validates.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{full, minimal, `{}`, `[]`, `null`, `{"version":1,"version":2}`, `{"resources":{"memory":1e3}}`,
		`{"env":{"A":"\u0000"}}`, `{"ports":[{"port":65536,"protocol":"tcp"}]}`, "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Decode(data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error %v does not wrap ErrInvalid", err)
			}
			if s != nil {
				if s.Validate() == nil {
					t.Fatalf("returned a valid-looking spec with error %v", err)
				}
			}
			return
		}
		enc := s.Encode()
		s2, err := Decode(enc)
		if err != nil {
			t.Fatalf("canonical form of an accepted spec is refused: %v\n%s", err, enc)
		}
		if !bytes.Equal(s2.Encode(), enc) {
			t.Fatalf("Encode not stable:\n%s\n%s", enc, s2.Encode())
		}
		if s2.CID() != s.CID() {
			t.Fatal("CID not stable")
		}
	})
}

// TestCIDIsContentCID: the spec's CID is what oracle/content gives its canonical bytes added as a file, so a
// renter can add the spec to any UnixFS store and get the CID the lease binds.
func TestCIDIsContentCID(t *testing.T) {
	s, err := Decode([]byte(full))
	if err != nil {
		t.Fatal(err)
	}
	c, err := content.NewMemoryStore().AddBytes(context.Background(), s.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if !c.Equals(s.CID()) {
		t.Fatalf("content CID %s, spec CID %s", c, s.CID())
	}
}

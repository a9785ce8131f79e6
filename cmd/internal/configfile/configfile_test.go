package configfile_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/idlegrid/idlegrid/cmd/internal/configfile"
)

type sample struct {
	Chain struct {
		RPC   string              `toml:"rpc" comment:"where the chain is"`
		Every configfile.Duration `toml:"every" comment:"how often"`
	} `toml:"chain" comment:"The chain."`
	Peers map[string]string `toml:"peers" comment:"Peers by address."`
}

func defaults() sample {
	var s sample
	s.Chain.RPC, s.Chain.Every, s.Peers = "ws://127.0.0.1:8546", configfile.Duration(90*time.Second), map[string]string{}
	return s
}

// TestRoundTrip: the file shows the header, every key with its comment and value, durations as text, and
// reads back to what was written; keys the file leaves out keep the defaults Load was given.
func TestRoundTrip(t *testing.T) {
	b, err := configfile.Encode("first line\nsecond line", defaults())
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	if !strings.HasPrefix(text, "# first line\n# second line\n\n") {
		t.Errorf("header:\n%s", text)
	}
	for _, want := range []string{"# The chain.\n[chain]", "# where the chain is\nrpc = 'ws://127.0.0.1:8546'", "every = '1m30s'", "[peers]"} {
		if !strings.Contains(text, want) {
			t.Errorf("file lacks %q:\n%s", want, text)
		}
	}
	path := filepath.Join(t.TempDir(), "c.toml")
	if err := configfile.Write(path, b, false); err != nil {
		t.Fatal(err)
	}
	got := sample{}
	if err := configfile.Load(path, &got, "x init"); err != nil {
		t.Fatal(err)
	}
	if got.Chain.RPC != "ws://127.0.0.1:8546" || time.Duration(got.Chain.Every) != 90*time.Second {
		t.Errorf("read back %+v", got)
	}
	if err := os.WriteFile(path, []byte("[chain]\nrpc = 'http://x'\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	got = defaults()
	if err := configfile.Load(path, &got, "x init"); err != nil || got.Chain.RPC != "http://x" || time.Duration(got.Chain.Every) != 90*time.Second {
		t.Errorf("partial file: %+v, %v", got, err)
	}
}

// TestLoadErrors: one line naming the file, the line and the key or value at fault; a missing file is
// fs.ErrNotExist, so the command can say how to write one.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct{ name, body, want string }{
		{"unknown key", "[chain]\nrpc = 'x'\nrcp = 'y'\n", ":3: unknown key \"chain.rcp\" (see `x init` for the keys)"},
		{"bad duration", "[chain]\nevery = 'ten minutes'\n", "ten minutes"},
		{"bad type", "[chain]\nrpc = 5\n", ":2:"},
		{"not toml", "[chain\n", ":1:"},
	} {
		path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "_")+".toml")
		if err := os.WriteFile(path, []byte(tc.body), 0o600); err != nil {
			t.Fatal(err)
		}
		s := defaults()
		err := configfile.Load(path, &s, "x init")
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), path) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: %v, want one line starting with the path and holding %q", tc.name, err, tc.want)
		}
	}
	s := defaults()
	if err := configfile.Load(filepath.Join(dir, "none.toml"), &s, "x init"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
}

// TestWrite: the file and its folder are private; without overwrite an existing file is kept as it was.
func TestWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "c.toml")
	if err := configfile.Write(path, []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	if err := configfile.Write(path, []byte("two"), false); !errors.Is(err, fs.ErrExist) {
		t.Errorf("second write without overwrite: %v", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "one" {
		t.Errorf("file now %q, want it kept", b)
	}
	if err := configfile.Write(path, []byte("3"), true); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(path); string(b) != "3" {
		t.Errorf("overwritten file %q, want the new bytes only", b)
	}
	for p, want := range map[string]fs.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm() != want {
			t.Errorf("%s: mode %v (%v), want %v", p, fi.Mode().Perm(), err, want)
		}
	}
}

// Package configfile is the daemons' configuration file format: TOML with every key shown with its value and
// the comment of its `comment` struct tag, read strictly (an unknown key or a bad value is an error naming it
// and its line), durations written "90s", "10m", "168h". providerd and inspectord describe their files with
// it; cmd/idlegrid lays flags and environment over what it read.
//
// It owns the format only: it never chooses a setting's default or checks its range (each daemon's
// DefaultConfig and Validate do), and never overwrites a file unless told to.
package configfile

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pelletier/go-toml/v2"
)

// Duration is a time.Duration written as "90s", "10m", "168h" in the file.
type Duration time.Duration

// MarshalText implements encoding.TextMarshaler.
func (d Duration) MarshalText() ([]byte, error) { return []byte(time.Duration(d).String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	if err != nil {
		return fmt.Errorf("duration %q: %w (e.g. 90s, 10m, 168h)", b, err)
	}
	*d = Duration(v)
	return nil
}

// Encode writes v as a TOML file: header's lines as comments first, then every key with its value, each
// preceded by its comment tag. Tables are not indented.
func Encode(header string, v any) ([]byte, error) {
	var buf bytes.Buffer
	for _, line := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		buf.WriteString(strings.TrimRight("# "+line, " ") + "\n")
	}
	buf.WriteString("\n")
	enc := toml.NewEncoder(&buf)
	enc.SetIndentTables(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Load reads the file at path into v (a pointer to a config already holding its defaults, which keys the file
// leaves out keep). An unknown key is an error naming it and its line, pointing at initCommand (the command
// that writes a file with every key); a bad value is an error naming its line and column. A missing file is
// an error wrapping fs.ErrNotExist.
func Load(path string, v any, initCommand string) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	dec := toml.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var sme *toml.StrictMissingError
		if errors.As(err, &sme) && len(sme.Errors) > 0 {
			// One line per mistake the user made: the first unknown key, where it is.
			e := sme.Errors[0]
			row, _ := e.Position()
			return fmt.Errorf("%s:%d: unknown key %q (see `%s` for the keys)", path, row, strings.Join(e.Key(), "."), initCommand)
		}
		var de *toml.DecodeError
		if errors.As(err, &de) {
			row, col := de.Position()
			return fmt.Errorf("%s:%d:%d: %v", path, row, col, de)
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// Write writes b to path (mode 0600: a config names key files and endpoints), creating its folder (0700).
// Unless overwrite, a file already at path is left as it is and the error wraps fs.ErrExist, even one that
// appeared after the caller looked.
func Write(path string, b []byte, overwrite bool) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if !overwrite {
		flags = os.O_WRONLY | os.O_CREATE | os.O_EXCL
	}
	f, err := os.OpenFile(path, flags, 0o600)
	if err != nil {
		return err
	}
	if _, err := f.Write(b); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

package job

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"testing"
)

// formVectors is testdata/form-vectors.json: the specs the web console's job form makes (its unit tests check
// it makes exactly these) and image references both must read alike.
type formVectors struct {
	Forms []struct {
		Spec    json.RawMessage `json:"spec"`
		Encoded string          `json:"encoded"`
		JobCID  string          `json:"jobCID"`
	} `json:"forms"`
	Refs struct {
		Valid   []string `json:"valid"`
		Invalid []string `json:"invalid"`
	} `json:"refs"`
}

// TestConsoleFormSpecs: every spec the console's form makes is one a provider node decodes, encoded (and so
// bound to a lease) to the same bytes as the console encodes it, and the console accepts exactly the image
// references this package accepts (on the vectors' cases).
func TestConsoleFormSpecs(t *testing.T) {
	raw, err := os.ReadFile("testdata/form-vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var v formVectors
	if err := json.Unmarshal(raw, &v); err != nil {
		t.Fatal(err)
	}
	if len(v.Forms) == 0 || len(v.Refs.Valid) == 0 || len(v.Refs.Invalid) == 0 {
		t.Fatalf("empty vectors: %d forms, %d valid refs, %d invalid refs", len(v.Forms), len(v.Refs.Valid), len(v.Refs.Invalid))
	}
	for i, f := range v.Forms {
		s, err := Decode(f.Spec)
		if err != nil {
			t.Errorf("forms[%d]: %v\n%s", i, err, f.Spec)
			continue
		}
		if s.Resources.GPUs == 0 || s.Image.Ref == "" {
			t.Errorf("forms[%d]: decoded without GPUs or image: %+v", i, s)
		}
		if got := string(s.Encode()); got != f.Encoded {
			t.Errorf("forms[%d]: encodes as\n%s\nthe vector (the console's encoding) has\n%s", i, got, f.Encoded)
		}
		if d := s.Digest(); "0x"+hex.EncodeToString(d[:]) != f.JobCID {
			t.Errorf("forms[%d]: digest 0x%x, the vector has %s", i, d, f.JobCID)
		}
	}
	withRef := func(ref string) error {
		s := Spec{Version: Version, Image: Image{Ref: ref},
			Resources: Resources{GPUs: 1, Memory: MinMemory, MilliCPUs: MinMilliCPUs, Pids: MinPids, Disk: MinDisk}}
		return s.Validate()
	}
	for _, ref := range v.Refs.Valid {
		if err := withRef(ref); err != nil {
			t.Errorf("valid ref %q refused: %v", ref, err)
		}
	}
	for _, ref := range v.Refs.Invalid {
		if err := withRef(ref); err == nil {
			t.Errorf("invalid ref %q accepted", ref)
		}
	}
}

package proof

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// TestProtocolOverTheWire runs the whole exchange through the encoders and decoders, for a compute
// challenge and for a capacity challenge with its chase.
func TestProtocolOverTheWire(t *testing.T) {
	for _, p := range []Params{smallParams(), chaseParams()} {
		t.Run(p.String(), func(t *testing.T) { testOverTheWire(t, p) })
	}
}

func testOverTheWire(t *testing.T, p Params) {
	ctx := context.Background()
	ch := testChallenge(t, p, "wire")
	var buf bytes.Buffer

	roundTrip := func(enc func(*bytes.Buffer) error) *bytes.Buffer {
		t.Helper()
		buf.Reset()
		if err := enc(&buf); err != nil {
			t.Fatal(err)
		}
		return bytes.NewBuffer(append([]byte(nil), buf.Bytes()...))
	}

	gotCh, err := DecodeChallenge(roundTrip(func(b *bytes.Buffer) error { return EncodeChallenge(b, ch) }))
	if err != nil || gotCh != ch {
		t.Fatalf("challenge round trip: %+v, %v", gotCh, err)
	}
	sess, cm, err := NewProver(CPU{}, 0, zerolog.Nop()).Commit(ctx, gotCh)
	if err != nil {
		t.Fatal(err)
	}
	gotCm, err := DecodeCommitment(roundTrip(func(b *bytes.Buffer) error { return EncodeCommitment(b, cm) }))
	if err != nil || gotCm != cm {
		t.Fatalf("commitment round trip: %+v, %v", gotCm, err)
	}
	chk, err := newTestVerifier(t, "wire", DefaultVerifierConfig()).Begin(ch, DeadlinesFor(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	if err := chk.Commit(gotCm, onTime()); err != nil {
		t.Fatal(err)
	}
	if p.Chains > 0 {
		creq, err := chk.Chase()
		if err != nil {
			t.Fatal(err)
		}
		gotCreq, err := DecodeChaseRequest(roundTrip(func(b *bytes.Buffer) error { return EncodeChaseRequest(b, creq) }))
		if err != nil || gotCreq != creq {
			t.Fatalf("chase request round trip: %+v, %v", gotCreq, err)
		}
		ccm, err := sess.Chase(ctx, gotCreq)
		if err != nil {
			t.Fatal(err)
		}
		gotCcm, err := DecodeChaseCommitment(roundTrip(func(b *bytes.Buffer) error { return EncodeChaseCommitment(b, ccm) }))
		if err != nil || gotCcm != ccm {
			t.Fatalf("chase commitment round trip: %+v, %v", gotCcm, err)
		}
		if err := chk.CommitChase(gotCcm, onTime()); err != nil {
			t.Fatal(err)
		}
	}
	req, err := chk.Request()
	if err != nil {
		t.Fatal(err)
	}
	gotReq, err := DecodeOpeningRequest(roundTrip(func(b *bytes.Buffer) error { return EncodeOpeningRequest(b, req) }))
	if err != nil || !reflect.DeepEqual(gotReq, req) {
		t.Fatalf("request round trip: %+v, %v", gotReq, err)
	}
	op, err := sess.Open(ctx, gotReq)
	if err != nil {
		t.Fatal(err)
	}
	wire := roundTrip(func(b *bytes.Buffer) error { return EncodeOpening(b, op) })
	if wire.Len() > ch.Params.OpeningBytes() {
		t.Fatalf("opening of %d bytes exceeds the bound %d", wire.Len(), ch.Params.OpeningBytes())
	}
	gotOp, err := DecodeOpening(wire)
	if err != nil || !reflect.DeepEqual(gotOp, op) {
		t.Fatalf("opening round trip differs: %v", err)
	}
	if err := chk.Verify(ctx, gotOp, onTime()); err != nil {
		t.Fatalf("verify after the wire: %v", err)
	}
	if p.Chains > 0 && len(gotOp.Segments) == 0 {
		t.Fatal("no chase segment crossed the wire")
	}
}

func TestDecodersRejectMalformed(t *testing.T) {
	h := "0x" + strings.Repeat("ab", 32)
	params := `{"width":32,"rows":64,"steps":6,"group":2,"leaf_groups":4,"openings":12}`
	addr := "0x" + strings.Repeat("cd", 20)
	goodCh := `{"v":2,"class":"RTX4090","subject":"GPU-1","provider":"` + addr + `","machine":"` + h + `","inspector":"` + addr +
		`","expiry":"4102444800","seed":"` + h + `","nonce":"5","params":` + params + `}`
	hash64 := "AQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
	leaf := `{"index":0,"groups":"` + hash64 + `","path":""}`
	goodOp := `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[{"step":1,"group":0,"product":"AAAAAA==","leaf":` + leaf + `}]}`
	chunk := strings.Repeat("A", 1366) + "==" // 1024 bytes of base64
	point := `{"index":0,"points":"AAAAAAAAAAAAAAAAAAAAAA==","path":""}`
	segOp := strings.TrimSuffix(goodOp, "}") + `,"segments":[{"chain":0,"index":0,"end":` + point + `,"reads":[{"chunk":"` + chunk + `","leaf":` + leaf + `}]}]}`
	chaseParams := `,"chains":2,"hops":64,"segment_hops":4,"chase_rows":32,"chase_openings":8}`
	units := `"units":[{"step":1,"group":0}]`
	tests := []struct {
		name   string
		decode func(string) error
		input  string
		want   error
	}{
		{"challenge ok", decChallenge, goodCh, nil},
		{"challenge version", decChallenge, strings.Replace(goodCh, `"v":2`, `"v":1`, 1), ErrMalformed},
		{"challenge unknown field", decChallenge, strings.Replace(goodCh, `"v":2`, `"v":2,"extra":0`, 1), ErrMalformed},
		{"challenge short provider", decChallenge, strings.Replace(goodCh, addr, "0xcd", 1), ErrMalformed},
		{"challenge expiry as number", decChallenge, strings.Replace(goodCh, `"4102444800"`, `4102444800`, 1), ErrMalformed},
		{"challenge no expiry", decChallenge, strings.Replace(goodCh, `"4102444800"`, `"0"`, 1), ErrInvalidParams},
		{"challenge trailing data", decChallenge, goodCh + `{}`, ErrMalformed},
		{"challenge short seed", decChallenge, strings.Replace(goodCh, h, "0xab", 1), ErrMalformed},
		{"challenge seed not hex", decChallenge, strings.Replace(goodCh, h, "0x"+strings.Repeat("zz", 32), 1), ErrMalformed},
		{"challenge nonce as number", decChallenge, strings.Replace(goodCh, `"5"`, `5`, 1), ErrMalformed},
		{"challenge bad params", decChallenge, strings.Replace(goodCh, `"width":32`, `"width":33`, 1), ErrInvalidParams},
		{"challenge oversized", decChallenge, goodCh + strings.Repeat(" ", MaxChallengeBytes), ErrTooLarge},
		{"challenge not json", decChallenge, "\x00\x01", ErrMalformed},
		{"commitment ok", decCommitment, `{"v":2,"challenge":"` + h + `","root":"` + h + `"}`, nil},
		{"commitment missing root", decCommitment, `{"v":2,"challenge":"` + h + `"}`, ErrMalformed},
		{"request ok", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[{"step":1,"group":0},{"step":1,"group":3}]}`, nil},
		{"request empty", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[]}`, ErrMalformed},
		{"request unsorted", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[{"step":2,"group":0},{"step":1,"group":0}]}`, ErrMalformed},
		{"request step 0", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[{"step":0,"group":0}]}`, ErrMalformed},
		{"request negative group", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[{"step":1,"group":-1}]}`, ErrMalformed},
		{"challenge with a chase", decChallenge, strings.Replace(goodCh, `"openings":12}`, `"openings":12`+chaseParams, 1), ErrInvalidParams}, // not a sweep
		{"chase challenge ok", decChallenge, strings.Replace(strings.Replace(goodCh, `"openings":12}`, `"openings":12`+chaseParams, 1), `{"width"`, `{"sweep":true,"width"`, 1), nil},
		{"chase hops not a power of two of segments", decChallenge, strings.Replace(strings.Replace(goodCh, `"openings":12}`, `"openings":12`+strings.Replace(chaseParams, `"hops":64`, `"hops":48`, 1), 1), `{"width"`, `{"sweep":true,"width"`, 1), ErrInvalidParams},
		{"chase rows beyond the state", decChallenge, strings.Replace(strings.Replace(goodCh, `"openings":12}`, `"openings":12`+strings.Replace(chaseParams, `"chase_rows":32`, `"chase_rows":65`, 1), 1), `{"width"`, `{"sweep":true,"width"`, 1), ErrInvalidParams},
		{"chase fields without chains", decChallenge, strings.Replace(goodCh, `"openings":12}`, `"openings":12,"hops":64}`, 1), ErrInvalidParams},
		{"chase request ok", decChaseRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","seed":"` + h + `"}`, nil},
		{"chase request short seed", decChaseRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `","seed":"0x01"}`, ErrMalformed},
		{"request with segments", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `",` + units + `,"segments":[{"chain":0,"index":1},{"chain":1,"index":0}]}`, nil},
		{"request segments unsorted", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `",` + units + `,"segments":[{"chain":1,"index":0},{"chain":0,"index":1}]}`, ErrMalformed},
		{"request segment chain out of range", decRequest, `{"v":2,"challenge":"` + h + `","root":"` + h + `",` + units + `,"segments":[{"chain":4096,"index":0}]}`, ErrMalformed},
		{"opening with a segment", decOpening, segOp, nil},
		{"opening segment chunk over 1 KiB", decOpening, strings.Replace(segOp, chunk, strings.Repeat("A", 1372), 1), ErrMalformed},
		{"opening segment checkpoints not 16 bytes", decOpening, strings.Replace(segOp, "AAAAAAAAAAAAAAAAAAAAAA==", "AAAA", 1), ErrMalformed},
		{"opening segment negative index", decOpening, strings.Replace(segOp, `"chain":0,"index":0`, `"chain":0,"index":-1`, 1), ErrMalformed},
		{"opening ok", decOpening, goodOp, nil},
		{"opening product not int32s", decOpening, strings.Replace(goodOp, `"AAAAAA=="`, `"AAAA"`, 1), ErrMalformed},
		{"opening group hashes not hashes", decOpening, strings.Replace(goodOp, hash64, "AQAA", 1), ErrMalformed},
		{"opening path not hashes", decOpening, strings.Replace(goodOp, `"path":""`, `"path":"AQAA"`, 1), ErrMalformed},
		{"opening no units", decOpening, `{"v":2,"challenge":"` + h + `","root":"` + h + `","units":[]}`, ErrMalformed},
		{"opening bad base64", decOpening, strings.Replace(goodOp, `"AAAAAA=="`, `"!!"`, 1), ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.decode(tt.input)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
}

func decChallenge(s string) error  { _, err := DecodeChallenge(strings.NewReader(s)); return err }
func decCommitment(s string) error { _, err := DecodeCommitment(strings.NewReader(s)); return err }
func decRequest(s string) error    { _, err := DecodeOpeningRequest(strings.NewReader(s)); return err }
func decOpening(s string) error    { _, err := DecodeOpening(strings.NewReader(s)); return err }
func decChaseRequest(s string) error {
	_, err := DecodeChaseRequest(strings.NewReader(s))
	return err
}

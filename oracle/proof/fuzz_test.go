package proof

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"testing"

	"github.com/rs/zerolog"
)

// wireSamples runs one small honest exchange and returns each message's encoding, the fuzzers' seeds.
func wireSamples(tb testing.TB) (ch, cm, req, op []byte) {
	ch, cm, req, op, _, _, _ = allWireSamples(tb)
	return
}

// allWireSamples adds a chase challenge's request, opening and chase request to wireSamples.
func allWireSamples(tb testing.TB) (ch, cm, req, op, chaseReq, chaseOp, chaseSeedReq []byte) {
	tb.Helper()
	ctx := context.Background()
	enc := func(f func(*bytes.Buffer) error) []byte {
		var b bytes.Buffer
		if err := f(&b); err != nil {
			tb.Fatal(err)
		}
		return b.Bytes()
	}
	c := testChallenge(tb, Params{Width: 16, Rows: 16, Steps: 3, Group: 2, LeafGroups: 2, Openings: 4}, "fuzz")
	sess, commit, err := NewProver(CPU{}, 1, zerolog.Nop()).Commit(ctx, c)
	if err != nil {
		tb.Fatal(err)
	}
	r := OpeningRequest{Challenge: commit.Challenge, Root: commit.Root, Units: []Unit{{1, 0}, {2, 3}, {3, 7}}}
	opening, err := sess.Open(ctx, r)
	if err != nil {
		tb.Fatal(err)
	}
	// A chase challenge's request and opening carry segments: seed those too.
	cc := testChallenge(tb, Params{Sweep: true, Width: 64, Rows: 32, Steps: 2, Group: 2, LeafGroups: 2, Openings: 2,
		Chains: 1, Hops: 8, SegmentHops: 2, ChaseRows: 32, ChaseOpenings: 2}, "fuzz-chase")
	csess, ccommit, err := NewProver(CPU{}, 1, zerolog.Nop()).Commit(ctx, cc)
	if err != nil {
		tb.Fatal(err)
	}
	creq := ChaseRequest{Challenge: ccommit.Challenge, Root: ccommit.Root, Seed: Hash{7}}
	if _, err := csess.Chase(ctx, creq); err != nil {
		tb.Fatal(err)
	}
	cr := OpeningRequest{Challenge: ccommit.Challenge, Root: ccommit.Root, Units: []Unit{{1, 1}}, Segments: []Segment{{0, 0}, {0, 3}}}
	copening, err := csess.Open(ctx, cr)
	if err != nil {
		tb.Fatal(err)
	}
	chaseReq, chaseOp = enc(func(b *bytes.Buffer) error { return EncodeOpeningRequest(b, cr) }), enc(func(b *bytes.Buffer) error { return EncodeOpening(b, copening) })
	chaseSeedReq = enc(func(b *bytes.Buffer) error { return EncodeChaseRequest(b, creq) })
	return enc(func(b *bytes.Buffer) error { return EncodeChallenge(b, c) }),
		enc(func(b *bytes.Buffer) error { return EncodeCommitment(b, commit) }),
		enc(func(b *bytes.Buffer) error { return EncodeOpeningRequest(b, r) }),
		enc(func(b *bytes.Buffer) error { return EncodeOpening(b, opening) }),
		chaseReq, chaseOp, chaseSeedReq
}

// fuzzDecoder checks the decoder contract on arbitrary input: no panic; failures are one of the
// package's sentinel errors; anything accepted re-encodes and decodes to the same value.
func fuzzDecoder[T any](f *testing.F, seeds [][]byte, decode func(*bytes.Reader) (T, error), encode func(*bytes.Buffer, T) error) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"v":1}`))
	f.Add([]byte(`null`))
	f.Add([]byte(``))
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := decode(bytes.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrTooLarge) {
				t.Fatalf("decode error without a sentinel: %v", err)
			}
			return
		}
		var b bytes.Buffer
		if err := encode(&b, v); err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		again, err := decode(bytes.NewReader(b.Bytes()))
		if err != nil {
			t.Fatalf("decode of own encoding: %v\n%s", err, b.Bytes())
		}
		if !reflect.DeepEqual(v, again) {
			t.Fatalf("round trip changed the value:\n%+v\n%+v", v, again)
		}
	})
}

func FuzzDecodeChallenge(f *testing.F) {
	ch, _, _, _ := wireSamples(f)
	fuzzDecoder(f, [][]byte{ch}, func(r *bytes.Reader) (Challenge, error) { return DecodeChallenge(r) },
		func(b *bytes.Buffer, v Challenge) error { return EncodeChallenge(b, v) })
}

func FuzzDecodeCommitment(f *testing.F) {
	_, cm, _, _ := wireSamples(f)
	fuzzDecoder(f, [][]byte{cm}, func(r *bytes.Reader) (Commitment, error) { return DecodeCommitment(r) },
		func(b *bytes.Buffer, v Commitment) error { return EncodeCommitment(b, v) })
}

func FuzzDecodeOpeningRequest(f *testing.F) {
	_, _, req, _, chaseReq, _, _ := allWireSamples(f)
	fuzzDecoder(f, [][]byte{req, chaseReq}, func(r *bytes.Reader) (OpeningRequest, error) { return DecodeOpeningRequest(r) },
		func(b *bytes.Buffer, v OpeningRequest) error { return EncodeOpeningRequest(b, v) })
}

func FuzzDecodeOpening(f *testing.F) {
	_, _, _, op, _, chaseOp, _ := allWireSamples(f)
	fuzzDecoder(f, [][]byte{op, chaseOp}, func(r *bytes.Reader) (Opening, error) { return DecodeOpening(r) },
		func(b *bytes.Buffer, v Opening) error { return EncodeOpening(b, v) })
}

func FuzzDecodeChaseRequest(f *testing.F) {
	_, _, _, _, _, _, creq := allWireSamples(f)
	fuzzDecoder(f, [][]byte{creq}, func(r *bytes.Reader) (ChaseRequest, error) { return DecodeChaseRequest(r) },
		func(b *bytes.Buffer, v ChaseRequest) error { return EncodeChaseRequest(b, v) })
}

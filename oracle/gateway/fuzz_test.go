package gateway_test

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"io"
	"testing"
	"time"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// FuzzParseToken: the decoder never panics on any input, accepts only what it can encode again, and what it
// accepts survives a round trip unchanged; a token it accepts never verifies unless it was signed.
func FuzzParseToken(f *testing.F) {
	renter, node := newSigner(f), newSigner(f)
	tok, err := gw.IssueToken(context.Background(), renter, domain, 7, node.Address(), t0, time.Minute)
	if err != nil {
		f.Fatal(err)
	}
	good, _ := tok.Encode()
	f.Add(good)
	raw, _ := base64.RawURLEncoding.DecodeString(good)
	f.Add(base64.RawURLEncoding.EncodeToString(bytes.Replace(raw, []byte(`"leaseId":"7"`), []byte(`"leaseId":"8"`), 1)))
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"v":1,"chainId":"1"}`)))
	f.Add(base64.RawURLEncoding.EncodeToString([]byte(`{"v":1,"v":1,"LEASEID":"007"}`)))
	f.Add("")
	f.Add("%%%")
	policy := gw.Policy{Domain: domain, Provider: node.Address(), MaxLifetime: gw.MaxTokenLifetime}
	f.Fuzz(func(t *testing.T, s string) {
		tok, err := gw.ParseToken(s)
		if err != nil {
			if !errors.Is(err, gw.ErrMalformedToken) {
				t.Fatalf("error %v is not ErrMalformedToken", err)
			}
			return
		}
		enc, err := tok.Encode()
		if err != nil {
			t.Fatalf("accepted token does not encode: %v", err)
		}
		again, err := gw.ParseToken(enc)
		if err != nil {
			t.Fatalf("re-encoded token does not parse: %v", err)
		}
		if again.ChainID.Cmp(tok.ChainID) != 0 || again.Escrow != tok.Escrow || again.Access != tok.Access ||
			!bytes.Equal(again.Signature, tok.Signature) {
			t.Fatalf("round trip changed the token: %+v vs %+v", again, tok)
		}
		if tok.Verify(policy, t0) == nil && tok.Access.Renter != renter.Address() {
			t.Fatalf("a token not signed by the renter verified: %+v", tok.Access)
		}
	})
}

// FuzzReadFrames: any byte stream ends in a clean return or an error, never a panic, and never writes more
// than it read.
func FuzzReadFrames(f *testing.F) {
	var b bytes.Buffer
	gw.WriteFrame(&b, gw.StreamStdout, []byte("hello\n"))
	gw.WriteFrame(&b, gw.StreamStderr, []byte("oops\n"))
	gw.WriteFrame(&b, gw.StreamError, []byte(`{"code":"lease_closed","message":"closed"}`))
	f.Add(b.Bytes())
	f.Add([]byte{1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff})
	f.Add([]byte{9, 0, 0, 0, 0, 0, 0, 1, 'x'})
	f.Fuzz(func(t *testing.T, in []byte) {
		var out, errOut bytes.Buffer
		err := gw.ReadFrames(bytes.NewReader(in), &out, &errOut)
		if out.Len()+errOut.Len() > len(in) {
			t.Fatalf("wrote %d bytes from %d", out.Len()+errOut.Len(), len(in))
		}
		var e *gw.Error
		if err != nil && !errors.As(err, &e) && !errors.Is(err, gw.ErrBadFrame) && !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Fatalf("unexpected error type %T: %v", err, err)
		}
	})
}

// FuzzParseShellMessage: control messages either parse with the fields their type needs, or fail.
func FuzzParseShellMessage(f *testing.F) {
	for _, s := range []string{`{"type":"resize","size":{"cols":80,"rows":24}}`, `{"type":"eof"}`, `{"type":"exit","code":3}`,
		`{"type":"error","error":{"code":"x","message":"y"}}`, `{"type":"resize"}`, `{"type":"exit"}`, `[]`, `{"type":7}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		m, err := gw.ParseShellMessage(in)
		if err != nil {
			return
		}
		switch m.Type {
		case gw.ShellResize:
			if m.Size == nil || m.Size.Cols == 0 || m.Size.Rows == 0 {
				t.Fatalf("resize without a size accepted: %s", in)
			}
		case gw.ShellExit:
			if m.Code == nil {
				t.Fatalf("exit without a code accepted: %s", in)
			}
		case gw.ShellError:
			if m.Error == nil || m.Error.Code == "" {
				t.Fatalf("error without an error accepted: %s", in)
			}
		case gw.ShellEOF:
		default:
			t.Fatalf("unknown type %q accepted", m.Type)
		}
	})
}

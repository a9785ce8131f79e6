package gateway_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/signer/core/apitypes"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

var (
	chainID = big.NewInt(31337)
	escrow  = common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")
	domain  = oracle.GatewayDomain(chainID, escrow)
	t0      = time.Unix(1_750_000_000, 0)
)

func newSigner(t testing.TB) *keys.Signer {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return keys.NewSigner(k)
}

func issue(t testing.TB, renter *keys.Signer, lease uint64, provider common.Address, at time.Time, life time.Duration) gw.Token {
	t.Helper()
	tok, err := gw.IssueToken(context.Background(), renter, domain, lease, provider, at, life)
	if err != nil {
		t.Fatal(err)
	}
	return tok
}

func TestTokenRoundTrip(t *testing.T) {
	renter, node := newSigner(t), newSigner(t)
	tok := issue(t, renter, 42, node.Address(), t0, 10*time.Minute)
	s, err := tok.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if len(s) > gw.MaxTokenBytes {
		t.Fatalf("token is %d bytes, more than MaxTokenBytes %d", len(s), gw.MaxTokenBytes)
	}
	got, err := gw.ParseToken(s)
	if err != nil {
		t.Fatal(err)
	}
	if got.ChainID.Cmp(tok.ChainID) != 0 || got.Escrow != tok.Escrow || got.Access != tok.Access || string(got.Signature) != string(tok.Signature) {
		t.Fatalf("round trip changed the token:\n got %+v\nwant %+v", got, tok)
	}
	if tok.Access.Nonce == (common.Hash{}) {
		t.Fatal("IssueToken left the nonce zero")
	}
	if again := issue(t, renter, 42, node.Address(), t0, 10*time.Minute); again.Access.Nonce == tok.Access.Nonce {
		t.Fatal("two tokens share a nonce")
	}
}

func TestIssueTokenRejects(t *testing.T) {
	renter, node := newSigner(t), newSigner(t)
	ctx := context.Background()
	for name, f := range map[string]func() error{
		"zero lifetime": func() error { _, err := gw.IssueToken(ctx, renter, domain, 1, node.Address(), t0, 0); return err },
		"too long": func() error {
			_, err := gw.IssueToken(ctx, renter, domain, 1, node.Address(), t0, 16*time.Minute)
			return err
		},
		"lease 0": func() error {
			_, err := gw.IssueToken(ctx, renter, domain, 0, node.Address(), t0, time.Minute)
			return err
		},
		"no escrow domain": func() error {
			_, err := gw.IssueToken(ctx, renter, oracle.GatewayDomain(chainID, common.Address{}), 1, node.Address(), t0, time.Minute)
			return err
		},
	} {
		if f() == nil {
			t.Errorf("%s: issued", name)
		}
	}
}

// rawToken encodes an arbitrary JSON object as a token string.
func rawToken(t testing.TB, m map[string]any) string {
	t.Helper()
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return base64.RawURLEncoding.EncodeToString(b)
}

func tokenFields(t testing.TB, tok gw.Token) map[string]any {
	t.Helper()
	s, err := tok.Encode()
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := base64.RawURLEncoding.DecodeString(s)
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

// TestParseTokenRejects: each malformed token gets ErrMalformedToken naming the field at fault.
func TestParseTokenRejects(t *testing.T) {
	renter, node := newSigner(t), newSigner(t)
	good := tokenFields(t, issue(t, renter, 9, node.Address(), t0, time.Minute))
	with := func(k string, v any) string {
		m := map[string]any{}
		for kk, vv := range good {
			m[kk] = vv
		}
		if v == nil {
			delete(m, k)
		} else {
			m[k] = v
		}
		return rawToken(t, m)
	}
	cases := []struct{ name, token, field string }{
		{"empty", "", "empty"},
		{"too long", strings.Repeat("A", gw.MaxTokenBytes+1), "at most"},
		{"not base64url", "eyJ2Ijox+/=", "base64url"},
		{"padded base64", base64.URLEncoding.EncodeToString([]byte(`{"v":1}`)), "base64url"},
		{"not JSON", base64.RawURLEncoding.EncodeToString([]byte("hello")), "invalid character"},
		{"trailing data", base64.RawURLEncoding.EncodeToString(append(must(json.Marshal(good)), []byte(" {}")...)), "after the JSON"},
		{"unknown field", with("admin", true), "unknown field"},
		{"version", with("v", 2), "v:"},
		{"missing chainId", with("chainId", nil), "chainId"},
		{"negative chainId", with("chainId", "-1"), "chainId"},
		{"hex chainId", with("chainId", "0x7a69"), "chainId"},
		{"huge chainId", with("chainId", "1"+strings.Repeat("0", 80)), "chainId"},
		{"lease 0", with("leaseId", "0"), "leaseId"},
		{"lease overflow", with("leaseId", "18446744073709551616"), "leaseId"},
		{"lease number", with("leaseId", 5), "leaseId"},
		{"short escrow", with("escrow", "0x1234"), "escrow"},
		{"zero escrow", with("escrow", common.Address{}.Hex()), "escrow"},
		{"missing renter", with("renter", nil), "renter"},
		{"missing provider", with("provider", nil), "provider"},
		{"missing issuedAt", with("issuedAt", nil), "issuedAt"},
		{"negative expiry", with("expiry", -5), "expiry"},
		{"fractional expiry", with("expiry", 1.5), "expiry"},
		{"missing nonce", with("nonce", nil), "nonce"},
		{"short signature", with("signature", "0x1234"), "signature"},
		{"signature not hex", with("signature", "zz"), "signature"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := gw.ParseToken(c.token)
			if !errors.Is(err, gw.ErrMalformedToken) {
				t.Fatalf("err = %v, want ErrMalformedToken", err)
			}
			if !strings.Contains(err.Error(), c.field) {
				t.Fatalf("err = %q does not name %q", err, c.field)
			}
		})
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// TestTokenVerify: every way a token can be wrong gets its own reason, and the right one passes.
func TestTokenVerify(t *testing.T) {
	renter, node, other := newSigner(t), newSigner(t), newSigner(t)
	policy := gw.Policy{Domain: domain, Provider: node.Address(), MaxLifetime: 10 * time.Minute, ClockSkew: 30 * time.Second}
	if err := policy.Validate(); err != nil {
		t.Fatal(err)
	}
	good := issue(t, renter, 3, node.Address(), t0, 5*time.Minute)
	if err := good.Verify(policy, t0.Add(time.Minute)); err != nil {
		t.Fatalf("good token refused: %v", err)
	}

	resign := func(mutate func(*gw.Token)) gw.Token { // a token the renter really signed, with other contents
		tok := good
		tok.ChainID = new(big.Int).Set(good.ChainID)
		mutate(&tok)
		sig, err := oracle.SignLeaseAccess(context.Background(), renter, tok.Domain(), tok.Access)
		if err != nil {
			t.Fatal(err)
		}
		tok.Signature = sig
		return tok
	}
	tamper := func(mutate func(*gw.Token)) gw.Token { // altered after signing
		tok := good
		tok.ChainID = new(big.Int).Set(good.ChainID)
		tok.Signature = append([]byte{}, good.Signature...)
		mutate(&tok)
		return tok
	}
	cases := []struct {
		name string
		tok  gw.Token
		now  time.Time
		want gw.Reason
	}{
		{"other chain", resign(func(t *gw.Token) { t.ChainID = big.NewInt(42161) }), t0, gw.ReasonWrongChain},
		{"other escrow", resign(func(t *gw.Token) { t.Escrow = common.HexToAddress("0xbad") }), t0, gw.ReasonWrongContract},
		{"other node", resign(func(t *gw.Token) { t.Access.Provider = other.Address() }), t0, gw.ReasonWrongAudience},
		{"expiry before issue", resign(func(t *gw.Token) { t.Access.Expiry = t.Access.IssuedAt }), t0, gw.ReasonTokenLifetime},
		{"valid too long", resign(func(t *gw.Token) { t.Access.Expiry = t.Access.IssuedAt + 601 }), t0, gw.ReasonTokenLifetime},
		{"issued in the future", good, t0.Add(-31 * time.Second), gw.ReasonTokenNotYetValid},
		{"expired", good, t0.Add(5 * time.Minute), gw.ReasonTokenExpired},
		{"long expired", good, t0.Add(24 * time.Hour), gw.ReasonTokenExpired},
		{"tampered lease", tamper(func(t *gw.Token) { t.Access.LeaseID = 4 }), t0, gw.ReasonBadSignature},
		{"tampered expiry", tamper(func(t *gw.Token) { t.Access.Expiry += 60 }), t0, gw.ReasonBadSignature},
		{"tampered renter", tamper(func(t *gw.Token) { t.Access.Renter = other.Address() }), t0, gw.ReasonBadSignature},
		{"tampered nonce", tamper(func(t *gw.Token) { t.Access.Nonce[0] ^= 1 }), t0, gw.ReasonBadSignature},
		{"tampered signature", tamper(func(t *gw.Token) { t.Signature[10] ^= 1 }), t0, gw.ReasonBadSignature},
		{"high s", tamper(func(t *gw.Token) { t.Signature = highS(t.Signature) }), t0, gw.ReasonBadSignature},
		{"signed by someone else", func() gw.Token {
			tok := issue(t, other, 3, node.Address(), t0, 5*time.Minute)
			tok.Access.Renter = renter.Address()
			return tok
		}(), t0, gw.ReasonBadSignature},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := c.tok.Verify(policy, c.now)
			if !gw.HasReason(err, c.want) {
				t.Fatalf("err = %v, want %s", err, c.want)
			}
			var e *gw.Error
			errors.As(err, &e)
			if e.Status != 401 {
				t.Fatalf("status %d, want 401", e.Status)
			}
		})
	}
	t.Run("skew tolerated", func(t *testing.T) {
		if err := good.Verify(policy, t0.Add(-29*time.Second)); err != nil {
			t.Fatalf("issued 29s ahead with 30s skew: %v", err)
		}
	})
}

// highS turns a signature into its malleable twin (s → n − s, v flipped): same signer, refused anyway.
func highS(sig []byte) []byte {
	n := crypto.S256().Params().N
	s := new(big.Int).SetBytes(sig[32:64])
	out := append([]byte{}, sig...)
	new(big.Int).Sub(n, s).FillBytes(out[32:64])
	out[64] = 27 + 28 - out[64]
	return out
}

func TestPolicyValidate(t *testing.T) {
	node := newSigner(t)
	good := gw.Policy{Domain: domain, Provider: node.Address(), MaxLifetime: time.Minute}
	if err := good.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, mutate := range map[string]func(*gw.Policy){
		"quote domain":  func(p *gw.Policy) { p.Domain = oracle.QuoteDomain(chainID, escrow) },
		"zero provider": func(p *gw.Policy) { p.Provider = common.Address{} },
		"lifetime":      func(p *gw.Policy) { p.MaxLifetime = gw.MaxTokenLifetime + time.Second },
		"skew":          func(p *gw.Policy) { p.ClockSkew = 2 * time.Minute },
		"chain":         func(p *gw.Policy) { p.Domain.ChainID = big.NewInt(0) },
	} {
		p := good
		mutate(&p)
		if p.Validate() == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

// TestTypedDataForWallets: the eth_signTypedData_v4 request a console hands a wallet hashes, in
// go-ethereum's apitypes (what clef and the wallets implement), to the digest the gateway verifies; a
// signature over it with v = 0/1 or 27/28 makes a token the gateway accepts.
func TestTypedDataForWallets(t *testing.T) {
	renter, node := newSigner(t), newSigner(t)
	a := oracle.LeaseAccess{LeaseID: 1 << 60, Renter: renter.Address(), Provider: node.Address(),
		IssuedAt: uint64(t0.Unix()), Expiry: uint64(t0.Unix()) + 600, Nonce: common.HexToHash("0xabcdef")}
	js, err := gw.TypedData(domain, a)
	if err != nil {
		t.Fatal(err)
	}
	var td apitypes.TypedData
	if err := json.Unmarshal(js, &td); err != nil {
		t.Fatal(err)
	}
	walletDigest, _, err := apitypes.TypedDataAndHash(td)
	if err != nil {
		t.Fatal(err)
	}
	want, err := a.Digest(domain)
	if err != nil {
		t.Fatal(err)
	}
	if common.BytesToHash(walletDigest) != want {
		t.Fatalf("wallet digest %x, gateway digest %s", walletDigest, want)
	}
	sig, err := renter.SignDigest(context.Background(), common.BytesToHash(walletDigest))
	if err != nil {
		t.Fatal(err)
	}
	policy := gw.Policy{Domain: domain, Provider: node.Address(), MaxLifetime: gw.MaxTokenLifetime}
	for _, v := range []byte{sig[64], sig[64] - 27} {
		s := append([]byte{}, sig...)
		s[64] = v
		tok, err := gw.NewToken(domain, a, s)
		if err != nil {
			t.Fatalf("v=%d: %v", v, err)
		}
		enc, _ := tok.Encode()
		parsed, err := gw.ParseToken(enc)
		if err != nil {
			t.Fatalf("v=%d: %v", v, err)
		}
		if err := parsed.Verify(policy, t0); err != nil {
			t.Fatalf("v=%d: %v", v, err)
		}
	}
	if _, err := gw.NewToken(domain, oracle.LeaseAccess{LeaseID: 2, Renter: renter.Address(), Provider: node.Address(),
		IssuedAt: a.IssuedAt, Expiry: a.Expiry, Nonce: a.Nonce}, sig); !errors.Is(err, oracle.ErrWrongSigner) {
		t.Fatalf("signature for another access: err = %v, want ErrWrongSigner", err)
	}
}

func TestSignerTokens(t *testing.T) {
	renter, node := newSigner(t), newSigner(t)
	now := t0
	src, err := gw.NewSignerTokens(renter, domain, node.Address(), 9*time.Minute, func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	first, err := src.Token(ctx, 5)
	if err != nil {
		t.Fatal(err)
	}
	now = now.Add(5 * time.Minute) // still more than a third left: reused
	if again, _ := src.Token(ctx, 5); again != first {
		t.Fatal("token not reused with more than a third of its lifetime left")
	}
	if other, _ := src.Token(ctx, 6); other == first {
		t.Fatal("same token for another lease")
	}
	now = now.Add(time.Minute + time.Second) // past two thirds: renewed
	renewed, _ := src.Token(ctx, 5)
	if renewed == first {
		t.Fatal("token not renewed with less than a third of its lifetime left")
	}
	tok, err := gw.ParseToken(renewed)
	if err != nil {
		t.Fatal(err)
	}
	policy := gw.Policy{Domain: domain, Provider: node.Address(), MaxLifetime: gw.MaxTokenLifetime}
	if err := tok.Verify(policy, now); err != nil || tok.Access.LeaseID != 5 || tok.Access.Renter != renter.Address() {
		t.Fatalf("renewed token %+v: %v", tok.Access, err)
	}
	if _, err := gw.NewSignerTokens(renter, domain, node.Address(), time.Hour, nil); err == nil {
		t.Fatal("an hour-long lifetime accepted")
	}
}

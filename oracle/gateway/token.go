package gateway

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/idlegrid/idlegrid/oracle"
)

// MaxTokenLifetime is the longest a token may be valid (expiry − issuedAt). A gateway may ask for less, never
// for more: a stolen token is worth at most this much access to one lease on one node.
const MaxTokenLifetime = 15 * time.Minute

// MaxTokenBytes bounds an encoded token; a real one is about 550 bytes.
const MaxTokenBytes = 1024

// TokenVersion is the version of the token encoding.
const TokenVersion = 1

// ErrMalformedToken means a string that is not a token this package encodes; the error names the field.
var ErrMalformedToken = errors.New("malformed token")

// Token is a signed LeaseAccess together with the deployment it was signed for: what a client sends in every
// request, encoded by Encode.
type Token struct {
	ChainID   *big.Int
	Escrow    common.Address
	Access    oracle.LeaseAccess
	Signature []byte
}

// Domain is the EIP-712 domain the token claims to be signed under.
func (t Token) Domain() oracle.Domain { return oracle.GatewayDomain(t.ChainID, t.Escrow) }

// IssueToken signs a token for lease on the node of provider, valid from now for lifetime, with a random
// nonce, as the renter whose key signer holds. d is the deployment's GatewayDomain.
func IssueToken(ctx context.Context, signer oracle.DigestSigner, d oracle.Domain, lease uint64, provider common.Address,
	now time.Time, lifetime time.Duration) (Token, error) {
	if lifetime <= 0 || lifetime > MaxTokenLifetime {
		return Token{}, fmt.Errorf("issue token: lifetime %s: must be in (0, %s]", lifetime, MaxTokenLifetime)
	}
	if err := d.Validate(); err != nil {
		return Token{}, fmt.Errorf("issue token: %w", err)
	}
	if lease == 0 {
		return Token{}, errors.New("issue token: lease id 0: lease ids start at 1")
	}
	a := oracle.LeaseAccess{LeaseID: lease, Renter: signer.Address(), Provider: provider,
		IssuedAt: uint64(now.Unix()), Expiry: uint64(now.Add(lifetime).Unix())}
	if _, err := rand.Read(a.Nonce[:]); err != nil {
		return Token{}, fmt.Errorf("issue token: nonce: %w", err)
	}
	sig, err := oracle.SignLeaseAccess(ctx, signer, d, a)
	if err != nil {
		return Token{}, fmt.Errorf("issue token: %w", err)
	}
	return Token{ChainID: new(big.Int).Set(d.ChainID), Escrow: d.VerifyingContract, Access: a, Signature: sig}, nil
}

// tokenJSON is the token's wire form, base64url-encoded (no padding) into one string. Numbers that may pass
// 2^53 (chain and lease ids) are decimal strings, so a browser builds them without losing digits.
type tokenJSON struct {
	V         int            `json:"v"`
	ChainID   string         `json:"chainId"`
	Escrow    common.Address `json:"escrow"`
	LeaseID   string         `json:"leaseId"`
	Renter    common.Address `json:"renter"`
	Provider  common.Address `json:"provider"`
	IssuedAt  uint64         `json:"issuedAt"`
	Expiry    uint64         `json:"expiry"`
	Nonce     common.Hash    `json:"nonce"`
	Signature hexutil.Bytes  `json:"signature"`
}

// Encode is the token's string form: base64url (RFC 4648 §5, no padding) of its JSON.
func (t Token) Encode() (string, error) {
	if t.ChainID == nil {
		return "", errors.New("encode token: missing chain id")
	}
	raw, err := json.Marshal(tokenJSON{
		V: TokenVersion, ChainID: t.ChainID.String(), Escrow: t.Escrow, LeaseID: strconv.FormatUint(t.Access.LeaseID, 10),
		Renter: t.Access.Renter, Provider: t.Access.Provider, IssuedAt: t.Access.IssuedAt, Expiry: t.Access.Expiry,
		Nonce: t.Access.Nonce, Signature: t.Signature,
	})
	if err != nil {
		return "", fmt.Errorf("encode token: %w", err)
	}
	return base64.RawURLEncoding.EncodeToString(raw), nil
}

// ParseToken decodes a token string. It checks the form only (every field present and well formed, no
// unknown field); Verify checks what the token says.
func ParseToken(s string) (Token, error) {
	if len(s) == 0 {
		return Token{}, fmt.Errorf("%w: empty", ErrMalformedToken)
	}
	if len(s) > MaxTokenBytes {
		return Token{}, fmt.Errorf("%w: %d bytes, at most %d", ErrMalformedToken, len(s), MaxTokenBytes)
	}
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil {
		return Token{}, fmt.Errorf("%w: not base64url without padding: %v", ErrMalformedToken, err)
	}
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	var j tokenWire
	if err := dec.Decode(&j); err != nil {
		return Token{}, fmt.Errorf("%w: %v", ErrMalformedToken, err)
	}
	if dec.More() {
		return Token{}, fmt.Errorf("%w: data after the JSON object", ErrMalformedToken)
	}
	bad := func(field, format string, args ...any) (Token, error) {
		return Token{}, fmt.Errorf("%w: %s: %s", ErrMalformedToken, field, fmt.Sprintf(format, args...))
	}
	if j.V != TokenVersion {
		return bad("v", "version %d, this client speaks %d", j.V, TokenVersion)
	}
	chainID, ok := new(big.Int).SetString(j.ChainID, 10)
	if !ok || chainID.Sign() <= 0 || chainID.BitLen() > 256 {
		return bad("chainId", "%q is not a positive decimal uint256", truncate(j.ChainID, 80))
	}
	lease, err := strconv.ParseUint(j.LeaseID, 10, 64)
	if err != nil || lease == 0 {
		return bad("leaseId", "%q is not a lease id (decimal, 1 to 2^64-1)", truncate(j.LeaseID, 80))
	}
	var fixed [5][]byte
	for i, f := range []struct {
		name, value string
		size        int
	}{{"escrow", j.Escrow, common.AddressLength}, {"renter", j.Renter, common.AddressLength},
		{"provider", j.Provider, common.AddressLength}, {"nonce", j.Nonce, common.HashLength},
		{"signature", j.Signature, oracle.SignatureLength}} {
		b, err := hexutil.Decode(f.value)
		switch {
		case err != nil:
			return bad(f.name, "%q: want 0x and %d hex bytes: %v", truncate(f.value, 80), f.size, err)
		case len(b) != f.size:
			return bad(f.name, "%d bytes, want %d", len(b), f.size)
		case f.name != "signature" && allZero(b):
			return bad(f.name, "zero")
		}
		fixed[i] = b
	}
	switch {
	case j.IssuedAt == 0:
		return bad("issuedAt", "missing or zero")
	case j.Expiry == 0:
		return bad("expiry", "missing or zero")
	}
	return Token{
		ChainID: chainID, Escrow: common.BytesToAddress(fixed[0]), Signature: normalizeV(fixed[4]),
		Access: oracle.LeaseAccess{LeaseID: lease, Renter: common.BytesToAddress(fixed[1]),
			Provider: common.BytesToAddress(fixed[2]), IssuedAt: j.IssuedAt, Expiry: j.Expiry, Nonce: common.BytesToHash(fixed[3])},
	}, nil
}

// tokenWire is tokenJSON as decoded: byte fields as strings, so each error can name its field.
type tokenWire struct {
	V         int    `json:"v"`
	ChainID   string `json:"chainId"`
	Escrow    string `json:"escrow"`
	LeaseID   string `json:"leaseId"`
	Renter    string `json:"renter"`
	Provider  string `json:"provider"`
	IssuedAt  uint64 `json:"issuedAt"`
	Expiry    uint64 `json:"expiry"`
	Nonce     string `json:"nonce"`
	Signature string `json:"signature"`
}

func allZero(b []byte) bool {
	for _, x := range b {
		if x != 0 {
			return false
		}
	}
	return true
}

// Policy is what a gateway accepts tokens for.
type Policy struct {
	// Domain is the deployment the node serves: GatewayDomain(chain id, LeaseEscrow).
	Domain oracle.Domain
	// Provider is the node's address, the audience tokens must name.
	Provider common.Address
	// MaxLifetime bounds expiry − issuedAt; at most MaxTokenLifetime.
	MaxLifetime time.Duration
	// ClockSkew is how far in the future issuedAt may lie (the renter's clock may run ahead).
	ClockSkew time.Duration
}

// Validate reports a policy no gateway should run with.
func (p Policy) Validate() error {
	if err := p.Domain.Validate(); err != nil {
		return fmt.Errorf("token policy: %w", err)
	}
	switch {
	case p.Domain.Name != oracle.GatewayDomainName:
		return fmt.Errorf("token policy: domain name %q, want %q", p.Domain.Name, oracle.GatewayDomainName)
	case p.Provider == (common.Address{}):
		return errors.New("token policy: provider: zero address")
	case p.MaxLifetime <= 0 || p.MaxLifetime > MaxTokenLifetime:
		return fmt.Errorf("token policy: max lifetime %s: must be in (0, %s]", p.MaxLifetime, MaxTokenLifetime)
	case p.ClockSkew < 0 || p.ClockSkew > time.Minute:
		return fmt.Errorf("token policy: clock skew %s: must be in [0, 1m]", p.ClockSkew)
	}
	return nil
}

// Verify checks that t was signed, by the renter it names, for this deployment and this node, and is valid
// at now. It returns a *Error whose code says what is wrong. Whether that renter holds the lease is for the
// caller to check against chain state.
func (t Token) Verify(p Policy, now time.Time) error {
	a := t.Access
	switch {
	case t.ChainID == nil || t.ChainID.Cmp(p.Domain.ChainID) != 0:
		return Refuse(ReasonWrongChain, "token is for chain %v, this node serves chain %v", t.ChainID, p.Domain.ChainID)
	case t.Escrow != p.Domain.VerifyingContract:
		return Refuse(ReasonWrongContract, "token is for LeaseEscrow %s, this node serves %s", t.Escrow, p.Domain.VerifyingContract)
	case a.Provider != p.Provider:
		return Refuse(ReasonWrongAudience, "token is for provider %s, this node is %s", a.Provider, p.Provider)
	case a.Expiry <= a.IssuedAt:
		return Refuse(ReasonTokenLifetime, "expiry %d is not after issuedAt %d", a.Expiry, a.IssuedAt)
	case a.Expiry-a.IssuedAt > uint64(p.MaxLifetime/time.Second):
		return Refuse(ReasonTokenLifetime, "valid for %ds, this node accepts at most %s", a.Expiry-a.IssuedAt, p.MaxLifetime)
	}
	unix := now.Unix()
	if unix < 0 {
		return Refuse(ReasonInternal, "clock before 1970")
	}
	switch {
	case a.IssuedAt > uint64(unix)+uint64(p.ClockSkew/time.Second):
		return Refuse(ReasonTokenNotYetValid, "issued at %d, %ds ahead of this node's clock (%d)", a.IssuedAt, a.IssuedAt-uint64(unix), unix)
	case uint64(unix) >= a.Expiry:
		return Refuse(ReasonTokenExpired, "expired at %d, %ds ago", a.Expiry, uint64(unix)-a.Expiry)
	}
	signer, err := a.Signer(p.Domain, t.Signature)
	if err != nil {
		return Refuse(ReasonBadSignature, "%v", err)
	}
	if signer != a.Renter {
		return Refuse(ReasonBadSignature, "signature is by %s, the token names renter %s: it was altered or signed for other data", signer, a.Renter)
	}
	return nil
}

// normalizeV copies a 65-byte signature with v as 27/28: some wallets (hardware ones among them) return v as
// 0/1, the others as 27/28, and oracle.RecoverSigner takes the latter. Other lengths are copied unchanged.
func normalizeV(sig []byte) []byte {
	out := bytes.Clone(sig)
	if len(out) == oracle.SignatureLength && out[64] < 2 {
		out[64] += 27
	}
	return out
}

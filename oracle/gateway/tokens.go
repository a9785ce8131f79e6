package gateway

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
)

// TokenSource gives the client a valid token for a lease whenever it opens a request: a long port forward
// outlives any one token.
type TokenSource interface {
	Token(ctx context.Context, lease uint64) (string, error)
}

// StaticToken is one token, for callers that were handed one (a browser console's wallet signed it). It
// stops working when it expires.
type StaticToken string

// Token returns the token whatever the lease: the gateway refuses it for any other lease.
func (s StaticToken) Token(context.Context, uint64) (string, error) { return string(s), nil }

// SignerTokens issues tokens with the renter's key, and reuses each until it has less than a third of its
// lifetime left. Safe for concurrent use.
type SignerTokens struct {
	signer   oracle.DigestSigner
	domain   oracle.Domain
	provider common.Address
	lifetime time.Duration
	now      func() time.Time

	mu    sync.Mutex
	cache map[uint64]cachedToken
}

type cachedToken struct {
	token   string
	renewAt time.Time
}

// NewSignerTokens issues tokens for provider's node under d (the deployment's GatewayDomain), each valid for
// lifetime (at most MaxTokenLifetime), signed by signer. now is the clock (nil: time.Now).
func NewSignerTokens(signer oracle.DigestSigner, d oracle.Domain, provider common.Address, lifetime time.Duration,
	now func() time.Time) (*SignerTokens, error) {
	if signer == nil {
		return nil, errors.New("signer tokens: nil signer")
	}
	if err := d.Validate(); err != nil {
		return nil, fmt.Errorf("signer tokens: %w", err)
	}
	if lifetime < 3*time.Second || lifetime > MaxTokenLifetime {
		return nil, fmt.Errorf("signer tokens: lifetime %s: must be in [3s, %s]", lifetime, MaxTokenLifetime)
	}
	if now == nil {
		now = time.Now
	}
	return &SignerTokens{signer: signer, domain: d, provider: provider, lifetime: lifetime, now: now,
		cache: map[uint64]cachedToken{}}, nil
}

// Token returns a token for lease with at least a third of its lifetime left.
func (s *SignerTokens) Token(ctx context.Context, lease uint64) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	if c, ok := s.cache[lease]; ok && now.Before(c.renewAt) {
		return c.token, nil
	}
	t, err := IssueToken(ctx, s.signer, s.domain, lease, s.provider, now, s.lifetime)
	if err != nil {
		return "", err
	}
	enc, err := t.Encode()
	if err != nil {
		return "", err
	}
	// Unix-second resolution: the token expires at floor(now)+lifetime at the latest.
	s.cache[lease] = cachedToken{token: enc, renewAt: time.Unix(int64(t.Access.IssuedAt), 0).Add(s.lifetime * 2 / 3)}
	return enc, nil
}

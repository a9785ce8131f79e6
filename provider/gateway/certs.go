package gateway

import (
	"context"
	"crypto/tls"
	"fmt"
	"sync"
	"time"

	"github.com/idlegrid/idlegrid/oracle"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// certSource hands out the node's TLS certificate and makes a new one once half of the current one's
// validity has passed, so a client whose clock is somewhat off still sees a valid certificate.
type certSource struct {
	signer   oracle.DigestSigner
	validity time.Duration
	clock    Clock

	mu      sync.Mutex
	cert    *tls.Certificate
	renewAt time.Time
}

// backdate covers clients whose clocks run behind.
const backdate = 5 * time.Minute

func (c *certSource) current(ctx context.Context) (*tls.Certificate, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.clock.Now()
	if c.cert != nil && now.Before(c.renewAt) {
		return c.cert, nil
	}
	cert, err := gw.NodeCertificate(ctx, c.signer, now.Add(-backdate), now.Add(c.validity))
	if err != nil {
		if c.cert != nil && now.Before(c.cert.Leaf.NotAfter) {
			return c.cert, nil // keep serving the old one while it is valid; the next handshake retries
		}
		return nil, fmt.Errorf("tls certificate: %w", err)
	}
	c.cert, c.renewAt = &cert, now.Add(c.validity/2)
	return c.cert, nil
}

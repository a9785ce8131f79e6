package proofsession

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/gorilla/websocket"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/proof"
)

// Target is one GPU's challenge with its deadlines (the class's, from provider/gpu).
type Target struct {
	Challenge proof.Challenge
	Deadlines proof.Deadlines
}

// Result is the verdict on one GPU.
type Result struct {
	Challenge proof.Hash
	Subject   string
	// Err is nil when the GPU passed: commitment in time, opening in time, every opened unit correct,
	// every answer signed by the provider.
	Err   error
	Stats proof.CheckStats
	// RTT is the minimum of the pings on the session's connection, as measured (before the cap).
	RTT time.Duration
	// Attestation is the vendor report the provider attached, if any. AttestationVerified is always
	// false today: no report format is verified yet, so a report counts for nothing.
	Attestation         *Attestation
	AttestationVerified bool
}

// ClientConfig is the inspector side.
type ClientConfig struct {
	// Signer is the inspector's key: its address must be every challenge's Inspector.
	Signer oracle.DigestSigner
	// Verifier checks commitments and openings.
	Verifier *proof.Verifier
	// Pings is how many round trips are measured before the challenge (the minimum counts; 0: 5).
	Pings int
	// Dialer dials the provider (nil: websocket.DefaultDialer).
	Dialer *websocket.Dialer
}

// Client is the inspector's end of the challenge session.
type Client struct {
	cfg ClientConfig
	log zerolog.Logger
}

// NewClient checks cfg.
func NewClient(cfg ClientConfig, log zerolog.Logger) (*Client, error) {
	if cfg.Signer == nil || cfg.Verifier == nil {
		return nil, errors.New("proofsession: client needs a signer and a verifier")
	}
	if cfg.Pings <= 0 {
		cfg.Pings = 5
	}
	if cfg.Dialer == nil {
		cfg.Dialer = websocket.DefaultDialer
	}
	return &Client{cfg: cfg, log: log.With().Str("component", "proofsession-client").Logger()}, nil
}

type received struct {
	f  frame
	at time.Time
}

// Check challenges every target GPU of one machine at the same moment over one WebSocket connection to
// url, and returns one Result per target (in order). The error is for the session as a whole (dial,
// malformed targets); a GPU that fails has its Result.Err set. Targets must name the same provider,
// machine and inspector (the client's signer), and distinct GPUs; the caller lists every GPU of the
// machine, so that no device can stand in for another.
func (c *Client) Check(ctx context.Context, url string, targets []Target) ([]Result, error) {
	if len(targets) == 0 {
		return nil, fmt.Errorf("%w: no targets", ErrProtocol)
	}
	me := Address(c.cfg.Signer.Address())
	ids := make([]proof.Hash, len(targets))
	raws := make([]json.RawMessage, len(targets))
	seen := map[string]bool{}
	checks := make([]*proof.Check, len(targets))
	var openBy time.Duration
	for i, t := range targets {
		ch := t.Challenge
		switch {
		case ch.Inspector != me:
			return nil, fmt.Errorf("%w: target %d names inspector %s, this client signs as %s", ErrProtocol, i, common.Address(ch.Inspector), common.Address(me))
		case ch.Provider != targets[0].Challenge.Provider || ch.Machine != targets[0].Challenge.Machine:
			return nil, fmt.Errorf("%w: target %d is for another provider or machine", ErrProtocol, i)
		case seen[ch.Subject]:
			return nil, fmt.Errorf("%w: GPU %q targeted twice", ErrUnknownGPU, ch.Subject)
		}
		seen[ch.Subject] = true
		chk, err := c.cfg.Verifier.Begin(ch, t.Deadlines)
		if err != nil {
			return nil, fmt.Errorf("target %d: %w", i, err)
		}
		checks[i], ids[i] = chk, ch.ID()
		if raws[i], err = encodeChallenge(ch); err != nil {
			return nil, err
		}
		openBy = max(openBy, t.Deadlines.Commit+t.Deadlines.Chase+t.Deadlines.Open)
	}
	sig, err := c.cfg.Signer.SignDigest(ctx, ChallengeDigest(ids))
	if err != nil {
		return nil, fmt.Errorf("sign challenges: %w", err)
	}
	conn, _, err := c.cfg.Dialer.DialContext(ctx, url, nil)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", url, err)
	}
	defer conn.Close()
	conn.SetReadLimit(proof.MaxOpeningBytes + 1<<20)
	frames := make(chan received, 16)
	go func() {
		defer close(frames)
		for {
			var f frame
			if err := conn.ReadJSON(&f); err != nil {
				return
			}
			frames <- received{f, time.Now()}
		}
	}()
	go func() { <-ctx.Done(); conn.Close() }()

	// The round trip, measured here on this connection: the minimum of several pings.
	rtt := time.Duration(-1)
	for seq := uint64(1); seq <= uint64(c.cfg.Pings); seq++ {
		sent := time.Now()
		if err := conn.WriteJSON(frame{Type: typePing, Seq: seq}); err != nil {
			return nil, fmt.Errorf("ping: %w", err)
		}
		r, ok := <-frames
		if !ok || r.f.Type != typePong || r.f.Seq != seq {
			return nil, fmt.Errorf("%w: ping %d not answered with its pong", ErrProtocol, seq)
		}
		if d := r.at.Sub(sent); rtt < 0 || d < rtt {
			rtt = d
		}
	}
	results := make([]Result, len(targets))
	index := map[proof.Hash]int{}
	for i := range targets {
		results[i] = Result{Challenge: ids[i], Subject: targets[i].Challenge.Subject, RTT: rtt}
		index[ids[i]] = i
	}
	sent := time.Now()
	if err := conn.WriteJSON(frame{Type: typeChallenge, Challenges: raws, Signature: sig}); err != nil {
		return nil, fmt.Errorf("send challenges: %w", err)
	}
	reqSent := make([]time.Time, len(targets))
	chaseSent := make([]time.Time, len(targets))
	roots := make([]proof.Hash, len(targets))
	pending := len(targets)
	finished := make([]bool, len(targets))
	finish := func(i int, err error) {
		if !finished[i] {
			finished[i] = true
			results[i].Err, results[i].Stats = err, checks[i].Stats()
			pending--
		}
	}
	// request asks target i for its openings, once its commitment (and chase) are accepted.
	request := func(i int) {
		req, err := checks[i].Request()
		if err != nil {
			finish(i, err)
			return
		}
		var b bytes.Buffer
		if err := proof.EncodeOpeningRequest(&b, req); err != nil {
			finish(i, err)
			return
		}
		body := json.RawMessage(bytes.TrimSpace(b.Bytes()))
		rsig, err := c.cfg.Signer.SignDigest(ctx, RequestDigest(ids[i], roots[i], body))
		if err != nil {
			finish(i, err)
			return
		}
		reqSent[i] = time.Now()
		if err := conn.WriteJSON(frame{Type: typeRequest, Challenge: hashPtr(ids[i]), Root: hashPtr(roots[i]), Body: &body, Signature: rsig}); err != nil {
			finish(i, fmt.Errorf("send opening request: %w", err))
		}
	}
	limit := time.NewTimer(openBy + 2*proof.DefaultMaxRTT + time.Second)
	defer limit.Stop()
	for pending > 0 {
		var r received
		var ok bool
		select {
		case r, ok = <-frames:
		case <-limit.C:
			ok = false
		}
		if !ok {
			for i := range finished {
				finish(i, fmt.Errorf("%w: no answer before the deadlines (session closed or timed out)", proof.ErrLate))
			}
			break
		}
		var i int
		if r.f.Challenge != nil {
			var known bool
			if i, known = index[proof.Hash(*r.f.Challenge)]; !known || finished[i] {
				continue // an answer to nothing we asked: ignored, it cannot pass anything
			}
		} else if r.f.Type == typeError {
			for j := range finished {
				finish(j, fmt.Errorf("%w: %s", ErrProver, r.f.Message))
			}
			break
		} else {
			continue
		}
		t := targets[i]
		switch r.f.Type {
		case typeError:
			finish(i, fmt.Errorf("%w: %s", ErrProver, r.f.Message))
		case typeCommitment:
			if r.f.Root == nil {
				finish(i, fmt.Errorf("%w: commitment without a root", ErrProtocol))
				continue
			}
			root := proof.Hash(*r.f.Root)
			if err := checkSigner(CommitmentDigest(ids[i], root, r.f.Attest), r.f.Signature, t.Challenge.Provider, "commitment"); err != nil {
				finish(i, err)
				continue
			}
			if a := r.f.Attest; a != nil {
				if a.Nonce != AttestationNonce(ids[i]) || len(a.Report) > MaxAttestationBytes {
					finish(i, fmt.Errorf("%w: attestation not bound to this challenge", ErrProtocol))
					continue
				}
				results[i].Attestation = a
			}
			if err := checks[i].Commit(proof.Commitment{Challenge: ids[i], Root: root}, proof.Timing{Sent: sent, Received: r.at, RTT: rtt}); err != nil {
				finish(i, err)
				continue
			}
			roots[i] = root
			if t.Challenge.Params.Chains == 0 {
				request(i)
				continue
			}
			// A capacity challenge: its chase starts now, on a seed the provider could not know.
			creq, err := checks[i].Chase()
			if err != nil {
				finish(i, err)
				continue
			}
			csig, err := c.cfg.Signer.SignDigest(ctx, ChaseDigest(ids[i], root, creq.Seed))
			if err != nil {
				finish(i, err)
				continue
			}
			chaseSent[i] = time.Now()
			if err := conn.WriteJSON(frame{Type: typeChase, Challenge: hashPtr(ids[i]), Root: hashPtr(root), Seed: hashPtr(creq.Seed), Signature: csig}); err != nil {
				finish(i, fmt.Errorf("send chase: %w", err))
			}
		case typeChaseCm:
			if chaseSent[i].IsZero() || r.f.Root == nil {
				finish(i, fmt.Errorf("%w: chase commitment before its chase", ErrProtocol))
				continue
			}
			croot := proof.Hash(*r.f.Root)
			if err := checkSigner(ChaseCommitmentDigest(ids[i], croot), r.f.Signature, t.Challenge.Provider, "chase commitment"); err != nil {
				finish(i, err)
				continue
			}
			if err := checks[i].CommitChase(proof.ChaseCommitment{Challenge: ids[i], Root: croot}, proof.Timing{Sent: chaseSent[i], Received: r.at, RTT: rtt}); err != nil {
				finish(i, err)
				continue
			}
			request(i)
		case typeOpening:
			if reqSent[i].IsZero() || r.f.Root == nil || r.f.Body == nil {
				finish(i, fmt.Errorf("%w: opening before its request", ErrProtocol))
				continue
			}
			if err := checkSigner(OpeningDigest(ids[i], proof.Hash(*r.f.Root), *r.f.Body), r.f.Signature, t.Challenge.Provider, "opening"); err != nil {
				finish(i, err)
				continue
			}
			op, err := proof.DecodeOpening(bytes.NewReader(*r.f.Body))
			if err != nil {
				finish(i, err)
				continue
			}
			finish(i, checks[i].Verify(ctx, op, proof.Timing{Sent: reqSent[i], Received: r.at, RTT: rtt}))
		}
	}
	for i := range results {
		if results[i].Err != nil {
			c.log.Warn().Str("gpu", results[i].Subject).Err(results[i].Err).Msg("challenge failed")
		}
	}
	return results, nil
}

package liveness

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle"
)

// ErrClockSkew means a correctly signed answer whose time is further from the inspector's clock than allowed:
// the node's clock is wrong. It fails the check but is not evidence of fraud.
var ErrClockSkew = errors.New("liveness: node clock outside the allowed skew")

// Window is when the inspector sent the request and received the answer, on its own clock, and how far the
// node's clock may be from it.
type Window struct {
	Sent, Received time.Time
	MaxSkew        time.Duration
}

func (w Window) check(timeMs uint64) error {
	t := time.UnixMilli(int64(timeMs))
	lo, hi := w.Sent.Add(-w.MaxSkew), w.Received.Add(w.MaxSkew)
	if timeMs > uint64(1<<62) || t.Before(lo) || t.After(hi) {
		return fmt.Errorf("%w: node time %s, inspector window [%s, %s] ± %s", ErrClockSkew,
			t.UTC().Format(time.RFC3339Nano), w.Sent.UTC().Format(time.RFC3339Nano),
			w.Received.UTC().Format(time.RFC3339Nano), w.MaxSkew)
	}
	return nil
}

// VerifyEcho checks that e answers req for the node key node: signed by node (else ErrBadSignature: anyone
// could have sent it), binding the request's nonce, machine and inspector and naming node (else ErrForged: the
// node signed an answer to another question), at a time inside w (else ErrClockSkew).
func VerifyEcho(req Request, node common.Address, e Echo, w Window) error {
	signer, err := oracle.RecoverSigner(e.Digest(), e.Signature)
	if err != nil {
		return fmt.Errorf("%w: echo: %w", ErrBadSignature, err)
	}
	if signer != node {
		return fmt.Errorf("%w: echo signed by %s, node key is %s", ErrBadSignature, signer, node)
	}
	if err := binds(req, node, e.Nonce, e.Machine, e.Node, e.Inspector); err != nil {
		return err
	}
	return w.check(e.TimeMs)
}

// VerifyReceipts is VerifyEcho for a receipts answer, which must also be well formed.
func VerifyReceipts(req Request, node common.Address, r Receipts, w Window) error {
	if err := r.Validate(); err != nil {
		return err
	}
	digest, err := r.Digest()
	if err != nil {
		return err
	}
	signer, err := oracle.RecoverSigner(digest, r.Signature)
	if err != nil {
		return fmt.Errorf("%w: receipts: %w", ErrBadSignature, err)
	}
	if signer != node {
		return fmt.Errorf("%w: receipts signed by %s, node key is %s", ErrBadSignature, signer, node)
	}
	if err := binds(req, node, r.Nonce, r.Machine, r.Node, r.Inspector); err != nil {
		return err
	}
	return w.check(r.TimeMs)
}

func binds(req Request, node common.Address, nonce, machine common.Hash, signedNode, inspector common.Address) error {
	switch {
	case nonce != req.Nonce:
		return fmt.Errorf("%w: nonce %s, sent %s", ErrForged, nonce, req.Nonce)
	case machine != req.Machine:
		return fmt.Errorf("%w: machine %s, asked %s", ErrForged, machine, req.Machine)
	case inspector != req.Inspector:
		return fmt.Errorf("%w: inspector %s, asked by %s", ErrForged, inspector, req.Inspector)
	case signedNode != node:
		return fmt.Errorf("%w: names node %s, signed by %s", ErrForged, signedNode, node)
	}
	return nil
}

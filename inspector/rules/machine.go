package rules

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle"
)

// The machine rules below answer questions whose on-chain form protocol v2 defines (the hardware-verification
// kind, the downtime and fraud slash kinds). The wiring gives each its kind number, target contract and a
// payload builder over the v2 ABI; the meaning — what this node's log must show — is here.

// Verified is a hardware verification: the compute facts k inspectors saw, when, and until when it holds.
type Verified struct {
	Facts      observe.ComputeFacts
	VerifiedAt uint64
	ExpiresAt  uint64
}

// VerificationPayload builds the v2 payload of a verification of machine.
type VerificationPayload func(machine common.Hash, v Verified) (oracle.Payload, error)

// VerificationConfig configures the verification rule.
type VerificationConfig struct {
	// Kind is the v2 attestation kind of a hardware verification; Target the contract that consumes it.
	Kind   oracle.Kind
	Target common.Address
	// Round is how often a machine's verification is renewed (default 6 h): window = unix time / Round, and
	// VerifiedAt is the round's start.
	Round time.Duration
	// Validity is how long a verification holds after VerifiedAt (default 24 h, four renewals).
	Validity time.Duration
	// MaxAge is how old this node's latest passed compute check may be for it to vouch (default 1 h, the
	// longest idle gap between two compute checks).
	MaxAge time.Duration
}

// Verification is the rule of the hardware-verification kind. Value: class (32 bytes, zero-padded) ‖ GPUs (4)
// ‖ identity (32) ‖ verifiedAt (8) ‖ expiresAt (8). A node observes the facts of its latest compute check of
// the machine when that check passed (all GPUs challenged at once) within MaxAge; a leader proposes the facts
// at least k observed identically; a node endorses only facts equal to its own latest pass.
type Verification struct {
	cfg     VerificationConfig
	payload VerificationPayload
	log     *observe.Log
	clock   Clock
}

// NewVerification builds the rule.
func NewVerification(cfg VerificationConfig, payload VerificationPayload, log *observe.Log, clock Clock) (*Verification, error) {
	if cfg.Kind == 0 || cfg.Target == (common.Address{}) || payload == nil || log == nil {
		return nil, errors.New("rules: verification: kind, target, payload builder and log are required")
	}
	if cfg.Round <= 0 {
		cfg.Round = 6 * time.Hour
	}
	if cfg.Validity <= 0 {
		cfg.Validity = 24 * time.Hour
	}
	if cfg.MaxAge <= 0 {
		cfg.MaxAge = time.Hour
	}
	if cfg.Validity < cfg.Round {
		return nil, fmt.Errorf("rules: verification: validity %s shorter than the renewal round %s", cfg.Validity, cfg.Round)
	}
	return &Verification{cfg: cfg, payload: payload, log: log, clock: orSystem(clock)}, nil
}

// Decision is the verification question of machine for the round of now.
func (v *Verification) Decision(machine common.Hash, now time.Time) agree.Decision {
	return agree.Decision{Kind: v.cfg.Kind, Subject: machine, Window: uint64(now.Unix()) / uint64(v.cfg.Round/time.Second)}
}

// Kind implements agree.Rule.
func (v *Verification) Kind() oracle.Kind { return v.cfg.Kind }

// Retry implements agree.Rule.
func (*Verification) Retry() bool { return true }

const verifiedLen = 32 + 4 + 32 + 8 + 8

func encVerified(x Verified) []byte {
	out := make([]byte, 0, verifiedLen)
	var class [32]byte
	copy(class[:], x.Facts.Class)
	out = append(out, class[:]...)
	out = append(out, byte(x.Facts.GPUs>>24), byte(x.Facts.GPUs>>16), byte(x.Facts.GPUs>>8), byte(x.Facts.GPUs))
	out = append(out, x.Facts.Identity[:]...)
	out = append(out, encUint64(x.VerifiedAt)...)
	return append(out, encUint64(x.ExpiresAt)...)
}

// DecodeVerified reads a verification value.
func DecodeVerified(b []byte) (Verified, error) {
	if len(b) != verifiedLen {
		return Verified{}, fmt.Errorf("%w: verification value: %d bytes, want %d", agree.ErrInvalidValue, len(b), verifiedLen)
	}
	var x Verified
	class := b[:32]
	n := 32
	for n > 0 && class[n-1] == 0 {
		n--
	}
	x.Facts.Class = string(class[:n])
	x.Facts.GPUs = uint32(b[32])<<24 | uint32(b[33])<<16 | uint32(b[34])<<8 | uint32(b[35])
	x.Facts.Identity = common.BytesToHash(b[36:68])
	x.VerifiedAt, _ = decUint64("verifiedAt", b[68:76])
	x.ExpiresAt, _ = decUint64("expiresAt", b[76:84])
	if err := x.Facts.Validate(); err != nil {
		return Verified{}, fmt.Errorf("%w: %w", agree.ErrInvalidValue, err)
	}
	return x, nil
}

// ownPass is this node's latest passed compute check of machine, if it is fresh and nothing failed since.
func (v *Verification) ownPass(ctx context.Context, machine common.Hash, now time.Time) (observe.ComputeFacts, bool, error) {
	r, ok, err := v.log.Store().LatestRun(ctx, machine, observe.Compute)
	if err != nil || !ok || !r.OK || r.Last.Before(now.Add(-v.cfg.MaxAge)) {
		return observe.ComputeFacts{}, false, err
	}
	f, err := observe.ParseComputeFacts(r.Detail)
	if err != nil {
		return observe.ComputeFacts{}, false, nil // a pass recorded without facts vouches for nothing
	}
	return f, true, nil
}

func (v *Verification) verified(d agree.Decision, f observe.ComputeFacts) Verified {
	at := d.Window * uint64(v.cfg.Round/time.Second)
	return Verified{Facts: f, VerifiedAt: at, ExpiresAt: at + uint64(v.cfg.Validity/time.Second)}
}

// Observe implements agree.Rule.
func (v *Verification) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	now := v.clock.Now()
	if checkWindow(d, now, v.cfg.Round) != nil {
		return nil, false, nil
	}
	f, ok, err := v.ownPass(ctx, d.Subject, now)
	if err != nil || !ok {
		return nil, false, err
	}
	return encVerified(v.verified(d, f)), true, nil
}

// Combine implements agree.Rule.
func (*Verification) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return plurality(obs, k)
}

// Endorse implements agree.Rule.
func (v *Verification) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	x, err := DecodeVerified(value)
	if err != nil {
		return err
	}
	now := v.clock.Now()
	if err := checkWindow(d, now, v.cfg.Round); err != nil {
		return err
	}
	if want := v.verified(d, x.Facts); want != x {
		return fmt.Errorf("%w: times %d..%d, window %d gives %d..%d", agree.ErrInvalidValue, x.VerifiedAt, x.ExpiresAt, d.Window, want.VerifiedAt, want.ExpiresAt)
	}
	f, ok, err := v.ownPass(ctx, d.Subject, now)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: no passed compute check of %s within %s", notObserved, d.Subject, v.cfg.MaxAge)
	}
	if f != x.Facts {
		return fmt.Errorf("%w: this node's last pass of %s proved %d × %s (%s), not %d × %s (%s)", notObserved, d.Subject,
			f.GPUs, f.Class, f.Identity, x.Facts.GPUs, x.Facts.Class, x.Facts.Identity)
	}
	return nil
}

// Attestation implements agree.Rule.
func (v *Verification) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	x, err := DecodeVerified(value)
	if err != nil {
		return common.Address{}, nil, err
	}
	p, err := v.payload(d.Subject, x)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("%w: %w", agree.ErrInvalidValue, err)
	}
	return v.cfg.Target, p, nil
}

// DowntimePayload builds the v2 downtime-slash payload for machine, down since (unix seconds).
type DowntimePayload func(machine common.Hash, since uint64) (oracle.Payload, error)

// DowntimeConfig configures the downtime rule.
type DowntimeConfig struct {
	Kind   oracle.Kind
	Target common.Address
	// MinDowntime is how long a machine must have been down, by this node's own checks, before it signs a
	// downtime slash (default 1 h: repeated failures, not a blip).
	MinDowntime time.Duration
}

// Downtime is the rule of the downtime slash. Value: down since (unix seconds, 8 bytes). A node observes its
// negative observation's first failure when the machine has been down at least MinDowntime; a leader proposes
// the k-th smallest; a node endorses a time at or after its own first failure, with no success since and at
// least MinDowntime elapsed from it.
type Downtime struct {
	cfg     DowntimeConfig
	payload DowntimePayload
	log     *observe.Log
	clock   Clock
}

// NewDowntime builds the rule.
func NewDowntime(cfg DowntimeConfig, payload DowntimePayload, log *observe.Log, clock Clock) (*Downtime, error) {
	if cfg.Kind == 0 || cfg.Target == (common.Address{}) || payload == nil || log == nil {
		return nil, errors.New("rules: downtime: kind, target, payload builder and log are required")
	}
	if cfg.MinDowntime <= 0 {
		cfg.MinDowntime = time.Hour
	}
	return &Downtime{cfg: cfg, payload: payload, log: log, clock: orSystem(clock)}, nil
}

// Decision is the downtime question of machine (window 0; later outages move to later windows).
func (t *Downtime) Decision(machine common.Hash) agree.Decision {
	return agree.Decision{Kind: t.cfg.Kind, Subject: machine}
}

// Kind implements agree.Rule.
func (t *Downtime) Kind() oracle.Kind { return t.cfg.Kind }

// Retry implements agree.Rule.
func (*Downtime) Retry() bool { return true }

// Observe implements agree.Rule.
func (t *Downtime) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	now := t.clock.Now()
	since, down, err := t.log.Down(ctx, d.Subject, now)
	if err != nil || !down || now.Sub(since) < t.cfg.MinDowntime {
		return nil, false, err
	}
	return encUint64(ceilSeconds(since)), true, nil
}

// Combine implements agree.Rule.
func (*Downtime) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return kthSmallest("since", obs, k)
}

// Endorse implements agree.Rule.
func (t *Downtime) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	s, err := decUint64("since", value)
	if err != nil {
		return err
	}
	return t.log.DownFor(ctx, d.Subject, time.Unix(int64(s), 0), t.cfg.MinDowntime, t.clock.Now())
}

// Attestation implements agree.Rule.
func (t *Downtime) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	s, err := decUint64("since", value)
	if err != nil {
		return common.Address{}, nil, err
	}
	p, err := t.payload(d.Subject, s)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("%w: %w", agree.ErrInvalidValue, err)
	}
	return t.cfg.Target, p, nil
}

// FraudPayload builds the v2 fraud-slash payload for machine's forged answers in day window.
type FraudPayload func(machine common.Hash, window uint64) (oracle.Payload, error)

// FraudConfig configures the fraud rule.
type FraudConfig struct {
	Kind   oracle.Kind
	Target common.Address
	// Window is the period one fraud question covers (default 24 h).
	Window time.Duration
}

// Fraud is the rule of the fraud slash: a machine's node signed answers to questions it was not asked (a
// replayed or relayed echo). One inspector's copy of such an answer is no proof on its own — it could pair
// a genuine old echo with a request it never sent — so every signer must hold evidence it received itself.
// Value: the window (8 bytes), equal to the decision's. A node observes and endorses iff its own log holds a
// forged answer from the machine within the window.
type Fraud struct {
	cfg     FraudConfig
	payload FraudPayload
	log     *observe.Log
}

// NewFraud builds the rule.
func NewFraud(cfg FraudConfig, payload FraudPayload, log *observe.Log) (*Fraud, error) {
	if cfg.Kind == 0 || cfg.Target == (common.Address{}) || payload == nil || log == nil {
		return nil, errors.New("rules: fraud: kind, target, payload builder and log are required")
	}
	if cfg.Window <= 0 {
		cfg.Window = 24 * time.Hour
	}
	return &Fraud{cfg: cfg, payload: payload, log: log}, nil
}

// Decision is the fraud question of machine for the window of t.
func (f *Fraud) Decision(machine common.Hash, t time.Time) agree.Decision {
	return agree.Decision{Kind: f.cfg.Kind, Subject: machine, Window: uint64(t.Unix()) / uint64(f.cfg.Window/time.Second)}
}

// Kind implements agree.Rule.
func (f *Fraud) Kind() oracle.Kind { return f.cfg.Kind }

// Retry implements agree.Rule: the value is the window; there is nothing else to agree on.
func (*Fraud) Retry() bool { return false }

func (f *Fraud) evidence(ctx context.Context, d agree.Decision) (bool, error) {
	from := time.Unix(int64(d.Window*uint64(f.cfg.Window/time.Second)), 0)
	ev, err := f.log.Store().Evidence(ctx, d.Subject, from, from.Add(f.cfg.Window-time.Millisecond))
	return len(ev) > 0, err
}

// Observe implements agree.Rule.
func (f *Fraud) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	ok, err := f.evidence(ctx, d)
	if err != nil || !ok {
		return nil, false, err
	}
	return encUint64(d.Window), true, nil
}

// Combine implements agree.Rule.
func (*Fraud) Combine(_ agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	return plurality(obs, k)
}

// Endorse implements agree.Rule.
func (f *Fraud) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	w, err := decUint64("window", value)
	if err != nil {
		return err
	}
	if w != d.Window {
		return fmt.Errorf("%w: value names window %d, decision %d", agree.ErrInvalidValue, w, d.Window)
	}
	ok, err := f.evidence(ctx, d)
	if err != nil {
		return err
	}
	if !ok {
		return fmt.Errorf("%w: no forged answer from %s received by this node in window %d", notObserved, d.Subject, d.Window)
	}
	return nil
}

// Attestation implements agree.Rule.
func (f *Fraud) Attestation(_ context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	if _, err := decUint64("window", value); err != nil {
		return common.Address{}, nil, err
	}
	p, err := f.payload(d.Subject, d.Window)
	if err != nil {
		return common.Address{}, nil, fmt.Errorf("%w: %w", agree.ErrInvalidValue, err)
	}
	return f.cfg.Target, p, nil
}

package node

import (
	"context"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/rules"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// Protocol v2's machine kinds: hardware verification (kind 6, consumed by the NodeRegistry) from this node's
// passed compute checks, and the provider slashes (kind 3, consumed by Staking) for downtime and for a signed
// answer that failed verification.

// verificationPayload builds the HardwareVerification payload of a value k inspectors agreed on: the GPUs are the
// machine's spec's, which must be exactly the ones the compute checks proved (their identity) and as many as
// listed.
func (n *Node) verificationPayload(machine common.Hash, v rules.Verified) (oracle.Payload, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	m, err := n.dir.Machine(ctx, machine)
	if err != nil {
		return nil, err
	}
	switch {
	case v.Facts.Class != m.Class:
		return nil, fmt.Errorf("verification of %s: class %q proved, %q listed", machine.Hex(), v.Facts.Class, m.Class)
	case int(v.Facts.GPUs) != len(m.GPUs):
		return nil, fmt.Errorf("verification of %s: %d GPUs proved, %d listed (a verification covers every GPU at once)", machine.Hex(), v.Facts.GPUs, len(m.GPUs))
	case GPUIdentity(m.GPUs) != v.Facts.Identity:
		return nil, fmt.Errorf("verification of %s: the proved GPUs are not the spec's", machine.Hex())
	}
	return oracle.NewHardwareVerification(machine, m.Class, m.GPUs, v.VerifiedAt, v.ExpiresAt)
}

// slashOrder is the slash of machine's provider for offence: it asks the stake the listing locks (Staking caps it
// per kind).
func (n *Node) slashOrder(machine common.Hash, offence oracle.SlashKind) (oracle.Payload, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	m, err := protocol.NewMachines(n.on.conn).Get(ctx, machine)
	if err != nil {
		return nil, err
	}
	return oracle.Slash{Offender: m.Provider, Role: oracle.RoleProvider, Offence: offence, Amount: m.LockedStake, Reporters: []common.Address{}}, nil
}

// slashRule is the one rule of kind 3 (agreement keys rules by kind): it carries the downtime and the fraud
// questions of a machine under distinct subjects (keccak256 of the offence and the machine) and hands each to
// its rule with the machine as subject.
type slashRule struct {
	downtime *rules.Downtime
	fraud    *rules.Fraud
	machines func(ctx context.Context) ([]common.Hash, error)
}

const (
	downtimeTag = "idlegrid/node/slash/downtime"
	fraudTag    = "idlegrid/node/slash/fraud"
)

func slashSubject(tag string, machine common.Hash) common.Hash {
	return crypto.Keccak256Hash([]byte(tag), machine[:])
}

// DowntimeDecision is the downtime-slash question of machine (window w).
func DowntimeDecision(machine common.Hash, w uint64) agree.Decision {
	return agree.Decision{Kind: oracle.KindSlash, Subject: slashSubject(downtimeTag, machine), Window: w}
}

// FraudDecision is the fraud-slash question of machine in fraud window w.
func FraudDecision(machine common.Hash, w uint64) agree.Decision {
	return agree.Decision{Kind: oracle.KindSlash, Subject: slashSubject(fraudTag, machine), Window: w}
}

// inner is the decision d stands for, with the rule that answers it.
func (r *slashRule) inner(ctx context.Context, d agree.Decision) (agree.Rule, agree.Decision, error) {
	ms, err := r.machines(ctx)
	if err != nil {
		return nil, agree.Decision{}, err
	}
	for _, m := range ms {
		switch d.Subject {
		case slashSubject(downtimeTag, m):
			return r.downtime, agree.Decision{Kind: d.Kind, Subject: m, Window: d.Window}, nil
		case slashSubject(fraudTag, m):
			return r.fraud, agree.Decision{Kind: d.Kind, Subject: m, Window: d.Window}, nil
		}
	}
	return nil, agree.Decision{}, fmt.Errorf("%w: slash subject %s names no machine this node knows", agree.ErrInvalidValue, d.Subject.Hex())
}

func (*slashRule) Kind() oracle.Kind { return oracle.KindSlash }

// Retry implements agree.Rule: a downtime whose round could not be agreed is asked again in the next window (a
// fraud question's value is its window, so a retry finds no evidence there and asks nothing).
func (*slashRule) Retry() bool { return true }

func (r *slashRule) Observe(ctx context.Context, d agree.Decision) ([]byte, bool, error) {
	rule, in, err := r.inner(ctx, d)
	if err != nil {
		return nil, false, nil
	}
	return rule.Observe(ctx, in)
}

func (r *slashRule) Combine(d agree.Decision, obs []agree.Observation, k int) ([]byte, error) {
	rule, in, err := r.inner(context.Background(), d)
	if err != nil {
		return nil, err
	}
	return rule.Combine(in, obs, k)
}

func (r *slashRule) Endorse(ctx context.Context, d agree.Decision, value []byte) error {
	rule, in, err := r.inner(ctx, d)
	if err != nil {
		return err
	}
	return rule.Endorse(ctx, in, value)
}

func (r *slashRule) Attestation(ctx context.Context, d agree.Decision, value []byte) (common.Address, oracle.Payload, error) {
	rule, in, err := r.inner(ctx, d)
	if err != nil {
		return common.Address{}, nil, err
	}
	return rule.Attestation(ctx, in, value)
}

// registerEndpoint makes the NodeRegistry name this node's agreement endpoint (once it differs).
func (n *Node) registerEndpoint(ctx context.Context) error {
	want := n.cfg.Endpoint
	if want == "" {
		return nil
	}
	m := protocol.NewMachines(n.on.conn)
	have, err := m.InspectorEndpoint(ctx, n.deps.Signer.Address())
	if err != nil || have == want {
		return err
	}
	if _, err := m.SetInspectorEndpoint(ctx, want); err != nil {
		return fmt.Errorf("register inspector endpoint %s: %w", want, err)
	}
	n.log.Info().Str("endpoint", want).Msg("inspector endpoint registered")
	return nil
}

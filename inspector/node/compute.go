package node

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/oracle/liveness"
	"github.com/idlegrid/idlegrid/oracle/proof"
	"github.com/idlegrid/idlegrid/oracle/proofsession"
)

// ProofPath is where a provider node serves the challenge session (oracle/proofsession).
const ProofPath = "/proof/v2/session"

// Challenge is one challenge kind of a GPU class: its parameters and deadlines.
type Challenge struct {
	Kind      string
	Params    proof.Params
	Deadlines proof.Deadlines
}

// ChallengeTable gives a GPU class's challenges ("compute", "capacity", and "cache" where the class has one).
// The class table lives with the provider's GPU code (provider/gpu); the command wires it in.
type ChallengeTable interface {
	Challenges(class string) ([]Challenge, error)
}

// ChallengeTableFunc adapts a function to ChallengeTable.
type ChallengeTableFunc func(class string) ([]Challenge, error)

// Challenges implements ChallengeTable.
func (f ChallengeTableFunc) Challenges(class string) ([]Challenge, error) { return f(class) }

// signedWrongWork are the verification failures of an answer the provider's key signed: wrong work, signed, is
// proof of fraud (a late, unsigned or missing answer is only a failure).
var signedWrongWork = []error{proof.ErrMerkle, proof.ErrDigest, proof.ErrProduct, proof.ErrRootMismatch, proof.ErrChallengeMismatch, proof.ErrBadOpening}

func forgedProof(err error) bool {
	for _, e := range signedWrongWork {
		if errors.Is(err, e) {
			return true
		}
	}
	return false
}

// ComputeChecker performs compute tasks: it asks the machine's node for signed receipts of its leased GPUs
// (when the listing shows GPUs held by leases: on v1 the chain counts them, the node's signed receipts name
// them), then challenges every other GPU of the machine at once over one challenge session per challenge kind
// of its class. A pass writes observe.ComputeFacts as the outcome's Detail; an answer signed by the provider's
// key that fails verification is Forged.
type ComputeChecker struct {
	Client     *proofsession.Client
	Receipts   *liveness.Client
	Directory  Directory
	Challenges ChallengeTable
	// Inspector is this node's address (every challenge's Inspector).
	Inspector common.Address
	// Expiry is how long a challenge may wait before its prover starts (default 1 min).
	Expiry time.Duration
	Log    zerolog.Logger

	nonce atomic.Uint64
}

// Check implements watch.Checker for compute tasks.
func (c *ComputeChecker) Check(ctx context.Context, t assign.Task) []observe.Outcome {
	if t.Kind != assign.Compute {
		return nil
	}
	m, err := c.Directory.Machine(ctx, t.Machine)
	if err != nil {
		c.Log.Debug().Err(err).Str("machine", t.Machine.Hex()).Msg("compute check skipped: machine not resolved")
		return nil // where to look is our problem, not evidence about the machine
	}
	started := time.Now()
	var out []observe.Outcome
	idle := m.GPUs
	if m.Reserved > 0 {
		o, leased, ok := c.receipts(ctx, m, started)
		out = append(out, o)
		if !ok {
			return out // which GPUs are free is unknown: challenging a leased one would be refused
		}
		idle = slices.DeleteFunc(slices.Clone(m.GPUs), func(u string) bool { return leased[u] })
	}
	if len(idle) == 0 {
		return out
	}
	return append(out, c.compute(ctx, m, idle, started))
}

// receipts checks the leased GPUs' signed receipts: as many GPUs as the listing's leases hold, each with its
// lease's container running.
func (c *ComputeChecker) receipts(ctx context.Context, m Machine, at time.Time) (observe.Outcome, map[string]bool, bool) {
	o := observe.Outcome{Machine: m.Target.Machine, Kind: observe.Receipts, At: at}
	res := c.Receipts.Receipts(ctx, m.Target)
	o.Forged = res.Forged()
	if !res.OK() {
		o.Detail = truncate(res.Err.Error())
		return o, nil, false
	}
	leased := map[string]bool{}
	var stopped []string
	for _, g := range res.Receipts.GPUs {
		if !slices.Contains(m.GPUs, g.UUID) {
			o.Detail = truncate(fmt.Sprintf("receipt for GPU %s, which the machine's spec does not list", g.UUID))
			return o, nil, false
		}
		leased[g.UUID] = true
		if !g.ContainerRunning {
			stopped = append(stopped, g.UUID)
		}
	}
	switch {
	case uint32(len(leased)) < m.Reserved:
		o.Detail = fmt.Sprintf("receipts for %d GPUs, leases hold %d", len(leased), m.Reserved)
		return o, nil, false
	case len(stopped) > 0:
		// The machine answers; a stopped job is the lease's matter, not downtime.
		o.OK = true
		o.Detail = truncate(fmt.Sprintf("%d leased GPUs answer; the container is stopped on %v", len(leased), stopped))
	default:
		o.OK = true
		o.Detail = fmt.Sprintf("%d leased GPUs running", len(leased))
	}
	return o, leased, true
}

// compute challenges the idle GPUs, every challenge kind of the class in turn, all GPUs of a kind at once.
func (c *ComputeChecker) compute(ctx context.Context, m Machine, idle []string, at time.Time) observe.Outcome {
	o := observe.Outcome{Machine: m.Target.Machine, Kind: observe.Compute, At: at}
	fail := func(format string, args ...any) observe.Outcome {
		o.Detail = truncate(fmt.Sprintf(format, args...))
		return o
	}
	kinds, err := c.Challenges.Challenges(m.Class)
	if err != nil || len(kinds) == 0 {
		c.Log.Warn().Err(err).Str("class", m.Class).Msg("compute check skipped: no challenges for the class")
		return fail("no challenges for class %q: %v", m.Class, err)
	}
	url := strings.Replace(strings.Replace(strings.TrimRight(m.Target.URL, "/"), "https://", "wss://", 1), "http://", "ws://", 1) + ProofPath
	expiry := c.Expiry
	if expiry <= 0 {
		expiry = time.Minute
	}
	for _, k := range kinds {
		targets := make([]proofsession.Target, len(idle))
		for i, u := range idle {
			var seed [32]byte
			if _, err := rand.Read(seed[:]); err != nil {
				return fail("seed: %v", err)
			}
			targets[i] = proofsession.Target{Challenge: proof.Challenge{Class: m.Class, Subject: u,
				Provider: proofsession.Address(m.Provider), Machine: m.Target.Machine, Inspector: proofsession.Address(c.Inspector),
				Expiry: time.Now().Add(expiry).Unix(), Seed: seed, Nonce: c.nextNonce(), Params: k.Params}, Deadlines: k.Deadlines}
		}
		results, err := c.Client.Check(ctx, url, targets)
		if err != nil {
			return fail("%s challenge session: %v", k.Kind, err)
		}
		for _, r := range results {
			if r.Err == nil {
				continue
			}
			if forgedProof(r.Err) {
				o.Forged = true
				return fail("%s challenge of GPU %s: signed answer fails verification: %v", k.Kind, r.Subject, r.Err)
			}
			return fail("%s challenge of GPU %s: %v", k.Kind, r.Subject, r.Err)
		}
	}
	facts := observe.ComputeFacts{Class: m.Class, GPUs: uint32(len(idle)), Identity: GPUIdentity(idle)}
	d, err := facts.Encode()
	if err != nil {
		return fail("compute facts: %v", err)
	}
	o.OK, o.Detail = true, d
	return o
}

func (c *ComputeChecker) nextNonce() uint64 {
	if c.nonce.Load() == 0 {
		c.nonce.CompareAndSwap(0, uint64(time.Now().UnixNano()))
	}
	return c.nonce.Add(1)
}

// GPUIdentity is the digest of a set of GPU UUIDs: keccak256 of the sorted UUIDs, each followed by a zero byte.
func GPUIdentity(uuids []string) common.Hash {
	s := slices.Clone(uuids)
	slices.Sort(s)
	var b []byte
	for _, u := range s {
		b = append(append(b, u...), 0)
	}
	return crypto.Keccak256Hash(b)
}

func truncate(s string) string {
	if len(s) > observe.MaxDetail {
		return s[:observe.MaxDetail]
	}
	return s
}

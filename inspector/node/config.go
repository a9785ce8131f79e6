package node

import (
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/assign"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// Config is an inspector node's settings. The command fills it from the config file, flags and environment;
// DefaultConfig is production, DevConfig a dev chain's short cadences.
type Config struct {
	// DataDir holds the node's two SQLite files: inspector.db (its check log and every answer it signed) and
	// chain-v2-rewards.db (what its follower keeps of the chain).
	DataDir string
	// Listen is the agreement endpoint peers reach (host:port; its base URL is what peers configure).
	Listen string
	// Ops serves /healthz and /metrics ("" serves none).
	Ops string
	// Peers are the other inspectors' agreement base URLs by address (v1 registers none on chain).
	Peers map[common.Address]string
	// ContentGateways are trustless gateways (base URLs) a machine's spec document is fetched from when its
	// listing's metadata is a CID.
	ContentGateways []string

	// Policy: how many inspectors observe each machine (K must be at least the quorum's threshold).
	Policy assign.Policy
	// Epoch is how long one assignment of machines to inspectors lasts.
	Epoch time.Duration
	// Schedule is the check cadence.
	Schedule assign.ScheduleConfig
	// FailuresNeeded failed liveness checks in a row, the latest within Fresh, make a machine down.
	FailuresNeeded int
	Fresh          time.Duration
	// CheckTimeout bounds one check; CheckConcurrency how many run at once.
	CheckTimeout     time.Duration
	CheckConcurrency int
	// LivenessAttempts, LivenessAttemptTimeout and LivenessBackoff shape one liveness check (0: the
	// oracle/liveness defaults, 4 × 2 s from 250 ms).
	LivenessAttempts       int
	LivenessAttemptTimeout time.Duration
	LivenessBackoff        time.Duration

	// RoundTimeout is each agreement leader's turn; RequestTimeout one peer request.
	RoundTimeout   time.Duration
	RequestTimeout time.Duration
	// DutyEvery is how often the node looks for decisions to drive (breaches, the price bucket).
	DutyEvery time.Duration
	// DisputeWindow is how long after a lease closed a breach may still be asked about (v1's escrow takes a
	// breach of an open lease only; the rule refuses later ones anyway).
	DisputeWindow time.Duration
	// PriceBucket is the time one posted price answers for (0: no price duty); PriceToleranceBps how far a
	// proposed price may be from this node's reading for it to sign.
	PriceBucket       time.Duration
	PriceToleranceBps uint32

	// FinalityDepth and PollInterval tune the follower.
	FinalityDepth uint64
	PollInterval  time.Duration
	// AllowSimulated admits SIM-class machines' proofs: dev chains only.
	AllowSimulated bool

	// Endpoint is the agreement endpoint this node registers in the NodeRegistry for its peers ("": none
	// registered; peers then need it configured).
	Endpoint string
	// VerificationRound is how often a machine's hardware verification is renewed, VerificationValidity how
	// long one holds (at most the registry's maximum TTL, 7 days by default), VerificationMaxAge how old this
	// node's latest passed compute check may be for it to vouch.
	VerificationRound, VerificationValidity, VerificationMaxAge time.Duration
	// Indexer is the indexer API's base URL the node uploads each reward tree to once its root landed ("": the
	// deployment's IndexerAPI; none there either: no upload, claims then need another uploader).
	Indexer string
	// RewardClassWeights are the reward weights of one verified GPU-second per GPU class, RewardInspectorBps the
	// inspectors' share of each epoch's emission. Every inspector must use the same values: its roots are
	// computed with them.
	RewardClassWeights map[string]uint64
	RewardInspectorBps uint16
	// MinDowntime is how long a machine must be down by this node's checks before it signs a downtime slash;
	// FraudWindow the period one fraud question covers.
	MinDowntime, FraudWindow time.Duration
}

// DefaultConfig is production: checks every minute, compute every 15-60 min, 2 failures within 3 min,
// k = 3 observers + 1 spare per machine per hour, a price every 5 min, Arbitrum's finality depth.
func DefaultConfig() Config {
	return Config{
		Listen: "127.0.0.1:7946", Ops: "127.0.0.1:7947",
		Policy: assign.DefaultPolicy(), Epoch: time.Hour, Schedule: assign.DefaultScheduleConfig(),
		FailuresNeeded: 2, Fresh: 3 * time.Minute, CheckTimeout: 30 * time.Second, CheckConcurrency: 64,
		RoundTimeout: 20 * time.Second, RequestTimeout: 5 * time.Second, DutyEvery: 5 * time.Second,
		DisputeWindow: time.Hour, PriceBucket: 5 * time.Minute, PriceToleranceBps: 100,
		FinalityDepth: 240, PollInterval: time.Second,
		VerificationRound: 6 * time.Hour, VerificationValidity: 24 * time.Hour, VerificationMaxAge: time.Hour,
		MinDowntime: time.Hour, FraudWindow: 24 * time.Hour,
		RewardClassWeights: DefaultClassWeights(), RewardInspectorBps: 1000,
	}
}

// DevConfig is a dev chain's node: checks every 2 s, compute within 10 s of listing and every 1-2 min, a
// machine down after two failures within 10 s, k = 2 + 1 spare, simulated GPUs admitted, 2 blocks final.
func DevConfig() Config {
	c := DefaultConfig()
	c.Policy = assign.Policy{K: 2, Spare: 1}
	c.Epoch = 10 * time.Minute
	c.Schedule = assign.ScheduleConfig{LivenessEvery: 2 * time.Second, ComputeMin: time.Minute, ComputeMax: 2 * time.Minute, FirstCompute: 10 * time.Second}
	c.Fresh = 10 * time.Second
	c.LivenessAttempts, c.LivenessAttemptTimeout, c.LivenessBackoff = 3, time.Second, 100*time.Millisecond
	c.RoundTimeout, c.RequestTimeout, c.DutyEvery = 4*time.Second, 2*time.Second, 500*time.Millisecond
	c.PriceBucket = time.Minute
	c.FinalityDepth, c.PollInterval = 2, 250*time.Millisecond
	c.AllowSimulated = true
	c.VerificationRound, c.VerificationValidity, c.VerificationMaxAge = time.Minute, time.Hour, 5*time.Minute
	c.MinDowntime, c.FraudWindow = time.Minute, time.Hour
	return c
}

// Validate names the first unusable setting.
func (c Config) Validate(d deployment.Deployment) error {
	if err := c.Policy.Validate(); err != nil {
		return fmt.Errorf("policy: %w", err)
	}
	if err := c.Schedule.Validate(); err != nil {
		return fmt.Errorf("schedule: %w", err)
	}
	pos := func(name string, v time.Duration) error {
		if v <= 0 {
			return fmt.Errorf("%s %s: must be positive", name, v)
		}
		return nil
	}
	for _, e := range []error{pos("epoch", c.Epoch), pos("fresh", c.Fresh), pos("checkTimeout", c.CheckTimeout),
		pos("roundTimeout", c.RoundTimeout), pos("requestTimeout", c.RequestTimeout), pos("dutyEvery", c.DutyEvery),
		pos("disputeWindow", c.DisputeWindow), pos("pollInterval", c.PollInterval), pos("verificationRound", c.VerificationRound),
		pos("verificationValidity", c.VerificationValidity), pos("verificationMaxAge", c.VerificationMaxAge), pos("minDowntime", c.MinDowntime),
		pos("fraudWindow", c.FraudWindow)} {
		if e != nil {
			return e
		}
	}
	switch {
	case c.DataDir == "":
		return errors.New("dataDir: empty")
	case c.Listen == "":
		return errors.New("listen: empty (peers reach the agreement endpoint there)")
	case c.FailuresNeeded < 2:
		return fmt.Errorf("failuresNeeded %d: at least 2 (one failed check is never enough)", c.FailuresNeeded)
	case c.PriceBucket < 0 || c.PriceBucket%time.Second != 0:
		return fmt.Errorf("priceBucket %s: whole seconds, 0 for no price duty", c.PriceBucket)
	case c.PriceToleranceBps >= 10_000:
		return fmt.Errorf("priceToleranceBps %d: under 10000", c.PriceToleranceBps)
	case c.RewardInspectorBps > 10_000:
		return fmt.Errorf("rewardInspectorBps %d: at most 10000", c.RewardInspectorBps)
	case c.AllowSimulated && !deployment.IsDevChain(d.ChainID):
		return fmt.Errorf("allowSimulated: chain %d is not a dev chain", d.ChainID)
	}
	return nil
}

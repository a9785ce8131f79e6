package indexer

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/follow"
)

// Follower follows the chain into the index: oracle/follow's reorg-safe follower (the one every node shares),
// with the index behind it. Each batch's logs are decoded and projected into the tables inside the store's
// one transaction, together with the rollback, the block window and the cursor. A log that cannot be decoded
// or mapped stops the follower (ErrMapping): the contracts and the indexer disagree, and retrying cannot help.
type Follower struct {
	*follow.Follower
}

// New prepares a follower; nothing touches the chain or the database until Start (or Sync).
func New(cfg Config, chain Chain, store Store, dec Decoder, clock Clock, log zerolog.Logger, m *Metrics) (*Follower, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if chain == nil || store == nil || dec == nil || clock == nil || m == nil {
		return nil, errors.New("indexer: chain, store, decoder, clock and metrics are required")
	}
	names := make(map[common.Address]string, len(cfg.Contracts))
	for name, addr := range cfg.Contracts {
		names[addr] = name
	}
	fcfg := cfg.Config
	fcfg.Addresses, fcfg.Fingerprint = dec.Addresses(), follow.Fingerprint(cfg.Contracts, cfg.StartBlock)
	idx := &index{store: store, dec: dec, names: names, metrics: m, log: log.With().Str("component", "indexer").Logger()}
	f, err := follow.New("follower", fcfg, chain, idx, clock, log.With().Str("node", "indexer").Logger(), m.Metrics)
	if err != nil {
		return nil, err
	}
	return &Follower{f}, nil
}

// index is the follower's Store: the indexer's Store, with logs decoded and projected into rows.
type index struct {
	store   Store
	dec     Decoder
	names   map[common.Address]string
	metrics *Metrics
	log     zerolog.Logger
}

func (x *index) State(ctx context.Context) (SyncState, bool, error) { return x.store.SyncState(ctx) }
func (x *index) Init(ctx context.Context, st SyncState) error       { return x.store.Init(ctx, st) }
func (x *index) Window(ctx context.Context) ([]BlockRef, error)     { return x.store.Window(ctx) }
func (x *index) Wipe(ctx context.Context) error                     { return x.store.Wipe(ctx) }

// Apply decodes the batch's logs and ingests them with the batch in one transaction.
func (x *index) Apply(ctx context.Context, b *Batch) error {
	events, err := x.decode(b.Logs)
	if err != nil {
		return follow.Halt(err)
	}
	var changes *Changes
	err = x.store.Ingest(ctx, b, func(r RowReader) (*Changes, error) {
		p := NewProjection(ctx, r, b.HotFrom, x.names)
		for i := range events {
			if err := p.Apply(&events[i]); err != nil {
				return nil, fmt.Errorf("%w: %w", ErrMapping, err)
			}
		}
		var err error
		changes, err = p.Changes()
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrMapping, err)
		}
		return changes, nil
	})
	if errors.Is(err, ErrMapping) {
		return follow.Halt(err)
	}
	if err != nil {
		return err
	}
	x.metrics.Events.Add(float64(len(events)))
	for _, w := range changes.Warnings {
		x.metrics.Warnings.Inc()
		x.log.Warn().Str("warning", w).Msg("event inconsistent with the mirrored state")
	}
	return nil
}

// decode turns logs into events; logs no ABI event matches are counted and skipped.
func (x *index) decode(logs []types.Log) ([]Event, error) {
	events := make([]Event, 0, len(logs))
	for i := range logs {
		l := &logs[i]
		ev, ok, err := x.dec.Decode(l)
		if err != nil {
			return nil, fmt.Errorf("%w: decode log %d of block %d (tx %s): %w", ErrMapping, l.Index, l.BlockNumber, l.TxHash.Hex(), err)
		}
		if !ok {
			x.metrics.UnknownLogs.Inc()
			continue
		}
		if ev.Time == 0 {
			ev.Time = l.BlockTimestamp
		}
		events = append(events, ev)
	}
	return events, nil
}

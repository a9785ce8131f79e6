package devnet

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// priceFeed is the devnet inspectors' GRID/USD observation. A dev chain has no market to observe, so the rate is
// the configured one; everything else is what a real inspector node does: the staked signer set attests it
// (KIND_GRID_PRICE, k-of-n signatures) and one of them posts it, again before the oracle's maximum age runs out.
type priceFeed struct {
	price  *big.Int
	every  time.Duration
	conn   *protocol.Conn
	signer []oracle.DigestSigner
	log    zerolog.Logger

	stop chan struct{}
	done chan struct{}

	mu       sync.Mutex
	lastErr  error
	lastPost time.Time
}

func newPriceFeed(price *big.Int, every time.Duration, client setupChain, d deployment.Deployment, chainID uint64,
	inspectors []Account, poll time.Duration, log zerolog.Logger,
) (*priceFeed, error) {
	if len(inspectors) == 0 {
		return nil, errors.New("devnet: price feed: no inspector accounts")
	}
	signers := make([]oracle.DigestSigner, len(inspectors))
	for i, a := range inspectors {
		signers[i] = keys.NewSigner(a.Key)
	}
	cfg := chain.DefaultConfig()
	cfg.PollInterval = poll
	sub, err := chain.NewSubmitter(cfg, client, keys.NewSigner(inspectors[0].Key), new(big.Int).SetUint64(chainID), protocol.Errors(), log)
	if err != nil {
		return nil, err
	}
	return &priceFeed{
		price: price, every: every, conn: protocol.NewConn(client, d, sub), signer: signers,
		log: log.With().Str("component", "devnet-price-feed").Logger(),
	}, nil
}

// post attests and posts the rate once, observed now on the chain's clock.
func (f *priceFeed) post(ctx context.Context) error {
	now, err := f.conn.Now(ctx)
	if err != nil {
		return fmt.Errorf("devnet: price feed: chain time: %w", err)
	}
	obs := oracle.GridPrice{Price: new(big.Int).Set(f.price), ObservedAt: now}
	po := protocol.NewPriceOracle(f.conn)
	id := common.BytesToHash(crypto.Keccak256([]byte(fmt.Sprintf("devnet grid price %d", now))))
	_, sigs, err := protocol.NewQuorum(f.conn).Attest(ctx, po.Address(), id, obs, f.signer)
	if err != nil {
		return fmt.Errorf("devnet: price feed: attest: %w", err)
	}
	if _, err := po.Post(ctx, obs, id, sigs); err != nil {
		return fmt.Errorf("devnet: price feed: post: %w", err)
	}
	f.mu.Lock()
	f.lastPost, f.lastErr = time.Now(), nil
	f.mu.Unlock()
	f.log.Info().Str("usd_per_grid_wei", f.price.String()).Uint64("observed_at", now).Msg("GRID/USD posted")
	return nil
}

// Start posts the rate before returning (so a ready devnet can price GRID leases) and keeps it fresh.
func (f *priceFeed) Start(ctx context.Context) error {
	if err := f.post(ctx); err != nil {
		return err
	}
	f.stop, f.done = make(chan struct{}), make(chan struct{})
	go func() {
		defer close(f.done)
		t := time.NewTicker(f.every)
		defer t.Stop()
		for {
			select {
			case <-f.stop:
				return
			case <-t.C:
				ctx, cancel := context.WithTimeout(context.Background(), f.every)
				if err := f.post(ctx); err != nil {
					f.mu.Lock()
					f.lastErr = err
					f.mu.Unlock()
					f.log.Warn().Err(err).Msg("GRID/USD refresh failed")
				}
				cancel()
			}
		}
	}()
	return nil
}

// Healthy fails when the last refresh failed.
func (f *priceFeed) Healthy() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.lastErr
}

// Close stops refreshing.
func (f *priceFeed) Close() error {
	if f.stop != nil {
		close(f.stop)
		<-f.done
		f.stop = nil
	}
	return nil
}

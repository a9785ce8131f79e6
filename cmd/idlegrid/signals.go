package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// errInterrupted is a command stopped by Ctrl-C or SIGTERM.
var errInterrupted = errors.New("interrupted")

// defaultGrace is how long a command has to stop after it was told to, before the process exits anyway.
const defaultGrace = time.Second

// interrupts is the CLI's answer to Ctrl-C and SIGTERM. With no transaction in flight the first signal cancels
// the command and the process exits within the grace period, whatever the command is doing. Once a
// transaction was sent, the first signal says which one is pending and waits for it (a transaction cannot be
// called back: leaving now would report a failure for something that then succeeds), refusing any further
// send; a second signal leaves, printing the hash and how to check it.
type interrupts struct {
	errOut io.Writer
	exit   func(code int)

	mu       sync.Mutex
	cancel   context.CancelFunc
	grace    time.Duration
	signals  int
	stopping bool
	pending  map[uint64]sentTx         // by nonce: a replacement keeps its slot
	byHash   map[common.Hash]uint64    // every hash sent, to its nonce
	names    map[common.Address]string // contract names, for labels
	finished chan struct{}
}

// sentTx is a transaction in flight.
type sentTx struct {
	hash  common.Hash
	label string
}

func newInterrupts(errOut io.Writer, exit func(int)) *interrupts {
	return &interrupts{errOut: errOut, exit: exit, grace: defaultGrace, pending: map[uint64]sentTx{},
		byHash: map[common.Hash]uint64{}, names: map[common.Address]string{}, finished: make(chan struct{})}
}

// interruptsOf is the app's handler.
func interruptsOf(app *cli.App) *interrupts {
	i, _ := app.Metadata["interrupts"].(*interrupts)
	return i
}

// context derives the commands' context: cancelled by the handler.
func (i *interrupts) context(parent context.Context) context.Context {
	ctx, cancel := context.WithCancelCause(parent)
	i.mu.Lock()
	i.cancel = func() { cancel(errInterrupted) }
	i.mu.Unlock()
	return ctx
}

// setGrace gives a command that shuts down on its own (the devnet saving its chain) longer to do so.
func (i *interrupts) setGrace(d time.Duration) {
	i.mu.Lock()
	i.grace = d
	i.mu.Unlock()
}

// done tells the handler the command has returned: no forced exit is needed any more.
func (i *interrupts) done() {
	i.mu.Lock()
	defer i.mu.Unlock()
	select {
	case <-i.finished:
	default:
		close(i.finished)
	}
}

// watch handles signals until the command returns.
func (i *interrupts) watch(signals <-chan os.Signal) {
	go func() {
		for {
			select {
			case <-i.finished:
				return
			case sig := <-signals:
				i.interrupt(sig)
			}
		}
	}()
}

// interrupt handles one Ctrl-C or SIGTERM.
func (i *interrupts) interrupt(sig os.Signal) {
	i.mu.Lock()
	i.signals++
	n, pending, cancel, grace := i.signals, i.pendingLocked(), i.cancel, i.grace
	if len(pending) > 0 && n == 1 {
		i.stopping = true
		i.mu.Unlock()
		for _, p := range pending {
			fmt.Fprintf(i.errOut, "\n%s: waiting for transaction %s (%s) to be mined, then stopping; press Ctrl-C again to leave without waiting\n", sig, p.hash.Hex(), p.label)
		}
		return
	}
	i.stopping = true
	i.mu.Unlock()
	if len(pending) > 0 {
		for _, p := range pending {
			fmt.Fprintf(i.errOut, "\nleft without waiting: transaction %s (%s) is pending and may still succeed; check it with `idlegrid tx show %s`\n", p.hash.Hex(), p.label, p.hash.Hex())
		}
	} else if n == 1 {
		fmt.Fprintf(i.errOut, "\n%s: stopping\n", sig)
	}
	if cancel != nil {
		cancel()
	}
	go func() {
		select {
		case <-i.finished:
		case <-time.After(grace):
			fmt.Fprintf(i.errOut, "idlegrid: did not stop within %s of %s: exiting\n", grace, sig)
			i.exit(exitFailure)
		}
	}()
}

func (i *interrupts) pendingLocked() []sentTx {
	out := make([]sentTx, 0, len(i.pending))
	for _, p := range i.pending {
		out = append(out, p)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].label < out[b].label })
	return out
}

// sent records a transaction broadcast, or refuses it once the user asked to stop.
func (i *interrupts) sent(tx *types.Transaction) error {
	i.mu.Lock()
	defer i.mu.Unlock()
	if i.stopping {
		if _, replacing := i.pending[tx.Nonce()]; !replacing {
			return fmt.Errorf("%w: not sending another transaction", errInterrupted)
		}
	}
	label := "a transaction"
	if to := tx.To(); to != nil {
		if name, ok := i.names[*to]; ok {
			label = "to " + name
		} else {
			label = "to " + to.Hex()
		}
	}
	i.pending[tx.Nonce()] = sentTx{hash: tx.Hash(), label: label}
	i.byHash[tx.Hash()] = tx.Nonce()
	return nil
}

// mined records that a transaction (or one replacing it) made it into a block.
func (i *interrupts) mined(hash common.Hash) {
	i.mu.Lock()
	defer i.mu.Unlock()
	if nonce, ok := i.byHash[hash]; ok {
		delete(i.pending, nonce)
	}
}

// pendingHashes lists the transactions in flight (tests, messages).
func (i *interrupts) pendingHashes() []string {
	i.mu.Lock()
	defer i.mu.Unlock()
	var out []string
	for _, p := range i.pendingLocked() {
		out = append(out, p.hash.Hex())
	}
	return out
}

// knowContracts names a deployment's contracts in messages.
func (i *interrupts) knowContracts(d deployment.Deployment) {
	i.mu.Lock()
	defer i.mu.Unlock()
	for _, c := range d.Contracts.All() {
		i.names[c.Address] = c.Name
	}
}

// trackedBackend is the node as the submitter sees it, with every broadcast and receipt reported to the
// interrupt handler.
type trackedBackend struct {
	chain.TxBackend
	intr *interrupts
}

func (b *trackedBackend) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if err := b.intr.sent(tx); err != nil {
		return err
	}
	return b.TxBackend.SendTransaction(ctx, tx)
}

func (b *trackedBackend) TransactionReceipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	r, err := b.TxBackend.TransactionReceipt(ctx, hash)
	if err == nil && r != nil {
		b.intr.mined(hash)
	}
	return r, err
}

// interruptedError says what an interrupted command leaves behind.
func interruptedError(err error) error {
	if err == nil || !errors.Is(err, context.Canceled) && !errors.Is(err, errInterrupted) {
		return err
	}
	if errors.Is(err, errInterrupted) {
		return err
	}
	// A context.Canceled from a call the interrupt cut short (its text may even say "interrupted", as net/http's
	// does) is still the interrupt: callers and --json match errInterrupted, not the text.
	return fmt.Errorf("%w (%v)", errInterrupted, err)
}

package observe

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// VerifiedResult is an ended lease's result this node established itself: the provider node's statement,
// signed by its node key, named CID, and this node fetched the whole DAG at CID with every block re-hashed
// against its CID. Nothing less is recorded: a statement whose content could not be fetched, or did not hash,
// vouches for nothing.
type VerifiedResult struct {
	Lease   uint64
	Machine common.Hash
	CID     string
	// At is when this node finished the fetch.
	At time.Time
}

// MaxResultCID bounds a recorded CID's text.
const MaxResultCID = 128

// Validate names the first bad field.
func (r VerifiedResult) Validate() error {
	switch {
	case r.Lease == 0 || r.Lease > 1<<63-1:
		return fmt.Errorf("observe: result: lease %d: want 1..2^63-1", r.Lease)
	case r.Machine == (common.Hash{}):
		return errors.New("observe: result: machine: zero")
	case r.CID == "" || len(r.CID) > MaxResultCID:
		return fmt.Errorf("observe: result: cid: %d characters, want 1..%d", len(r.CID), MaxResultCID)
	case r.At.IsZero() || r.At.Unix() <= 0:
		return fmt.Errorf("observe: result: at: %s is not a time", r.At)
	}
	return nil
}

// ResultStore keeps the verified results durably (inspector/sqlstore implements it). A lease has one: the
// first recorded stays (a provider node publishing another CID later changes nothing this node saw).
type ResultStore interface {
	// PutResult records r unless lease r.Lease has a result; it returns the lease's recorded one.
	PutResult(ctx context.Context, r VerifiedResult) (VerifiedResult, error)
	// Result is lease's recorded result.
	Result(ctx context.Context, lease uint64) (VerifiedResult, bool, error)
}

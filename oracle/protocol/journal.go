package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"

	"github.com/idlegrid/idlegrid/bindings/leaseescrow"
	"github.com/idlegrid/idlegrid/bindings/leasejournal"
)

// ErrBadJobCID means a job CID the chain cannot carry: not a CID with a 32-byte sha2-256 digest, nor 0x and 64
// hex digits.
var ErrBadJobCID = errors.New("bad job CID")

// JobDigest is what a lease records of a job spec's CID: the 32-byte sha2-256 digest of its multihash (the
// escrow and journal keep 32 bytes). It takes a CID (v0 "Qm…" or v1 "bafy…", sha2-256) or the digest itself as
// 0x and 64 hex digits.
func JobDigest(s string) (common.Hash, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return common.Hash{}, fmt.Errorf("%w: empty", ErrBadJobCID)
	}
	if strings.HasPrefix(s, "0x") {
		b, err := hexutil.Decode(s)
		if err != nil || len(b) != 32 {
			return common.Hash{}, fmt.Errorf("%w %q: give a CID, or 0x and 64 hex digits", ErrBadJobCID, s)
		}
		if h := common.BytesToHash(b); h != (common.Hash{}) {
			return h, nil
		}
		return common.Hash{}, fmt.Errorf("%w: the zero digest names no job", ErrBadJobCID)
	}
	c, err := cid.Decode(s)
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w %q: %v", ErrBadJobCID, s, err)
	}
	d, err := mh.Decode(c.Hash())
	if err != nil {
		return common.Hash{}, fmt.Errorf("%w %q: %v", ErrBadJobCID, s, err)
	}
	if d.Code != mh.SHA2_256 || len(d.Digest) != 32 {
		return common.Hash{}, fmt.Errorf("%w %q: its hash is %s; the chain records sha2-256 digests (what `idlegrid` and IPFS add by default)", ErrBadJobCID, s, mh.Codes[d.Code])
	}
	return common.BytesToHash(d.Digest), nil
}

// JobCID is the CIDv1 (raw codec, sha2-256) of a job digest: the CID of a job spec of one block, which is
// how oracle/content names small files. A spec of several blocks has a dag-pb CID with the same digest.
func JobCID(digest common.Hash) string {
	m, err := mh.Encode(digest[:], mh.SHA2_256)
	if err != nil {
		return digest.Hex() // a 32-byte sha2-256 digest always encodes
	}
	return cid.NewCidV1(cid.Raw, m).String()
}

// JournalRecord is what the chain records about a lease's job and its completion.
type JournalRecord struct {
	// Job is the job spec's digest (zero: not named yet); NamedAtOpen tells whether the renter named it when
	// opening the lease (LeaseOpened) or later (LeaseJournal.setJob).
	Job         common.Hash
	NamedAtOpen bool
	// Completed: a result is recorded; ResultCID is the latest one (the attested one when there is one).
	Completed bool
	Attested  bool
	ResultCID string
}

// Journal names a lease's job after it opened and records completions on the LeaseJournal.
type Journal struct{ c *Conn }

// NewJournal gives journal operations over c.
func NewJournal(c *Conn) *Journal { return &Journal{c: c} }

func (j *Journal) addr() common.Address { return j.c.d.Contracts.LeaseJournal }

// SetJob names the job of one of the account's open leases that was opened without one (once).
func (j *Journal) SetJob(ctx context.Context, id *big.Int, job common.Hash) (Tx, error) {
	if job == (common.Hash{}) {
		return Tx{}, fmt.Errorf("set job of lease %s: %w: the zero digest names no job", id, ErrBadJobCID)
	}
	lj := leasejournal.NewLeaseJournal()
	tx, _, err := j.c.send(ctx, "set lease job", j.addr(), lj.PackSetJob(id, job))
	return tx, err
}

// RecordCompletion records, as the lease's renter, the CID of the job's result (unless one is recorded).
func (j *Journal) RecordCompletion(ctx context.Context, id *big.Int, resultCID string) (Tx, error) {
	if strings.TrimSpace(resultCID) == "" {
		return Tx{}, fmt.Errorf("record completion of lease %s: empty result CID", id)
	}
	lj := leasejournal.NewLeaseJournal()
	tx, _, err := j.c.send(ctx, "record completion", j.addr(), lj.PackRecordCompletion(id, resultCID))
	return tx, err
}

// AttestCompletion submits a quorum-attested completion (kind Completion, target the LeaseJournal); it
// supersedes the renter's own record. Anyone may submit it.
func (j *Journal) AttestCompletion(ctx context.Context, id *big.Int, resultCID string, attestationID common.Hash, signatures []byte) (Tx, error) {
	lj := leasejournal.NewLeaseJournal()
	tx, _, err := j.c.send(ctx, "attest completion", j.addr(), lj.PackAttestCompletion(id, resultCID, attestationID, signatures))
	return tx, err
}

// Record reads lease id's job and completion from the escrow's and the journal's events.
func (j *Journal) Record(ctx context.Context, id *big.Int) (JournalRecord, error) {
	esc, lj := leaseescrow.NewLeaseEscrow(), leasejournal.NewLeaseJournal()
	idTopic := common.BigToHash(id)
	logs, err := j.c.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(j.c.d.Block),
		Addresses: []common.Address{j.c.d.Contracts.LeaseEscrow, j.addr()},
		Topics: [][]common.Hash{{esc.GetABI().Events["LeaseOpened"].ID, lj.GetABI().Events["JobSet"].ID,
			lj.GetABI().Events["CompletionRecorded"].ID}, {idTopic}},
	})
	if err != nil {
		return JournalRecord{}, fmt.Errorf("journal of lease %s: %w", id, err)
	}
	var r JournalRecord
	for i := range logs {
		lg := &logs[i]
		switch lg.Address {
		case j.c.d.Contracts.LeaseEscrow:
			if ev, err := esc.UnpackLeaseOpenedEvent(lg); err == nil && ev.JobCID != ([32]byte{}) {
				r.Job, r.NamedAtOpen = ev.JobCID, true
			}
		case j.addr():
			if ev, err := lj.UnpackJobSetEvent(lg); err == nil {
				r.Job = ev.JobCID
				continue
			}
			if ev, err := lj.UnpackCompletionRecordedEvent(lg); err == nil && (ev.Attested || !r.Attested) {
				r.Completed, r.Attested, r.ResultCID = true, ev.Attested, ev.ResultCID
			}
		}
	}
	return r, nil
}

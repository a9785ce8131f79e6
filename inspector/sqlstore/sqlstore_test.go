package sqlstore_test

import (
	"bytes"
	"context"
	"math"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/inspector/agree"
	"github.com/idlegrid/idlegrid/inspector/observe"
	"github.com/idlegrid/idlegrid/inspector/sqlstore"
	"github.com/idlegrid/idlegrid/oracle"
)

func TestSignedRecords(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "i.db")
	db, err := sqlstore.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := agree.Decision{Kind: oracle.KindBreach, Subject: common.HexToHash("0x7"), Window: 2}
	at := time.UnixMilli(1_700_000_000_123)
	a := agree.Record{Decision: d, Value: []byte("A"), Digest: common.HexToHash("0xd1"), Signature: []byte("sig-a"), SignedAt: at}
	got, err := db.PutSigned(ctx, a)
	if err != nil || !bytes.Equal(got.Value, a.Value) {
		t.Fatalf("insert: %+v %v", got, err)
	}
	// Another answer: the first stands and is returned.
	b := a
	b.Value, b.Signature = []byte("B"), []byte("sig-b")
	if got, err = db.PutSigned(ctx, b); err != nil || !bytes.Equal(got.Value, []byte("A")) || !bytes.Equal(got.Signature, []byte("sig-a")) {
		t.Fatalf("conflicting answer: %+v %v", got, err)
	}
	// The same answer under a new digest (a new signer set version) replaces the signature.
	a2 := a
	a2.Digest, a2.Signature = common.HexToHash("0xd2"), []byte("sig-a2")
	if got, err = db.PutSigned(ctx, a2); err != nil || got.Digest != a2.Digest {
		t.Fatalf("re-sign: %+v %v", got, err)
	}
	if _, err := db.PutSigned(ctx, agree.Record{Decision: agree.Decision{Kind: 1, Subject: d.Subject, Window: math.MaxUint64}, Value: []byte("x"), Signature: []byte("s")}); err == nil {
		t.Fatal("a window beyond int64 accepted")
	}
	if _, err := db.PutSigned(ctx, agree.Record{Decision: d}); err == nil {
		t.Fatal("a record without value accepted")
	}
	db.Close()
	// Reopening applies no migration twice and keeps the record.
	db, err = sqlstore.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	rec, ok, err := db.Signed(ctx, d)
	if err != nil || !ok || !bytes.Equal(rec.Signature, []byte("sig-a2")) || rec.Decision != d || !rec.SignedAt.Equal(at) {
		t.Fatalf("after reopen: %+v %v %v", rec, ok, err)
	}
	if _, ok, _ := db.Signed(ctx, agree.Decision{Kind: d.Kind, Subject: d.Subject}); ok {
		t.Fatal("window 0 found")
	}
	w, ok, err := db.LatestWindow(ctx, d.Kind, d.Subject)
	if err != nil || !ok || w != 2 {
		t.Fatalf("latest window %d %v %v", w, ok, err)
	}
	if _, ok, _ := db.LatestWindow(ctx, oracle.KindGridPrice, d.Subject); ok {
		t.Fatal("latest window of another kind")
	}
	if err := db.Healthy(ctx); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", ":memory:", "x.db?mode=ro"} {
		if _, err := sqlstore.Open(ctx, bad); err == nil {
			t.Errorf("path %q accepted", bad)
		}
	}
}

// TestResults: a lease's first verified result stays, across a reopen; a bad one is refused by field.
func TestResults(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "i.db")
	db, err := sqlstore.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	at := time.UnixMilli(1_700_000_000_456)
	r := observe.VerifiedResult{Lease: 9, Machine: common.HexToHash("0x6d"), CID: "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq", At: at}
	if got, err := db.PutResult(ctx, r); err != nil || got != r {
		t.Fatalf("put: %+v %v", got, err)
	}
	other := r
	other.CID, other.At = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku", at.Add(time.Minute)
	if got, err := db.PutResult(ctx, other); err != nil || got != r {
		t.Fatalf("second result of the lease: %+v %v, want the first", got, err)
	}
	for _, bad := range []observe.VerifiedResult{{Machine: r.Machine, CID: r.CID, At: at}, {Lease: 1, CID: r.CID, At: at},
		{Lease: 1, Machine: r.Machine, At: at}, {Lease: 1, Machine: r.Machine, CID: r.CID}, {Lease: math.MaxUint64, Machine: r.Machine, CID: r.CID, At: at}} {
		if _, err := db.PutResult(ctx, bad); err == nil {
			t.Errorf("%+v accepted", bad)
		}
	}
	db.Close()
	if db, err = sqlstore.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if got, ok, err := db.Result(ctx, 9); err != nil || !ok || got != r {
		t.Fatalf("after reopen: %+v %v %v", got, ok, err)
	}
	if _, ok, err := db.Result(ctx, 10); err != nil || ok {
		t.Fatalf("lease without a result: %v %v", ok, err)
	}
}

package liveness_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/liveness"
)

// resultCID is a canonical CIDv1 (raw, sha2-256) of "hello".
const resultCID = "bafkreibm6jg3ux5qumhcn2b3flc3tyu6dmlb4xa7u5bf44yegnrjhc4yeq"

// results is a fake of our ResultSource: lease → CID.
type results map[int64]string

func (r results) Result(_ context.Context, _ common.Hash, lease *big.Int) (string, error) {
	c, ok := r[lease.Int64()]
	if !ok {
		return "", liveness.ErrNoResult
	}
	return c, nil
}

func TestLeaseResultRoundTrip(t *testing.T) {
	n := newNode(t, liveness.HandlerConfig{Results: results{7: resultCID}})
	c := newClient(t, liveness.ClientConfig{})
	target := liveness.Target{URL: n.srv.URL, Machine: machine, Node: n.signer.Address()}
	got, err := c.Result(context.Background(), target, big.NewInt(7))
	if err != nil {
		t.Fatal(err)
	}
	if got.ResultCID != resultCID || got.LeaseID.Int64() != 7 || got.Node != n.signer.Address() || got.Machine != machine {
		t.Fatalf("result %+v", got)
	}
	if _, err := c.Result(context.Background(), target, big.NewInt(8)); !errors.Is(err, liveness.ErrNoResult) {
		t.Fatalf("lease without a result: %v, want ErrNoResult", err)
	}
	// Another key than the machine's node key: not the node's word.
	other := target
	other.Node = common.HexToAddress("0x0000000000000000000000000000000000000bad")
	if _, err := c.Result(context.Background(), other, big.NewInt(7)); !errors.Is(err, liveness.ErrBadSignature) {
		t.Fatalf("result checked against another node key: %v, want ErrBadSignature", err)
	}
}

// TestLeaseResultForgedAndMalformed: a statement signed by the node key about another lease is forged; one
// with a CID that does not decode, or is not canonical, is malformed before any signature is checked.
func TestLeaseResultForgedAndMalformed(t *testing.T) {
	signer := keys.NewSigner(key(t, 1))
	sign := func(r liveness.LeaseResult) liveness.LeaseResult {
		d, err := r.Digest()
		if err != nil {
			t.Fatal(err)
		}
		if r.Signature, err = signer.SignDigest(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		return r
	}
	var serve liveness.LeaseResult
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_ = json.NewEncoder(w).Encode(serve)
	}))
	t.Cleanup(srv.Close)
	c := newClient(t, liveness.ClientConfig{})
	target := liveness.Target{URL: srv.URL, Machine: machine, Node: signer.Address()}
	good := liveness.LeaseResult{Machine: machine, Node: signer.Address(), LeaseID: big.NewInt(7), ResultCID: resultCID}
	for _, tc := range []struct {
		name string
		res  liveness.LeaseResult
		want error
	}{
		{"another lease", sign(func() liveness.LeaseResult { r := good; r.LeaseID = big.NewInt(8); return r }()), liveness.ErrForged},
		{"another machine", sign(func() liveness.LeaseResult { r := good; r.Machine = crypto.Keccak256Hash([]byte("x")); return r }()), liveness.ErrForged},
		{"not a CID", func() liveness.LeaseResult { r := sign(good); r.ResultCID = "not-a-cid"; return r }(), liveness.ErrMalformed},
		{"not canonical", func() liveness.LeaseResult {
			r := sign(good)
			r.ResultCID = "B" + strings.ToUpper(resultCID[1:])
			return r
		}(), liveness.ErrMalformed},
		{"tampered CID", func() liveness.LeaseResult {
			r := sign(good)
			r.ResultCID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
			return r
		}(), liveness.ErrBadSignature},
	} {
		t.Run(tc.name, func(t *testing.T) {
			serve = tc.res
			if _, err := c.Result(context.Background(), target, big.NewInt(7)); !errors.Is(err, tc.want) {
				t.Fatalf("%v, want %v", err, tc.want)
			}
		})
	}
	serve = sign(good)
	if _, err := c.Result(context.Background(), target, big.NewInt(7)); err != nil {
		t.Fatalf("the genuine statement: %v", err)
	}
}

func TestLeaseResultHandlerRejects(t *testing.T) {
	n := newNode(t, liveness.HandlerConfig{Results: results{7: resultCID}})
	bare := newNode(t, liveness.HandlerConfig{})
	for _, tc := range []struct {
		name, url, method string
		status            int
		body              string
	}{
		{"no results served", bare.srv.URL + liveness.ResultPath + "?machine=" + machine.Hex() + "&lease=7", http.MethodGet, 404, "publishes no results"},
		{"POST", n.srv.URL + liveness.ResultPath + "?machine=" + machine.Hex() + "&lease=7", http.MethodPost, 405, "use GET"},
		{"bad machine", n.srv.URL + liveness.ResultPath + "?machine=0x12&lease=7", http.MethodGet, 400, "machine"},
		{"other machine", n.srv.URL + liveness.ResultPath + "?machine=" + common.Hash{1}.Hex() + "&lease=7", http.MethodGet, 404, "not served"},
		{"bad lease", n.srv.URL + liveness.ResultPath + "?machine=" + machine.Hex() + "&lease=-1", http.MethodGet, 400, "lease"},
		{"no result", n.srv.URL + liveness.ResultPath + "?machine=" + machine.Hex() + "&lease=9", http.MethodGet, 404, "no result"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, _ := http.NewRequest(tc.method, tc.url, nil)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			var eb struct{ Error string }
			_ = json.NewDecoder(resp.Body).Decode(&eb)
			if resp.StatusCode != tc.status || !strings.Contains(eb.Error, tc.body) {
				t.Fatalf("HTTP %d %q, want %d containing %q", resp.StatusCode, eb.Error, tc.status, tc.body)
			}
		})
	}
}

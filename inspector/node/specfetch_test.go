package node

import (
	"context"
	"crypto/rand"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle/content"
)

type oneListing Listing

func (l oneListing) Machine(context.Context, common.Hash) (Listing, error) { return Listing(l), nil }

// TestSpecFetchIsBoundedToASpec: a listing's metadata CID is the provider's word, and the directory fetched it
// into memory under content's default limits (64 GiB). A provider naming a large DAG (here 16 MiB) as its spec
// must cost an inspector at most a spec's worth of memory and transfer, not the whole DAG.
func TestSpecFetchIsBoundedToASpec(t *testing.T) {
	ctx := context.Background()
	store := content.NewMemoryStore()
	junk := make([]byte, 16<<20) // random: no two chunks alike, so the CAR carries every byte
	rand.Read(junk)
	big, err := store.AddBytes(ctx, junk)
	if err != nil {
		t.Fatal(err)
	}
	var served atomic.Int64
	gw := content.NewGateway(store, content.GatewayConfig{}, zerolog.Nop())
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gw.ServeHTTP(&countingWriter{ResponseWriter: w, n: &served}, r)
	}))
	t.Cleanup(srv.Close)
	d := NewMetadataDirectory(oneListing{Provider: common.HexToAddress("0xb0b"), Listed: true, Metadata: big.String()},
		[]string{srv.URL}, 10*time.Second)
	_, err = d.Machine(ctx, common.HexToHash("0x01"))
	if err == nil {
		t.Error("a 16 MiB spec was taken")
	}
	// What the server got written: the first block and what the sockets buffer, not the DAG.
	if n := served.Load(); n > 6<<20 {
		t.Errorf("the inspector read %d bytes of a 16 MiB DAG for a spec of at most %d", n, MaxSpecBytes)
	}
}

type countingWriter struct {
	http.ResponseWriter
	n *atomic.Int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.ResponseWriter.Write(p)
	c.n.Add(int64(n))
	return n, err
}

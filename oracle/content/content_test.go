package content

import (
	"archive/tar"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ipfs/go-cid"
	carv2 "github.com/ipld/go-car/v2"
	carstorage "github.com/ipld/go-car/v2/storage"
	mh "github.com/multiformats/go-multihash"
	"github.com/rs/zerolog"
)

var ctx = context.Background()

func randomBytes(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// TestSmallFileIsRawCID: a file of one chunk or less is named by the raw CID of its bytes (sha2-256 computed
// here with crypto/sha256, not boxo), which is what makes a job spec's CID its digest.
func TestSmallFileIsRawCID(t *testing.T) {
	s := NewMemoryStore()
	for _, b := range [][]byte{[]byte(`{"version":1}`), randomBytes(ChunkSize, 1)} {
		c, err := s.AddBytes(ctx, b)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(b)
		want := cid.NewCidV1(cid.Raw, append([]byte{0x12, 0x20}, sum[:]...))
		if !c.Equals(want) {
			t.Fatalf("%d bytes: CID %s, want %s", len(b), c, want)
		}
		got, err := s.ReadFile(ctx, c, int64(len(b)))
		if err != nil || !bytes.Equal(got, b) {
			t.Fatalf("read back: %v", err)
		}
	}
	// "hello world\n" has a well-known CIDv1 raw name.
	c, _ := s.AddBytes(ctx, []byte("hello world\n"))
	if c.String() != "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4" {
		t.Fatalf("hello world: %s", c)
	}
}

func TestLargeFileRoundTrip(t *testing.T) {
	s := NewMemoryStore()
	data := randomBytes(3*ChunkSize+123, 2)
	c, err := s.AddReader(ctx, bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if c.Type() != cid.DagProtobuf || c.Version() != 1 {
		t.Fatalf("multi-chunk file CID %s", c)
	}
	got, err := s.ReadFile(ctx, c, int64(len(data)))
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("read back: %v", err)
	}
	if _, err := s.ReadFile(ctx, c, int64(len(data))-1); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("limit: %v", err)
	}
	// The same bytes give the same CID in another store.
	c2, _ := NewMemoryStore().AddBytes(ctx, data)
	if !c2.Equals(c) {
		t.Fatal("CID depends on the store")
	}
}

// tree makes a folder with files, a subfolder, an empty file and a symlink.
func tree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	must := func(err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(os.MkdirAll(filepath.Join(dir, "sub", "deeper"), 0o755))
	must(os.WriteFile(filepath.Join(dir, "a.txt"), []byte("alpha\n"), 0o644))
	must(os.WriteFile(filepath.Join(dir, "empty"), nil, 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "big.bin"), randomBytes(2*ChunkSize+5, 3), 0o644))
	must(os.WriteFile(filepath.Join(dir, "sub", "deeper", "c.txt"), []byte("gamma\n"), 0o644))
	must(os.Symlink("a.txt", filepath.Join(dir, "link")))
	return dir
}

func tarEntries(t *testing.T, data []byte) map[string]string {
	t.Helper()
	out := map[string]string{}
	tr := tar.NewReader(bytes.NewReader(data))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(tr)
		switch h.Typeflag {
		case tar.TypeDir:
			out[h.Name] = "dir"
		case tar.TypeSymlink:
			out[h.Name] = "-> " + h.Linkname
		default:
			out[h.Name] = string(b)
		}
	}
}

func TestAddPathAndTar(t *testing.T) {
	dir := tree(t)
	s := NewMemoryStore()
	c, err := s.AddPath(ctx, dir)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := NewMemoryStore().AddPath(ctx, dir)
	if !again.Equals(c) {
		t.Fatal("the same folder gave two CIDs")
	}
	var buf bytes.Buffer
	if err := s.WriteTar(ctx, c, "ignored", &buf, 10<<20); err != nil {
		t.Fatal(err)
	}
	got := tarEntries(t, buf.Bytes())
	big, _ := os.ReadFile(filepath.Join(dir, "sub", "big.bin"))
	want := map[string]string{"./": "dir", "a.txt": "alpha\n", "empty": "", "link": "-> a.txt", "sub/": "dir",
		"sub/big.bin": string(big), "sub/deeper/": "dir", "sub/deeper/c.txt": "gamma\n"}
	if !reflect.DeepEqual(got, want) {
		keys := func(m map[string]string) (k []string) {
			for n := range m {
				k = append(k, n)
			}
			return
		}
		t.Fatalf("tar entries %v, want %v", keys(got), keys(want))
	}
	if err := s.WriteTar(ctx, c, "", io.Discard, ChunkSize); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("tar over the limit: %v", err)
	}
	// A file is one entry under the given name.
	fc, _ := s.AddBytes(ctx, []byte("spec"))
	buf.Reset()
	if err := s.WriteTar(ctx, fc, "spec.json", &buf, 100); err != nil {
		t.Fatal(err)
	}
	if got := tarEntries(t, buf.Bytes()); !reflect.DeepEqual(got, map[string]string{"spec.json": "spec"}) {
		t.Fatalf("file tar %v", got)
	}
	if _, err := s.ReadFile(ctx, c, 100); !errors.Is(err, ErrMalformed) {
		t.Fatalf("ReadFile of a folder: %v", err)
	}
}

// TestFileStore: blocks survive reopening, a half-written block (a kill -9 during a put) is invisible, and a
// block damaged on disk is reported, never served.
func TestFileStore(t *testing.T) {
	dir := t.TempDir()
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	data := randomBytes(ChunkSize+10, 4)
	c, err := s.AddBytes(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	var files []string
	_ = filepath.WalkDir(filepath.Join(dir, "blocks"), func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	if len(files) != 3 { // two leaves and the root
		t.Fatalf("%d block files: %v", len(files), files)
	}
	// A temporary file left by a killed put is not a block.
	if err := os.WriteFile(filepath.Join(filepath.Dir(files[0]), ".put-123"), []byte("half"), 0o644); err != nil {
		t.Fatal(err)
	}
	s2, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s2.ReadFile(ctx, c, int64(len(data)))
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("after reopening: %v", err)
	}
	keys, _ := s2.Blockstore().AllKeysChan(ctx)
	n := 0
	for range keys {
		n++
	}
	if n != 3 {
		t.Fatalf("AllKeysChan listed %d blocks", n)
	}
	// Damage one leaf on disk.
	for _, f := range files {
		b, _ := os.ReadFile(f)
		if len(b) > 1000 {
			b[500] ^= 1
			if err := os.WriteFile(f, b, 0o644); err != nil {
				t.Fatal(err)
			}
			break
		}
	}
	if got, err := s2.ReadFile(ctx, c, int64(len(data))); err == nil {
		t.Fatalf("a file with a damaged block read back (%d bytes)", len(got))
	}
	keys, _ = s2.Blockstore().AllKeysChan(ctx)
	mismatches := 0
	for k := range keys {
		if _, err := s2.Blockstore().Get(ctx, k); errors.Is(err, ErrHashMismatch) {
			mismatches++
		}
	}
	if mismatches != 1 {
		t.Fatalf("%d blocks reported damaged, want 1", mismatches)
	}
	if ok, _ := s2.Has(ctx, c); ok {
		t.Fatal("a DAG with a damaged block is reported whole")
	}
}

// section is one CAR block, written as the test wants it (possibly wrong).
type section struct {
	c    cid.Cid
	data []byte
}

// rawCAR writes a CARv1 by hand: go-car's writer for the header, sections appended as given, unchecked.
func rawCAR(t *testing.T, roots []cid.Cid, secs []section) []byte {
	t.Helper()
	var buf bytes.Buffer
	if _, err := carstorage.NewWritable(&buf, roots, carv2.WriteAsCarV1(true)); err != nil {
		t.Fatal(err)
	}
	for _, s := range secs {
		b := s.c.Bytes()
		buf.Write(binary.AppendUvarint(nil, uint64(len(b)+len(s.data))))
		buf.Write(b)
		buf.Write(s.data)
	}
	return buf.Bytes()
}

// sectionsOf reads a CAR's blocks, trusting them (the test's own export).
func sectionsOf(t *testing.T, car []byte) []section {
	t.Helper()
	br, err := carv2.NewBlockReader(bytes.NewReader(car))
	if err != nil {
		t.Fatal(err)
	}
	var out []section
	for {
		b, err := br.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, section{b.Cid(), b.RawData()})
	}
}

// largest is the index of the biggest block, the one tests tamper with.
func largest(secs []section) int {
	i := 0
	for j, s := range secs {
		if len(s.data) > len(secs[i].data) {
			i = j
		}
	}
	return i
}

// fixture adds a folder and returns its store, root and exported CAR.
func fixture(t *testing.T) (*Store, cid.Cid, []byte) {
	t.Helper()
	s := NewMemoryStore()
	root, err := s.AddPath(ctx, tree(t))
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := s.ExportCAR(ctx, root, ScopeAll, &buf); err != nil {
		t.Fatal(err)
	}
	return s, root, buf.Bytes()
}

func testLimits() Limits {
	return Limits{MaxBytes: 16 << 20, MaxBlocks: 1000, MaxBlockSize: 2 << 20, MaxPending: 4 << 20}
}

func TestCARRoundTrip(t *testing.T) {
	_, root, car := fixture(t)
	secs := sectionsOf(t, car)
	if !secs[0].c.Equals(root) {
		t.Fatal("the CAR does not start with its root")
	}
	seen := map[cid.Cid]bool{}
	for _, s := range secs {
		if seen[s.c] {
			t.Fatalf("block %s twice", s.c)
		}
		seen[s.c] = true
	}
	dst := NewMemoryStore()
	got, err := dst.ImportCAR(ctx, bytes.NewReader(car), testLimits())
	if err != nil || !got.Equals(root) {
		t.Fatalf("import: %s %v", got, err)
	}
	if ok, err := dst.Has(ctx, root); !ok || err != nil {
		t.Fatalf("imported DAG not whole: %v", err)
	}
	// Any order is accepted (children held until their parent arrives), duplicates too.
	rev := append([]section(nil), secs...)
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	rev = append(rev, secs[1])
	if _, err := NewMemoryStore().ImportCAR(ctx, bytes.NewReader(rawCAR(t, []cid.Cid{root}, rev)), testLimits()); err != nil {
		t.Fatalf("reversed CAR: %v", err)
	}
	// A CAR may leave out what the store already has.
	partial := NewMemoryStore()
	if _, err := partial.ImportCAR(ctx, bytes.NewReader(car), testLimits()); err != nil {
		t.Fatal(err)
	}
	if _, err := partial.ImportCAR(ctx, bytes.NewReader(rawCAR(t, []cid.Cid{root}, secs[:1])), testLimits()); err != nil {
		t.Fatalf("root only, rest present: %v", err)
	}
}

// TestImportRefuses: every way a CAR can be wrong is refused with a typed error, and a refused block never
// reaches the store.
func TestImportRefuses(t *testing.T) {
	_, root, car := fixture(t)
	secs := sectionsOf(t, car)
	tampered := append([]section(nil), secs...)
	last := largest(secs)
	bad := append([]byte(nil), tampered[last].data...)
	bad[0] ^= 0xff
	tampered[last] = section{tampered[last].c, bad}
	other, _ := NewMemoryStore().AddBytes(ctx, []byte("unrelated"))
	md5, _ := mh.Sum([]byte("x"), mh.MD5, -1)
	cases := []struct {
		name string
		car  []byte
		lim  Limits
		want error
	}{
		{"a block outside the DAG", rawCAR(t, []cid.Cid{root}, append([]section{{other, []byte("unrelated")}}, secs...)), testLimits(), ErrMalformed},
		{"wrong bytes for a CID", rawCAR(t, []cid.Cid{root}, tampered), testLimits(), ErrHashMismatch},
		{"truncated mid-block", car[:len(car)-7], testLimits(), ErrIncomplete},
		{"truncated between blocks", rawCAR(t, []cid.Cid{root}, secs[:len(secs)-1]), testLimits(), ErrIncomplete},
		{"header only", rawCAR(t, []cid.Cid{root}, nil), testLimits(), ErrIncomplete},
		{"two roots", rawCAR(t, []cid.Cid{root, other}, secs), testLimits(), ErrMalformed},
		{"no roots", rawCAR(t, nil, secs), testLimits(), ErrMalformed},
		{"a block outside the DAG, after it", rawCAR(t, []cid.Cid{root}, append(append([]section(nil), secs...), section{other, []byte("unrelated")})), testLimits(), ErrMalformed},
		{"over the byte limit", car, Limits{MaxBytes: 1 << 20, MaxBlocks: 1000, MaxBlockSize: 2 << 20, MaxPending: 1 << 20}, ErrTooLarge},
		{"over the block count", car, Limits{MaxBytes: 16 << 20, MaxBlocks: 2, MaxBlockSize: 2 << 20, MaxPending: 1 << 20}, ErrTooLarge},
		{"a block over the block size", car, Limits{MaxBytes: 16 << 20, MaxBlocks: 1000, MaxBlockSize: 1 << 10, MaxPending: 1 << 20}, ErrMalformed},
		{"weak hash", rawCAR(t, []cid.Cid{cid.NewCidV1(cid.Raw, md5)}, []section{{cid.NewCidV1(cid.Raw, md5), []byte("x")}}), testLimits(), ErrNotAllowed},
		{"not a CAR", []byte("hello, this is not a CAR file"), testLimits(), ErrMalformed},
		{"empty", nil, testLimits(), ErrMalformed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dst := NewMemoryStore()
			_, err := dst.ImportCAR(ctx, bytes.NewReader(tc.car), tc.lim)
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			// A CAR whose only fault is an extra block still delivered a whole, valid DAG; the extra block is
			// what must not be stored.
			if ok, _ := dst.Has(ctx, root); ok && !strings.Contains(tc.name, "outside the DAG") {
				t.Fatal("refused CAR left a whole DAG")
			}
			if ok, _ := dst.Blockstore().Has(ctx, other); ok {
				t.Fatal("a block outside the DAG was stored")
			}
			if ok, _ := dst.Blockstore().Has(ctx, tampered[last].c); ok && tc.want == ErrHashMismatch {
				t.Fatal("the tampered block was stored")
			}
		})
	}
}

func newGateway(t *testing.T, s *Store, upload bool) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(NewGateway(s, GatewayConfig{AllowUpload: upload, UploadLimits: testLimits()}, zerolog.Nop()))
	t.Cleanup(srv.Close)
	return srv
}

func TestGatewayAndClient(t *testing.T) {
	src, root, _ := fixture(t)
	srv := newGateway(t, src, false)
	cl, err := NewClient(srv.URL, srv.Client(), testLimits())
	if err != nil {
		t.Fatal(err)
	}
	dst := NewMemoryStore()
	if err := cl.Fetch(ctx, root, dst); err != nil {
		t.Fatalf("fetch: %v", err)
	}
	if ok, _ := dst.Has(ctx, root); !ok {
		t.Fatal("fetched DAG not whole")
	}
	raw, err := cl.FetchBlock(ctx, root)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := src.Blockstore().Get(ctx, root); !bytes.Equal(b.RawData(), raw) {
		t.Fatal("raw block differs")
	}
	missing, _ := NewMemoryStore().AddBytes(ctx, []byte("not on the gateway"))
	if err := cl.Fetch(ctx, missing, NewMemoryStore()); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing: %v", err)
	}

	// The protocol's edges, by hand.
	get := func(path string, hdr map[string]string, method string) *http.Response {
		req, _ := http.NewRequest(method, srv.URL+path, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	r := root.String()
	for _, tc := range []struct {
		path   string
		hdr    map[string]string
		method string
		status int
		ctype  string
	}{
		{"/ipfs/" + r + "?format=raw", nil, "GET", 200, MediaRaw},
		{"/ipfs/" + r, map[string]string{"Accept": MediaRaw}, "GET", 200, MediaRaw},
		{"/ipfs/" + r + "?format=car", nil, "HEAD", 200, carType},
		{"/ipfs/" + r, map[string]string{"Accept": MediaCAR + "; version=1"}, "GET", 200, carType},
		{"/ipfs/" + r + "?format=car&dag-scope=block", nil, "GET", 200, carType},
		{"/ipfs/" + r, map[string]string{"Accept": MediaCAR + "; version=2"}, "GET", 400, ""},
		{"/ipfs/" + r + "?format=car&dag-scope=entity", nil, "GET", 400, ""},
		{"/ipfs/" + r, nil, "GET", 406, ""},
		{"/ipfs/" + r + "/a.txt?format=raw", nil, "GET", 400, ""},
		{"/ipfs/not-a-cid?format=raw", nil, "GET", 400, ""},
		{"/ipfs/" + missing.String() + "?format=raw", nil, "GET", 404, ""},
		{"/ipfs/" + missing.String() + "?format=car", nil, "GET", 404, ""},
		{"/ipns/x", nil, "GET", 404, ""},
		{"/ipfs/", nil, "POST", 405, ""},
		{"/ipfs/" + r, nil, "DELETE", 405, ""},
	} {
		resp := get(tc.path, tc.hdr, tc.method)
		if resp.StatusCode != tc.status || tc.ctype != "" && resp.Header.Get("Content-Type") != tc.ctype {
			t.Errorf("%s %s %v: %d %q, want %d %q", tc.method, tc.path, tc.hdr, resp.StatusCode, resp.Header.Get("Content-Type"), tc.status, tc.ctype)
		}
		if tc.status == 200 && (resp.Header.Get("X-Content-Type-Options") != "nosniff" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable")) {
			t.Errorf("%s: headers %v", tc.path, resp.Header)
		}
	}
	// dag-scope=block carries the root block only.
	resp, err := srv.Client().Get(srv.URL + "/ipfs/" + r + "?format=car&dag-scope=block")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if secs := sectionsOf(t, body); len(secs) != 1 || !secs[0].c.Equals(root) {
		t.Fatalf("block scope carried %d blocks", len(secs))
	}
}

func TestUpload(t *testing.T) {
	src, root, car := fixture(t)
	hub := NewMemoryStore()
	srv := newGateway(t, hub, true)
	cl, _ := NewClient(srv.URL, srv.Client(), testLimits())
	if err := cl.Upload(ctx, root, src); err != nil {
		t.Fatalf("upload: %v", err)
	}
	if ok, _ := hub.Has(ctx, root); !ok {
		t.Fatal("uploaded DAG not whole on the gateway")
	}
	post := func(body []byte, ctype string) int {
		resp, err := srv.Client().Post(srv.URL+"/ipfs/", ctype, bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	secs := sectionsOf(t, car)
	bad := append([]section(nil), secs...)
	d := append([]byte(nil), bad[1].data...)
	d[len(d)-1] ^= 1
	bad[1] = section{bad[1].c, d}
	for _, tc := range []struct {
		name   string
		body   []byte
		ctype  string
		status int
	}{
		{"tampered", rawCAR(t, []cid.Cid{root}, bad), MediaCAR, 400},
		{"truncated", car[:len(car)/2], MediaCAR, 400},
		{"not a CAR type", car, "application/octet-stream", 415},
		{"again", car, MediaCAR, 201}, // the same content twice is fine
	} {
		if got := post(tc.body, tc.ctype); got != tc.status {
			t.Errorf("%s: %d, want %d", tc.name, got, tc.status)
		}
	}
	small := newGatewayLimits(t, NewMemoryStore(), Limits{MaxBytes: 1 << 20, MaxBlocks: 100, MaxBlockSize: 2 << 20, MaxPending: 1 << 20})
	resp, err := small.Client().Post(small.URL+"/ipfs/", MediaCAR, bytes.NewReader(car))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestEntityTooLarge {
		t.Fatalf("oversize upload: %d", resp.StatusCode)
	}
}

func newGatewayLimits(t *testing.T, s *Store, lim Limits) *httptest.Server {
	srv := httptest.NewServer(NewGateway(s, GatewayConfig{AllowUpload: true, UploadLimits: lim}, zerolog.Nop()))
	t.Cleanup(srv.Close)
	return srv
}

// TestMaliciousGateway: a gateway that lies gets nothing into the store.
func TestMaliciousGateway(t *testing.T) {
	_, root, car := fixture(t)
	secs := sectionsOf(t, car)
	wrongBytes := append([]section(nil), secs...)
	w := largest(secs)
	d := append([]byte(nil), wrongBytes[w].data...)
	d[3] ^= 0x55
	wrongBytes[w] = section{wrongBytes[w].c, d}
	other, _ := NewMemoryStore().AddBytes(ctx, []byte("decoy"))
	big := NewMemoryStore()
	bigRoot, _ := big.AddBytes(ctx, randomBytes(20<<20, 9))
	var bigCAR bytes.Buffer
	if err := big.ExportCAR(ctx, bigRoot, ScopeAll, &bigCAR); err != nil {
		t.Fatal(err)
	}
	rootBlock := secs[0].data
	cases := []struct {
		name  string
		ctype string
		body  []byte
		want  error
		block bool // FetchBlock instead of Fetch
	}{
		{"CAR with a block's bytes swapped", carType, rawCAR(t, []cid.Cid{root}, wrongBytes), ErrHashMismatch, false},
		{"CAR truncated", carType, car[:len(car)-100], ErrIncomplete, false},
		{"CAR missing blocks", carType, rawCAR(t, []cid.Cid{root}, secs[:2]), ErrIncomplete, false},
		{"CAR for another root", carType, rawCAR(t, []cid.Cid{other}, []section{{other, []byte("decoy")}}), ErrMalformed, false},
		{"CAR with a junk block", carType, rawCAR(t, []cid.Cid{root}, append([]section{{other, []byte("decoy")}}, secs...)), ErrMalformed, false},
		{"CAR over the limit", carType, bigCAR.Bytes(), ErrTooLarge, false},
		{"HTML instead of a CAR", "text/html", []byte("<html>"), ErrMalformed, false},
		{"raw block with wrong bytes", MediaRaw, append([]byte("x"), rootBlock...), ErrHashMismatch, true},
		{"raw block oversize", MediaRaw, randomBytes(3<<20, 5), ErrTooLarge, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tc.ctype)
				_, _ = w.Write(tc.body)
			}))
			defer srv.Close()
			lim := testLimits()
			cl, _ := NewClient(srv.URL, srv.Client(), lim)
			dst := NewMemoryStore()
			var err error
			if tc.block {
				_, err = cl.FetchBlock(ctx, root)
			} else {
				want := root
				if strings.Contains(tc.name, "over the limit") {
					want = bigRoot
				}
				err = cl.Fetch(ctx, want, dst)
			}
			if !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if ok, _ := dst.Has(ctx, root); ok && !strings.Contains(tc.name, "junk") {
				t.Fatal("a lying gateway's DAG was reported whole")
			}
			if ok, _ := dst.Blockstore().Has(ctx, other); ok {
				t.Fatal("the decoy block was stored")
			}
			if ok, _ := dst.Blockstore().Has(ctx, wrongBytes[w].c); ok && tc.want == ErrHashMismatch {
				t.Fatal("the swapped block was stored")
			}
		})
	}
}

package content

import (
	"archive/tar"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/ipfs/boxo/blockservice"
	"github.com/ipfs/boxo/blockstore"
	chunker "github.com/ipfs/boxo/chunker"
	"github.com/ipfs/boxo/files"
	"github.com/ipfs/boxo/ipld/merkledag"
	ft "github.com/ipfs/boxo/ipld/unixfs"
	unixfile "github.com/ipfs/boxo/ipld/unixfs/file"
	"github.com/ipfs/boxo/ipld/unixfs/importer/balanced"
	h "github.com/ipfs/boxo/ipld/unixfs/importer/helpers"
	uio "github.com/ipfs/boxo/ipld/unixfs/io"
	"github.com/ipfs/go-cid"
	ds "github.com/ipfs/go-datastore"
	dssync "github.com/ipfs/go-datastore/sync"
	ipld "github.com/ipfs/go-ipld-format"
	mh "github.com/multiformats/go-multihash"
)

// ChunkSize is the UnixFS chunk size Add uses.
const ChunkSize = 1 << 20

// Sentinel errors; match them with errors.Is.
var (
	ErrNotFound     = errors.New("content: not found")
	ErrHashMismatch = errors.New("content: block does not hash to its CID")
	ErrTooLarge     = errors.New("content: over the size limit")
	ErrIncomplete   = errors.New("content: DAG incomplete")
	ErrNotAllowed   = errors.New("content: CID not allowed")
	ErrMalformed    = errors.New("content: malformed")
)

// builder is the CID every added node gets: CIDv1, sha2-256 (raw leaves come out as raw CIDs).
var builder = cid.V1Builder{Codec: cid.DagProtobuf, MhType: mh.SHA2_256}

// Store holds blocks and the UnixFS DAGs they make.
type Store struct {
	bs  blockstore.Blockstore
	dag ipld.DAGService
}

// NewMemoryStore returns a Store in memory: for tests and the CLI's transient use.
func NewMemoryStore() *Store {
	return newStore(blockstore.NewBlockstore(dssync.MutexWrap(ds.NewMapDatastore())))
}

// OpenStore opens (creating it if needed) a Store on disk in dir: one file per block, written to a temporary
// name, synced and renamed, so a kill -9 leaves whole blocks or none; every block read is re-hashed.
func OpenStore(dir string) (*Store, error) {
	fb, err := openFileBlockstore(dir)
	if err != nil {
		return nil, err
	}
	return newStore(fb), nil
}

func newStore(bs blockstore.Blockstore) *Store {
	bs = blockstore.NewIdStore(bs) // identity CIDs carry their data: never stored, always there
	return &Store{bs: bs, dag: merkledag.NewDAGService(blockservice.New(bs, nil))}
}

// Blockstore is the store's blocks, for boxo components.
func (s *Store) Blockstore() blockstore.Blockstore { return s.bs }

// AddReader adds r's bytes as a UnixFS file and returns its CID.
func (s *Store) AddReader(ctx context.Context, r io.Reader) (cid.Cid, error) {
	params := h.DagBuilderParams{Maxlinks: h.DefaultLinksPerBlock, RawLeaves: true, CidBuilder: builder, Dagserv: s.dag}
	db, err := params.New(chunker.NewSizeSplitter(r, ChunkSize))
	if err != nil {
		return cid.Undef, err
	}
	nd, err := balanced.Layout(db)
	if err != nil {
		return cid.Undef, fmt.Errorf("content: add: %w", err)
	}
	return nd.Cid(), nil
}

// AddBytes adds b as a UnixFS file. At most ChunkSize bytes give the raw CID of b itself.
func (s *Store) AddBytes(ctx context.Context, b []byte) (cid.Cid, error) {
	return s.AddReader(ctx, bytesReader(b))
}

// AddPath adds a file or a folder (recursively; symlinks as UnixFS symlinks, other special files refused)
// and returns the root's CID.
func (s *Store) AddPath(ctx context.Context, path string) (cid.Cid, error) {
	nd, err := s.addPath(ctx, path)
	if err != nil {
		return cid.Undef, err
	}
	return nd.Cid(), nil
}

func (s *Store) addPath(ctx context.Context, path string) (ipld.Node, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fi, err := os.Lstat(path)
	if err != nil {
		return nil, fmt.Errorf("content: add: %w", err)
	}
	switch {
	case fi.Mode().IsRegular():
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("content: add: %w", err)
		}
		defer f.Close()
		c, err := s.AddReader(ctx, f)
		if err != nil {
			return nil, fmt.Errorf("content: add %s: %w", path, err)
		}
		return s.dag.Get(ctx, c)
	case fi.Mode()&os.ModeSymlink != 0:
		target, err := os.Readlink(path)
		if err != nil {
			return nil, fmt.Errorf("content: add: %w", err)
		}
		data, err := ft.SymlinkData(target)
		if err != nil {
			return nil, fmt.Errorf("content: add symlink %s: %w", path, err)
		}
		nd := merkledag.NodeWithData(data)
		if err := nd.SetCidBuilder(builder); err != nil {
			return nil, err
		}
		return nd, s.dag.Add(ctx, nd)
	case fi.IsDir():
		ents, err := os.ReadDir(path)
		if err != nil {
			return nil, fmt.Errorf("content: add: %w", err)
		}
		sort.Slice(ents, func(i, j int) bool { return ents[i].Name() < ents[j].Name() })
		dir, err := uio.NewDirectory(s.dag, uio.WithCidBuilder(builder))
		if err != nil {
			return nil, err
		}
		for _, e := range ents {
			child, err := s.addPath(ctx, filepath.Join(path, e.Name()))
			if err != nil {
				return nil, err
			}
			if err := dir.AddChild(ctx, e.Name(), child); err != nil {
				return nil, fmt.Errorf("content: add %s: %w", e.Name(), err)
			}
		}
		nd, err := dir.GetNode()
		if err != nil {
			return nil, err
		}
		return nd, s.dag.Add(ctx, nd)
	default:
		return nil, fmt.Errorf("content: add %s: %s is neither a file, a folder nor a symlink", path, fi.Mode().Type())
	}
}

// Has reports whether the whole DAG under c is in the store.
func (s *Store) Has(ctx context.Context, c cid.Cid) (bool, error) {
	err := s.walk(ctx, c, func(cid.Cid, []byte) error { return nil })
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	return err == nil, err
}

// walk visits every block under root once, depth-first, parents before children.
func (s *Store) walk(ctx context.Context, root cid.Cid, visit func(cid.Cid, []byte) error) error {
	seen := map[cid.Cid]bool{}
	var rec func(c cid.Cid) error
	rec = func(c cid.Cid) error {
		if seen[c] {
			return nil
		}
		seen[c] = true
		if err := ctx.Err(); err != nil {
			return err
		}
		b, err := s.bs.Get(ctx, c)
		if err != nil {
			if ipld.IsNotFound(err) {
				return fmt.Errorf("%w: block %s", ErrNotFound, c)
			}
			return err
		}
		if err := visit(c, b.RawData()); err != nil {
			return err
		}
		links, err := linksOf(c, b.RawData())
		if err != nil {
			return err
		}
		for _, l := range links {
			if err := rec(l); err != nil {
				return err
			}
		}
		return nil
	}
	return rec(root)
}

// node returns the UnixFS node at c.
func (s *Store) node(ctx context.Context, c cid.Cid) (files.Node, error) {
	nd, err := s.dag.Get(ctx, c)
	if err != nil {
		if ipld.IsNotFound(err) {
			return nil, fmt.Errorf("%w: %s", ErrNotFound, c)
		}
		return nil, err
	}
	f, err := unixfile.NewUnixfsFile(ctx, s.dag, nd)
	if err != nil {
		return nil, fmt.Errorf("%w: %s is not UnixFS: %v", ErrMalformed, c, err)
	}
	return f, nil
}

// OpenFile opens the UnixFS file (or raw block) at c for reading, block by block: for content too large to
// hold in memory, such as an image tarball.
func (s *Store) OpenFile(ctx context.Context, c cid.Cid) (io.ReadCloser, error) {
	n, err := s.node(ctx, c)
	if err != nil {
		return nil, err
	}
	f, ok := n.(files.File)
	if !ok {
		n.Close()
		return nil, fmt.Errorf("%w: %s is not a file", ErrMalformed, c)
	}
	return f, nil
}

// ReadFile returns the bytes of the UnixFS file (or raw block) at c, refusing more than max bytes.
func (s *Store) ReadFile(ctx context.Context, c cid.Cid, max int64) ([]byte, error) {
	n, err := s.node(ctx, c)
	if err != nil {
		return nil, err
	}
	defer n.Close()
	f, ok := n.(files.File)
	if !ok {
		return nil, fmt.Errorf("%w: %s is not a file", ErrMalformed, c)
	}
	b, err := io.ReadAll(io.LimitReader(f, max+1))
	if err != nil {
		if ipld.IsNotFound(err) || errors.Is(err, ErrNotFound) {
			return nil, fmt.Errorf("%w: part of %s: %v", ErrNotFound, c, err)
		}
		return nil, err
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%w: %s has more than %d bytes", ErrTooLarge, c, max)
	}
	return b, nil
}

// WriteTar writes the UnixFS DAG at c to w as a tar stream: a folder's entries relative to it ("./", "a",
// "sub/", "sub/b"), a file as one entry named name. At most max bytes of file content. Entry names from the
// DAG must be single path elements: a folder naming a child "../x" or "a/b" is refused.
func (s *Store) WriteTar(ctx context.Context, c cid.Cid, name string, w io.Writer, max int64) error {
	n, err := s.node(ctx, c)
	if err != nil {
		return err
	}
	defer n.Close()
	tw := tar.NewWriter(w)
	left := max
	var rec func(fpath string, nd files.Node) error
	rec = func(fpath string, nd files.Node) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		h := &tar.Header{Name: fpath, Mode: int64(files.UnixPermsOrDefault(nd)), ModTime: nd.ModTime()}
		if h.ModTime.IsZero() {
			h.ModTime = time.Unix(0, 0)
		}
		switch nd := nd.(type) {
		case *files.Symlink:
			h.Typeflag, h.Linkname = tar.TypeSymlink, nd.Target
			return tw.WriteHeader(h)
		case files.File:
			size, err := nd.Size()
			if err != nil {
				return err
			}
			if left -= size; left < 0 {
				return fmt.Errorf("%w: %s has more than %d bytes", ErrTooLarge, c, max)
			}
			h.Typeflag, h.Size = tar.TypeReg, size
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			_, err = io.Copy(tw, nd)
			return err
		case files.Directory:
			h.Typeflag = tar.TypeDir
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			it := nd.Entries()
			for it.Next() {
				en := it.Name()
				if en == "" || en == "." || en == ".." || strings.ContainsAny(en, "/\x00") {
					return fmt.Errorf("%w: %s names an entry %q", ErrMalformed, c, en)
				}
				child := en
				if fpath != "./" {
					child = fpath + en
				}
				if _, isDir := it.Node().(files.Directory); isDir {
					child += "/"
				}
				if err := rec(child, it.Node()); err != nil {
					return err
				}
			}
			return it.Err()
		default:
			return fmt.Errorf("%w: %s holds a %T", ErrMalformed, c, nd)
		}
	}
	root := name
	if _, isDir := n.(files.Directory); isDir {
		root = "./"
	}
	if err := rec(root, n); err != nil {
		return fmt.Errorf("content: tar %s: %w", c, err)
	}
	return tw.Close()
}

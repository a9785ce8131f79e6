package content

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	blocks "github.com/ipfs/go-block-format"
	"github.com/ipfs/go-cid"
	ipld "github.com/ipfs/go-ipld-format"
	"github.com/multiformats/go-base32"
	mh "github.com/multiformats/go-multihash"
)

// fileBlockstore keeps each block in a file named by its multihash (base32), in one of 1024 folders named by
// the name's last two characters, like kubo's flatfs "next-to-last/2" sharding but without its datastore
// layer. Blocks are keyed by multihash, so the same bytes under another codec are stored once.
type fileBlockstore struct {
	dir string
}

var enc = base32.RawStdEncoding

func openFileBlockstore(dir string) (*fileBlockstore, error) {
	if err := os.MkdirAll(filepath.Join(dir, "blocks"), 0o755); err != nil {
		return nil, fmt.Errorf("content: open store: %w", err)
	}
	return &fileBlockstore{dir: dir}, nil
}

func (f *fileBlockstore) path(h mh.Multihash) string {
	name := enc.EncodeToString(h)
	return filepath.Join(f.dir, "blocks", name[len(name)-3:len(name)-1], name+".data")
}

func (f *fileBlockstore) DeleteBlock(_ context.Context, c cid.Cid) error {
	err := os.Remove(f.path(c.Hash()))
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return err
}

func (f *fileBlockstore) Has(_ context.Context, c cid.Cid) (bool, error) {
	_, err := os.Stat(f.path(c.Hash()))
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	return err == nil, err
}

// Get reads and re-hashes the block: a file damaged on disk is reported, never served.
func (f *fileBlockstore) Get(_ context.Context, c cid.Cid) (blocks.Block, error) {
	data, err := os.ReadFile(f.path(c.Hash()))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, ipld.ErrNotFound{Cid: c}
	}
	if err != nil {
		return nil, err
	}
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return nil, err
	}
	if !got.Equals(c) {
		return nil, fmt.Errorf("%w: %s on disk at %s", ErrHashMismatch, c, f.path(c.Hash()))
	}
	return blocks.NewBlockWithCid(data, c)
}

func (f *fileBlockstore) GetSize(_ context.Context, c cid.Cid) (int, error) {
	fi, err := os.Stat(f.path(c.Hash()))
	if errors.Is(err, fs.ErrNotExist) {
		return -1, ipld.ErrNotFound{Cid: c}
	}
	if err != nil {
		return -1, err
	}
	return int(fi.Size()), nil
}

func (f *fileBlockstore) Put(_ context.Context, b blocks.Block) error {
	p := f.path(b.Cid().Hash())
	if _, err := os.Stat(p); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".put-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(b.RawData())
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("content: put %s: %w", b.Cid(), err)
	}
	return nil
}

func (f *fileBlockstore) PutMany(ctx context.Context, bs []blocks.Block) error {
	for _, b := range bs {
		if err := f.Put(ctx, b); err != nil {
			return err
		}
	}
	return nil
}

// AllKeysChan lists the stored blocks as raw CIDs (the store keeps multihashes, not codecs).
func (f *fileBlockstore) AllKeysChan(ctx context.Context) (<-chan cid.Cid, error) {
	out := make(chan cid.Cid)
	go func() {
		defer close(out)
		_ = filepath.WalkDir(filepath.Join(f.dir, "blocks"), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(d.Name(), ".data") {
				return nil
			}
			h, derr := enc.DecodeString(strings.TrimSuffix(d.Name(), ".data"))
			if derr != nil {
				return nil
			}
			select {
			case out <- cid.NewCidV1(cid.Raw, h):
				return nil
			case <-ctx.Done():
				return ctx.Err()
			}
		})
	}()
	return out, nil
}

package content

import (
	"bytes"
	"fmt"
	"io"

	"github.com/ipfs/boxo/ipld/merkledag"
	"github.com/ipfs/boxo/verifcid"
	"github.com/ipfs/go-cid"
	mh "github.com/multiformats/go-multihash"
)

// Hashes are the multihash functions content may be named by.
var Hashes = verifcid.NewAllowlist(map[uint64]bool{mh.SHA2_256: true, mh.BLAKE3: true, mh.IDENTITY: true})

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// checkCID refuses CIDs this package does not handle: hash functions outside Hashes (or digests of the wrong
// size) and codecs other than dag-pb and raw.
func checkCID(c cid.Cid) error {
	if !c.Defined() {
		return fmt.Errorf("%w: undefined CID", ErrNotAllowed)
	}
	if err := verifcid.ValidateCid(Hashes, c); err != nil {
		return fmt.Errorf("%w: %s: %v", ErrNotAllowed, c, err)
	}
	switch c.Type() {
	case cid.DagProtobuf, cid.Raw:
		return nil
	default:
		return fmt.Errorf("%w: %s: codec 0x%x (only dag-pb and raw)", ErrNotAllowed, c, c.Type())
	}
}

// verify re-hashes data and compares it with c: the check every block from outside passes.
func verify(c cid.Cid, data []byte) error {
	if err := checkCID(c); err != nil {
		return err
	}
	got, err := c.Prefix().Sum(data)
	if err != nil {
		return fmt.Errorf("%w: hash %s: %v", ErrMalformed, c, err)
	}
	if !got.Equals(c) {
		return fmt.Errorf("%w: %s (the bytes hash to %s)", ErrHashMismatch, c, got)
	}
	return nil
}

// linksOf decodes a verified block's links.
func linksOf(c cid.Cid, data []byte) ([]cid.Cid, error) {
	switch c.Type() {
	case cid.Raw:
		return nil, nil
	case cid.DagProtobuf:
		nd, err := merkledag.DecodeProtobuf(data)
		if err != nil {
			return nil, fmt.Errorf("%w: dag-pb block %s: %v", ErrMalformed, c, err)
		}
		out := make([]cid.Cid, 0, len(nd.Links()))
		for _, l := range nd.Links() {
			if err := checkCID(l.Cid); err != nil {
				return nil, fmt.Errorf("block %s links to %w", c, err)
			}
			out = append(out, l.Cid)
		}
		return out, nil
	default:
		return nil, fmt.Errorf("%w: %s: codec 0x%x", ErrNotAllowed, c, c.Type())
	}
}

package runtime

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/moby/moby/client"
)

// LabelOutput records the spec's output folder on the container, for CollectOutput after a node restart.
const LabelOutput = "io.idlegrid.output"

// maxOutputEntries bounds the files and folders CollectOutput extracts.
const maxOutputEntries = 100_000

// copyIn puts what the job needs into the created container before it starts: the output folder (empty,
// writable by any user), the renter's SSH key, and the inputs at their paths.
func (r *Runtime) copyIn(ctx context.Context, req StartRequest, id string) error {
	s := req.Spec
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	now := time.Now()
	if s.Output != "" {
		// Parents are created by the daemon; only the leaf is ours, so existing folders keep their modes.
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: strings.TrimPrefix(s.Output, "/") + "/", Mode: 0o777, ModTime: now}); err != nil {
			return err
		}
	}
	if s.SSHAuthorizedKey != "" {
		key := strings.TrimRight(s.SSHAuthorizedKey, "\n") + "\n"
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: "root/.ssh/", Mode: 0o700, ModTime: now}); err != nil {
			return err
		}
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeReg, Name: "root/.ssh/authorized_keys", Mode: 0o600, Size: int64(len(key)), ModTime: now}); err != nil {
			return err
		}
		if _, err := tw.Write([]byte(key)); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	if buf.Len() > 1024 { // more than the end-of-archive blocks
		if _, err := r.engine.CopyToContainer(ctx, id, client.CopyToContainerOptions{DestinationPath: "/", Content: &buf}); err != nil {
			return r.inputError(ctx, req.Lease, "output folder or SSH key", err)
		}
	}
	budget := s.Resources.Disk
	for i, in := range s.Inputs {
		rc, err := req.Inputs[i](ctx)
		if err != nil {
			return r.inputError(ctx, req.Lease, fmt.Sprintf("input %s", in.CID), err)
		}
		pr, pw := io.Pipe()
		type result struct {
			n   int64
			err error
		}
		done := make(chan result, 1)
		go func() {
			n, err := relocate(rc, pw, strings.TrimPrefix(in.Path, "/"), budget)
			rc.Close()
			pw.CloseWithError(err)
			done <- result{n, err}
		}()
		_, err = r.engine.CopyToContainer(ctx, id, client.CopyToContainerOptions{DestinationPath: "/", Content: pr})
		pr.CloseWithError(io.ErrClosedPipe)
		rel := <-done
		what := fmt.Sprintf("input %s at %s", in.CID, in.Path)
		if rel.err != nil && !errors.Is(rel.err, io.ErrClosedPipe) {
			// The archive itself is at fault (it climbs out of its folder, is too large or is not a tar),
			// whatever the daemon made of the cut-off upload.
			return &StartError{Lease: req.Lease, Stage: StageInput, Reason: fmt.Sprintf("%s: %v", what, rel.err), Err: rel.err}
		}
		if err != nil {
			return r.inputError(ctx, req.Lease, what, err)
		}
		copied := rel.n
		budget -= copied
	}
	return nil
}

func (r *Runtime) inputError(ctx context.Context, k LeaseKey, what string, err error) error {
	if !jobCaused(ctx, err) {
		return fmt.Errorf("lease %s: copy %s: %w", k, what, err)
	}
	return &StartError{Lease: k, Stage: StageInput, Reason: fmt.Sprintf("%s: %v", what, err), Err: err}
}

// relocate copies a tar stream, moving every entry under prefix and refusing entries that would land outside
// it, and more than budget bytes of file content. It returns the bytes of content copied.
func relocate(src io.Reader, dst io.Writer, prefix string, budget int64) (int64, error) {
	tr := tar.NewReader(src)
	tw := tar.NewWriter(dst)
	var total int64
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return total, tw.Close()
		}
		if err != nil {
			return total, fmt.Errorf("input archive: %w", err)
		}
		name, ok := inside(h.Name)
		if !ok {
			return total, fmt.Errorf("input archive: entry %q leaves its folder", h.Name)
		}
		switch h.Typeflag {
		case tar.TypeReg, tar.TypeDir, tar.TypeSymlink:
		case tar.TypeLink:
			target, ok := inside(h.Linkname)
			if !ok {
				return total, fmt.Errorf("input archive: hard link %q leaves its folder", h.Linkname)
			}
			h.Linkname = path.Join(prefix, target)
		default:
			continue // devices, fifos: not data
		}
		h.Name = path.Join(prefix, name)
		if h.Typeflag == tar.TypeDir {
			h.Name += "/"
		}
		h.Mode &= 0o777 // no setuid or setgid bits from a renter's archive
		total += h.Size
		if total > budget {
			return total, fmt.Errorf("input archive: over the spec's %d-byte disk limit", budget)
		}
		if err := tw.WriteHeader(h); err != nil {
			return total, err
		}
		if _, err := io.Copy(tw, tr); err != nil {
			return total, err
		}
	}
}

// inside cleans an archive entry name relative to its folder; false when it would climb out.
func inside(name string) (string, bool) {
	if strings.HasPrefix(name, "/") {
		return "", false
	}
	c := path.Clean(name)
	if c == ".." || strings.HasPrefix(c, "../") {
		return "", false
	}
	return c, true
}

// OutputSummary says what CollectOutput extracted.
type OutputSummary struct {
	Files   int
	Dirs    int
	Bytes   int64
	Skipped int // links, devices and other entries that are not plain files or folders
}

// CollectOutput copies the lease's output folder (the spec's output) out of its container, running or not,
// into dir (which must exist and be empty), for the node to add as content. Only folders and regular files are
// extracted, with their permission bits and no others; at most maxBytes of content.
func (r *Runtime) CollectOutput(ctx context.Context, k LeaseKey, dir string, maxBytes int64) (*OutputSummary, error) {
	if err := k.validate(); err != nil {
		return nil, err
	}
	c, err := r.inspect(ctx, k)
	if err != nil {
		return nil, err
	}
	out := c.Config.Labels[LabelOutput]
	if out == "" {
		return nil, fmt.Errorf("lease %s: the job has no output folder", k)
	}
	if ents, err := os.ReadDir(dir); err != nil {
		return nil, fmt.Errorf("lease %s: output destination: %w", k, err)
	} else if len(ents) > 0 {
		return nil, fmt.Errorf("lease %s: output destination %s is not empty", k, dir)
	}
	res, err := r.engine.CopyFromContainer(ctx, c.ID, client.CopyFromContainerOptions{SourcePath: out})
	if err != nil {
		return nil, fmt.Errorf("lease %s: copy output %s: %w", k, out, err)
	}
	defer res.Content.Close()
	sum, err := extract(res.Content, dir, maxBytes)
	if err != nil {
		return sum, fmt.Errorf("lease %s: output %s: %w", k, out, err)
	}
	return sum, nil
}

// extract unpacks the daemon's copy of a folder (entries under the folder's own name) into dir.
func extract(src io.Reader, dir string, maxBytes int64) (*OutputSummary, error) {
	sum := &OutputSummary{}
	tr := tar.NewReader(src)
	root, err := os.OpenRoot(dir) // no entry can escape dir, whatever its name or the links on disk
	if err != nil {
		return sum, err
	}
	defer root.Close()
	for n := 0; ; n++ {
		h, err := tr.Next()
		if err == io.EOF {
			return sum, nil
		}
		if err != nil {
			return sum, fmt.Errorf("archive: %w", err)
		}
		if n > maxOutputEntries {
			return sum, fmt.Errorf("more than %d entries", maxOutputEntries)
		}
		name, ok := inside(h.Name)
		if !ok {
			return sum, fmt.Errorf("entry %q leaves the folder", h.Name)
		}
		// Drop the folder's own name: its content lands directly in dir.
		_, rest, _ := strings.Cut(name, "/")
		if rest == "" {
			continue
		}
		mode := os.FileMode(h.Mode) & 0o777
		switch h.Typeflag {
		case tar.TypeDir:
			if err := root.MkdirAll(filepath.FromSlash(rest), mode|0o700); err != nil {
				return sum, err
			}
			sum.Dirs++
		case tar.TypeReg:
			sum.Bytes += h.Size
			if sum.Bytes > maxBytes {
				return sum, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, maxBytes)
			}
			if d := filepath.Dir(filepath.FromSlash(rest)); d != "." {
				if err := root.MkdirAll(d, 0o755); err != nil {
					return sum, err
				}
			}
			f, err := root.OpenFile(filepath.FromSlash(rest), os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode|0o600)
			if err != nil {
				return sum, err
			}
			_, err = io.Copy(f, io.LimitReader(tr, h.Size))
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return sum, err
			}
			sum.Files++
		default:
			sum.Skipped++
		}
	}
}

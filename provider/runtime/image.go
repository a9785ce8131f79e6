package runtime

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	cerrdefs "github.com/containerd/errdefs"
	"github.com/distribution/reference"
	"github.com/moby/moby/api/types/jsonstream"
	"github.com/moby/moby/client"

	"github.com/idlegrid/idlegrid/provider/job"
)

// maxIndexFile bounds the manifest.json or index.json of a docker archive, which is buffered to be rewritten.
const maxIndexFile = 1 << 20

// prepareImage makes the job's image present and returns the reference to create the container from: the
// registry reference (pulled when missing) or the lease's own tag on the imported archive.
func (r *Runtime) prepareImage(ctx context.Context, req StartRequest) (string, error) {
	im := req.Spec.Image
	if im.Ref != "" {
		return im.Ref, r.pull(ctx, req.Lease, im.Ref)
	}
	tag := r.imageTag(req.Lease)
	if _, err := r.engine.ImageInspect(ctx, tag); err == nil {
		return tag, nil // imported by an earlier Run of this lease
	} else if !cerrdefs.IsNotFound(err) {
		return "", fmt.Errorf("lease %s: inspect image: %w", req.Lease, err)
	}
	rc, err := req.ImageArchive(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return "", err
		}
		return "", &StartError{Lease: req.Lease, Stage: StageImage, Reason: fmt.Sprintf("image archive %s: %v", im.CID, err), Err: err}
	}
	defer rc.Close()
	src := &limitedReader{r: rc, left: r.cfg.MaxImageBytes}
	fail := func(err error) (string, error) {
		if src.over || errors.Is(err, ErrTooLarge) {
			return "", &StartError{Lease: req.Lease, Stage: StageImage, Reason: fmt.Sprintf("image archive %s: over %d bytes", im.CID, r.cfg.MaxImageBytes), Err: err}
		}
		if jobCaused(ctx, err) {
			return "", &StartError{Lease: req.Lease, Stage: StageImage, Reason: fmt.Sprintf("image archive %s: %v", im.CID, err), Err: err}
		}
		return "", fmt.Errorf("lease %s: image: %w", req.Lease, err)
	}
	switch im.Archive {
	case job.ArchiveRootfs:
		res, err := r.engine.ImageImport(ctx, client.ImageImportSource{Source: src, SourceName: "-"}, tag, client.ImageImportOptions{})
		if err != nil {
			return fail(err)
		}
		err = drainJSON(res)
		res.Close()
		if err != nil {
			return fail(err)
		}
	case job.ArchiveDocker:
		pr, pw := io.Pipe()
		retagged := make(chan error, 1)
		go func() {
			err := retagArchive(src, pw, tag)
			pw.CloseWithError(err)
			retagged <- err
		}()
		res, err := r.engine.ImageLoad(ctx, pr, client.ImageLoadWithQuiet(true))
		if err == nil {
			err = drainJSON(res)
			res.Close()
		}
		pr.CloseWithError(io.ErrClosedPipe)
		if rerr := <-retagged; rerr != nil && !errors.Is(rerr, io.ErrClosedPipe) && !src.over {
			// The archive is at fault, whatever the daemon made of the cut-off upload.
			return "", &StartError{Lease: req.Lease, Stage: StageImage, Reason: fmt.Sprintf("image archive %s: %v", im.CID, rerr), Err: rerr}
		}
		if err != nil {
			return fail(err)
		}
	default:
		return "", fmt.Errorf("%w: lease %s: image archive kind %q", ErrInvalidRequest, req.Lease, im.Archive)
	}
	if src.over {
		return fail(ErrTooLarge)
	}
	if _, err := r.engine.ImageInspect(ctx, tag); err != nil {
		return fail(fmt.Errorf("the archive gave no image: %w", err))
	}
	return tag, nil
}

// pull makes ref present, pulling it when it is not.
func (r *Runtime) pull(ctx context.Context, k LeaseKey, ref string) error {
	if _, err := r.engine.ImageInspect(ctx, ref); err == nil {
		return nil
	} else if !cerrdefs.IsNotFound(err) {
		return fmt.Errorf("lease %s: inspect image: %w", k, err)
	}
	resp, err := r.engine.ImagePull(ctx, ref, client.ImagePullOptions{})
	if err == nil {
		err = drainJSON(resp)
		resp.Close()
	}
	if err != nil {
		if jobCaused(ctx, err) {
			return &StartError{Lease: k, Stage: StageImage, Reason: fmt.Sprintf("pull %s: %v", ref, err), Err: err}
		}
		return fmt.Errorf("lease %s: pull %s: %w", k, ref, err)
	}
	return nil
}

// drainJSON reads a daemon progress stream to its end and returns the first error it reports.
func drainJSON(r io.Reader) error {
	dec := json.NewDecoder(r)
	for {
		var m jsonstream.Message
		if err := dec.Decode(&m); err == io.EOF {
			return nil
		} else if err != nil {
			return fmt.Errorf("daemon progress stream: %w", err)
		}
		if m.Error != nil {
			return errors.New(m.Error.Message)
		}
	}
}

// limitedReader fails once more than left bytes were read.
type limitedReader struct {
	r    io.Reader
	left int64
	over bool
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.over {
		return 0, ErrTooLarge
	}
	if int64(len(p)) > l.left+1 {
		p = p[:l.left+1] // one byte more than allowed tells "exactly at the limit" from "over"
	}
	n, err := l.r.Read(p)
	if int64(n) > l.left {
		l.over = true
		return 0, ErrTooLarge
	}
	l.left -= int64(n)
	return n, err
}

// retagArchive copies a docker archive (docker save, or an OCI image layout) from src to dst, replacing every
// name it would give the loaded image with tag alone and keeping its first image only. Without this a renter's
// archive tagged, say, nvidia/cuda:12.4 would replace that tag on the node for every later lease.
func retagArchive(src io.Reader, dst io.Writer, tag string) error {
	named, err := reference.ParseNormalizedNamed(tag)
	if err != nil {
		return fmt.Errorf("tag %q: %w", tag, err)
	}
	tr := tar.NewReader(src)
	tw := tar.NewWriter(dst)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return tw.Close()
		}
		if err != nil {
			return fmt.Errorf("image archive: %w", err)
		}
		name := strings.TrimPrefix(h.Name, "./")
		switch name {
		case "repositories":
			continue // the legacy tag file: names we do not want
		case "manifest.json", "index.json":
			if h.Size > maxIndexFile {
				return fmt.Errorf("image archive: %s is %d bytes, over %d", name, h.Size, maxIndexFile)
			}
			body, err := io.ReadAll(io.LimitReader(tr, maxIndexFile))
			if err != nil {
				return fmt.Errorf("image archive: %s: %w", name, err)
			}
			if name == "manifest.json" {
				body, err = retagManifest(body, reference.FamiliarString(named))
			} else {
				body, err = retagIndex(body, named.String(), tagOf(named))
			}
			if err != nil {
				return fmt.Errorf("image archive: %s: %w", name, err)
			}
			h.Size = int64(len(body))
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			if _, err := io.Copy(tw, bytes.NewReader(body)); err != nil {
				return err
			}
		default:
			if err := tw.WriteHeader(h); err != nil {
				return err
			}
			if _, err := io.Copy(tw, tr); err != nil {
				return err
			}
		}
	}
}

func tagOf(n reference.Named) string {
	if t, ok := n.(reference.Tagged); ok {
		return t.Tag()
	}
	return "latest"
}

// retagManifest keeps the first image of a docker-save manifest.json and gives it tag as its only name.
func retagManifest(body []byte, tag string) ([]byte, error) {
	var entries []map[string]any
	if err := json.Unmarshal(body, &entries); err != nil {
		return nil, err
	}
	if len(entries) == 0 {
		return nil, errors.New("no image in the archive")
	}
	entries[0]["RepoTags"] = []string{tag}
	return json.Marshal(entries[:1])
}

// retagIndex keeps the first manifest of an OCI index.json and names it with the image-name annotations the
// daemon reads.
func retagIndex(body []byte, full, tag string) ([]byte, error) {
	var idx map[string]any
	if err := json.Unmarshal(body, &idx); err != nil {
		return nil, err
	}
	ms, ok := idx["manifests"].([]any)
	if !ok || len(ms) == 0 {
		return nil, errors.New("no manifest in the index")
	}
	m, ok := ms[0].(map[string]any)
	if !ok {
		return nil, errors.New("malformed manifest entry")
	}
	m["annotations"] = map[string]any{
		"io.containerd.image.name":          full,
		"org.opencontainers.image.ref.name": tag,
	}
	idx["manifests"] = ms[:1]
	return json.Marshal(idx)
}

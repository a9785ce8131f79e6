package content

import (
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"

	"github.com/ipfs/go-cid"
	"github.com/rs/zerolog"
)

// Media types of the trustless gateway protocol.
const (
	MediaRaw = "application/vnd.ipld.raw"
	MediaCAR = "application/vnd.ipld.car"
	// carType is what the gateway serves: CARv1, depth-first, no duplicate blocks.
	carType = MediaCAR + "; version=1; order=dfs; dups=n"
)

// GatewayConfig configures a Gateway.
type GatewayConfig struct {
	// AllowUpload enables POST /ipfs/ with a CAR body. Uploads are verified block by block and bounded by
	// UploadLimits; who may upload is for the caller to decide (wrap the handler).
	AllowUpload  bool
	UploadLimits Limits // zero fields take DefaultLimits' values
}

// Gateway serves a Store over the trustless gateway protocol (see the package doc).
type Gateway struct {
	s   *Store
	cfg GatewayConfig
	log zerolog.Logger
}

// NewGateway returns the handler; mount it at the server's root (it answers under /ipfs/).
func NewGateway(s *Store, cfg GatewayConfig, log zerolog.Logger) *Gateway {
	cfg.UploadLimits = cfg.UploadLimits.orDefault()
	return &Gateway{s: s, cfg: cfg, log: log.With().Str("component", "content-gateway").Logger()}
}

func (g *Gateway) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rest, ok := strings.CutPrefix(r.URL.Path, "/ipfs/")
	if !ok {
		http.Error(w, "not found: content is under /ipfs/{cid}", http.StatusNotFound)
		return
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead:
		g.get(w, r, rest)
	case http.MethodPost:
		if !g.cfg.AllowUpload {
			http.Error(w, "uploads are not accepted here", http.StatusMethodNotAllowed)
			return
		}
		if rest != "" {
			http.Error(w, "upload to /ipfs/ (the CAR names its root)", http.StatusBadRequest)
			return
		}
		g.upload(w, r)
	default:
		w.Header().Set("Allow", "GET, HEAD, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

// format picks raw or car from ?format= or else the Accept header; "" when neither asks for one.
func format(r *http.Request) (string, error) {
	switch f := r.URL.Query().Get("format"); f {
	case "raw", "car":
		return f, nil
	case "":
	default:
		return "", fmt.Errorf("format %q: this trustless gateway serves raw and car", f)
	}
	for _, a := range strings.Split(r.Header.Get("Accept"), ",") {
		mt, params, err := mime.ParseMediaType(strings.TrimSpace(a))
		if err != nil {
			continue
		}
		switch mt {
		case MediaRaw:
			return "raw", nil
		case MediaCAR:
			if v, ok := params["version"]; ok && v != "1" {
				return "", fmt.Errorf("CAR version %s: only version 1 is served", v)
			}
			if o, ok := params["order"]; ok && o != "dfs" && o != "unk" {
				return "", fmt.Errorf("CAR order %s: only dfs is served", o)
			}
			return "car", nil
		}
	}
	return "", nil
}

func (g *Gateway) get(w http.ResponseWriter, r *http.Request, rest string) {
	cidStr, path, _ := strings.Cut(rest, "/")
	c, err := cid.Decode(cidStr)
	if err != nil {
		http.Error(w, fmt.Sprintf("invalid CID %q: %v", cidStr, err), http.StatusBadRequest)
		return
	}
	if err := checkCID(c); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if path != "" {
		http.Error(w, "paths under a CID are not served: ask for the CID of the target", http.StatusBadRequest)
		return
	}
	f, err := format(r)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Vary", "Accept")
	switch f {
	case "raw":
		b, err := g.s.bs.Get(r.Context(), c)
		if err != nil {
			g.notFound(w, c, err)
			return
		}
		h.Set("Content-Type", MediaRaw)
		h.Set("Content-Length", fmt.Sprint(len(b.RawData())))
		h.Set("Cache-Control", "public, max-age=29030400, immutable")
		h.Set("Etag", `"`+c.String()+`.raw"`)
		h.Set("Content-Disposition", `attachment; filename="`+c.String()+`.bin"`)
		if r.Method == http.MethodHead {
			return
		}
		_, _ = w.Write(b.RawData())
	case "car":
		scope := Scope(r.URL.Query().Get("dag-scope"))
		switch scope {
		case "":
			scope = ScopeAll
		case ScopeAll, ScopeBlock:
		default:
			http.Error(w, fmt.Sprintf("dag-scope=%s: only all and block are served", scope), http.StatusBadRequest)
			return
		}
		// Check the DAG is whole before the 200: a stream cut off half-way could not say why.
		if scope == ScopeAll {
			ok, err := g.s.Has(r.Context(), c)
			if err != nil || !ok {
				g.notFound(w, c, err)
				return
			}
		} else if ok, err := g.s.bs.Has(r.Context(), c); err != nil || !ok {
			g.notFound(w, c, err)
			return
		}
		h.Set("Content-Type", carType)
		h.Set("Cache-Control", "public, max-age=29030400, immutable")
		h.Set("Etag", `"`+c.String()+`.car.`+string(scope)+`"`)
		h.Set("Content-Disposition", `attachment; filename="`+c.String()+`.car"`)
		if r.Method == http.MethodHead {
			return
		}
		if err := g.s.ExportCAR(r.Context(), c, scope, w); err != nil {
			g.log.Warn().Err(err).Str("cid", c.String()).Msg("CAR response cut short")
		}
	default:
		http.Error(w, "this is a trustless gateway: ask for ?format=raw or ?format=car (or Accept: "+MediaRaw+" or "+MediaCAR+")", http.StatusNotAcceptable)
	}
}

func (g *Gateway) notFound(w http.ResponseWriter, c cid.Cid, err error) {
	if err != nil && !errors.Is(err, ErrNotFound) && !isNotFound(err) {
		g.log.Error().Err(err).Str("cid", c.String()).Msg("read")
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.Error(w, fmt.Sprintf("%s: not here", c), http.StatusNotFound)
}

func (g *Gateway) upload(w http.ResponseWriter, r *http.Request) {
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != MediaCAR {
		http.Error(w, "upload a CAR (Content-Type: "+MediaCAR+")", http.StatusUnsupportedMediaType)
		return
	}
	lim := g.cfg.UploadLimits
	// The body may carry a little more than the blocks: the header and each block's length and CID.
	body := http.MaxBytesReader(w, r.Body, lim.MaxBytes+int64(lim.MaxBlocks)*80+64<<10)
	root, err := g.s.ImportCAR(r.Context(), body, lim)
	if err != nil {
		var mbe *http.MaxBytesError
		status := http.StatusBadRequest
		switch {
		case errors.Is(err, ErrTooLarge), errors.As(err, &mbe):
			status = http.StatusRequestEntityTooLarge
		case r.Context().Err() != nil:
			return
		case !(errors.Is(err, ErrHashMismatch) || errors.Is(err, ErrMalformed) || errors.Is(err, ErrIncomplete) || errors.Is(err, ErrNotAllowed)):
			g.log.Error().Err(err).Msg("upload")
			status = http.StatusInternalServerError
		}
		http.Error(w, "upload refused: "+err.Error(), status)
		return
	}
	w.Header().Set("Location", "/ipfs/"+root.String())
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	_ = json.NewEncoder(w).Encode(map[string]string{"cid": root.String()})
}

// Package console serves the web console: a single-page application for renters, providers and inspectors
// that talks to a browser wallet (EIP-1193) and to this indexer's API. Its TypeScript sources live beside this
// file (src/, built with Vite from the repository's package.json); the built assets in dist/ are committed and
// embedded here, so a Go build serves the console without Node. scripts/test rebuilds them and fails when the
// committed copy is stale, as it does for bindings/.
//
// It owns the embedded assets and how they are served (paths, caching, security headers). It must never hold a
// key or reach the chain: every write goes through the user's wallet in the browser, and every read through the
// API or the wallet's chain.
package console

import (
	"embed"
	"errors"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:generate go run ./gen -out src/gen/protocol.ts

// Prefix is the URL path the console is served under.
const Prefix = "/console/"

//go:embed all:dist
var dist embed.FS

// Assets are the built console files (index.html at the root).
func Assets() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	return sub
}

// ErrNotBuilt means the binary was built without the console's assets (dist/ held no index.html).
var ErrNotBuilt = errors.New("console: dist/index.html missing: build it with `npm run console:build`")

// securityHeaders keep the console to its own origin: scripts and connections to this server only (wallets
// inject their provider from an extension, which CSP does not restrict), no framing. Styles come from this
// server and from <style> elements the page writes: xterm.js, the browser shell's terminal, sizes and colours
// its rows that way, and scripts stay this origin's.
var securityHeaders = map[string]string{
	"Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
		"connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
	"X-Content-Type-Options": "nosniff",
	"Referrer-Policy":        "no-referrer",
}

// Handler serves the assets under Prefix: files by path (hashed asset names are cached for a year), and
// index.html for every other path so the application's own routes load on a refresh.
func Handler(assets fs.FS) (http.Handler, error) {
	index, err := fs.ReadFile(assets, "index.html")
	if err != nil {
		return nil, ErrNotBuilt
	}
	files := http.FileServerFS(assets)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		name := strings.TrimPrefix(path.Clean("/"+strings.TrimPrefix(r.URL.Path, Prefix)), "/")
		if name != "" && name != "index.html" {
			if st, err := fs.Stat(assets, name); err == nil && !st.IsDir() {
				if strings.HasPrefix(name, "assets/") {
					w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
				} else {
					w.Header().Set("Cache-Control", "no-cache")
				}
				r2 := r.Clone(r.Context())
				r2.URL.Path = "/" + name
				files.ServeHTTP(w, r2)
				return
			}
			if strings.HasPrefix(name, "assets/") || path.Ext(name) != "" {
				http.NotFound(w, r)
				return
			}
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-cache")
		w.WriteHeader(http.StatusOK)
		if r.Method == http.MethodGet {
			w.Write(index)
		}
	}), nil
}

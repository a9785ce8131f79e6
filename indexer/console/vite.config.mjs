import { defineConfig } from "vite";

// The console is served by the indexer under /console/ (indexer/console.Prefix) and embedded from dist/.
// JSX compiles to Preact's automatic runtime with Vite's own transformer (no Babel).
export default defineConfig({
  base: "/console/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { "/v1": "http://127.0.0.1:8547", "/healthz": "http://127.0.0.1:8547" } },
});

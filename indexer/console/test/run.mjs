// Bundles the console's unit tests (TypeScript) for Node with Vite and runs them with node:test.
// Run: node indexer/console/test/run.mjs (scripts/test does).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));
const out = mkdtempSync(path.join(tmpdir(), "idlegrid-console-unit-"));
try {
  const tests = readdirSync(here).filter((f) => f.endsWith(".test.ts"));
  await build({
    configFile: false,
    logLevel: "warn",
    root: path.join(here, ".."),
    oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
    ssr: { noExternal: true }, // one file that runs from a temporary folder
    build: {
      ssr: true,
      outDir: out,
      emptyOutDir: true,
      target: "node20",
      rollupOptions: { input: Object.fromEntries(tests.map((t) => [t.replace(/\.ts$/, ""), path.join(here, t)])) },
    },
  });
  const files = readdirSync(out).filter((f) => f.endsWith(".test.js") || f.endsWith(".test.mjs")).map((f) => path.join(out, f));
  const r = spawnSync(process.execPath, ["--test", ...files], { stdio: "inherit", cwd: path.join(here, "../../..") });
  process.exitCode = r.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}

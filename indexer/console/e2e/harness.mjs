// What the console's browser tests share: a devnet of their own on free ports, Debian's Chromium driven by
// playwright-core, pages with a test wallet, screenshots and axe-core checks.
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { TestWallet } from "./wallet.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
export const chromiumPath = process.env.IDLEGRID_CHROMIUM || "/usr/bin/chromium";
export const shotsDir = process.env.IDLEGRID_CONSOLE_SHOTS || path.join(root, "indexer/console/e2e/screenshots");

/** n distinct free loopback ports, all held open together before they close (as devchaintest.Ports does). */
export async function freePorts(n) {
  const servers = await Promise.all(
    Array.from({ length: n }, () => new Promise((resolve, reject) => {
      const s = net.createServer();
      s.once("error", reject);
      s.listen(0, "127.0.0.1", () => resolve(s));
    })),
  );
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** The idlegrid binary: IDLEGRID_BIN, or built into a temporary directory. */
export function idlegridBinary(dir) {
  if (process.env.IDLEGRID_BIN) return process.env.IDLEGRID_BIN;
  const bin = path.join(dir, "idlegrid");
  execFileSync("go", ["build", "-o", bin, "./cmd/idlegrid"], { cwd: root, stdio: "inherit" });
  return bin;
}

/**
 * Starts `idlegrid devnet --json` on free ports with a deployment file of its own, waits for its JSON, and
 * checks that the chain and the indexer answering on those ports are this devnet: the chain id, the
 * contracts' code, and the indexer's deployment equal to what this process wrote.
 */
export async function startDevnet(opts = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), "idlegrid-console-e2e-"));
  const bin = idlegridBinary(dir);
  const [httpPort, wsPort, apiPort] = await freePorts(3);
  const deploymentFile = path.join(dir, "devnet.json");
  const args = ["--log-level", opts.logLevel ?? "warn", "devnet", "--json", "--http.port", String(httpPort), "--ws.port", String(wsPort),
    "--indexer.listen", `127.0.0.1:${apiPort}`, "--deployment", deploymentFile, "--block-period", opts.blockPeriod ?? "500ms",
    ...(opts.args ?? [])];
  const child = spawn(bin, args, { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "", stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const info = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`devnet not ready in 120 s:\n${stderr}`)), 120_000);
    const check = () => {
      try {
        const v = JSON.parse(stdout);
        clearTimeout(timer);
        resolve(v);
      } catch {
        /* not complete yet */
      }
    };
    child.stdout.on("data", check);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`devnet exited with ${code}:\n${stderr}`));
    });
  });
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGINT");
      await new Promise((r) => {
        const t = setTimeout(() => {
          child.kill("SIGKILL");
          r();
        }, 15_000);
        child.once("exit", () => {
          clearTimeout(t);
          r();
        });
      });
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (info.error) throw new Error(`devnet: ${info.error.message}`);
    // The devnet binds its ports itself and exits when one is taken: alive and ready, it is what answers there.
    if (child.exitCode !== null) throw new Error(`devnet exited with ${child.exitCode}:\n${stderr}`);
    if (info.http !== `http://127.0.0.1:${httpPort}`) throw new Error(`devnet serves ${info.http}, asked for port ${httpPort}`);
    await assertOwnChain({ ...info, deploymentFile });
  } catch (e) {
    await stop();
    throw e;
  }
  return { ...info, dir, deploymentFile, stop, stderr: () => stderr };
}

/** A JSON-RPC call to the devnet's chain; an error answer throws. */
export async function rpc(devnet, method, params = []) {
  const r = await fetch(devnet.http, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }) });
  const body = await r.json();
  if (body.error) throw new Error(`${method}: ${body.error.message}`);
  return body.result;
}

/**
 * Checks that the chain and the indexer answering on the devnet's ports are this devnet's: the chain id, the
 * contracts' code where the deployment file this devnet wrote puts them, and the indexer following them.
 */
export async function assertOwnChain(devnet) {
  if (Number(await rpc(devnet, "eth_chainId")) !== devnet.chainId) throw new Error("the chain on the port has another chain id");
  const written = JSON.parse(readFileSync(devnet.deploymentFile, "utf8"));
  for (const [name, addr] of Object.entries(written.contracts)) {
    if (!addr || /^0x0+$/.test(addr)) continue;
    if ((await rpc(devnet, "eth_getCode", [addr, "latest"])) === "0x") throw new Error(`no ${name} code at ${addr} on the chain answering`);
  }
  const dep = await (await fetch(devnet.indexerApi + "/v1/deployment")).json();
  for (const [name, addr] of Object.entries(written.contracts)) {
    if (!addr || /^0x0+$/.test(addr)) continue; // a contract this deployment does not have
    if (dep.contracts[name]?.toLowerCase() !== addr.toLowerCase()) throw new Error(`the indexer answering follows another ${name}`);
  }
}

/** Moves the devnet chain's time on by `seconds` (evm_increaseTime: a block that much later), once the chain
 * answering is checked to be this test's own. Returns the new head's timestamp. */
export async function increaseTime(devnet, seconds) {
  await assertOwnChain(devnet);
  await rpc(devnet, "evm_increaseTime", [seconds]);
  return Number((await rpc(devnet, "eth_getBlockByNumber", ["latest", false])).timestamp);
}

export async function launchBrowser() {
  if (!existsSync(chromiumPath)) throw new Error(`no Chromium at ${chromiumPath}: install Debian's chromium (scripts/test does)`);
  const userDataDir = mkdtempSync(path.join(tmpdir(), "idlegrid-chromium-"));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  return { context, close: async () => { await context.close(); rmSync(userDataDir, { recursive: true, force: true }); } };
}

/** A page of the console with a test wallet holding dev account `index`'s key. */
export async function walletPage(context, devnet, index, viewport) {
  const acct = devnet.accounts[index];
  const wallet = new TestWallet({ rpc: devnet.http, chainId: devnet.chainId, key: acct.privateKey });
  const page = await context.newPage();
  if (viewport) await page.setViewportSize(viewport);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await wallet.attach(page);
  return { page, wallet, errors };
}

export async function screenshot(page, name) {
  mkdirSync(shotsDir, { recursive: true });
  const file = path.join(shotsDir, name + ".png");
  await page.evaluate(() => window.scrollTo(0, 0)); // the sticky header stays on top of a full-page shot
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

const axeSource = readFileSync(path.join(root, "node_modules/axe-core/axe.min.js"), "utf8");

/** Runs axe-core on the page; returns the violations of impact serious or critical. */
export async function axe(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => await window.axe.run(document, { resultTypes: ["violations"] }));
  return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ")}`);
}

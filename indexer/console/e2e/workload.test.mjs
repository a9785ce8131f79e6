// A running job in the console: the devnet runs its provider node on a Docker daemon (IDLEGRID_TEST_DOCKER, which
// scripts/test sets), the renter opens a lease and hands the node its job with the CLI, then in the browser asks
// for the lease's workload: the wallet signs the access, and the job's status and logs come through the
// indexer's gateway proxy from the provider node. Without a daemon the test is skipped, saying why (it fails
// instead with IDLEGRID_REQUIRE_DOCKER=1).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { axe, freePorts, idlegridBinary, launchBrowser, screenshot, startDevnet, walletPage } from "./harness.mjs";

const PROVIDER = 1;
const RENTER = 2;
const docker = process.env.IDLEGRID_TEST_DOCKER;
const required = process.env.IDLEGRID_REQUIRE_DOCKER === "1";
const skip = !docker && !required ? "no Docker daemon: set IDLEGRID_TEST_DOCKER to one (scripts/dockerd start prints its host)" : false;

let devnet, browser, cli;

before(async () => {
  if (skip) return;
  if (!docker) throw new Error("IDLEGRID_REQUIRE_DOCKER=1 but IDLEGRID_TEST_DOCKER names no daemon");
  const [listen] = await freePorts(1);
  devnet = await startDevnet({ args: ["--provider", "--docker", docker, "--provider.listen", `127.0.0.1:${listen}`] });
  const bin = idlegridBinary(devnet.dir);
  const env = { ...process.env, IDLEGRID_RPC: devnet.http, IDLEGRID_DEPLOYMENT: path.join(devnet.dir, "devnet.json") };
  cli = (...args) => execFileSync(bin, args, { cwd: devnet.dir, env, encoding: "utf8", timeout: 120_000 });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await devnet?.stop();
});

test("renter sees its running job's status and logs through the indexer's proxy", { skip }, async () => {
  // The provider's quote, the renter's lease, and the job handed to the node and bound on chain (the CLI waits
  // until the node runs it).
  const quote = path.join(devnet.dir, "quote.json");
  cli("quote", "sign", "--machine", "rig-1", "--gpus", "1", "--price", "1.8 USD/h", "--dev-account", String(PROVIDER), "--out", quote);
  const opened = JSON.parse(cli("--json", "lease", "open", "--quote", quote, "--hours", "1", "--pay", "usd", "--dev-account", String(RENTER)));
  const id = String(opened.leases?.[0]?.id);
  assert.match(id, /^\d+$/, `lease open answered ${JSON.stringify(opened)}`);
  const spec = path.join(devnet.dir, "job.json");
  writeFileSync(spec, JSON.stringify({
    version: 1, image: { ref: "idlegrid/devnet:1" },
    command: ["sh", "-c", `trap 'exit 0' TERM; echo hello from the console e2e, lease ${id}; while true; do date; sleep 1 & wait $!; done`],
    resources: { gpus: 1, memory: 268435456, millicpus: 500, pids: 64, disk: 268435456 },
  }));
  cli("job", "push", spec, "--lease", id, "--dev-account", String(RENTER));

  const { page, wallet, errors } = await walletPage(browser.context, devnet, RENTER);
  await page.goto(devnet.console + "/#/leases");
  const account = page.getByTestId("account");
  const button = page.getByRole("button", { name: "Connect wallet" }).first();
  await account.or(button).first().waitFor();
  if (!(await account.count())) await button.click();
  await account.waitFor();
  const lease = page.locator("section", { has: page.getByRole("heading", { name: `Lease ${id}`, exact: true }) }).first();
  await lease.waitFor({ timeout: 30_000 });
  const signed = wallet.log.length;
  await lease.getByRole("button", { name: "Show status and logs" }).click();
  const logs = lease.getByTestId("logs");
  await logs.filter({ hasText: `hello from the console e2e, lease ${id}` }).waitFor({ timeout: 30_000 });
  // The wallet signed the gateway access (typed data), nothing else.
  const asked = wallet.log.slice(signed).filter(([m]) => /sign|sendTransaction/i.test(m));
  assert.equal(asked.length, 1, "one signature asked");
  assert.equal(JSON.parse(asked[0][1][1]).primaryType, "LeaseAccess");
  assert.match(await lease.innerText(), /running · idlegrid\/devnet:1/);
  // The logs keep following: a later line (the job prints the date every second) arrives without a reload.
  const before = (await logs.innerText()).split("\n").length;
  await page.waitForFunction(([sel, n]) => document.querySelector(sel)?.innerText.split("\n").length > n,
    [`[data-testid="logs"][aria-label="Logs of lease ${id}"]`, before], { timeout: 15_000 });
  await screenshot(page, "leases-workload");
  assert.deepEqual(await axe(page), [], "axe on leases-workload");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

// A job written in the console's form runs on the provider node: the devnet runs its provider node on a Docker
// daemon (IDLEGRID_TEST_DOCKER, which scripts/test sets); the provider posts a quote with the CLI; in the browser
// the renter writes the job in the rent form and opens the lease (the chain binds the spec's CID), the wallet
// signs the access to the node and the console hands the node the spec through the indexer's gateway proxy;
// then the job's status and logs come through the proxy from the provider node. Without a daemon the test is
// skipped, saying why (it fails instead with IDLEGRID_REQUIRE_DOCKER=1).
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
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

async function connect(page) {
  const account = page.getByTestId("account");
  const button = page.getByRole("button", { name: "Connect wallet" }).first();
  await account.or(button).first().waitFor();
  if (!(await account.count())) await button.click();
  await account.waitFor();
}

after(async () => {
  await browser?.close();
  await devnet?.stop();
});

test("a job written in the console's form runs on the provider node, and its logs stream in the browser", { skip }, async () => {
  // The provider's quote, in the indexer's book.
  const quote = path.join(devnet.dir, "quote.json");
  cli("quote", "sign", "--machine", "rig-1", "--gpus", "1", "--price", "1.8 USD/h", "--dev-account", String(PROVIDER), "--out", quote);
  const posted = JSON.parse(cli("quote", "post", "--quote", quote, "--json"));
  assert.match(posted.digest, /^0x[0-9a-f]{64}$/, `quote post answered ${JSON.stringify(posted)}`);

  // The renter writes the job in the rent form and opens the lease: a permit, the open, then the access to the
  // node (typed data) with which the console hands the node the spec.
  const greeting = "hello from the console form";
  const { page, wallet, errors } = await walletPage(browser.context, devnet, RENTER);
  await page.goto(devnet.console + `/#/rent/${posted.digest}?hours=1`);
  await page.getByRole("heading", { name: "Rent" }).waitFor();
  await connect(page);
  await page.getByLabel("USD stablecoin").check();
  await page.getByTestId("deposit").waitFor();
  await page.getByLabel("Image").fill("idlegrid/devnet:1");
  await page.getByLabel("Command").fill(`sh -c "trap 'exit 0' TERM; echo ${greeting}; while true; do date; sleep 1 & wait $!; done"`);
  await page.getByLabel("Memory, GiB").fill("0.25");
  await page.getByLabel("CPUs").fill("0.5");
  await page.getByLabel("Disk, GiB").fill("0.25");
  const before = wallet.log.length;
  await page.getByRole("button", { name: "Open lease" }).click();
  const done = page.locator(".notice").filter({ hasText: /node has its job|did not reach|declined|refused|not enough/i }).last();
  await done.waitFor({ timeout: 180_000 });
  const said = await done.innerText();
  const m = said.match(/^Lease (\d+) is open: .* The provider's node has its job \(\S+\) and starts it/);
  assert.ok(m, `the rent form said: ${said}`);
  const id = m[1];
  const asked = wallet.log.slice(before).filter(([meth]) => /sign|sendTransaction/i.test(meth));
  assert.deepEqual(asked.map(([meth, p]) => (meth === "eth_signTypedData_v4" ? JSON.parse(p[1]).primaryType : meth)),
    ["Permit", "eth_sendTransaction", "LeaseAccess"], "a permit, the open, then the access to the node");
  await screenshot(page, "rent-job-handed");
  assert.deepEqual(await axe(page), [], "axe on rent-job-handed");

  // Under My leases, the job's status and logs from the node.
  await page.goto(devnet.console + "/#/leases");
  await connect(page);
  const lease = page.locator("section", { has: page.getByRole("heading", { name: `Lease ${id}`, exact: true }) }).first();
  await lease.waitFor({ timeout: 30_000 });
  const signed = wallet.log.length;
  await lease.getByRole("button", { name: "Show status and logs" }).click();
  const logs = lease.getByTestId("logs");
  await logs.filter({ hasText: greeting }).waitFor({ timeout: 60_000 });
  // The wallet signed the gateway access (typed data), nothing else.
  const access = wallet.log.slice(signed).filter(([m]) => /sign|sendTransaction/i.test(m));
  assert.equal(access.length, 1, "one signature asked");
  assert.equal(JSON.parse(access[0][1][1]).primaryType, "LeaseAccess");
  assert.match(await lease.innerText(), /running · idlegrid\/devnet:1/);
  // The logs keep following: a later line (the job prints the date every second) arrives without a reload.
  const lines = (await logs.innerText()).split("\n").length;
  await page.waitForFunction(([sel, n]) => document.querySelector(sel)?.innerText.split("\n").length > n,
    [`[data-testid="logs"][aria-label="Logs of lease ${id}"]`, lines], { timeout: 15_000 });
  await screenshot(page, "leases-workload");
  assert.deepEqual(await axe(page), [], "axe on leases-workload");

  // An interactive shell in the container, in the page's terminal through the proxy's WebSocket (the token
  // signed above is reused: nothing more is signed).
  const shellFrom = wallet.log.length;
  await lease.getByRole("button", { name: "Open a shell" }).click();
  const terminal = lease.getByTestId("terminal");
  await terminal.locator(".xterm-rows").waitFor({ timeout: 30_000 });
  await terminal.click();
  await page.keyboard.type("echo shell-$((6*7)) in $(hostname -s 2>/dev/null || echo the container)");
  await page.keyboard.press("Enter");
  await terminal.locator(".xterm-rows").filter({ hasText: /shell-42 in / }).waitFor({ timeout: 30_000 });
  await screenshot(page, "leases-shell");
  assert.deepEqual(await axe(page), [], "axe on leases-shell");
  await page.keyboard.type("exit 3");
  await page.keyboard.press("Enter");
  assert.match(await lease.locator(".notice").filter({ hasText: /The shell exited/ }).innerText(), /^The shell exited with code 3\.$/);
  assert.equal(wallet.log.slice(shellFrom).filter(([m]) => /sign|sendTransaction/i.test(m)).length, 0, "nothing more signed");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

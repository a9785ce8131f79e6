// The console end to end in headless Chromium against a devnet of its own: a provider stakes, lists a machine
// and signs quotes from its wallet; a renter connects, searches, rents (paying in USD, then in GRID), extends,
// closes with the refund shown, paying with a signed permit; a declined signature and a revert read as
// sentences; the provider sees its pay in both tokens held through the dispute window (protocol v2). Every page
// is screenshotted (IDLEGRID_CONSOLE_SHOTS, default e2e/screenshots/) and checked with axe-core, on a desktop
// and at 360 px wide.
import assert from "node:assert/strict";
import { after, afterEach, before, test } from "node:test";
import { encodeFunctionData, erc20Abi } from "viem";
import { axe, increaseTime, launchBrowser, rpc, screenshot, startDevnet, walletPage } from "./harness.mjs";

const PROVIDER = 1;
const RENTER = 2;
const phone = { width: 360, height: 780 };
const machineName = `rig-${Math.random().toString(36).slice(2, 8)}`;

let devnet, browser;
let last; // the page a test worked on, screenshotted when it ends
const a11y = {};

before(async () => {
  devnet = await startDevnet();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await devnet?.stop();
  if (Object.keys(a11y).length) console.log("axe (serious or critical):", JSON.stringify(a11y, null, 1));
});

afterEach(async (t) => {
  if (last && !last.isClosed()) await screenshot(last, "end-" + t.name.replace(/\W+/g, "-").slice(0, 40)).catch(() => {});
});

async function open(who, hash, viewport) {
  const p = await walletPage(browser.context, devnet, who, viewport);
  last = p.page;
  await p.page.goto(devnet.console + hash);
  return p;
}

async function connect(page) {
  const account = page.getByTestId("account");
  const button = page.getByRole("button", { name: "Connect wallet" }).first();
  await account.or(button).first().waitFor();
  if (!(await account.count())) await button.click();
  await account.waitFor();
}

/** Waits for a status message matching re (a success, or an error whose text the caller checks). */
async function message(page, re, timeout = 60_000) {
  const loc = page.locator(".notice").filter({ hasText: re }).last();
  await loc.waitFor({ timeout });
  return loc.innerText();
}

async function noErrorNotice(page) {
  const errs = await page.locator(".notice.error").allInnerTexts();
  assert.deepEqual(errs, [], "error messages on the page");
}

async function check(page, name) {
  await screenshot(page, name);
  const v = await axe(page);
  a11y[name] = v;
  assert.deepEqual(v, [], `axe on ${name}`);
}

test("provider stakes, lists a machine and posts quotes from its wallet", async () => {
  const { page, errors } = await open(PROVIDER, "/#/provide");
  await connect(page);
  // What people mistype is refused before the wallet is asked, naming the field.
  await page.getByLabel("Stake GRID").fill("0x10");
  await page.getByRole("button", { name: "Stake", exact: true }).click();
  await message(page, /^Stake GRID: enter a number like 2 or 0\.5\.$/);
  await page.getByLabel("GPUs", { exact: true }).fill("-4");
  await page.getByRole("button", { name: "List machine" }).click();
  await message(page, /^GPUs: a whole number from 1 to 4294967295\.$/);
  await page.getByLabel("Stake GRID").fill("500");
  await page.getByRole("button", { name: "Stake", exact: true }).click();
  await message(page, /Staked 500 GRID/);
  await page.getByLabel("Machine name").fill(machineName);
  await page.getByLabel("GPU class").selectOption("SIM");
  await page.getByLabel("GPUs", { exact: true }).fill("4");
  await page.getByRole("button", { name: "List machine" }).click();
  await message(page, new RegExp(`Listed ${machineName}`));
  const machine = page.getByTestId("machine").first();
  await machine.waitFor({ timeout: 30_000 });
  for (const price of ["3.6", "1.8"]) {
    await machine.locator("summary", { hasText: "Sign a new quote" }).click();
    await machine.getByLabel("GPUs", { exact: true }).fill("2");
    await machine.getByLabel("Price, USD per hour (all GPUs)").fill(price);
    await machine.getByRole("button", { name: "Sign and post" }).click();
    await message(machine, new RegExp(`Quote posted: 2 GPUs at ${price} USD/h`));
    await machine.locator("summary", { hasText: "Sign a new quote" }).click();
  }
  await noErrorNotice(page);
  await check(page, "provide");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

test("renter searches the market and sees why nothing matches", async () => {
  const { page } = await open(RENTER, "/#/market");
  await page.getByLabel("GPU class").selectOption("SIM");
  await page.getByLabel("GPUs", { exact: true }).fill("8");
  await page.getByLabel("Hours").fill("1");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("heading", { name: "No match" }).waitFor();
  assert.match(await page.locator(".notice.warn").first().innerText(), /GPUs? free|at most \d+ GPUs|largest/i);
  await check(page, "market-no-match");
  await page.getByLabel("GPUs", { exact: true }).fill("2");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("quote").first().waitFor();
  const quotes = await page.getByTestId("quote").allInnerTexts();
  assert.ok(quotes.length >= 2, "both quotes listed");
  assert.match(quotes[0], /1\.8 USD\/h/, "cheapest first");
  assert.match(quotes[0], /GRID/);
  for (const fact of [/Verification\s*its class needs no hardware verification here/, /Shortest lease\s*none/, /Uptime/, /Checks\s*\d+ passed, \d+ failed/,
    /Leases\s*\d+ completed of \d+/, /Provider slashes\s*0/, /with fees\s*[\d.]+ USD \(fee [\d.]+ %\) · or [\d.]+ GRID \(fee [\d.]+ %\)/])
    assert.match(quotes[0], fact);
  await check(page, "market");
});

/** Asserts the wallet paid with an EIP-2612 permit since request `from`: a Permit signed, no approve sent. */
function paidWithPermit(wallet, from) {
  const since = wallet.log.slice(from);
  const permits = since.filter(([m, p]) => m === "eth_signTypedData_v4" && JSON.parse(p[1]).primaryType === "Permit");
  const approvals = since.filter(([m, p]) => m === "eth_sendTransaction" && String(p[0].data ?? p[0].input ?? "").startsWith("0x095ea7b3"));
  assert.equal(permits.length, 1, "one permit signed");
  assert.equal(approvals.length, 0, "no approval sent");
}

async function rent(page, wallet, pay, hours = "1") {
  await page.goto(devnet.console + "/#/market?class=SIM&gpus=2&hours=1");
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByTestId("quote").first().getByRole("link", { name: "Rent" }).click();
  await page.getByRole("heading", { name: "Rent" }).waitFor();
  if (!(await page.getByTestId("account").count())) await connect(page);
  await page.getByLabel("Hours").fill(hours);
  await page.getByLabel(pay === "USD" ? "USD stablecoin" : "GRID (lower fee)").check();
  await page.getByTestId("deposit").waitFor();
  await page.getByLabel("Command").fill("python -c \"print('hello from the lease')\"");
  await page.getByRole("button", { name: "Open lease" }).click();
  const text = await message(page, /Lease \d+ is open|declined|refused|not enough/i, 90_000);
  return text;
}

test("renter rents with USD, a declined signature and a revert read as sentences", async () => {
  const { page, wallet, errors } = await open(RENTER, "/#/market");
  await connect(page);
  // Declined in the wallet: nothing is sent.
  wallet.declineNext(wallet.log.length >= 0 ? "eth_sendTransaction" : "");
  let text = await rent(page, wallet, "USD");
  assert.match(text, /You declined the request in your wallet/);
  // Mistyped hours and job fields are refused before anything is signed, naming the field.
  const sent = wallet.log.length;
  await page.getByLabel("Hours").fill("1e3");
  await page.getByRole("button", { name: "Open lease" }).click();
  await message(page, /^Hours: enter hours as a number, like 2 or 0\.5\.$/);
  await page.getByLabel("Hours").fill("1");
  await page.getByLabel("Ports").fill("8888 8888");
  await page.getByRole("button", { name: "Open lease" }).click();
  await message(page, /^Ports: 8888 is listed twice\.$/);
  await page.getByLabel("Ports").fill("");
  assert.equal(wallet.log.slice(sent).filter(([method]) => /sign|sendTransaction/i.test(method)).length, 0, "nothing signed or sent");
  // Now for real.
  const before = wallet.log.length;
  text = await rent(page, wallet, "USD");
  assert.match(text, /Lease \d+ is open/);
  paidWithPermit(wallet, before);
  // This devnet runs no provider node: the job cannot be handed to one, said so (with the button to send it
  // again), and no access was signed for it. (workload.test.mjs hands a job to a real node.)
  assert.match(text, /^Lease \d+ is open: it runs for 1 h\. But its job did not reach the provider's node: This indexer knows no gateway of provider 0x[0-9a-fA-F]{40}: .* Send it again/);
  const resend = page.getByRole("button", { name: /^Send the job to lease \d+'s node again$/ });
  await resend.click();
  assert.match(await message(page, /^Lease \d+'s job did not reach/), /^Lease \d+'s job did not reach the provider's node: This indexer knows no gateway of provider/);
  assert.ok(await resend.isVisible(), "the button stays to try again");
  assert.equal(wallet.log.slice(before).filter(([m, p]) => m === "eth_signTypedData_v4" && JSON.parse(p[1]).primaryType === "LeaseAccess").length, 0);
  // The lease binds the job form's spec: its digest is on chain (v2's jobCID), as the index read it.
  const id = /Lease (\d+) is open/.exec(text)[1];
  let lease;
  for (let i = 0; i < 40 && !lease?.jobCid; i++) {
    const r = await fetch(`${devnet.indexerApi}/v1/leases/${id}`);
    if (r.ok) lease = await r.json();
    if (!lease?.jobCid) await new Promise((res) => setTimeout(res, 250));
  }
  assert.match(lease?.jobCid ?? "", /^0x(?!0{64})[0-9a-f]{64}$/, "the lease's jobCid");
  await check(page, "rent");
  // The cheapest quote was used; opening it again reverts with QuoteNonceUsed, said in words.
  await page.reload();
  if (!(await page.getByTestId("account").count())) await connect(page);
  await page.getByTestId("deposit").waitFor();
  await page.getByRole("button", { name: "Open lease" }).click();
  text = await message(page, /used up|declined|refused/i);
  assert.match(text, /The quote was used up \(a single-use quote opens one lease\) or cancelled by its provider: ask the provider for a new one\./);
  await check(page, "rent-revert");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

test("renter follows, extends and closes the lease with the refund shown", async () => {
  const { page } = await open(RENTER, "/#/leases");
  await connect(page);
  const lease = page.locator("section", { has: page.getByRole("heading", { name: /^Lease \d+$/ }) }).first();
  await lease.waitFor();
  const left1 = await lease.getByTestId("time-left").innerText();
  assert.match(left1, /\d+ min|\d+ h/);
  await lease.getByTestId("refundable").waitFor();
  await check(page, "leases");
  // This devnet runs no provider node, so no gateway serves the lease's container: said, not hidden.
  await lease.getByRole("button", { name: "Show status and logs" }).click();
  assert.match(await message(lease, /gateway/i), /This indexer knows no gateway of provider 0x[0-9a-fA-F]{40}: the lease's status, logs and ports cannot be reached from here/);
  // An extension beyond the quote's longest lease reverts: said in words.
  await lease.getByLabel("Extend by (hours)").fill("100");
  await lease.getByRole("button", { name: "Extend" }).click();
  assert.match(await message(lease, /cannot be extended|refused/), /The lease cannot be extended by 4 d 4 h: the longest allowed extension is/);
  await lease.getByLabel("Extend by (hours)").fill("1");
  await lease.getByRole("button", { name: "Extend" }).click();
  assert.match(await message(lease, /extended by 1 h/), /Lease \d+ extended by 1 h for 1\.89 USD\./);
  await lease.getByRole("button", { name: "Close lease" }).click();
  const confirm = await lease.getByRole("group", { name: "Confirm closing" }).innerText();
  assert.match(confirm, /get [\d.]+ USD back/);
  await lease.getByRole("button", { name: "Close and refund" }).click();
  const closed = await message(page, /closed: .* refunded/);
  assert.match(closed, /Lease \d+ closed: [\d.]+ USD refunded to your wallet\./);
  await page.getByRole("heading", { name: "Closed" }).waitFor();
  await check(page, "leases-closed");
});

test("renter pays with GRID at the lower fee, is warned before the lease runs out and of a low balance, and closes", async () => {
  const { page, wallet } = await open(RENTER, "/#/market");
  await connect(page);
  const before = wallet.log.length;
  const text = await rent(page, wallet, "GRID", "0.2");
  paidWithPermit(wallet, before);
  assert.match(text, /Lease \d+ is open: it runs for 12 min/);
  await page.goto(devnet.console + "/#/leases");
  const lease = page.locator("section", { has: page.getByRole("heading", { name: /^Lease \d+$/ }) }).first();
  await lease.getByTestId("refundable").waitFor();
  assert.match(await lease.getByTestId("refundable").innerText(), /GRID/);
  assert.match(await lease.locator(".notice.warn").first().innerText(), /Less than 15 min left \(1[12] min/);
  // The renter moves all but 0.001 GRID out of its wallet (outside the console): less than an hour of the lease.
  const grid = devnet.contracts.GridToken;
  const call = (data) => wallet.forward("eth_call", [{ to: grid, data }, "latest"]);
  const balance = BigInt(await call(encodeFunctionData({ abi: erc20Abi, functionName: "balanceOf", args: [wallet.address] })));
  const keep = 10n ** 15n;
  const hash = await wallet.handle("eth_sendTransaction", [{ to: grid,
    data: encodeFunctionData({ abi: erc20Abi, functionName: "transfer", args: [devnet.accounts[PROVIDER].address, balance - keep] }) }]);
  for (let i = 0; i < 120 && !(await wallet.forward("eth_getTransactionReceipt", [hash])); i++) await new Promise((r) => setTimeout(r, 250));
  await page.reload();
  await lease.getByTestId("refundable").waitFor();
  assert.match(await lease.locator(".notice.warn").filter({ hasText: /Low balance/ }).innerText(),
    /^Low balance: your wallet holds 0\.001 GRID, less than one more hour \([\d.]+ GRID\): top up before extending\.$/);
  await check(page, "leases-grid-expiring");
  await lease.getByRole("button", { name: "Close lease" }).click();
  await lease.getByRole("button", { name: "Close and refund" }).click();
  assert.match(await message(page, /closed: .* refunded/), /GRID refunded/);
});

test("provider sees its USD and GRID pay held through the dispute window", async () => {
  // v2 holds a closed lease's pay for the dispute window (an hour on the devnet, whose chain cannot skip time):
  // it shows as held, nothing is withdrawable yet and the button says so by being disabled.
  const { page } = await open(PROVIDER, "/#/provide");
  await connect(page);
  for (const token of ["USD", "GRID"]) {
    const box = page.getByTestId(`earnings-${token}`);
    await box.getByTestId("held").filter({ hasText: /from \d+ closed lease/ }).waitFor({ timeout: 30_000 });
    assert.match(await box.getByTestId("held").innerText(), new RegExp(`^[\\d.,]+ ${token} from \\d+ closed leases?, withdrawable 1 h after each closed$`));
    assert.doesNotMatch(await box.getByTestId("held").innerText(), /^0 /);
    assert.match(await box.getByTestId("withdrawable").innerText(), new RegExp(`^0 ${token}$`));
    assert.ok(await box.getByRole("button", { name: `Withdraw ${token}` }).isDisabled());
  }
  await check(page, "provide-held");
});

/** What account holds of the ERC-20 at token, read from the chain. */
async function balanceOf(token, account) {
  return BigInt(await rpc(devnet, "eth_call", [{ to: token, data: encodeFunctionData({ abi: erc20Abi, functionName: "balanceOf", args: [account] }) }, "latest"]));
}

/** Polls the indexer's JSON at path until ok(body) holds. */
async function until(path, ok, what, timeout = 120_000) {
  const deadline = Date.now() + timeout;
  let body;
  for (;;) {
    const r = await fetch(devnet.indexerApi + path);
    body = r.ok ? await r.json() : undefined;
    if (body && ok(body)) return body;
    if (Date.now() > deadline) throw new Error(`${what}: not in ${timeout / 1000} s (last answer ${JSON.stringify(body)})`);
    await new Promise((res) => setTimeout(res, 500));
  }
}

test("past the dispute window the provider withdraws its USD and GRID pay in the browser", async () => {
  // The dev chain's time moves on past the window (an hour on the devnet), as it would by waiting.
  const provider = devnet.accounts[PROVIDER].address;
  await increaseTime(devnet, 3600 + 60);
  const due = await until(`/v1/earnings/${provider}`, (e) => ["USD", "GRID"].every((t) => e.balances.find((b) => b.token === t)?.dueLeases.length),
    "the indexer counts the held pay as due");
  const { page, wallet, errors } = await open(PROVIDER, "/#/provide");
  await connect(page);
  const tokens = { USD: devnet.contracts.MockUSD, GRID: devnet.contracts.GridToken };
  for (const token of ["USD", "GRID"]) {
    const b = due.balances.find((x) => x.token === token);
    const owed = BigInt(b.withdrawable) + BigInt(b.dueNow);
    assert.ok(owed > 0n, `${token} owed`);
    const box = page.getByTestId(`earnings-${token}`);
    await box.getByTestId("withdrawable").filter({ hasText: new RegExp(`^(?!0 )[\\d.,]+ ${token}$`) }).waitFor({ timeout: 30_000 });
    const before = await balanceOf(tokens[token], provider);
    const sent = wallet.log.length;
    await box.getByRole("button", { name: `Withdraw ${token}` }).click();
    assert.match(await message(page, new RegExp(`Withdrew [\\d.,]+ ${token} to your wallet\\.`)), new RegExp(`^Withdrew [\\d.,]+ ${token} to your wallet\\.$`));
    // The wallet settled the leases past the window, then withdrew: the token arrives, the escrow owes nothing.
    const txs = wallet.log.slice(sent).filter(([m]) => m === "eth_sendTransaction");
    assert.equal(txs.length, 2, "settle, then withdraw");
    assert.equal(await balanceOf(tokens[token], provider), before + owed, `${token} balance rose by what was owed`);
    await box.getByTestId("withdrawable").filter({ hasText: new RegExp(`^0 ${token}$`) }).waitFor({ timeout: 30_000 });
    assert.ok(await box.getByRole("button", { name: `Withdraw ${token}` }).isDisabled());
  }
  await noErrorNotice(page);
  await check(page, "provide-withdrawn");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

test("an inspector claims its GRID rewards in the browser with the indexer's proof", async () => {
  // The time moved on past the devnet's first reward epoch (an hour): the inspector nodes post its root and
  // upload its tree to the indexer, which pays the inspectors for the attestations they co-signed.
  const inspectors = devnet.accounts.filter((a) => /^inspector/.test(a.role));
  assert.ok(inspectors.length >= 2, "the devnet's inspectors");
  let who, proof;
  await until("/v1/rewards/epochs", (p) => p.items?.length > 0, "a posted reward root");
  const deadline = Date.now() + 120_000;
  while (!proof) {
    for (const a of inspectors) {
      const r = await fetch(`${devnet.indexerApi}/v1/rewards/proofs/${a.address}`);
      const p = r.ok ? await r.json() : undefined;
      if (p && BigInt(p.claimable) > 0n) [who, proof] = [a, p];
    }
    if (!proof && Date.now() > deadline) throw new Error("no inspector has GRID to claim after two minutes");
    if (!proof) await new Promise((res) => setTimeout(res, 1000));
  }
  const { page, wallet, errors } = await open(who.index, "/#/rewards");
  await connect(page);
  const rewards = page.locator("section", { has: page.getByRole("heading", { name: /^Rewards of / }) });
  await rewards.getByRole("button", { name: "Claim" }).waitFor();
  assert.match(await rewards.innerText(), /Claimable now\s*(?!0 )[\d.,]+ GRID/);
  const before = await balanceOf(devnet.contracts.GridToken, who.address);
  const sent = wallet.log.length;
  await rewards.getByRole("button", { name: "Claim" }).click();
  assert.match(await message(page, /^Claimed /), /^Claimed [\d.,]+ GRID\.$/);
  assert.equal(wallet.log.slice(sent).filter(([m]) => m === "eth_sendTransaction").length, 1, "one claim sent");
  // Exactly what the proof granted, unless a newer root landed meanwhile (the claim pays up to the latest).
  const after = await balanceOf(devnet.contracts.GridToken, who.address);
  assert.ok(after >= before + BigInt(proof.claimable), `GRID rose by at least ${proof.claimable}: ${before} -> ${after}`);
  const claimed = await until(`/v1/rewards/proofs/${who.address}`, (p) => BigInt(p.claimed) > BigInt(proof.claimed), "the claim indexed");
  assert.equal(after - before, BigInt(claimed.claimed) - BigInt(proof.claimed), "the balance rose by what the index says was claimed");
  await page.reload();
  await connect(page);
  await rewards.getByRole("button", { name: "Claim" }).waitFor();
  await check(page, "rewards-claimed");
  assert.deepEqual(errors.filter((e) => !/Failed to load resource/.test(e)), []);
});

test("every page reads at 360 px wide and passes axe", async () => {
  for (const [name, hash] of [["market", "/#/market?class=SIM&gpus=1&hours=1"], ["leases", "/#/leases"], ["provide", "/#/provide"],
    ["inspect", "/#/inspect"], ["rewards", "/#/rewards"], ["network", "/#/network"]]) {
    const { page } = await open(RENTER, hash, phone);
    if (name !== "market" && name !== "inspect" && name !== "network") await connect(page);
    if (name === "market") await page.getByRole("button", { name: "Search" }).click();
    await page.waitForLoadState("networkidle");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px at 360 px`);
    await check(page, `${name}-360`);
    if (name === "inspect") {
      // The devnet's inspectors keep the GRID price fresh: their attestations are listed.
      await page.getByRole("cell", { name: "grid price" }).first().waitFor();
      assert.match(await page.locator("#signers-h").locator("..").locator("..").innerText(), /2 of 3 inspectors/);
    }
    if (name === "network") assert.match(await page.getByText(/GPUs listed/).first().locator("..").innerText(), /4 \(4 free\) on 1 machine/);
    if (name === "inspect" || name === "network" || name === "rewards") {
      const desk = (await open(RENTER, hash)).page;
      if (name === "rewards") await connect(desk);
      await desk.waitForLoadState("networkidle");
      await check(desk, name);
    }
  }
});

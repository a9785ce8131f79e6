// Unit tests of the console's pure helpers, bundled for Node by test/run.mjs (node:test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseJSON, quoteBigIntegers, stringifyBig } from "../src/lib/json";
import { LogDecoder } from "../src/lib/logs";
import { render, revertSentence } from "../src/lib/errors";
import { amountField, endpointField, hoursField, nameField, wholeField } from "../src/lib/fields";
import { duration, units } from "../src/lib/format";
import { emptyJob, encodeJob, imageRef, jobDigest, jobSpec, words } from "../src/pages/job";
import vectors from "../../../provider/job/testdata/form-vectors.json";

test("big integers survive JSON both ways", () => {
  const text = '{"nonce": 12345678901234567890, "n": 42, "s": "99999999999999999999", "neg": -98765432109876543210, "f": 1.5e3}';
  assert.equal(quoteBigIntegers(text), '{"nonce": "12345678901234567890", "n": 42, "s": "99999999999999999999", "neg": "-98765432109876543210", "f": 1.5e3}');
  const v = parseJSON<{ nonce: string; n: number }>(text);
  assert.equal(BigInt(v.nonce), 12345678901234567890n);
  assert.equal(v.n, 42);
  assert.equal(stringifyBig({ nonce: 12345678901234567890n, x: 1 }), '{"nonce":12345678901234567890,"x":1}');
  assert.equal(quoteBigIntegers('{"a":"with \\"quote\\" 12345678901234567890"}'), '{"a":"with \\"quote\\" 12345678901234567890"}');
});

function frame(stream: number, text: string): Uint8Array {
  const p = new TextEncoder().encode(text);
  const b = new Uint8Array(8 + p.length);
  b[0] = stream;
  new DataView(b.buffer).setUint32(4, p.length);
  b.set(p, 8);
  return b;
}

test("log frames decode across chunk boundaries, errors end the stream", () => {
  const all = new Uint8Array([...frame(1, "hello\n"), ...frame(2, "oops\n"), ...frame(1, "bye")]);
  const d = new LogDecoder();
  const got: string[] = [];
  for (let i = 0; i < all.length; i += 5) got.push(...d.push(all.slice(i, i + 5)).lines.map((l) => `${l.stream}:${l.text}`));
  assert.deepEqual(got, ["stdout:hello\n", "stderr:oops\n", "stdout:bye"]);
  const e = new LogDecoder().push(new Uint8Array([...frame(1, "a"), ...frame(3, '{"code":"lease_closed","message":"the lease closed"}')]));
  assert.deepEqual(e.lines.map((l) => l.text), ["a"]);
  assert.equal(e.error, "the lease closed");
  assert.equal(new LogDecoder().push(new Uint8Array([1, 9, 0, 0, 0, 0, 0, 1, 65])).error, "the log stream is corrupt");
});

test("revert sentences render from the shared table", () => {
  const wei = (n: bigint) => n * 10n ** 18n;
  assert.equal(
    revertSentence("InsufficientFreeStake", { role: 0n, free: wei(150n), required: wei(200n) }),
    "Your provider stake has 150 GRID free, 200 GRID is needed: stake 50 GRID more, or delist machines to free some.",
  );
  assert.equal(
    revertSentence("ERC20InsufficientBalance", { balance: 1_500_000n, needed: 2_000_000n }, { token: "USD", devChain: true }),
    "Not enough USD: the account holds 1.5 USD, 2 USD is needed (0.5 USD short): on a dev chain, get more from the faucet.",
  );
  assert.equal(
    revertSentence("InvalidDuration", { duration: 7200n, maxDuration: 3600n }, { extend: true }),
    "The lease cannot be extended by 2 h: the longest allowed extension is 1 h (the quote's maximum lease length minus the time already booked).",
  );
  assert.equal(revertSentence("SomethingNew", {}), undefined);
  assert.equal(render("{a-b:usd} and {token}", { a: 3_000_000n, b: 1_000_000n }, { token: "GRID" }), "2 USD and GRID");
});

test("amounts, durations and typed numbers", () => {
  assert.equal(units(1_234_567_890n, 6), "1,234.56789");
  assert.equal(units(10n ** 18n / 2n, 18), "0.5");
  assert.equal(units(1n, 18, 4), "0.0001"); // tiny but not zero
  assert.equal(units(-2_500_000n, 6), "−2.5");
  assert.equal(duration(3600 + 120), "1 h 2 min");
  assert.equal(duration(90_000), "1 d 1 h");
  assert.equal(duration(42), "42 s");
});

test("the job form becomes a version 1 job spec a provider decodes, or an error naming the field", () => {
  assert.deepEqual(words(`python -c "print('hi there')" x`), ["python", "-c", "print('hi there')", "x"]);
  // provider/job's TestConsoleFormSpecs decodes these same specs and reads these same references.
  assert.ok(vectors.forms.length >= 2);
  for (const v of vectors.forms) {
    const spec = jobSpec(v.form, v.gpus);
    assert.deepEqual(spec, v.spec);
    assert.equal(encodeJob(spec), v.encoded, "canonical encoding");
    assert.equal(jobDigest(spec), v.jobCID, "the digest a lease binds");
  }
  assert.ok(vectors.forms.some((v) => v.encoded.includes("\\u2028") && v.encoded.includes("<b>&")), "a vector with what Go escapes differently");
  for (const ref of vectors.refs.valid) assert.ok(imageRef(ref), `valid ${ref}`);
  for (const ref of vectors.refs.invalid) assert.ok(!imageRef(ref), `invalid ${ref}`);
  const job = { ...emptyJob, command: "sleep 10" };
  for (const [change, re] of [
    [{ image: "" }, /^Error: Image: required/],
    [{ image: "Ubuntu Latest" }, /^Error: Image: not an image reference/],
    [{ ports: "70000" }, /^Error: Ports: 70000 is not a port/],
    [{ ports: "0x50" }, /^Error: Ports: 0x50 is not a port/],
    [{ ports: "22 22" }, /^Error: Ports: 22 is listed twice/],
    [{ ports: Array.from({ length: 33 }, (_, i) => 1000 + i).join(" ") }, /^Error: Ports: at most 32/],
    [{ sshKey: "not a key" }, /^Error: SSH public key/],
    [{ sshKey: "ssh-ed25519 AAAA you@host\nssh-rsa AAAA other" }, /^Error: SSH public key/],
    [{ memoryGiB: "0" }, /^Error: Memory: more than zero/],
    [{ memoryGiB: "0.01" }, /^Error: Memory: from 0.0625 GiB \(64 MiB\) to 4,096 GiB/],
    [{ memoryGiB: "1e3" }, /^Error: Memory: enter a number/],
    [{ cpus: "0.05" }, /^Error: CPUs: from 0.1 to 1024/],
    [{ cpus: "-2" }, /^Error: CPUs: enter a number/],
    [{ diskGiB: "999999999" }, /^Error: Disk: from/],
    [{ command: Array(257).fill("x").join(" ") }, /^Error: Command: at most 256 words/],
    [{ command: "echo \ud800" }, /^Error: Command: not valid text/],
  ] as const)
    assert.throws(() => jobSpec({ ...job, ...change }, 1), re, JSON.stringify(change).slice(0, 80));
});

test("form fields: adversarial inputs get an error naming the field", () => {
  // Amounts: plain decimals only, in the token's decimals, more than zero unless allowed.
  assert.equal(amountField("1.5", 6, "Price"), 1_500_000n);
  assert.equal(amountField(" 1_000 ", 18, "Stake GRID"), 10n ** 21n);
  assert.equal(amountField("1,000.50", 6, "Price"), 1_000_500_000n);
  assert.equal(amountField("2.500000000", 6, "Price"), 2_500_000n); // trailing zeros are not precision
  assert.equal(amountField("0", 6, "Price", { allowZero: true }), 0n);
  for (const [text, re] of [
    ["", /^Error: Price: required\.$/],
    ["   ", /^Error: Price: required\.$/],
    ["abc", /^Error: Price: enter a number/],
    ["-1", /^Error: Price: enter a number/],
    ["0x10", /^Error: Price: enter a number/],
    ["1e3", /^Error: Price: enter a number/],
    ["Infinity", /^Error: Price: enter a number/],
    ["NaN", /^Error: Price: enter a number/],
    ["1.2.3", /^Error: Price: enter a number/],
    [".5", /^Error: Price: enter a number/],
    ["1.2345678", /^Error: Price: at most 6 decimals/],
    ["0", /^Error: Price: more than zero/],
    ["0.000000", /^Error: Price: more than zero/],
  ] as const)
    assert.throws(() => amountField(text, 6, "Price"), re, JSON.stringify(text));
  assert.throws(() => amountField("1" + "0".repeat(80), 18, "Stake GRID", { max: 2n ** 256n - 1n }), /^Error: Stake GRID: too large/);

  // Hours: a positive decimal, as whole seconds, at most ten years (or the caller's bound).
  assert.equal(hoursField("2", "Hours"), 7200);
  assert.equal(hoursField("0.5", "Hours"), 1800);
  assert.equal(hoursField("0.2", "Hours"), 720);
  for (const [text, re] of [
    ["", /^Error: Hours: required/],
    ["0x10", /^Error: Hours: enter hours as a number/],
    ["1e9", /^Error: Hours: enter hours as a number/],
    ["Infinity", /^Error: Hours: enter hours as a number/],
    ["-2", /^Error: Hours: enter hours as a number/],
    ["two", /^Error: Hours: enter hours as a number/],
    ["0", /^Error: Hours: more than zero/],
    ["0.0000001", /^Error: Hours: more than zero/],
    ["87601", /^Error: Hours: at most 87600 hours/],
    ["99999999999999999999999", /^Error: Hours: at most/],
  ] as const)
    assert.throws(() => hoursField(text, "Hours"), re, JSON.stringify(text));
  assert.throws(() => hoursField("3", "Extend by", 7200), /^Error: Extend by: at most 2 hours/);

  // Whole numbers in a range.
  assert.equal(wholeField("4", "GPUs", 1, 8), 4);
  for (const text of ["", "0", "9", "2.5", "1e1", "0x2", "-1", "four", "99999999999999999999"])
    assert.throws(() => wholeField(text, "GPUs", 1, 8), /^Error: GPUs: (required|a whole number from 1 to 8)\.$/, JSON.stringify(text));

  // Names: trimmed, not empty, no control characters, bounded.
  assert.equal(nameField("  rig-1 ", "Machine name"), "rig-1");
  assert.throws(() => nameField(" ", "Machine name"), /^Error: Machine name: required/);
  assert.throws(() => nameField("rig\u0000one", "Machine name"), /^Error: Machine name: no control characters/);
  assert.throws(() => nameField("é".repeat(33), "Machine name"), /^Error: Machine name: at most 64 bytes/);
});

test("gateway endpoints: host:port or nothing, an error naming the field otherwise", () => {
  assert.equal(endpointField(" gpu1.example.com:8549 ", "Gateway endpoint"), "gpu1.example.com:8549");
  assert.equal(endpointField("203.0.113.7:8549", "Gateway endpoint"), "203.0.113.7:8549");
  assert.equal(endpointField("[2001:db8::1]:8549", "Gateway endpoint"), "[2001:db8::1]:8549");
  assert.equal(endpointField("", "Gateway endpoint"), "");
  for (const bad of ["gpu1", "gpu1:0", "gpu1:70000", "https://gpu1:8549", "gpu 1:8549", ":8549", "a".repeat(300) + ":1"])
    assert.throws(() => endpointField(bad, "Gateway endpoint"), /^Error: Gateway endpoint: /, bad);
});

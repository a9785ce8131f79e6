// Unit tests of the console's pure helpers, bundled for Node by test/run.mjs (node:test).
import assert from "node:assert/strict";
import { test } from "node:test";
import { parseJSON, quoteBigIntegers, stringifyBig } from "../src/lib/json";
import { LogDecoder } from "../src/lib/logs";
import { render, revertSentence } from "../src/lib/errors";
import { duration, parseUnits, units } from "../src/lib/format";
import { words, jobSpec } from "../src/pages/job";

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
  assert.equal(parseUnits("1.5", 6, "Price"), 1_500_000n);
  assert.equal(parseUnits("1_000", 18, "Stake"), 10n ** 21n);
  assert.throws(() => parseUnits("1.2345678", 6, "Price"), /Price: at most 6 decimals/);
  assert.throws(() => parseUnits("abc", 6, "Price"), /Price: enter a number/);
  assert.equal(duration(3600 + 120), "1 h 2 min");
  assert.equal(duration(90_000), "1 d 1 h");
  assert.equal(duration(42), "42 s");
});

test("the job form becomes a version 1 job spec, or an error naming the field", () => {
  assert.deepEqual(words(`python -c "print('hi there')" x`), ["python", "-c", "print('hi there')", "x"]);
  assert.deepEqual(jobSpec({ image: "ubuntu:24.04", command: "sleep 10", ports: "8888, 22", sshKey: "" }), {
    version: 1, image: { ref: "ubuntu:24.04" }, command: ["sleep", "10"], ports: [{ port: 8888, protocol: "tcp" }, { port: 22, protocol: "tcp" }],
  });
  assert.throws(() => jobSpec({ image: "", command: "", ports: "", sshKey: "" }), /^Error: Image: required/);
  assert.throws(() => jobSpec({ image: "x", command: "", ports: "70000", sshKey: "" }), /Ports: 70000 is not a port/);
  assert.throws(() => jobSpec({ image: "x", command: "", ports: "", sshKey: "not a key" }), /SSH key/);
});

// svmnode.mjs: idlegrid's local Solana node. A JSON-RPC front over LiteSVM (npm `litesvm`, pinned in the
// repository's package.json) that behaves like a real validator's RPC for the methods the gateway, its watcher,
// the CLI and the tests use. The Go package beside it (oracle/devchain/svm) embeds this file and runs it.
//
// What LiteSVM does not do and this front adds:
//   - Slots and commitment. LiteSVM has no blocks and its slot moves only when told; here a slot closes every
//     --slot-ms (and on the dev method devnet_advanceSlots). A transaction lands in the open slot; it is
//     `confirmed` once --confirmed-depth slots closed above it and `finalized` after --finalized-depth. Account
//     reads at confirmed or finalized see the state as of that slot (a journal of pre-images per slot).
//   - Blockhash age. Each slot gets a fresh blockhash, valid for 150 slots as on a real cluster; a transaction
//     whose blockhash is unknown or too old is dropped unless it is a durable-nonce transaction whose nonce
//     matches. (LiteSVM only knows its latest blockhash, so its own check is off and this front does it.)
//   - Transaction history. LiteSVM keeps metadata only; the front keeps each transaction's wire bytes, slot,
//     balances before and after, token balances and logs, so getTransaction answers like a real node.
//   - Airdrops are real signed transfers from a faucet account, so they have history like any transaction.
//
// It serves development only: it holds no keys but the faucet's and must never face a network.

import http from "node:http";
import crypto from "node:crypto";
import path from "node:path";
import { createRequire } from "node:module";

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const opts = {
    host: "127.0.0.1",
    port: 0,
    modules: process.cwd(),
    identity: "",
    slotMs: 400,
    confirmedDepth: 1,
    finalizedDepth: 32,
    exitOnStdinEnd: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) fatal(`${a}: needs a value`);
      return argv[++i];
    };
    const int = (name, v) => {
      if (!/^\d+$/.test(v)) fatal(`${name}: want a non-negative integer, got ${JSON.stringify(v)}`);
      return Number(v);
    };
    switch (a) {
      case "--host": opts.host = next(); break;
      case "--port": opts.port = int(a, next()); break;
      case "--modules": opts.modules = next(); break;
      case "--identity": opts.identity = next(); break;
      case "--slot-ms": opts.slotMs = int(a, next()); break;
      case "--confirmed-depth": opts.confirmedDepth = int(a, next()); break;
      case "--finalized-depth": opts.finalizedDepth = int(a, next()); break;
      case "--exit-on-stdin-end": opts.exitOnStdinEnd = true; break;
      default: fatal(`unknown argument ${a}`);
    }
  }
  if (!["127.0.0.1", "::1", "localhost"].includes(opts.host)) {
    fatal(`--host ${opts.host}: must be a loopback address (this is a dev node with a public faucet)`);
  }
  if (opts.finalizedDepth < opts.confirmedDepth) {
    fatal(`--finalized-depth ${opts.finalizedDepth}: must be at least --confirmed-depth ${opts.confirmedDepth}`);
  }
  return opts;
}

function fatal(msg) {
  process.stderr.write(`svmnode: ${msg}\n`);
  process.exit(2);
}

const opts = parseArgs(process.argv.slice(2));
const requireFrom = createRequire(path.join(path.resolve(opts.modules), "package.json"));
let lite, kit;
try {
  // The napi binding itself: it takes wire bytes, which is what a JSON-RPC front has. The public wrapper
  // (litesvm's index.js) only re-encodes @solana/kit objects into the same bytes.
  lite = requireFrom("litesvm/dist/internal.js");
  kit = requireFrom("@solana/kit");
} catch (e) {
  fatal(`cannot load litesvm from ${opts.modules}: ${e.message}\n` +
    `run \`npm ci --ignore-scripts\` in the repository root (litesvm ships its native binary in a per-platform ` +
    `package, litesvm-${process.platform}-${process.arch}-*, which must be in package-lock.json)`);
}

// ---------------------------------------------------------------- encodings

const b58 = kit.getBase58Codec();
const b64 = kit.getBase64Codec();
const txDecoder = kit.getTransactionDecoder();
const msgDecoder = kit.getCompiledTransactionMessageDecoder();

const enc58 = (bytes) => b58.decode(bytes);
const dec58 = (s) => Buffer.from(b58.encode(s));
const enc64 = (bytes) => Buffer.from(bytes).toString("base64");

const SYSTEM = "11111111111111111111111111111111";
const TOKEN = "TokenkegQfeZyiNwAJbNbGKPFXCWuBvf9Ss623VQ5DA";
const TOKEN_2022 = "TokenzQdBNbLqP5VEhdkAS6EPFLC1PHnBqCXEpPxuEb";
const MEMO_PROGRAMS = new Set(["MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr", "Memo1UhkJRfHyvLMcVucJwxXeuD728EqVDDwQDxFMNo"]);
const LAMPORTS_PER_SIGNATURE = 5000n; // LiteSVM's default fee structure, as on mainnet
const MAX_PROCESSING_AGE = 150; // slots a blockhash stays valid
const U64_MAX = 18446744073709551615n;

function compactU16(n) {
  const out = [];
  for (;;) {
    let b = n & 0x7f;
    n >>= 7;
    if (n === 0) { out.push(b); return Buffer.from(out); }
    out.push(b | 0x80);
  }
}

function u64le(v) {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(v));
  return b;
}

// JSON with u64 values written as bare numbers (as a validator does: rentEpoch is u64::MAX).
function toJSON(value) {
  return JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? `__u64__${v}` : v)).replace(/"__u64__(\d+)"/g, "$1");
}

// ---------------------------------------------------------------- errors shaped like a validator's

class RPCError extends Error {
  constructor(code, message, data) {
    super(message);
    this.code = code;
    this.data = data;
  }
}
const invalidParams = (msg) => new RPCError(-32602, msg);

const TX_ERRORS = ["AccountInUse", "AccountLoadedTwice", "AccountNotFound", "ProgramAccountNotFound",
  "InsufficientFundsForFee", "InvalidAccountForFee", "AlreadyProcessed", "BlockhashNotFound", "CallChainTooDeep",
  "MissingSignatureForFee", "InvalidAccountIndex", "SignatureFailure", "InvalidProgramForExecution",
  "SanitizeFailure", "ClusterMaintenance", "AccountBorrowOutstanding", "WouldExceedMaxBlockCostLimit",
  "UnsupportedVersion", "InvalidWritableAccount", "WouldExceedMaxAccountCostLimit",
  "WouldExceedAccountDataBlockLimit", "TooManyAccountLocks", "AddressLookupTableNotFound",
  "InvalidAddressLookupTableOwner", "InvalidAddressLookupTableData", "InvalidAddressLookupTableIndex",
  "InvalidRentPayingAccount", "WouldExceedMaxVoteCostLimit", "WouldExceedAccountDataTotalLimit",
  "MaxLoadedAccountsDataSizeExceeded", "ResanitizationNeeded", "InvalidLoadedAccountsDataSizeLimit",
  "UnbalancedTransaction", "ProgramCacheHitMaxLimit", "CommitCancelled"];
const IX_ERRORS = ["GenericError", "InvalidArgument", "InvalidInstructionData", "InvalidAccountData",
  "AccountDataTooSmall", "InsufficientFunds", "IncorrectProgramId", "MissingRequiredSignature",
  "AccountAlreadyInitialized", "UninitializedAccount", "UnbalancedInstruction", "ModifiedProgramId",
  "ExternalAccountLamportSpend", "ExternalAccountDataModified", "ReadonlyLamportChange", "ReadonlyDataModified",
  "DuplicateAccountIndex", "ExecutableModified", "RentEpochModified", "NotEnoughAccountKeys",
  "AccountDataSizeChanged", "AccountNotExecutable", "AccountBorrowFailed", "AccountBorrowOutstanding",
  "DuplicateAccountOutOfSync", "InvalidError", "ExecutableDataModified", "ExecutableLamportChange",
  "ExecutableAccountNotRentExempt", "UnsupportedProgramId", "CallDepth", "MissingAccount", "ReentrancyNotAllowed",
  "MaxSeedLengthExceeded", "InvalidSeeds", "InvalidRealloc", "ComputationalBudgetExceeded", "PrivilegeEscalation",
  "ProgramEnvironmentSetupFailure", "ProgramFailedToComplete", "ProgramFailedToCompile", "Immutable",
  "IncorrectAuthority", "AccountNotRentExempt", "InvalidAccountOwner", "ArithmeticOverflow", "UnsupportedSysvar",
  "IllegalOwner", "MaxAccountsDataAllocationsExceeded", "MaxAccountsExceeded", "MaxInstructionTraceLengthExceeded",
  "BuiltinProgramsMustConsumeComputeUnits", "BorshIoError"];

// txErrorJSON renders a LiteSVM transaction error the way a validator serializes TransactionError.
function txErrorJSON(e) {
  if (typeof e === "number") return TX_ERRORS[e] ?? `UnknownTransactionError(${e})`;
  if (e instanceof lite.TransactionErrorInstructionError) {
    const inner = e.err();
    let ie;
    if (typeof inner === "number") ie = IX_ERRORS[inner] ?? `UnknownInstructionError(${inner})`;
    else if (inner instanceof lite.InstructionErrorCustom) ie = { Custom: inner.code };
    else ie = { BorshIoError: inner.msg };
    return { InstructionError: [e.index, ie] };
  }
  if (e instanceof lite.TransactionErrorDuplicateInstruction) return { DuplicateInstruction: e.index };
  if (e instanceof lite.TransactionErrorInsufficientFundsForRent) return { InsufficientFundsForRent: { account_index: e.accountIndex } };
  return { ProgramExecutionTemporarilyRestricted: { account_index: e.accountIndex } };
}

// txErrorText is the validator's Display of a TransactionError, as in "Transaction simulation failed: …".
function txErrorText(err) {
  if (typeof err === "string") {
    const texts = {
      BlockhashNotFound: "Blockhash not found",
      AlreadyProcessed: "This transaction has already been processed",
      AccountNotFound: "Attempt to debit an account but found no record of a prior credit.",
      InsufficientFundsForFee: "Insufficient funds for fee",
      SignatureFailure: "Transaction did not pass signature verification",
    };
    return texts[err] ?? err;
  }
  if (err.InstructionError) {
    const [i, ie] = err.InstructionError;
    const what = typeof ie === "string" ? ie : ie.Custom !== undefined ? `custom program error: 0x${ie.Custom.toString(16)}` : JSON.stringify(ie);
    return `Error processing Instruction ${i}: ${what}`;
  }
  return JSON.stringify(err);
}

// ---------------------------------------------------------------- the ledger

const svm = new lite.LiteSvm();
svm.setBlockhashCheck(false); // the front checks blockhash age itself (see checkLifetime)

const genesisHash = enc58(crypto.randomBytes(32)); // a fresh cluster every start: watchers see a reset
const identity = opts.identity || enc58(crypto.randomBytes(32));

let slot = 0; // the open slot: transactions sent now land in it
const blockhashSlot = new Map(); // blockhash -> slot it was issued in (last MAX_PROCESSING_AGE slots)
const slotBlockhash = new Map(); // slot -> blockhash
const slotTime = new Map(); // slot -> unix seconds
const journal = new Map(); // slot -> Map(address -> account before its first change in that slot, or null)
const txs = new Map(); // signature -> record
const byAddress = new Map(); // address -> [signature] in landing order
let txCount = 0n;

function openSlot() {
  const clock = svm.getClock();
  clock.slot = BigInt(slot);
  clock.unixTimestamp = BigInt(Math.floor(Date.now() / 1000));
  svm.setClock(clock);
  const bh = svm.latestBlockhash();
  blockhashSlot.set(bh, slot);
  slotBlockhash.set(slot, bh);
  slotTime.set(slot, Number(clock.unixTimestamp));
}

function advance(n) {
  for (let i = 0; i < n; i++) {
    slot++;
    svm.expireBlockhash(); // a new blockhash per slot, so a durable nonce can advance once per slot, as on a cluster
    openSlot();
    const old = slot - MAX_PROCESSING_AGE - 1;
    const oldHash = slotBlockhash.get(old);
    if (oldHash !== undefined) {
      blockhashSlot.delete(oldHash);
      slotBlockhash.delete(old);
    }
    for (const s of journal.keys()) if (s <= finalizedSlot()) journal.delete(s);
  }
  return slot;
}

const confirmedSlot = () => slot - opts.confirmedDepth;
const finalizedSlot = () => slot - opts.finalizedDepth;

// commitmentSlot resolves a request's commitment (a validator's default is finalized).
function commitmentSlot(cfg, { allowProcessed = true } = {}) {
  const c = cfg?.commitment ?? "finalized";
  switch (c) {
    case "processed": case "recent": case "single": case "singleGossip":
      if (!allowProcessed) throw invalidParams("Method does not support commitment below `confirmed`");
      return slot;
    case "confirmed":
      return confirmedSlot();
    case "finalized": case "max": case "root":
      return finalizedSlot();
    default:
      throw invalidParams(`Invalid params: unknown variant \`${c}\`, expected one of \`processed\`, \`confirmed\`, \`finalized\``);
  }
}

function checkMinContextSlot(cfg, at) {
  if (cfg?.minContextSlot !== undefined && cfg.minContextSlot > at) {
    throw new RPCError(-32016, "Minimum context slot has not been reached", { contextSlot: at });
  }
}

const context = (s) => ({ slot: s, apiVersion: "2.2.0" });

function snapshot(addrBytes) {
  const a = svm.getAccount(addrBytes);
  if (a === null) return null;
  return { lamports: a.lamports(), data: Buffer.from(a.data()), owner: enc58(a.owner()), executable: a.executable(), rentEpoch: a.rentEpoch() };
}

// accountAt is the account as it was at the end of slot `at`: the current state, walked back through the
// pre-images of every later slot.
function accountAt(address, at) {
  let acc = snapshot(dec58(address));
  for (let s = slot; s > at; s--) {
    const j = journal.get(s);
    if (j && j.has(address)) acc = j.get(address);
  }
  if (acc !== null && acc.lamports === 0n) return null; // a validator does not keep empty accounts
  return acc;
}

function journalWrite(address, before) {
  let j = journal.get(slot);
  if (!j) journal.set(slot, (j = new Map()));
  if (!j.has(address)) j.set(address, before);
}

function decodeAddress(s, field) {
  if (typeof s !== "string") throw invalidParams(`Invalid param: ${field}: want a base-58 string`);
  let bytes;
  try { bytes = dec58(s); } catch { bytes = null; }
  if (!bytes || bytes.length !== 32) throw invalidParams("Invalid param: Invalid");
  return bytes;
}

// ---------------------------------------------------------------- accounts

function encodeAccount(acc, cfg) {
  if (acc === null) return null;
  const encoding = cfg?.encoding ?? "binary";
  let data = acc.data;
  if (cfg?.dataSlice) data = data.subarray(cfg.dataSlice.offset, cfg.dataSlice.offset + cfg.dataSlice.length);
  let encoded;
  switch (encoding) {
    case "base64": encoded = [enc64(data), "base64"]; break;
    case "base58":
      if (data.length > 128) throw invalidParams("Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.");
      encoded = [enc58(data), "base58"]; break;
    case "binary":
      if (data.length > 128) throw invalidParams("Encoded binary (base 58) data should be less than 128 bytes, please use Base64 encoding.");
      encoded = enc58(data); break;
    default:
      throw invalidParams(`Invalid params: encoding ${encoding} is not served by the litesvm dev node; use base64 or base58`);
  }
  return { lamports: acc.lamports, owner: acc.owner, data: encoded, executable: acc.executable, rentEpoch: acc.rentEpoch, space: acc.data.length };
}

// tokenAccount decodes an initialized SPL Token (or Token-2022) account; null when the account is not one.
function tokenAccount(acc) {
  if (acc === null || (acc.owner !== TOKEN && acc.owner !== TOKEN_2022) || acc.data.length < 165) return null;
  if (acc.owner === TOKEN && acc.data.length !== 165) return null;
  if (acc.data[108] === 0) return null; // uninitialized
  return { mint: enc58(acc.data.subarray(0, 32)), owner: enc58(acc.data.subarray(32, 64)), amount: acc.data.readBigUInt64LE(64), programId: acc.owner };
}

function mintDecimals(mint, at) {
  const acc = at === undefined ? snapshot(dec58(mint)) : accountAt(mint, at);
  if (acc === null || acc.data.length < 82 || acc.data[45] === 0) return null;
  return acc.data[44];
}

function uiAmount(amount, decimals) {
  const s = amount.toString().padStart(decimals + 1, "0");
  const str = decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`.replace(/\.?0+$/, "");
  return { amount: amount.toString(), decimals, uiAmount: Number(str), uiAmountString: str };
}

// ---------------------------------------------------------------- transactions

function decodeWire(encoded, encoding) {
  let bytes;
  if (typeof encoded !== "string") throw invalidParams("Invalid params: transaction: want an encoded string");
  try {
    bytes = encoding === "base64" ? Buffer.from(encoded, "base64") : encoding === "base58" || encoding === undefined ? dec58(encoded) : null;
  } catch {
    bytes = null;
  }
  if (encoding !== undefined && encoding !== "base64" && encoding !== "base58") {
    throw invalidParams(`Invalid params: unsupported encoding: ${encoding}. Supported encodings: base58, base64`);
  }
  if (bytes === null) throw invalidParams(`invalid ${encoding ?? "base58"} encoding: transaction`);
  if (bytes.length > 1232) throw invalidParams(`${encoding ?? "base58"} encoded solana_transaction::versioned::VersionedTransaction too large: ${bytes.length} bytes (max: encoded/raw 1644/1232)`);
  let tx, msg;
  try {
    tx = txDecoder.decode(bytes);
    msg = msgDecoder.decode(tx.messageBytes);
  } catch (e) {
    throw invalidParams(`failed to deserialize solana_transaction::versioned::VersionedTransaction: ${e.message}`);
  }
  const signers = Object.keys(tx.signatures);
  const signatures = Object.values(tx.signatures).map((s) => (s === null ? Buffer.alloc(64) : Buffer.from(s)));
  if (signers.length !== msg.header.numSignerAccounts || signatures.length === 0) {
    throw invalidParams("invalid transaction: Transaction failed to sanitize accounts offsets correctly");
  }
  if (msg.addressTableLookups && msg.addressTableLookups.length > 0) {
    throw invalidParams("invalid transaction: address lookup tables are not served by the litesvm dev node");
  }
  const keys = msg.staticAccounts;
  for (const ix of msg.instructions) {
    if (ix.programAddressIndex >= keys.length || (ix.accountIndices ?? []).some((i) => i >= keys.length)) {
      throw invalidParams("invalid transaction: Transaction failed to sanitize accounts offsets correctly");
    }
  }
  return { bytes: Buffer.from(bytes), messageBytes: Buffer.from(tx.messageBytes), msg, signers, signatures, keys, signature: enc58(signatures[0]) };
}

const SPKI_ED25519 = Buffer.from("302a300506032b6570032100", "hex");
function verifySignatures(t) {
  return t.signers.every((signer, i) =>
    crypto.verify(null, t.messageBytes, { key: Buffer.concat([SPKI_ED25519, dec58(signer)]), format: "der", type: "spki" }, t.signatures[i]));
}

function isWritable(msg, i) {
  const h = msg.header;
  const n = msg.staticAccounts.length;
  if (i < h.numSignerAccounts) return i < h.numSignerAccounts - h.numReadonlySignerAccounts;
  return i < n - h.numReadonlyNonSignerAccounts;
}

// nonceValue is the durable nonce stored in a system nonce account, or null.
function nonceValue(address) {
  const acc = snapshot(dec58(address));
  if (acc === null || acc.owner !== SYSTEM || acc.data.length !== 80 || acc.data.readUInt32LE(4) !== 1) return null;
  return { authority: enc58(acc.data.subarray(8, 40)), nonce: enc58(acc.data.subarray(40, 72)) };
}

// checkLifetime is the runtime's age check: a recent blockhash, or a durable nonce that the first
// instruction advances.
function checkLifetime(t) {
  const issued = blockhashSlot.get(t.msg.lifetimeToken);
  if (issued !== undefined && slot - issued <= MAX_PROCESSING_AGE) return null;
  const first = t.msg.instructions[0];
  if (first && t.keys[first.programAddressIndex] === SYSTEM && first.data && first.data.length >= 4 &&
      Buffer.from(first.data).readUInt32LE(0) === 4 && (first.accountIndices ?? []).length >= 1) {
    const nonceIdx = first.accountIndices[0];
    const n = nonceValue(t.keys[nonceIdx]);
    if (n !== null && n.nonce === t.msg.lifetimeToken && isWritable(t.msg, nonceIdx)) return null;
  }
  return "BlockhashNotFound";
}

function simulationFailure(err, meta) {
  return new RPCError(-32002, `Transaction simulation failed: ${txErrorText(err)}`, {
    accounts: null,
    err,
    innerInstructions: null,
    loadedAccountsDataSize: 0,
    logs: meta ? meta.logs() : [],
    replacementBlockhash: null,
    returnData: null,
    unitsConsumed: meta ? Number(meta.computeUnitsConsumed()) : 0,
  });
}

function sendRaw(t) {
  return t.msg.version === "legacy" ? svm.sendLegacyTransaction(t.bytes) : svm.sendVersionedTransaction(t.bytes);
}

function simulateRaw(t) {
  return t.msg.version === "legacy" ? svm.simulateLegacyTransaction(t.bytes) : svm.simulateVersionedTransaction(t.bytes);
}

function tokenBalances(keys, accounts, at) {
  const out = [];
  accounts.forEach((acc, i) => {
    const ta = tokenAccount(acc);
    if (ta === null) return;
    const decimals = mintDecimals(ta.mint, at) ?? 0;
    out.push({ accountIndex: i, mint: ta.mint, owner: ta.owner, programId: ta.programId, uiTokenAmount: uiAmount(ta.amount, decimals) });
  });
  return out;
}

function memoOf(t) {
  const memos = [];
  for (const ix of t.msg.instructions) {
    if (!MEMO_PROGRAMS.has(t.keys[ix.programAddressIndex])) continue;
    const text = Buffer.from(ix.data ?? []).toString("utf8");
    memos.push(`[${Buffer.byteLength(text)}] ${text}`);
  }
  return memos.length ? memos.join("; ") : null;
}

// land executes a checked transaction in the open slot and records it with its wire bytes.
function land(t) {
  const keyBytes = t.keys.map(dec58);
  const pre = keyBytes.map(snapshot);
  const preTokens = tokenBalances(t.keys, pre);
  const res = sendRaw(t);
  const failed = res instanceof lite.FailedTransactionMetadata;
  const meta = failed ? res.meta() : res;
  let err = failed ? txErrorJSON(res.err()) : null;
  let post = keyBytes.map(snapshot);
  const fee = LAMPORTS_PER_SIGNATURE * BigInt(t.signers.length);
  if (failed) {
    // A validator does not commit a transaction that fails before execution (it is dropped); one that fails in
    // an instruction is committed: the fee is charged and a durable nonce advances. LiteSVM commits neither, so
    // the front charges the fee here (nonce advance on failure is not modelled: see README).
    if (typeof err === "string") return { dropped: err };
    const payer = pre[0];
    if (payer === null || payer.lamports < fee) return { dropped: "InsufficientFundsForFee" };
    svm.setAccount(keyBytes[0], new lite.Account(payer.lamports - fee, payer.data, dec58(payer.owner), payer.executable, payer.rentEpoch));
    post = keyBytes.map(snapshot);
  }
  t.keys.forEach((k, i) => {
    const a = pre[i], b = post[i];
    const same = (a === null && b === null) || (a !== null && b !== null && a.lamports === b.lamports && a.owner === b.owner && a.data.equals(b.data));
    if (!same) journalWrite(k, a);
  });
  const inner = [];
  meta.innerInstructions().forEach((list, index) => {
    if (list.length === 0) return;
    inner.push({
      index,
      instructions: list.map((ii) => {
        const ci = ii.instruction();
        return { programIdIndex: ci.programIdIndex(), accounts: Array.from(ci.accounts()), data: enc58(ci.data()), stackHeight: ii.stackHeight() };
      }),
    });
  });
  const rec = {
    signature: t.signature,
    slot,
    index: txCount++,
    blockTime: slotTime.get(slot),
    wire: t.bytes,
    version: t.msg.version,
    t,
    err,
    memo: memoOf(t),
    meta: {
      err,
      status: err === null ? { Ok: null } : { Err: err },
      fee: Number(fee),
      preBalances: pre.map((a) => (a === null ? 0 : Number(a.lamports))),
      postBalances: post.map((a) => (a === null ? 0 : Number(a.lamports))),
      innerInstructions: inner,
      logMessages: meta.logs(),
      preTokenBalances: preTokens,
      postTokenBalances: tokenBalances(t.keys, post),
      rewards: [],
      loadedAddresses: { writable: [], readonly: [] },
      computeUnitsConsumed: Number(meta.computeUnitsConsumed()),
    },
  };
  txs.set(rec.signature, rec);
  for (const k of new Set(t.keys)) {
    let list = byAddress.get(k);
    if (!list) byAddress.set(k, (list = []));
    list.push(rec.signature);
  }
  return { landed: rec };
}

function sendTransaction(params) {
  const [encoded, cfg = {}] = params;
  const t = decodeWire(encoded, cfg.encoding);
  checkMinContextSlot(cfg, slot);
  if (!verifySignatures(t)) throw new RPCError(-32003, "Transaction signature verification failure");
  const preflight = !cfg.skipPreflight;
  if (txs.has(t.signature)) {
    if (preflight) throw simulationFailure("AlreadyProcessed");
    return t.signature;
  }
  const age = checkLifetime(t);
  if (age !== null) {
    if (preflight) throw simulationFailure(age);
    return t.signature; // dropped by the leader, as on a cluster: it never lands and its status stays null
  }
  if (preflight) {
    const sim = simulateRaw(t);
    if (sim instanceof lite.FailedTransactionMetadata) throw simulationFailure(txErrorJSON(sim.err()), sim.meta());
  }
  land(t);
  return t.signature;
}

function replaceBlockhash(t) {
  const v = t.msg.version === "legacy" ? 0 : 1;
  const off = v + 3 + compactU16(t.keys.length).length + 32 * t.keys.length;
  const bh = svm.latestBlockhash();
  const messageBytes = Buffer.from(t.messageBytes);
  dec58(bh).copy(messageBytes, off);
  const sigs = Buffer.concat(t.signatures);
  const bytes = Buffer.concat([compactU16(t.signatures.length), sigs, messageBytes]);
  return { ...t, bytes, messageBytes, msg: { ...t.msg, lifetimeToken: bh }, replacement: { blockhash: bh, lastValidBlockHeight: slot + MAX_PROCESSING_AGE } };
}

function simulateTransaction(params) {
  const [encoded, cfg = {}] = params;
  let t = decodeWire(encoded, cfg.encoding);
  checkMinContextSlot(cfg, slot);
  if (cfg.sigVerify && cfg.replaceRecentBlockhash) throw invalidParams("sigVerify may not be used with replaceRecentBlockhash");
  if (cfg.sigVerify && !verifySignatures(t)) throw new RPCError(-32003, "Transaction signature verification failure");
  if (cfg.replaceRecentBlockhash) t = replaceBlockhash(t);
  const value = { err: null, logs: [], accounts: null, unitsConsumed: 0, returnData: null, innerInstructions: null, replacementBlockhash: t.replacement ?? null, loadedAccountsDataSize: 0 };
  const age = txs.has(t.signature) && cfg.sigVerify ? "AlreadyProcessed" : checkLifetime(t);
  if (age !== null) return { context: context(slot), value: { ...value, err: age } };
  const wasVerifying = svm.getSigverify();
  svm.setSigverify(Boolean(cfg.sigVerify));
  let sim;
  try { sim = simulateRaw(t); } finally { svm.setSigverify(wasVerifying); }
  const failed = sim instanceof lite.FailedTransactionMetadata;
  const meta = sim.meta();
  value.err = failed ? txErrorJSON(sim.err()) : null;
  value.logs = meta.logs();
  value.unitsConsumed = Number(meta.computeUnitsConsumed());
  if (cfg.accounts && Array.isArray(cfg.accounts.addresses)) {
    const post = failed ? new Map() : new Map(sim.postAccounts().map((aa) => [enc58(aa.address), aa.account()]));
    value.accounts = cfg.accounts.addresses.map((a) => {
      const acc = post.get(a);
      if (acc) return encodeAccount({ lamports: acc.lamports(), data: Buffer.from(acc.data()), owner: enc58(acc.owner()), executable: acc.executable(), rentEpoch: acc.rentEpoch() }, { encoding: cfg.accounts.encoding ?? "base64" });
      return encodeAccount(accountAt(a, slot), { encoding: cfg.accounts.encoding ?? "base64" });
    });
  }
  return { context: context(slot), value };
}

function confirmationStatus(txSlot) {
  if (txSlot <= finalizedSlot()) return "finalized";
  if (txSlot <= confirmedSlot()) return "confirmed";
  return "processed";
}

function getSignatureStatuses(params) {
  const [sigs, _cfg] = params;
  if (!Array.isArray(sigs)) throw invalidParams("Invalid params: want an array of signatures");
  if (sigs.length > 256) throw invalidParams("Too many inputs provided; max 256");
  return {
    context: context(slot),
    value: sigs.map((s) => {
      const rec = txs.get(s);
      if (!rec) return null;
      const status = confirmationStatus(rec.slot);
      return { slot: rec.slot, confirmations: status === "finalized" ? null : slot - rec.slot, err: rec.err, status: rec.meta.status, confirmationStatus: status };
    }),
  };
}

function getSignaturesForAddress(params) {
  const [address, cfg = {}] = params;
  decodeAddress(address, "address");
  const at = commitmentSlot(cfg, { allowProcessed: false });
  checkMinContextSlot(cfg, at);
  const limit = cfg.limit ?? 1000;
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalidParams("Invalid limit; max 1000");
  const list = byAddress.get(address) ?? [];
  let i = list.length - 1;
  if (cfg.before !== undefined) {
    const at2 = list.lastIndexOf(cfg.before);
    if (!txs.has(cfg.before)) throw invalidParams("Invalid param: before: signature not found");
    i = at2 === -1 ? -1 : at2 - 1; // a known signature that does not involve the address: nothing before it here
  }
  if (cfg.until !== undefined && !txs.has(cfg.until)) throw invalidParams("Invalid param: until: signature not found");
  const out = [];
  for (; i >= 0 && out.length < limit; i--) {
    const rec = txs.get(list[i]);
    if (cfg.until !== undefined && rec.signature === cfg.until) break;
    if (rec.slot > at) continue;
    out.push({ signature: rec.signature, slot: rec.slot, err: rec.err, memo: rec.memo, blockTime: rec.blockTime, confirmationStatus: confirmationStatus(rec.slot) });
  }
  return out;
}

function getTransaction(params) {
  const [sig, cfgOrEncoding] = params;
  const cfg = typeof cfgOrEncoding === "string" ? { encoding: cfgOrEncoding } : cfgOrEncoding ?? {};
  if (typeof sig !== "string") throw invalidParams("Invalid param: signature: want a base-58 string");
  let sigBytes;
  try { sigBytes = dec58(sig); } catch { sigBytes = null; }
  if (!sigBytes || sigBytes.length !== 64) throw invalidParams("Invalid param: Invalid");
  const at = commitmentSlot(cfg, { allowProcessed: false });
  const rec = txs.get(sig);
  if (!rec || rec.slot > at) return null;
  const max = cfg.maxSupportedTransactionVersion;
  if (rec.version !== "legacy" && (max === undefined || max < rec.version)) {
    throw new RPCError(-32015, `Transaction version (${rec.version}) is not supported by the requesting client. Please try the request again with the following configuration parameter: "maxSupportedTransactionVersion": ${rec.version}`);
  }
  const encoding = cfg.encoding ?? "json";
  let transaction;
  switch (encoding) {
    case "base64": transaction = [enc64(rec.wire), "base64"]; break;
    case "base58": transaction = [enc58(rec.wire), "base58"]; break;
    case "binary": transaction = enc58(rec.wire); break;
    case "json": {
      const m = rec.t.msg;
      const message = {
        header: { numRequiredSignatures: m.header.numSignerAccounts, numReadonlySignedAccounts: m.header.numReadonlySignerAccounts, numReadonlyUnsignedAccounts: m.header.numReadonlyNonSignerAccounts },
        accountKeys: rec.t.keys,
        recentBlockhash: m.lifetimeToken,
        instructions: m.instructions.map((ix) => ({ programIdIndex: ix.programAddressIndex, accounts: ix.accountIndices ?? [], data: enc58(ix.data ?? new Uint8Array()), stackHeight: null })),
      };
      if (rec.version !== "legacy") message.addressTableLookups = [];
      transaction = { signatures: rec.t.signatures.map(enc58), message };
      break;
    }
    default:
      throw invalidParams(`Invalid params: encoding ${encoding} is not served by the litesvm dev node; use json, base64 or base58`);
  }
  const out = { slot: rec.slot, blockTime: rec.blockTime, meta: rec.meta, transaction };
  if (max !== undefined) out.version = rec.version;
  return out;
}

// ---------------------------------------------------------------- faucet

const faucet = crypto.generateKeyPairSync("ed25519");
const faucetPub = faucet.publicKey.export({ format: "der", type: "spki" }).subarray(-32);
svm.setAccount(faucetPub, new lite.Account(500_000_000n * 1_000_000_000n, new Uint8Array(), dec58(SYSTEM), false, U64_MAX));

// faucetTransfer signs a legacy system transfer from the faucet: an airdrop with a real transaction behind it.
function faucetTransfer(to, lamports) {
  const keys = [faucetPub, to, dec58(SYSTEM)];
  const data = Buffer.concat([Buffer.from([2, 0, 0, 0]), u64le(lamports)]);
  const message = Buffer.concat([
    Buffer.from([1, 0, 1]), compactU16(keys.length), ...keys, dec58(svm.latestBlockhash()),
    compactU16(1), Buffer.from([2]), compactU16(2), Buffer.from([0, 1]), compactU16(data.length), data,
  ]);
  const sig = crypto.sign(null, message, faucet.privateKey);
  return Buffer.concat([compactU16(1), sig, message]);
}

function requestAirdrop(params) {
  const [address, lamports] = params;
  const to = decodeAddress(address, "pubkey");
  if (!Number.isSafeInteger(lamports) || lamports <= 0) throw invalidParams("Invalid params: lamports: want a positive integer");
  if (to.equals(faucetPub)) throw invalidParams("Invalid params: pubkey: the faucet cannot airdrop to itself");
  const t = decodeWire(enc64(faucetTransfer(to, lamports)), "base64");
  const r = land(t);
  if (r.dropped) throw new RPCError(-32603, `airdrop failed: ${r.dropped}`);
  if (r.landed.err !== null) throw new RPCError(-32603, `airdrop failed: ${txErrorText(r.landed.err)}`);
  return t.signature;
}

// ---------------------------------------------------------------- methods

function accountRead(params, fn) {
  const [address, cfg = {}] = params;
  decodeAddress(address, "pubkey");
  const at = commitmentSlot(cfg);
  checkMinContextSlot(cfg, at);
  return { context: context(at), value: fn(accountAt(address, at), at, cfg) };
}

function tokenAmountOf(acc, at) {
  const ta = tokenAccount(acc);
  if (ta === null) throw invalidParams("Invalid param: not a Token account");
  return uiAmount(ta.amount, mintDecimals(ta.mint, at) ?? 0);
}

const methods = {
  getHealth: () => "ok",
  getVersion: () => ({ "solana-core": "2.2.0", "feature-set": 0, "litesvm-front": "idlegrid svmnode" }),
  getIdentity: () => ({ identity }),
  getGenesisHash: () => genesisHash,
  getSlot: ([cfg]) => { const at = commitmentSlot(cfg); checkMinContextSlot(cfg, at); return at; },
  getBlockHeight: ([cfg]) => { const at = commitmentSlot(cfg); checkMinContextSlot(cfg, at); return at; },
  getEpochInfo: ([cfg]) => {
    const at = commitmentSlot(cfg);
    return { absoluteSlot: at, blockHeight: at, epoch: Math.floor(at / 432000), slotIndex: at % 432000, slotsInEpoch: 432000, transactionCount: Number(txCount) };
  },
  getLatestBlockhash: ([cfg]) => {
    const at = commitmentSlot(cfg);
    checkMinContextSlot(cfg, at);
    return { context: context(at), value: { blockhash: slotBlockhash.get(at), lastValidBlockHeight: at + MAX_PROCESSING_AGE } };
  },
  isBlockhashValid: ([hash, cfg]) => {
    const at = commitmentSlot(cfg);
    const issued = blockhashSlot.get(hash);
    return { context: context(at), value: issued !== undefined && issued <= at && slot - issued <= MAX_PROCESSING_AGE };
  },
  getFeeForMessage: ([encoded, cfg]) => {
    const at = commitmentSlot(cfg);
    let msg;
    try { msg = msgDecoder.decode(Buffer.from(encoded, "base64")); } catch (e) { throw invalidParams(`invalid message: ${e.message}`); }
    const known = blockhashSlot.has(msg.lifetimeToken);
    return { context: context(at), value: known ? Number(LAMPORTS_PER_SIGNATURE) * msg.header.numSignerAccounts : null };
  },
  getMinimumBalanceForRentExemption: ([len]) => {
    if (!Number.isSafeInteger(len) || len < 0) throw invalidParams("Invalid params: data length: want a non-negative integer");
    return Number(svm.minimumBalanceForRentExemption(BigInt(len)));
  },
  getBalance: (p) => accountRead(p, (acc) => (acc === null ? 0 : Number(acc.lamports))),
  getAccountInfo: (p) => accountRead(p, (acc, _at, cfg) => encodeAccount(acc, cfg)),
  getMultipleAccounts: ([addresses, cfg = {}]) => {
    if (!Array.isArray(addresses)) throw invalidParams("Invalid params: want an array of addresses");
    if (addresses.length > 100) throw invalidParams("Too many inputs provided; max 100");
    addresses.forEach((a) => decodeAddress(a, "pubkey"));
    const at = commitmentSlot(cfg);
    checkMinContextSlot(cfg, at);
    return { context: context(at), value: addresses.map((a) => encodeAccount(accountAt(a, at), cfg)) };
  },
  getTokenAccountBalance: (p) => accountRead(p, (acc, at) => tokenAmountOf(acc, at)),
  getTokenSupply: (p) => accountRead(p, (acc) => {
    if (acc === null || (acc.owner !== TOKEN && acc.owner !== TOKEN_2022) || acc.data.length < 82 || acc.data[45] === 0) {
      throw invalidParams("Invalid param: not a Token mint");
    }
    return uiAmount(acc.data.readBigUInt64LE(36), acc.data[44]);
  }),
  sendTransaction: sendTransaction,
  simulateTransaction: simulateTransaction,
  getSignatureStatuses: getSignatureStatuses,
  getSignaturesForAddress: getSignaturesForAddress,
  getTransaction: getTransaction,
  requestAirdrop: requestAirdrop,
  // Dev-only: close n slots now (the timer closes one every --slot-ms). Returns the new open slot.
  devnet_advanceSlots: ([n = 1]) => {
    if (!Number.isSafeInteger(n) || n < 1 || n > 100000) throw invalidParams("Invalid params: n: want an integer in 1..100000");
    return advance(n);
  },
};

function handle(req) {
  const id = req && typeof req === "object" && "id" in req ? req.id : null;
  if (!req || typeof req !== "object" || req.jsonrpc !== "2.0" || typeof req.method !== "string") {
    return { jsonrpc: "2.0", error: { code: -32600, message: "Invalid request" }, id };
  }
  const fn = Object.hasOwn(methods, req.method) ? methods[req.method] : undefined;
  if (!fn) return { jsonrpc: "2.0", error: { code: -32601, message: "Method not found" }, id };
  const params = req.params === undefined ? [] : req.params;
  if (!Array.isArray(params)) return { jsonrpc: "2.0", error: { code: -32602, message: "Invalid params: want an array" }, id };
  try {
    return { jsonrpc: "2.0", result: fn(params), id };
  } catch (e) {
    if (e instanceof RPCError) {
      const error = { code: e.code, message: e.message };
      if (e.data !== undefined) error.data = e.data;
      return { jsonrpc: "2.0", error, id };
    }
    process.stderr.write(`svmnode: ${req.method}: ${e.stack}\n`);
    return { jsonrpc: "2.0", error: { code: -32603, message: `Internal error: ${e.message}` }, id };
  }
}

// ---------------------------------------------------------------- server

// Slot 0 is genesis; open the first slot above the finality depth so genesis is finalized and nothing sent is.
openSlot();
advance(opts.finalizedDepth + 1);
if (opts.slotMs > 0) setInterval(() => advance(1), opts.slotMs).unref();

const server = http.createServer((req, res) => {
  if (req.method !== "POST") {
    res.writeHead(405, { "content-type": "text/plain", allow: "POST" });
    res.end("Used HTTP Method is not allowed. POST or OPTIONS is required\n");
    return;
  }
  const chunks = [];
  let size = 0;
  req.on("data", (c) => {
    size += c.length;
    if (size > 50 * 1024) { res.writeHead(413).end(); req.destroy(); return; }
    chunks.push(c);
  });
  req.on("end", () => {
    let body;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
    } catch {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(toJSON({ jsonrpc: "2.0", error: { code: -32700, message: "Parse error" }, id: null }));
      return;
    }
    const out = Array.isArray(body) ? body.map(handle) : handle(body);
    res.writeHead(200, { "content-type": "application/json" });
    res.end(toJSON(out));
  });
});

// Keep idle connections open longer than clients keep them (solana-go: 5 minutes). With Node's default of 5 s,
// a client reusing a connection the server is closing that instant gets EOF on its POST, which it cannot retry.
server.keepAliveTimeout = 10 * 60 * 1000;
server.headersTimeout = server.keepAliveTimeout + 5000;

server.listen(opts.port, opts.host, () => {
  const { address, port } = server.address();
  const host = address.includes(":") ? `[${address}]` : address;
  process.stdout.write(toJSON({ url: `http://${host}:${port}`, identity, genesisHash, faucet: enc58(faucetPub) }) + "\n");
});
server.on("error", (e) => fatal(`listen ${opts.host}:${opts.port}: ${e.message}`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
if (opts.exitOnStdinEnd) {
  // The Go parent holds our stdin: when it dies (even by kill -9) the pipe closes and we go with it.
  process.stdin.on("end", () => process.exit(0));
  process.stdin.on("error", () => process.exit(0));
  process.stdin.resume();
}

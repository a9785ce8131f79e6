// The escrow calls the Rent and My leases pages make, written once for both ABIs the console may be built
// against: openLease and extend take a permit (and a job CID) where the escrow's ABI has those parameters.
import { decodeEventLog, type Address, type Hex } from "viem";
import { abiLeaseEscrow, enums, type QuoteTerms } from "../gen/protocol";
import { approveIfShort, signPermit, supportsPermit } from "../lib/permit";
import { read, withErrors, write, type Session } from "../lib/wallet";
import type { Deployment } from "../lib/types";

type Fn = { type: string; name?: string; inputs?: readonly { name?: string; type: string }[] };
const fn = (name: string) => (abiLeaseEscrow as readonly Fn[]).find((x) => x.type === "function" && x.name === name);
const takes = (name: string, input: string) => !!fn(name)?.inputs?.some((i) => i.name === input);

/** Whether this escrow takes a permit with the payment (protocol v2). */
export const escrowTakesPermit = takes("openLease", "permit");
/** Whether this escrow binds a job CID at open (protocol v2). */
export const escrowBindsJob = takes("openLease", "jobCID");

/** Rates are token units per second times RATE_SCALE (1e12) where the escrow has it (v2), plain units before. */
export const rateScale = fn("RATE_SCALE") ? 10n ** 12n : 1n;

/** What a rate bills for `seconds`, rounded up as the escrow's pay(t) does. */
export const payFor = (rate: bigint, seconds: bigint) => (rate * seconds + rateScale - 1n) / rateScale;

/** What a lease owes its provider for [startedAt, t): the escrow's pay(t), with a repriced GRID lease's
 * segments (the last one starting at or before t) where it has them. */
export function payAt(l: { rate?: string | null; startedAt: number; segments?: { start: number; base: string | null; rate: string | null }[] | null }, t: number): bigint {
  let rate = BigInt(l.rate ?? 0), start = l.startedAt, base = 0n;
  for (const s of [...(l.segments ?? [])].reverse()) {
    if (s.start <= t) {
      rate = BigInt(s.rate ?? 0);
      start = s.start;
      base = BigInt(s.base ?? 0);
      break;
    }
  }
  return t < start ? base : base + payFor(rate, BigInt(t - start));
}

/** The rate in force now, per second in rateScale units. */
export function currentRate(l: { rate?: string | null; segments?: { rate: string | null }[] | null }): bigint {
  const segs = l.segments ?? [];
  return BigInt((segs.length ? segs[segs.length - 1].rate : l.rate) ?? 0);
}

export type PayName = "USD" | "GRID";
export const payValue = (p: PayName) => enums.payTokens.find((t) => t.name === p)!.value;

export function escrowOf(d: Deployment): Address {
  return d.contracts.LeaseEscrow as Address;
}

export async function tokenOf(s: Session, d: Deployment, pay: PayName): Promise<Address> {
  return read<Address>(s, { address: escrowOf(d), abi: abiLeaseEscrow, functionName: "tokenOf", args: [payValue(pay)] });
}

/**
 * The quote as the escrow's ABI takes it: every component of openLease's quote tuple, read from the API's
 * quote by name (the Go wire type names its fields as the contract does), integers as bigint.
 */
export function quoteArgs(q: QuoteTerms): Record<string, unknown> {
  const tuple = fn("openLease")!.inputs![0] as { components?: readonly { name?: string; type: string }[] };
  const src = q as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const c of tuple.components ?? []) {
    const v = src[c.name!];
    if (v === undefined) throw new Error(`the quote has no ${c.name} (an indexer older than this console?)`);
    out[c.name!] = c.type.startsWith("uint") || c.type.startsWith("int") ? BigInt(v as string | number) : v;
  }
  return out;
}

export async function previewOpen(s: Session, d: Deployment, q: QuoteTerms, seconds: number, pay: PayName) {
  const [rate, deposit] = await read<readonly [bigint, bigint]>(s, {
    address: escrowOf(d), abi: abiLeaseEscrow, functionName: "previewOpen", args: [quoteArgs(q), BigInt(seconds), payValue(pay)],
  });
  return { rate, deposit };
}

/** Slack on the deposit for GRID payments: the rate may move between preview and mining. */
export const maxDepositFor = (deposit: bigint, pay: PayName) => (pay === "GRID" ? deposit + deposit / 100n : deposit);

export interface PayStep {
  say(text: string): void;
  /** Sign a permit when possible (default true); false approves instead. */
  permit?: boolean;
}

/** Arranges payment of amount to the escrow: a permit (returned, to pass with the call) or an approval. */
export async function arrangePayment(s: Session, d: Deployment, pay: PayName, amount: bigint, step: PayStep): Promise<Hex> {
  const token = await tokenOf(s, d, pay);
  if (escrowTakesPermit && step.permit !== false && (await supportsPermit(s, token))) {
    step.say(`Sign the ${pay} permit for ${amount} units in your wallet…`);
    return signPermit(s, token, escrowOf(d), amount);
  }
  step.say(`Approve the escrow to take exactly this ${pay} in your wallet…`);
  await approveIfShort(s, token, escrowOf(d), amount, () => step.say("Approval sent, waiting for the block…"));
  return "0x";
}

export async function openLease(
  s: Session, d: Deployment, q: QuoteTerms, signature: Hex, seconds: number, pay: PayName, maxDeposit: bigint,
  permit: Hex, jobCID: Hex | undefined, say: (t: string) => void,
): Promise<bigint> {
  const args: unknown[] = [quoteArgs(q), signature, BigInt(seconds), payValue(pay), maxDeposit];
  if (escrowBindsJob) args.push(jobCID ?? "0x" + "0".repeat(64));
  if (escrowTakesPermit) args.push(permit);
  say("Confirm opening the lease in your wallet…");
  const receipt = await write(s, { address: escrowOf(d), abi: abiLeaseEscrow, functionName: "openLease", args }, () =>
    say("Lease sent, waiting for the block…"),
  );
  for (const log of receipt.logs) {
    try {
      const ev = decodeEventLog({ abi: withErrors(abiLeaseEscrow), data: log.data, topics: log.topics });
      if (ev.eventName === "LeaseOpened") return (ev.args as { leaseId: bigint }).leaseId;
    } catch {
      /* another contract's log */
    }
  }
  throw new Error("the lease opened but its LeaseOpened event was not in the receipt");
}

export async function extendLease(s: Session, d: Deployment, id: bigint, seconds: number, maxDeposit: bigint, permit: Hex, say: (t: string) => void) {
  const args: unknown[] = [id, BigInt(seconds), maxDeposit];
  if (takes("extend", "permit")) args.push(permit);
  say("Confirm the extension in your wallet…");
  await write(s, { address: escrowOf(d), abi: abiLeaseEscrow, functionName: "extend", args }, () => say("Extension sent, waiting for the block…"));
}

/** The extension's deposit (fee included): previewExtend where the escrow has it, else from the lease's terms. */
export async function extensionDeposit(s: Session, d: Deployment, id: bigint, seconds: number): Promise<bigint> {
  if (fn("previewExtend")) {
    const [, deposit] = await read<readonly [bigint, bigint]>(s, {
      address: escrowOf(d), abi: abiLeaseEscrow, functionName: "previewExtend", args: [id, BigInt(seconds)],
    });
    return deposit;
  }
  const l = await read<{ feeBps: number; rate: bigint; startedAt: bigint; endsAt: bigint }>(s, {
    address: escrowOf(d), abi: abiLeaseEscrow, functionName: "lease", args: [id],
  });
  const fee = (v: bigint) => (v * BigInt(l.feeBps)) / 10000n;
  const oldP = payFor(l.rate, l.endsAt - l.startedAt), newP = payFor(l.rate, l.endsAt - l.startedAt + BigInt(seconds));
  return newP - oldP + fee(newP) - fee(oldP);
}

export async function amountsOf(s: Session, d: Deployment, id: bigint) {
  const [balance, accrued, fee, refundable] = await read<readonly [bigint, bigint, bigint, bigint]>(s, {
    address: escrowOf(d), abi: abiLeaseEscrow, functionName: "amountsOf", args: [id],
  });
  return { balance, accrued, fee, refundable };
}

// Figures several pages need: the escrow's fees and the GRID/USD rate, from the index.
import { api } from "../lib/api";

export interface Market {
  usdFeeBps: number;
  gridFeeBps: number;
  /** USD per GRID, 18 decimals; undefined when no price was posted. */
  gridPrice?: bigint;
  gridPriceAt?: number;
}

export async function loadMarket(): Promise<Market> {
  const [params, prices] = await Promise.all([api.params(), api.prices({ limit: 1 })]);
  const get = (name: string) => Number(params.items.find((p) => p.contract === "LeaseEscrow" && p.name === name)?.value ?? 0);
  const p = prices.items[0];
  return { usdFeeBps: get("usdFeeBps"), gridFeeBps: get("gridFeeBps"), gridPrice: p?.price ? BigInt(p.price) : undefined, gridPriceAt: p?.observedAt };
}

/** micro-USD as GRID wei at the rate (USD per GRID, 18 decimals). */
export function microUSDToGRID(micro: bigint, price: bigint): bigint {
  return (micro * 10n ** 12n * 10n ** 18n + price - 1n) / price;
}

/** What is known of a machine's hardware: this deployment's contracts attest no hardware verification (no such
 * attestation kind), so the console says so next to the checks inspectors did attest. */
export function verification(m: { checksPassed: number; checksFailed: number }): string {
  const checks = m.checksPassed + m.checksFailed;
  return `no hardware verification on this deployment${checks ? `; ${m.checksPassed} of ${checks} checks passed` : ""}`;
}

export function withFee(v: bigint, feeBps: number): bigint {
  return v + (v * BigInt(feeBps)) / 10000n;
}

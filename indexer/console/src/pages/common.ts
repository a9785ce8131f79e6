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

/** A machine's hardware verification as the NodeRegistry holds it (the indexer's verification state), and
 * whether it rents now. */
export function verification(m: { verification?: string; verifiedUntil?: number; rentable?: boolean }): string {
  const until = m.verifiedUntil ? new Date(m.verifiedUntil * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" }) : "";
  const state =
    m.verification === "verified" ? `verified by the inspectors until ${until}`
    : m.verification === "exempt" ? "its class needs no hardware verification here"
    : m.verification === "expired" ? `verification expired ${until}: it does not rent until verified again`
    : "not verified yet: it does not rent until the inspectors verify it";
  return m.rentable === false && (m.verification === "verified" || m.verification === "exempt") ? `${state} (not rentable now: the provider's stake does not cover it)` : state;
}

export function withFee(v: bigint, feeBps: number): bigint {
  return v + (v * BigInt(feeBps)) / 10000n;
}

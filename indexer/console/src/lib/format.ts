// How amounts, prices, times and addresses read on the page.
import { tokens } from "../gen/protocol";

export type TokenSymbol = keyof typeof tokens;

/** amount (smallest units) as a decimal with at most `digits` fraction digits, trailing zeros dropped. */
export function units(v: bigint | string | null | undefined, decimals: number, digits = 6): string {
  if (v === null || v === undefined || v === "") return "–";
  let x = BigInt(v);
  const neg = x < 0n;
  if (neg) x = -x;
  const base = 10n ** BigInt(decimals);
  const whole = x / base;
  let frac = (x % base).toString().padStart(decimals, "0").slice(0, digits).replace(/0+$/, "");
  if (frac === "" && x % base !== 0n && x < base) frac = "0".repeat(Math.max(digits - 1, 0)) + "1"; // tiny but not zero
  const w = whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return (neg ? "−" : "") + w + (frac ? "." + frac : "");
}

export function amount(v: bigint | string | null | undefined, symbol: TokenSymbol, digits?: number): string {
  return `${units(v, tokens[symbol].decimals, digits ?? (symbol === "USD" ? 4 : 4))} ${symbol}`;
}

export function microUSD(v: number | bigint | string | null | undefined): string {
  if (v === null || v === undefined) return "–";
  return units(BigInt(v), 6, 4);
}

export function short(a: string | null | undefined, n = 6): string {
  if (!a) return "–";
  return a.length > 2 * n + 2 ? `${a.slice(0, n)}…${a.slice(-4)}` : a;
}

export function duration(seconds: number | bigint): string {
  let s = Math.max(0, Math.round(Number(seconds)));
  const d = Math.floor(s / 86400);
  s -= d * 86400;
  const h = Math.floor(s / 3600);
  s -= h * 3600;
  const m = Math.floor(s / 60);
  s -= m * 60;
  const parts: string[] = [];
  if (d) parts.push(`${d} d`);
  if (h) parts.push(`${h} h`);
  if (m && !d) parts.push(`${m} min`);
  if (!d && !h && (s || !m)) parts.push(`${s} s`);
  return parts.join(" ");
}

export function time(unix: number | bigint | null | undefined): string {
  if (!unix) return "–";
  return new Date(Number(unix) * 1000).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
}

export function percent(v: number | null | undefined): string {
  return v === null || v === undefined ? "no history" : `${v.toFixed(v >= 99.95 || v === 0 ? 0 : 1)} %`;
}

export function bps(v: number | bigint | string | null | undefined): string {
  if (v === null || v === undefined || v === "") return "–";
  return `${(Number(v) / 100).toLocaleString(undefined, { maximumFractionDigits: 2 })} %`;
}

export const now = () => Math.floor(Date.now() / 1000);

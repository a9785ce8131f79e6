// What people type into the console's forms, read strictly: each parser returns the value or throws a sentence
// naming the field, shown before anything is signed or sent. Only plain decimals are numbers here: JavaScript's
// Number() would also take "0x10", "1e3", "Infinity" and "" (as 0), none of which anyone means as hours or GPUs.

const DECIMAL = /^\d+(\.\d+)?$/;
const WHOLE = /^\d+$/;

/** The longest duration a form accepts: ten years, far beyond any quote's maximum lease. */
export const MAX_FORM_SECONDS = 10 * 365 * 86400;

function cleaned(text: string, field: string): string {
  const t = text.trim().replace(/[_,](?=\d)/g, "");
  if (t === "") throw new Error(`${field}: required.`);
  return t;
}

/** A decimal number of hours as whole seconds: more than zero, at most max seconds. */
export function hoursField(text: string, field: string, max = MAX_FORM_SECONDS): number {
  const t = cleaned(text, field);
  if (!DECIMAL.test(t)) throw new Error(`${field}: enter hours as a number, like 2 or 0.5.`);
  const seconds = Math.round(Number(t) * 3600);
  if (seconds < 1) throw new Error(`${field}: more than zero hours, like 2 or 0.5.`);
  if (seconds > max) throw new Error(`${field}: at most ${Math.floor((max / 3600) * 100) / 100} hours.`);
  return seconds;
}

/** A whole number from min to max. */
export function wholeField(text: string, field: string, min: number, max: number): number {
  const t = cleaned(text, field);
  const n = Number(t);
  if (!WHOLE.test(t) || !Number.isSafeInteger(n) || n < min || n > max)
    throw new Error(`${field}: a whole number from ${min} to ${max}.`);
  return n;
}

/** A decimal amount the user typed as smallest units (at most `decimals` fraction digits); more than zero
 * unless zero is allowed. */
export function amountField(text: string, decimals: number, field: string, opts: { allowZero?: boolean; max?: bigint } = {}): bigint {
  const t = cleaned(text, field);
  if (!DECIMAL.test(t)) throw new Error(`${field}: enter a number like 2 or 0.5.`);
  const [w, f = ""] = t.split(".");
  if (f.replace(/0+$/, "").length > decimals) throw new Error(`${field}: at most ${decimals} decimals.`);
  const v = BigInt(w) * 10n ** BigInt(decimals) + BigInt((f + "0".repeat(decimals)).slice(0, decimals) || "0");
  if (v === 0n && !opts.allowZero) throw new Error(`${field}: more than zero.`);
  if (opts.max !== undefined && v > opts.max) throw new Error(`${field}: too large.`);
  return v;
}

/** A name: non-empty, at most maxBytes of UTF-8, no control characters. */
export function nameField(text: string, field: string, maxBytes = 64): string {
  const t = text.trim();
  if (t === "") throw new Error(`${field}: required.`);
  if (/[\u0000-\u001f\u007f]/.test(t)) throw new Error(`${field}: no control characters.`);
  if (new TextEncoder().encode(t).length > maxBytes) throw new Error(`${field}: at most ${maxBytes} bytes.`);
  return t;
}

/** A network endpoint as host:port (a DNS name, IPv4 or [IPv6] and a port), or "" when left empty; at most
 * 256 bytes (the registry's MAX_STRING_LENGTH). */
export function endpointField(text: string, field: string): string {
  const t = text.trim();
  if (t === "") return "";
  const m = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?):(\d{1,5})$/.exec(t);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535) throw new Error(`${field}: host:port, like gpu1.example.com:8549 or 203.0.113.7:8549.`);
  if (new TextEncoder().encode(t).length > 256) throw new Error(`${field}: at most 256 bytes.`);
  return t;
}

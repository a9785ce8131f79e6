// Turning failures into sentences: decoded revert names through the shared table (oracle/explain's
// reverts.json, copied into src/gen/protocol.ts), wallet refusals, API errors.
import { BaseError, ContractFunctionRevertedError, UserRejectedRequestError } from "viem";
import { enums, revertSentences, tokens } from "../gen/protocol";
import { ApiFailure } from "./api";
import { duration, time, units, type TokenSymbol } from "./format";

export interface ErrorContext {
  /** The token the action moves (for {token} and :token). */
  token?: TokenSymbol;
  /** The action is an extension (InvalidDuration reads differently). */
  extend?: boolean;
  devChain?: boolean;
}

type Entry = { text: string; fix?: string; dev?: string; extend?: string };

// The table's rules (oracle/explain renders the same table for the CLI): the text, then ": " and the fix;
// on a dev chain "dev" replaces the fix; "extend" replaces the text for an extension.

function format(value: unknown, fmt: string, ctx: ErrorContext): string {
  const big = () => (typeof value === "bigint" ? value : BigInt(String(value)));
  switch (fmt) {
    case "token": {
      const t = ctx.token ?? "USD";
      return `${units(big(), tokens[t].decimals)} ${t}`;
    }
    case "grid":
      return `${units(big(), tokens.GRID.decimals)} GRID`;
    case "gridNumber":
      return units(big(), tokens.GRID.decimals);
    case "usd":
      return `${units(big(), tokens.USD.decimals)} USD`;
    case "duration":
      return duration(Number(big()));
    case "time":
      return time(Number(big()));
    case "role":
      return enums.roles.find((r) => BigInt(r.value) === big())?.name ?? String(value);
  }
  return String(value);
}

/** Renders a template of the shared table with the revert's named arguments. */
export function render(template: string, args: Record<string, unknown>, ctx: ErrorContext): string {
  return template.replace(/\{([^{}]*)\}/g, (_, body: string) => {
    if (body === "token") return ctx.token ?? "USD";
    const [expr, fmt = ""] = body.split(":");
    const [a, b] = expr.split("-");
    let v: unknown = args[a];
    if (b !== undefined) v = BigInt(String(args[a])) - BigInt(String(args[b]));
    return v === undefined ? "?" : format(v, fmt, ctx);
  });
}

/** The sentence for a custom error, or undefined when the table has none. */
export function revertSentence(name: string, args: Record<string, unknown>, ctx: ErrorContext = {}): string | undefined {
  const e = (revertSentences as Record<string, Entry>)[name];
  if (!e) return undefined;
  let s = render(ctx.extend && e.extend ? e.extend : e.text, args, ctx);
  const fix = ctx.devChain && e.dev ? e.dev : e.fix;
  if (fix) s += ": " + render(fix, args, ctx);
  return s.charAt(0).toUpperCase() + s.slice(1) + ".";
}

/** Any failure as one sentence for people. */
export function explain(e: unknown, ctx: ErrorContext = {}): string {
  if (e instanceof ApiFailure) return e.message.charAt(0).toUpperCase() + e.message.slice(1);
  if (e instanceof BaseError) {
    const rejected = e.walk((x) => x instanceof UserRejectedRequestError || (x as { code?: number }).code === 4001);
    if (rejected) return "You declined the request in your wallet: nothing was signed or sent.";
    const reverted = e.walk((x) => x instanceof ContractFunctionRevertedError) as ContractFunctionRevertedError | null;
    if (reverted?.data?.errorName) {
      const named: Record<string, unknown> = {};
      const inputs = (reverted.data.abiItem as { inputs?: readonly { name?: string }[] }).inputs ?? [];
      (reverted.data.args ?? []).forEach((v, i) => (named[inputs[i]?.name ?? String(i)] = v));
      const s = revertSentence(reverted.data.errorName, named, ctx);
      if (s) return s;
      return `The contract refused: ${reverted.data.errorName}(${(reverted.data.args ?? []).map(String).join(", ")}).`;
    }
    if (reverted?.reason) return `The contract refused: ${reverted.reason}.`;
    return e.shortMessage;
  }
  const code = (e as { code?: number })?.code;
  if (code === 4001) return "You declined the request in your wallet: nothing was signed or sent.";
  if (e instanceof Error) return e.message;
  return String(e);
}

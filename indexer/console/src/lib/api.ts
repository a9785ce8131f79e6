// The indexer API, as the console reads it: one typed function per endpoint, answers typed by the interfaces
// generated from the Go wire types (src/gen/protocol.ts). Errors come back as ApiFailure with the API's code,
// parameter and message.
import type {
  Address, Attestation, ClaimProof, Earnings, EpochRewards, GatewayExecResult, GatewayJob, Hex, Lease, LeaseDetail, Machine, Param, PriceUpdate, Provider,
  Quote, RewardEpoch, SearchResponse, SignerSet, Slash, Stake, Stats,
} from "../gen/protocol";
import type { Deployment, GatewayTypedData, SeriesChecks, SeriesEarnings, SeriesGPUs, SeriesPrices } from "./types";
import { parseJSON, stringifyBig } from "./json";

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly parameter?: string,
  ) {
    super(message);
  }
}

export interface Page<T> {
  items: T[];
  next?: string;
}

/** The API is this page's origin (the indexer that served the console). */
const base = () => window.location.origin;

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(base() + path, { ...init, headers: { Accept: "application/json", ...(init?.headers || {}) } });
  } catch (e) {
    throw new ApiFailure(0, "unreachable", `the indexer at ${base()} does not answer (${String(e)})`);
  }
  const text = await res.text();
  if (!res.ok) {
    let code = "http_" + res.status;
    let message = `${res.status} ${res.statusText}`;
    let parameter: string | undefined;
    try {
      const body = JSON.parse(text) as { error?: { code: string; message: string; parameter?: string } };
      if (body.error) ({ code, message, parameter } = body.error);
    } catch {
      /* not JSON: keep the status line */
    }
    throw new ApiFailure(res.status, code, message, parameter);
  }
  return parseJSON<T>(text);
}

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, String(v));
  const s = q.toString();
  return s ? "?" + s : "";
}

export const api = {
  deployment: () => request<Deployment>("/v1/deployment"),
  stats: () => request<Stats>("/v1/stats"),
  params: () => request<Page<Param>>("/v1/params"),
  search: (p: { class: string; gpus: number; hours: number; maxUsdPerHour?: string; limit?: number }) =>
    request<SearchResponse>("/v1/quotes/search" + query({ class: p.class, gpus: p.gpus, hours: p.hours, max_usd_per_hour: p.maxUsdPerHour, limit: p.limit })),
  quote: (digest: Hex) => request<Quote>(`/v1/quotes/${digest}`),
  postQuote: (signed: unknown) =>
    request<Quote>("/v1/quotes", { method: "POST", body: stringifyBig(signed), headers: { "Content-Type": "application/json" } }),
  machines: (p: { class?: string; provider?: Address; listed?: "true" | "false" | "any"; limit?: number } = {}) =>
    request<Page<Machine>>("/v1/machines" + query(p)),
  machine: (id: Hex) => request<Machine & { quotes: Quote[] }>(`/v1/machines/${id}`),
  provider: (a: Address) => request<Provider & { machines: Machine[] }>(`/v1/providers/${a}`),
  stakes: (account: Address) => request<Page<Stake>>("/v1/stakes" + query({ account })),
  leases: (p: { renter?: Address; provider?: Address; machine?: Hex; state?: "open" | "closed" | "settled"; limit?: number }) =>
    request<Page<Lease>>("/v1/leases" + query(p)),
  lease: (id: number) => request<LeaseDetail>(`/v1/leases/${id}`),
  /** An account's money in the escrow per token: withdrawable, held in dispute windows, due to settle. */
  earnings: (a: Address) => request<Earnings>(`/v1/earnings/${a}`),
  attestations: (p: { kind?: string; limit?: number } = {}) => request<Page<Attestation>>("/v1/attestations" + query(p)),
  slashes: (p: { limit?: number } = {}) => request<Page<Slash>>("/v1/slashes" + query(p)),
  prices: (p: { limit?: number } = {}) => request<Page<PriceUpdate>>("/v1/prices" + query(p)),
  signerSets: () => request<Page<SignerSet>>("/v1/signer-sets"),
  rewardEpochs: (p: { limit?: number } = {}) => request<Page<RewardEpoch>>("/v1/rewards/epochs" + query(p)),
  rewardEpoch: (epoch: number, account?: Address) => request<EpochRewards>(`/v1/rewards/epochs/${epoch}` + query({ account })),
  rewardProof: (account: Address) => request<ClaimProof>(`/v1/rewards/proofs/${account}`),
  seriesPrices: (p: { class?: string; bucket?: number }) => request<SeriesPrices>("/v1/series/prices" + query(p)),
  seriesGPUs: (p: { bucket?: number }) => request<SeriesGPUs>("/v1/series/gpus" + query(p)),
  seriesEarnings: (provider: Address, bucket?: number) => request<SeriesEarnings>("/v1/series/earnings" + query({ provider, bucket })),
  seriesChecks: (machine: Hex) => request<SeriesChecks>("/v1/series/checks" + query({ machine })),
  gatewayTypedData: (lease: number) => request<GatewayTypedData>(`/v1/gateway/leases/${lease}/access`),
  gatewayToken: (lease: number, access: unknown, signature: Hex) =>
    request<{ token: string; expiresAt: number }>(`/v1/gateway/leases/${lease}/token`, {
      method: "POST", body: JSON.stringify({ access, signature }), headers: { "Content-Type": "application/json" },
    }),
  gatewayStatus: (lease: number, token: string) =>
    request<GatewayStatus>(`/v1/gateway/leases/${lease}/status`, { headers: { Authorization: "Bearer " + token } }),
  /** The raw log stream (frames), for lib/logs.ts. */
  gatewayLogs: (lease: number, token: string, signal: AbortSignal, tail = 200) =>
    fetch(base() + `/v1/gateway/leases/${lease}/logs` + query({ follow: 1, tail }), { headers: { Authorization: "Bearer " + token }, signal }),
  /** One command in the lease's container (no terminal, no input), within the API's request time. */
  gatewayExec: (lease: number, token: string, cmd: string[]) =>
    request<GatewayExecResult>(`/v1/gateway/leases/${lease}/exec`, {
      method: "POST", body: JSON.stringify({ cmd }), headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
    }),
  /** Hands the provider's node the job spec (its canonical JSON) the lease binds on chain; the CID it holds. */
  gatewayJob: (lease: number, token: string, spec: string) =>
    request<GatewayJob>(`/v1/gateway/leases/${lease}/job`, {
      method: "POST", body: spec, headers: { "Content-Type": "application/json", Authorization: "Bearer " + token },
    }),
  /** The interactive shell's WebSocket (the token and terminal size go in its query). */
  gatewayShellURL: (lease: number) => base().replace(/^http/, "ws") + `/v1/gateway/leases/${lease}/shell`,
  gatewayForwardURL: (lease: number, port: number) => base() + `/v1/gateway/leases/${lease}/forward/${port}/`,
};

export interface GatewayStatus {
  lease: number;
  state: string;
  image: string;
  startedAt?: string;
  exitCode?: number;
  error?: string;
  uptimeSeconds: number;
  ports: { port: number; protocol?: string }[] | null;
  gpus: unknown[] | null;
}

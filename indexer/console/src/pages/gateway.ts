// The lease's renter gateway through the indexer's proxy: the access the wallet signs, and handing the node
// the job spec the lease binds.
import { ApiFailure, api } from "../lib/api";
import { now } from "../lib/format";
import type { Session } from "../lib/wallet";

export interface GatewayToken {
  token: string;
  expiresAt: number;
}

/** A gateway token for the lease: the wallet signs the LeaseAccess (typed data) the indexer hands out; the key
 * never leaves the wallet. A token with more than a minute left is reused. */
export async function gatewayToken(s: Session, lease: number, held?: GatewayToken): Promise<GatewayToken> {
  if (held && held.expiresAt - now() >= 60) return held;
  const { typedData, access } = await api.gatewayTypedData(lease);
  const sig = (await s.provider.request({ method: "eth_signTypedData_v4", params: [s.account, JSON.stringify(typedData)] })) as `0x${string}`;
  return api.gatewayToken(lease, access, sig);
}

/** How long a just-opened lease may take to reach the index and the provider's node (each follows the chain a
 * few blocks behind). */
const followWait = 120_000;

/** Answers that mean "not there yet" for a lease just opened: the index or the node has not seen it. */
const notYet = (e: unknown) =>
  e instanceof ApiFailure && (e.code === "not_found" || e.code === "gateway_lease_not_found" || e.code === "gateway_no_workload");

async function retrying<T>(fn: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + followWait;
  for (;;) {
    try {
      return await fn();
    } catch (e) {
      if (!notYet(e) || Date.now() > deadline) throw e;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

/** Hands the provider's node the job spec (canonical JSON) lease binds on chain, signing the access first
 * (once the index has the lease); answers the CID the node holds the spec under and the token used. */
export async function pushJob(s: Session, lease: number, spec: string, say: (t: string) => void, held?: GatewayToken) {
  say(`Lease ${lease}: sign the access to its provider's node in your wallet, to hand it the job…`);
  const token = await retrying(() => gatewayToken(s, lease, held));
  say(`Lease ${lease}: handing the job to the provider's node…`);
  const { cid } = await retrying(() => api.gatewayJob(lease, token.token, spec));
  return { cid, token };
}

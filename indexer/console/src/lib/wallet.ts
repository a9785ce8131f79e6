// The browser wallet (EIP-1193) and viem clients over it. The console never holds a key: every signature and
// transaction is the wallet's; chain reads go through the wallet's connection too.
import {
  createPublicClient, createWalletClient, custom, defineChain, type Abi, type Address, type Chain, type Hex,
  type PublicClient, type WalletClient,
} from "viem";
import { abiErrors } from "../gen/protocol";
import type { Deployment } from "./types";

export interface Eip1193 {
  request(args: { method: string; params?: unknown[] | object }): Promise<unknown>;
  on?(event: string, fn: (...args: unknown[]) => void): void;
  removeListener?(event: string, fn: (...args: unknown[]) => void): void;
}

export function injected(): Eip1193 | undefined {
  return (window as unknown as { ethereum?: Eip1193 }).ethereum;
}

export function chainOf(d: Deployment): Chain {
  return defineChain({
    id: d.chainId,
    name: d.chainName || `chain ${d.chainId}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [] } },
  });
}

export interface Session {
  account: Address;
  chain: Chain;
  wallet: WalletClient;
  public: PublicClient;
  provider: Eip1193;
}

export function session(provider: Eip1193, account: Address, d: Deployment): Session {
  const chain = chainOf(d);
  return {
    account,
    chain,
    provider,
    wallet: createWalletClient({ chain, account, transport: custom(provider) }),
    public: createPublicClient({ chain, transport: custom(provider), pollingInterval: 500 }) as PublicClient,
  };
}

/** The ABI with every protocol error appended, so a revert from any contract decodes by name. */
export function withErrors<const A extends Abi>(abi: A): A {
  return [...abi, ...abiErrors] as unknown as A;
}

/** Gas added to every estimate, above its 30 % margin: a few storage slots written for the first time. */
const GAS_HEADROOM = 60_000n;

export interface WriteRequest {
  address: Address;
  abi: Abi;
  functionName: string;
  args: readonly unknown[];
}

/**
 * Simulates the call (a revert is decoded before anything is signed), has the wallet send it, and waits for
 * the receipt; a transaction that reverts on chain is replayed for its reason.
 */
export async function write(s: Session, req: WriteRequest, onSent?: (hash: Hex) => void) {
  const abi = withErrors(req.abi);
  const { request } = await s.public.simulateContract({ ...req, abi, account: s.account } as never);
  // An estimate runs on the latest block, whose time may be the lease's last settlement: in the block that
  // includes the transaction time has moved, and settling pays into fresh storage slots. The limit leaves room
  // for that (a limit costs nothing unless used; L2 fees are for gas used).
  const estimate = await s.public.estimateContractGas({ ...req, abi, account: s.account } as never);
  const gas = (estimate * 13n) / 10n + GAS_HEADROOM;
  const hash = await s.wallet.writeContract({ ...(request as object), gas, account: s.account, chain: s.chain } as never);
  onSent?.(hash);
  const receipt = await s.public.waitForTransactionReceipt({ hash, pollingInterval: 300 });
  if (receipt.status !== "success") {
    if (receipt.gasUsed >= gas) throw new Error(`the transaction ${hash} ran out of gas (${gas}): try again`);
    // Replay on the state it met (the block before) for the contract's reason.
    await s.public.simulateContract({ ...req, abi, account: s.account, blockNumber: receipt.blockNumber - 1n } as never);
    throw new Error(`the transaction ${hash} reverted`);
  }
  return receipt;
}

export async function read<T>(s: Session, req: Omit<WriteRequest, "args"> & { args?: readonly unknown[] }): Promise<T> {
  return (await s.public.readContract({ ...req, abi: withErrors(req.abi) } as never)) as T;
}


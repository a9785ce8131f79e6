// A test wallet: an EIP-1193 provider injected into the page whose every request comes to this (the test's)
// process, where dev keys sign typed data and transactions, and chain reads go to the devnet's JSON-RPC. No
// browser extension is involved. Tests may make it decline the next request of a method, as a person would.
import { createWalletClient, http } from "viem";
import { privateKeyToAccount } from "viem/accounts";

/** The script the page runs before its own: window.ethereum forwarding to window.__idlegridWallet. */
export const injectScript = `(() => {
  const listeners = {};
  window.ethereum = {
    isIdlegridTestWallet: true,
    async request({ method, params }) {
      const reply = JSON.parse(await window.__idlegridWallet(JSON.stringify({ method, params: params ?? [] })));
      if (reply.error) {
        const e = new Error(reply.error.message);
        e.code = reply.error.code;
        if (reply.error.data !== undefined) e.data = reply.error.data;
        throw e;
      }
      return reply.result;
    },
    on(event, fn) { (listeners[event] ??= []).push(fn); },
    removeListener(event, fn) { listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn); },
  };
  window.__idlegridWalletEmit = (event, arg) => (listeners[event] ?? []).forEach((fn) => fn(arg));
})();`;

export class TestWallet {
  /** @param {{ rpc: string, chainId: number, key: `0x${string}` }} opts */
  constructor({ rpc, chainId, key }) {
    this.rpc = rpc;
    this.chainId = chainId;
    this.account = privateKeyToAccount(key);
    this.client = createWalletClient({ account: this.account, transport: http(rpc) });
    /** Whether the page was given the account (eth_requestAccounts). */
    this.authorized = false;
    /** Methods to decline once, in order. */
    this.declines = [];
    /** Every request the page made: [method, params]. */
    this.log = [];
  }

  get address() {
    return this.account.address;
  }

  /** Makes the wallet decline the next request of method (the user pressed "reject"). */
  declineNext(method) {
    this.declines.push(method);
  }

  /** Wires the wallet into a Playwright page (call before the first navigation). */
  async attach(page) {
    await page.exposeFunction("__idlegridWallet", async (json) => {
      const { method, params } = JSON.parse(json);
      this.log.push([method, params]);
      try {
        return JSON.stringify({ result: await this.handle(method, params) });
      } catch (e) {
        return JSON.stringify({ error: { code: e.code ?? -32603, message: e.shortMessage ?? e.message, data: e.data } });
      }
    });
    await page.addInitScript(injectScript);
  }

  declined(method) {
    const i = this.declines.indexOf(method);
    if (i < 0) return false;
    this.declines.splice(i, 1);
    return true;
  }

  async handle(method, params) {
    if (this.declined(method)) throw Object.assign(new Error("User rejected the request."), { code: 4001 });
    switch (method) {
      case "eth_requestAccounts":
        this.authorized = true;
        return [this.address];
      case "eth_accounts":
        // As real wallets do: an account only once the page asked for it (and kept across its reloads).
        return this.authorized ? [this.address] : [];
      case "eth_chainId":
        return "0x" + this.chainId.toString(16);
      case "wallet_switchEthereumChain":
        if (Number(params[0].chainId) !== this.chainId) throw Object.assign(new Error("Unrecognized chain."), { code: 4902 });
        return null;
      case "eth_signTypedData_v4": {
        const [from, json] = params;
        if (from.toLowerCase() !== this.address.toLowerCase()) throw Object.assign(new Error(`unknown account ${from}`), { code: 4100 });
        const data = typeof json === "string" ? JSON.parse(json) : json;
        const types = { ...data.types };
        delete types.EIP712Domain;
        return this.account.signTypedData({ domain: data.domain, types, primaryType: data.primaryType, message: data.message });
      }
      case "personal_sign":
        return this.account.signMessage({ message: { raw: params[0] } });
      case "eth_sendTransaction": {
        const tx = params[0];
        if (tx.from && tx.from.toLowerCase() !== this.address.toLowerCase()) throw Object.assign(new Error(`unknown account ${tx.from}`), { code: 4100 });
        return this.client.sendTransaction({
          account: this.account,
          chain: null,
          to: tx.to,
          data: tx.data,
          value: tx.value ? BigInt(tx.value) : undefined,
          gas: tx.gas ? BigInt(tx.gas) : undefined,
        });
      }
      default:
        return this.forward(method, params);
    }
  }

  async forward(method, params) {
    const res = await fetch(this.rpc, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params }),
    });
    const body = await res.json();
    if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code, data: body.error.data });
    return body.result;
  }
}

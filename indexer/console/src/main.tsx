// The idlegrid console: rent, provide and inspect from a browser wallet. Pages are chosen by the URL's hash
// (#/market, #/rent/DIGEST, #/leases, #/provide, #/inspect, #/rewards, #/network), so the server only ever serves
// index.html and its assets.
import { render } from "preact";
import { useEffect, useMemo, useState } from "preact/hooks";
import { getAddress, type Address } from "viem";
import "./style.css";
import { api } from "./lib/api";
import { explain } from "./lib/errors";
import { short } from "./lib/format";
import type { Deployment } from "./lib/types";
import { injected, session as makeSession, type Session } from "./lib/wallet";
import { App, Notice, type AppState } from "./ui";
import { MarketPage } from "./pages/market";
import { RentPage } from "./pages/rent";
import { LeasesPage } from "./pages/leases";
import { ProvidePage } from "./pages/provide";
import { InspectPage } from "./pages/inspect";
import { RewardsPage } from "./pages/rewards";
import { NetworkPage } from "./pages/network";

const pages = [
  { path: "market", label: "Market" },
  { path: "leases", label: "My leases" },
  { path: "provide", label: "Provide" },
  { path: "inspect", label: "Inspect" },
  { path: "rewards", label: "Rewards" },
  { path: "network", label: "Network" },
];

function useRoute(): string[] {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const on = () => {
      setHash(location.hash);
      document.getElementById("main")?.focus();
    };
    addEventListener("hashchange", on);
    return () => removeEventListener("hashchange", on);
  }, []);
  const [path] = hash.replace(/^#\/?/, "").split("?");
  const parts = path.split("/").filter(Boolean);
  return parts.length ? parts : ["market"];
}

function Root() {
  const route = useRoute();
  const [deployment, setDeployment] = useState<Deployment>();
  const [loadError, setLoadError] = useState<string>();
  const [session, setSession] = useState<Session>();
  const [walletError, setWalletError] = useState<string>();
  const [restoring, setRestoring] = useState(() => Boolean(injected()));
  const [version, setVersion] = useState(0);
  // The chain's clock can run ahead of the browser's (a dev chain moves a second per block): live counters
  // use the latest block's time, advanced by the local clock since it was read.
  const [offset, setOffset] = useState(0);
  useEffect(() => {
    if (!session) return;
    let live = true;
    const sync = () =>
      session.public.getBlock().then(
        (b) => live && setOffset(Number(b.timestamp) - Date.now() / 1000),
        () => {},
      );
    sync();
    const t = setInterval(sync, 10_000);
    return () => {
      live = false;
      clearInterval(t);
    };
  }, [session]);

  useEffect(() => {
    api.deployment().then(setDeployment, (e) => setLoadError(explain(e)));
  }, []);

  async function connect(): Promise<Session | undefined> {
    setWalletError(undefined);
    const provider = injected();
    if (!provider) {
      setWalletError("No browser wallet found: install one (MetaMask, Rabby…) or use the idlegrid CLI.");
      return;
    }
    if (!deployment) return;
    try {
      const accounts = (await provider.request({ method: "eth_requestAccounts" })) as string[];
      if (!accounts?.length) throw new Error("The wallet shared no account.");
      const chainId = Number(await provider.request({ method: "eth_chainId" }));
      if (chainId !== deployment.chainId) {
        try {
          await provider.request({ method: "wallet_switchEthereumChain", params: [{ chainId: "0x" + deployment.chainId.toString(16) }] });
        } catch {
          throw new Error(`The wallet is on chain ${chainId}; this indexer follows chain ${deployment.chainId}. Switch networks in the wallet.`);
        }
      }
      const s = makeSession(provider, getAddress(accounts[0]) as Address, deployment);
      setSession(s);
      return s;
    } catch (e) {
      setWalletError(explain(e));
    }
  }

  // A wallet that already shared an account with this page (eth_accounts asks nothing of the user) is
  // connected again after a reload.
  useEffect(() => {
    const provider = injected();
    if (!provider || !deployment) return;
    const giveUp = setTimeout(() => setRestoring(false), 3000); // a wallet that never answers leaves the button
    provider
      .request({ method: "eth_accounts" })
      .then(async (a) => {
        const list = a as string[];
        if (!list?.length) return;
        if (Number(await provider.request({ method: "eth_chainId" })) !== deployment.chainId) return;
        setSession((s) => s ?? makeSession(provider, getAddress(list[0]) as Address, deployment));
      })
      .catch(() => {})
      .finally(() => {
        clearTimeout(giveUp);
        setRestoring(false);
      });
    return () => clearTimeout(giveUp);
  }, [deployment]);

  // Follow the wallet's account and chain.
  useEffect(() => {
    const provider = injected();
    if (!provider?.on || !deployment) return;
    const onAccounts = (a: unknown) => {
      const list = a as string[];
      setSession(list?.length ? makeSession(provider, getAddress(list[0]) as Address, deployment) : undefined);
    };
    const onChain = (id: unknown) => {
      if (Number(id) !== deployment.chainId) {
        setSession(undefined);
        setWalletError(`The wallet switched to chain ${Number(id)}; this indexer follows chain ${deployment.chainId}.`);
      }
    };
    provider.on("accountsChanged", onAccounts);
    provider.on("chainChanged", onChain);
    return () => {
      provider.removeListener?.("accountsChanged", onAccounts);
      provider.removeListener?.("chainChanged", onChain);
    };
  }, [deployment]);

  const app: AppState = useMemo(
    () => ({ deployment, session, connect, restoring, version, bump: () => setVersion((v) => v + 1), chainNow: () => Math.floor(Date.now() / 1000 + offset) }),
    [deployment, session, restoring, version, offset],
  );
  const page = route[0];

  return (
    <App.Provider value={app}>
      <a class="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById("main")?.focus(); }}>
        Skip to content
      </a>
      <header class="top">
        <a class="brand" href="#/market">
          idlegrid
        </a>
        <nav aria-label="Pages">
          <ul>
            {pages.map((p) => (
              <li key={p.path}>
                <a href={`#/${p.path}`} aria-current={page === p.path || (page === "rent" && p.path === "market") ? "page" : undefined}>
                  {p.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div class="wallet">
          {session ? (
            <span class="account" title={session.account} data-testid="account">
              {short(session.account)}
            </span>
          ) : restoring ? (
            <span class="muted">Checking the wallet…</span>
          ) : (
            <button class="primary" onClick={connect} disabled={!deployment}>
              Connect wallet
            </button>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {loadError && <Notice tone="error">{loadError}</Notice>}
        {walletError && <Notice tone="error">{walletError}</Notice>}
        {!deployment && !loadError && <p class="muted">Loading the deployment…</p>}
        {deployment && (
          <>
            {page === "market" && <MarketPage />}
            {page === "rent" && <RentPage digest={route[1] as `0x${string}`} />}
            {page === "leases" && <LeasesPage />}
            {page === "provide" && <ProvidePage />}
            {page === "inspect" && <InspectPage />}
            {page === "rewards" && <RewardsPage />}
            {page === "network" && <NetworkPage />}
            {!["market", "rent", "leases", "provide", "inspect", "rewards", "network"].includes(page) && (
              <Notice tone="warn">There is no page “{page}”.</Notice>
            )}
          </>
        )}
      </main>
      <footer class="foot">
        <span>
          Chain {deployment?.chainId ?? "…"} · served by this indexer · every transaction is signed in your wallet
        </span>
      </footer>
    </App.Provider>
  );
}

render(<Root />, document.getElementById("app")!);

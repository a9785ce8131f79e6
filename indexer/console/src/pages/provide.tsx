import { useState } from "preact/hooks";
import { encodePacked, keccak256, stringToHex, zeroAddress, type Address, type Hex } from "viem";
import { abiERC20, abiLeaseEscrow, abiNodeRegistry, abiStaking, domains, enums, gpuClasses, quoteTypes, type Machine } from "../gen/protocol";
import { api } from "../lib/api";
import { amountField, endpointField, hoursField, nameField, wholeField } from "../lib/fields";
import { amount, duration, microUSD, percent, short, time, units } from "../lib/format";
import { read, write } from "../lib/wallet";
import { ConnectFirst, Facts, Field, Notice, Plot, Section, Timeline, useAction, useApp, useLoad } from "../ui";
import { amountsOf, escrowOf, tokenOf, type PayName } from "./escrow";
import { verification } from "./common";

const PROVIDER_ROLE = enums.roles.find((r) => r.name === "provider")!.value;

export function ProvidePage() {
  const { session } = useApp();
  return (
    <>
      <h1>Provide</h1>
      <ConnectFirst what="manage your machines and earnings" />
      {session && (
        <>
          <Earnings />
          <Machines />
          <Leases />
          <StakeAndList />
        </>
      )}
    </>
  );
}

function Earnings() {
  const { session, deployment } = useApp();
  const a = session!.account;
  // The escrow's balances as the index has them: withdrawable now, pay held through the dispute window of
  // closed leases, and the part of it whose window is over (anyone may settle it; withdrawing settles first).
  const data = useLoad(async () => {
    const e = await api.earnings(a);
    const by = (p: PayName) => e.balances.find((b) => b.token === p);
    const out = {} as Record<PayName, { withdrawable: bigint; held: bigint; heldLeases: number; due: bigint; dueLeases: number[]; open: bigint }>;
    for (const p of ["USD", "GRID"] as PayName[]) {
      const b = by(p);
      out[p] = {
        withdrawable: BigInt(b?.withdrawable ?? 0), held: BigInt(b?.held ?? 0), heldLeases: b?.heldLeases ?? 0,
        due: BigInt(b?.dueNow ?? 0), dueLeases: b?.dueLeases ?? [], open: 0n,
      };
    }
    const open = await api.leases({ provider: a, state: "open", limit: 500 });
    for (const l of open.items) out[l.payToken as PayName].open += (await amountsOf(session!, deployment!, BigInt(l.leaseId))).accrued;
    return { ...out, window: e.disputeWindow };
  }, [a], 10000);
  const series = useLoad(() => api.seriesEarnings(a), [a], 15000);
  const usd = useAction({ token: "USD" });
  const grid = useAction({ token: "GRID" });
  const withdraw = (p: PayName, act: typeof usd) =>
    act.run(`Withdraw ${p}`, async (say) => {
      const d = data.data![p];
      if (d.dueLeases.length) {
        say(`Settle ${d.dueLeases.length} lease${d.dueLeases.length === 1 ? "" : "s"} past the dispute window in your wallet…`);
        await write(session!, { address: escrowOf(deployment!), abi: abiLeaseEscrow, functionName: "settleMany", args: [d.dueLeases.map(BigInt)] }, () =>
          say("Settlement sent…"),
        );
      }
      const token = await tokenOf(session!, deployment!, p);
      const before = await read<bigint>(session!, { address: escrowOf(deployment!), abi: abiLeaseEscrow, functionName: "withdrawable", args: [a, token] });
      await write(session!, { address: escrowOf(deployment!), abi: abiLeaseEscrow, functionName: "withdraw", args: [token] }, () => say("Withdrawal sent…"));
      return `Withdrew ${amount(before, p)} to your wallet.`;
    });
  const pts = series.data?.points ?? [];
  return (
    <Section title="Earnings" id="earnings">
      {data.error && <Notice tone="error">{data.error}</Notice>}
      <div class="grid2">
        {(["USD", "GRID"] as PayName[]).map((p) => (
          <div key={p} class="money" data-testid={`earnings-${p}`}>
            <h3>{p}</h3>
            <Facts
              items={[
                ["Withdrawable", data.data ? <span data-testid="withdrawable">{amount(data.data[p].withdrawable + data.data[p].due, p)}</span> : "…"],
                ["Held in the dispute window", data.data ? (
                  <span data-testid="held">
                    {amount(data.data[p].held - data.data[p].due, p)}
                    {data.data[p].heldLeases ? ` from ${data.data[p].heldLeases} closed lease${data.data[p].heldLeases === 1 ? "" : "s"}, withdrawable ${duration(data.data.window)} after each closed` : ""}
                  </span>
                ) : "…"],
                ["Accrued in open leases", data.data ? amount(data.data[p].open, p) : "…"],
              ]}
            />
            <button class="primary" disabled={!data.data || data.data[p].withdrawable + data.data[p].due === 0n || (p === "USD" ? usd : grid).busy}
              onClick={() => withdraw(p, p === "USD" ? usd : grid)}>
              Withdraw {p}
            </button>
          </div>
        ))}
      </div>
      {usd.view}
      {grid.view}
      <Plot
        title="Earned per period (settled after the dispute window), USD"
        empty="Nothing earned in the last day."
        y={(v) => units(BigInt(Math.round(v)), 6, 4)}
        lines={[{ name: "USD total", points: pts.map((p) => [p.time, Number(p.totalUsd ?? 0)]), step: true }]}
      />
      {pts.some((p) => BigInt(p.totalGrid ?? 0) > 0n) && (
        <Plot
          title="Earned (settled after the dispute window), GRID"
          y={(v) => units(BigInt(Math.round(v)) * 10n ** 12n, 18, 4)}
          lines={[{ name: "GRID total", points: pts.map((p) => [p.time, Number(BigInt(p.totalGrid ?? 0) / 10n ** 12n)]), step: true }]}
        />
      )}
    </Section>
  );
}

function Machines() {
  const { session } = useApp();
  const prov = useLoad(() => api.provider(session!.account).catch(() => undefined), [session!.account]);
  const machines = prov.data?.machines ?? [];
  return (
    <Section title="Machines" id="machines">
      {prov.data?.stake && (
        <p>
          Provider stake: {amount(prov.data.stake.active, "GRID")} active, {amount(prov.data.stake.locked, "GRID")} locked by listings
          {prov.data.stake.collateralised ? "" : " — under-staked: new leases are refused until you stake more"}.
        </p>
      )}
      {machines.length === 0 && <p class="muted">No machines listed from this account.</p>}
      {machines.map((m) => (
        <MachineCard key={m.machineId} m={m} />
      ))}
    </Section>
  );
}

function MachineCard({ m }: { m: Machine }) {
  const detail = useLoad(() => api.machine(m.machineId), [m.machineId], 10000);
  const checks = useLoad(() => api.seriesChecks(m.machineId), [m.machineId]);
  return (
    <article class="machine" data-testid="machine">
      <h3>
        {m.gpuClass} × {m.gpuCount} <span class="muted">{short(m.machineId)}</span>
      </h3>
      <Facts
        items={[
          ["Listed", m.listed ? `yes, since ${time(m.listedAt)}` : "no"],
          ["Spec", m.metadataCid || "none published"],
          ["Free GPUs", String(m.freeGpus)],
          ["Verification", verification(m)],
          ["Uptime", percent(m.uptimePercent)],
          ["Checks", `${m.checksPassed} passed, ${m.checksFailed} failed`],
          ["Leases", `${m.leasesCompleted} completed of ${m.leasesOpened}`],
        ]}
      />
      <h4>Quotes in the book</h4>
      {detail.data?.quotes.length ? (
        <ul>
          {detail.data.quotes.map((q) => (
            <li key={q.digest}>
              {q.quote.gpuCount} GPUs at {microUSD(q.microUsdPerHour)} USD/h, up to {duration(q.quote.maxDuration)}, until {time(q.quote.expiry)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No live quotes: renters cannot find this machine.</p>
      )}
      <QuoteForm m={m} />
      <Timeline
        title="Check history: each lease outcome the chain recorded"
        empty="No checks recorded yet."
        marks={(checks.data?.checks ?? []).map((c) => ({
          time: c.time,
          good: c.kind !== "breached",
          label: `lease ${c.leaseId} ${c.kind === "breached" ? "breached" : c.kind === "completed_attested" ? "completed (attested)" : "completed"}`,
        }))}
      />
    </article>
  );
}

/** The quote's EIP-712 message: every field of the Quote type (generated from oracle.QuoteType), from the
 * terms the form sets; a field the form does not know is refused rather than signed as zero. */
function quoteMessage(terms: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of quoteTypes.Quote as readonly { name: string; type: string }[]) {
    if (!(f.name in terms)) throw new Error(`this console cannot fill the quote's ${f.name}: use the CLI's quote sign`);
    out[f.name] = terms[f.name];
  }
  return out;
}

/** Signs a quote with the wallet (EIP-712, LeaseEscrow's domain) and posts it to the book. */
function QuoteForm({ m }: { m: Machine }) {
  const { session, deployment } = useApp();
  const [gpus, setGpus] = useState(String(m.freeGpus || m.gpuCount));
  const [price, setPrice] = useState("3.6");
  const [maxHours, setMaxHours] = useState("24");
  const [validHours, setValidHours] = useState("24");
  const [minHours, setMinHours] = useState("0");
  const [reusable, setReusable] = useState(false);
  const act = useAction();
  async function sign(e: Event) {
    e.preventDefault();
    await act.run("Sign the quote", async (say) => {
      const g = wholeField(gpus, "GPUs", 1, m.gpuCount);
      // USD per second for all the GPUs with 18 decimals (the escrow's usdPerSecondWad), floored as the CLI does.
      const perHour = amountField(price, 18, "Price");
      const perSecond = perHour / 3600n;
      if (perSecond === 0n) throw new Error("Price: too small to price a second.");
      if (perSecond * 3600n !== perHour) say(`${price} USD/h is not a whole number of wei-USD per second: quoting ${units(perSecond * 3600n, 18)} USD/h.`);
      const maxDuration = BigInt(hoursField(maxHours, "Longest lease"));
      const validFor = BigInt(hoursField(validHours, "Valid for"));
      const block = await session!.public.getBlock();
      const expiry = block.timestamp + validFor;
      const nonce = BigInt("0x" + Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join(""));
      const minDuration = minHours.trim() === "" || minHours.trim() === "0" ? 0n : BigInt(hoursField(minHours, "Shortest lease"));
      if (minDuration > maxDuration) throw new Error("Shortest lease: at most the longest lease.");
      const message = quoteMessage({
        provider: session!.account, machineId: m.machineId, gpuCount: g, usdPerSecondWad: perSecond, minDuration, maxDuration, expiry, nonce,
        renter: zeroAddress, singleUse: !reusable,
      });
      const signature = await session!.wallet.signTypedData({
        account: session!.account,
        domain: { name: domains.quote, version: domains.quoteVersion, chainId: deployment!.chainId, verifyingContract: escrowOf(deployment!) },
        types: quoteTypes as unknown as Record<string, { name: string; type: string }[]>,
        primaryType: "Quote",
        message,
      });
      say("Posting the quote to the book…");
      const posted = await api.postQuote({
        quote: { ...message, minDuration: Number(minDuration), maxDuration: Number(maxDuration), expiry: Number(expiry), gpuCount: g },
        signature,
      });
      return `Quote posted: ${g} GPUs at ${microUSD(posted.microUsdPerHour)} USD/h, valid until ${time(posted.quote.expiry)}.`;
    });
  }
  return (
    <details class="quote-form">
      <summary>Sign a new quote</summary>
      <form onSubmit={sign} class="stack">
        <Field label="GPUs" id={`q-gpus-${m.machineId}`}>
          <input id={`q-gpus-${m.machineId}`} inputMode="numeric" value={gpus} onInput={(e) => setGpus(e.currentTarget.value)} />
        </Field>
        <Field label="Price, USD per hour (all GPUs)" id={`q-price-${m.machineId}`}>
          <input id={`q-price-${m.machineId}`} inputMode="decimal" value={price} onInput={(e) => setPrice(e.currentTarget.value)} />
        </Field>
        <Field label="Longest lease, hours" id={`q-max-${m.machineId}`}>
          <input id={`q-max-${m.machineId}`} inputMode="decimal" value={maxHours} onInput={(e) => setMaxHours(e.currentTarget.value)} />
        </Field>
        <Field label="Valid for, hours" id={`q-valid-${m.machineId}`}>
          <input id={`q-valid-${m.machineId}`} inputMode="decimal" value={validHours} onInput={(e) => setValidHours(e.currentTarget.value)} />
        </Field>
        <Field label="Shortest lease, hours" id={`q-min-${m.machineId}`} hint="billed at least this long; 0 for none">
          <input id={`q-min-${m.machineId}`} inputMode="decimal" value={minHours} onInput={(e) => setMinHours(e.currentTarget.value)}
            aria-describedby={`q-min-${m.machineId}-hint`} />
        </Field>
        <label class="radio">
          <input type="checkbox" checked={reusable} onChange={(e) => setReusable(e.currentTarget.checked)} />
          Reusable: opens any number of leases until it expires (otherwise the first lease uses it up)
        </label>
        <button class="primary" type="submit" disabled={act.busy}>
          Sign and post
        </button>
      </form>
      {act.view}
    </details>
  );
}

function Leases() {
  const { session } = useApp();
  const leases = useLoad(() => api.leases({ provider: session!.account, state: "open", limit: 100 }), [session!.account], 10000);
  return (
    <Section title="Leases running" id="running">
      {leases.data?.items.length ? (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="table (scrolls sideways)">
          <table>
            <thead>
              <tr>
                <th scope="col">Lease</th>
                <th scope="col">Renter</th>
                <th scope="col">GPUs</th>
                <th scope="col">Ends</th>
                <th scope="col">Paid</th>
              </tr>
            </thead>
            <tbody>
              {leases.data.items.map((l) => (
                <tr key={l.leaseId}>
                  <td>{l.leaseId}</td>
                  <td>{short(l.renter)}</td>
                  <td>{l.gpuCount}</td>
                  <td>{time(l.endsAt)}</td>
                  <td>{amount(l.paid, l.payToken as PayName)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">No lease running on your machines.</p>
      )}
    </Section>
  );
}

/** Stake GRID and list a machine, from the wallet (the CLI does the same with `stake add` and `machine list`). */
function StakeAndList() {
  const { session, deployment } = useApp();
  const [stake, setStake] = useState("500");
  const [name, setName] = useState("rig-1");
  const [cls, setCls] = useState("SIM");
  const [gpus, setGpus] = useState("4");
  const [endpoint, setEndpoint] = useState("");
  const act = useAction({ token: "GRID", devChain: deployment?.devChain });
  const staking = deployment!.contracts.Staking as Address;
  async function doStake(e: Event) {
    e.preventDefault();
    await act.run("Stake GRID", async (say) => {
      const v = amountField(stake, 18, "Stake GRID");
      const grid = deployment!.contracts.GridToken as Address;
      const allowance = await read<bigint>(session!, { address: grid, abi: abiERC20, functionName: "allowance", args: [session!.account, staking] });
      if (allowance < v) {
        say("Approve the staking contract for exactly this GRID in your wallet…");
        await write(session!, { address: grid, abi: abiERC20, functionName: "approve", args: [staking, v] });
      }
      say("Confirm the stake in your wallet…");
      await write(session!, { address: staking, abi: abiStaking, functionName: "stake", args: [PROVIDER_ROLE, v] });
      return `Staked ${amount(v, "GRID")} as a provider.`;
    });
  }
  async function doList(e: Event) {
    e.preventDefault();
    await act.run("List the machine", async () => {
      const machineName = nameField(name, "Machine name");
      const g = wholeField(gpus, "GPUs", 1, 2 ** 32 - 1);
      const id = keccak256(encodePacked(["address", "string"], [session!.account, machineName])) as Hex;
      const classId = stringToHex(cls, { size: 32 });
      const gw = endpointField(endpoint, "Gateway endpoint");
      await write(session!, { address: deployment!.contracts.NodeRegistry as Address, abi: abiNodeRegistry, functionName: "listMachine", args: [id, classId, g, "", gw] });
      return `Listed ${machineName} (${short(id)}): ${g} ${cls} GPUs.`;
    });
  }
  return (
    <Section title="Stake and list" id="list">
      <div class="grid2">
        <form onSubmit={doStake} class="stack">
          <Field label="Stake GRID" id="stake-amount">
            <input id="stake-amount" inputMode="decimal" value={stake} onInput={(e) => setStake(e.currentTarget.value)} />
          </Field>
          <button type="submit" disabled={act.busy}>
            Stake
          </button>
        </form>
        <form onSubmit={doList} class="stack">
          <Field label="Machine name" id="list-name">
            <input id="list-name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </Field>
          <Field label="GPU class" id="list-class">
            <select id="list-class" value={cls} onChange={(e) => setCls(e.currentTarget.value)}>
              {gpuClasses.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
          <Field label="GPUs" id="list-gpus">
            <input id="list-gpus" inputMode="numeric" value={gpus} onInput={(e) => setGpus(e.currentTarget.value)} />
          </Field>
          <Field label="Gateway endpoint" id="list-endpoint" hint="host:port where renters reach your node's gateway (optional, can be set later)">
            <input id="list-endpoint" value={endpoint} onInput={(e) => setEndpoint(e.currentTarget.value)} aria-describedby="list-endpoint-hint"
              spellcheck={false} autoComplete="off" />
          </Field>
          <button type="submit" disabled={act.busy}>
            List machine
          </button>
        </form>
      </div>
      {act.view}
    </Section>
  );
}

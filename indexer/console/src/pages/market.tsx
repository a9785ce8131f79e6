import { useState } from "preact/hooks";
import { gpuClasses } from "../gen/protocol";
import type { QuoteMatch, SearchResponse } from "../gen/protocol";
import { api } from "../lib/api";
import { explain } from "../lib/errors";
import { amountField, hoursField, wholeField } from "../lib/fields";
import { amount, bps, duration, microUSD, percent, short, units } from "../lib/format";
import { Facts, Field, Notice, Plot, Section, useLoad } from "../ui";
import { loadMarket, microUSDToGRID, verification, withFee, type Market } from "./common";

function hoursFromHash(): Record<string, string> {
  const [, q = ""] = location.hash.split("?");
  return Object.fromEntries(new URLSearchParams(q));
}

export function MarketPage() {
  const init = hoursFromHash();
  const [cls, setCls] = useState(init.class ?? "SIM");
  const [gpus, setGpus] = useState(init.gpus ?? "1");
  const [hours, setHours] = useState(init.hours ?? "1");
  const [maxPrice, setMaxPrice] = useState(init.max ?? "");
  const [result, setResult] = useState<SearchResponse>();
  const [searchedHours, setSearchedHours] = useState(1);
  const [error, setError] = useState<string>();
  const [searching, setSearching] = useState(false);
  const market = useLoad(loadMarket, []);

  async function search(e?: Event) {
    e?.preventDefault();
    setError(undefined);
    let g: number, h: number, max: string | undefined;
    try {
      g = wholeField(gpus, "GPUs", 1, 2 ** 32 - 1);
      h = hoursField(hours, "Hours") / 3600;
      max = maxPrice.trim() ? units(amountField(maxPrice, 6, "Max price"), 6).replace(/,/g, "") : undefined;
    } catch (err) {
      return setError(explain(err));
    }
    setSearching(true);
    history.replaceState(null, "", `#/market?class=${encodeURIComponent(cls)}&gpus=${g}&hours=${h}${max ? "&max=" + max : ""}`);
    try {
      setResult(await api.search({ class: cls, gpus: g, hours: h, maxUsdPerHour: max }));
      setSearchedHours(h);
    } catch (err) {
      setError(explain(err));
    } finally {
      setSearching(false);
    }
  }

  return (
    <>
      <h1>Market</h1>
      <Section title="Find GPUs" id="search">
        <form class="search" onSubmit={search} aria-describedby="search-help">
          <Field label="GPU class" id="class">
            <select id="class" value={cls} onChange={(e) => setCls(e.currentTarget.value)}>
              {gpuClasses.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          </Field>
          <Field label="GPUs" id="gpus">
            <input id="gpus" inputMode="numeric" value={gpus} onInput={(e) => setGpus(e.currentTarget.value)} />
          </Field>
          <Field label="Hours" id="hours">
            <input id="hours" inputMode="decimal" value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
          </Field>
          <Field label="Max USD/h (optional)" id="max">
            <input id="max" inputMode="decimal" value={maxPrice} onInput={(e) => setMaxPrice(e.currentTarget.value)} />
          </Field>
          <button class="primary" type="submit" disabled={searching}>
            {searching ? "Searching…" : "Search"}
          </button>
        </form>
        <p id="search-help" class="muted">
          Quotes are ranked cheapest first for the whole duration; each shows the machine's record and what you pay in each token.
        </p>
        {error && <Notice tone="error">{error}</Notice>}
      </Section>
      {result && <Results result={result} market={market.data} hours={searchedHours} />}
      <PriceHistory cls={cls} />
    </>
  );
}

function Results({ result, market, hours }: { result: SearchResponse; market?: Market; hours: number }) {
  if (!result.matches.length && result.explanation) {
    const ex = result.explanation;
    return (
      <Section title="No match" id="nomatch">
        <Notice tone="warn">{ex.message}</Notice>
        <p>How the search narrowed down:</p>
        <ol class="funnel">
          {ex.funnel.map((s) => (
            <li key={s.step}>
              <span>{s.step.replace(/_/g, " ")}</span>
              <strong>
                {s.count}
                {s.atLeast ? "+" : ""}
              </strong>
            </li>
          ))}
        </ol>
      </Section>
    );
  }
  return (
    <Section title={`${result.matches.length} quote${result.matches.length === 1 ? "" : "s"}`} id="results">
      <ol class="quotes">
        {result.matches.map((m, i) => (
          <QuoteCard key={m.digest} m={m} rank={i + 1} market={market} hours={hours} />
        ))}
      </ol>
    </Section>
  );
}

function QuoteCard({ m, rank, market, hours }: { m: QuoteMatch; rank: number; market?: Market; hours: number }) {
  const total = BigInt(m.totalMicroUsd ?? "0");
  const gridPerHour = market?.gridPrice ? microUSDToGRID(BigInt(m.microUsdPerHour), market.gridPrice) : undefined;
  const gridTotal = market?.gridPrice ? microUSDToGRID(total, market.gridPrice) : undefined;
  const mc = m.machine;
  return (
    <li class="quote" data-testid="quote">
      <div class="quote-head">
        <span class="rank" aria-label={`rank ${rank}`}>
          {rank}
        </span>
        <h3>
          {mc.gpuClass} × {m.quote.gpuCount} <span class="muted">on machine {short(mc.machineId)}</span>
        </h3>
        <a class="button primary" href={`#/rent/${m.digest}?hours=${hours}`}>
          Rent
        </a>
      </div>
      <Facts
        items={[
          ["Price", `${microUSD(m.microUsdPerHour)} USD/h (${microUSD(m.microUsdPerGpuHour)} per GPU-hour)`],
          ["In GRID", gridPerHour !== undefined ? `${units(gridPerHour, 18, 4)} GRID/h` : "no GRID price posted"],
          [`${duration(hours * 3600)} with fees`, market ? (
            <span>
              {amount(withFee(total, market.usdFeeBps), "USD")} (fee {bps(market.usdFeeBps)})
              {gridTotal !== undefined && (
                <>
                  {" "}· or {amount(withFee(gridTotal, market.gridFeeBps), "GRID")} (fee {bps(market.gridFeeBps)})
                </>
              )}
            </span>
          ) : "…"],
          ["Machine", `${mc.gpuCount} GPUs, ${mc.freeGpus} free`],
          ["Spec", mc.metadataCid || "none published"],
          ["Verification", verification(mc)],
          ["Shortest lease", m.quote.minDuration ? `${duration(m.quote.minDuration)} (billed at least)` : "none"],
          ["Stake", mc.providerCollateralised ? "covers its listings" : "provider under-staked"],
          ["Uptime", percent(mc.uptimePercent)],
          ["Checks", `${mc.checksPassed} passed, ${mc.checksFailed} failed`],
          ["Leases", `${mc.leasesCompleted} completed of ${mc.leasesOpened}`],
          ["Provider slashes", String(mc.providerSlashes)],
          ["Longest lease", duration(m.quote.maxDuration)],
          ["Provider", <span title={mc.provider}>{short(mc.provider)}</span>],
        ]}
      />
    </li>
  );
}

function PriceHistory({ cls }: { cls: string }) {
  const s = useLoad(() => api.seriesPrices({ class: cls }), [cls], 15000);
  const pts = (s.data?.points ?? []).filter((p) => p.leases > 0);
  return (
    <Section title={`Price history: ${cls}`} id="prices">
      {s.error && <Notice tone="error">{s.error}</Notice>}
      <Plot
        title={`${cls}: price of leases opened, USD per GPU-hour`}
        empty="No lease of this class was opened in the last day."
        y={(v) => microUSD(Math.round(v))}
        lines={[
          { name: "median", points: pts.map((p) => [p.time, p.medianMicroUsdPerGpuHour]) },
          { name: "lowest", points: pts.map((p) => [p.time, p.minMicroUsdPerGpuHour]), dashed: true },
        ]}
      />
    </Section>
  );
}

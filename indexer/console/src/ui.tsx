// Shared pieces of the pages: the app context, status messages, fields, buttons, tables and plots.
import { createContext, type ComponentChildren } from "preact";
import { useContext, useEffect, useRef, useState } from "preact/hooks";
import type { Deployment } from "./lib/types";
import type { Session } from "./lib/wallet";
import { explain, type ErrorContext } from "./lib/errors";

export interface AppState {
  deployment?: Deployment;
  session?: Session;
  connect(): Promise<Session | undefined>;
  /** A wallet that already shared an account is being asked for it again (after a reload): no Connect button
   * until it answers, so nobody clicks one that is about to vanish. */
  restoring: boolean;
  /** Bumped after every confirmed transaction: pages reload what they show. */
  version: number;
  bump(): void;
  /** Unix seconds on the chain's clock (its latest block, advanced by the local clock since it was read). */
  chainNow(): number;
}

export const App = createContext<AppState>(null as unknown as AppState);
export const useApp = () => useContext(App);

/** Loads data with the given dependencies; re-runs when they (or the app version) change. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[], every = 0): { data?: T; error?: string; loading: boolean; reload(): void } {
  const { version } = useApp();
  const [state, setState] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (e) => live && setState({ error: explain(e), loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, version, tick]);
  useEffect(() => {
    if (!every) return;
    const t = setInterval(() => setTick((x) => x + 1), every);
    return () => clearInterval(t);
  }, [every]);
  return { ...state, reload: () => setTick((x) => x + 1) };
}

/** Re-renders every `ms` milliseconds (live counters). */
export function useTicker(ms = 1000) {
  const [, set] = useState(0);
  useEffect(() => {
    const t = setInterval(() => set((x) => x + 1), ms);
    return () => clearInterval(t);
  }, [ms]);
}

export type Tone = "info" | "ok" | "error" | "warn";

export function Notice({ tone = "info", children }: { tone?: Tone; children: ComponentChildren }) {
  return (
    <p class={`notice ${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </p>
  );
}

/** Runs wallet actions one at a time, saying what happens: waiting for the wallet, sent, done, or why not. */
export function useAction(ctx: ErrorContext = {}) {
  const { bump } = useApp();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ tone: Tone; text: string } | undefined>();
  async function run(label: string, fn: (say: (text: string) => void) => Promise<string | void>) {
    setBusy(true);
    setMessage({ tone: "info", text: `${label}: confirm in your wallet…` });
    try {
      const done = await fn((text) => setMessage({ tone: "info", text }));
      setMessage({ tone: "ok", text: done || `${label}: done.` });
      bump();
      return true;
    } catch (e) {
      setMessage({ tone: "error", text: explain(e, ctx) });
      return false;
    } finally {
      setBusy(false);
    }
  }
  const view = message ? <Notice tone={message.tone}>{message.text}</Notice> : null;
  return { busy, run, view, setMessage };
}

export function Field(props: { label: string; hint?: string; children: ComponentChildren; id: string }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <small id={props.id + "-hint"} class="hint">
          {props.hint}
        </small>
      )}
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return <p class="muted" aria-busy="true">Loading {what}…</p>;
}

export function Section(props: { title: string; children: ComponentChildren; id?: string; actions?: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={props.id ? props.id + "-h" : undefined}>
      <div class="card-head">
        <h2 id={props.id ? props.id + "-h" : undefined}>{props.title}</h2>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

export function Facts({ items }: { items: [string, ComponentChildren][] }) {
  return (
    <dl class="facts">
      {items.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ConnectFirst({ what }: { what: string }) {
  const { connect, session, restoring } = useApp();
  if (session) return null;
  if (restoring) return <p class="muted">Checking the wallet…</p>;
  return (
    <div class="card">
      <p>Connect a wallet to {what}.</p>
      <button class="primary" onClick={() => connect()}>
        Connect wallet
      </button>
    </div>
  );
}

// ---------------------------------------------------------------- plots

export interface Line {
  name: string;
  points: [number, number][];
  step?: boolean;
  dashed?: boolean;
}

const palette = ["#2563eb", "#d97706", "#059669", "#db2777"];

/** The smallest 1, 2 or 5 × 10^k at or above v. */
function niceCeil(v: number): number {
  if (v <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  return [1, 2, 5, 10].map((m) => m * p).find((x) => x >= v * (1 - 1e-9))!;
}

/** A small SVG line plot with labelled axes; the numbers behind it are in a table screen readers (and a
 * "show data" toggle) can read. */
export function Plot(props: { title: string; lines: Line[]; y: (v: number) => string; x?: (t: number) => string; empty?: string }) {
  const [table, setTable] = useState(false);
  // The drawing is as wide as its box, so its text stays readable from 360 px phones to desktops.
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    if (!ref.current) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(260, Math.round(e.contentRect.width))));
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, [ref.current]);
  const all = props.lines.flatMap((l) => l.points);
  if (all.length === 0) return <p class="muted">{props.empty ?? "No data yet."}</p>;
  const W = width, H = width < 480 ? 180 : 220, L = 58, R = 10, T = 12, B = 26;
  const xs = all.map((p) => p[0]), ys = all.map((p) => p[1]);
  const x0 = Math.min(...xs), x1 = Math.max(...xs, x0 + 1);
  const y1 = niceCeil(Math.max(...ys, 0)) || 1;
  const px = (x: number) => L + ((x - x0) / (x1 - x0)) * (W - L - R);
  const py = (y: number) => T + (1 - y / y1) * (H - T - B);
  const span = x1 - x0;
  const fx =
    props.x ??
    ((t: number) =>
      new Date(t * 1000).toLocaleString(
        undefined,
        span > 2 * 86400 ? { month: "short", day: "numeric" } : span < 600 ? { hour: "2-digit", minute: "2-digit", second: "2-digit" } : { hour: "2-digit", minute: "2-digit" },
      ));
  const path = (l: Line) =>
    l.points
      .map(([x, y], i) => {
        if (i === 0) return `M${px(x)},${py(y)}`;
        return l.step ? `H${px(x)}V${py(y)}` : `L${px(x)},${py(y)}`;
      })
      .join("");
  const yt = [0, 0.5, 1].map((f) => f * y1);
  const xt = [x0, (x0 + x1) / 2, x1];
  return (
    <figure class="plot" ref={ref}>
      <figcaption>
        {props.title}
        <button class="link" aria-expanded={table} onClick={() => setTable(!table)}>
          {table ? "hide data" : "show data"}
        </button>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} role="img" aria-label={props.title} preserveAspectRatio="xMidYMid meet">
        {yt.map((v) => (
          <g key={v}>
            <line x1={L} x2={W - R} y1={py(v)} y2={py(v)} class="grid" />
            <text x={L - 6} y={py(v) + 4} text-anchor="end" class="tick">
              {props.y(v)}
            </text>
          </g>
        ))}
        {xt.map((t, i) => (
          <text key={t} x={px(t)} y={H - 8} text-anchor={i === 0 ? "start" : i === xt.length - 1 ? "end" : "middle"} class="tick">
            {fx(t)}
          </text>
        ))}
        {props.lines.map((l, i) => (
          <path key={l.name} d={path(l)} fill="none" stroke={palette[i % palette.length]} stroke-width="2.5" stroke-dasharray={l.dashed ? "6 4" : undefined} />
        ))}
      </svg>
      <ul class="legend">
        {props.lines.map((l, i) => (
          <li key={l.name}>
            <span class="swatch" data-color={i % palette.length} aria-hidden="true" />
            {l.name}
          </li>
        ))}
      </ul>
      {table && (
        <div class="table-wrap" tabIndex={0} role="region" aria-label="table (scrolls sideways)">
          <table>
            <caption class="sr-only">{props.title}</caption>
            <thead>
              <tr>
                <th scope="col">time</th>
                {props.lines.map((l) => (
                  <th scope="col" key={l.name}>
                    {l.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.lines[0].points.map(([t], i) => (
                <tr key={t}>
                  <td>{fx(t)}</td>
                  {props.lines.map((l) => (
                    <td key={l.name}>{l.points[i] ? props.y(l.points[i][1]) : ""}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </figure>
  );
}

export interface Mark {
  time: number;
  good: boolean;
  label: string;
}

/** Events on a time line (a machine's checks): a dot each, green when passed, red when failed, with the list
 * behind them for screen readers. */
export function Timeline(props: { title: string; marks: Mark[]; empty: string }) {
  const ref = useRef<HTMLElement>(null);
  const [width, setWidth] = useState(600);
  useEffect(() => {
    if (!ref.current) return;
    const ro = new ResizeObserver(([e]) => setWidth(Math.max(260, Math.round(e.contentRect.width))));
    ro.observe(ref.current);
    return () => ro.disconnect();
  }, [ref.current]);
  if (!props.marks.length) return <p class="muted">{props.empty}</p>;
  const W = width, H = 56, P = 10;
  const t0 = Math.min(...props.marks.map((m) => m.time)), t1 = Math.max(...props.marks.map((m) => m.time), t0 + 1);
  const x = (t: number) => P + ((t - t0) / (t1 - t0)) * (W - 2 * P);
  const fx = (t: number) => new Date(t * 1000).toLocaleString(undefined, { dateStyle: "short", timeStyle: "short" });
  return (
    <figure class="plot" ref={ref}>
      <figcaption>{props.title}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} width={W} height={H} aria-hidden="true">
        <line x1={P} x2={W - P} y1={20} y2={20} class="grid" />
        {props.marks.map((m, i) => (
          <circle key={i} cx={x(m.time)} cy={20} r={6} class={m.good ? "good" : "bad"} />
        ))}
        <text x={P} y={H - 6} class="tick" text-anchor="start">{fx(t0)}</text>
        <text x={W - P} y={H - 6} class="tick" text-anchor="end">{fx(t1)}</text>
      </svg>
      <ul class="sr-only">
        {props.marks.map((m, i) => (
          <li key={i}>
            {fx(m.time)}: {m.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}

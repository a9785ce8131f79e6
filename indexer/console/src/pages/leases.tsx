import { h } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { abiERC20, abiLeaseEscrow, enums, type Lease } from "../gen/protocol";
import { api, type GatewayStatus } from "../lib/api";
import { explain } from "../lib/errors";
import { hoursField } from "../lib/fields";
import { amount, duration, short, time } from "../lib/format";
import { LogDecoder } from "../lib/logs";
import { gatewayToken, type GatewayToken } from "./gateway";
import { words } from "./job";
import { read, write } from "../lib/wallet";
import { ConnectFirst, Facts, Field, Notice, Section, useAction, useApp, useLoad, useTicker } from "../ui";
import { amountsOf, arrangePayment, currentRate, escrowOf, extendLease, extensionDeposit, maxDepositFor, payAt, payFor, tokenOf, type PayName } from "./escrow";

const WARN_SECONDS = 15 * 60;

export function LeasesPage() {
  const { session } = useApp();
  // What happened to a lease that left the open list (closed): said here, since its card is gone.
  const [flash, setFlash] = useState<string>();
  const leases = useLoad(
    async () => (session ? api.leases({ renter: session.account, limit: 100 }) : undefined),
    [session?.account],
    5000,
  );
  return (
    <>
      <h1>My leases</h1>
      <ConnectFirst what="see your leases" />
      {leases.error && <Notice tone="error">{leases.error}</Notice>}
      {flash && <Notice tone="ok">{flash}</Notice>}
      {session && leases.data && leases.data.items.length === 0 && (
        <p>
          No leases yet. <a href="#/market">Find GPUs in the market.</a>
        </p>
      )}
      {leases.data?.items.filter((l) => l.status === "open").map((l) => <OpenLease key={l.leaseId} lease={l} onClosed={setFlash} />)}
      {!!leases.data?.items.some((l) => l.status !== "open") && (
        <Section title="Closed" id="closed">
          <div class="table-wrap" tabIndex={0} role="region" aria-label="table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Lease</th>
                  <th scope="col">GPUs</th>
                  <th scope="col">Paid to provider</th>
                  <th scope="col">Refund</th>
                  <th scope="col">Closed</th>
                </tr>
              </thead>
              <tbody>
                {leases.data.items.filter((l) => l.status !== "open").map((l) => (
                  <tr key={l.leaseId} data-testid={`closed-${l.leaseId}`}>
                    <td>{l.leaseId}</td>
                    <td>{l.gpuCount}</td>
                    <td>
                      {l.status === "settled"
                        ? amount(l.paid, l.payToken as PayName)
                        : `${amount(l.payout, l.payToken as PayName)}, held until ${time(l.disputeEndsAt)}`}
                    </td>
                    <td>{amount(l.refund, l.payToken as PayName)}</td>
                    <td>
                      {time(l.closedAt)} · {enums.closeReasons.find((r) => r.name === l.closeReason)?.describe ?? l.closeReason}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Section>
      )}
    </>
  );
}

function OpenLease({ lease, onClosed }: { lease: Lease; onClosed(message: string): void }) {
  const { session, deployment, chainNow } = useApp();
  const pay = lease.payToken as PayName;
  const id = BigInt(lease.leaseId);
  useTicker(1000);
  const money = useLoad(() => amountsOf(session!, deployment!, id), [lease.leaseId, lease.endsAt], 5000);
  const wallet = useLoad(async () => {
    const token = await tokenOf(session!, deployment!, pay);
    return read<bigint>(session!, { address: token, abi: abiERC20, functionName: "balanceOf", args: [session!.account] });
  }, [session!.account, pay]);
  const [extra, setExtra] = useState("1");
  const [confirmClose, setConfirmClose] = useState(false);
  const extend = useAction({ token: pay, extend: true, devChain: deployment?.devChain });
  const close = useAction({ token: pay });
  const t = chainNow();
  const left = Math.max(0, lease.endsAt - t);
  const elapsed = Math.max(0, Math.min(t, lease.endsAt) - lease.startedAt);
  const hourCost = payFor(currentRate(lease), 3600n);
  const spent = payAt(lease, lease.startedAt + elapsed);

  async function doExtend(e: Event) {
    e.preventDefault();
    let secs: number;
    try {
      secs = hoursField(extra, "Extend by");
    } catch (err) {
      return extend.setMessage({ tone: "error", text: (err as Error).message });
    }
    await extend.run("Extend the lease", async (say) => {
      const deposit = await extensionDeposit(session!, deployment!, id, secs);
      const max = maxDepositFor(deposit, pay);
      const permit = await arrangePayment(session!, deployment!, pay, max, { say });
      await extendLease(session!, deployment!, id, secs, max, permit, say);
      return `Lease ${lease.leaseId} extended by ${duration(secs)} for ${amount(deposit, pay)}.`;
    });
  }

  async function doClose() {
    setConfirmClose(false);
    const refund = money.data?.refundable;
    await close.run("Close the lease", async (say) => {
      await write(session!, { address: escrowOf(deployment!), abi: abiLeaseEscrow, functionName: "closeLease", args: [id] }, () =>
        say("Close sent, waiting for the block…"),
      );
      const closed = await api.lease(lease.leaseId).catch(() => undefined);
      const got = closed?.status === "closed" ? closed.refund : refund;
      const msg = `Lease ${lease.leaseId} closed: ${amount(got, pay)} refunded to your wallet.`;
      onClosed(msg);
      return msg;
    });
  }

  return (
    <Section title={`Lease ${lease.leaseId}`} id={`lease-${lease.leaseId}`}>
      {left === 0 && <Notice tone="warn">The prepaid time is over: the lease ends at its next settlement.</Notice>}
      {left > 0 && left < WARN_SECONDS && (
        <Notice tone="warn">Less than {duration(WARN_SECONDS)} left ({duration(left)}): extend it or it ends at {time(lease.endsAt)}.</Notice>
      )}
      {wallet.data !== undefined && wallet.data < hourCost && (
        <Notice tone="warn">
          Low balance: your wallet holds {amount(wallet.data, pay)}, less than one more hour ({amount(hourCost, pay)}): top up before extending.
        </Notice>
      )}
      <Facts
        items={[
          ["Machine", `${short(lease.machineId)} · ${lease.gpuCount} GPU${lease.gpuCount === 1 ? "" : "s"}`],
          ["Time left", <span data-testid="time-left">{duration(left)}</span>],
          ["Cost so far", <span data-testid="cost">{amount(spent, pay, 6)}</span>],
          ["Rate", `${amount(hourCost, pay)} per hour`],
          ["Prepaid", amount(lease.deposit, pay)],
          ["Refund if closed now", money.data ? <span data-testid="refundable">{amount(money.data.refundable, pay)}</span> : "…"],
          ["Ends", time(lease.endsAt)],
        ]}
      />
      <div class="row">
        <form onSubmit={doExtend} class="inline">
          <Field label="Extend by (hours)" id={`extend-${lease.leaseId}`}>
            <input id={`extend-${lease.leaseId}`} inputMode="decimal" value={extra} onInput={(e) => setExtra(e.currentTarget.value)} />
          </Field>
          <button type="submit" disabled={extend.busy}>
            Extend
          </button>
        </form>
        {!confirmClose ? (
          <button class="danger" onClick={() => setConfirmClose(true)} disabled={close.busy}>
            Close lease
          </button>
        ) : (
          <div class="confirm" role="group" aria-label="Confirm closing">
            <p>
              Close now and get {money.data ? amount(money.data.refundable, pay) : "the unused prepayment"} back? The job stops.
            </p>
            <button class="danger" onClick={doClose}>
              Close and refund
            </button>
            <button onClick={() => setConfirmClose(false)}>Keep it</button>
          </div>
        )}
      </div>
      {extend.view}
      {close.view}
      <Workload lease={lease} />
    </Section>
  );
}

/** The lease's container through the provider's gateway, proxied by this indexer: status, ports, logs. */
function Workload({ lease }: { lease: Lease }) {
  const { session } = useApp();
  const [token, setToken] = useState<GatewayToken>();
  const [status, setStatus] = useState<GatewayStatus>();
  const [lines, setLines] = useState<{ stream: string; text: string }[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const abort = useRef<AbortController | undefined>(undefined);
  const pre = useRef<HTMLPreElement>(null);

  const [command, setCommand] = useState("nvidia-smi");
  const [ran, setRan] = useState<{ cmd: string; exitCode: number; stdout: string; stderr: string; truncated: boolean }>();
  const [running, setRunning] = useState(false);
  // The interactive shell: its component (xterm.js, loaded on first use) while open, and how it ended.
  const [shell, setShell] = useState<typeof import("./terminal").Shell>();
  const [shellEnd, setShellEnd] = useState<{ text: string; failed: boolean }>();

  useEffect(() => () => abort.current?.abort(), []);

  async function run(e: Event) {
    e.preventDefault();
    setError(undefined);
    const cmd = words(command);
    if (!cmd.length) return setError("Command: required, like nvidia-smi or ls -l /data.");
    setRunning(true);
    try {
      const r = await api.gatewayExec(lease.leaseId, token!.token, cmd);
      setRan({ cmd: command, ...r });
    } catch (err) {
      setError(explain(err));
    } finally {
      setRunning(false);
    }
  }
  useEffect(() => {
    if (pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [lines]);

  async function openShell() {
    setShellEnd(undefined);
    try {
      const tok = await gatewayToken(session!, lease.leaseId, token);
      setToken(tok);
      const { Shell } = await import("./terminal");
      setShell(() => Shell);
    } catch (e) {
      setError(explain(e));
    }
  }

  async function connect() {
    setError(undefined);
    setBusy(true);
    try {
      const tok = await gatewayToken(session!, lease.leaseId, token);
      setToken(tok);
      setStatus(await api.gatewayStatus(lease.leaseId, tok.token));
      abort.current?.abort();
      const ctl = new AbortController();
      abort.current = ctl;
      const res = await api.gatewayLogs(lease.leaseId, tok.token, ctl.signal);
      if (!res.ok || !res.body) {
        const body = await res.text();
        let msg = `the gateway answered ${res.status}`;
        try {
          msg = JSON.parse(body).error.message;
        } catch {
          /* keep the status */
        }
        throw new Error(msg);
      }
      setBusy(false);
      const dec = new LogDecoder();
      const reader = res.body.getReader();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        const got = dec.push(value);
        if (got.error) throw new Error(got.error);
        if (got.lines.length) setLines((l) => [...l, ...got.lines].slice(-2000));
      }
    } catch (e) {
      if ((e as Error).name !== "AbortError") setError(explain(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div class="workload">
      <h3>Workload</h3>
      {!status && (
        <button onClick={connect} disabled={busy}>
          {busy ? "Connecting…" : "Show status and logs"}
        </button>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      {status && (
        <Facts
          items={[
            ["Container", `${status.state} · ${status.image}`],
            ["Up for", duration(status.uptimeSeconds)],
            [
              "Ports",
              status.ports?.length ? (
                <span>
                  {status.ports.map((p) => (
                    <a key={p.port} href={api.gatewayForwardURL(lease.leaseId, p.port) + "?access_token=" + encodeURIComponent(token!.token)} target="_blank" rel="noreferrer">
                      port {p.port}
                    </a>
                  ))}
                </span>
              ) : (
                "none published"
              ),
            ],
          ]}
        />
      )}
      {status && (
        <form onSubmit={run} class="stack">
          <Field label="Run a command" id={`exec-${lease.leaseId}`} hint="no terminal or input: for that, open a shell">
            <input id={`exec-${lease.leaseId}`} value={command} onInput={(e) => setCommand(e.currentTarget.value)} spellcheck={false}
              aria-describedby={`exec-${lease.leaseId}-hint`} />
          </Field>
          <button type="submit" disabled={running}>
            {running ? "Running…" : "Run"}
          </button>
        </form>
      )}
      {status && !shell && (
        <p>
          <button type="button" onClick={openShell}>
            Open a shell
          </button>
        </p>
      )}
      {shell && token && (
        <div class="stack">
          {h(shell, {
            url: (cols: number, rows: number) =>
              api.gatewayShellURL(lease.leaseId) + `?tty=1&cols=${cols}&rows=${rows}&access_token=${encodeURIComponent(token.token)}`,
            onEnd: (text: string, failed: boolean) => setShellEnd({ text, failed }),
          })}
          <button type="button" onClick={() => setShell(undefined)}>
            Close the shell
          </button>
        </div>
      )}
      {shellEnd && <Notice tone={shellEnd.failed ? "error" : "info"}>{shellEnd.text}</Notice>}
      {ran && (
        <div data-testid="exec">
          <p>
            <code>{ran.cmd}</code> exited with {ran.exitCode}
            {ran.truncated ? " (output cut at 256 KiB)" : ""}.
          </p>
          <pre class="logs" tabIndex={0} aria-label="Command output">
            <span class="stdout">{ran.stdout}</span>
            <span class="stderr">{ran.stderr}</span>
          </pre>
        </div>
      )}
      {status && (
        <pre class="logs" ref={pre} tabIndex={0} aria-label={`Logs of lease ${lease.leaseId}`} data-testid="logs">
          {lines.map((l, i) => (
            <span key={i} class={l.stream}>
              {l.text}
            </span>
          ))}
        </pre>
      )}
    </div>
  );
}

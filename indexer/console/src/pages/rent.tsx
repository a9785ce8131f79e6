import { useState } from "preact/hooks";
import type { Hex } from "viem";
import { api } from "../lib/api";
import { explain } from "../lib/errors";
import { hoursField } from "../lib/fields";
import { amount, duration, microUSD, short, time } from "../lib/format";
import { ConnectFirst, Facts, Field, Notice, Section, useAction, useApp, useLoad } from "../ui";
import { arrangePayment, escrowBindsJob, escrowTakesPermit, maxDepositFor, openLease, previewOpen, type PayName } from "./escrow";
import { pushJob } from "./gateway";
import { JobForm, emptyJob, encodeJob, jobDigest, jobSpec, type Job } from "./job";

export function RentPage({ digest }: { digest: Hex }) {
  const { deployment, session } = useApp();
  const params = new URLSearchParams(location.hash.split("?")[1] ?? "");
  const [hours, setHours] = useState(params.get("hours") ?? "1");
  const [pay, setPay] = useState<PayName>("USD");
  const [job, setJob] = useState<Job>(emptyJob);
  const [opened, setOpened] = useState<bigint>();
  // A lease open on chain whose job spec has not reached the provider's node yet (the push failed): the spec,
  // to send again.
  const [unsent, setUnsent] = useState<{ id: number; spec: string }>();
  const quote = useLoad(() => api.quote(digest), [digest]);
  let seconds = 0;
  let hoursError: string | undefined;
  try {
    seconds = hoursField(hours, "Hours");
  } catch (e) {
    hoursError = (e as Error).message;
  }
  const preview = useLoad(
    async () => (session && quote.data && seconds > 0 ? previewOpen(session, deployment!, quote.data.quote, seconds, pay) : undefined),
    [session?.account, quote.data?.digest, seconds, pay],
  );
  const action = useAction({ token: pay, devChain: deployment?.devChain });

  if (quote.error) return <Notice tone="error">{quote.error}</Notice>;
  const q = quote.data;
  if (!q) return <p class="muted">Loading the quote…</p>;

  async function rent(e: Event) {
    e.preventDefault();
    if (hoursError) return action.setMessage({ tone: "error", text: hoursError });
    if (seconds > q!.quote.maxDuration)
      return action.setMessage({ tone: "error", text: `Hours: this quote allows at most ${duration(q!.quote.maxDuration)}.` });
    if (seconds < (q!.quote.minDuration ?? 0))
      return action.setMessage({ tone: "error", text: `Hours: this quote's shortest lease is ${duration(q!.quote.minDuration)} (billed even if you close sooner).` });
    const only = q!.quote.renter;
    if (only && !/^0x0{40}$/i.test(only) && only.toLowerCase() !== session!.account.toLowerCase())
      return action.setMessage({ tone: "error", text: `This quote is for renter ${only} only: ask the provider for a quote of your own.` });
    await action.run("Open the lease", async (say) => {
      // Checked before anything is signed (an error names the field); where the escrow binds a job, the lease
      // carries the spec's digest, which the provider's node checks the spec it is given against.
      const spec = jobSpec(job, q!.quote.gpuCount);
      const jobCID = escrowBindsJob ? jobDigest(spec) : undefined;
      const s = session!;
      const { deposit } = await previewOpen(s, deployment!, q!.quote, seconds, pay);
      const max = maxDepositFor(deposit, pay);
      const permit = await arrangePayment(s, deployment!, pay, max, { say });
      const id = await openLease(s, deployment!, q!.quote, q!.signature, seconds, pay, max, permit, jobCID, say);
      setOpened(id);
      const open = `Lease ${id} is open: it runs for ${duration(seconds)}.`;
      if (!escrowBindsJob) return `${open} Follow it under My leases.`;
      // The chain binds the spec's CID; the node needs the spec itself, which only the renter has.
      return `${open} ${await handOver(Number(id), encodeJob(spec), say, `${open} But its job`)}`;
    });
  }

  /** Hands the provider's node the lease's job spec; on failure keeps it to send again, and says so (after
   * `subject`, what did not reach the node). */
  async function handOver(id: number, spec: string, say: (t: string) => void, subject: string): Promise<string> {
    try {
      const { cid } = await pushJob(session!, id, spec, say);
      setUnsent(undefined);
      return `The provider's node has its job (${short(cid)}) and starts it: follow it under My leases.`;
    } catch (e) {
      setUnsent({ id, spec });
      throw new Error(
        `${subject} did not reach the provider's node: ${explain(e).replace(/\.?$/, ".")} Send it again before the node's wait for it ends (the lease is then closed and refunded).`,
      );
    }
  }

  async function resend() {
    if (!unsent) return;
    await action.run("Send the job", (say) => handOver(unsent.id, unsent.spec, say, `Lease ${unsent.id}'s job`));
  }

  return (
    <>
      <h1>Rent</h1>
      <Section title={`${q.gpuClass} × ${q.quote.gpuCount}`} id="terms">
        <Facts
          items={[
            ["Price", `${microUSD(q.microUsdPerHour)} USD/h (${microUSD(q.microUsdPerGpuHour)} per GPU-hour)`],
            ["Machine", short(q.quote.machineId)],
            ["Provider", short(q.quote.provider)],
            ["Longest lease", duration(q.quote.maxDuration)],
            ["Shortest lease", q.quote.minDuration ? `${duration(q.quote.minDuration)}, billed at least` : "none"],
            ["Use", q.quote.singleUse ? "opens one lease" : "reusable until it expires"],
            ["Quote valid until", time(q.quote.expiry)],
          ]}
        />
      </Section>
      <ConnectFirst what="rent" />
      {session && (
        <Section title="Lease" id="lease">
          <form onSubmit={rent} class="stack">
            <Field label="Hours" id="rent-hours">
              <input id="rent-hours" inputMode="decimal" value={hours} onInput={(e) => setHours(e.currentTarget.value)} />
            </Field>
            <fieldset>
              <legend>Pay with</legend>
              {(["USD", "GRID"] as PayName[]).map((p) => (
                <label key={p} class="radio">
                  <input type="radio" name="pay" value={p} checked={pay === p} onChange={() => setPay(p)} />
                  {p === "USD" ? "USD stablecoin" : "GRID (lower fee)"}
                </label>
              ))}
            </fieldset>
            <JobForm job={job} onChange={setJob} />
            {preview.error && <Notice tone="error">{preview.error}</Notice>}
            {preview.data && (
              <p data-testid="deposit">
                Prepay <strong>{amount(preview.data.deposit, pay)}</strong> into the escrow, fee included
                {pay === "GRID" ? " (up to 1 % more if the GRID price moves before the block)" : ""}. Unused time is refunded
                when you close the lease.
              </p>
            )}
            <p class="muted">
              {escrowTakesPermit
                ? "You sign a permit for exactly the deposit (no allowance is left behind), then confirm the lease."
                : "You approve the escrow for exactly the deposit, then confirm the lease."}
              {escrowBindsJob
                ? " The job spec's CID is bound to the lease; then you sign the access to the provider's node, and the console hands it the spec."
                : " This deployment's escrow binds no job to a lease: the form is checked here, and the job is the provider's to start."}
            </p>
            <button class="primary" type="submit" disabled={action.busy}>
              Open lease
            </button>
          </form>
          {action.view}
          {unsent && (
            <p>
              <button type="button" onClick={resend} disabled={action.busy}>
                Send the job to lease {unsent.id}'s node again
              </button>
            </p>
          )}
          {opened !== undefined && (
            <p>
              <a class="button" href="#/leases">
                Go to lease {String(opened)}
              </a>
            </p>
          )}
        </Section>
      )}
    </>
  );
}

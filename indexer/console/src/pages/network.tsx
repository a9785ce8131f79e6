import { api } from "../lib/api";
import { amount } from "../lib/format";
import { Facts, Notice, Plot, Section, useLoad } from "../ui";

export function NetworkPage() {
  const stats = useLoad(() => api.stats(), [], 10000);
  const gpus = useLoad(() => api.seriesGPUs({}), [], 15000);
  const s = stats.data;
  const pts = gpus.data?.points ?? [];
  return (
    <>
      <h1>Network</h1>
      <Section title="Now" id="now">
        {stats.error && <Notice tone="error">{stats.error}</Notice>}
        {s && (
          <Facts
            items={[
              ["GPUs listed", `${s.gpusListed} (${s.gpusFree} free) on ${s.machinesListed} machine${s.machinesListed === 1 ? "" : "s"}`],
              ["Providers", String(s.providers)],
              ["Leases", `${s.leasesOpen} open, ${s.leasesTotal} in all, ${s.leasesBreached} breached`],
              ["Provider stake", amount(s.providerStake, "GRID", 0)],
              ["Inspector stake", amount(s.inspectorStake, "GRID", 0)],
              ["Live quotes", String(s.liveQuotes)],
              ["Indexed to block", String(s.indexedToBlock)],
            ]}
          />
        )}
        {s && s.classes.length > 0 && (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Class</th>
                  <th scope="col">Machines</th>
                  <th scope="col">GPUs</th>
                  <th scope="col">Free</th>
                </tr>
              </thead>
              <tbody>
                {s.classes.map((c) => (
                  <tr key={c.class}>
                    <td>{c.class}</td>
                    <td>{c.machines}</td>
                    <td>{c.gpus}</td>
                    <td>{c.freeGpus}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      <Section title="GPUs listed and rented" id="gpus">
        {gpus.error && <Notice tone="error">{gpus.error}</Notice>}
        <Plot
          title="GPUs listed, and the most rented at once, per period (the last day at most)"
          y={(v) => (Number.isInteger(v) ? String(v) : v.toFixed(1))}
          lines={[
            { name: "listed", points: pts.map((p) => [p.time, p.listed]), step: true },
            { name: "rented", points: pts.map((p) => [p.time, p.rented]), step: true },
          ]}
        />
      </Section>
    </>
  );
}

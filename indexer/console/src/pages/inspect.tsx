import { useState } from "preact/hooks";
import { enums } from "../gen/protocol";
import { api } from "../lib/api";
import { amount, short, time, units } from "../lib/format";
import { Notice, Section, useLoad } from "../ui";

export function InspectPage() {
  const sets = useLoad(() => api.signerSets(), []);
  const [kind, setKind] = useState("");
  const atts = useLoad(() => api.attestations({ kind: kind || undefined, limit: 50 }), [kind], 10000);
  const slashes = useLoad(() => api.slashes({ limit: 20 }), [], 10000);
  const epochs = useLoad(() => api.rewardEpochs({ limit: 20 }), [], 15000);
  const prices = useLoad(() => api.prices({ limit: 5 }), [], 15000);
  const current = sets.data?.items.find((s) => s.status === "applied");
  return (
    <>
      <h1>Inspect</h1>
      <Section title="Signer set" id="signers">
        {sets.error && <Notice tone="error">{sets.error}</Notice>}
        {current ? (
          <>
            <p>
              Version {current.version}: {current.threshold} of {current.signers.length} inspectors must sign an attestation.
            </p>
            <ul class="mono">
              {current.signers.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          </>
        ) : (
          <p class="muted">No signer set applied yet.</p>
        )}
        {sets.data?.items.filter((s) => s.status === "proposed").map((s) => (
          <Notice key={s.version} tone="info">
            Version {s.version} is proposed ({s.threshold} of {s.signers.length}), effective from {time(s.effectiveAt)}.
          </Notice>
        ))}
      </Section>
      <Section
        title="Recent attestations"
        id="attestations"
        actions={
          <label class="inline-label">
            Kind{" "}
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              <option value="">all</option>
              {enums.kinds.map((k) => (
                <option key={k.name} value={k.name}>
                  {k.name.replace(/_/g, " ")}
                </option>
              ))}
            </select>
          </label>
        }
      >
        {atts.error && <Notice tone="error">{atts.error}</Notice>}
        {atts.data?.items.length ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Kind</th>
                  <th scope="col">For</th>
                  <th scope="col">Id</th>
                  <th scope="col">Signer set</th>
                </tr>
              </thead>
              <tbody>
                {atts.data.items.map((a) => (
                  <tr key={a.txHash + a.logIndex}>
                    <td>{time(a.time)}</td>
                    <td>{a.kindName.replace(/_/g, " ")}</td>
                    <td>{a.targetName || short(a.target)}</td>
                    <td class="mono">{short(a.id)}</td>
                    <td>{a.signerSetVersion}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">No attestations{kind ? ` of kind ${kind}` : ""} yet.</p>
        )}
        {prices.data?.items[0] && (
          <p>
            Latest GRID price: {units(BigInt(prices.data.items[0].price ?? 0), 18, 4)} USD, observed {time(prices.data.items[0].observedAt)}.
          </p>
        )}
      </Section>
      <Section title="Slashes" id="slashes">
        {slashes.data?.items.length ? (
          <ul>
            {slashes.data.items.map((s) => (
              <li key={s.txHash + s.logIndex}>
                {time(s.time)}: {short(s.offender)} ({enums.roles.find((r) => r.value === s.role)?.name}) lost {amount(s.slashed, "GRID")}
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No slashes.</p>
        )}
      </Section>
      <Section title="Reward epochs" id="epochs">
        {epochs.data?.items.length ? (
          <div class="table-wrap" tabIndex={0} role="region" aria-label="table (scrolls sideways)">
            <table>
              <thead>
                <tr>
                  <th scope="col">Epoch</th>
                  <th scope="col">Allocated</th>
                  <th scope="col">Cumulative total</th>
                  <th scope="col">Root</th>
                  <th scope="col">Posted</th>
                </tr>
              </thead>
              <tbody>
                {epochs.data.items.map((e) => (
                  <tr key={e.epoch}>
                    <td>{e.epoch}</td>
                    <td>{amount(e.increment, "GRID")}</td>
                    <td>{amount(e.cumulativeTotal, "GRID")}</td>
                    <td class="mono">{short(e.root)}</td>
                    <td>{time(e.time)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p class="muted">No reward root posted yet.</p>
        )}
      </Section>
    </>
  );
}

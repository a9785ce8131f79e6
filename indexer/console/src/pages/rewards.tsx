import { abiRewards } from "../gen/protocol";
import { api, ApiFailure } from "../lib/api";
import { amount, short } from "../lib/format";
import { write } from "../lib/wallet";
import { ConnectFirst, Facts, Notice, Section, useAction, useApp, useLoad } from "../ui";

export function RewardsPage() {
  const { session, deployment } = useApp();
  const proof = useLoad(async () => {
    if (!session) return undefined;
    try {
      return await api.rewardProof(session.account);
    } catch (e) {
      if (e instanceof ApiFailure && e.status === 404) return null;
      throw e;
    }
  }, [session?.account]);
  const act = useAction({ token: "GRID" });
  async function claim() {
    const p = proof.data!;
    await act.run("Claim rewards", async (say) => {
      await write(session!, {
        address: deployment!.contracts.Rewards as `0x${string}`, abi: abiRewards, functionName: "claim",
        args: [p.account, BigInt(p.cumulativeAmount ?? 0), p.proof],
      }, () => say("Claim sent…"));
      return `Claimed ${amount(p.claimable, "GRID")}.`;
    });
  }
  return (
    <>
      <h1>Rewards</h1>
      <ConnectFirst what="see what you can claim" />
      {session && (
        <Section title={`Rewards of ${short(session.account)}`} id="rewards">
          {proof.error && <Notice tone="error">{proof.error}</Notice>}
          {proof.data === null && <p>Nothing to claim: this account is in no posted reward tree yet.</p>}
          {proof.data && (
            <>
              <Facts
                items={[
                  ["Epoch", String(proof.data.epoch)],
                  ["Earned in total", amount(proof.data.cumulativeAmount, "GRID")],
                  ["Claimed", amount(proof.data.claimed, "GRID")],
                  ["Claimable now", <strong>{amount(proof.data.claimable, "GRID")}</strong>],
                ]}
              />
              <button class="primary" disabled={act.busy || BigInt(proof.data.claimable ?? 0) === 0n} onClick={claim}>
                Claim
              </button>
              <p class="muted">The proof comes from this indexer; the Rewards contract checks it against the root the inspectors posted.</p>
            </>
          )}
          {act.view}
        </Section>
      )}
    </>
  );
}

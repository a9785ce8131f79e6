// Package proofsession carries oracle/proof's challenges between an inspector node and a provider
// node over one WebSocket, and binds every message to a key. It owns the session's wire protocol (the
// frames below), the digests each side signs, the inspector's own measurement of the round-trip time
// on the same connection, the simultaneous challenge of every GPU of a machine, the chase round trip
// of capacity challenges, refusing unauthorized, expired and replayed challenges on the provider side,
// and the attestation field (carried and bound to the challenge, never counted: nothing verifies a
// vendor report yet).
//
// It never reads a chain (the provider node plugs its view of the staking contract in as an
// Authorizer), never picks a class, parameters or deadlines (the inspector node takes them from
// provider/gpu's class table and passes them in Targets), never trusts a time the provider reports,
// and never decides anything beyond one session's results: what to attest on chain is the inspector
// node's business.
//
// # Session
//
// The inspector (Client.Check) dials the provider's Server and, on that connection:
//
//  1. ping × Pings → pong: the minimum is the RTT the verifier forgives (capped at 50 ms);
//  2. challenge: one proof.Challenge per GPU of the machine, signed together (ChallengeDigest); the
//     server checks provider, machine, GPU UUIDs, expiry, replay, the inspector's signature and that
//     it is an active inspector, then starts every GPU at once;
//  3. commitment per GPU, signed by the provider's node key (CommitmentDigest, covering the optional
//     attestation); timed from the challenge;
//  4. for capacity challenges: chase (a fresh seed, signed: ChaseDigest) → chase_commitment (signed:
//     ChaseCommitmentDigest), timed from the chase;
//  5. request (the units and segments to open, signed: RequestDigest) → opening (signed:
//     OpeningDigest), timed from the request; the verifier checks it.
//
// Any failure is an error frame naming the challenge; the client turns it into that GPU's Result.Err.
package proofsession

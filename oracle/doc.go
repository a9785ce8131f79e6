// Package oracle owns idlegrid's off-chain view of what inspectors, providers and renters sign: the EIP-712
// Quote and Attestation types, the per-kind attestation payloads (and the contract each kind is addressed to,
// Kind.Target), with their hashes and the checks their consumer makes before looking at signatures (a payload's
// Validate, which names the field), the contracts' enums, the LeaseAccess a renter signs to reach its workload
// through the provider's gateway, 65-byte signatures and the aggregation of k-of-n inspector signatures into
// the bytes AttestationQuorum.consume takes.
//
// Every hash here must match the contracts byte for byte (contracts/src/Attestations.sol, LeaseEscrow and
// AttestationQuorum; the Solana gateway's vectors); the tests check them against cast and against Solidity on an in-process chain. The
// package does no I/O: it never talks to a chain, reads keys from disk or logs. Key storage lives in
// oracle/keys, transactions in oracle/chain.
package oracle

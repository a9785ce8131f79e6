// Package proof is idlegrid's proof of compute: a timed, exact challenge that a provider's GPU answers
// and an inspector's CPU checks cheaply. The provider (prover) and the inspector (verifier) both import
// it; it owns the protocol: challenge derivation, the Philox streams, the step functions and the
// chase, the CPU reference backend, the Merkle commitments, the verifier and the wire format. It never
// touches a chain, a network connection or a GPU: backends plug in through Backend (provider/gpu/cuda
// is the GPU one), deadlines come from the class table in provider/gpu, and oracle/proofsession
// carries the messages and the signatures.
//
// # Exchange
//
//  1. Inspector → prover: a Challenge: class, the identities it binds (GPU UUID, machine, provider,
//     inspector), an expiry, a 256-bit seed from the inspector's CSPRNG, a nonce, and the Params.
//  2. Prover → inspector: a Commitment, the Merkle root over everything it computed. This is the timed
//     part: the inspector measures from sending the challenge to receiving the root, subtracts the
//     round-trip time it measured itself on the same connection (forgiven up to DefaultMaxRTT, 50 ms)
//     and compares with the class's deadline (Check.Commit).
//  3. Capacity challenges only: inspector → prover, a ChaseRequest with a fresh seed (Check.Chase);
//     prover → inspector, a ChaseCommitment, timed against its own deadline (Check.CommitChase).
//  4. Inspector → prover: an OpeningRequest, drawn from the verifier's private randomness only after it
//     accepted the commitments (Check.Request).
//  5. Prover → inspector: an Opening; the verifier checks it (Check.Verify). The prover keeps only the
//     Merkle trees (and the chase's checkpoints) and replays the chain to answer, so the opening's
//     deadline allows the commit and chase deadlines again plus transfer time (OpenDeadline).
//
// # Derivation
//
// The challenge id is SHA-256 over a canonical encoding of every field; every answer names it, and the
// Philox key is the first 8 bytes of SHA-256("idlegrid/proof/v2/philox-key" ‖ id), so changing any
// field changes all of the work. Everything random is Philox4x32-10 (the cuRAND generator, checked
// against Random123's known answers) under that key, counter word 2 naming the stream: the initial
// state X_0, the weights W (generated transposed, the layout cuBLASLt reads), the per-step noise and
// the per-step constants k_t and μ_t ∈ [G, m). Counter-based means any element is computed on its own,
// on the GPU or in Go, with the same bits; the inspector's bandwidth stays O(1) per challenge. A
// chase's chains start from SHA-256("idlegrid/proof/v2/chase" ‖ id ‖ chase seed ‖ chain).
//
// # The compute challenge: an INT8 GEMM chain
//
// The state X is m × n int8 (Params Rows × Width), W is n × n int8. Step t = 1..S:
//
//	Y[i]    = X[i] ⊕ X[i ⊕ μ_t] ⊕ noise_t[i]          (bytewise)
//	C       = Y · W                                  (int8 × int8, int32 accumulation)
//	X[i][j] = Nonlinear(C[i][j], k_t)                (murmur3 finalizer of c ⊕ k_t, top byte)
//
// It is exact: integer inputs and |c| ≤ n·2^14 ≤ 2^28, so every GPU's INT8 tensor cores, cuBLASLt and
// the CPU produce the same bits (no FP16 rounding, no architecture-dependent accumulation order). It
// has no algebraic shortcut: Nonlinear between products stops X·W·W = X·W² and any random linear
// combination of the chain computed in one product. Rows cannot be split across devices for free: row
// i mixes in row i ⊕ μ_t from another group at every step, so every step needs the whole previous
// state (an exchange per step). The noise keeps a prover who faked a state from making the next step
// degenerate (equal rows, computed once).
//
// # The capacity challenge: an in-place sweep, then a chase
//
// Same state, no W. Step t rewrites every 32-bit word w of every row pair in place:
//
//	X[i][w] = fmix32(X[i][w] ⊕ rotl8(X[i⊕μ_t][w]) ⊕ (k_t + i·0x9E3779B9 + w·0x85EBCA6B))
//
// Its state is sized to about 88% of the claimed memory, and a step costs reading and writing the
// state once, the least any implementation can do; a row at step t depends on 2^t rows of X_0, so a
// prover that keeps no state pays Rows·(2^(S+1) − 2 − S) row evaluations instead of Rows·S (8,190x at
// S = 16; TestMemorylessSweepCostsExponentially counts them). A device that cannot hold the state has
// to page the rest through host memory every step, at PCIe speed instead of HBM speed.
//
// The chase follows, on a seed sent after the sweep's commitment (chase.go): Chains chains of Hops
// hops over the first ChaseRows rows of X_S, each hop reading ChaseReads = 8 blocks of 16 bytes at
// positions derived from the chain's 128-bit state and folding them in. A hop cannot start before the
// previous one's reads return, so the chase runs at the device's memory latency; a pool of cards that
// each hold part of the state pays its link's latency on nearly every hop, and a paging card a PCIe
// round trip (provider/gpu models both per class). Every SegmentHops hops a chain records a
// checkpoint; the chase commitment is the Merkle root over them.
//
// # Commitment
//
// Each step's state is cut into groups of G rows. Group g of X_t is committed by its hash h(t, g) =
// BLAKE3-256 of its G·n bytes (GroupHash; the standard hash, computed on the device by the kernel
// that finishes the step). A leaf is SHA-256(0x00 ‖ B consecutive group hashes); the tree is over all
// S·m/(G·B) leaves in (step, group) order, inner nodes SHA-256(0x01 ‖ left ‖ right), padded to a power
// of two with all-padding subtrees (leaf SHA-256(0x02)). The root is the commitment. The hash binds the
// bytes: at opening the prover can reveal no other inputs than the ones it committed, so it cannot
// commit outputs it never computed and then choose inputs that reproduce them (which the linear digest
// of protocol v1 allowed: every opened unit of a forged commitment was accepted). The chase tree has
// leaves SHA-256(0x03 ‖ 64 checkpoints) in (chain, checkpoint) order, built the same way.
//
// # Opening and verification
//
// A unit is (t, g): group g of step t. The verifier draws Openings independent uniform units over all
// S·m/G (deduplicated). For each, the prover reveals the groups of X_{t-1} step t read (g and
// g ⊕ μ_t/G; at t = 1 the verifier generates them from the seed), each with its leaf and path, for the
// chain also C_t's rows of group g, and the leaf holding h(t, g). The verifier checks every path
// against the root, the revealed inputs against their hashes, then recomputes the step: for the chain
// each product row with a Freivalds check c·r ≡ y·(W r) (mod P) under a vector r it draws and never
// sends (entries in [0, 2^41), so a wrong row passes with probability at most 2^-41; W r costs n²
// once, generating W column by column from the seed), then Nonlinear; for the sweep the step itself.
// The output's hash must equal h(t, g).
//
// A chase segment is (chain, index): hops [index·K, (index+1)·K). The prover reveals its start and end
// checkpoints with their chase leaves and, for each of its K·8 reads, the 1 KiB BLAKE3 chunk of X_S
// holding the block, the chunk's path inside its group hash (BLAKE3 is itself a Merkle tree) and the
// group hash's leaf in the sweep commitment. The verifier recomputes the positions, checks each block
// against the sweep commitment, folds the hops and compares with the end checkpoint.
//
// # Catch probability
//
// A commitment in which a fraction f of all units is not the step function of its committed inputs
// (rows skipped, guessed, computed on fewer bits, copied from elsewhere) escapes an opening of s units
// with probability (1 − f)^s, plus at most s·2^-41 for Freivalds and hash collisions. A faked unit can
// also make the units of the next step that read it cheap (their committed outputs need only be
// consistent with garbage), so the work saved is at most twice the fraction faked: saving a fraction w
// of the work escapes with probability at most (1 − w/2)^s (EscapeForSavedWork):
//
//	work saved w   s = 32     s = 64
//	2%             0.725      0.526
//	10%            0.194      0.0375
//	20%            0.0343     0.00118
//	50%            1.0e-4     1.0e-8
//
// The compute challenge opens s = 64 units, the sweep s = 32 and the chase 64 segments. Cheating only
// pays when it beats a deadline: the next class down is at least 1.42x the deadline in the model
// (provider/gpu), so it must save 30% of the work and escapes with probability (1 − 0.15)^64 = 3e-5. A
// chase segment skipped outright saves its hops and fails when opened: a pool 1.2x over the chase
// deadline must skip a sixth of the segments and escapes with (5/6)^64 = 9e-6.
// TestFakedFractionCaughtAtStatedRate and TestFakedSegmentsCaughtAtStatedRate measure the rates over
// 1,000 verifications each, within four standard deviations of (1 − f)^s; TestChosenInputsCaught opens
// every unit of the forger that commits outputs it never computed and reveals chosen inputs, and
// catches each one.
//
// # Costs
//
// The prover does S·m·n² multiply-accumulates for the chain (3.1e15 for the H100 class) or moves
// 2·S·m·n bytes for the sweep, then Chains·Hops chase hops. Its host hashes the group hashes into
// leaves (2 KiB a leaf: 370 MB for the H100 compute challenge) while the device computes the next
// step. The verifier does W·r (n² multiply-adds and n² bytes of Philox) plus a few group hashes per
// unit and, per chase read, a chunk, a leaf and a path. BenchmarkVerifyH100 verifies a whole H100
// challenge (compute and capacity with its chase) at the real shapes on 2 workers: about 0.6 CPU-s
// (1.4 s of wall time on the shared 2-core reference machine, about half the CPU time on two idle
// cores), 5e-7 of the CPU prover's time for the same challenge measured in the same run, and 4% of
// the GPU's 14.7 s of reference time; inside the 2 s an inspector's two cores may spend on it.
//
// # Wire format
//
// JSON, version 2 (EncodeX/DecodeX): hashes and seeds as 0x-prefixed hex, byte blobs base64 (int8 rows
// as bytes, int32 products little-endian, checkpoints as 16 little-endian bytes, paths as concatenated
// hashes), the nonce and the expiry as decimal strings. Size limits are checked before parsing:
// challenge 4 KiB, commitment and chase request 1 KiB, opening request 128 KiB, opening 64 MiB
// (Params.Validate keeps every parameter set's opening under it). Decoders reject unknown fields,
// trailing data, malformed hex or base64, and out-of-range or unordered units and segments with
// ErrMalformed (ErrTooLarge for size); all five are fuzzed.
//
// # Not covered here
//
// Device identity (NVML name, PCI id, memory, MIG, vGPU) is checked in provider/gpu, as are the
// deadlines and the margins against cheaper cards, paging and pools. Signatures, the inspector's RTT
// measurement and the attestation field are oracle/proofsession's.
package proof

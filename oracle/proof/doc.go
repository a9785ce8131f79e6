// Package proof is idlegrid's proof of compute: a timed, exact challenge that a provider's GPU answers
// and an inspector's CPU checks cheaply. The provider (prover) and the inspector (verifier) both import
// it; it owns the protocol: challenge derivation, the Philox streams, the two step functions, the CPU
// reference backend, the Merkle commitment, the verifier and the wire format. It never touches a chain,
// a network connection or a GPU: backends plug in through Backend (provider/gpu/cuda is the GPU one),
// deadlines come from the class table in provider/gpu.
//
// # Exchange
//
//  1. Inspector → prover: a Challenge: class, subject (the device's UUID, so an answer is bound to one
//     GPU), a 256-bit seed from the inspector's CSPRNG, a nonce, and the Params.
//  2. Prover → inspector: a Commitment, the Merkle root over everything it computed. This is the timed
//     part: the inspector measures from sending the challenge to receiving the root, subtracts the
//     round-trip time it measured itself on the same connection (forgiven up to DefaultMaxRTT, 50 ms)
//     and compares with the class's deadline (Check.Commit).
//  3. Inspector → prover: an OpeningRequest, drawn from the verifier's private randomness only after it
//     accepted the commitment (Check.Request).
//  4. Prover → inspector: an Opening; the verifier checks it (Check.Verify). Openings are not timed:
//     the prover keeps only the Merkle tree and replays the chain to answer, so allow about twice the
//     challenge time.
//
// # Derivation
//
// The challenge id is SHA-256 over a canonical encoding of every field; every answer names it, and the
// Philox key is the first 8 bytes of SHA-256("idlegrid/proof/v1/philox-key" ‖ id), so changing any field
// changes all of the work. Everything random is Philox4x32-10 (the cuRAND generator, checked against
// Random123's known answers) under that key, counter word 2 naming the stream: the initial state X_0,
// the weights W, the per-step noise, the per-step constants k_t and μ_t ∈ [G, m), and the 40-bit
// digest weights u. Counter-based means any element is computed on its own, on the GPU or in Go, with
// the same bits; the inspector's bandwidth stays O(1) per challenge.
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
// # The capacity challenge: an in-place sweep
//
// Same state, no W. Step t rewrites every 32-bit word w of every row pair in place:
//
//	X[i][w] = fmix32(X[i][w] ⊕ rotl8(X[i⊕μ_t][w]) ⊕ (k_t + i·0x9E3779B9 + w·0x85EBCA6B))
//
// Its state is sized to about 88% of the claimed memory, and a step costs reading and writing the
// state once, the least any implementation can do; a row at step t depends on 2^t rows of X_0, so
// regenerating instead of storing costs 2^t. A device that cannot hold the state has to page the rest
// through host memory every step, at PCIe speed instead of HBM speed (provider/gpu models this per
// class). Its units are checked by recomputing the step directly.
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
// of protocol v1 allowed: every opened unit of a forged commitment was accepted).
//
// # Opening and verification
//
// A unit is (t, g): group g of step t. The verifier draws Openings independent uniform units over all
// S·m/G (deduplicated). For each, the prover reveals the groups of X_{t-1} step t read (g and
// g ⊕ μ_t/G; at t = 1 the verifier generates them from the seed), each with its leaf and path, for the
// chain also C_t's rows of group g, and the leaf holding d(t, g). The verifier checks every path against
// the root, the revealed inputs against their digests, then recomputes the step: for the chain each
// product row with a Freivalds check c·r ≡ y·(W r) (mod P) under a vector r ∈ Z_P^n it draws and never
// sends (a wrong row passes with probability 1/P; W r costs n² once, generating W row by row from the
// seed), then Nonlinear; for the sweep the step itself. The output's digest must equal d(t, g).
//
// # Catch probability
//
// A commitment in which a fraction f of all units is not the step function of its committed inputs
// (rows skipped, guessed, computed on fewer bits, copied from elsewhere) escapes an opening of s units
// with probability (1 − f)^s, plus at most s/P for Freivalds and hash collisions. A faked unit can
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
// The compute challenge opens s = 64 units, the capacity challenge s = 32. Cheating only pays when it
// beats a deadline: the next class down is at least 1.42x the deadline in the model (provider/gpu), so
// it must save 30% of the work and escapes with probability (1 − 0.15)^64 = 3e-5.
// TestFakedFractionCaughtAtStatedRate measures the rate over 1,000 verifications each: a quarter of
// the units faked with 8 openings, 5% faked with 64, and the sweep with a quarter faked, all within
// four standard deviations of (1 − f)^s; TestChosenInputsCaught opens every unit of the forger that
// commits outputs it never computed and reveals chosen inputs, and catches each one.
//
// # Costs
//
// The prover does S·m·n² multiply-accumulates for the chain (4.4e15 for the H100 SXM class) or moves
// 2·S·m·n bytes for the sweep. The verifier does 2n² for W·r plus about 8·G·n per opened unit, for the
// H100 compute challenge 3.1e-8 of the prover's operations; measured on the 2-core reference machine,
// verifying an opening at n = 8192 with 64 units takes 0.25 CPU-seconds (0.43 s wall while the machine
// was shared), far inside the 2 s budget for a 10-second H100 challenge. The prover's hashing is one
// SHA-256 per 2 KiB leaf of digests (0.52 GB of digests for the H100 SXM compute challenge).
//
// # Wire format
//
// JSON, version 1 (EncodeX/DecodeX): hashes and seeds as 0x-prefixed hex, byte blobs base64 (int8 rows
// as bytes, int32 products and uint64 digests little-endian, paths as concatenated hashes), the nonce as
// a decimal string. Size limits are checked before parsing: challenge 4 KiB, commitment 1 KiB, request
// 128 KiB, opening 64 MiB (Params.Validate keeps every parameter set's opening under it). Decoders
// reject unknown fields, trailing data, malformed hex or base64, and out-of-range or unordered units
// with ErrMalformed (ErrTooLarge for size); all four are fuzzed.
//
// # Not covered here
//
// Device identity (NVML name, PCI id, memory, MIG, vGPU) is checked in provider/gpu. Signatures,
// the inspector's RTT measurement and the attestation field are oracle/proofsession's. Pooled cards
// over NVLink are not told apart by timing; see provider/gpu.
package proof

// Package gpu is the provider's view of its GPUs: the device and telemetry types, the narrow Inventory
// interface the provider node consumes (provider/gpu/nvml implements it over NVML on real hardware,
// provider/gpu/sim for devnet), and the GPU class table: how a device is recognised, its reference
// figures, and the challenges (oracle/proof parameters and deadlines) that test a claim to be of a
// class. It never imports chain code or the adapters, and it trusts nothing a driver reports: Classify
// and CheckClaim only catch inconsistent claims (name against PCI id against memory, MIG slices,
// vGPUs, simulated devices outside a dev chain); consistent lies are what the timed challenges catch.
//
// # Classes
//
// Class names are the bytes32 class ids of the contracts: RTX3090, RTX4090, A100-40GB, A100-80GB,
// H100, H200 and SIM. H100 is one class for the SXM5 and PCIe cards (it replaces H100-SXM and
// H100-PCIE): they differ by 1.31x in INT8 and about 1.5x on the hashed sweep, inside the deadline
// factor, with the same 80 GB, so no timed challenge tells them apart. SIM matches no NVML name or PCI
// id; only devices flagged Simulated classify as SIM, and CheckClaim refuses them unless told it serves
// a dev chain.
//
// # Challenges and deadlines
//
// Every class gets two challenges (see oracle/proof for the protocol):
//
//   - compute: the INT8 GEMM chain, 8192 × 16384 state times a 16384 × 16384 weight matrix per step,
//     with as many steps as make TargetWork (10 s) on the class's own hardware;
//   - capacity: the in-place sweep over a state of about 88% of the class's memory, 16 steps, each
//     reading and writing the whole state once.
//
// The deadline is 1.5 times the modelled reference time, measured from sending the challenge to
// receiving its commitment, minus the round-trip time the inspector measured (forgiven up to 50 ms).
// The reference model is INT8 dense datasheet throughput at 50% efficiency, plus 13 bytes of memory
// traffic per state byte per step at 80% of datasheet bandwidth, plus hashing every state byte on the
// device, for the chain; 2 bytes per state byte at 60% of bandwidth plus the hashing for the sweep; plus
// a 250 ms setup allowance. The device hashing rate is modelled from the hash kernel itself: its block
// loop is HashInstructionsPerBlock SASS instructions per 64 bytes (counted from ptxas's output by
// provider/gpu/cuda's TestHashKernelInstructionCount), issued on 64 integer lanes per SM at the boost
// clock and 70% efficiency. A class with a committed Calibration (calibration.json, printed by
// `idlegrid gpu bench` on a real card) takes its rates from the measurement instead.
//
//	class      compute chain          ref     deadline  capacity sweep               ref    deadline  vs next class down
//	RTX3090    S=298 m=2^13 n=16384   10.25s  15.37s    22.5 GB: S=16 m=2^26 n=336   2.19s  3.28s     -
//	RTX4090    S=641 m=2^13 n=16384   10.24s  15.36s    22.5 GB: S=16 m=2^26 n=336   1.72s  2.59s     RTX3090: compute, 2.12x slower
//	A100-40GB  S=636 m=2^13 n=16384   10.25s  15.37s    36.5 GB: S=16 m=2^27 n=272   2.47s  3.70s     RTX4090: capacity, paging takes 1.5x the deadline
//	A100-80GB  S=647 m=2^13 n=16384   10.24s  15.36s    73.0 GB: S=16 m=2^28 n=272   4.19s  6.28s     A100-40GB: capacity, paging takes 2.5x the deadline
//	H100       S=1413 m=2^13 n=16384  10.24s  15.37s    73.0 GB: S=16 m=2^28 n=272   3.66s  5.50s     A100-80GB: compute, 2.15x slower
//	H200       S=1988 m=2^13 n=16384  10.25s  15.37s    128.8 GB: S=16 m=2^28 n=480  3.66s  5.49s     H100: capacity, paging takes 2.0x the deadline
//	SIM        S=7 m=2^10 n=256       2.13s   3.41s     0.0 GB: S=16 m=2^14 n=448    2.60s  4.16s     -
//
// # Margins
//
// Honest floor: the lowest share of its datasheet INT8 rate at which an honest card still meets the
// compute deadline. Hashing: the modelled share of device hashing in the compute reference time (the
// widest product, n = 16384, keeps it under 3%). Cheat: the cheaper card's modelled time over the
// deadline (above 1 it is caught; the table test requires 1.2). Pooled pairs split the rows between two
// cards that exchange the partner rows every step:
//
//	class      honest floor      hashing  cheat                cheat time / deadline
//	RTX3090    33% of datasheet  0.7%     -                    -
//	RTX4090    33% of datasheet  0.7%     RTX3090              1.42 (compute)
//	A100-40GB  33% of datasheet  1.4%     RTX4090              1.53 (capacity, paging)
//	A100-80GB  33% of datasheet  1.4%     A100-40GB            2.47 (capacity, paging)
//	H100       33% of datasheet  2.4%     A100-80GB            1.44 (compute)
//	H200       33% of datasheet  2.6%     H100                 2.00 (capacity, paging)
//	H100       -                 -        2x A100-80GB pooled  0.74 over NVLink, 0.82 over PCIe (compute)
//	H100       -                 -        2x A100-80GB pooled  0.58 over NVLink, 2.06 over PCIe (capacity)
//	A100-80GB  -                 -        2x A100-40GB pooled  0.55 over NVLink, 1.84 over PCIe (capacity)
//	RTX4090    -                 -        2x RTX3090 pooled    0.72 over NVLink, 0.76 over PCIe (compute)
//
// Pooling is not caught by timing when the pool's combined rate is close to the class's: two A100-80GB
// over NVLink (or even PCIe) run the H100's compute challenge inside its deadline, and over NVLink its
// capacity challenge too; two RTX 3090s pass as an RTX 4090 by compute. Over PCIe the capacity sweep
// catches pools (2.06 and 1.84). What stops a pool from posing as one card is outside the timing model:
// the machine's GPUs are all challenged at the same moment with distinct UUIDs (a pool can answer for
// one listed GPU only while its members list nothing themselves), NVML identity (name, PCI id, memory
// must agree) and, on H100/H200, the attestation field once it is verified.
//
// Calibration: no class is Calibrated. The figures are datasheet models written without access to a
// GPU; `idlegrid gpu bench` on the real card prints the measured throughput and a calibration record
// to commit to calibration.json before deadlines are enforced on chain.
package gpu

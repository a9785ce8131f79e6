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
// H100-PCIE, H100-SXM, H200 and SIM. SIM matches no NVML name or PCI id; only devices flagged
// Simulated classify as SIM, and CheckClaim refuses them unless told it serves a dev chain.
//
// # Challenges and deadlines
//
// Every class gets two challenges (see oracle/proof for the protocol):
//
//   - compute: the INT8 GEMM chain, 16384 × 8192 state times an 8192 × 8192 weight matrix per step,
//     with as many steps as make TargetWork (10 s) on the class's own hardware;
//   - capacity: the in-place sweep over a state of about 88% of the class's memory, 16 steps, each
//     reading and writing the whole state once.
//
// The deadline is a factor in [1.35, 1.6] times the modelled reference time, measured from sending the
// challenge to receiving its commitment, minus the round-trip time (capped by the verifier). The
// reference model is INT8 dense datasheet throughput at 60% efficiency plus 13 bytes of memory traffic
// per state byte per step at 80% of datasheet bandwidth for the chain, and 2 bytes per state byte at
// 60% for the sweep, plus a 250 ms setup allowance. INT8 rather than FP16 figures are used because a
// cheater takes the fastest exact path, and the challenge's int8 inputs run on INT8 tensor cores on
// every class; that is also why the RTX 4090 (660 INT8 TOPS) cannot be told from an A100 (624) by
// compute, only by capacity.
//
// A class is separated from the next class down when that cheaper card misses the deadline by at
// least 20% in the model: by compute (it runs the chain that much slower) or by capacity (it cannot
// hold the sweep's state, and paging the missing part through host memory at the PCIe link's full
// theoretical bandwidth, each step, takes that much longer than the deadline):
//
//	class      compute chain         ref     deadline  capacity sweep               ref    deadline  vs next class down
//	RTX3090    S=656 m=2^14 n=8192   10.24s  15.37s    22.5 GB: S=16 m=2^26 n=336   1.53s  2.30s     -
//	RTX4090    S=1296 m=2^14 n=8192  10.24s  15.37s    22.5 GB: S=16 m=2^26 n=336   1.44s  2.16s     RTX3090: compute, 1.95x slower
//	A100-40GB  S=1374 m=2^14 n=8192  10.25s  15.37s    36.5 GB: S=16 m=2^27 n=272   1.50s  2.25s     RTX4090: capacity, paging takes 2.5x the deadline
//	A100-80GB  S=1428 m=2^14 n=8192  10.25s  15.37s    73.0 GB: S=16 m=2^28 n=272   2.26s  3.39s     A100-40GB: capacity, paging takes 4.6x the deadline
//	H100-PCIE  S=2846 m=2^14 n=8192  10.25s  16.40s    73.0 GB: S=16 m=2^28 n=272   2.20s  3.30s     A100-80GB: compute, 1.97x slower
//	H100-SXM   S=3995 m=2^14 n=8192  10.25s  13.84s    73.0 GB: S=16 m=2^28 n=272   1.41s  2.12s     H100-PCIE: not separated (compute 1.39x)
//	H200       S=4335 m=2^14 n=8192  10.25s  13.83s    128.8 GB: S=16 m=2^28 n=480  1.68s  2.52s     H100-SXM: capacity, paging takes 4.3x the deadline
//	SIM        S=7 m=2^10 n=256      2.13s   3.41s     0.0 GB: S=16 m=2^14 n=448    2.60s  4.16s     -
//
// The H100 SXM and PCIe are near twins (as the Bittensor compute subnets also accept for the A100 SXM
// and PCIe): 1.31x in INT8, under the 1.35x minimum deadline factor, and the same 80 GB. The sweep is
// bandwidth-bound and the SXM has 1.675x the bandwidth, so once deadlines come from measurements
// instead of this model the capacity sweep may separate them; until then a listing cannot prove SXM
// over PCIe. Pooling cheaper cards is only partly excluded: each chain step mixes every row with a
// row from elsewhere in the state, so splitting the rows across cards costs an exchange of about half
// the 128 MiB state per card per step. Across hosts that is prohibitive; over PCIe inside one box it
// costs about as much as a step (two A100s emulating an H100 PCIe would land near its deadline); over
// NVLink it is cheap. The capacity sweep and the per-device L2 knee are the further checks there.
//
// Calibration: no class is Calibrated. The figures are datasheet models written without access to a
// GPU; `idlegrid gpu bench` on the real card prints the measured throughput against the reference, and
// the table should be replaced by measured reference times (and the model's efficiencies checked)
// before deadlines are enforced on chain.
package gpu

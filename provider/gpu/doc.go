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
// Every class gets two challenges, an RTX 4090 three (see oracle/proof for the protocol; Challenges
// lists them with their deadlines):
//
//   - compute: the INT8 GEMM chain, 8192 × 16384 state times a 16384 × 16384 weight matrix per step,
//     with as many steps as make TargetWork (10 s) on the class's own hardware;
//   - capacity: the in-place sweep over a state of about 88% of the class's memory, 16 steps, each
//     reading and writing the whole state once; then, on a fresh seed the inspector sends after the
//     sweep's commitment, the chase: 4 pointer chases of 2^20 hops over the first chase-window bytes
//     of the sweep's last state, each hop 8 dependent reads, with its own deadline;
//   - cache (RTX4090): the same sweep and chase over a 48 MB table, which stays in the 4090's 72 MB
//     L2 and falls out of any smaller L2 (the L2 knee).
//
// The sweep and chain deadlines are 1.5 times the modelled reference time, measured from sending the
// challenge to receiving its commitment, minus the round-trip time the inspector measured (forgiven up
// to 50 ms). The reference model is INT8 dense datasheet throughput at 50% efficiency, plus 13 bytes of
// memory traffic per state byte per step at 80% of datasheet bandwidth, plus hashing every state byte
// on the device, for the chain; 2 bytes per state byte at 60% of bandwidth plus the hashing for the
// sweep; plus a 250 ms setup allowance. The device hashing rate is modelled from the hash kernel
// itself: its block loop is HashInstructionsPerBlock SASS instructions per 64 bytes (counted from
// ptxas's output by provider/gpu/cuda's TestHashKernelInstructionCount), issued on 64 integer lanes per
// SM at the boost clock and 70% efficiency. A class with a committed Calibration (calibration.json,
// printed by `idlegrid gpu bench` on a real card) takes its rates from the measurement instead.
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
// # The chase
//
// A chase hop issues 8 independent 16-byte loads at positions derived from the chain's state and
// cannot start before the previous hop's loads have returned: a card runs it at its memory's
// dependent-load latency, and no parallel hardware shortens a chain. The reference hop is the
// published pointer-chase latency of the class's memory (MemLatencyNS: about 500 ns for HBM, 550 ns
// for GDDR6X; 150 ns for the 4090's L2) taken 20% slower, plus 100 ns of the hop's arithmetic, plus
// 250 ns where the window exceeds the 64 GB an A100's TLBs reach at full speed (Walker,
// arXiv:2405.11425); the deadline is 1.35 times the reference (ChaseFactor: latency does not throttle
// with power and heat as tensor throughput does). The window is the whole state, capped at 56 GiB
// (inside the TLB reach) wherever the pool it must catch still has to split it.
//
//	class      chase window  hops        hop ref  ref    deadline  cache challenge
//	RTX3090    22.5 GB       C=4 L=2^20  760 ns   0.90s  1.21s     -
//	RTX4090    22.5 GB       C=4 L=2^20  760 ns   0.90s  1.21s     48 MB table, L=2^22 at 280 ns, deadline 1.72s
//	A100-40GB  36.5 GB       C=4 L=2^20  700 ns   0.83s  1.13s     -
//	A100-80GB  60.1 GB       C=4 L=2^20  700 ns   0.83s  1.13s     -
//	H100       60.1 GB       C=4 L=2^20  700 ns   0.83s  1.13s     -
//	H200       128.8 GB      C=4 L=2^20  950 ns   1.10s  1.48s     -
//	SIM        0.0 GB        C=2 L=2^14  2000 ns  0.13s  0.18s     -
//
// # Margins
//
// Honest floor: the lowest share of its datasheet INT8 rate at which an honest card still meets the
// compute deadline. Hashing: the modelled share of device hashing in the compute reference time (the
// widest product, n = 16384, keeps it under 3%). Sweep hashing: the same share in the capacity
// sweep, whose only other cost is moving the state once a step: hashing every step's state (what
// binds the commitment to bytes) is a fifth to a half of it, in the reference as on the card. Cheat: the cheaper card's modelled time over the
// deadline (above 1 it is caught; the table test requires 1.2). Where capacity separates them, the
// cheaper card pages what it cannot hold through host memory: the sweep moves the missing part over
// PCIe every step, and most chase hops wait on a PCIe round trip.
//
//	class      honest floor      hashing  sweep hashing  cheat      cheat time / deadline
//	RTX3090    33% of datasheet  0.7%     34%            -          -
//	RTX4090    33% of datasheet  0.7%     19%            RTX3090    1.42 (compute)
//	A100-40GB  33% of datasheet  1.4%     43%            RTX4090    1.53 (capacity, paging: sweep), 2.41 (chase)
//	A100-80GB  33% of datasheet  1.4%     49%            A100-40GB  2.47 (capacity, paging: sweep), 2.36 (chase)
//	H100       33% of datasheet  2.4%     43%            A100-80GB  1.44 (compute)
//	H200       33% of datasheet  2.6%     58%            H100       2.00 (capacity, paging: sweep), 1.82 (chase)
//
// # Pooling
//
// Two cheaper cards must not pass as one larger. The table gives each pair's modelled time over the
// deadline on the sweep (or the compute chain), with the rows split between the cards and the partner
// rows exchanged every step at the link's bandwidth, and on the chase, where every hop whose reads
// fall on both cards (about 9 in 10: each card holds only part of the window) waits for the link's
// one-way latency on top of the card's own memory latency (NVLink 600 ns, PCIe 1 µs: NCCL's own
// per-hop latencies for its low-latency protocol). The model favours the pool: its cards are taken
// 10% faster than published, the honest reference 20% slower, and a split hop costs the pool nothing
// but the link latency. "calibrated" is the chase margin once a calibration has measured the class at
// its published latency. TestPooledChaseTimingModel replays real chases as each pool would and checks
// the share of split hops and the margins against this table.
//
//	class      posed by      link           challenge  sweep or chain  chase  calibrated  verdict
//	H100       2x A100-80GB  NVLink         compute    0.74            -      -           passes
//	H100       2x A100-80GB  PCIe 4.0       compute    0.82            -      -           passes
//	H100       2x A100-80GB  NVLink         capacity   -               -      -           each card holds the state whole: not a capacity question
//	H100       2x A100-80GB  PCIe 4.0       capacity   -               -      -           each card holds the state whole: not a capacity question
//	A100-80GB  2x A100-40GB  NVLink         capacity   0.55            1.10   1.26        caught
//	A100-80GB  2x A100-40GB  PCIe 4.0       capacity   1.84            1.43   1.63        caught
//	A100-40GB  2x RTX4090    PCIe 4.0       capacity   1.62            1.48   1.69        caught
//	A100-40GB  2x RTX3090    NVLink bridge  capacity   1.20            1.14   1.31        caught
//	A100-40GB  2x RTX3090    PCIe 4.0       capacity   1.73            1.48   1.69        caught
//	H200       2x H100       NVLink         capacity   0.91            0.85   1.28        passes until calibrated
//	H200       2x H100       PCIe 4.0       capacity   3.53            1.12   1.68        caught
//	RTX4090    2x RTX3090    NVLink bridge  compute    0.74            -      -           passes
//	RTX4090    2x RTX3090    PCIe 4.0       compute    0.76            -      -           passes
//	RTX4090    2x RTX3090    any            cache      -               1.51   1.67        caught
//
// What the numbers say:
//
//   - Capacity pools are caught by the chase where the sweep alone let them through: two A100-40GBs
//     as an A100-80GB over NVLink run the sweep at 0.55 of its deadline but the chase at 1.10 (1.26
//     calibrated); over PCIe both phases catch them. Two RTX 4090s or 3090s as an A100-40GB are caught
//     on every link. The thinnest margins are NVLink's: a pool is caught when its link's one-way
//     latency exceeds the break-even (BreakEvenLinkNS: 482 ns for A100-40GBs as an A100-80GB, 428 ns
//     for 4090s or 3090s as an A100-40GB), and NVLink's is about 600 ns.
//   - Two H100s as an H200 over NVLink pass the uncalibrated model (0.85): the H200's 129 GB window
//     exceeds the TLB reach, and the 250 ns allowance for it leaves room for links up to 825 ns.
//     Once an H200 is calibrated without that penalty the margin is 1.28. Until then the H200 class
//     rests on the simultaneous challenge of every GPU of the machine (below).
//   - Two RTX 3090s as an RTX 4090 pass the compute challenge (0.74) but not the cache challenge
//     (1.51): the 48 MB table lives in the 4090's L2 and in the 3090s' GDDR6X, and pooling does not
//     add L2 to a card (each holds the table whole: no link helps).
//   - Two A100-80GBs as an H100 are not separated, and nothing in this model separates them: the pair
//     has 1248 dense INT8 TOPS against the H100 PCIe's 1513 (0.74 of the compute deadline over NVLink,
//     0.82 over PCIe), each card holds the whole 73 GB capacity state (so neither the sweep nor the
//     chase has anything to split), and their L2s (40 MB against 50) are too close to build a cache
//     challenge an honest H100 passes with margin. An FP8 chain would separate them 2.4x (the A100
//     has no FP8 tensor cores), but whether Hopper's FP8 accumulation is exact enough for a
//     verifiable chain cannot be settled without an H100. What stops this pool is outside the timing
//     model: every GPU of a machine is challenged at the same moment with distinct UUIDs (the two
//     A100s can answer for one listed H100 only while they list nothing themselves), NVML identity
//     (name, PCI id and memory must agree), and on H100/H200 the attestation field once verified.
//
// Calibration: no class is Calibrated. The figures are datasheet and published-microbenchmark models
// written without access to a GPU; `idlegrid gpu bench` on the real card prints the measured
// throughput, sweep rate and chase hop and a calibration record to commit to calibration.json before
// deadlines are enforced on chain.
package gpu

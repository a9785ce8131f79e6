// Package nvml is the provider's GPU inventory on real hardware, read through NVIDIA's NVML
// (github.com/NVIDIA/go-nvml, loaded from libnvidia-ml.so.1 at run time).
//
// NVML has one lethal property: without the driver, Init fails and any NVML call made afterwards aborts
// the whole process (an unresolved symbol, not a recoverable panic). The adapter therefore probes for
// the library with dlopen before touching NVML, and refuses every call with gpu.ErrNoDriver unless
// Init returned SUCCESS and Close has not run. The real implementation needs cgo; built with
// CGO_ENABLED=0 or the nonvml tag, Open always reports gpu.ErrNoDriver.
//
// Nothing read here is evidence: a fake libnvidia-ml can report any name, UUID or memory size. The
// inventory is the claim the timed challenges (oracle/proof) then test.
package nvml

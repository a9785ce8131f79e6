// Package job owns the job spec: what a renter asks a provider to run under a lease (the image, by registry
// reference or by the CID of an image tarball; command and environment; ports to expose; GPU count and the
// memory, CPU, pids and disk limits; input data by CID; an optional SSH public key), its strict decoder, its
// canonical encoding and the CID of that encoding, which the lease binds.
//
// Decode is the only way bytes become a Spec. It refuses anything it does not understand rather than guess:
// a spec over MaxSize, invalid UTF-8, duplicate or unknown keys, numbers that are not plain integers, missing
// limits, values out of range. Every error names the field it is about (`spec.resources.memory: must be ≥ 64
// MiB`) and wraps ErrInvalid; all the problems found are reported at once. It never panics, whatever the
// input (FuzzDecode).
//
// Encode writes the canonical form: compact JSON, keys in a fixed order, maps sorted, nothing escaped that
// need not be. Decode(Encode(s)) == s, and Encode(Decode(b)) is canonical; CID is the CIDv1 (raw codec,
// sha2-256) of the canonical bytes, which is also what oracle/content gives a spec added as a file (it fits
// one raw leaf), so the sha2-256 digest in the CID is the job-spec digest a lease binds.
//
// The package is pure: no I/O, no Docker, no chain. It does not know which GPUs a lease holds or what a
// machine can give; the node checks the spec against the lease (GPU count) and its own capacity.
package job

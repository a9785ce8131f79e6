// Package content owns idlegrid's content-addressed data: job specs, job inputs, image tarballs and job
// outputs, as IPFS UnixFS DAGs (github.com/ipfs/boxo) named by CID. Provider, inspector, indexer and CLI share
// it.
//
//   - Store holds blocks (in memory, or on disk in a plain one-file-per-block folder that survives kill -9)
//     and adds a file or a folder as a UnixFS DAG (CIDv1, raw leaves, 1 MiB chunks, sha2-256): a file of one
//     chunk or less gets the raw CID of its bytes, which is how a job spec's CID is its sha2-256 digest.
//     It reads files back, writes a DAG as a tar stream (what the runtime copies into a container), and
//     exports and imports CARs.
//   - Gateway is an HTTP handler for the trustless gateway protocol: GET/HEAD /ipfs/{cid}?format=raw (one
//     block) and ?format=car (the DAG, depth-first, no duplicates; dag-scope=all or block), and optionally
//     POST /ipfs/ with a CAR body, to upload content (a renter pushing its spec and inputs to a node or an
//     indexer-hosted store).
//   - Client fetches from such a gateway and uploads to one.
//
// Nothing fetched or uploaded is trusted: every block is re-hashed against its CID before it is stored
// (blocks.NewBlockWithCid does not check, and go-car's own check is replaced by ours so the error is typed),
// only blocks reachable from the requested root are accepted, hash functions are limited to sha2-256 and
// blake3, codecs to dag-pb and raw, and sizes are bounded (Limits). A truncated CAR is an error, not a partial
// success. The package never talks to the chain and never decides what content means: job specs are
// provider/job's.
package content

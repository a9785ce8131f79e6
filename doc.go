// Package idlegrid is the root of idlegrid's module: an open protocol for renting out idle GPUs on Arbitrum.
//
// The code lives in sub-packages, each owning one thing (see README.md for the layout). This package holds no
// code; its test enforces the layout's import direction:
//
//   - contract artifacts reach Go only through bindings/, and only the chain adapters in oracle/ import them;
//   - the shared oracle/ packages never reach up into the nodes (provider/, inspector/, indexer/) or the CLI;
//   - the provider never imports the indexer or the inspector, and the indexer never imports either node;
//   - pure packages (the proof of compute, GPU domain types, amounts) touch no chain and no driver.
package idlegrid

// Command genbindings runs the pinned abigen (v2) over Foundry artifacts, one Go package per contract.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// binding is one generated package: the Foundry artifact and the Go package it becomes.
type binding struct {
	source, contract, pkg string
}

// bound lists every contract with Go bindings. MockUSD is the devnet stablecoin (test-only contract).
var bound = []binding{
	{"GridToken.sol", "GridToken", "gridtoken"},
	{"Staking.sol", "Staking", "staking"},
	{"AttestationQuorum.sol", "AttestationQuorum", "quorum"},
	{"Rewards.sol", "Rewards", "rewards"},
	{"LeaseEscrow.sol", "LeaseEscrow", "leaseescrow"},
	{"GridPriceOracle.sol", "GridPriceOracle", "priceoracle"},
	{"MockUSD.sol", "MockUSD", "mockusd"},
}

type artifact struct {
	ABI      json.RawMessage `json:"abi"`
	Bytecode struct {
		Object string `json:"object"`
	} `json:"bytecode"`
}

func main() {
	artifacts := flag.String("artifacts", "contracts/out", "Foundry out/ directory")
	dir := flag.String("dir", "bindings", "directory holding one sub-package per contract")
	flag.Parse()
	for _, b := range bound {
		if err := generate(*artifacts, *dir, b); err != nil {
			fmt.Fprintf(os.Stderr, "genbindings: %s: %v\n", b.contract, err)
			os.Exit(1)
		}
	}
}

func generate(artifacts, dir string, b binding) error {
	path := filepath.Join(artifacts, b.source, b.contract+".json")
	raw, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read artifact (run forge build first): %w", err)
	}
	var a artifact
	if err := json.Unmarshal(raw, &a); err != nil {
		return fmt.Errorf("decode artifact %s: %w", path, err)
	}
	if len(a.ABI) == 0 || a.Bytecode.Object == "" {
		return fmt.Errorf("artifact %s: missing abi or bytecode", path)
	}
	tmp, err := os.MkdirTemp("", "genbindings-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	abiFile, binFile := filepath.Join(tmp, "abi.json"), filepath.Join(tmp, "bin.hex")
	if err := os.WriteFile(abiFile, a.ABI, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(binFile, []byte(strings.TrimPrefix(a.Bytecode.Object, "0x")), 0o644); err != nil {
		return err
	}
	outDir := filepath.Join(dir, b.pkg)
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	cmd := exec.Command("go", "tool", "abigen", "--v2", "--abi", abiFile, "--bin", binFile,
		"--pkg", b.pkg, "--type", b.contract, "--out", filepath.Join(outDir, b.pkg+".go"))
	cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("abigen: %w", err)
	}
	return nil
}

package solgateway

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
)

// DeploymentFile is a Solana deployment as written to disk (deployments/devnet-solana.json): the deployment
// and, for tools, the node that serves it and the watcher's mirror database, when known.
type DeploymentFile struct {
	RPC    string `json:"rpc,omitempty"`
	Mirror string `json:"mirror,omitempty"`
	Deployment
}

// SaveDeploymentFile writes f as indented JSON, creating the directory.
func SaveDeploymentFile(path string, f DeploymentFile) error {
	if err := f.Validate(); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	b, err := json.MarshalIndent(f, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(b, '\n'), 0o644)
}

// LoadDeploymentFile reads and validates a Solana deployment file.
func LoadDeploymentFile(path string) (DeploymentFile, error) {
	var f DeploymentFile
	b, err := os.ReadFile(path)
	if err != nil {
		return f, fmt.Errorf("solana deployment: %w", err)
	}
	if err := json.Unmarshal(b, &f); err != nil {
		return f, fmt.Errorf("solana deployment %s: %w", path, err)
	}
	if err := f.Validate(); err != nil {
		return f, fmt.Errorf("solana deployment %s: %w", path, err)
	}
	return f, nil
}

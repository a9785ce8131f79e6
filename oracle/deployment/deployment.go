// Package deployment owns the deployment file, deployments/<chain>.json: which idlegrid contracts live at
// which address on which chain, and from which block (where indexers start). Deploying writes it; every node
// and the CLI load it and Verify it against the chain they are connected to before trusting an address.
//
// It does not deploy anything and knows no contract ABI.
package deployment

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"net/url"
	"os"
	"path/filepath"
	"regexp"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// DevChainID is the chain id of the local development chains (the devnet, anvil and hardhat all use it).
const DevChainID = 31337

// DevChainIDs are the chain ids of local development chains (devnet, anvil, hardhat; 1337 for older tools): the
// only chains where MockUSD is deployed by default, the faucet runs, raw dev keys are accepted and 8 blocks
// are treated as final.
var DevChainIDs = []uint64{DevChainID, 1337}

// IsDevChain reports whether id is a local development chain.
func IsDevChain(id uint64) bool {
	for _, d := range DevChainIDs {
		if id == d {
			return true
		}
	}
	return false
}

// Format is the version of the file layout this package writes and reads. Format 2 is protocol v2 (issue #9):
// the NodeRegistry, the LeaseJournal and the SolanaGateway joined the suite, and a v1 suite's contracts do not
// speak v2's ABI.
const Format = 2

var (
	// ErrInvalid means a deployment file that is malformed or incomplete.
	ErrInvalid = errors.New("invalid deployment")
	// ErrWrongChain is matched by every *ChainMismatchError.
	ErrWrongChain = errors.New("deployment is for another chain")
	// ErrNoCode is matched by every *MissingCodeError.
	ErrNoCode = errors.New("no contract code at address")
)

// Contracts are the addresses of the idlegrid suite. JSON keys are the Solidity contract names.
type Contracts struct {
	GridToken         common.Address `json:"GridToken"`
	MockUSD           common.Address `json:"MockUSD"`
	Staking           common.Address `json:"Staking"`
	AttestationQuorum common.Address `json:"AttestationQuorum"`
	GridPriceOracle   common.Address `json:"GridPriceOracle"`
	NodeRegistry      common.Address `json:"NodeRegistry"`
	LeaseEscrow       common.Address `json:"LeaseEscrow"`
	LeaseJournal      common.Address `json:"LeaseJournal"`
	Rewards           common.Address `json:"Rewards"`
	// SolanaGateway releases GRID for Solana deposits and takes GRID back to Solana (issue #14); deployed on
	// every chain, owned by governance from its constructor.
	SolanaGateway common.Address `json:"SolanaGateway"`
	// TimelockController owns the suite outside dev chains (OpenZeppelin's; the governance delay). Zero on dev
	// chains, where governance is an account.
	TimelockController common.Address `json:"TimelockController,omitempty"`
}

// The contracts' names: the Solidity contract names, the keys of a deployment file's contracts and of the
// bindings' registry.
const (
	GridToken          = "GridToken"
	MockUSD            = "MockUSD"
	Staking            = "Staking"
	AttestationQuorum  = "AttestationQuorum"
	GridPriceOracle    = "GridPriceOracle"
	NodeRegistry       = "NodeRegistry"
	LeaseEscrow        = "LeaseEscrow"
	LeaseJournal       = "LeaseJournal"
	Rewards            = "Rewards"
	SolanaGateway      = "SolanaGateway"
	TimelockController = "TimelockController"
)

// Named is one contract of the suite.
type Named struct {
	Name    string
	Address common.Address
}

// All lists the contracts in deployment order: the suite, then the TimelockController when there is one.
func (c Contracts) All() []Named {
	all := []Named{
		{GridToken, c.GridToken},
		{MockUSD, c.MockUSD},
		{Staking, c.Staking},
		{AttestationQuorum, c.AttestationQuorum},
		{GridPriceOracle, c.GridPriceOracle},
		{NodeRegistry, c.NodeRegistry},
		{LeaseEscrow, c.LeaseEscrow},
		{LeaseJournal, c.LeaseJournal},
		{Rewards, c.Rewards},
		{SolanaGateway, c.SolanaGateway},
	}
	if c.TimelockController != (common.Address{}) {
		all = append(all, Named{TimelockController, c.TimelockController})
	}
	return all
}

// Deployment is the content of deployments/<chain>.json.
type Deployment struct {
	Format int `json:"format"`
	// Chain names the chain and the file: "devnet", "anvil", "arbitrum-sepolia", ...
	Chain   string `json:"chain"`
	ChainID uint64 `json:"chainId"`
	// Block is the block of the first deployment transaction: nothing of the suite exists before it.
	Block     uint64    `json:"deployedAtBlock"`
	Contracts Contracts `json:"contracts"`
	// IndexerAPI is the base URL of the indexer that indexes this deployment (optional): clients of the
	// deployment find its quote book and query API there, not at a default address another chain's indexer
	// may hold.
	IndexerAPI string `json:"indexerApi,omitempty"`
}

var chainName = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,63}$`)

// Validate checks the file is complete: a known format, a usable chain name and id, and a distinct non-zero
// address for every contract.
func (d Deployment) Validate() error {
	if d.Format != Format {
		return fmt.Errorf("%w: format %d, this version reads format %d", ErrInvalid, d.Format, Format)
	}
	if !chainName.MatchString(d.Chain) {
		return fmt.Errorf("%w: chain name %q: use lower-case letters, digits and dashes", ErrInvalid, d.Chain)
	}
	if d.ChainID == 0 {
		return fmt.Errorf("%w: chain id 0", ErrInvalid)
	}
	if d.IndexerAPI != "" {
		if err := CheckIndexerAPI(d.IndexerAPI); err != nil {
			return err
		}
	}
	seen := map[common.Address]string{}
	for _, c := range d.Contracts.All() {
		if c.Address == (common.Address{}) {
			return fmt.Errorf("%w: no address for %s", ErrInvalid, c.Name)
		}
		if other, dup := seen[c.Address]; dup {
			return fmt.Errorf("%w: %s and %s share address %s", ErrInvalid, other, c.Name, c.Address)
		}
		seen[c.Address] = c.Name
	}
	return nil
}

// CheckIndexerAPI reports an indexer URL a client could not call.
func CheckIndexerAPI(api string) error {
	u, err := url.Parse(api)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return fmt.Errorf("%w: indexerApi %q: want http://HOST:PORT or https://HOST", ErrInvalid, api)
	}
	return nil
}

// Path is the file of chain in dir: dir/<chain>.json.
func Path(dir, chain string) string { return filepath.Join(dir, chain+".json") }

// Save validates d and writes it to path atomically (a reader never sees half a file), creating the directory.
func Save(path string, d Deployment) error {
	if err := d.Validate(); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	data, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	data = append(data, '\n')
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after the rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save deployment %s: %w", path, err)
	}
	return nil
}

// Load reads and validates the deployment file at path. A missing file is reported with fs.ErrNotExist.
func Load(path string) (Deployment, error) {
	f, err := os.Open(path)
	if err != nil {
		return Deployment{}, fmt.Errorf("load deployment: %w", err)
	}
	defer f.Close()
	dec := json.NewDecoder(f)
	dec.DisallowUnknownFields() // a misspelt contract name must not load as a zero address
	var d Deployment
	if err := dec.Decode(&d); err != nil {
		return Deployment{}, fmt.Errorf("load deployment %s: %w: %v", path, ErrInvalid, err)
	}
	if err := d.Validate(); err != nil {
		return Deployment{}, fmt.Errorf("load deployment %s: %w", path, err)
	}
	return d, nil
}

// Chain is what Verify reads from a node.
type Chain interface {
	ethereum.ChainIDReader
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
}

// ChainMismatchError says the node serves another chain than the deployment's.
type ChainMismatchError struct {
	Chain     string
	Want, Got *big.Int
}

func (e *ChainMismatchError) Error() string {
	return fmt.Sprintf("deployment %q is for chain id %s, the node serves chain id %s", e.Chain, e.Want, e.Got)
}

// Is makes errors.Is(err, ErrWrongChain) hold.
func (e *ChainMismatchError) Is(target error) bool { return target == ErrWrongChain }

// MissingCodeError names a contract of the deployment that has no code on the chain.
type MissingCodeError struct {
	Name    string
	Address common.Address
}

func (e *MissingCodeError) Error() string {
	return fmt.Sprintf("%s: no contract code at %s", e.Name, e.Address)
}

// Is makes errors.Is(err, ErrNoCode) hold.
func (e *MissingCodeError) Is(target error) bool { return target == ErrNoCode }

// Verify checks that chain is the deployment's chain and that every contract of d has code there (at the
// latest block). All missing contracts are reported together.
func Verify(ctx context.Context, chain Chain, d Deployment) error {
	if err := d.Validate(); err != nil {
		return err
	}
	id, err := chain.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("verify deployment %q: chain id: %w", d.Chain, err)
	}
	if want := new(big.Int).SetUint64(d.ChainID); id.Cmp(want) != 0 {
		return &ChainMismatchError{Chain: d.Chain, Want: want, Got: id}
	}
	var missing []error
	for _, c := range d.Contracts.All() {
		code, err := chain.CodeAt(ctx, c.Address, nil)
		if err != nil {
			return fmt.Errorf("verify deployment %q: code of %s at %s: %w", d.Chain, c.Name, c.Address, err)
		}
		if len(code) == 0 {
			missing = append(missing, &MissingCodeError{Name: c.Name, Address: c.Address})
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("verify deployment %q on chain id %s: %w", d.Chain, id, errors.Join(missing...))
	}
	return nil
}

// Package keys loads the keys idlegrid nodes sign with: geth keystore v3 files (accounts/keystore) unlocked
// with a password from a file, an environment variable or a terminal prompt, or, for dev chains only and
// behind an explicit opt-in, a raw hex private key. A Signer signs transactions (for oracle/chain and
// go-ethereum's bind.TransactOpts) and EIP-712 digests (for oracle's quotes and attestations).
//
// It never writes a private key or a password anywhere but an encrypted keystore file, and never logs.
package keys

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"golang.org/x/term"

	"github.com/idlegrid/idlegrid/oracle"
)

var (
	// ErrInvalidConfig is wrapped by every Config.Validate error.
	ErrInvalidConfig = errors.New("invalid key config")
	// ErrRawKeyNotAllowed means a raw private key was given without the dev opt-in.
	ErrRawKeyNotAllowed = errors.New("raw private keys are only accepted with the dev opt-in (use a keystore file)")
	// ErrAccountNotFound means the keystore has no key for the account asked for, or no key at all.
	ErrAccountNotFound = errors.New("account not found in keystore")
	// ErrAmbiguousAccount means the keystore holds several keys and none was chosen.
	ErrAmbiguousAccount = errors.New("keystore holds several accounts: choose one")
	// ErrNoPassword means no password source was configured.
	ErrNoPassword = errors.New("no password source: give a password file, a password environment variable or allow a prompt")
	// ErrWrongPassword means the keystore file did not decrypt with the password given.
	ErrWrongPassword = errors.New("wrong password")
	// ErrNoTerminal means a password prompt was needed but input is not a terminal.
	ErrNoTerminal = errors.New("cannot prompt for a password: input is not a terminal")
)

// Config says where a signing key comes from: Keystore (with Account and a password source) or RawKey.
type Config struct {
	// Keystore is a directory of keystore v3 files, as geth and `idlegrid account` write them.
	Keystore string
	// Account is the address of the key to use; empty is allowed when the keystore holds a single key.
	Account string
	// PasswordFile holds the password on its first line.
	PasswordFile string
	// PasswordEnv names an environment variable that holds the password.
	PasswordEnv string
	// Prompt allows asking for the password on the terminal when neither PasswordFile nor PasswordEnv is set.
	Prompt bool

	// RawKey is a hex private key, accepted only with AllowRawKey: for dev chains, where keys are public.
	RawKey string
	// AllowRawKey is the explicit dev opt-in for RawKey.
	AllowRawKey bool
}

// Validate reports a configuration that cannot yield a key, before anything is read.
func (c Config) Validate() error {
	switch {
	case c.RawKey != "" && !c.AllowRawKey:
		return ErrRawKeyNotAllowed
	case c.RawKey != "" && c.Keystore != "":
		return fmt.Errorf("%w: give a keystore or a raw key, not both", ErrInvalidConfig)
	case c.RawKey != "":
		return nil
	case c.Keystore == "":
		return fmt.Errorf("%w: no keystore directory", ErrInvalidConfig)
	case c.Account != "" && !common.IsHexAddress(c.Account):
		return fmt.Errorf("%w: account %q is not an address", ErrInvalidConfig, c.Account)
	case c.PasswordFile != "" && c.PasswordEnv != "":
		return fmt.Errorf("%w: give a password file or a password environment variable, not both", ErrInvalidConfig)
	case c.PasswordFile == "" && c.PasswordEnv == "" && !c.Prompt:
		return ErrNoPassword
	}
	return nil
}

// Prompter asks a person for a password.
type Prompter interface {
	Password(prompt string) (string, error)
}

// TerminalPrompter reads a password from a terminal without echoing it.
type TerminalPrompter struct {
	In  *os.File
	Out io.Writer
}

// Password prints prompt to Out and reads a line from In with echo off.
func (p TerminalPrompter) Password(prompt string) (string, error) {
	if p.In == nil || p.Out == nil {
		return "", ErrNoTerminal
	}
	fd := int(p.In.Fd())
	if !term.IsTerminal(fd) {
		return "", ErrNoTerminal
	}
	fmt.Fprint(p.Out, prompt)
	pw, err := term.ReadPassword(fd)
	fmt.Fprintln(p.Out)
	if err != nil {
		return "", fmt.Errorf("read password: %w", err)
	}
	return string(pw), nil
}

// Open loads the key cfg describes. prompter is used only when cfg.Prompt is set and no other password
// source is; it may be nil otherwise.
func Open(cfg Config, prompter Prompter) (*Signer, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	if cfg.RawKey != "" {
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(cfg.RawKey), "0x"))
		if err != nil {
			return nil, fmt.Errorf("raw key: %w", err)
		}
		return NewSigner(key), nil
	}
	acc, err := findAccount(cfg.Keystore, cfg.Account)
	if err != nil {
		return nil, err
	}
	pw, err := password(cfg, prompter, acc.Address)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", acc.Address, err)
	}
	keyJSON, err := os.ReadFile(acc.URL.Path)
	if err != nil {
		return nil, fmt.Errorf("unlock %s: %w", acc.Address, err)
	}
	key, err := keystore.DecryptKey(keyJSON, pw)
	if errors.Is(err, keystore.ErrDecrypt) {
		return nil, fmt.Errorf("unlock %s (%s): %w", acc.Address, acc.URL.Path, ErrWrongPassword)
	}
	if err != nil {
		return nil, fmt.Errorf("unlock %s (%s): %w", acc.Address, acc.URL.Path, err)
	}
	if key.Address != acc.Address {
		return nil, fmt.Errorf("unlock %s: file %s holds the key of %s", acc.Address, acc.URL.Path, key.Address)
	}
	return NewSigner(key.PrivateKey), nil
}

func findAccount(dir, account string) (accounts.Account, error) {
	ks, err := openKeystore(dir)
	if err != nil {
		return accounts.Account{}, err
	}
	all := addresses(ks)
	if account == "" {
		switch len(all) {
		case 0:
			return accounts.Account{}, fmt.Errorf("%w: %s holds no keys", ErrAccountNotFound, dir)
		case 1:
			return ks.Find(accounts.Account{Address: all[0]})
		}
		return accounts.Account{}, fmt.Errorf("%w: %s holds %s", ErrAmbiguousAccount, dir, joinAddresses(all))
	}
	acc, err := ks.Find(accounts.Account{Address: common.HexToAddress(account)})
	if err != nil {
		return accounts.Account{}, fmt.Errorf("%w: %s in %s (it holds %s)", ErrAccountNotFound, account, dir, joinAddresses(all))
	}
	return acc, nil
}

func password(cfg Config, prompter Prompter, addr common.Address) (string, error) {
	switch {
	case cfg.PasswordFile != "":
		return ReadPasswordFile(cfg.PasswordFile)
	case cfg.PasswordEnv != "":
		pw, ok := os.LookupEnv(cfg.PasswordEnv)
		if !ok {
			return "", fmt.Errorf("password environment variable %s is not set", cfg.PasswordEnv)
		}
		return pw, nil
	case cfg.Prompt && prompter != nil:
		return prompter.Password(fmt.Sprintf("Password for %s: ", addr))
	}
	return "", ErrNoPassword
}

// Accounts lists the addresses of the keys in a keystore directory, ascending. A missing directory is an
// error, not an empty list, so a mistyped path does not read as "no accounts".
func Accounts(dir string) ([]common.Address, error) {
	ks, err := openKeystore(dir)
	if err != nil {
		return nil, err
	}
	return addresses(ks), nil
}

// openKeystore opens an existing keystore directory for reading (the scrypt cost only matters for writing).
func openKeystore(dir string) (*keystore.KeyStore, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("keystore: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("keystore: %s is not a directory", dir)
	}
	return keystore.NewKeyStore(dir, keystore.LightScryptN, keystore.LightScryptP), nil
}

func addresses(ks *keystore.KeyStore) []common.Address {
	var out []common.Address
	for _, a := range ks.Accounts() {
		out = append(out, a.Address)
	}
	slices.SortFunc(out, func(a, b common.Address) int { return bytes.Compare(a[:], b[:]) })
	return out
}

// KDF is the scrypt cost of new keystore files. Use StandardKDF for real keys; LightKDF only in tests and on
// dev chains.
type KDF struct{ N, P int }

var (
	StandardKDF = KDF{N: keystore.StandardScryptN, P: keystore.StandardScryptP}
	LightKDF    = KDF{N: keystore.LightScryptN, P: keystore.LightScryptP}
)

// NewAccount generates a key and stores it encrypted with password in dir.
func NewAccount(dir, password string, kdf KDF) (common.Address, error) {
	acc, err := keystore.NewKeyStore(dir, kdf.N, kdf.P).NewAccount(password)
	if err != nil {
		return common.Address{}, fmt.Errorf("new account in %s: %w", dir, err)
	}
	return acc.Address, nil
}

// ImportKey stores key encrypted with password in dir.
func ImportKey(dir string, key *ecdsa.PrivateKey, password string, kdf KDF) (common.Address, error) {
	acc, err := keystore.NewKeyStore(dir, kdf.N, kdf.P).ImportECDSA(key, password)
	if err != nil {
		return common.Address{}, fmt.Errorf("import key into %s: %w", dir, err)
	}
	return acc.Address, nil
}

// ReadPasswordFile is the first line of a password file, for commands that create keys.
func ReadPasswordFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("password file: %w", err)
	}
	defer f.Close()
	line, err := bufio.NewReader(f).ReadString('\n')
	if err != nil && !errors.Is(err, io.EOF) {
		return "", fmt.Errorf("password file: %w", err)
	}
	return strings.TrimRight(line, "\r\n"), nil
}

// Signer holds one unlocked private key.
type Signer struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

// NewSigner wraps an unlocked key (devnet's generated accounts, tests).
func NewSigner(key *ecdsa.PrivateKey) *Signer {
	return &Signer{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

// Address is the signer's account.
func (s *Signer) Address() common.Address { return s.addr }

// SignTx signs tx for chainID with the latest signer rules (EIP-1559, EIP-2930, EIP-155). Local keys ignore
// ctx; it is there for remote signers.
func (s *Signer) SignTx(_ context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	return types.SignTx(tx, types.LatestSignerForChainID(chainID), s.key)
}

// SignDigest signs a 32-byte digest (an EIP-712 Quote or Attestation digest) as the contracts verify it:
// r ‖ s ‖ v with v = 27/28.
func (s *Signer) SignDigest(_ context.Context, digest common.Hash) ([]byte, error) {
	return oracle.SignDigest(s.key, digest)
}

// TransactOpts returns go-ethereum bind options signing with this key on chainID, for code that drives
// bindings directly (set Context per call).
func (s *Signer) TransactOpts(chainID *big.Int) *bind.TransactOpts {
	return bind.NewKeyedTransactor(s.key, chainID)
}

// String names the account only: a Signer printed by mistake never shows its key.
func (s *Signer) String() string { return "signer " + s.addr.Hex() }

// GoString keeps %#v from printing the key too.
func (s *Signer) GoString() string { return s.String() }

func joinAddresses(as []common.Address) string {
	if len(as) == 0 {
		return "no keys"
	}
	parts := make([]string, len(as))
	for i, a := range as {
		parts[i] = a.Hex()
	}
	return strings.Join(parts, ", ")
}

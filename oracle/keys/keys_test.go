package keys_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/internal/chaintest"
	"github.com/idlegrid/idlegrid/oracle/keys"
)

var (
	_ chain.TxSigner      = (*keys.Signer)(nil)
	_ oracle.DigestSigner = (*keys.Signer)(nil)
)

// fakePrompter answers prompts from a script and records them.
type fakePrompter struct {
	answer  string
	err     error
	prompts []string
}

func (p *fakePrompter) Password(prompt string) (string, error) {
	p.prompts = append(p.prompts, prompt)
	return p.answer, p.err
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func newKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestKeystoreRoundTrip(t *testing.T) {
	dir := t.TempDir()
	const pw = "correct horse battery staple"
	key := newKey(t)
	imported, err := keys.ImportKey(dir, key, pw, keys.LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	if imported != crypto.PubkeyToAddress(key.PublicKey) {
		t.Fatalf("imported as %s", imported)
	}
	created, err := keys.NewAccount(dir, "other password", keys.LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	listed, err := keys.Accounts(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(listed) != 2 || !(listed[0] == imported && listed[1] == created || listed[0] == created && listed[1] == imported) {
		t.Fatalf("listed %v, want %s and %s", listed, imported, created)
	}

	s, err := keys.Open(keys.Config{Keystore: dir, Account: imported.Hex(), PasswordFile: writeFile(t, t.TempDir(), "pw", pw+"\n")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if s.Address() != imported {
		t.Fatalf("opened %s, want %s", s.Address(), imported)
	}

	chainID := big.NewInt(42161)
	tx, err := s.SignTx(context.Background(), types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Nonce: 3, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), To: &common.Address{1}}), chainID)
	if err != nil {
		t.Fatal(err)
	}
	if from, err := types.Sender(types.LatestSignerForChainID(chainID), tx); err != nil || from != imported {
		t.Fatalf("tx sender %s (%v), want %s", from, err, imported)
	}

	opts := s.TransactOpts(chainID)
	tx2, err := opts.Signer(opts.From, types.NewTx(&types.DynamicFeeTx{ChainID: chainID, Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1), To: &common.Address{2}}))
	if err != nil || opts.From != imported {
		t.Fatalf("TransactOpts from %s: %v", opts.From, err)
	}
	if from, _ := types.Sender(types.LatestSignerForChainID(chainID), tx2); from != imported {
		t.Fatalf("TransactOpts signed as %s", from)
	}

	digest := crypto.Keccak256Hash([]byte("quote"))
	sig, err := s.SignDigest(context.Background(), digest)
	if err != nil {
		t.Fatal(err)
	}
	if signer, err := oracle.RecoverSigner(digest, sig); err != nil || signer != imported {
		t.Fatalf("digest signature recovers to %s (%v), want %s", signer, err, imported)
	}

	keyHex := fmt.Sprintf("%x", crypto.FromECDSA(key))
	for _, printed := range []string{s.String(), fmt.Sprintf("%v", s), fmt.Sprintf("%+v", s), fmt.Sprintf("%#v", s)} {
		if strings.Contains(printed, keyHex) {
			t.Fatalf("printing the signer shows its private key: %s", printed)
		}
	}
}

func TestOpenPasswordSources(t *testing.T) {
	dir := t.TempDir()
	const pw = "s3cret"
	addr, err := keys.ImportKey(dir, newKey(t), pw, keys.LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	pwDir := t.TempDir()
	t.Setenv("IDLEGRID_TEST_PASSWORD", pw)
	t.Setenv("IDLEGRID_TEST_WRONG", "nope")

	tests := []struct {
		name       string
		cfg        keys.Config
		prompter   *fakePrompter
		wantErr    error
		wantPrompt bool
		wantMsg    string
	}{
		{"file", keys.Config{PasswordFile: writeFile(t, pwDir, "a", pw)}, nil, nil, false, ""},
		{"file with newline and more lines", keys.Config{PasswordFile: writeFile(t, pwDir, "b", pw+"\nignored\n")}, nil, nil, false, ""},
		{"file with CRLF", keys.Config{PasswordFile: writeFile(t, pwDir, "c", pw+"\r\n")}, nil, nil, false, ""},
		{"env", keys.Config{PasswordEnv: "IDLEGRID_TEST_PASSWORD"}, nil, nil, false, ""},
		{"prompt", keys.Config{Prompt: true}, &fakePrompter{answer: pw}, nil, true, ""},
		{"file wins over prompt", keys.Config{PasswordFile: writeFile(t, pwDir, "d", pw), Prompt: true}, &fakePrompter{answer: "wrong"}, nil, false, ""},
		{"wrong file password", keys.Config{PasswordFile: writeFile(t, pwDir, "e", "wrong")}, nil, keys.ErrWrongPassword, false, ""},
		{"wrong env password", keys.Config{PasswordEnv: "IDLEGRID_TEST_WRONG"}, nil, keys.ErrWrongPassword, false, ""},
		{"wrong prompt answer", keys.Config{Prompt: true}, &fakePrompter{answer: "wrong"}, keys.ErrWrongPassword, true, ""},
		{"prompt without terminal", keys.Config{Prompt: true}, &fakePrompter{err: keys.ErrNoTerminal}, keys.ErrNoTerminal, true, ""},
		{"unset env", keys.Config{PasswordEnv: "IDLEGRID_TEST_UNSET"}, nil, nil, false, "IDLEGRID_TEST_UNSET is not set"},
		{"missing file", keys.Config{PasswordFile: filepath.Join(pwDir, "missing")}, nil, os.ErrNotExist, false, ""},
		{"no source", keys.Config{}, nil, keys.ErrNoPassword, false, ""},
		{"file and env", keys.Config{PasswordFile: "x", PasswordEnv: "Y"}, nil, keys.ErrInvalidConfig, false, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.cfg.Keystore = dir
			var prompter keys.Prompter
			if tc.prompter != nil {
				prompter = tc.prompter
			}
			s, err := keys.Open(tc.cfg, prompter)
			if tc.wantMsg != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantMsg) {
					t.Fatalf("err = %v, want it to say %q", err, tc.wantMsg)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && s.Address() != addr {
				t.Fatalf("opened %s, want %s", s.Address(), addr)
			}
			if tc.prompter != nil && (len(tc.prompter.prompts) > 0) != tc.wantPrompt {
				t.Fatalf("prompted %v, want prompt: %v", tc.prompter.prompts, tc.wantPrompt)
			}
			if tc.wantPrompt && !strings.Contains(tc.prompter.prompts[0], addr.Hex()) {
				t.Fatalf("prompt %q does not name the account", tc.prompter.prompts[0])
			}
		})
	}
}

func TestOpenSelectsAccount(t *testing.T) {
	single, multi, empty := t.TempDir(), t.TempDir(), t.TempDir()
	const pw = "pw"
	only, err := keys.ImportKey(single, newKey(t), pw, keys.LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	a, err := keys.ImportKey(multi, newKey(t), pw, keys.LightKDF)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := keys.ImportKey(multi, newKey(t), pw, keys.LightKDF); err != nil {
		t.Fatal(err)
	}
	t.Setenv("IDLEGRID_TEST_PASSWORD", pw)

	tests := []struct {
		name    string
		dir     string
		account string
		want    common.Address
		wantErr error
	}{
		{"single key needs no account", single, "", only, nil},
		{"named account", multi, a.Hex(), a, nil},
		{"named account, lower case", multi, strings.ToLower(a.Hex()), a, nil},
		{"several keys need an account", multi, "", common.Address{}, keys.ErrAmbiguousAccount},
		{"unknown account", multi, only.Hex(), common.Address{}, keys.ErrAccountNotFound},
		{"empty keystore", empty, "", common.Address{}, keys.ErrAccountNotFound},
		{"missing keystore", filepath.Join(empty, "nope"), "", common.Address{}, os.ErrNotExist},
		{"malformed account", multi, "0x1234", common.Address{}, keys.ErrInvalidConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := keys.Open(keys.Config{Keystore: tc.dir, Account: tc.account, PasswordEnv: "IDLEGRID_TEST_PASSWORD"}, nil)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && s.Address() != tc.want {
				t.Fatalf("opened %s, want %s", s.Address(), tc.want)
			}
		})
	}
}

func TestOpenRawKey(t *testing.T) {
	key := newKey(t)
	hexKey := fmt.Sprintf("%x", crypto.FromECDSA(key))
	want := crypto.PubkeyToAddress(key.PublicKey)
	tests := []struct {
		name    string
		cfg     keys.Config
		wantErr error
	}{
		{"without opt-in", keys.Config{RawKey: hexKey}, keys.ErrRawKeyNotAllowed},
		{"with opt-in", keys.Config{RawKey: hexKey, AllowRawKey: true}, nil},
		{"with 0x prefix", keys.Config{RawKey: "0x" + hexKey, AllowRawKey: true}, nil},
		{"and a keystore", keys.Config{RawKey: hexKey, AllowRawKey: true, Keystore: t.TempDir()}, keys.ErrInvalidConfig},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := keys.Open(tc.cfg, nil)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
			if err == nil && s.Address() != want {
				t.Fatalf("opened %s, want %s", s.Address(), want)
			}
		})
	}
	if _, err := keys.Open(keys.Config{RawKey: "0xnothex", AllowRawKey: true}, nil); err == nil {
		t.Fatal("a malformed raw key was accepted")
	}
}

// TestSignerDrivesSubmitter sends a transaction through oracle/chain with a key unlocked from a keystore file.
func TestSignerDrivesSubmitter(t *testing.T) {
	c := chaintest.New(t, 1)
	dir := t.TempDir()
	if _, err := keys.ImportKey(dir, c.Keys[0], "pw", keys.LightKDF); err != nil {
		t.Fatal(err)
	}
	t.Setenv("IDLEGRID_TEST_PASSWORD", "pw")
	s, err := keys.Open(keys.Config{Keystore: dir, PasswordEnv: "IDLEGRID_TEST_PASSWORD"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 5 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, c.Client, s, c.ChainID, nil, zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	c.AutoMine(t, 20*time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	to := common.Address{0x42}
	rcpt, err := sub.Submit(ctx, chain.TxRequest{Label: "transfer", To: &to, Value: big.NewInt(12345)})
	if err != nil {
		t.Fatal(err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("status %d", rcpt.Status)
	}
	if bal, err := c.Client.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 12345 {
		t.Fatalf("recipient balance %v (%v), want 12345", bal, err)
	}
}

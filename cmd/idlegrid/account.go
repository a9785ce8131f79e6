package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/keys"
)

var lightKDFFlag = &cli.BoolFlag{
	Name:     "lightkdf",
	Usage:    "encrypt with a fast, weak KDF (tests and dev chains only; never for keys that hold value)",
	Category: "ACCOUNT",
}

func accountCommand() *cli.Command {
	return &cli.Command{
		Name:  "account",
		Usage: "create, import and list keystore accounts",
		Subcommands: []*cli.Command{
			{
				Name:   "new",
				Usage:  "create an account: a new key, encrypted in the keystore",
				Flags:  []cli.Flag{jsonFlag, keystoreFlag, passwordFileFlag, passwordEnvFlag, lightKDFFlag},
				Action: action(accountNew),
			},
			{
				Name:      "import",
				Usage:     "import a private key (hex, in KEYFILE) into the keystore",
				ArgsUsage: "KEYFILE",
				Flags:     []cli.Flag{jsonFlag, keystoreFlag, passwordFileFlag, passwordEnvFlag, lightKDFFlag},
				Action:    action(accountImport),
			},
			{
				Name:   "list",
				Usage:  "list the keystore's accounts",
				Flags:  []cli.Flag{jsonFlag, keystoreFlag},
				Action: action(accountList),
			},
		},
	}
}

type accountOutput struct {
	Address  common.Address `json:"address"`
	Keystore string         `json:"keystore"`
}

func accountNew(c *cli.Context, args []string) error {
	pw, err := newPassword(c)
	if err != nil {
		return err
	}
	dir := flagString(c, keystoreFlag)
	addr, err := keys.NewAccount(dir, pw, kdf(c))
	if err != nil {
		return err
	}
	return emit(c.App.Writer, flagBool(c, jsonFlag), accountOutput{addr, dir}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "new account\t%s\nkeystore\t%s\n", addr.Hex(), dir)
		fmt.Fprintf(tw, "back up the keystore file and its password: nobody can recover either\n")
	})
}

func accountImport(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the KEYFILE holding the private key in hex: idlegrid account import KEYFILE")
	}
	raw, err := os.ReadFile(args[0])
	if err != nil {
		return fmt.Errorf("read key file: %w", err)
	}
	key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(string(raw)), "0x"))
	if err != nil {
		return fmt.Errorf("key file %s: %v: it must hold one private key as 64 hex digits", args[0], err)
	}
	pw, err := newPassword(c)
	if err != nil {
		return err
	}
	dir := flagString(c, keystoreFlag)
	addr, err := keys.ImportKey(dir, key, pw, kdf(c))
	if err != nil {
		return fmt.Errorf("%w (already imported? see `idlegrid account list`)", err)
	}
	return emit(c.App.Writer, flagBool(c, jsonFlag), accountOutput{addr, dir}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "imported account\t%s\nkeystore\t%s\n", addr.Hex(), dir)
	})
}

func accountList(c *cli.Context, args []string) error {
	dir := flagString(c, keystoreFlag)
	accs, err := keys.Accounts(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("no keystore at %s: create an account with `idlegrid account new`, or point --keystore at yours", dir)
	}
	if err != nil {
		return err
	}
	out := struct {
		Keystore string           `json:"keystore"`
		Accounts []common.Address `json:"accounts"`
	}{dir, accs}
	if out.Accounts == nil {
		out.Accounts = []common.Address{}
	}
	return emit(c.App.Writer, flagBool(c, jsonFlag), out, func(tw *tabwriter.Writer) {
		if len(accs) == 0 {
			fmt.Fprintf(tw, "no accounts in %s\n", dir)
			return
		}
		fmt.Fprintln(tw, "#\tADDRESS")
		for i, a := range accs {
			fmt.Fprintf(tw, "%d\t%s\n", i, a.Hex())
		}
	})
}

func kdf(c *cli.Context) keys.KDF {
	if c.Bool(lightKDFFlag.Name) {
		return keys.LightKDF
	}
	return keys.StandardKDF
}

// newPassword is the password for a new keystore file: from --password-file or --password-env, or asked
// twice on the terminal.
func newPassword(c *cli.Context) (string, error) {
	if f := flagString(c, passwordFileFlag); f != "" {
		pw, err := keys.ReadPasswordFile(f)
		if err != nil {
			return "", err
		}
		return nonEmpty(pw)
	}
	if name := flagString(c, passwordEnvFlag); name != "" {
		pw, ok := os.LookupEnv(name)
		if !ok {
			return "", fmt.Errorf("--password-env: environment variable %s is not set", name)
		}
		return nonEmpty(pw)
	}
	p := keys.TerminalPrompter{In: os.Stdin, Out: c.App.ErrWriter}
	pw, err := p.Password("Password for the new key: ")
	if errors.Is(err, keys.ErrNoTerminal) {
		return "", fmt.Errorf("no terminal to ask for a password: give --password-file or --password-env")
	}
	if err != nil {
		return "", err
	}
	again, err := p.Password("Repeat the password: ")
	if err != nil {
		return "", err
	}
	if pw != again {
		return "", errors.New("the passwords differ: nothing was written")
	}
	return nonEmpty(pw)
}

func nonEmpty(pw string) (string, error) {
	if pw == "" {
		return "", errors.New("the password is empty: a keystore file needs one")
	}
	return pw, nil
}

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/devchain"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

// The chain and account flags, declared once. They are accepted before the command (`idlegrid --rpc URL lease
// ls`) and after it (`idlegrid lease ls --rpc URL`); the most specific one given wins.
var (
	rpcFlag = &cli.StringFlag{
		Name:     "rpc",
		Usage:    "JSON-RPC URL of the chain (devnet, anvil, an Arbitrum node)",
		Value:    "http://127.0.0.1:8545",
		EnvVars:  []string{"IDLEGRID_RPC"},
		Category: "CHAIN",
	}
	deploymentFlag = &cli.StringFlag{
		Name:     "deployment",
		Usage:    "deployment FILE naming the contracts (written by `idlegrid devnet` and `idlegrid deploy`)",
		Value:    filepath.Join("deployments", "devnet.json"),
		EnvVars:  []string{"IDLEGRID_DEPLOYMENT"},
		Category: "CHAIN",
	}
	keystoreFlag = &cli.StringFlag{
		Name:     "keystore",
		Usage:    "keystore DIR of encrypted account keys",
		Value:    defaultKeystore(),
		EnvVars:  []string{"IDLEGRID_KEYSTORE"},
		Category: "ACCOUNT",
	}
	accountFlag = &cli.StringFlag{
		Name:     "account",
		Usage:    "ADDRESS of the keystore account to use (needed when the keystore holds several)",
		EnvVars:  []string{"IDLEGRID_ACCOUNT"},
		Category: "ACCOUNT",
	}
	passwordFileFlag = &cli.StringFlag{
		Name:     "password-file",
		Usage:    "FILE whose first line is the keystore password (default: ask on the terminal)",
		EnvVars:  []string{"IDLEGRID_PASSWORD_FILE"},
		Category: "ACCOUNT",
	}
	passwordEnvFlag = &cli.StringFlag{
		Name:     "password-env",
		Usage:    "name of the environment VARIABLE holding the keystore password",
		Category: "ACCOUNT",
	}
	devKeyFlag = &cli.StringFlag{
		Name:     "dev-key",
		Usage:    "raw private KEY (hex) instead of a keystore: local dev chains only",
		EnvVars:  []string{"IDLEGRID_DEV_KEY"},
		Category: "DEVNET",
	}
	devAccountFlag = &cli.StringFlag{
		Name:     "dev-account",
		Usage:    "use devnet dev account N (0-99, keys printed by `idlegrid devnet`): local dev chains only",
		EnvVars:  []string{"IDLEGRID_DEV_ACCOUNT"},
		Category: "DEVNET",
	}
)

// chainFlags are the flags every command that talks to a chain accepts after its name too.
var chainFlags = []cli.Flag{jsonFlag, verboseFlag, rpcFlag, deploymentFlag, keystoreFlag, accountFlag, passwordFileFlag, passwordEnvFlag, devKeyFlag, devAccountFlag}

// withChainFlags is a command's own flags followed by the chain flags.
func withChainFlags(own ...cli.Flag) []cli.Flag { return append(own, chainFlags...) }

func defaultKeystore() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(".idlegrid", "keystore")
	}
	return filepath.Join(home, ".idlegrid", "keystore")
}

// flagContext is the most specific context (the command's, then its parents') where name was given; the
// command's own context when it was not given anywhere (its default or environment value).
func flagContext(c *cli.Context, name string) *cli.Context {
	for _, cc := range c.Lineage() {
		if cc == nil {
			continue
		}
		if slices.Contains(cc.LocalFlagNames(), name) {
			return cc
		}
	}
	return c
}

func flagString(c *cli.Context, f *cli.StringFlag) string {
	return flagContext(c, f.Name).String(f.Name)
}
func flagBool(c *cli.Context, f *cli.BoolFlag) bool { return flagContext(c, f.Name).Bool(f.Name) }

// session is a command's verified connection to a deployment, with the account it sends from if it needs one.
type session struct {
	ctx    context.Context
	out    io.Writer
	json   bool
	log    zerolog.Logger
	d      deployment.Deployment
	client *ethclient.Client
	conn   *protocol.Conn
	signer *keys.Signer // nil for read-only commands
	intr   *interrupts  // Ctrl-C handling: the transactions in flight
}

// connect loads the deployment, reaches the node, checks it is the deployment's chain with the contracts in
// place, and with withKey unlocks the account.
func connect(c *cli.Context, withKey bool) (*session, error) {
	path := flagString(c, deploymentFlag)
	d, err := deployment.Load(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("no deployment file at %s: start a local chain with `idlegrid devnet`, deploy to a node with `idlegrid deploy`, or point --deployment at the chain's file", path)
	case err != nil:
		return nil, fmt.Errorf("%w: fix or regenerate the file", err)
	}
	url := flagString(c, rpcFlag)
	dialCtx, cancel := context.WithTimeout(c.Context, 10*time.Second)
	defer cancel()
	client, err := ethclient.DialContext(dialCtx, url)
	if err != nil {
		return nil, fmt.Errorf("cannot reach the node at %s: %v: start `idlegrid devnet` (or anvil), or set --rpc", url, err)
	}
	if err := deployment.Verify(dialCtx, client, d); err != nil {
		client.Close()
		return nil, verifyError(err, url, path, d)
	}
	s := &session{ctx: c.Context, out: c.App.Writer, json: flagBool(c, jsonFlag), log: logger(c), d: d, client: client, intr: interruptsOf(c.App)}
	if s.intr != nil {
		s.intr.knowContracts(d)
	}
	s.conn = protocol.NewConn(client, d, nil)
	if withKey {
		signer, err := openSigner(c, d)
		if err != nil {
			client.Close()
			return nil, err
		}
		if err := s.sendAs(signer); err != nil {
			client.Close()
			return nil, err
		}
		if n := flagString(c, devAccountFlag); n != "" {
			// A dev account the devnet did not fund has no ETH: say so now, not as a gas error later.
			if bal, err := client.BalanceAt(dialCtx, signer.Address(), nil); err == nil && bal.Sign() == 0 {
				client.Close()
				return nil, usageError("--dev-account %s: that account holds no ETH on this chain; the devnet funds dev accounts 0 to N-1 (N is its --accounts, 10 by default): use one of those", n)
			}
		}
	}
	return s, nil
}

// sendAs makes signer the account the session sends from.
func (s *session) sendAs(signer *keys.Signer) error {
	cfg := chain.DefaultConfig()
	if deployment.IsDevChain(s.d.ChainID) {
		cfg.PollInterval = 100 * time.Millisecond
	}
	var backend chain.TxBackend = s.client
	if s.intr != nil {
		backend = &trackedBackend{TxBackend: s.client, intr: s.intr}
	}
	sub, err := chain.NewSubmitter(cfg, backend, signer, new(big.Int).SetUint64(s.d.ChainID), protocol.Errors(), s.log)
	if err != nil {
		return err
	}
	s.signer = signer
	s.conn = s.conn.As(sub)
	return nil
}

func (s *session) Close() { s.client.Close() }

func verifyError(err error, url, path string, d deployment.Deployment) error {
	var mismatch *deployment.ChainMismatchError
	var opErr *net.OpError
	switch {
	case errors.As(err, &mismatch):
		return fmt.Errorf("%w: the node at %s is another chain than %s describes: check --rpc and --deployment", err, url, path)
	case errors.Is(err, deployment.ErrNoCode):
		return fmt.Errorf("%w\nthe contracts of %s are not on the chain at %s (was the chain restarted without its data?): start `idlegrid devnet` again, which redeploys, or run `idlegrid deploy`", err, path, url)
	case errors.As(err, &opErr), errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("cannot reach the node at %s: %v: start `idlegrid devnet` (or anvil), or set --rpc", url, err)
	}
	return fmt.Errorf("check deployment %s against %s: %w", path, url, err)
}

// keyConfig is the key the flags describe. A raw key (--dev-key, --dev-account) is refused on anything but a
// local dev chain.
func keyConfig(c *cli.Context, d *deployment.Deployment) (keys.Config, bool, error) {
	devKey, devAccount := flagString(c, devKeyFlag), flagString(c, devAccountFlag)
	if devKey != "" || devAccount != "" {
		if d != nil && !deployment.IsDevChain(d.ChainID) {
			return keys.Config{}, false, fmt.Errorf("--dev-key and --dev-account are for local dev chains only, and %q is chain id %d: use a keystore account (--keystore, --account)", d.Chain, d.ChainID)
		}
		if devKey != "" && devAccount != "" {
			return keys.Config{}, false, usageError("give --dev-key or --dev-account, not both")
		}
		if devAccount != "" {
			i, err := strconv.Atoi(devAccount)
			if err != nil || i < 0 || i >= 100 {
				return keys.Config{}, false, usageError("--dev-account %q: give a dev account number 0-99", devAccount)
			}
			devKey = common.Bytes2Hex(crypto.FromECDSA(devchain.DevAccounts(i + 1)[i].Key))
		}
		return keys.Config{RawKey: devKey, AllowRawKey: true}, true, nil
	}
	return keys.Config{
		Keystore:     flagString(c, keystoreFlag),
		Account:      flagString(c, accountFlag),
		PasswordFile: flagString(c, passwordFileFlag),
		PasswordEnv:  flagString(c, passwordEnvFlag),
		Prompt:       true,
	}, false, nil
}

// openSigner unlocks the account the flags name.
func openSigner(c *cli.Context, d deployment.Deployment) (*keys.Signer, error) {
	cfg, _, err := keyConfig(c, &d)
	if err != nil {
		return nil, err
	}
	signer, err := keys.Open(cfg, keys.TerminalPrompter{In: os.Stdin, Out: c.App.ErrWriter})
	if err != nil {
		return nil, keyError(err, cfg)
	}
	return signer, nil
}

// keyError says what to do about a key that could not be loaded.
func keyError(err error, cfg keys.Config) error {
	var pathErr *fs.PathError
	switch {
	case errors.As(err, &pathErr) && cfg.PasswordFile != "" && pathErr.Path == cfg.PasswordFile:
		return usageError("--password-file %s: %v (give the file holding the keystore password on its first line)", cfg.PasswordFile, pathErr.Err)
	case errors.Is(err, fs.ErrNotExist) && cfg.RawKey == "":
		return fmt.Errorf("this command needs an account, and the keystore %s does not exist: create one with `idlegrid account new`, import a key with `idlegrid account import`, or on devnet use --dev-account N", cfg.Keystore)
	case errors.Is(err, keys.ErrAccountNotFound):
		return fmt.Errorf("%w: create one with `idlegrid account new` or `idlegrid account import`, or choose another with --account (see `idlegrid account list`)", err)
	case errors.Is(err, keys.ErrAmbiguousAccount):
		return fmt.Errorf("%w with --account", err)
	case errors.Is(err, keys.ErrNoTerminal):
		return fmt.Errorf("the account is locked and there is no terminal to ask for its password: give --password-file or --password-env (%w)", err)
	case errors.Is(err, keys.ErrWrongPassword):
		return fmt.Errorf("%w: check --password-file or --password-env", err)
	case cfg.RawKey != "":
		return &usageErr{msg: fmt.Sprintf("--dev-key: %v: give the private key as 64 hex digits", err), err: err}
	}
	return err
}

// self is the address a command acts for without sending anything: --address if given, else the account the
// key flags name (a keystore account is not unlocked for this).
func self(c *cli.Context, d deployment.Deployment, addressFlag *cli.StringFlag) (common.Address, error) {
	if addressFlag != nil {
		if a := flagString(c, addressFlag); a != "" {
			if !common.IsHexAddress(a) {
				return common.Address{}, usageError("--%s %q is not an address", addressFlag.Name, a)
			}
			return common.HexToAddress(a), nil
		}
	}
	cfg, raw, err := keyConfig(c, &d)
	if err != nil {
		return common.Address{}, err
	}
	if raw {
		signer, err := keys.Open(cfg, nil)
		if err != nil {
			return common.Address{}, keyError(err, cfg)
		}
		return signer.Address(), nil
	}
	if cfg.Account != "" {
		if !common.IsHexAddress(cfg.Account) {
			return common.Address{}, usageError("--account %q is not an address", cfg.Account)
		}
		return common.HexToAddress(cfg.Account), nil
	}
	accs, err := keys.Accounts(cfg.Keystore)
	switch {
	case err == nil && len(accs) == 1:
		return accs[0], nil
	case err == nil && len(accs) > 1:
		return common.Address{}, usageError("the keystore %s holds several accounts: choose one with --account or give --address", cfg.Keystore)
	}
	hint := "give --address"
	if addressFlag == nil {
		hint = "give --account"
	}
	return common.Address{}, usageError("which account? %s, --dev-account N on devnet, or create one with `idlegrid account new`", hint)
}

// jsonAmount is an amount in JSON output: exact base units and the human form.
type jsonAmount struct {
	Value string `json:"value"`
	Text  string `json:"text"`
}

func amt(v *big.Int, u amount.Token) jsonAmount {
	if v == nil {
		v = new(big.Int)
	}
	return jsonAmount{Value: v.String(), Text: amount.Format(v, u)}
}

// emit prints v as JSON with --json, else human runs with a tab writer for aligned columns.
func emit(w io.Writer, asJSON bool, v any, human func(tw *tabwriter.Writer)) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(v)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	human(tw)
	return tw.Flush()
}

func (s *session) emit(v any, human func(tw *tabwriter.Writer)) error {
	return emit(s.out, s.json, v, human)
}

// printTxs lists the transactions a command sent.
func printTxs(tw *tabwriter.Writer, txs ...protocol.Tx) {
	for _, tx := range txs {
		fmt.Fprintf(tw, "tx\t%s\t%s (block %d, gas %d)\n", tx.Label, tx.Hash.Hex(), tx.Block, tx.GasUsed)
	}
}

// unit is the token with the deployment's decimals.
func (s *session) unit(p oracle.PayToken) (amount.Token, error) {
	return protocol.NewTokens(s.conn).Unit(s.ctx, p)
}

// parseAmountArg reads the command's AMOUNT argument in token p.
func (s *session) parseAmountArg(c *cli.Context, args []string, p oracle.PayToken) (*big.Int, error) {
	v, err := s.parseAmountOrZero(c, args, p)
	if err == nil && v.Sign() == 0 {
		return nil, usageError("the amount must be more than zero")
	}
	return v, err
}

// parseAmountOrZero is parseAmountArg accepting zero (an approval of 0 revokes one).
func (s *session) parseAmountOrZero(c *cli.Context, args []string, p oracle.PayToken) (*big.Int, error) {
	if len(args) != 1 {
		return nil, usageError("give one AMOUNT, e.g. `idlegrid %s 500` or `idlegrid %s \"12.5 %s\"`", commandPath(c), commandPath(c), p)
	}
	u, err := s.unit(p)
	if err != nil {
		return nil, err
	}
	v, err := amount.Parse(args[0], u)
	if err != nil {
		return nil, &usageErr{msg: fmt.Sprintf("AMOUNT: %v", err), err: err}
	}
	return v, nil
}

// when prints a unix time for people.
func when(unix uint64) string {
	if unix == 0 {
		return "-"
	}
	return time.Unix(int64(unix), 0).UTC().Format("2006-01-02 15:04:05 UTC")
}

func short(h string) string {
	if len(h) <= 14 {
		return h
	}
	return h[:8] + "…" + h[len(h)-4:]
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// positional returns the command's positional arguments, applying any flags given after them: the flag
// package stops at the first argument, so `idlegrid stake add 500 --dev-account 1` would otherwise read
// `--dev-account` as a second amount.
func positional(c *cli.Context) ([]string, error) {
	return interspersed(c, c.Args().Slice())
}

// interspersed applies the command's flags found among args (after the positional arguments too) and returns
// the positional ones; everything after "--" is positional.
func interspersed(c *cli.Context, args []string) ([]string, error) {
	var pos []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			return append(pos, args[i+1:]...), nil
		}
		if len(a) < 2 || a[0] != '-' || (a[1] >= '0' && a[1] <= '9') {
			pos = append(pos, a)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
		var flag cli.Flag
		for _, f := range c.Command.Flags {
			if slices.Contains(f.Names(), name) {
				flag = f
				break
			}
		}
		if flag == nil {
			return nil, usageError("flag provided but not defined: -%s (see `idlegrid %s --help`)", name, commandPath(c))
		}
		if _, isBool := flag.(*cli.BoolFlag); isBool && !hasVal {
			val, hasVal = "true", true
		}
		if !hasVal {
			if i+1 >= len(args) {
				return nil, usageError("flag needs an argument: -%s", name)
			}
			i++
			val = args[i]
		}
		if err := c.Set(name, val); err != nil {
			return nil, usageError("invalid value %q for flag -%s: %v", val, name, err)
		}
	}
	return pos, nil
}

// action adapts a command taking its positional arguments (flags after them applied); a command without
// ArgsUsage takes none.
func action(run func(c *cli.Context, args []string) error) cli.ActionFunc {
	return func(c *cli.Context) error {
		args, err := positional(c)
		if err != nil {
			return failed(c, err)
		}
		if c.Command.ArgsUsage == "" && len(args) > 0 {
			return failed(c, usageError("unexpected argument %q (see `idlegrid %s --help`)", args[0], commandPath(c)))
		}
		return failed(c, run(c, args))
	}
}

// commandPath is the full command as typed, e.g. "lease open" (urfave's FullName omits the parents).
func commandPath(c *cli.Context) string {
	var names []string
	lineage := c.Lineage()
	for i, ctx := range lineage {
		// The app's own root command is "idlegrid" itself, not a command typed after it: the outermost context
		// with a command.
		outermost := true
		for _, up := range lineage[i+1:] {
			if up.Command != nil {
				outermost = false
			}
		}
		if ctx.Command != nil && ctx.Command.Name != "" && !outermost {
			names = append([]string{ctx.Command.Name}, names...)
		}
	}
	return strings.Join(names, " ")
}

func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}

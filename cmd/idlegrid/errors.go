package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
)

// Exit codes: a mistake in what was typed, or a failure.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageErr is a mistake in what the user typed (exit code 2): it names the flag or argument and what to give
// instead, in one line.
type usageErr struct {
	msg string
	err error // what the value failed on, if anything
}

func (e *usageErr) Error() string { return e.msg }
func (e *usageErr) Unwrap() error { return e.err }

// usageError is an error in what the user typed.
func usageError(format string, args ...any) error {
	return &usageErr{msg: fmt.Sprintf(format, args...)}
}

// badFlag is a flag's value that did not parse: "--NAME: err", a usage error (exit 2) that still wraps err.
func badFlag(name string, err error) error {
	return &usageErr{msg: fmt.Sprintf("--%s: %v", name, err), err: err}
}

// noteErr is an error with something the user should also know (an approval left standing), said after the
// error's own message however that is explained.
type noteErr struct {
	err  error
	note string
}

func (e *noteErr) Error() string { return e.err.Error() + "\n" + e.note }
func (e *noteErr) Unwrap() error { return e.err }

// commandErr is a command's failure as the CLI reports it: the error, a message a person can act on, and how
// the user asked for output.
type commandErr struct {
	err     error
	message string
	json    bool
	verbose bool
}

func (e *commandErr) Error() string { return e.message }
func (e *commandErr) Unwrap() error { return e.err }

// failed wraps a command's error with the explanation and the output settings of c.
func failed(c *cli.Context, err error) error {
	if err == nil {
		return nil
	}
	var done *commandErr
	if errors.As(err, &done) {
		return err
	}
	err = interruptedError(err)
	return &commandErr{err: err, message: explain(c, err), json: flagBool(c, jsonFlag), verbose: flagBool(c, verboseFlag)}
}

// exitCode is the process exit code for err.
func exitCode(err error) int {
	var u *usageErr
	var ec cli.ExitCoder
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		return exitUsage
	case errors.As(err, &ec) && ec.Error() == "":
		return ec.ExitCode() // a remote command's own exit code (lease shell), nothing to print
	}
	return exitFailure
}

// errorJSON is an error as --json prints it.
type errorJSON struct {
	Error struct {
		Code    string      `json:"code"`
		Message string      `json:"message"`
		Revert  *revertJSON `json:"revert,omitempty"`
		Detail  string      `json:"detail,omitempty"`
	} `json:"error"`
}

type revertJSON struct {
	Name string         `json:"name"`
	Args map[string]any `json:"args,omitempty"`
	Data string         `json:"data"`
}

// reportError prints err for people (stderr: the message, and the raw error with --verbose) or, with --json,
// as an object on stdout; it returns the exit code. args are the command line, consulted when err did not
// come through a command (a flag the parser refused).
func reportError(out, errOut io.Writer, err error, args []string) int {
	code := exitCode(err)
	if err == nil {
		return code
	}
	if ec := cli.ExitCoder(nil); errors.As(err, &ec) && ec.Error() == "" {
		return code
	}
	ce := &commandErr{err: err, message: err.Error()}
	var given *commandErr
	if errors.As(err, &given) {
		c := *given
		ce = &c
	} else {
		ce.json = slices.Contains(args, "--json") || os.Getenv("IDLEGRID_JSON") == "true" || os.Getenv("IDLEGRID_JSON") == "1"
	}
	ce.verbose = ce.verbose || slices.Contains(args, "--verbose")
	if !ce.json {
		fmt.Fprintln(errOut, "idlegrid:", ce.message)
		if ce.verbose && ce.err.Error() != ce.message {
			fmt.Fprintln(errOut, "  detail:", ce.err.Error())
		}
		return code
	}
	var j errorJSON
	j.Error.Message = ce.message
	switch {
	case code == exitUsage:
		j.Error.Code = "usage"
	case errors.Is(err, errInterrupted):
		j.Error.Code = "interrupted"
	default:
		j.Error.Code = "failed"
	}
	var re *chain.RevertError
	if errors.As(err, &re) {
		j.Error.Code = "reverted"
		j.Error.Revert = &revertJSON{Name: re.Name, Data: hexutil.Encode(re.Raw)}
		if len(re.Args) > 0 {
			j.Error.Revert.Args = map[string]any{}
			for _, a := range re.Args {
				j.Error.Revert.Args[a.Name] = jsonValue(a.Value)
			}
		}
	}
	if ce.err.Error() != ce.message {
		j.Error.Detail = ce.err.Error()
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	if enc.Encode(j) != nil {
		fmt.Fprintln(errOut, "idlegrid:", ce.message)
	}
	return code
}

// jsonValue renders a decoded revert argument for JSON: integers as decimal strings (uint256 does not fit a
// JSON number), byte arrays as hex.
func jsonValue(v any) any {
	switch x := v.(type) {
	case *big.Int:
		return x.String()
	case [32]byte:
		return hexutil.Encode(x[:])
	case []byte:
		return hexutil.Encode(x)
	case common.Address:
		return x.Hex()
	case uint8, uint16, uint32, uint64, int64:
		return fmt.Sprint(x)
	}
	return v
}

// explain is err's message for people. A revert the protocol's contracts raise for an everyday reason is said
// in tokens and hours, naming the role and the fix; the raw revert stays in the error (--verbose, --json).
func explain(c *cli.Context, err error) string {
	msg := err.Error()
	var re *chain.RevertError
	if errors.As(err, &re) {
		if m := explainRevert(re, revertContext{command: commandPath(c), token: tokenHint(c), devChain: onDevChain(c)}); m != "" {
			msg = m
		}
	}
	var note *noteErr
	if errors.As(err, &note) && !strings.Contains(msg, note.note) {
		msg += "\n" + note.note
	}
	return msg
}

// revertContext is what an explanation needs to know of the command that reverted.
type revertContext struct {
	command  string       // "lease extend"
	token    amount.Token // the token the command moves
	devChain bool         // the faucet is there
}

// explainRevert says a known revert for people, or "" for one it does not know.
func explainRevert(re *chain.RevertError, c revertContext) string {
	big_ := func(name string) *big.Int {
		v, _ := re.Arg(name)
		switch x := v.(type) {
		case *big.Int:
			return x
		case uint8:
			return big.NewInt(int64(x))
		case uint16:
			return big.NewInt(int64(x))
		case uint32:
			return big.NewInt(int64(x))
		case uint64:
			return new(big.Int).SetUint64(x)
		}
		return nil
	}
	grid := func(v *big.Int) string { return amount.Format(v, amount.GRID) }
	hours := func(v *big.Int) string {
		if v == nil {
			return "?"
		}
		return amount.FormatDuration(time.Duration(v.Int64()) * time.Second)
	}
	switch re.Name {
	case "InsufficientFreeStake":
		free, required := big_("free"), big_("required")
		if free == nil || required == nil {
			return ""
		}
		role := oracle.Role(0)
		if r := big_("role"); r != nil {
			role = oracle.Role(r.Uint64())
		}
		more := new(big.Int).Sub(required, free)
		return fmt.Sprintf("your %s stake has %s free, %s is needed: stake %s more (idlegrid stake add %s --role %s), or delist machines to free some",
			role, grid(free), grid(required), grid(more), amount.FormatNumber(more, amount.GRID.Decimals), role)
	case "ERC20InsufficientBalance":
		balance, needed := big_("balance"), big_("needed")
		if balance == nil || needed == nil {
			return ""
		}
		unit := c.token
		fix := "add funds to the account"
		if c.devChain {
			fix = "on a dev chain, get more with `idlegrid token faucet`"
		}
		return fmt.Sprintf("not enough %s: the account holds %s, %s is needed (%s short); %s",
			unit.Symbol, amount.Format(balance, unit), amount.Format(needed, unit), amount.Format(new(big.Int).Sub(needed, balance), unit), fix)
	case "ERC20InsufficientAllowance":
		allowance, needed := big_("allowance"), big_("needed")
		if allowance == nil || needed == nil {
			return ""
		}
		unit := c.token
		return fmt.Sprintf("the contract may pull only %s of your %s, %s is needed: approve more with `idlegrid token approve`",
			amount.Format(allowance, unit), unit.Symbol, amount.Format(needed, unit))
	case "SafeCastOverflowedUintDowncast":
		bits, value := big_("bits"), big_("value")
		if bits == nil || value == nil {
			return ""
		}
		return fmt.Sprintf("a number is too large for the contract: %s does not fit in %s bits (a quote for more than 65535 GPUs, or a price or duration far too large)", value, bits)
	case "InvalidDuration":
		duration, minDuration, maxDuration := big_("duration"), big_("minDuration"), big_("maxDuration")
		if duration == nil || maxDuration == nil {
			return ""
		}
		if strings.HasSuffix(c.command, "extend") {
			return fmt.Sprintf("the lease cannot be extended by %s: the longest allowed extension is %s (the quote's maximum lease length minus the time already booked)", hours(duration), hours(maxDuration))
		}
		if minDuration != nil && duration.Cmp(minDuration) < 0 {
			return fmt.Sprintf("a lease of %s is shorter than the quote's minimum of %s: book at least that (it is billed anyway)", hours(duration), hours(minDuration))
		}
		return fmt.Sprintf("a lease of %s is longer than the quote allows: at most %s", hours(duration), hours(maxDuration))
	case "QuoteExpired":
		if expiry := big_("expiry"); expiry != nil {
			return fmt.Sprintf("the quote expired at %s: ask the provider for a new one", when(expiry.Uint64()))
		}
		return "the quote expired: ask the provider for a new one"
	case "QuoteNonceUsed":
		return "the quote was used up (a single-use quote opens one lease) or cancelled by its provider: ask the provider for a new one"
	case "InsufficientFreeGpus":
		if big_("free") == nil || big_("requested") == nil {
			return ""
		}
		return fmt.Sprintf("the machine has %s GPUs free, the quote asks for %s: another lease holds the rest (they free up when it ends)", big_("free"), big_("requested"))
	case "LeaseNotFound":
		if big_("leaseId") == nil {
			return ""
		}
		return fmt.Sprintf("there is no lease %s (see `idlegrid lease ls`)", big_("leaseId"))
	case "NotRenter":
		if big_("leaseId") == nil {
			return ""
		}
		return fmt.Sprintf("lease %s belongs to another renter: only its renter may do this", big_("leaseId"))
	case "NotProvider":
		if big_("leaseId") == nil {
			return ""
		}
		return fmt.Sprintf("lease %s belongs to another provider: only its provider may do this", big_("leaseId"))
	case "StalePrice", "NoPrice":
		fix := "pay in USD (--pay usd) until the inspectors post a fresh price"
		if c.devChain {
			fix += ", or post one on this dev chain with `idlegrid price post`"
		}
		return "there is no fresh GRID/USD price to convert the lease at: " + fix
	case "DepositAboveMax":
		unit := c.token
		if big_("deposit") == nil || big_("maxDeposit") == nil {
			return ""
		}
		return fmt.Sprintf("the deposit would be %s, above your --max-deposit of %s: the price moved; retry, or allow more with --max-deposit",
			amount.Format(big_("deposit"), unit), amount.Format(big_("maxDeposit"), unit))
	}
	return explainV2Revert(re, c, big_)
}

// tokenHint is the token a command moves, from its flags: GRID for staking, the --pay or --token token
// otherwise (USD when none is given).
func tokenHint(c *cli.Context) amount.Token {
	path := commandPath(c)
	if strings.HasPrefix(path, "stake") {
		return amount.GRID
	}
	for _, name := range []string{payFlag.Name, tokenFlag.Name} {
		if v := flagContext(c, name).String(name); v != "" {
			if p, err := oracle.ParsePayToken(v); err == nil {
				return p.Unit()
			}
		}
	}
	return amount.USD
}

// onDevChain reports whether the command's deployment is a local dev chain (where the faucet runs).
func onDevChain(c *cli.Context) bool {
	d, err := deployment.Load(flagString(c, deploymentFlag))
	return err == nil && deployment.IsDevChain(d.ChainID)
}

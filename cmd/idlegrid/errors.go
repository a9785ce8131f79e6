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

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	revertsentence "github.com/idlegrid/idlegrid/oracle/explain"
)

// Exit codes: a mistake in what was typed, or a failure.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// usageErr is a mistake in what the user typed (exit code 2): it names the flag or argument and what to give
// instead, in one line.
type usageErr struct{ msg string }

func (e *usageErr) Error() string { return e.msg }

// usageError is an error in what the user typed.
func usageError(format string, args ...any) error { return &usageErr{fmt.Sprintf(format, args...)} }

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
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &u):
		return exitUsage
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

// explainRevert says a known revert for people, or "" for one it does not know: the sentences are
// oracle/explain's table, which the web console shares.
func explainRevert(re *chain.RevertError, c revertContext) string {
	return revertsentence.Sentence(re.Name, re.Arg, revertsentence.Context{CLI: true, Token: c.token, DevChain: c.devChain,
		Extend: strings.HasSuffix(c.command, "extend")})
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

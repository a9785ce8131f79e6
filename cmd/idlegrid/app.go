package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/rs/zerolog"
	"github.com/urfave/cli/v2"
)

// Global flags, declared once and read by every command.
var (
	jsonFlag = &cli.BoolFlag{
		Name:     "json",
		Usage:    "print machine-readable JSON instead of tables",
		EnvVars:  []string{"IDLEGRID_JSON"},
		Category: "OUTPUT",
	}
	verboseFlag = &cli.BoolFlag{
		Name:     "verbose",
		Usage:    "with an error, also print the raw error (the contract's revert with its arguments)",
		EnvVars:  []string{"IDLEGRID_VERBOSE"},
		Category: "OUTPUT",
	}
	logLevelFlag = &cli.StringFlag{
		Name:     "log-level",
		Usage:    "log verbosity: trace, debug, info, warn, error or disabled (logs go to stderr)",
		Value:    "warn",
		EnvVars:  []string{"IDLEGRID_LOG_LEVEL"},
		Category: "LOGGING",
	}
)

// commandGroups are the CLI's command groups, one constructor per group, each in its own file.
var commandGroups = []func() *cli.Command{
	devnetCommand,
	deployCommand,
	accountCommand,
	tokenCommand,
	stakeCommand,
	machineCommand,
	quoteCommand,
	leaseCommand,
	providerCommand,
	jobCommand,
	rewardsCommand,
	gpuCommand,
	indexerCommand,
	inspectorCommand,
	marketCommand,
	priceCommand,
	txCommand,
	swapCommand,
	govCommand,
}

// newApp builds the CLI writing to out and errOut.
func newApp(out, errOut io.Writer) *cli.App {
	app := &cli.App{
		Name:      "idlegrid",
		Usage:     "rent out idle GPUs, rent them, or inspect them",
		Writer:    out,
		ErrWriter: errOut,
		Flags:     append([]cli.Flag{logLevelFlag}, chainFlags...),
		// A mistake in what was typed is one line naming the command, never the whole help page.
		OnUsageError: onUsageError,
		Before: func(c *cli.Context) error {
			if _, err := zerolog.ParseLevel(strings.ToLower(c.String(logLevelFlag.Name))); err != nil {
				return usageError("--%s %q: give trace, debug, info, warn, error or disabled", logLevelFlag.Name, c.String(logLevelFlag.Name))
			}
			return nil
		},
		// Errors are returned to main, which prints them and sets the exit code; the library must not
		// exit the process on its own.
		ExitErrHandler: func(*cli.Context, error) {},
		Metadata:       map[string]any{"interrupts": newInterrupts(errOut, os.Exit)},
	}
	for _, group := range commandGroups {
		app.Commands = append(app.Commands, group())
	}
	app.Action = groupAction
	shapeCommands(app.Commands)
	return app
}

// shapeCommands gives every command the CLI's usage-error handling, and every command group an action that
// refuses an unknown subcommand (urfave would print the help page and exit 0).
func shapeCommands(cmds []*cli.Command) {
	for _, c := range cmds {
		c.OnUsageError = onUsageError
		if len(c.Subcommands) > 0 {
			if c.Action == nil {
				c.Action = groupAction
			}
			shapeCommands(c.Subcommands)
		} else if run := c.Action; run != nil {
			c.Action = func(c *cli.Context) error { return failed(c, run(c)) }
		}
	}
}

// groupAction shows a group's help when no subcommand is given, and refuses an unknown one.
func groupAction(c *cli.Context) error {
	if c.Args().Present() {
		where := "idlegrid"
		if p := commandPath(c); p != "" {
			where += " " + p
		}
		return usageError("%s: unknown command %q (see `%s --help`)", where, c.Args().First(), where)
	}
	return cli.ShowSubcommandHelp(c)
}

// onUsageError turns the flag parser's errors into one-line usage errors naming the full command.
func onUsageError(c *cli.Context, err error, _ bool) error {
	where := "idlegrid"
	if p := commandPath(c); p != "" {
		where += " " + p
	}
	msg := err.Error()
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
		if _, perr := strconv.ParseFloat(strings.TrimLeft(name, "-"), 64); perr == nil {
			return usageError("%s: -%s: negative numbers are not accepted (amounts, hours and IDs are positive)", where, name)
		}
	}
	return usageError("%s: %s (see `%s --help`)", where, msg, where)
}

// logger is the logger every command passes to the components it builds.
func logger(c *cli.Context) zerolog.Logger {
	level, err := zerolog.ParseLevel(strings.ToLower(c.String(logLevelFlag.Name)))
	if err != nil {
		level = zerolog.WarnLevel
	}
	return zerolog.New(zerolog.ConsoleWriter{Out: c.App.ErrWriter, NoColor: true}).Level(level).With().Timestamp().Logger()
}

package main

import (
	"fmt"
	"io"
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
	rewardsCommand,
	gpuCommand,
	indexerCommand,
	marketCommand,
}

// newApp builds the CLI writing to out and errOut.
func newApp(out, errOut io.Writer) *cli.App {
	app := &cli.App{
		Name:      "idlegrid",
		Usage:     "rent out idle GPUs, rent them, or inspect them",
		Writer:    out,
		ErrWriter: errOut,
		Flags:     append([]cli.Flag{logLevelFlag}, chainFlags...),
		Before: func(c *cli.Context) error {
			_, err := zerolog.ParseLevel(c.String(logLevelFlag.Name))
			if err != nil {
				return fmt.Errorf("--%s: %w", logLevelFlag.Name, err)
			}
			return nil
		},
		// Errors are returned to main, which prints them and sets the exit code; the library must not
		// exit the process on its own.
		ExitErrHandler: func(*cli.Context, error) {},
	}
	for _, group := range commandGroups {
		app.Commands = append(app.Commands, group())
	}
	return app
}

// logger is the logger every command passes to the components it builds.
func logger(c *cli.Context) zerolog.Logger {
	level, err := zerolog.ParseLevel(strings.ToLower(c.String(logLevelFlag.Name)))
	if err != nil {
		level = zerolog.WarnLevel
	}
	return zerolog.New(zerolog.ConsoleWriter{Out: c.App.ErrWriter, NoColor: true}).Level(level).With().Timestamp().Logger()
}

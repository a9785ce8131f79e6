// Command idlegrid is the one CLI of the idlegrid protocol. This file only runs the app; app.go wires
// the command groups, one file per group.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	app := newApp(os.Stdout, os.Stderr)
	intr := interruptsOf(app)
	signals := make(chan os.Signal, 2)
	signal.Notify(signals, os.Interrupt, syscall.SIGTERM)
	intr.watch(signals)
	err := app.RunContext(intr.context(context.Background()), os.Args)
	intr.done()
	os.Exit(reportError(os.Stdout, os.Stderr, err, os.Args))
}

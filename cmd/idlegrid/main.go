// Command idlegrid is the one CLI of the idlegrid protocol. This file only runs the app; app.go wires
// the command groups, one file per group.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := newApp(os.Stdout, os.Stderr).RunContext(ctx, os.Args)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "idlegrid:", err)
		os.Exit(1)
	}
}

package main

import (
	"slices"
	"testing"

	"github.com/urfave/cli/v2"
)

// TestSplitShellArgs: `lease shell` takes its flags before or after the lease id; the command starts at "--"
// or at the first word after the id that is none of its flags, and keeps its own flags.
func TestSplitShellArgs(t *testing.T) {
	var shell *cli.Command
	for _, c := range gatewayCommands() {
		if c.Name == "shell" {
			shell = c
		}
	}
	if shell == nil {
		t.Fatal("no lease shell command")
	}
	c := &cli.Context{Command: shell}
	for _, tc := range []struct {
		args, ours, cmd []string
	}{
		{[]string{"1"}, []string{"1"}, nil},
		{[]string{"1", "--dev-account", "2"}, []string{"1", "--dev-account", "2"}, nil},
		{[]string{"--dev-account", "2", "1", "ls", "-la"}, []string{"--dev-account", "2", "1"}, []string{"ls", "-la"}},
		{[]string{"1", "--dev-account=2", "ls", "-la", "--dev-account", "3"}, []string{"1", "--dev-account=2"}, []string{"ls", "-la", "--dev-account", "3"}},
		{[]string{"1", "--json", "echo", "x"}, []string{"1", "--json"}, []string{"echo", "x"}},
		{[]string{"--nope", "1", "ls"}, []string{"--nope", "1"}, []string{"ls"}}, // interspersed names the unknown flag
	} {
		ours, cmd := splitShellArgs(c, tc.args)
		if !slices.Equal(ours, tc.ours) || !slices.Equal(cmd, tc.cmd) {
			t.Errorf("%q: ours %q, command %q; want %q, %q", tc.args, ours, cmd, tc.ours, tc.cmd)
		}
	}
}

package main

import (
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"

	"github.com/ipfs/go-cid"
	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	gatewayEndpointFlag = &cli.StringFlag{
		Name:     "endpoint",
		Usage:    "HOST:PORT of the provider node's gateway (default: the endpoint its machine is listed with, else devnet's 127.0.0.1:8549)",
		Value:    "127.0.0.1:8549",
		EnvVars:  []string{"IDLEGRID_GATEWAY"},
		Category: "GATEWAY",
	}
	followFlag = &cli.BoolFlag{Name: "follow", Aliases: []string{"f"}, Usage: "keep printing new output until Ctrl-C", Category: "GATEWAY"}
	tailFlag   = &cli.IntFlag{Name: "tail", Usage: "only the last N lines to start with (0: all)", Category: "GATEWAY"}
	outFlag    = &cli.StringFlag{Name: "out", Usage: "write the output CAR to FILE", Value: "output.car", Category: "GATEWAY"}
)

// gatewayCommands are the lease subcommands that reach the lease's container through its provider's gateway.
func gatewayCommands() []*cli.Command {
	return []*cli.Command{
		{Name: "status", Usage: "your lease's container: state, GPU use, uptime, ports (through the provider's gateway)", ArgsUsage: "ID",
			Flags: withChainFlags(gatewayEndpointFlag), Action: action(leaseStatus)},
		{Name: "logs", Usage: "your lease's container's stdout and stderr", ArgsUsage: "ID",
			Flags: withChainFlags(gatewayEndpointFlag, followFlag, tailFlag), Action: action(leaseLogs)},
		{Name: "shell", Usage: "a shell in your lease's container, or one command: idlegrid lease shell ID [-- CMD ARGS...]", ArgsUsage: "ID [-- CMD...]",
			Flags: withChainFlags(gatewayEndpointFlag), Action: leaseShell},
		{Name: "forward", Usage: "forward a local TCP port to a port the job publishes (Jupyter, SSH, a web UI)", ArgsUsage: "ID LOCAL:REMOTE",
			Flags: withChainFlags(gatewayEndpointFlag), Action: action(leaseForward)},
		{Name: "output", Usage: "download the job's output folder (a CAR) once it has exited", ArgsUsage: "ID",
			Flags: withChainFlags(gatewayEndpointFlag, outFlag), Action: action(leaseOutput)},
	}
}

// gatewayClient connects to the lease's provider's gateway as the renter: tokens are signed with the
// account's key, and the gateway must prove it holds the provider's key (read from the chain).
func gatewayClient(c *cli.Context, args []string) (*session, *gw.Client, uint64, error) {
	id, err := leaseID(c, args[:min(len(args), 1)])
	if err != nil {
		return nil, nil, 0, err
	}
	s, err := connect(c, true)
	if err != nil {
		return nil, nil, 0, err
	}
	l, err := protocol.NewLeases(s.conn).Get(s.ctx, id)
	if err != nil {
		s.Close()
		return nil, nil, 0, err
	}
	if l.Renter != s.signer.Address() {
		s.Close()
		return nil, nil, 0, fmt.Errorf("lease %s is %s's, not %s's: only its renter reaches its container", id, l.Renter.Hex(), s.signer.Address().Hex())
	}
	tokens, err := gw.NewSignerTokens(s.signer, oracle.GatewayDomain(s.conn.ChainID(), s.d.Contracts.LeaseEscrow), l.Provider, 10*time.Minute, nil)
	if err != nil {
		s.Close()
		return nil, nil, 0, err
	}
	endpoint := flagString(c, gatewayEndpointFlag)
	if !set(c, gatewayEndpointFlag.Name) {
		// The machine's listing names its node's endpoint (protocol v2); the TLS check binds it to the provider.
		m, err := protocol.NewMachines(s.conn).Get(s.ctx, l.MachineID)
		if err != nil {
			s.Close()
			return nil, nil, 0, err
		}
		if m.Endpoint != "" {
			endpoint = strings.TrimPrefix(strings.TrimPrefix(m.Endpoint, "https://"), "wss://")
		}
	}
	gc, err := gw.NewClient(gw.ClientConfig{Endpoint: endpoint, Provider: l.Provider, Tokens: tokens, Log: s.log})
	if err != nil {
		s.Close()
		return nil, nil, 0, usageError("--%s: %v", gatewayEndpointFlag.Name, err)
	}
	return s, gc, id.Uint64(), nil
}

func leaseStatus(c *cli.Context, args []string) error {
	s, gc, id, err := gatewayClient(c, args)
	if err != nil {
		return err
	}
	defer s.Close()
	defer gc.Close()
	st, err := gc.Status(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emit(st, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "lease\t%d\nstate\t%s\n", st.Lease, st.State)
		if st.Image != "" {
			fmt.Fprintf(tw, "image\t%s\n", st.Image)
		}
		if st.State == gw.StateRunning {
			fmt.Fprintf(tw, "uptime\t%s\n", time.Duration(st.UptimeSeconds)*time.Second)
		}
		if st.ExitCode != nil {
			fmt.Fprintf(tw, "exit code\t%d\n", *st.ExitCode)
		}
		if st.Error != "" {
			fmt.Fprintf(tw, "note\t%s\n", st.Error)
		}
		for _, p := range st.Ports {
			fmt.Fprintf(tw, "port\t%d/%s (idlegrid lease forward %d LOCAL:%d)\n", p.Port, p.Protocol, id, p.Port)
		}
		for _, g := range st.GPUs {
			fmt.Fprintf(tw, "gpu %d\t%s %s: %d%% busy, %d of %d MiB\n", g.Index, g.Name, g.UUID, g.UtilizationPct, g.MemoryUsedBytes>>20, g.MemoryTotalBytes>>20)
		}
		if st.Output != "" {
			fmt.Fprintf(tw, "output\t%s (idlegrid lease output %d)\n", st.Output, id)
		}
	})
}

func leaseLogs(c *cli.Context, args []string) error {
	if n := c.Int(tailFlag.Name); n < 0 {
		return usageError("--%s %d: give a number of lines, 0 or more (0: all)", tailFlag.Name, n) // it printed all
	}
	s, gc, id, err := gatewayClient(c, args)
	if err != nil {
		return err
	}
	defer s.Close()
	defer gc.Close()
	err = gc.Logs(s.ctx, id, gw.LogOptions{Follow: c.Bool(followFlag.Name), Tail: c.Int(tailFlag.Name)}, c.App.Writer, c.App.ErrWriter)
	if errors.Is(err, errInterrupted) || s.ctx.Err() != nil {
		return nil // Ctrl-C ends a followed log
	}
	return err
}

// leaseShell runs a shell (a terminal when stdin is one) or the command after "--", and exits with its code.
// splitShellArgs splits `lease shell` arguments given without "--" into ours (the lease id and our flags, with
// their values) and the command: the second argument that is not one of our flags, and all after it.
func splitShellArgs(c *cli.Context, args []string) (ours, cmd []string) {
	seen := 0
	for i := 0; i < len(args); i++ {
		a := args[i]
		if len(a) > 1 && a[0] == '-' && (a[1] < '0' || a[1] > '9') {
			name, _, hasVal := strings.Cut(strings.TrimLeft(a, "-"), "=")
			var flag cli.Flag
			for _, f := range c.Command.Flags {
				if slices.Contains(f.Names(), name) {
					flag = f
				}
			}
			if flag != nil || seen == 0 { // an unknown flag before the id: interspersed names it
				ours = append(ours, a)
				if _, isBool := flag.(*cli.BoolFlag); flag != nil && !isBool && !hasVal && i+1 < len(args) {
					i++
					ours = append(ours, args[i])
				}
				continue
			}
		}
		if seen == 1 {
			return ours, args[i:]
		}
		seen++
		ours = append(ours, a)
	}
	return ours, nil
}

func leaseShell(c *cli.Context) error {
	args := c.Args().Slice()
	var cmd []string
	for i, a := range args {
		if a == "--" {
			args, cmd = args[:i], args[i+1:]
			break
		}
	}
	// Flags may follow the lease id (lease shell 1 --dev-account 2 -- CMD), as in every other command; without
	// "--" the command starts at the first argument after the id that is no flag of ours (lease shell 1 ls -la).
	if cmd == nil {
		args, cmd = splitShellArgs(c, args)
	}
	args, err := interspersed(c, args)
	if err != nil {
		return failed(c, err)
	}
	s, gc, id, err := gatewayClient(c, args)
	if err != nil {
		return failed(c, err)
	}
	defer s.Close()
	defer gc.Close()
	req := gw.ShellRequest{Cmd: cmd, Stdin: os.Stdin, Stdout: c.App.Writer, Stderr: c.App.ErrWriter}
	fd := int(os.Stdin.Fd())
	if term.IsTerminal(fd) && len(cmd) == 0 {
		cols, rows, _ := term.GetSize(fd)
		req.TTY, req.Size = true, gw.TermSize{Cols: uint16(cols), Rows: uint16(rows)}
		old, err := term.MakeRaw(fd)
		if err == nil {
			defer term.Restore(fd, old)
		}
		resize := make(chan gw.TermSize, 1)
		winch := make(chan os.Signal, 1)
		signal.Notify(winch, syscall.SIGWINCH)
		defer signal.Stop(winch)
		go func() {
			for range winch {
				if cols, rows, err := term.GetSize(fd); err == nil {
					select {
					case resize <- gw.TermSize{Cols: uint16(cols), Rows: uint16(rows)}:
					default:
					}
				}
			}
		}()
		req.Resize = resize
	}
	code, err := gc.Shell(s.ctx, id, req)
	if err != nil {
		return failed(c, err)
	}
	if code != 0 {
		return cli.Exit("", code)
	}
	return nil
}

func leaseForward(c *cli.Context, args []string) error {
	if len(args) != 2 {
		return usageError("give the lease and the ports: idlegrid lease forward ID LOCAL:REMOTE (e.g. 8888:8888)")
	}
	// REMOTE follows the last colon: LOCAL is a port or an address with its port (127.0.0.1:8888:8888).
	i := strings.LastIndex(args[1], ":")
	rp, err := strconv.ParseUint(args[1][i+1:], 10, 16)
	if i <= 0 || err != nil || rp == 0 {
		return usageError("%q: give LOCAL:REMOTE ports, e.g. 8888:8888 (or 127.0.0.1:8888:8888)", args[1])
	}
	local := args[1][:i]
	if !strings.Contains(local, ":") {
		local = "127.0.0.1:" + local
	}
	s, gc, id, err := gatewayClient(c, args[:1])
	if err != nil {
		return err
	}
	defer s.Close()
	defer gc.Close()
	ln, err := net.Listen("tcp", local)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", local, err)
	}
	fmt.Fprintf(c.App.ErrWriter, "forwarding %s to port %d of lease %d's container (Ctrl-C stops)\n", ln.Addr(), rp, id)
	err = gc.ServeForward(s.ctx, id, ln, uint16(rp))
	if s.ctx.Err() != nil {
		return nil
	}
	return err
}

func leaseOutput(c *cli.Context, args []string) error {
	s, gc, id, err := gatewayClient(c, args)
	if err != nil {
		return err
	}
	defer s.Close()
	defer gc.Close()
	// The node names the output's CID; the CAR it sends is checked against it as it is written, so an altered,
	// foreign or endless output is refused (and its file removed) rather than saved as the job's.
	st, err := gc.Status(s.ctx, id)
	if err != nil {
		return err
	}
	if st.Output == "" {
		return fmt.Errorf("lease %d's job has no output (yet): it is %s (see `idlegrid lease status %d`)", id, st.State, id)
	}
	root, err := cid.Decode(st.Output)
	if err != nil {
		return fmt.Errorf("the node names output %q, which is not a CID", st.Output)
	}
	path := c.String(outFlag.Name)
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	cw := &countWriter{w: f}
	pr, pw := io.Pipe()
	fetched := make(chan error, 1)
	go func() {
		err := gc.Output(s.ctx, id, pw)
		pw.CloseWithError(err)
		fetched <- err
	}()
	err = content.VerifyCAR(s.ctx, io.TeeReader(pr, cw), root, content.Limits{})
	if err != nil {
		err = fmt.Errorf("the node's output of lease %d is not %s, the CID it names: %w", id, root, err)
	}
	pr.CloseWithError(errors.New("output check done"))
	if ferr := <-fetched; err == nil && ferr != nil {
		err = ferr
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path)
		return err
	}
	return s.emit(map[string]any{"file": path, "bytes": cw.n, "cid": root.String()}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "wrote %s (%d bytes): a CAR of the job's output folder %s, every block checked against it\n", path, cw.n, root)
	})
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

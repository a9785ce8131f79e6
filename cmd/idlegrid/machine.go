package main

import (
	"context"
	"fmt"
	"net"
	"net/url"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	machineNameFlag = &cli.StringFlag{
		Name:     "name",
		Usage:    "your NAME for the machine (rig-1): its id is derived from it and your address",
		Category: "MACHINE",
	}
	machineIDFlag = &cli.StringFlag{
		Name:     "id",
		Usage:    "machine ID (0x and 64 hex digits) instead of --name",
		Category: "MACHINE",
	}
	classFlagMachine = &cli.StringFlag{
		Name:     "class",
		Usage:    "GPU CLASS: " + strings.Join(gpuclass.Names(), ", ") + " (" + gpuclass.SIM + ": simulated, dev chains)",
		Category: "MACHINE",
	}
	gpusFlag = &cli.UintFlag{
		Name:     "gpus",
		Usage:    "number of GPUS",
		Category: "MACHINE",
	}
	metadataFlag = &cli.StringFlag{
		Name:     "metadata",
		Usage:    "metadata CID or URL describing the machine (region, CPU, RAM, disk)",
		Category: "MACHINE",
	}
	endpointFlag = &cli.StringFlag{
		Name:     "endpoint",
		Usage:    "ENDPOINT where your provider node answers (https://host:port): renters and inspectors find the machine there from chain state alone",
		Category: "MACHINE",
	}
	providerFlag = &cli.StringFlag{
		Name:     "provider",
		Usage:    "provider ADDRESS (default: your account)",
		Category: "MACHINE",
	}
)

func machineCommand() *cli.Command {
	return &cli.Command{
		Name:  "machine",
		Usage: "list your machines for rent (providers), delist them, show them",
		Subcommands: []*cli.Command{
			{Name: "list", Usage: "list a machine for rent, locking the class's stake per GPU from your provider stake",
				Flags: withChainFlags(machineNameFlag, machineIDFlag, classFlagMachine, gpusFlag, metadataFlag, endpointFlag), Action: action(machineList)},
			{Name: "delist", Usage: "delist a machine (no open lease may hold its GPUs) and unlock its stake", ArgsUsage: "MACHINE",
				Flags: withChainFlags(), Action: action(machineDelist)},
			{Name: "update", Usage: "point a listed machine at a new metadata CID or URL (its spec: region, CPU, RAM, disk) or a new --endpoint", ArgsUsage: "MACHINE",
				Flags: withChainFlags(metadataFlag, endpointFlag), Action: action(machineUpdate)},
			{Name: "show", Usage: "show a machine (MACHINE: its id, or its name with --provider or your account)", ArgsUsage: "MACHINE",
				Flags: withChainFlags(providerFlag, waitVerifiedFlag), Action: action(machineShow)},
			{Name: "ls", Usage: "show a provider's machines", Flags: withChainFlags(providerFlag), Action: action(machineLs)},
		},
	}
}

// machineRef resolves a machine given as an id or as a name of provider's.
func machineRef(ref string, provider func() (common.Address, error)) (common.Hash, error) {
	if ref == "" {
		return common.Hash{}, usageError("give the machine: its id (0x…) or its name")
	}
	if id, ok := protocol.ParseMachineID(ref); ok {
		return id, nil
	}
	p, err := provider()
	if err != nil {
		return common.Hash{}, fmt.Errorf("machine name %q: %w", ref, err)
	}
	return protocol.MachineID(p, ref), nil
}

func providerOf(c *cli.Context, d deployment.Deployment) func() (common.Address, error) {
	return func() (common.Address, error) { return self(c, d, providerFlag) }
}

func machineList(c *cli.Context, args []string) error {
	name, idArg := c.String(machineNameFlag.Name), c.String(machineIDFlag.Name)
	switch {
	case name == "" && idArg == "":
		return usageError("give the machine a --name (or an --id)")
	case name != "" && idArg != "":
		return usageError("give --name or --id, not both")
	case c.String(classFlagMachine.Name) == "":
		return usageError("give the GPU --class (e.g. --class RTX4090, or SIM on devnet)")
	case c.Uint(gpusFlag.Name) == 0 || c.Uint(gpusFlag.Name) > 1<<16:
		return usageError("give the number of GPUs with --gpus (1-65536)")
	}
	endpoint, err := checkEndpoint(c.String(endpointFlag.Name))
	if err != nil {
		return err
	}
	if len(c.String(metadataFlag.Name)) > protocol.MaxStringLength {
		return usageError("--metadata: %d bytes, at most %d are stored on chain", len(c.String(metadataFlag.Name)), protocol.MaxStringLength)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	id := protocol.MachineID(s.signer.Address(), name)
	if idArg != "" {
		var ok bool
		if id, ok = protocol.ParseMachineID(idArg); !ok {
			return usageError("--id %q: give 0x and 64 hex digits", idArg)
		}
	}
	tx, m, err := protocol.NewMachines(s.conn).List(s.ctx, protocol.Listing{ID: id, Class: c.String(classFlagMachine.Name), GPUs: uint32(c.Uint(gpusFlag.Name)),
		Metadata: c.String(metadataFlag.Name), Endpoint: endpoint})
	if chain.IsRevert(err, "InsufficientFreeStake") {
		return fmt.Errorf("%w: stake more with `idlegrid stake add AMOUNT` (see `idlegrid stake show`)", err)
	}
	if err != nil {
		return err
	}
	return s.emitMachines([]protocol.Machine{m}, tx)
}

func machineDelist(c *cli.Context, args []string) error {
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	id, err := machineRef(first(args), func() (common.Address, error) { return s.signer.Address(), nil })
	if err != nil {
		return err
	}
	tx, err := protocol.NewMachines(s.conn).Delist(s.ctx, id)
	if chain.IsRevert(err, "GpusStillReserved") {
		return fmt.Errorf("%w: open leases hold its GPUs; they end on their own, or end them with `idlegrid lease end ID`", err)
	}
	if err != nil {
		return err
	}
	m, err := protocol.NewMachines(s.conn).Get(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emitMachines([]protocol.Machine{m}, tx)
}

func machineUpdate(c *cli.Context, args []string) error {
	if !c.IsSet(metadataFlag.Name) && !c.IsSet(endpointFlag.Name) {
		return usageError("give the new --%s (a CID or URL) or --%s (or both)", metadataFlag.Name, endpointFlag.Name)
	}
	endpoint, err := checkEndpoint(c.String(endpointFlag.Name))
	if err != nil {
		return err
	}
	if len(c.String(metadataFlag.Name)) > protocol.MaxStringLength {
		return usageError("--metadata: %d bytes, at most %d are stored on chain", len(c.String(metadataFlag.Name)), protocol.MaxStringLength)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	id, err := machineRef(first(args), func() (common.Address, error) { return s.signer.Address(), nil })
	if err != nil {
		return err
	}
	machines := protocol.NewMachines(s.conn)
	// The registry writes both: keep the current value of the one not given.
	cur, err := machines.Get(s.ctx, id)
	if err != nil {
		return err
	}
	metadata := cur.Metadata
	if c.IsSet(metadataFlag.Name) {
		metadata = c.String(metadataFlag.Name)
	}
	if !c.IsSet(endpointFlag.Name) {
		endpoint = cur.Endpoint
	}
	tx, err := machines.Update(s.ctx, id, metadata, endpoint)
	if err != nil {
		return err
	}
	m, err := machines.Get(s.ctx, id)
	if err != nil {
		return err
	}
	return s.emitMachines([]protocol.Machine{m}, tx)
}

func machineShow(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	id, err := machineRef(first(args), providerOf(c, s.d))
	if err != nil {
		return err
	}
	m, err := protocol.NewMachines(s.conn).Get(s.ctx, id)
	if err != nil {
		return err
	}
	if wait := c.Duration(waitVerifiedFlag.Name); wait > 0 {
		if m, err = waitVerified(s, id, wait); err != nil {
			return err
		}
	}
	return s.emitMachines([]protocol.Machine{m})
}

var waitVerifiedFlag = &cli.DurationFlag{
	Name:  "wait-verified",
	Usage: "wait at most this long for the inspectors' hardware verification of the machine to be current, then show it",
}

// waitVerified polls machine id until a hardware verification holds on the chain's clock, for at most wait.
func waitVerified(s *session, id common.Hash, wait time.Duration) (protocol.Machine, error) {
	ctx, cancel := context.WithTimeout(s.ctx, wait)
	defer cancel()
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		m, err := protocol.NewMachines(s.conn).Get(ctx, id)
		var now uint64
		if err == nil {
			now, err = s.conn.Now(ctx)
		}
		switch {
		case err == nil && m.VerifiedAt > 0 && m.VerifiedUntil > now:
			return m, nil
		case ctx.Err() != nil:
			return protocol.Machine{}, fmt.Errorf("machine %s has no current hardware verification after %s (are inspector nodes running?)", id.Hex(), wait)
		case err != nil:
			return protocol.Machine{}, err
		}
		select {
		case <-ctx.Done():
		case <-tick.C:
		}
	}
}

func machineLs(c *cli.Context, args []string) error {
	s, err := connect(c, false)
	if err != nil {
		return err
	}
	defer s.Close()
	p, err := self(c, s.d, providerFlag)
	if err != nil {
		return err
	}
	ms, err := protocol.NewMachines(s.conn).ByProvider(s.ctx, p)
	if err != nil {
		return err
	}
	return s.emitMachines(ms)
}

type machineJSON struct {
	ID            common.Hash    `json:"id"`
	Provider      common.Address `json:"provider"`
	Class         string         `json:"class"`
	GPUs          uint32         `json:"gpus"`
	ReservedGPUs  uint32         `json:"reservedGpus"`
	Listed        bool           `json:"listed"`
	Rentable      bool           `json:"rentable"`
	LockedStake   jsonAmount     `json:"lockedStake"`
	Metadata      string         `json:"metadata"`
	Endpoint      string         `json:"endpoint"`
	VerifiedAt    uint64         `json:"verifiedAt,omitempty"`
	VerifiedUntil uint64         `json:"verifiedUntil,omitempty"`
}

// checkEndpoint refuses an endpoint no node could be reached at: it must be a URL with a scheme and a host
// (https://host:port), or host:port, at most the registry's 256 bytes.
func checkEndpoint(e string) (string, error) {
	e = strings.TrimSpace(e)
	if e == "" {
		return "", nil
	}
	if len(e) > protocol.MaxStringLength {
		return "", usageError("--endpoint: %d bytes, at most %d are stored on chain", len(e), protocol.MaxStringLength)
	}
	if strings.Contains(e, "://") {
		u, err := url.Parse(e)
		if err != nil || u.Host == "" {
			return "", usageError("--endpoint %q: give a URL with a host, e.g. https://rig-1.example.org:8443", e)
		}
		return e, nil
	}
	if _, port, err := net.SplitHostPort(e); err != nil || port == "" {
		return "", usageError("--endpoint %q: give a URL (https://host:port) or host:port", e)
	}
	return e, nil
}

func (s *session) emitMachines(ms []protocol.Machine, txs ...protocol.Tx) error {
	out := struct {
		Machines []machineJSON `json:"machines"`
		Txs      []protocol.Tx `json:"txs,omitempty"`
	}{Machines: []machineJSON{}, Txs: txs}
	for _, m := range ms {
		out.Machines = append(out.Machines, machineJSON{m.ID, m.Provider, m.Class, m.GPUs, m.ReservedGPUs, m.Listed, m.Rentable,
			gridAmt(m.LockedStake), m.Metadata, m.Endpoint, m.VerifiedAt, m.VerifiedUntil})
	}
	now, err := s.conn.Now(s.ctx)
	if err != nil {
		return err
	}
	return s.emit(out, func(tw *tabwriter.Writer) {
		if len(ms) == 0 {
			fmt.Fprintln(tw, "no machines")
		}
		for i, m := range ms {
			if i > 0 {
				fmt.Fprintln(tw)
			}
			state := "listed"
			if !m.Listed {
				state = "delisted"
			}
			fmt.Fprintf(tw, "machine\t%s\n", m.ID.Hex())
			fmt.Fprintf(tw, "provider\t%s\n", m.Provider.Hex())
			fmt.Fprintf(tw, "GPUs\t%d × %s (%d rented, %d free)\n", m.GPUs, m.Class, m.ReservedGPUs, m.FreeGPUs())
			fmt.Fprintf(tw, "state\t%s, %s locked\n", state, amount.Format(m.LockedStake, amount.GRID))
			if m.Metadata != "" {
				fmt.Fprintf(tw, "metadata\t%s\n", m.Metadata)
			}
			if m.Endpoint != "" {
				fmt.Fprintf(tw, "endpoint\t%s\n", m.Endpoint)
			}
			switch {
			case m.VerifiedUntil > now:
				fmt.Fprintf(tw, "hardware\tverified %s, until %s\n", when(m.VerifiedAt), when(m.VerifiedUntil))
			case m.VerifiedUntil > 0:
				fmt.Fprintf(tw, "hardware\tverification expired %s\n", when(m.VerifiedUntil))
			default:
				fmt.Fprintln(tw, "hardware\tnot verified")
			}
			rentable := "yes"
			if !m.Rentable {
				rentable = "no: " + m.WhyNotRentable(now)
			}
			fmt.Fprintf(tw, "rentable\t%s\n", rentable)
		}
		printTxs(tw, txs...)
	})
}

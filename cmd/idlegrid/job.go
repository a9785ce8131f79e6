package main

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/content"
	gw "github.com/idlegrid/idlegrid/oracle/gateway"
	"github.com/idlegrid/idlegrid/oracle/protocol"
	"github.com/idlegrid/idlegrid/provider/job"
)

var jobLeaseFlag = &cli.StringFlag{Name: "lease", Usage: "upload for lease ID (your open lease)", Category: "JOB"}

func jobCommand() *cli.Command {
	return &cli.Command{
		Name:  "job",
		Usage: "check a job spec, hand it to a provider's node, upload a lease's inputs",
		Subcommands: []*cli.Command{
			{Name: "check", Usage: "check a job spec file and print its CID (what a lease binds)", ArgsUsage: "SPEC.json",
				Flags: []cli.Flag{jsonFlag}, Action: action(jobCheck)},
			{Name: "push", Usage: "hand a job spec to the node of a quote's provider before opening the lease (--quote), or run it in your open lease (--lease)",
				ArgsUsage: "SPEC.json", Flags: withChainFlags(quoteFileFlag, jobLeaseFlag, gatewayEndpointFlag), Action: action(jobPush)},
			{Name: "upload", Usage: "upload a file or folder (an input, an image tarball) for your open lease; prints its CID", ArgsUsage: "PATH",
				Flags: withChainFlags(jobLeaseFlag, gatewayEndpointFlag), Action: action(jobUpload)},
		},
	}
}

// readSpec reads and checks a spec file, returning its canonical bytes and CID; errors name the field.
func readSpec(path string) (*job.Spec, []byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, err
	}
	spec, err := job.Decode(raw)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	return spec, spec.Encode(), nil
}

func jobCheck(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the spec file: idlegrid job check SPEC.json")
	}
	spec, _, err := readSpec(args[0])
	if err != nil {
		return err
	}
	return emit(c.App.Writer, flagBool(c, jsonFlag), map[string]any{"cid": spec.CID().String(), "spec": spec}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "%s: a valid job spec, CID %s\n", args[0], spec.CID())
	})
}

func jobPush(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the spec file: idlegrid job push SPEC.json --lease ID (or --quote QUOTE.json before the lease)")
	}
	switch q, l := flagString(c, quoteFileFlag) != "", flagString(c, jobLeaseFlag) != ""; {
	case q && l:
		return usageError("give either --%s (before the lease) or --%s (your open lease), not both", quoteFileFlag.Name, jobLeaseFlag.Name)
	case !q && !l:
		return usageError("--%s: the open lease to run the job in (or --%s QUOTE.json before the lease)", jobLeaseFlag.Name, quoteFileFlag.Name)
	case l:
		return jobPushLease(c, args[0])
	}
	spec, canonical, err := readSpec(args[0])
	if err != nil {
		return err
	}
	qpath := flagString(c, quoteFileFlag)
	sq, err := readQuote(qpath)
	if err != nil {
		return err
	}
	if got := uint32(spec.Resources.GPUs); got != sq.Quote.GPUCount {
		return fmt.Errorf("%s: spec.resources.gpus is %d, the quote is for %d GPUs", args[0], got, sq.Quote.GPUCount)
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	gc, err := renterGateway(s, c, sq.Quote.Provider, sq.Quote.MachineID)
	if err != nil {
		return err
	}
	defer gc.Close()
	got, err := gc.PushJob(s.ctx, canonical)
	if err != nil {
		return err
	}
	if got != spec.CID().String() {
		return fmt.Errorf("the node holds the spec as %s, not %s: it is not the node you meant", got, spec.CID())
	}
	return s.emit(map[string]string{"cid": got}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "the provider's node holds job spec %s: open the lease naming it\n", got)
	})
}

// jobPushLease uploads a spec to the node of an open lease (a CAR of its one block, with the lease's token) and,
// when the lease names no job on chain yet, binds it (LeaseJournal.setJob, as the renter), then waits for the node
// to start it.
func jobPushLease(c *cli.Context, path string) error {
	spec, canonical, err := readSpec(path)
	if err != nil {
		return err
	}
	s, gc, id, err := gatewayClient(c, []string{flagString(c, jobLeaseFlag)})
	if err != nil {
		return err
	}
	defer s.Close()
	defer gc.Close()
	l, err := protocol.NewLeases(s.conn).Get(s.ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return err
	}
	if got := uint32(spec.Resources.GPUs); got != l.GPUs {
		return fmt.Errorf("%s: spec.resources.gpus is %d, lease %d holds %d GPUs", path, got, id, l.GPUs)
	}
	store := content.NewMemoryStore()
	root, err := store.AddBytes(s.ctx, canonical)
	if err != nil {
		return err
	}
	var car bytes.Buffer
	if err := store.ExportCAR(s.ctx, root, content.ScopeAll, &car); err != nil {
		return err
	}
	// The chain has the lease; the node follows it a few blocks behind (its confirmations): wait for it.
	var got string
	deadline := time.Now().Add(startWait)
	for {
		got, err = gc.Upload(s.ctx, id, bytes.NewReader(car.Bytes()))
		if !gw.HasReason(err, gw.ReasonLeaseNotFound) || time.Now().After(deadline) {
			break
		}
		select {
		case <-s.ctx.Done():
			return s.ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	if err != nil {
		return err
	}
	if got != spec.CID().String() {
		return fmt.Errorf("the node holds the spec as %s, not %s: it is not the node you meant", got, spec.CID())
	}
	// The chain names the job (protocol v2): bound at open (lease open --job), or here, once, by the renter.
	var txs []protocol.Tx
	rec, err := protocol.NewJournal(s.conn).Record(s.ctx, new(big.Int).SetUint64(id))
	if err != nil {
		return err
	}
	digest := common.Hash(spec.Digest())
	switch {
	case rec.Job == (common.Hash{}):
		tx, err := protocol.NewJournal(s.conn).SetJob(s.ctx, new(big.Int).SetUint64(id), digest)
		if err != nil {
			return err
		}
		txs = append(txs, tx)
	case rec.Job != digest:
		return fmt.Errorf("%s: lease %d binds job %s on chain, not this spec (%s)", path, id, protocol.JobCID(rec.Job), spec.CID())
	}
	// The node confirms it follows the same binding (a few blocks behind the chain).
	var named string
	for {
		named, err = gc.NameJob(s.ctx, id, spec.CID().String())
		if err == nil || !gw.HasReason(err, gw.ReasonUploadRefused) || !strings.Contains(err.Error(), "names no job on chain yet") ||
			time.Now().After(deadline) {
			break
		}
		select {
		case <-s.ctx.Done():
			return s.ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
	if err != nil {
		return err
	}
	if named != spec.CID().String() {
		return fmt.Errorf("the node names lease %d's job %s, not %s", id, named, spec.CID())
	}
	st, err := waitStarted(s, gc, id)
	if err != nil {
		return err
	}
	return s.emit(map[string]any{"lease": id, "cid": named, "status": st, "txs": txs}, func(tw *tabwriter.Writer) {
		switch st.State {
		case gw.StatePending:
			fmt.Fprintf(tw, "lease %d's job is %s; the node waits: %s\n", id, named, st.Error)
		default:
			fmt.Fprintf(tw, "lease %d's job %s is %s (idlegrid lease logs|shell|status %d)\n", id, named, st.State, id)
		}
		printTxs(tw, txs...)
	})
}

// startWait bounds how long job push waits for the node to start the job (an image pull may take longer: the
// job keeps starting after the command returns).
const startWait = 2 * time.Minute

// waitStarted waits until the node has started lease's job, or says why not: a job that failed is an error with
// the node's reason; one waiting for content the renter has to upload returns at once, pending, with the reason.
func waitStarted(s *session, gc *gw.Client, id uint64) (gw.Status, error) {
	deadline := time.Now().Add(startWait)
	for {
		st, err := gc.Status(s.ctx, id)
		if err != nil && !gw.HasReason(err, gw.ReasonNoWorkload) {
			return gw.Status{}, err
		}
		if err != nil { // the node has not taken the lease up yet (not confirmed)
			st = gw.Status{Lease: id, State: gw.StatePending, Error: "the lease is not confirmed on the node yet"}
		}
		switch {
		case st.State == gw.StateFailed:
			return st, fmt.Errorf("lease %d's job failed on the node: %s", id, st.Error)
		case st.State != gw.StatePending, strings.Contains(st.Error, "has not been uploaded"), time.Now().After(deadline):
			return st, nil
		}
		select {
		case <-s.ctx.Done():
			return gw.Status{}, s.ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func jobUpload(c *cli.Context, args []string) error {
	if len(args) != 1 {
		return usageError("give the file or folder: idlegrid job upload PATH --lease ID")
	}
	if flagString(c, jobLeaseFlag) == "" {
		return usageError("--%s: the lease the content is for", jobLeaseFlag.Name)
	}
	store := content.NewMemoryStore()
	s, gc, id, err := gatewayClient(c, []string{flagString(c, jobLeaseFlag)})
	if err != nil {
		return err
	}
	defer s.Close()
	defer gc.Close()
	root, err := store.AddPath(s.ctx, args[0])
	if err != nil {
		return err
	}
	var car bytes.Buffer
	if err := store.ExportCAR(s.ctx, root, content.ScopeAll, &car); err != nil {
		return err
	}
	size := car.Len()
	got, err := gc.Upload(s.ctx, id, &car)
	if err != nil {
		return err
	}
	if got != root.String() {
		return fmt.Errorf("the node took root %s, not %s", got, root)
	}
	return s.emit(map[string]any{"cid": got, "bytes": size}, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "uploaded %s (%d bytes) for lease %d: name it in the spec as an input or image CID\n", got, size, id)
	})
}

// renterGateway is a gateway client of provider's node as the session's account.
// The endpoint is --endpoint, else the one machine is listed with.
func renterGateway(s *session, c *cli.Context, provider [20]byte, machine common.Hash) (*gw.Client, error) {
	tokens, err := gw.NewSignerTokens(s.signer, oracle.GatewayDomain(s.conn.ChainID(), s.d.Contracts.LeaseEscrow), provider, 10*time.Minute, nil)
	if err != nil {
		return nil, err
	}
	endpoint := flagString(c, gatewayEndpointFlag)
	if !set(c, gatewayEndpointFlag.Name) {
		m, err := protocol.NewMachines(s.conn).Get(s.ctx, machine)
		if err != nil {
			return nil, err
		}
		if m.Endpoint != "" {
			endpoint = strings.TrimPrefix(strings.TrimPrefix(m.Endpoint, "https://"), "wss://")
		}
	}
	gc, err := gw.NewClient(gw.ClientConfig{Endpoint: endpoint, Provider: provider, Tokens: tokens, Log: s.log})
	if err != nil {
		return nil, usageError("--%s: %v", gatewayEndpointFlag.Name, err)
	}
	return gc, nil
}

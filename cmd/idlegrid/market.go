package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/deployment"
	"github.com/idlegrid/idlegrid/oracle/gpuclass"
)

var (
	marketAPIFlag = &cli.StringFlag{
		Name:     "api",
		Usage:    "indexer API base `URL` (default: the indexer the deployment file names, or " + api.DefaultURL + " without a deployment file)",
		EnvVars:  []string{"IDLEGRID_INDEXER_API"},
		Category: "MARKET",
	}
	marketClassFlag = &cli.StringFlag{
		Name:     "class",
		Usage:    "GPU `CLASS` (H100, A100-80GB, RTX4090, ...; a family such as H100 or A100 searches all its classes)",
		Category: "MARKET",
	}
	marketGPUsFlag = &cli.UintFlag{
		Name:     "gpus",
		Usage:    "GPUs needed on one machine",
		Value:    1,
		Category: "MARKET",
	}
	marketHoursFlag = &cli.Float64Flag{
		Name:     "hours",
		Usage:    "lease length in `HOURS` (fractions allowed)",
		Category: "MARKET",
	}
	marketMaxPriceFlag = &cli.StringFlag{
		Name:     "max-usd-per-hour",
		Usage:    "price cap in `USD` per hour for the whole quote (e.g. 2.5)",
		Category: "MARKET",
	}
	marketRenterFlag = &cli.StringFlag{
		Name:     "renter",
		Usage:    "also show the quotes bound to this renter `ADDRESS` (yours, when a provider quoted you privately)",
		Category: "MARKET",
	}
	marketLimitFlag = &cli.UintFlag{
		Name:     "limit",
		Usage:    "show at most `N` quotes",
		Value:    10,
		Category: "MARKET",
	}
)

func marketCommand() *cli.Command {
	return &cli.Command{
		Name:  "market",
		Usage: "search the indexer's quote book",
		Subcommands: []*cli.Command{
			{
				Name:  "search",
				Usage: "rank live quotes for a class, GPU count and duration, or explain why none matches",
				Flags: withChainFlags(marketAPIFlag, marketClassFlag, marketGPUsFlag, marketHoursFlag, marketMaxPriceFlag, marketRenterFlag, marketLimitFlag),
				Action: action(func(c *cli.Context, _ []string) error {
					q := marketQuery{Class: c.String(marketClassFlag.Name), GPUs: c.Uint(marketGPUsFlag.Name),
						Hours: c.Float64(marketHoursFlag.Name), MaxUSDPerHour: c.String(marketMaxPriceFlag.Name), Limit: c.Uint(marketLimitFlag.Name)}
					if err := q.check(); err != nil {
						return err
					}
					if r := c.String(marketRenterFlag.Name); r != "" {
						if !common.IsHexAddress(r) || len(r) != 42 {
							return usageError("--%s %q: give a 0x-prefixed 20-byte address", marketRenterFlag.Name, r)
						}
						a := common.HexToAddress(r)
						q.Renter = &a
					}
					client, err := indexerClient(c)
					if err != nil {
						return err
					}
					return marketSearch(c.Context, c.App.Writer, flagBool(c, jsonFlag), client, q)
				}),
			},
			{
				Name:      "quote",
				Usage:     "print a quote from the book by digest, signed, as LeaseEscrow.openLease takes it",
				ArgsUsage: "DIGEST",
				Flags:     withChainFlags(marketAPIFlag),
				Action: action(func(c *cli.Context, args []string) error {
					if len(args) != 1 {
						return usageError("give one quote DIGEST (0x...)")
					}
					return marketQuote(c, args[0])
				}),
			},
		},
	}
}

type marketQuery struct {
	Class         string
	GPUs          uint
	Hours         float64
	MaxUSDPerHour string
	Renter        *common.Address
	Limit         uint
}

// check reports a search that cannot be run.
func (q marketQuery) check() error {
	switch {
	case q.Class == "":
		return usageError("give the GPU --%s (e.g. --class H100, or SIM on devnet)", marketClassFlag.Name)
	case !(q.Hours > 0) || math.IsInf(q.Hours, 1): // NaN too: it compares false both ways
		return usageError("--%s: give the lease length in hours, more than 0", marketHoursFlag.Name)
	case len(q.Class) > 32:
		return usageError("--%s: a GPU class is at most 32 characters (e.g. H100)", marketClassFlag.Name)
	case q.GPUs == 0:
		return usageError("--%s must be at least 1", marketGPUsFlag.Name)
	}
	return nil
}

func marketSearch(ctx context.Context, out io.Writer, asJSON bool, client *api.Client, q marketQuery) error {
	classes := gpuclass.Expand(q.Class)
	var all []api.QuoteMatch
	var explanations []string
	var answers []*api.SearchResponse
	for _, class := range classes {
		res, err := client.SearchQuotes(ctx, api.SearchQuery{Class: class, GPUs: uint32(q.GPUs), Hours: q.Hours,
			MaxUSDPerHour: q.MaxUSDPerHour, Renter: q.Renter, Limit: int(min(max(q.Limit, 1), 100))})
		if err != nil {
			return indexerError(err)
		}
		// The indexer offers only rentable machines (listed, collateralised, verified unless exempt); a match
		// that says otherwise (its verification lapsed since) is not shown.
		kept := res.Matches[:0:0]
		for _, m := range res.Matches {
			if m.Machine.Rentable {
				kept = append(kept, m)
			}
		}
		if dropped := len(res.Matches) - len(kept); dropped > 0 {
			explanations = append(explanations, fmt.Sprintf("%s: %d quote(s) left out: their machine is not rentable now", class, dropped))
		}
		res.Matches = kept
		answers = append(answers, res)
		all = append(all, res.Matches...)
		if res.Explanation != nil {
			explanations = append(explanations, fmt.Sprintf("%s: %s", class, res.Explanation.Message))
		}
	}
	if asJSON {
		enc := json.NewEncoder(out)
		if len(answers) == 1 {
			return enc.Encode(answers[0])
		}
		return enc.Encode(answers)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].MicroUSDPerHour < all[j].MicroUSDPerHour })
	if len(all) > int(q.Limit) {
		all = all[:q.Limit]
	}
	if len(all) == 0 {
		fmt.Fprintf(out, "no quote matches %d× %s for %sh", q.GPUs, q.Class, strconv.FormatFloat(q.Hours, 'f', -1, 64))
		if q.MaxUSDPerHour != "" {
			fmt.Fprintf(out, " at or under %s USD/h", q.MaxUSDPerHour)
		}
		fmt.Fprintln(out, ":")
		for _, e := range explanations {
			fmt.Fprintln(out, "  "+e)
		}
		return nil
	}
	tw := tabwriter.NewWriter(out, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tCLASS\tGPUS\tUSD/H\tUSD/GPU-H\tTOTAL USD\tHOURS MIN-MAX\tTERMS\tEXPIRES\tVERIFIED\tUPTIME\tCHECKS OK/FAIL\tREGION\tCPU/RAM\tCUDA\tPROVIDER\tMACHINE\tQUOTE DIGEST")
	for i, m := range all {
		uptime := "-"
		if m.Machine.UptimePercent != nil {
			uptime = fmt.Sprintf("%.1f%%", *m.Machine.UptimePercent)
		}
		region, cpuRAM, cuda := specColumns(m.Machine.Spec)
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s-%s\t%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\t%s\t%s\t%s\t%s\n", i+1, m.GPUClass, m.Quote.Quote.GPUCount,
			api.FormatMicroUSD(m.MicroUSDPerHour), api.FormatMicroUSD(m.MicroUSDPerGPUHour), api.FormatMicroUSDAmount(m.TotalMicroUSD),
			formatHours(m.Quote.Quote.MinDuration), formatHours(m.Quote.Quote.MaxDuration), quoteTerms(m.Quote.Quote),
			time.Unix(int64(m.Quote.Quote.Expiry), 0).UTC().Format("2006-01-02 15:04Z"), verification(m.Machine), uptime,
			m.Machine.ChecksPassed, m.Machine.ChecksFailed, region, cpuRAM, cuda, shortHex(m.Machine.Provider.Hex()), shortHex(m.Machine.MachineID.Hex()), m.Digest.Hex())
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nTOTAL USD bills at least the quote's minimum hours, before the escrow fee.\n")
	fmt.Fprintf(out, "\nopen a lease from a quote: idlegrid lease open --from-book DIGEST --hours H\n")
	return nil
}

// specColumns are the REGION, CPU/RAM and CUDA columns of a machine's spec ("-" where not known).
func specColumns(s *api.MachineSpec) (region, cpuRAM, cuda string) {
	if s == nil {
		return "-", "-", "-"
	}
	region, cpuRAM, cuda = s.Region, fmt.Sprintf("%dc/%dGiB", s.CPUCores, s.MemoryBytes>>30), s.CUDA
	if region == "" {
		region = "-"
	}
	if cuda == "" {
		cuda = "-"
	}
	return region, cpuRAM, cuda
}

func marketQuote(c *cli.Context, digest string) error {
	q, err := bookQuote(c, digest, "market quote")
	if err != nil {
		return err
	}
	enc := json.NewEncoder(c.App.Writer)
	enc.SetIndent("", "  ")
	return enc.Encode(q)
}

// indexerError says what to do when the indexer did not answer.
func indexerError(err error) error {
	if errors.Is(err, api.ErrUnreachable) {
		return fmt.Errorf("%w (is `idlegrid indexer run` or the devnet up? set --%s)", err, marketAPIFlag.Name)
	}
	return err
}

// verification says how a machine's hardware stands: verified until when, exempt (its class needs no
// verification, or the registry requires none), expired or unverified.
func verification(m api.Machine) string {
	if m.Verification == api.VerificationVerified {
		return "until " + time.Unix(int64(m.VerifiedUntil), 0).UTC().Format("2006-01-02 15:04Z")
	}
	if m.Verification == "" {
		return "-"
	}
	return m.Verification
}

// quoteTerms says who may open a quote and how often: "any, reusable", "you, single use".
func quoteTerms(q oracle.Quote) string {
	who := "any"
	if q.Renter != (common.Address{}) {
		who = "only " + shortHex(q.Renter.Hex())
	}
	if q.SingleUse {
		return who + ", single use"
	}
	return who + ", reusable"
}

func formatHours(seconds uint64) string {
	return strconv.FormatFloat(float64(seconds)/3600, 'f', -1, 64)
}

func shortHex(s string) string {
	if len(s) <= 12 {
		return s
	}
	return s[:8] + "…" + s[len(s)-4:]
}

// indexerClient is a client of the indexer of the command's deployment: --api, or the indexer the deployment
// file names, checked to index that deployment (devnet and anvil share chain id 31337, so a default address
// could answer for the wrong chain without a word).
func indexerClient(c *cli.Context) (*api.Client, error) {
	base := c.String(marketAPIFlag.Name)
	path := flagString(c, deploymentFlag)
	d, derr := deployment.Load(path)
	switch {
	case base != "":
	case derr == nil && d.IndexerAPI != "":
		base = d.IndexerAPI
	case derr == nil:
		return nil, usageError("deployment %s (%s) names no indexer: run one with `idlegrid indexer run --deployment %s` and give its URL with --%s (or deploy with --indexer-api URL)",
			path, d.Chain, path, marketAPIFlag.Name)
	default:
		base = api.DefaultURL
	}
	client, err := api.NewClient(base)
	if err != nil {
		return nil, usageError("--%s: %v", marketAPIFlag.Name, err)
	}
	if derr == nil {
		st, err := client.Status(c.Context)
		if err != nil {
			return nil, indexerError(err)
		}
		if err := st.Serves(d); err != nil {
			return nil, fmt.Errorf("%s: %w: point --%s at the indexer of %s", base, err, marketAPIFlag.Name, path)
		}
	}
	return client, nil
}

// bookQuote fetches a quote from the indexer's book by digest, in the form LeaseEscrow.openLease takes.
func bookQuote(c *cli.Context, digest, what string) (oracle.SignedQuote, error) {
	h, err := parseDigest(digest)
	if err != nil {
		return oracle.SignedQuote{}, usageError("%s %q: give the quote's 0x-prefixed 32-byte digest (from `idlegrid market search`)", what, digest)
	}
	client, err := indexerClient(c)
	if err != nil {
		return oracle.SignedQuote{}, err
	}
	q, err := client.Quote(c.Context, h)
	if err != nil {
		return oracle.SignedQuote{}, indexerError(err)
	}
	return q.Signed(), nil
}

func parseDigest(s string) (common.Hash, error) {
	if len(s) != 66 || !strings.HasPrefix(s, "0x") {
		return common.Hash{}, errors.New("not a 0x-prefixed 32-byte digest")
	}
	b, err := hexutil.Decode(s)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

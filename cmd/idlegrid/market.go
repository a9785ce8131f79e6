package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle"
)

var (
	marketAPIFlag = &cli.StringFlag{
		Name:     "api",
		Usage:    "indexer API base `URL`",
		Value:    "http://" + defaultIndexerListen(),
		EnvVars:  []string{"IDLEGRID_INDEXER_API"},
		Category: "MARKET",
	}
	marketClassFlag = &cli.StringFlag{
		Name:     "class",
		Usage:    "GPU `CLASS` (H100-SXM, A100-80GB, RTX4090, ...; a family such as H100 or A100 searches all its classes)",
		Required: true,
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
		Required: true,
		Category: "MARKET",
	}
	marketMaxPriceFlag = &cli.StringFlag{
		Name:     "max-usd-per-hour",
		Usage:    "price cap in `USD` per hour for the whole quote (e.g. 2.5)",
		Category: "MARKET",
	}
	marketLimitFlag = &cli.UintFlag{
		Name:     "limit",
		Usage:    "show at most `N` quotes",
		Value:    10,
		Category: "MARKET",
	}
)

// gpuClassNames are the protocol's GPU classes (bytes32 names on chain), for expanding a family like "H100".
var gpuClassNames = []string{"RTX3090", "RTX4090", "A100-40GB", "A100-80GB", "H100-PCIE", "H100-SXM", "H200", "SIM"}

func defaultIndexerListen() string { return "127.0.0.1:8547" }

func marketCommand() *cli.Command {
	return &cli.Command{
		Name:  "market",
		Usage: "search the indexer's quote book",
		Subcommands: []*cli.Command{
			{
				Name:  "search",
				Usage: "rank live quotes for a class, GPU count and duration, or explain why none matches",
				Flags: []cli.Flag{marketAPIFlag, marketClassFlag, marketGPUsFlag, marketHoursFlag, marketMaxPriceFlag, marketLimitFlag, jsonFlag},
				Action: func(c *cli.Context) error {
					return marketSearch(c.Context, c.App.Writer, flagBool(c, jsonFlag), marketQuery{
						API: c.String(marketAPIFlag.Name), Class: c.String(marketClassFlag.Name), GPUs: c.Uint(marketGPUsFlag.Name),
						Hours: c.Float64(marketHoursFlag.Name), MaxUSDPerHour: c.String(marketMaxPriceFlag.Name), Limit: c.Uint(marketLimitFlag.Name),
					})
				},
			},
			{
				Name:      "quote",
				Usage:     "print a quote from the book by digest, signed, as LeaseEscrow.openLease takes it",
				ArgsUsage: "DIGEST",
				Flags:     []cli.Flag{marketAPIFlag},
				Action: func(c *cli.Context) error {
					if c.NArg() != 1 {
						return errors.New("market quote: give one quote DIGEST (0x...)")
					}
					return marketQuote(c.Context, c.App.Writer, c.String(marketAPIFlag.Name), c.Args().First())
				},
			},
		},
	}
}

type marketQuery struct {
	API           string
	Class         string
	GPUs          uint
	Hours         float64
	MaxUSDPerHour string
	Limit         uint
}

// searchResponse is the API's /v1/quotes/search answer.
type searchResponse struct {
	Matches     []searchMatch        `json:"matches"`
	Explanation *indexer.Explanation `json:"explanation"`
}

type searchMatch struct {
	Digest        string          `json:"digest"`
	GPUClass      string          `json:"gpuClass"`
	USDPerHour    uint64          `json:"usdPerHour"`
	USDPerGPUHour uint64          `json:"usdPerGpuHour"`
	TotalUSD      string          `json:"totalUsd"`
	Quote         json.RawMessage `json:"quote"`
	Signature     string          `json:"signature"`
	Machine       struct {
		MachineID     string   `json:"machineId"`
		Provider      string   `json:"provider"`
		FreeGPUs      uint64   `json:"freeGpus"`
		UptimePercent *float64 `json:"uptimePercent"`
		ChecksFailed  uint64   `json:"checksFailed"`
		ChecksPassed  uint64   `json:"checksPassed"`
		Slashes       uint64   `json:"providerSlashes"`
	} `json:"machine"`
	quote struct {
		GPUCount    uint32 `json:"gpuCount"`
		MaxDuration uint64 `json:"maxDuration"`
		Expiry      uint64 `json:"expiry"`
	}
}

func marketSearch(ctx context.Context, out io.Writer, asJSON bool, q marketQuery) error {
	if q.Hours <= 0 {
		return fmt.Errorf("--%s must be positive", marketHoursFlag.Name)
	}
	if q.GPUs == 0 {
		return fmt.Errorf("--%s must be at least 1", marketGPUsFlag.Name)
	}
	classes := expandClass(q.Class)
	var all []searchMatch
	var explanations []string
	var raw []json.RawMessage
	for _, class := range classes {
		v := url.Values{}
		v.Set("class", class)
		v.Set("gpus", strconv.FormatUint(uint64(q.GPUs), 10))
		v.Set("hours", strconv.FormatFloat(q.Hours, 'f', -1, 64))
		v.Set("limit", strconv.FormatUint(uint64(min(max(q.Limit, 1), 100)), 10))
		if q.MaxUSDPerHour != "" {
			v.Set("max_usd_per_hour", q.MaxUSDPerHour)
		}
		body, err := apiGet(ctx, q.API, "/v1/quotes/search?"+v.Encode())
		if err != nil {
			return err
		}
		raw = append(raw, body)
		var res searchResponse
		if err := json.Unmarshal(body, &res); err != nil {
			return fmt.Errorf("market search: decode the API's answer: %w", err)
		}
		for i := range res.Matches {
			_ = json.Unmarshal(res.Matches[i].Quote, &res.Matches[i].quote)
		}
		all = append(all, res.Matches...)
		if res.Explanation != nil {
			explanations = append(explanations, fmt.Sprintf("%s: %s", class, res.Explanation.Message))
		}
	}
	if asJSON {
		if len(raw) == 1 {
			_, err := out.Write(raw[0])
			return err
		}
		return json.NewEncoder(out).Encode(raw)
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].USDPerHour < all[j].USDPerHour })
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
	fmt.Fprintln(tw, "#\tCLASS\tGPUS\tUSD/H\tUSD/GPU-H\tTOTAL USD\tMAX H\tEXPIRES\tUPTIME\tCHECKS OK/FAIL\tPROVIDER\tMACHINE\tQUOTE DIGEST")
	for i, m := range all {
		uptime := "-"
		if m.Machine.UptimePercent != nil {
			uptime = fmt.Sprintf("%.1f%%", *m.Machine.UptimePercent)
		}
		total, _ := new(big.Int).SetString(m.TotalUSD, 10)
		fmt.Fprintf(tw, "%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\t%d/%d\t%s\t%s\t%s\n", i+1, m.GPUClass, m.quote.GPUCount,
			indexer.FormatMicroUSD(m.USDPerHour), indexer.FormatMicroUSD(m.USDPerGPUHour), formatMicroBig(total),
			formatHours(m.quote.MaxDuration), time.Unix(int64(m.quote.Expiry), 0).UTC().Format("2006-01-02 15:04Z"), uptime,
			m.Machine.ChecksPassed, m.Machine.ChecksFailed, shortHex(m.Machine.Provider), shortHex(m.Machine.MachineID), m.Digest)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintf(out, "\nopen a lease from a quote: idlegrid lease open --from-book DIGEST --hours H\n")
	return nil
}

func marketQuote(ctx context.Context, out io.Writer, base, digest string) error {
	if len(digest) != 66 || !strings.HasPrefix(digest, "0x") {
		return fmt.Errorf("market quote: %q is not a 0x-prefixed 32-byte digest", digest)
	}
	body, err := apiGet(ctx, base, "/v1/quotes/"+digest)
	if err != nil {
		return err
	}
	var q struct {
		Quote     json.RawMessage `json:"quote"`
		Signature string          `json:"signature"`
	}
	if err := json.Unmarshal(body, &q); err != nil {
		return fmt.Errorf("market quote: decode: %w", err)
	}
	enc := json.NewEncoder(out)
	enc.SetIndent("", "  ")
	return enc.Encode(q)
}

// expandClass turns a family ("H100") into its classes; an exact class (or an unknown name) is searched as is.
func expandClass(class string) []string {
	var out []string
	for _, c := range gpuClassNames {
		if strings.EqualFold(c, class) {
			return []string{c}
		}
		if strings.HasPrefix(strings.ToUpper(c), strings.ToUpper(class)+"-") {
			out = append(out, c)
		}
	}
	if len(out) == 0 {
		return []string{class}
	}
	return out
}

// apiGet fetches path from the indexer API and returns the body, turning API errors into messages.
func apiGet(ctx context.Context, base, path string) ([]byte, error) {
	return apiDo(ctx, http.MethodGet, base, path, nil)
}

// apiPost sends body as JSON to path and returns the answer's body.
func apiPost(ctx context.Context, base, path string, body []byte) ([]byte, error) {
	return apiDo(ctx, http.MethodPost, base, path, body)
}

func apiDo(ctx context.Context, method, base, path string, payload []byte) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	defer cancel()
	var reqBody io.Reader
	if payload != nil {
		reqBody = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimRight(base, "/")+path, reqBody)
	if err != nil {
		return nil, fmt.Errorf("--%s %s: %w", marketAPIFlag.Name, base, err)
	}
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, fmt.Errorf("indexer API at %s: %w (is `idlegrid indexer run` up? set --%s)", base, err, marketAPIFlag.Name)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 32<<20))
	if err != nil {
		return nil, fmt.Errorf("indexer API: read: %w", err)
	}
	if resp.StatusCode != http.StatusOK && resp.StatusCode != http.StatusCreated {
		var e struct {
			Error struct {
				Message string `json:"message"`
			} `json:"error"`
		}
		if json.Unmarshal(body, &e) == nil && e.Error.Message != "" {
			return nil, fmt.Errorf("indexer API: %s (HTTP %d)", e.Error.Message, resp.StatusCode)
		}
		return nil, fmt.Errorf("indexer API: HTTP %d", resp.StatusCode)
	}
	return body, nil
}

func formatMicroBig(v *big.Int) string {
	if v == nil {
		return "-"
	}
	if v.IsUint64() {
		return indexer.FormatMicroUSD(v.Uint64())
	}
	q, r := new(big.Int).QuoRem(v, big.NewInt(1_000_000), new(big.Int))
	return fmt.Sprintf("%s.%06d", q, r.Int64())
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

// bookQuote fetches a quote from the indexer's book by digest, in the form LeaseEscrow.openLease takes.
func bookQuote(ctx context.Context, base, digest string) (oracle.SignedQuote, error) {
	if len(digest) != 66 || !strings.HasPrefix(digest, "0x") {
		return oracle.SignedQuote{}, usageError("--from-book %q: give the quote's 0x-prefixed 32-byte digest (from `idlegrid market search`)", digest)
	}
	body, err := apiGet(ctx, base, "/v1/quotes/"+digest)
	if err != nil {
		return oracle.SignedQuote{}, err
	}
	var sq oracle.SignedQuote
	if err := json.Unmarshal(body, &sq); err != nil {
		return oracle.SignedQuote{}, fmt.Errorf("quote %s from the book: decode: %w", digest, err)
	}
	if sq.Quote.USDPerSecond == nil || sq.Quote.Nonce == nil || len(sq.Signature) == 0 {
		return oracle.SignedQuote{}, fmt.Errorf("quote %s from the book is incomplete", digest)
	}
	return sq, nil
}

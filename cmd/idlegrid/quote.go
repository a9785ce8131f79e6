package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/indexer/api"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/amount"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

var (
	quoteMachineFlag = &cli.StringFlag{
		Name:     "machine",
		Usage:    "your MACHINE (its name or id)",
		Category: "QUOTE",
	}
	quoteGPUsFlag = &cli.UintFlag{
		Name:     "gpus",
		Usage:    "GPUS offered (default: all of the machine's)",
		Category: "QUOTE",
	}
	priceFlag = &cli.StringFlag{
		Name:     "price",
		Usage:    "PRICE per GPU-hour in USD: \"1.8 USD/h\" (or per GPU-second or GPU-day: \"0.0005 USD/s\", \"43.2 USD/day\"); the quote charges it for each quoted GPU",
		Category: "QUOTE",
	}
	quoteRenterFlag = &cli.StringFlag{
		Name:     "renter",
		Usage:    "only renter ADDRESS may open the quote (default: anyone)",
		Category: "QUOTE",
	}
	minHoursFlag = &cli.StringFlag{
		Name:     "min-hours",
		Usage:    "bill every lease at least this long, even one the renter closes at once (HOURS or a duration; default: no minimum)",
		Category: "QUOTE",
	}
	singleUseFlag = &cli.BoolFlag{
		Name:     "single-use",
		Usage:    "the first lease uses the quote up (default: it opens leases until it expires or you cancel it, while the machine has free GPUs)",
		Category: "QUOTE",
	}
	maxDurationFlag = &cli.StringFlag{
		Name:     "max-duration",
		Usage:    "longest lease the quote allows, extensions included (DURATION: 24h, 2d, 90m)",
		Value:    "24h",
		Category: "QUOTE",
	}
	validForFlag = &cli.StringFlag{
		Name:     "valid-for",
		Usage:    "how long the quote can open a lease (DURATION)",
		Value:    "1h",
		Category: "QUOTE",
	}
	nonceFlag = &cli.StringFlag{
		Name:     "nonce",
		Usage:    "quote NONCE (default for sign: random)",
		Category: "QUOTE",
	}
	quoteOutFlag = &cli.StringFlag{
		Name:     "out",
		Usage:    "write the signed quote to FILE instead of standard output",
		Category: "QUOTE",
	}
	fromBookFlag = &cli.StringFlag{
		Name:     "from-book",
		Usage:    "open the quote with this `DIGEST` from the indexer's quote book (see `idlegrid market search`)",
		Category: "QUOTE",
	}
	quoteFileFlag = &cli.StringFlag{
		Name:     "quote",
		Usage:    "signed quote FILE (from `idlegrid quote sign`)",
		Category: "QUOTE",
	}
)

func quoteCommand() *cli.Command {
	return &cli.Command{
		Name:  "quote",
		Usage: "sign quotes for renters (providers) and cancel them",
		Subcommands: []*cli.Command{
			{Name: "sign", Usage: "sign a quote for one of your listed machines and print it as JSON for the renter",
				Flags: withChainFlags(quoteMachineFlag, quoteGPUsFlag, priceFlag, minHoursFlag, maxDurationFlag, validForFlag, quoteRenterFlag, singleUseFlag, nonceFlag, quoteOutFlag), Action: action(quoteSign)},
			{Name: "cancel", Usage: "cancel a quote you signed (by --quote FILE or --nonce) so it can no longer open a lease",
				Flags: withChainFlags(quoteFileFlag, nonceFlag), Action: action(quoteCancel)},
			{Name: "post", Usage: "publish a signed quote in the indexer's quote book, where renters find it with `idlegrid market search`",
				Flags: []cli.Flag{quoteFileFlag, marketAPIFlag, jsonFlag}, Action: action(quotePost)},
		},
	}
}

func quoteSign(c *cli.Context, args []string) error {
	switch {
	case c.String(quoteMachineFlag.Name) == "":
		return usageError("give the machine to quote with --machine (its name or id)")
	case c.String(priceFlag.Name) == "":
		return usageError("give the price with --price, e.g. --price \"1.8 USD/h\" (per GPU-hour)")
	}
	perGPU, period, err := parseGPUPrice(c.String(priceFlag.Name))
	if err != nil {
		return usageError("--price %q: %v", c.String(priceFlag.Name), err)
	}
	maxDur, err := amount.ParseDuration(c.String(maxDurationFlag.Name))
	if err != nil {
		return usageError("--max-duration: %v", err)
	}
	var minDur time.Duration
	if h := c.String(minHoursFlag.Name); h != "" {
		if minDur, err = amount.ParseHours(h); err != nil {
			return usageError("--min-hours: %v", err)
		}
		if minDur > maxDur {
			return usageError("--min-hours %s is longer than --max-duration %s", amount.FormatDuration(minDur), amount.FormatDuration(maxDur))
		}
	}
	var renter common.Address
	if r := c.String(quoteRenterFlag.Name); r != "" {
		if !common.IsHexAddress(r) {
			return usageError("--renter %q: give an address (0x and 40 hex digits)", r)
		}
		renter = common.HexToAddress(r)
	}
	validFor, err := amount.ParseDuration(c.String(validForFlag.Name))
	if err != nil {
		return badFlag(validForFlag.Name, err)
	}
	var nonce *big.Int
	if n := c.String(nonceFlag.Name); n != "" {
		var ok bool
		if nonce, ok = new(big.Int).SetString(n, 10); !ok || nonce.Sign() < 0 {
			return usageError("--nonce %q: give a non-negative integer", n)
		}
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	id, err := machineRef(c.String(quoteMachineFlag.Name), func() (common.Address, error) { return s.signer.Address(), nil })
	if err != nil {
		return err
	}
	gpus := uint32(c.Uint(quoteGPUsFlag.Name))
	if c.IsSet(quoteGPUsFlag.Name) && gpus == 0 {
		return usageError("--gpus 0: quote at least 1 GPU (leave --gpus out to quote all the machine's GPUs)")
	}
	if gpus == 0 {
		m, err := protocol.NewMachines(s.conn).Get(s.ctx, id)
		if err != nil {
			return err
		}
		gpus = m.GPUs
	}
	if renter == s.signer.Address() {
		return usageError("--renter %s is your own account: a quote is for someone else to rent", renter.Hex())
	}
	perSecond, err := protocol.USDPerSecondWad(perGPU, gpus, period)
	if err != nil {
		return usageError("--price %q for %d GPU%s: %v", c.String(priceFlag.Name), gpus, plural(int(gpus), "", "s"), err)
	}
	sq, err := protocol.NewQuotes(s.conn).Sign(s.ctx, s.signer, protocol.QuoteTerms{
		MachineID: id, GPUs: gpus, USDPerSecondWad: perSecond, MinDuration: minDur, MaxDuration: maxDur, ValidFor: validFor,
		Nonce: nonce, Renter: renter, SingleUse: c.Bool(singleUseFlag.Name),
	})
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(sq, "", "  ")
	if err != nil {
		return err
	}
	data = append(data, '\n')
	summary := "signed quote: " + describeQuote(sq.Quote)
	if out := c.String(quoteOutFlag.Name); out != "" {
		if err := os.WriteFile(out, data, 0o644); err != nil {
			return fmt.Errorf("write quote: %w", err)
		}
		fmt.Fprintf(c.App.ErrWriter, "%s\nwritten to %s: send it to the renter\n", summary, out)
		if s.json {
			_, err = s.out.Write(data)
		}
		return err
	}
	fmt.Fprintln(c.App.ErrWriter, summary)
	_, err = s.out.Write(data)
	return err
}

// readQuote loads a signed quote file.
func readQuote(path string) (oracle.SignedQuote, error) {
	if path == "" {
		return oracle.SignedQuote{}, usageError("give the signed quote file with --quote FILE (from `idlegrid quote sign`)")
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return oracle.SignedQuote{}, fmt.Errorf("read quote: %w", err)
	}
	var sq oracle.SignedQuote
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&sq); err != nil {
		return oracle.SignedQuote{}, fmt.Errorf("quote %s is not a signed quote: %v", path, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return oracle.SignedQuote{}, fmt.Errorf("quote %s has data after the signed quote: a quote file holds one quote and nothing else (was it edited or concatenated?)", path)
	}
	if sq.Quote.USDPerSecondWad == nil || sq.Quote.Nonce == nil || len(sq.Signature) == 0 {
		return oracle.SignedQuote{}, fmt.Errorf("quote %s is incomplete: it needs quote.usdPerSecondWad, quote.nonce and a signature (a quote signed before protocol v2 cannot open a lease: ask for a new one)", path)
	}
	return sq, nil
}

// usdWad is USD with 18 decimals: the unit of quote prices.
var usdWad = amount.Token{Symbol: "USD", Decimals: 18}

// pricePeriods are the units a --price may be given per.
var pricePeriods = map[string]time.Duration{
	"s": time.Second, "sec": time.Second, "second": time.Second,
	"m": time.Minute, "min": time.Minute, "minute": time.Minute,
	"h": time.Hour, "hr": time.Hour, "hour": time.Hour,
	"d": 24 * time.Hour, "day": 24 * time.Hour,
}

// parseGPUPrice reads a price per GPU per period ("1.8 USD/h", "1.8 USD/GPU-h", "0.0005 USD/s") as USD with
// 18 decimals per GPU per period: exact, so the quote's floor is the only rounding.
func parseGPUPrice(s string) (*big.Int, time.Duration, error) {
	num, unit, ok := strings.Cut(strings.TrimSpace(s), "/")
	if !ok {
		return nil, 0, errors.New("give a price per GPU per unit of time, e.g. \"1.8 USD/h\"")
	}
	unit = strings.ToLower(strings.TrimSpace(unit))
	unit = strings.TrimPrefix(strings.TrimPrefix(unit, "gpu-"), "gpu ")
	period, ok := pricePeriods[unit]
	if !ok {
		return nil, 0, fmt.Errorf("unknown time unit %q (use h, s, m or day, per GPU)", unit)
	}
	v, err := amount.Parse(num, usdWad)
	if err != nil {
		return nil, 0, err
	}
	if v.Sign() <= 0 {
		return nil, 0, errors.New("the price must be positive")
	}
	return v, period, nil
}

// describeQuote says a quote's terms in one line.
func describeQuote(q oracle.Quote) string {
	hour := new(big.Int).Mul(q.USDPerSecondWad, big.NewInt(3600))
	perGPU := new(big.Int).Quo(hour, big.NewInt(int64(max(q.GPUCount, 1))))
	var b strings.Builder
	fmt.Fprintf(&b, "%d GPU%s of %s at %s USD per GPU-hour (%s USD/h in all)", q.GPUCount, plural(int(q.GPUCount), "", "s"), short(q.MachineID.Hex()),
		amount.FormatNumber(perGPU, 18), amount.FormatNumber(hour, 18))
	if q.MinDuration > 0 {
		fmt.Fprintf(&b, ", billed at least %s", amount.FormatDuration(time.Duration(q.MinDuration)*time.Second))
	}
	fmt.Fprintf(&b, ", leases up to %s, valid until %s", amount.FormatDuration(time.Duration(q.MaxDuration)*time.Second), when(q.Expiry))
	if q.Renter != (common.Address{}) {
		fmt.Fprintf(&b, ", for renter %s only", q.Renter.Hex())
	}
	if q.SingleUse {
		b.WriteString(", single use")
	} else {
		b.WriteString(", reusable until it expires or is cancelled")
	}
	fmt.Fprintf(&b, ", nonce %s", q.Nonce)
	return b.String()
}

func quoteCancel(c *cli.Context, args []string) error {
	var nonce *big.Int
	var provider *common.Address // the quote's provider, when the quote is given
	switch f, n := c.String(quoteFileFlag.Name), c.String(nonceFlag.Name); {
	case f != "" && n != "":
		return usageError("give --quote or --nonce, not both")
	case f != "":
		sq, err := readQuote(f)
		if err != nil {
			return err
		}
		nonce, provider = sq.Quote.Nonce, &sq.Quote.Provider
	case n != "":
		var ok bool
		if nonce, ok = new(big.Int).SetString(n, 10); !ok || nonce.Sign() < 0 {
			return usageError("--nonce %q: give a non-negative integer", n)
		}
	default:
		return usageError("give the quote to cancel: --quote FILE or --nonce N")
	}
	s, err := connect(c, true)
	if err != nil {
		return err
	}
	defer s.Close()
	// A nonce is cancelled for the sender: from another account this would cancel nothing of the quote's.
	if provider != nil && *provider != s.signer.Address() {
		return fmt.Errorf("the quote is provider %s's, and you are %s: only its provider can cancel it (use that account)", provider.Hex(), s.signer.Address().Hex())
	}
	tx, err := protocol.NewQuotes(s.conn).Cancel(s.ctx, nonce)
	if err != nil {
		return err
	}
	out := struct {
		Nonce string      `json:"nonce"`
		Tx    protocol.Tx `json:"tx"`
	}{nonce.String(), tx}
	return s.emit(out, func(tw *tabwriter.Writer) {
		fmt.Fprintf(tw, "cancelled\tquote nonce %s\n", nonce)
		printTxs(tw, tx)
	})
}

// quotePost publishes a signed quote in the indexer's book; the book checks the signature, the listing, the
// provider's stake, expiry and nonce, and answers with the quote's digest.
func quotePost(c *cli.Context, args []string) error {
	sq, err := readQuote(c.String(quoteFileFlag.Name))
	if err != nil {
		return err
	}
	client, err := indexerClient(c)
	if err != nil {
		return err
	}
	waitIndexed(c, client)
	stored, err := client.PostQuote(c.Context, sq)
	if err != nil {
		return fmt.Errorf("quote post: %w", indexerError(err))
	}
	if flagBool(c, jsonFlag) {
		return json.NewEncoder(c.App.Writer).Encode(stored)
	}
	fmt.Fprintf(c.App.Writer, "posted to the quote book: %s\nrenters can open it with: idlegrid lease open --from-book %s --hours H\n", stored.Digest.Hex(), stored.Digest.Hex())
	return nil
}

// waitIndexed waits (15 s at most) until the indexer has indexed the chain's current head, when the chain is
// reachable: the book checks a quote against the indexed listing, and a machine listed a moment ago may not be
// indexed yet (the indexer polls). Without a chain to ask, it does not wait.
func waitIndexed(c *cli.Context, client *api.Client) {
	ctx, cancel := context.WithTimeout(c.Context, 15*time.Second)
	defer cancel()
	node, err := ethclient.DialContext(ctx, flagString(c, rpcFlag))
	if err != nil {
		return
	}
	defer node.Close()
	head, err := node.BlockNumber(ctx)
	if err != nil {
		return
	}
	said := false
	for {
		st, err := client.Status(ctx)
		if err != nil {
			return
		}
		var f struct {
			Next uint64 `json:"nextBlock"`
		}
		if json.Unmarshal(st.Follower, &f) != nil || f.Next > head {
			return
		}
		if !said {
			fmt.Fprintf(c.App.ErrWriter, "waiting for the indexer to reach block %d (it is at %d)\n", head, f.Next)
			said = true
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(200 * time.Millisecond):
		}
	}
}

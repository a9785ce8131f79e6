package main

import (
	"io"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/idlegrid/idlegrid/oracle/deploy"
)

// parseDeploy runs deployParams over the deploy command's flags with args, on chain id chainID.
func parseDeploy(t *testing.T, chainID uint64, args ...string) (deploy.Params, error) {
	t.Helper()
	var (
		p   deploy.Params
		err error
	)
	app := &cli.App{
		Name:      "idlegrid",
		Writer:    io.Discard,
		ErrWriter: io.Discard,
		Flags:     deployCommand().Flags,
		Action: func(c *cli.Context) error {
			p, err = deployParams(c, chainID)
			return nil
		},
	}
	if runErr := app.Run(append([]string{"idlegrid"}, args...)); runErr != nil {
		t.Fatalf("flags %v: %v", args, runErr)
	}
	return p, err
}

// TestDeployFlagsForV2Parameters: every v2 deployment parameter (dispute window, timelock delay, price speed
// limit, verification switch, the Solana gateway's limits) can be set from the command line, and a value the
// contracts would refuse is refused before anything is sent, naming it.
func TestDeployFlagsForV2Parameters(t *testing.T) {
	p, err := parseDeploy(t, 421614)
	if err != nil {
		t.Fatal(err)
	}
	def := deploy.DefaultParams()
	if p.DisputeWindow != def.DisputeWindow || p.TimelockDelay != def.TimelockDelay || !p.RequireVerification ||
		p.PriceMaxMoveBpsPerHour != def.PriceMaxMoveBpsPerHour || p.Gateway.SwapFeeBps != def.Gateway.SwapFeeBps {
		t.Fatalf("defaults changed without flags: %+v", p)
	}

	guardian := common.HexToAddress("0x00000000000000000000000000000000000000aa")
	p, err = parseDeploy(t, 421614,
		"--dispute-window", "3d", "--timelock-delay", "1d", "--price-max-move-bps-per-hour", "0",
		"--require-verification=false", "--gateway-window", "12h", "--gateway-window-cap", "1000000",
		"--gateway-large-threshold", "100000", "--gateway-large-delay", "6h", "--gateway-swap-fee-bps", "30",
		"--gateway-min-outbound", "5", "--gateway-guardian", guardian.Hex(), "--gateway-reserve", "0")
	if err != nil {
		t.Fatal(err)
	}
	grid := func(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }
	switch {
	case p.DisputeWindow != 72*time.Hour:
		t.Errorf("dispute window %s", p.DisputeWindow)
	case p.TimelockDelay != 24*time.Hour:
		t.Errorf("timelock delay %s", p.TimelockDelay)
	case p.PriceMaxMoveBpsPerHour != 0:
		t.Errorf("speed limit %d", p.PriceMaxMoveBpsPerHour)
	case p.RequireVerification:
		t.Error("--require-verification=false kept verification on")
	case p.Gateway.Window != 12*time.Hour || p.Gateway.LargeDelay != 6*time.Hour:
		t.Errorf("gateway window %s, large delay %s", p.Gateway.Window, p.Gateway.LargeDelay)
	case p.Gateway.WindowCap.Cmp(grid(1_000_000)) != 0 || p.Gateway.LargeThreshold.Cmp(grid(100_000)) != 0 ||
		p.Gateway.MinOutbound.Cmp(grid(5)) != 0 || p.Gateway.Reserve.Sign() != 0:
		t.Errorf("gateway amounts %+v", p.Gateway)
	case p.Gateway.SwapFeeBps != 30 || p.Gateway.Guardian != guardian:
		t.Errorf("gateway fee %d, guardian %s", p.Gateway.SwapFeeBps, p.Gateway.Guardian)
	}

	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--dispute-window", "10m"}, "dispute window"},
		{[]string{"--dispute-window", "6d", "--unbonding-period", "7d"}, "unbonding period"},
		{[]string{"--signer-set-delay", "0s"}, "--signer-set-delay"},
		{[]string{"--gateway-swap-fee-bps", "70000"}, "gateway-swap-fee-bps"},
		{[]string{"--gateway-guardian", "nobody"}, "--gateway-guardian"},
		{[]string{"--gateway-window-cap", "-3"}, "--gateway-window-cap"},
		{[]string{"--timelock-delay", "soon"}, "--timelock-delay"},
	} {
		_, err := parseDeploy(t, 421614, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%v: got %v, want an error naming %q", c.args, err, c.want)
		}
	}
}

package inspector_test

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/inspector"
	"github.com/idlegrid/idlegrid/oracle"
	"github.com/idlegrid/idlegrid/oracle/service"
)

var _ service.Service = (*inspector.PriceFeed)(nil)

func TestFixedPrice(t *testing.T) {
	rate := big.NewInt(5e17)
	src := inspector.FixedPrice{Rate: rate}
	got, err := src.Price(context.Background())
	if err != nil || got.Cmp(rate) != 0 {
		t.Fatalf("price %v, %v", got, err)
	}
	got.SetInt64(1) // the caller's copy: the source keeps its rate
	if again, _ := src.Price(context.Background()); again.Cmp(big.NewInt(5e17)) != 0 {
		t.Fatalf("the source's rate changed to %v", again)
	}
	for _, bad := range []*big.Int{nil, big.NewInt(0), big.NewInt(-1)} {
		if _, err := (inspector.FixedPrice{Rate: bad}).Price(context.Background()); err == nil {
			t.Errorf("rate %v accepted", bad)
		}
	}
}

func TestNewPriceFeedRefusesWhatCannotPost(t *testing.T) {
	src := inspector.FixedPrice{Rate: big.NewInt(1)}
	for name, build := range map[string]func() error{
		"no interval": func() error {
			_, err := inspector.NewPriceFeed(inspector.PriceFeedConfig{}, src, nil, []oracle.DigestSigner{nil}, zerolog.Nop())
			return err
		},
		"no connection": func() error {
			_, err := inspector.NewPriceFeed(inspector.PriceFeedConfig{Every: time.Minute}, src, nil, []oracle.DigestSigner{nil}, zerolog.Nop())
			return err
		},
	} {
		if err := build(); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

package devnet_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/idlegrid/idlegrid/cmd/internal/devnet"
	"github.com/idlegrid/idlegrid/oracle/chain"
	"github.com/idlegrid/idlegrid/oracle/keys"
	"github.com/idlegrid/idlegrid/oracle/protocol"
)

func newSubmitter(t *testing.T, backend chain.TxBackend, a devnet.Account) *chain.Submitter {
	t.Helper()
	cfg := chain.DefaultConfig()
	cfg.PollInterval = 20 * time.Millisecond
	sub, err := chain.NewSubmitter(cfg, backend, keys.NewSigner(a.Key), big.NewInt(31337), protocol.Errors(), zerolog.Nop())
	if err != nil {
		t.Fatal(err)
	}
	return sub
}

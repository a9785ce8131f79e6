package solgateway_test

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/oracle/solgateway"
)

// TestDepositKeyID: a deposit key's Arbitrum id is the gateway's depositId of the same key (the vector of
// contracts/test/SolanaGateway.t.sol, test_vectors_forGo, written in the base58 form a watcher reads).
func TestDepositKeyID(t *testing.T) {
	k, err := solgateway.ParseDepositKey("5eykt4UsFv8P8NJdTREpY1vzqKqZKvdpKuc147dw2N9d:" +
		"2Ana1pUpv2ZbMVkwF5FXapYeBEjdxDatLn7nvJkhgTSXbs59SyZSx866bXirPgj8QQVB57uxHJBG1YFvkRbFj4T:2")
	if err != nil {
		t.Fatal(err)
	}
	id, err := k.ID()
	if err != nil {
		t.Fatal(err)
	}
	if want := common.HexToHash("0x22194526a5ede1bb569b369d8ef563dcc3b2a7de00e16966192eaad6efa59af5"); id != want {
		t.Fatalf("id %s, the gateway computes %s", id, want)
	}
	if _, err := (solgateway.DepositKey{}).ID(); err == nil {
		t.Fatal("a zero key has an id")
	}
}

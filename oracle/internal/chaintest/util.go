package chaintest

import (
	"bytes"
	"io"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

func ethereumCall(to common.Address, input []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: input}
}

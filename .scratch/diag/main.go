package main

import (
	"fmt"
	"os"

	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/ethdb/pebble"
	"github.com/ethereum/go-ethereum/common"
)

func main() {
	kv, err := pebble.New(os.Args[1], 16, 16, "", true)
	if err != nil {
		panic(err)
	}
	db := rawdb.NewDatabase(kv)
	head := rawdb.ReadHeadBlockHash(db)
	fmt.Println("head block hash", head.Hex())
	if n, ok := rawdb.ReadHeaderNumber(db, head); ok {
		fmt.Println("head number", n)
	}
	fmt.Println("head header hash", rawdb.ReadHeadHeaderHash(db).Hex())
	for i := uint64(0); i < 40; i++ {
		h := rawdb.ReadCanonicalHash(db, i)
		if h == (common.Hash{}) {
			fmt.Println("no canonical at", i)
			break
		}
	}
	for _, a := range os.Args[2:] {
		h := common.HexToHash(a)
		n, ok := rawdb.ReadHeaderNumber(db, h)
		if !ok {
			fmt.Println(a[:10], "unknown")
			continue
		}
		hdr := rawdb.ReadHeader(db, h, n)
		fmt.Println(a[:10], "number", n, "header", hdr != nil, "body", rawdb.HasBody(db, h, n), "state", hdr != nil && rawdb.HasLegacyTrieNode(db, hdr.Root))
	}
}

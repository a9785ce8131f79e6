// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package solanagateway

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// ISolanaGatewayDepositKey is an auto generated low-level Go binding around an user-defined struct.
type ISolanaGatewayDepositKey struct {
	Cluster     [32]byte
	SignatureHi [32]byte
	SignatureLo [32]byte
	Index       uint16
}

// ISolanaGatewayOutbound is an auto generated low-level Go binding around an user-defined struct.
type ISolanaGatewayOutbound struct {
	Sender       common.Address
	GridAmount   *big.Int
	SolanaAmount uint64
	Mint         uint8
	Status       uint8
}

// ISolanaGatewayQueuedRelease is an auto generated low-level Go binding around an user-defined struct.
type ISolanaGatewayQueuedRelease struct {
	Recipient    common.Address
	Amount       *big.Int
	ReleasableAt uint64
}

// SolanaGatewayConfig is an auto generated low-level Go binding around an user-defined struct.
type SolanaGatewayConfig struct {
	SolanaGridDecimals uint8
	SolanaUsdDecimals  uint8
	WindowLength       uint32
	WindowCap          *big.Int
	LargeThreshold     *big.Int
	LargeDelay         uint32
	SwapFeeBps         uint16
	MinOutbound        *big.Int
	Guardian           common.Address
}

// SolanaGatewayMetaData contains all meta data concerning the SolanaGateway contract.
var SolanaGatewayMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"owner_\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"},{\"name\":\"priceOracle_\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"},{\"name\":\"grid_\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"config\",\"type\":\"tuple\",\"internalType\":\"structSolanaGateway.Config\",\"components\":[{\"name\":\"solanaGridDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"solanaUsdDecimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"windowLength\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"windowCap\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"largeThreshold\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"largeDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"swapFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"},{\"name\":\"minOutbound\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"guardian\",\"type\":\"address\",\"internalType\":\"address\"}]}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_LARGE_DELAY\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_SWAP_FEE_BPS\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MAX_WINDOW_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"MIN_WINDOW_LENGTH\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"acceptOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"bridgeToSolana\",\"inputs\":[{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"solanaRecipient\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"minSolanaAmount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"completeRelease\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"currentWindow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositDecided\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"depositId\",\"inputs\":[{\"name\":\"key\",\"type\":\"tuple\",\"internalType\":\"structISolanaGateway.DepositKey\",\"components\":[{\"name\":\"cluster\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatureHi\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatureLo\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]}],\"outputs\":[{\"name\":\"\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"stateMutability\":\"pure\"},{\"type\":\"function\",\"name\":\"frontier\",\"inputs\":[],\"outputs\":[{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"scheduled\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"fundReserve\",\"inputs\":[{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"grid\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIERC20\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"guardian\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"limits\",\"inputs\":[],\"outputs\":[{\"name\":\"windowCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"largeThreshold\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"largeDelay\",\"type\":\"uint32\",\"internalType\":\"uint32\"},{\"name\":\"swapFeeBps\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"locked\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"minOutbound\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outbound\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISolanaGateway.Outbound\",\"components\":[{\"name\":\"sender\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"gridAmount\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"solanaAmount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumISolanaGateway.OutboundStatus\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"outboundCount\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"owner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"paused\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingOwner\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"address\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"pendingTotal\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"previewSchedule\",\"inputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"window\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"releasableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"priceOracle\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIGridPriceOracle\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"queuedRelease\",\"inputs\":[{\"name\":\"id\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[{\"name\":\"\",\"type\":\"tuple\",\"internalType\":\"structISolanaGateway.QueuedRelease\",\"components\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"releasableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quoteDeposit\",\"inputs\":[{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"outputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quoteOutbound\",\"inputs\":[{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"solanaAmount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordRefund\",\"inputs\":[{\"name\":\"key\",\"type\":\"tuple\",\"internalType\":\"structISolanaGateway.DepositKey\",\"components\":[{\"name\":\"cluster\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatureHi\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatureLo\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"refundAccount\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"releaseDeposit\",\"inputs\":[{\"name\":\"key\",\"type\":\"tuple\",\"internalType\":\"structISolanaGateway.DepositKey\",\"components\":[{\"name\":\"cluster\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatureHi\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatureLo\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"index\",\"type\":\"uint16\",\"internalType\":\"uint16\"}]},{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"amount\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"releasableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"renounceOwnership\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"reserve\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"returnOutbound\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setGuardian\",\"inputs\":[{\"name\":\"guardian_\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setLargeTransfer\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint96\",\"internalType\":\"uint96\"},{\"name\":\"delay\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setMinOutbound\",\"inputs\":[{\"name\":\"minOutbound_\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setSwapFee\",\"inputs\":[{\"name\":\"swapFeeBps_\",\"type\":\"uint16\",\"internalType\":\"uint16\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"setWindowCap\",\"inputs\":[{\"name\":\"windowCap_\",\"type\":\"uint96\",\"internalType\":\"uint96\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"solanaGridDecimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"solanaUsdDecimals\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint8\",\"internalType\":\"uint8\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"sweep\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"contractIERC20\"},{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"transferOwnership\",\"inputs\":[{\"name\":\"newOwner\",\"type\":\"address\",\"internalType\":\"address\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"unpause\",\"inputs\":[],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"usdcLiquidity\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"windowLength\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"uint32\",\"internalType\":\"uint32\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"withdrawReserve\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"DepositQueued\",\"inputs\":[{\"name\":\"depositId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"mint\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"solanaAmount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"window\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"releasableAt\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DepositRefundRecorded\",\"inputs\":[{\"name\":\"depositId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"mint\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"solanaAmount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"refundAccount\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"DepositReleased\",\"inputs\":[{\"name\":\"depositId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"mint\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"solanaAmount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"GuardianSet\",\"inputs\":[{\"name\":\"guardian\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"LargeTransferSet\",\"inputs\":[{\"name\":\"threshold\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"delay\",\"type\":\"uint32\",\"indexed\":false,\"internalType\":\"uint32\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"MinOutboundSet\",\"inputs\":[{\"name\":\"minOutbound\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutboundRequested\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"mint\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"},{\"name\":\"solanaRecipient\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"solanaAmount\",\"type\":\"uint64\",\"indexed\":false,\"internalType\":\"uint64\"},{\"name\":\"fee\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"price\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OutboundReturned\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"indexed\":true,\"internalType\":\"uint64\"},{\"name\":\"sender\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reason\",\"type\":\"uint8\",\"indexed\":false,\"internalType\":\"uint8\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferStarted\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"OwnershipTransferred\",\"inputs\":[{\"name\":\"previousOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"newOwner\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Paused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"QueuedReleaseCompleted\",\"inputs\":[{\"name\":\"depositId\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"recipient\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"gridAmount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReserveFunded\",\"inputs\":[{\"name\":\"funder\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reserve\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"ReserveWithdrawn\",\"inputs\":[{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"},{\"name\":\"reserve\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"SwapFeeSet\",\"inputs\":[{\"name\":\"swapFeeBps\",\"type\":\"uint16\",\"indexed\":false,\"internalType\":\"uint16\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Swept\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"to\",\"type\":\"address\",\"indexed\":true,\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"Unpaused\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"indexed\":false,\"internalType\":\"address\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"WindowCapSet\",\"inputs\":[{\"name\":\"windowCap\",\"type\":\"uint256\",\"indexed\":false,\"internalType\":\"uint256\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"AmountAboveCap\",\"inputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"windowCap\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"AmountNotRepresentable\",\"inputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"unit\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"BelowMinOutbound\",\"inputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minOutbound\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EnforcedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ExpectedPause\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"InsufficientLocked\",\"inputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"locked\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientReserve\",\"inputs\":[{\"name\":\"gridAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"reserve\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InsufficientUsdcLiquidity\",\"inputs\":[{\"name\":\"usdcAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"liquidity\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"InvalidConfig\",\"inputs\":[{\"name\":\"name\",\"type\":\"string\",\"internalType\":\"string\"}]},{\"type\":\"error\",\"name\":\"InvalidReason\",\"inputs\":[{\"name\":\"reason\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"NotGuardian\",\"inputs\":[{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"NotQueued\",\"inputs\":[{\"name\":\"depositId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}]},{\"type\":\"error\",\"name\":\"NotYetReleasable\",\"inputs\":[{\"name\":\"depositId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"releasableAt\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"nowTs\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"OutboundNotOpen\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"},{\"name\":\"status\",\"type\":\"uint8\",\"internalType\":\"enumISolanaGateway.OutboundStatus\"}]},{\"type\":\"error\",\"name\":\"OwnableInvalidOwner\",\"inputs\":[{\"name\":\"owner\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"OwnableUnauthorizedAccount\",\"inputs\":[{\"name\":\"account\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ReentrancyGuardReentrantCall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SafeCastOverflowedUintDowncast\",\"inputs\":[{\"name\":\"bits\",\"type\":\"uint8\",\"internalType\":\"uint8\"},{\"name\":\"value\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SafeERC20FailedOperation\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"SlippageExceeded\",\"inputs\":[{\"name\":\"solanaAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"minSolanaAmount\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"SwapTooSmall\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"SweepAboveSurplus\",\"inputs\":[{\"name\":\"token\",\"type\":\"address\",\"internalType\":\"address\"},{\"name\":\"amount\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"surplus\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"UnknownMint\",\"inputs\":[{\"name\":\"mint\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnknownOutbound\",\"inputs\":[{\"name\":\"id\",\"type\":\"uint64\",\"internalType\":\"uint64\"}]},{\"type\":\"error\",\"name\":\"UnsupportedDecimals\",\"inputs\":[{\"name\":\"decimals\",\"type\":\"uint8\",\"internalType\":\"uint8\"}]},{\"type\":\"error\",\"name\":\"UnusableRecipient\",\"inputs\":[{\"name\":\"recipient\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroAmount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroDepositKey\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroRefundAccount\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroSolanaRecipient\",\"inputs\":[]}]",
	ID:  "SolanaGateway",
	Bin: "0x610180604052348015610010575f5ffd5b506040516151a83803806151a883398101604081905261002f9161065e565b846001600160a01b03811661005e57604051631e4fbdf760e01b81525f60048201526024015b60405180910390fd5b6100678161025f565b506001600160a01b038416158061008557506001600160a01b038316155b8061009757506001600160a01b038216155b156100b55760405163d92e233d60e01b815260040160405180910390fd5b6012815f015160ff1611156100e557805160405163fd91cbed60e01b815260ff9091166004820152602401610055565b6012816020015160ff16111561011957602081015160405163fd91cbed60e01b815260ff9091166004820152602401610055565b610e1063ffffffff16816040015163ffffffff16108061014b575062278d0063ffffffff16816040015163ffffffff16115b15610188576040516389a6198960e01b815260206004820152600c60248201526b0eed2dcc8deee98cadccee8d60a31b6044820152606401610055565b6001600160a01b0380851660805283811660a052821660c052805160ff90811660e0526020820151811661010052604082015163ffffffff166101205281516101d39116601261078d565b6101de90600a610889565b6101405260208101516101f59060ff16601261078d565b61020090600a610889565b6101605260608101516102129061027b565b61022a81608001518260a0015161031560201b60201c565b60c081015161023890610434565b60e0810151610246906104c8565b6101008101516102559061051e565b505050505061089b565b600180546001600160a01b03191690556102788161056c565b50565b806001600160601b03165f036102c0576040516389a6198960e01b8152602060048201526009602482015268077696e646f774361760bc1b6044820152606401610055565b600280546001600160601b0319166001600160601b0383169081179091556040519081527f3df39dad710dbd9a95511ad13542e5185d7577b3436ed343e345b1a4e39e4f87906020015b60405180910390a150565b816001600160601b03165f0361035f576040516389a6198960e01b815260206004820152600e60248201526d1b185c99d9551a1c995cda1bdb1960921b6044820152606401610055565b62278d0063ffffffff821611156103a6576040516389a6198960e01b815260206004820152600a6024820152696c6172676544656c617960b01b6044820152606401610055565b60028054600160601b600160e01b0319166c010000000000000000000000006001600160601b03851690810263ffffffff60c01b191691909117600160c01b63ffffffff8516908102919091179092556040805191825260208201929092527f3d89960aff94e55b376b16d8b8023310422890db196917bf429e5f9a239dc2f1910160405180910390a15050565b6103e861ffff82161115610478576040516389a6198960e01b815260206004820152600a6024820152697377617046656542707360b01b6044820152606401610055565b6002805461ffff60e01b1916600160e01b61ffff8416908102919091179091556040519081527f314601873cd91fabbbd5895f1406000e6b4aac39146f61b73890fa37c8ebf7ae9060200161030a565b600580546001600160a01b0316600160a01b6001600160601b038416908102919091179091556040519081527f59904adbdc52c2c4cb51b27ee50b85a1b47988ecbc89214e00c265aa0a7e6c829060200161030a565b600580546001600160a01b0319166001600160a01b0383169081179091556040519081527fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e9060200161030a565b5f80546001600160a01b038381166001600160a01b0319831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b6001600160a01b0381168114610278575f5ffd5b80516105da816105bb565b919050565b60405161012081016001600160401b038111828210171561060e57634e487b7160e01b5f52604160045260245ffd5b60405290565b805160ff811681146105da575f5ffd5b805163ffffffff811681146105da575f5ffd5b80516001600160601b03811681146105da575f5ffd5b805161ffff811681146105da575f5ffd5b5f5f5f5f5f8587036101a0811215610674575f5ffd5b865161067f816105bb565b6020880151909650610690816105bb565b60408801519095506106a1816105bb565b60608801519094506106b2816105bb565b9250610120607f19820112156106c6575f5ffd5b506106cf6105df565b6106db60808801610614565b81526106e960a08801610614565b60208201526106fa60c08801610624565b604082015261070b60e08801610637565b606082015261071d6101008801610637565b608082015261072f6101208801610624565b60a0820152610741610140880161064d565b60c08201526107536101608801610637565b60e082015261076561018088016105cf565b610100820152809150509295509295909350565b634e487b7160e01b5f52601160045260245ffd5b818103818111156107a0576107a0610779565b92915050565b6001815b60018411156107e1578085048111156107c5576107c5610779565b60018416156107d357908102905b60019390931c9280026107aa565b935093915050565b5f826107f7575060016107a0565b8161080357505f6107a0565b816001811461081957600281146108235761083f565b60019150506107a0565b60ff84111561083457610834610779565b50506001821b6107a0565b5060208310610133831016604e8410600b8410161715610862575081810a6107a0565b61086e5f1984846107a6565b805f190482111561088157610881610779565b029392505050565b5f61089483836107e9565b9392505050565b60805160a05160c05160e051610100516101205161014051610160516147fc6109ac5f395f8181612f93015261381001525f8181610daa01528181610dd601528181610e430152818161233701528181612363015281816123d00152818161284e015261325d01525f818161064e0152818161281001528181612c170152612cf601525f61086e01525f6105a501525f81816107e801528181610c14015281816112b8015281816114ab01528181611755015281816118e501528181611965015281816119c7015281816121ca0152612ad301525f81816103e401528181612f08015261378901525f8181610379015281816113820152818161201b015281816124ec015261273101526147fc5ff3fe608060405234801561000f575f5ffd5b5060043610610319575f3560e01c80638754354c116101a8578063ba0bafb4116100f3578063db97442d1161009e578063f1dcad0511610079578063f1dcad0514610949578063f2c0bbcf1461095c578063f2fde38b1461097e578063fb6f1cdd14610991575f5ffd5b8063db97442d14610912578063dc58569f14610925578063e30c397814610938575f5ffd5b8063cd3293de116100ce578063cd3293de146108c6578063cf309012146108dc578063d538f972146108f9575f5ffd5b8063ba0bafb414610890578063bbae23fa146107b3578063c7d722c614610898575f5ffd5b80639cd05bfd11610153578063a9f209b41161012e578063a9f209b414610843578063aaad19f114610856578063ad2caa2514610869575f5ffd5b80639cd05bfd146107d0578063a23836ef146107e3578063a7f083b31461080a575f5ffd5b806390847f8e1161018357806390847f8e14610793578063957aea32146107b357806399e62f3a146107bd575f5ffd5b80638754354c1461075d5780638a0dac4a146107705780638da5cb5b14610783575f5ffd5b8063505eafb91161026857806375c54224116102135780637f787b27116101ee5780637f787b27146106705780638456cb591461068c578063860aefcf14610694575f5ffd5b806375c542241461062e57806379ba5097146106415780637c70b20514610649575f5ffd5b80635f8e02e3116102435780635f8e02e3146105d957806362c0676714610613578063715018a614610626575f5ffd5b8063505eafb9146105465780635c975abb146105825780635d80ed13146105a0575f5ffd5b8063283f653c116102c85780633f4ba83a116102a35780633f4ba83a1461046c578063452a9320146104745780635059c52b14610487575f5ffd5b8063283f653c1461040657806336a1b5a01461043257806337425e6d1461043b575f5ffd5b80631c58ce14116102f85780631c58ce14146103b3578063249d39e9146103c85780632630c12f146103df575f5ffd5b80621c3d311461031d5780631225e98f146103405780631703a01814610374575b5f5ffd5b610326610e1081565b60405163ffffffff90911681526020015b60405180910390f35b61035361034e3660046140ca565b6109a4565b6040805167ffffffffffffffff938416815292909116602083015201610337565b61039b7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b039091168152602001610337565b6103c66103c13660046140f5565b610a8a565b005b6103d161271081565b604051908152602001610337565b61039b7f000000000000000000000000000000000000000000000000000000000000000081565b610419610414366004614149565b610c48565b60405167ffffffffffffffff9091168152602001610337565b6103d160065481565b61044e6104493660046141e9565b6112f5565b6040805192835267ffffffffffffffff909116602083015201610337565b6103c6611635565b60055461039b906001600160a01b031681565b6105036104953660046140ca565b60408051606080820183525f808352602080840182905292840181905293845260078252928290208251938401835280546001600160a01b0381168552600160a01b90046bffffffffffffffffffffffff16918401919091526001015467ffffffffffffffff169082015290565b6040805182516001600160a01b031681526020808401516bffffffffffffffffffffffff16908201529181015167ffffffffffffffff1690820152606001610337565b60055461056590600160a01b90046bffffffffffffffffffffffff1681565b6040516bffffffffffffffffffffffff9091168152602001610337565b600154600160a01b900460ff165b6040519015158152602001610337565b6105c77f000000000000000000000000000000000000000000000000000000000000000081565b60405160ff9091168152602001610337565b6003546040805167ffffffffffffffff83168152680100000000000000009092046bffffffffffffffffffffffff16602083015201610337565b6103c6610621366004614270565b611647565b6103c6611863565b6103c661063c3660046140ca565b611874565b6103c6611b22565b6103267f000000000000000000000000000000000000000000000000000000000000000081565b6106796103e881565b60405161ffff9091168152602001610337565b6103c6611b7c565b61072d604080516080810182526002546bffffffffffffffffffffffff8082168084526c010000000000000000000000008304909116602084018190527801000000000000000000000000000000000000000000000000830463ffffffff169484018590527c010000000000000000000000000000000000000000000000000000000090920461ffff1660609093018390529390929190565b6040516103379493929190938452602084019290925263ffffffff16604083015261ffff16606082015260800190565b6103c661076b3660046142ae565b611bf5565b6103c661077e36600461430d565b61220d565b5f546001600160a01b031661039b565b6107a66107a1366004614328565b61221e565b60405161033791906143a9565b61032662278d0081565b6103c66107cb36600461442a565b612301565b6103c66107de366004614443565b612312565b61039b7f000000000000000000000000000000000000000000000000000000000000000081565b61081d610818366004614464565b612323565b6040805167ffffffffffffffff9094168452602084019290925290820152606001610337565b6105906108513660046140ca565b6124ae565b6103c661086436600461447e565b612563565b6105c77f000000000000000000000000000000000000000000000000000000000000000081565b610419612805565b6108ab6108a636600461450d565b61283b565b60408051938452602084019290925290820152606001610337565b6004546bffffffffffffffffffffffff166103d1565b600354600160a01b90046bffffffffffffffffffffffff166103d1565b600454600160a01b900467ffffffffffffffff16610419565b6103c661092036600461442a565b6128e6565b6103c66109333660046140ca565b6128f7565b6001546001600160a01b031661039b565b6103d1610957366004614542565b612b10565b6004546c01000000000000000000000000900467ffffffffffffffff166103d1565b6103c661098c36600461430d565b612b1a565b6103c661099f36600461455c565b612ba2565b604080516060808201835260035467ffffffffffffffff811683526801000000000000000081046bffffffffffffffffffffffff908116602080860191909152600160a01b909204811684860152845160808101865260025480831682526c010000000000000000000000008104909216928101929092527801000000000000000000000000000000000000000000000000810463ffffffff16948201949094527c010000000000000000000000000000000000000000000000000000000090930461ffff16908301525f91829190610a809082908690612bb4565b9250925050915091565b610a92612d78565b610a9a612dbd565b6001600160a01b038216610ada576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f03610b13576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6004546bffffffffffffffffffffffff1680821115610b7a576040517f315276c9000000000000000000000000000000000000000000000000000000008152600481018390526bffffffffffffffffffffffff821660248201526044015b60405180910390fd5b610b8482826145bb565b600480547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff83169081179091556040805185815260208101929092529192506001600160a01b038516917ff7aeb382a1e87f84aa69637a22868c2e12be1261273f04cdf40a262a8b890031910160405180910390a2610c3b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168484612df2565b50610c44612e40565b5050565b5f610c51612e6a565b610c59612dbd565b82610c90576040517fd0fd3fb000000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b835f03610cc9576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600554600160a01b90046bffffffffffffffffffffffff16841015610d3b576005546040517fc36205fe00000000000000000000000000000000000000000000000000000000815260048101869052600160a01b9091046bffffffffffffffffffffffff166024820152604401610b71565b5f610d4585612eae565b604080516060810182526004546bffffffffffffffffffffffff8116825267ffffffffffffffff6c01000000000000000000000000820481166020840152600160a01b90910416918101919091529091505f80805f1960ff8b1601610ed1575f610dcf7f00000000000000000000000000000000000000000000000000000000000000008b61460c565b9050610dfb7f00000000000000000000000000000000000000000000000000000000000000008b61461f565b151580610e0f575067ffffffffffffffff81115b15610e6f576040517f3eed23a9000000000000000000000000000000000000000000000000000000008152600481018b90527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610b71565b8093508560035f0160148282829054906101000a90046bffffffffffffffffffffffff16610e9d9190614632565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555050611018565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff8b1601610fe157600254610f2d908a907c0100000000000000000000000000000000000000000000000000000000900461ffff16612f03565b6020870151929550909350915067ffffffffffffffff9081169084161115610f9b5760208401516040517fb937c36500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80861660048301529091166024820152604401610b71565b8284602001818151610fad9190614656565b67ffffffffffffffff16905250835185908590610fcb908390614632565b6bffffffffffffffffffffffff16905250611018565b6040517f552f853900000000000000000000000000000000000000000000000000000000815260ff8b166004820152602401610b71565b8667ffffffffffffffff168367ffffffffffffffff16101561107a576040517f71c4efed00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808516600483015288166024820152604401610b71565b83604001805161108990614676565b67ffffffffffffffff908116918290528551600480546020808a01516040808c01518716600160a01b027fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff9288166c01000000000000000000000000027fffffffffffffffffffffffff00000000000000000000000000000000000000009095166bffffffffffffffffffffffff97881617949094179190911692909217909255805160a081018252338152928a16918301919091529186169181019190915260ff8c166060820152909650608081016001905267ffffffffffffffff8088165f908152600860209081526040918290208451918501516bffffffffffffffffffffffff16600160a01b026001600160a01b0390921691909117815590830151600182018054606086015160ff1668010000000000000000027fffffffffffffffffffffffffffffffffffffffffffffff00000000000000000090911692909416919091179290921780835560808401519192907fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff16690100000000000000000083600281111561123c5761123c614343565b0217905550506040805160ff8d168152602081018b90529081018b905267ffffffffffffffff85811660608301526080820185905260a082018490523392508816907f9198d614a169f8861fc46dedc7a3a4740af6b136ab01ea01aab8d1db25c4ab949060c00160405180910390a36112e06001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001633308c613036565b50505050506112ed612e40565b949350505050565b5f5f6112ff612e6a565b611307612dbd565b5f61131189613085565b90506001600160a01b038616158061133157506001600160a01b03861630145b15611373576040517ffdc237210000000000000000000000000000000000000000000000000000000081526001600160a01b0387166004820152602401610b71565b5f61137e89896130fe565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316637c283c226007846113be868e8e8e613413565b8a8a6040518663ffffffff1660e01b81526004016113e09594939291906146a2565b5f604051808303815f87803b1580156113f7575f5ffd5b505af1158015611409573d5f5f3e3d5ffd5b50505050805f0151935080608001519250428367ffffffffffffffff16116114d757602080820151604080840151815160ff8e16815267ffffffffffffffff8d1694810194909452908301879052606083019190915260808201526001600160a01b0388169083907faa2b668771f45395fc9354896b046a93fe7eef30f833a9362d4375a70547e0cb9060a00160405180910390a36114d26001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168886612df2565b611620565b604080516060810182526001600160a01b03808a1682526bffffffffffffffffffffffff808816602080850191825267ffffffffffffffff808a168688019081525f8a8152600790935296822095519251909316600160a01b0291909316178355925160019092018054929093167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000009092169190911790915560068054869290611582908490614706565b92505081905550866001600160a01b0316827fa7a7c1566ca4be72841fa9afd83ec84447e6113c119556412dce37fc38a9fd138b8b888660200151876040015188606001518b604051611617979695949392919060ff97909716875267ffffffffffffffff9586166020880152604087019490945260608601929092526080850152821660a08401521660c082015260e00190565b60405180910390a35b505061162a612e40565b965096945050505050565b61163d612d78565b611645613491565b565b61164f612d78565b611657612dbd565b6001600160a01b038216611697576040517fd92e233d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b805f036116d0576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f906001600160a01b038516906370a0823190602401602060405180830381865afa15801561172d573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906117519190614719565b90507f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316846001600160a01b0316036117a157611794613501565b61179e9082614730565b90505b808211156117f4576040517f219096810000000000000000000000000000000000000000000000000000000081526001600160a01b03851660048201526024810183905260448101829052606401610b71565b826001600160a01b0316846001600160a01b03167f7b09c29f9106defeccc9ac3b823f3aad0b470d120e5df7aed033b5c43a4bf7188460405161183991815260200190565b60405180910390a36118556001600160a01b0385168484612df2565b5061185e612e40565b505050565b61186b612d78565b6116455f61353a565b61187c612dbd565b805f036118b5576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b0316906370a0823190602401602060405180830381865afa158015611932573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906119569190614719565b905061198d6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016333085613036565b6040517f70a082310000000000000000000000000000000000000000000000000000000081523060048201525f9082906001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016906370a0823190602401602060405180830381865afa158015611a0c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a309190614719565b611a3a9190614730565b9050805f03611a75576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611a7f82612eae565b600454611a9a91906bffffffffffffffffffffffff16614632565b600480547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff831690811790915560408051858152602081019290925291925033917f78d425cd780dedc6eeb91f9c08388fdfd7ebcd0008ffb9da76e7e996d2865d5c910160405180910390a2505050611b1f612e40565b50565b60015433906001600160a01b03168114611b73576040517f118cdaa70000000000000000000000000000000000000000000000000000000081526001600160a01b0382166004820152602401610b71565b611b1f8161353a565b5f546001600160a01b03163314801590611bb457506005546001600160a01b031633141580611bb457506005546001600160a01b0316155b15611bed576040517fa252c151000000000000000000000000000000000000000000000000000000008152336004820152602401610b71565b61164561356b565b611bfd612e6a565b611c05612dbd565b60ff83161580611c185750600260ff8416115b15611c54576040517f8bb9733100000000000000000000000000000000000000000000000000000000815260ff84166004820152602401610b71565b67ffffffffffffffff8085165f908152600860209081526040808320815160a08101835281546001600160a01b03811682526bffffffffffffffffffffffff600160a01b909104169381019390935260018101549485169183019190915260ff6801000000000000000085048116606084015292939192909160808401916901000000000000000000909104166002811115611cf257611cf2614343565b6002811115611d0357611d03614343565b9052509050600181608001516002811115611d2057611d20614343565b14611db8575f81608001516002811115611d3c57611d3c614343565b03611d7f576040517fa3680cc700000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610b71565b60808101516040517fee924715000000000000000000000000000000000000000000000000000000008152610b71918791600401614743565b600160ff16816060015160ff1603611e835760035460208201516bffffffffffffffffffffffff600160a01b90920482169116811015611e425760208201516040517f6ccf73e90000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff91821660048201529082166024820152604401610b71565b6020820151611e5190826145bb565b600380546bffffffffffffffffffffffff92909216600160a01b026001600160a01b0390921691909117905550612011565b604080516060810182526004546bffffffffffffffffffffffff80821680845267ffffffffffffffff6c0100000000000000000000000084048116602080870191909152600160a01b909404169484019490945290840151919291161115611f3657602082015181516040517f315276c90000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff928316600482015291166024820152604401610b71565b602082015181518290611f4a9083906145bb565b6bffffffffffffffffffffffff169052506040820151602082018051611f71908390614761565b67ffffffffffffffff90811690915282516004805460208601516040909601516bffffffffffffffffffffffff9093167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116176c0100000000000000000000000095841695909502949094177fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b919092160217909155505b6001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016637c283c22600867ffffffffffffffff88166120ba8989604080517f1d15ecf4068eb51a2f99096e91e25c6fcc204e3c2b6ec68b7df950f5097b6523602082015267ffffffffffffffff84169181019190915260ff821660608201525f9060800160405160208183030381529060405280519060200120905092915050565b87876040518663ffffffff1660e01b81526004016120dc9594939291906146a2565b5f604051808303815f87803b1580156120f3575f5ffd5b505af1158015612105573d5f5f3e3d5ffd5b5050505067ffffffffffffffff85165f8181526008602090815260409182902060010180547fffffffffffffffffffffffffffffffffffffffffffff00ffffffffffffffffff16690200000000000000000017905583518482015183516bffffffffffffffffffffffff909116815260ff8916928101929092526001600160a01b031692917f8304b4afb2fc0571c5e0eca20593162da42eed1b016ce1741a1bcc989c70c675910160405180910390a3805160208201516121fe916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916bffffffffffffffffffffffff16612df2565b50612207612e40565b50505050565b612215612d78565b611b1f816135c9565b61224c6040805160a0810182525f808252602082018190529181018290526060810182905290608082015290565b67ffffffffffffffff8083165f90815260086020908152604091829020825160a08101845281546001600160a01b03811682526bffffffffffffffffffffffff600160a01b909104169281019290925260018101549384169282019290925260ff680100000000000000008404811660608301529092608084019169010000000000000000009091041660028111156122e7576122e7614343565b60028111156122f8576122f8614343565b90525092915050565b612309612d78565b611b1f81613636565b61231a612d78565b611b1f81613691565b5f80805f1960ff861601612409575f61235c7f00000000000000000000000000000000000000000000000000000000000000008661460c565b90506123887f00000000000000000000000000000000000000000000000000000000000000008661461f565b15158061239c575067ffffffffffffffff81115b156123fc576040517f3eed23a9000000000000000000000000000000000000000000000000000000008152600481018690527f00000000000000000000000000000000000000000000000000000000000000006024820152604401610b71565b92505f91508190506124a7565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff861601612470576002546124659085907c0100000000000000000000000000000000000000000000000000000000900461ffff16612f03565b9250925092506124a7565b6040517f552f853900000000000000000000000000000000000000000000000000000000815260ff86166004820152602401610b71565b9250925092565b6040517f4ca9b88000000000000000000000000000000000000000000000000000000000815230600482015260076024820152604481018290525f907f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031690634ca9b88090606401602060405180830381865afa158015612539573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061255d9190614781565b92915050565b61256b612e6a565b5f61257588613085565b905060ff871660011480159061258f575060ff8716600214155b156125cb576040517f552f853900000000000000000000000000000000000000000000000000000000815260ff88166004820152602401610b71565b8567ffffffffffffffff165f0361260e576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b84612645576040517f4f38545600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60ff841615806126585750600660ff8516115b15612694576040517f8bb9733100000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610b71565b604080517f2a209fd502e217c2892fdb79b40d3cc118d65647f2976cfe76f05fa18f9bd7ba60208083019190915281830184905260ff8a8116606084015267ffffffffffffffff8a16608084015260a08301899052871660c0808401919091528351808403909101815260e083019384905280519101207f7c283c22000000000000000000000000000000000000000000000000000000009092527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031691637c283c2291612776916007918691908990899060e4016146a2565b5f604051808303815f87803b15801561278d575f5ffd5b505af115801561279f573d5f5f3e3d5ffd5b50506040805160ff808c16825267ffffffffffffffff8b16602083015291810189905290871660608201528392507f68b10cbf411a0169673bb606e3a1e14cc03818d21391a68c5d262f8b3f1e30d1915060800160405180910390a25050505050505050565b5f61283663ffffffff7f0000000000000000000000000000000000000000000000000000000000000000164261460c565b905090565b5f80805f1960ff86160161288a5761287d7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff86166147a0565b5f5f9250925092506124a7565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff861601612470576002546124659085907c0100000000000000000000000000000000000000000000000000000000900461ffff16613784565b6128ee612d78565b611b1f816138bf565b6128ff612e6a565b612907612dbd565b5f81815260076020908152604091829020825160608101845281546001600160a01b038116808352600160a01b9091046bffffffffffffffffffffffff169382019390935260019091015467ffffffffffffffff169281019290925261299c576040517fe58aa1e700000000000000000000000000000000000000000000000000000000815260048101839052602401610b71565b806040015167ffffffffffffffff16421015612a035760408082015190517f48f0ebcd0000000000000000000000000000000000000000000000000000000081526004810184905267ffffffffffffffff9091166024820152426044820152606401610b71565b5f828152600760209081526040822082815560010180547fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000169055820151600680546bffffffffffffffffffffffff909216929091612a63908490614730565b909155505080516020808301516040516bffffffffffffffffffffffff90911681526001600160a01b039092169184917f315d014917e71306a150a3273fde5a1c69bb5b1284f31e44e400b95ea9a856b7910160405180910390a380516020820151612b07916001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016916bffffffffffffffffffffffff16612df2565b50611b1f612e40565b5f61255d82613085565b612b22612d78565b600180546001600160a01b0383167fffffffffffffffffffffffff00000000000000000000000000000000000000009091168117909155612b6a5f546001600160a01b031690565b6001600160a01b03167f38d16b8cac22d99fc7c124b9cd0de2d3fa1faef420bfe791d8c362d765e2270060405160405180910390a350565b612baa612d78565b610c4482826139a1565b80515f9081906bffffffffffffffffffffffff1680851115612c0c576040517fd58632c60000000000000000000000000000000000000000000000000000000081526004810186905260248101829052604401610b71565b5f612c3d63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000164261460c565b90508067ffffffffffffffff16875f015167ffffffffffffffff161015612c765767ffffffffffffffff811687525f6020880152612cc1565b818688602001516bffffffffffffffffffffffff16612c959190614706565b1115612cc1576001875f01818151612cad9190614761565b67ffffffffffffffff169052505f60208801525b8587602001818151612cd39190614632565b6bffffffffffffffffffffffff16905250865193505f612d2c612d2663ffffffff7f00000000000000000000000000000000000000000000000000000000000000001667ffffffffffffffff88166147a0565b42613b60565b905085602001516bffffffffffffffffffffffff16871115612d6a57612d6781876040015163ffffffff1642612d629190614706565b613b60565b90505b809350505050935093915050565b5f546001600160a01b03163314611645576040517f118cdaa7000000000000000000000000000000000000000000000000000000008152336004820152602401610b71565b612dc5613b72565b61164560017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005b90613bcb565b612dff8383836001613bd2565b61185e576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610b71565b6116455f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f00612dec565b600154600160a01b900460ff1615611645576040517fd93c066500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6bffffffffffffffffffffffff821115612eff576040517f6dfcc6500000000000000000000000000000000000000000000000000000000081526060600482015260248101839052604401610b71565b5090565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663404dc9d76040518163ffffffff1660e01b81526004016040805180830381865afa158015612f61573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190612f8591906147b7565b5090505f612fc58683612fc07f0000000000000000000000000000000000000000000000000000000000000000670de0b6b3a76400006147a0565b613c4d565b9050612fda818661ffff166127106001613cfd565b92505f612fe78483614730565b9050805f03613022576040517f81406f4600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61302b81613d48565b945050509250925092565b613044848484846001613d97565b612207576040517f5274afe70000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610b71565b5f813515806130a3575060208201351580156130a357506040820135155b156130da576040517fc7b391ec00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61255d8235602084013560408501356130f96080870160608801614443565b613e1d565b61313f6040518060a001604052805f81526020015f81526020015f81526020015f67ffffffffffffffff1681526020015f67ffffffffffffffff1681525090565b8167ffffffffffffffff165f03613182576040517f1f2a200500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516080810182526002546bffffffffffffffffffffffff80821683526c01000000000000000000000000820481166020808501919091527801000000000000000000000000000000000000000000000000830463ffffffff16848601527c010000000000000000000000000000000000000000000000000000000090920461ffff166060808501919091528451908101855260035467ffffffffffffffff81168252680100000000000000008104831693820193909352600160a01b90920416928101929092529060ff85165f19016133215761328c7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff86166147a0565b80845260408201516bffffffffffffffffffffffff1610156132f857825160408281015190517f6ccf73e900000000000000000000000000000000000000000000000000000000815260048101929092526bffffffffffffffffffffffff166024820152604401610b71565b825160408201805161330b9083906145bb565b6bffffffffffffffffffffffff16905250613370565b7ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe60ff86160161247057613359848360600151613784565b604086015260208501528084526133709085613e49565b61337e81845f015184612bb4565b67ffffffffffffffff908116608086015290811660608501528151600380546020850151604090950151929093167fffffffffffffffffffffffff000000000000000000000000000000000000000090931692909217680100000000000000006bffffffffffffffffffffffff94851602176001600160a01b0316600160a01b93909116929092029190911790555092915050565b604080517f30c6de564d934d7118dcce2539b6bf4069a86a132d449be9d618d576f6453ee7602082015290810185905260ff8416606082015267ffffffffffffffff831660808201526001600160a01b03821660a08201525f9060c0015b604051602081830303815290604052805190602001209050949350505050565b613499613fc7565b600180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1690557f5db9ee0a495bf2e6ff9c91a7834c1ba4fdd244a5e8aa4e537bd38aeae4b073aa335b6040516001600160a01b03909116815260200160405180910390a1565b6006546004546003545f9291613530916bffffffffffffffffffffffff91821691600160a01b90910416614706565b6128369190614706565b600180547fffffffffffffffffffffffff0000000000000000000000000000000000000000169055611b1f8161400a565b613573612e6a565b600180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b1790557f62e78cea01bee320cd4e420270b5ea74000d11b0c9f74754ebdbfc544b05a2586134e43390565b600580547fffffffffffffffffffffffff0000000000000000000000000000000000000000166001600160a01b0383169081179091556040519081527fe6c09ffe4572dc9ceaa5ddde4ae41befa655d6fdfe8052077af0970f700e942e906020015b60405180910390a150565b600580546001600160a01b0316600160a01b6bffffffffffffffffffffffff8416908102919091179091556040519081527f59904adbdc52c2c4cb51b27ee50b85a1b47988ecbc89214e00c265aa0a7e6c829060200161362b565b6103e861ffff82161115613701576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f73776170466565427073000000000000000000000000000000000000000000006044820152606401610b71565b600280547fffff0000ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c010000000000000000000000000000000000000000000000000000000061ffff8416908102919091179091556040519081527f314601873cd91fabbbd5895f1406000e6b4aac39146f61b73890fa37c8ebf7ae9060200161362b565b5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031663404dc9d76040518163ffffffff1660e01b81526004016040805180830381865afa1580156137e2573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061380691906147b7565b5090505f8161383f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff89166147a0565b61385190670de0b6b3a76400006147a0565b61385b919061460c565b9050613870818661ffff166127106001613cfd565b925061387c8382614730565b9350835f036138b7576040517f81406f4600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b509250925092565b806bffffffffffffffffffffffff165f03613936576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600960248201527f77696e646f7743617000000000000000000000000000000000000000000000006044820152606401610b71565b600280547fffffffffffffffffffffffffffffffffffffffff000000000000000000000000166bffffffffffffffffffffffff83169081179091556040519081527f3df39dad710dbd9a95511ad13542e5185d7577b3436ed343e345b1a4e39e4f879060200161362b565b816bffffffffffffffffffffffff165f03613a18576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600e60248201527f6c617267655468726573686f6c640000000000000000000000000000000000006044820152606401610b71565b62278d0063ffffffff82161115613a8b576040517f89a6198900000000000000000000000000000000000000000000000000000000815260206004820152600a60248201527f6c6172676544656c6179000000000000000000000000000000000000000000006044820152606401610b71565b600280547fffffffff00000000000000000000000000000000ffffffffffffffffffffffff166c010000000000000000000000006bffffffffffffffffffffffff85169081027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1691909117780100000000000000000000000000000000000000000000000063ffffffff8516908102919091179092556040805191825260208201929092527f3d89960aff94e55b376b16d8b8023310422890db196917bf429e5f9a239dc2f1910160405180910390a15050565b5f8282188284110282185b9392505050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c15611645576040517f3ee5aeb500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b80825d5050565b6040517fa9059cbb000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038616600452602485905291602083604481808b5af1925060015f51148316613c41578383151615613c35573d5f823e3d81fd5b5f873b113d1516831692505b60405250949350505050565b5f5f5f613c5a8686614071565b91509150815f03613c7e57838181613c7457613c746145df565b0492505050613b6b565b818411613c9557613c95600385150260111861408d565b5f848688095f868103871696879004966002600389028118808a02820302808a02820302808a02820302808a02820302808a02820302808a02909103029181900381900460010185841190960395909502919093039390930492909217029150509392505050565b5f613d2a613d0a8361409e565b8015613d2557505f8480613d2057613d206145df565b868809115b151590565b613d35868686613c4d565b613d3f9190614706565b95945050505050565b5f67ffffffffffffffff821115612eff57604080517f6dfcc650000000000000000000000000000000000000000000000000000000008152600481019190915260248101839052604401610b71565b6040517f23b872dd000000000000000000000000000000000000000000000000000000005f8181526001600160a01b038781166004528616602452604485905291602083606481808c5af1925060015f51148316613e0c578383151615613e00573d5f823e3d81fd5b5f883b113d1516831692505b604052505f60605295945050505050565b60408051602081018690529081018490526060810183905261ffff821660808201525f9060a001613471565b604080516060810182526004546bffffffffffffffffffffffff811680835267ffffffffffffffff6c01000000000000000000000000830481166020850152600160a01b9092049091169282019290925290831115613eee5780516040517f315276c9000000000000000000000000000000000000000000000000000000008152600481018590526bffffffffffffffffffffffff9091166024820152604401610b71565b82815f01818151613eff91906145bb565b6bffffffffffffffffffffffff16905250602081018051839190613f24908390614761565b67ffffffffffffffff90811690915282516004805460208601516040909601516bffffffffffffffffffffffff9093167fffffffffffffffffffffffff0000000000000000000000000000000000000000909116176c0100000000000000000000000095841695909502949094177fffffffff0000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b919092160217909155505050565b600154600160a01b900460ff16611645576040517f8dfc202b00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f80546001600160a01b038381167fffffffffffffffffffffffff0000000000000000000000000000000000000000831681178455604051919092169283917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e09190a35050565b5f805f1983850993909202808410938190039390930393915050565b634e487b715f52806020526024601cfd5b5f60028260038111156140b3576140b3614343565b6140bd91906147db565b60ff166001149050919050565b5f602082840312156140da575f5ffd5b5035919050565b6001600160a01b0381168114611b1f575f5ffd5b5f5f60408385031215614106575f5ffd5b8235614111816140e1565b946020939093013593505050565b803560ff8116811461412f575f5ffd5b919050565b67ffffffffffffffff81168114611b1f575f5ffd5b5f5f5f5f6080858703121561415c575f5ffd5b6141658561411f565b93506020850135925060408501359150606085013561418381614134565b939692955090935050565b5f6080828403121561419e575f5ffd5b50919050565b5f5f83601f8401126141b4575f5ffd5b50813567ffffffffffffffff8111156141cb575f5ffd5b6020830191508360208285010111156141e2575f5ffd5b9250929050565b5f5f5f5f5f5f61010087890312156141ff575f5ffd5b614209888861418e565b95506142176080880161411f565b945060a087013561422781614134565b935060c0870135614237816140e1565b925060e087013567ffffffffffffffff811115614252575f5ffd5b61425e89828a016141a4565b979a9699509497509295939492505050565b5f5f5f60608486031215614282575f5ffd5b833561428d816140e1565b9250602084013561429d816140e1565b929592945050506040919091013590565b5f5f5f5f606085870312156142c1575f5ffd5b84356142cc81614134565b93506142da6020860161411f565b9250604085013567ffffffffffffffff8111156142f5575f5ffd5b614301878288016141a4565b95989497509550505050565b5f6020828403121561431d575f5ffd5b8135613b6b816140e1565b5f60208284031215614338575f5ffd5b8135613b6b81614134565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600381106143a5577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b5f60a0820190506001600160a01b0383511682526bffffffffffffffffffffffff602084015116602083015267ffffffffffffffff604084015116604083015260ff606084015116606083015260808301516144086080840182614370565b5092915050565b80356bffffffffffffffffffffffff8116811461412f575f5ffd5b5f6020828403121561443a575f5ffd5b613b6b8261440f565b5f60208284031215614453575f5ffd5b813561ffff81168114613b6b575f5ffd5b5f5f60408385031215614475575f5ffd5b6141118361411f565b5f5f5f5f5f5f5f610120888a031215614495575f5ffd5b61449f898961418e565b96506144ad6080890161411f565b955060a08801356144bd81614134565b945060c088013593506144d260e0890161411f565b925061010088013567ffffffffffffffff8111156144ee575f5ffd5b6144fa8a828b016141a4565b989b979a50959850939692959293505050565b5f5f6040838503121561451e575f5ffd5b6145278361411f565b9150602083013561453781614134565b809150509250929050565b5f60808284031215614552575f5ffd5b613b6b838361418e565b5f5f6040838503121561456d575f5ffd5b6145768361440f565b9150602083013563ffffffff81168114614537575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b6bffffffffffffffffffffffff828116828216039081111561255d5761255d61458e565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f8261461a5761461a6145df565b500490565b5f8261462d5761462d6145df565b500690565b6bffffffffffffffffffffffff818116838216019081111561255d5761255d61458e565b67ffffffffffffffff828116828216039081111561255d5761255d61458e565b5f67ffffffffffffffff821667ffffffffffffffff81036146995761469961458e565b60010192915050565b60ff8616815284602082015283604082015260806060820152816080820152818360a08301375f81830160a090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101949350505050565b8082018082111561255d5761255d61458e565b5f60208284031215614729575f5ffd5b5051919050565b8181038181111561255d5761255d61458e565b67ffffffffffffffff8316815260408101613b6b6020830184614370565b67ffffffffffffffff818116838216019081111561255d5761255d61458e565b5f60208284031215614791575f5ffd5b81518015158114613b6b575f5ffd5b808202811582820484141761255d5761255d61458e565b5f5f604083850312156147c8575f5ffd5b8251602084015190925061453781614134565b5f60ff8316806147ed576147ed6145df565b8060ff8416069150509291505056",
}

// SolanaGateway is an auto generated Go binding around an Ethereum contract.
type SolanaGateway struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SolanaGateway) GetABI() abi.ABI {
	return c.abi
}

// NewSolanaGateway creates a new instance of SolanaGateway.
func NewSolanaGateway() *SolanaGateway {
	parsed, err := SolanaGatewayMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SolanaGateway{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SolanaGateway) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address owner_, address quorum_, address priceOracle_, address grid_, (uint8,uint8,uint32,uint96,uint96,uint32,uint16,uint96,address) config) returns()
func (solanaGateway *SolanaGateway) PackConstructor(owner_ common.Address, quorum_ common.Address, priceOracle_ common.Address, grid_ common.Address, config SolanaGatewayConfig) []byte {
	enc, err := solanaGateway.abi.Pack("", owner_, quorum_, priceOracle_, grid_, config)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function BPS() view returns(uint256)
func (solanaGateway *SolanaGateway) PackBPS() []byte {
	enc, err := solanaGateway.abi.Pack("BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x249d39e9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function BPS() view returns(uint256)
func (solanaGateway *SolanaGateway) TryPackBPS() ([]byte, error) {
	return solanaGateway.abi.Pack("BPS")
}

// UnpackBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x249d39e9.
//
// Solidity: function BPS() view returns(uint256)
func (solanaGateway *SolanaGateway) UnpackBPS(data []byte) (*big.Int, error) {
	out, err := solanaGateway.abi.Unpack("BPS", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMAXLARGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbae23fa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_LARGE_DELAY() view returns(uint32)
func (solanaGateway *SolanaGateway) PackMAXLARGEDELAY() []byte {
	enc, err := solanaGateway.abi.Pack("MAX_LARGE_DELAY")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXLARGEDELAY is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbbae23fa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_LARGE_DELAY() view returns(uint32)
func (solanaGateway *SolanaGateway) TryPackMAXLARGEDELAY() ([]byte, error) {
	return solanaGateway.abi.Pack("MAX_LARGE_DELAY")
}

// UnpackMAXLARGEDELAY is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbbae23fa.
//
// Solidity: function MAX_LARGE_DELAY() view returns(uint32)
func (solanaGateway *SolanaGateway) UnpackMAXLARGEDELAY(data []byte) (uint32, error) {
	out, err := solanaGateway.abi.Unpack("MAX_LARGE_DELAY", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMAXSWAPFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f787b27.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_SWAP_FEE_BPS() view returns(uint16)
func (solanaGateway *SolanaGateway) PackMAXSWAPFEEBPS() []byte {
	enc, err := solanaGateway.abi.Pack("MAX_SWAP_FEE_BPS")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXSWAPFEEBPS is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7f787b27.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_SWAP_FEE_BPS() view returns(uint16)
func (solanaGateway *SolanaGateway) TryPackMAXSWAPFEEBPS() ([]byte, error) {
	return solanaGateway.abi.Pack("MAX_SWAP_FEE_BPS")
}

// UnpackMAXSWAPFEEBPS is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7f787b27.
//
// Solidity: function MAX_SWAP_FEE_BPS() view returns(uint16)
func (solanaGateway *SolanaGateway) UnpackMAXSWAPFEEBPS(data []byte) (uint16, error) {
	out, err := solanaGateway.abi.Unpack("MAX_SWAP_FEE_BPS", data)
	if err != nil {
		return *new(uint16), err
	}
	out0 := *abi.ConvertType(out[0], new(uint16)).(*uint16)
	return out0, nil
}

// PackMAXWINDOWLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x957aea32.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MAX_WINDOW_LENGTH() view returns(uint32)
func (solanaGateway *SolanaGateway) PackMAXWINDOWLENGTH() []byte {
	enc, err := solanaGateway.abi.Pack("MAX_WINDOW_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMAXWINDOWLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x957aea32.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MAX_WINDOW_LENGTH() view returns(uint32)
func (solanaGateway *SolanaGateway) TryPackMAXWINDOWLENGTH() ([]byte, error) {
	return solanaGateway.abi.Pack("MAX_WINDOW_LENGTH")
}

// UnpackMAXWINDOWLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x957aea32.
//
// Solidity: function MAX_WINDOW_LENGTH() view returns(uint32)
func (solanaGateway *SolanaGateway) UnpackMAXWINDOWLENGTH(data []byte) (uint32, error) {
	out, err := solanaGateway.abi.Unpack("MAX_WINDOW_LENGTH", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackMINWINDOWLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x001c3d31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_WINDOW_LENGTH() view returns(uint32)
func (solanaGateway *SolanaGateway) PackMINWINDOWLENGTH() []byte {
	enc, err := solanaGateway.abi.Pack("MIN_WINDOW_LENGTH")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINWINDOWLENGTH is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x001c3d31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_WINDOW_LENGTH() view returns(uint32)
func (solanaGateway *SolanaGateway) TryPackMINWINDOWLENGTH() ([]byte, error) {
	return solanaGateway.abi.Pack("MIN_WINDOW_LENGTH")
}

// UnpackMINWINDOWLENGTH is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x001c3d31.
//
// Solidity: function MIN_WINDOW_LENGTH() view returns(uint32)
func (solanaGateway *SolanaGateway) UnpackMINWINDOWLENGTH(data []byte) (uint32, error) {
	out, err := solanaGateway.abi.Unpack("MIN_WINDOW_LENGTH", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function acceptOwnership() returns()
func (solanaGateway *SolanaGateway) PackAcceptOwnership() []byte {
	enc, err := solanaGateway.abi.Pack("acceptOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAcceptOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x79ba5097.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function acceptOwnership() returns()
func (solanaGateway *SolanaGateway) TryPackAcceptOwnership() ([]byte, error) {
	return solanaGateway.abi.Pack("acceptOwnership")
}

// PackBridgeToSolana is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x283f653c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function bridgeToSolana(uint8 mint, uint256 gridAmount, bytes32 solanaRecipient, uint64 minSolanaAmount) returns(uint64 id)
func (solanaGateway *SolanaGateway) PackBridgeToSolana(mint uint8, gridAmount *big.Int, solanaRecipient [32]byte, minSolanaAmount uint64) []byte {
	enc, err := solanaGateway.abi.Pack("bridgeToSolana", mint, gridAmount, solanaRecipient, minSolanaAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBridgeToSolana is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x283f653c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function bridgeToSolana(uint8 mint, uint256 gridAmount, bytes32 solanaRecipient, uint64 minSolanaAmount) returns(uint64 id)
func (solanaGateway *SolanaGateway) TryPackBridgeToSolana(mint uint8, gridAmount *big.Int, solanaRecipient [32]byte, minSolanaAmount uint64) ([]byte, error) {
	return solanaGateway.abi.Pack("bridgeToSolana", mint, gridAmount, solanaRecipient, minSolanaAmount)
}

// UnpackBridgeToSolana is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x283f653c.
//
// Solidity: function bridgeToSolana(uint8 mint, uint256 gridAmount, bytes32 solanaRecipient, uint64 minSolanaAmount) returns(uint64 id)
func (solanaGateway *SolanaGateway) UnpackBridgeToSolana(data []byte) (uint64, error) {
	out, err := solanaGateway.abi.Unpack("bridgeToSolana", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackCompleteRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc58569f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function completeRelease(bytes32 id) returns()
func (solanaGateway *SolanaGateway) PackCompleteRelease(id [32]byte) []byte {
	enc, err := solanaGateway.abi.Pack("completeRelease", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCompleteRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdc58569f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function completeRelease(bytes32 id) returns()
func (solanaGateway *SolanaGateway) TryPackCompleteRelease(id [32]byte) ([]byte, error) {
	return solanaGateway.abi.Pack("completeRelease", id)
}

// PackCurrentWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0bafb4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function currentWindow() view returns(uint64)
func (solanaGateway *SolanaGateway) PackCurrentWindow() []byte {
	enc, err := solanaGateway.abi.Pack("currentWindow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCurrentWindow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba0bafb4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function currentWindow() view returns(uint64)
func (solanaGateway *SolanaGateway) TryPackCurrentWindow() ([]byte, error) {
	return solanaGateway.abi.Pack("currentWindow")
}

// UnpackCurrentWindow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba0bafb4.
//
// Solidity: function currentWindow() view returns(uint64)
func (solanaGateway *SolanaGateway) UnpackCurrentWindow(data []byte) (uint64, error) {
	out, err := solanaGateway.abi.Unpack("currentWindow", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackDepositDecided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9f209b4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositDecided(bytes32 id) view returns(bool)
func (solanaGateway *SolanaGateway) PackDepositDecided(id [32]byte) []byte {
	enc, err := solanaGateway.abi.Pack("depositDecided", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositDecided is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9f209b4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositDecided(bytes32 id) view returns(bool)
func (solanaGateway *SolanaGateway) TryPackDepositDecided(id [32]byte) ([]byte, error) {
	return solanaGateway.abi.Pack("depositDecided", id)
}

// UnpackDepositDecided is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9f209b4.
//
// Solidity: function depositDecided(bytes32 id) view returns(bool)
func (solanaGateway *SolanaGateway) UnpackDepositDecided(data []byte) (bool, error) {
	out, err := solanaGateway.abi.Unpack("depositDecided", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDepositId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1dcad05.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function depositId((bytes32,bytes32,bytes32,uint16) key) pure returns(bytes32)
func (solanaGateway *SolanaGateway) PackDepositId(key ISolanaGatewayDepositKey) []byte {
	enc, err := solanaGateway.abi.Pack("depositId", key)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDepositId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf1dcad05.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function depositId((bytes32,bytes32,bytes32,uint16) key) pure returns(bytes32)
func (solanaGateway *SolanaGateway) TryPackDepositId(key ISolanaGatewayDepositKey) ([]byte, error) {
	return solanaGateway.abi.Pack("depositId", key)
}

// UnpackDepositId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf1dcad05.
//
// Solidity: function depositId((bytes32,bytes32,bytes32,uint16) key) pure returns(bytes32)
func (solanaGateway *SolanaGateway) UnpackDepositId(data []byte) ([32]byte, error) {
	out, err := solanaGateway.abi.Unpack("depositId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackFrontier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8e02e3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function frontier() view returns(uint64 window, uint256 scheduled)
func (solanaGateway *SolanaGateway) PackFrontier() []byte {
	enc, err := solanaGateway.abi.Pack("frontier")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFrontier is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5f8e02e3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function frontier() view returns(uint64 window, uint256 scheduled)
func (solanaGateway *SolanaGateway) TryPackFrontier() ([]byte, error) {
	return solanaGateway.abi.Pack("frontier")
}

// FrontierOutput serves as a container for the return parameters of contract
// method Frontier.
type FrontierOutput struct {
	Window    uint64
	Scheduled *big.Int
}

// UnpackFrontier is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5f8e02e3.
//
// Solidity: function frontier() view returns(uint64 window, uint256 scheduled)
func (solanaGateway *SolanaGateway) UnpackFrontier(data []byte) (FrontierOutput, error) {
	out, err := solanaGateway.abi.Unpack("frontier", data)
	outstruct := new(FrontierOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Window = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Scheduled = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c54224.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function fundReserve(uint256 amount) returns()
func (solanaGateway *SolanaGateway) PackFundReserve(amount *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("fundReserve", amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackFundReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x75c54224.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function fundReserve(uint256 amount) returns()
func (solanaGateway *SolanaGateway) TryPackFundReserve(amount *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("fundReserve", amount)
}

// PackGrid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23836ef.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function grid() view returns(address)
func (solanaGateway *SolanaGateway) PackGrid() []byte {
	enc, err := solanaGateway.abi.Pack("grid")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGrid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa23836ef.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function grid() view returns(address)
func (solanaGateway *SolanaGateway) TryPackGrid() ([]byte, error) {
	return solanaGateway.abi.Pack("grid")
}

// UnpackGrid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa23836ef.
//
// Solidity: function grid() view returns(address)
func (solanaGateway *SolanaGateway) UnpackGrid(data []byte) (common.Address, error) {
	out, err := solanaGateway.abi.Unpack("grid", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function guardian() view returns(address)
func (solanaGateway *SolanaGateway) PackGuardian() []byte {
	enc, err := solanaGateway.abi.Pack("guardian")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x452a9320.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function guardian() view returns(address)
func (solanaGateway *SolanaGateway) TryPackGuardian() ([]byte, error) {
	return solanaGateway.abi.Pack("guardian")
}

// UnpackGuardian is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x452a9320.
//
// Solidity: function guardian() view returns(address)
func (solanaGateway *SolanaGateway) UnpackGuardian(data []byte) (common.Address, error) {
	out, err := solanaGateway.abi.Unpack("guardian", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x860aefcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function limits() view returns(uint256 windowCap, uint256 largeThreshold, uint32 largeDelay, uint16 swapFeeBps)
func (solanaGateway *SolanaGateway) PackLimits() []byte {
	enc, err := solanaGateway.abi.Pack("limits")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLimits is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x860aefcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function limits() view returns(uint256 windowCap, uint256 largeThreshold, uint32 largeDelay, uint16 swapFeeBps)
func (solanaGateway *SolanaGateway) TryPackLimits() ([]byte, error) {
	return solanaGateway.abi.Pack("limits")
}

// LimitsOutput serves as a container for the return parameters of contract
// method Limits.
type LimitsOutput struct {
	WindowCap      *big.Int
	LargeThreshold *big.Int
	LargeDelay     uint32
	SwapFeeBps     uint16
}

// UnpackLimits is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x860aefcf.
//
// Solidity: function limits() view returns(uint256 windowCap, uint256 largeThreshold, uint32 largeDelay, uint16 swapFeeBps)
func (solanaGateway *SolanaGateway) UnpackLimits(data []byte) (LimitsOutput, error) {
	out, err := solanaGateway.abi.Unpack("limits", data)
	outstruct := new(LimitsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.WindowCap = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.LargeThreshold = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.LargeDelay = *abi.ConvertType(out[2], new(uint32)).(*uint32)
	outstruct.SwapFeeBps = *abi.ConvertType(out[3], new(uint16)).(*uint16)
	return *outstruct, nil
}

// PackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf309012.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function locked() view returns(uint256)
func (solanaGateway *SolanaGateway) PackLocked() []byte {
	enc, err := solanaGateway.abi.Pack("locked")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackLocked is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcf309012.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function locked() view returns(uint256)
func (solanaGateway *SolanaGateway) TryPackLocked() ([]byte, error) {
	return solanaGateway.abi.Pack("locked")
}

// UnpackLocked is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcf309012.
//
// Solidity: function locked() view returns(uint256)
func (solanaGateway *SolanaGateway) UnpackLocked(data []byte) (*big.Int, error) {
	out, err := solanaGateway.abi.Unpack("locked", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackMinOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x505eafb9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minOutbound() view returns(uint96)
func (solanaGateway *SolanaGateway) PackMinOutbound() []byte {
	enc, err := solanaGateway.abi.Pack("minOutbound")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x505eafb9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minOutbound() view returns(uint96)
func (solanaGateway *SolanaGateway) TryPackMinOutbound() ([]byte, error) {
	return solanaGateway.abi.Pack("minOutbound")
}

// UnpackMinOutbound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x505eafb9.
//
// Solidity: function minOutbound() view returns(uint96)
func (solanaGateway *SolanaGateway) UnpackMinOutbound(data []byte) (*big.Int, error) {
	out, err := solanaGateway.abi.Unpack("minOutbound", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90847f8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outbound(uint64 id) view returns((address,uint96,uint64,uint8,uint8))
func (solanaGateway *SolanaGateway) PackOutbound(id uint64) []byte {
	enc, err := solanaGateway.abi.Pack("outbound", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x90847f8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outbound(uint64 id) view returns((address,uint96,uint64,uint8,uint8))
func (solanaGateway *SolanaGateway) TryPackOutbound(id uint64) ([]byte, error) {
	return solanaGateway.abi.Pack("outbound", id)
}

// UnpackOutbound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x90847f8e.
//
// Solidity: function outbound(uint64 id) view returns((address,uint96,uint64,uint8,uint8))
func (solanaGateway *SolanaGateway) UnpackOutbound(data []byte) (ISolanaGatewayOutbound, error) {
	out, err := solanaGateway.abi.Unpack("outbound", data)
	if err != nil {
		return *new(ISolanaGatewayOutbound), err
	}
	out0 := *abi.ConvertType(out[0], new(ISolanaGatewayOutbound)).(*ISolanaGatewayOutbound)
	return out0, nil
}

// PackOutboundCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd538f972.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function outboundCount() view returns(uint64)
func (solanaGateway *SolanaGateway) PackOutboundCount() []byte {
	enc, err := solanaGateway.abi.Pack("outboundCount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOutboundCount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd538f972.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function outboundCount() view returns(uint64)
func (solanaGateway *SolanaGateway) TryPackOutboundCount() ([]byte, error) {
	return solanaGateway.abi.Pack("outboundCount")
}

// UnpackOutboundCount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd538f972.
//
// Solidity: function outboundCount() view returns(uint64)
func (solanaGateway *SolanaGateway) UnpackOutboundCount(data []byte) (uint64, error) {
	out, err := solanaGateway.abi.Unpack("outboundCount", data)
	if err != nil {
		return *new(uint64), err
	}
	out0 := *abi.ConvertType(out[0], new(uint64)).(*uint64)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (solanaGateway *SolanaGateway) PackOwner() []byte {
	enc, err := solanaGateway.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (solanaGateway *SolanaGateway) TryPackOwner() ([]byte, error) {
	return solanaGateway.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (solanaGateway *SolanaGateway) UnpackOwner(data []byte) (common.Address, error) {
	out, err := solanaGateway.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pause() returns()
func (solanaGateway *SolanaGateway) PackPause() []byte {
	enc, err := solanaGateway.abi.Pack("pause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8456cb59.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pause() returns()
func (solanaGateway *SolanaGateway) TryPackPause() ([]byte, error) {
	return solanaGateway.abi.Pack("pause")
}

// PackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function paused() view returns(bool)
func (solanaGateway *SolanaGateway) PackPaused() []byte {
	enc, err := solanaGateway.abi.Pack("paused")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPaused is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5c975abb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function paused() view returns(bool)
func (solanaGateway *SolanaGateway) TryPackPaused() ([]byte, error) {
	return solanaGateway.abi.Pack("paused")
}

// UnpackPaused is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5c975abb.
//
// Solidity: function paused() view returns(bool)
func (solanaGateway *SolanaGateway) UnpackPaused(data []byte) (bool, error) {
	out, err := solanaGateway.abi.Unpack("paused", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingOwner() view returns(address)
func (solanaGateway *SolanaGateway) PackPendingOwner() []byte {
	enc, err := solanaGateway.abi.Pack("pendingOwner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe30c3978.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingOwner() view returns(address)
func (solanaGateway *SolanaGateway) TryPackPendingOwner() ([]byte, error) {
	return solanaGateway.abi.Pack("pendingOwner")
}

// UnpackPendingOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe30c3978.
//
// Solidity: function pendingOwner() view returns(address)
func (solanaGateway *SolanaGateway) UnpackPendingOwner(data []byte) (common.Address, error) {
	out, err := solanaGateway.abi.Unpack("pendingOwner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPendingTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36a1b5a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function pendingTotal() view returns(uint256)
func (solanaGateway *SolanaGateway) PackPendingTotal() []byte {
	enc, err := solanaGateway.abi.Pack("pendingTotal")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPendingTotal is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x36a1b5a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function pendingTotal() view returns(uint256)
func (solanaGateway *SolanaGateway) TryPackPendingTotal() ([]byte, error) {
	return solanaGateway.abi.Pack("pendingTotal")
}

// UnpackPendingTotal is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x36a1b5a0.
//
// Solidity: function pendingTotal() view returns(uint256)
func (solanaGateway *SolanaGateway) UnpackPendingTotal(data []byte) (*big.Int, error) {
	out, err := solanaGateway.abi.Unpack("pendingTotal", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackPreviewSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1225e98f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function previewSchedule(uint256 gridAmount) view returns(uint64 window, uint64 releasableAt)
func (solanaGateway *SolanaGateway) PackPreviewSchedule(gridAmount *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("previewSchedule", gridAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPreviewSchedule is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1225e98f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function previewSchedule(uint256 gridAmount) view returns(uint64 window, uint64 releasableAt)
func (solanaGateway *SolanaGateway) TryPackPreviewSchedule(gridAmount *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("previewSchedule", gridAmount)
}

// PreviewScheduleOutput serves as a container for the return parameters of contract
// method PreviewSchedule.
type PreviewScheduleOutput struct {
	Window       uint64
	ReleasableAt uint64
}

// UnpackPreviewSchedule is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1225e98f.
//
// Solidity: function previewSchedule(uint256 gridAmount) view returns(uint64 window, uint64 releasableAt)
func (solanaGateway *SolanaGateway) UnpackPreviewSchedule(data []byte) (PreviewScheduleOutput, error) {
	out, err := solanaGateway.abi.Unpack("previewSchedule", data)
	outstruct := new(PreviewScheduleOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Window = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.ReleasableAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2630c12f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function priceOracle() view returns(address)
func (solanaGateway *SolanaGateway) PackPriceOracle() []byte {
	enc, err := solanaGateway.abi.Pack("priceOracle")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPriceOracle is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2630c12f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function priceOracle() view returns(address)
func (solanaGateway *SolanaGateway) TryPackPriceOracle() ([]byte, error) {
	return solanaGateway.abi.Pack("priceOracle")
}

// UnpackPriceOracle is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x2630c12f.
//
// Solidity: function priceOracle() view returns(address)
func (solanaGateway *SolanaGateway) UnpackPriceOracle(data []byte) (common.Address, error) {
	out, err := solanaGateway.abi.Unpack("priceOracle", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQueuedRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5059c52b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function queuedRelease(bytes32 id) view returns((address,uint96,uint64))
func (solanaGateway *SolanaGateway) PackQueuedRelease(id [32]byte) []byte {
	enc, err := solanaGateway.abi.Pack("queuedRelease", id)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQueuedRelease is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5059c52b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function queuedRelease(bytes32 id) view returns((address,uint96,uint64))
func (solanaGateway *SolanaGateway) TryPackQueuedRelease(id [32]byte) ([]byte, error) {
	return solanaGateway.abi.Pack("queuedRelease", id)
}

// UnpackQueuedRelease is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5059c52b.
//
// Solidity: function queuedRelease(bytes32 id) view returns((address,uint96,uint64))
func (solanaGateway *SolanaGateway) UnpackQueuedRelease(data []byte) (ISolanaGatewayQueuedRelease, error) {
	out, err := solanaGateway.abi.Unpack("queuedRelease", data)
	if err != nil {
		return *new(ISolanaGatewayQueuedRelease), err
	}
	out0 := *abi.ConvertType(out[0], new(ISolanaGatewayQueuedRelease)).(*ISolanaGatewayQueuedRelease)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(address)
func (solanaGateway *SolanaGateway) PackQuorum() []byte {
	enc, err := solanaGateway.abi.Pack("quorum")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quorum() view returns(address)
func (solanaGateway *SolanaGateway) TryPackQuorum() ([]byte, error) {
	return solanaGateway.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (solanaGateway *SolanaGateway) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := solanaGateway.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuoteDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7d722c6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteDeposit(uint8 mint, uint64 amount) view returns(uint256 gridAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) PackQuoteDeposit(mint uint8, amount uint64) []byte {
	enc, err := solanaGateway.abi.Pack("quoteDeposit", mint, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xc7d722c6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteDeposit(uint8 mint, uint64 amount) view returns(uint256 gridAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) TryPackQuoteDeposit(mint uint8, amount uint64) ([]byte, error) {
	return solanaGateway.abi.Pack("quoteDeposit", mint, amount)
}

// QuoteDepositOutput serves as a container for the return parameters of contract
// method QuoteDeposit.
type QuoteDepositOutput struct {
	GridAmount *big.Int
	Fee        *big.Int
	Price      *big.Int
}

// UnpackQuoteDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xc7d722c6.
//
// Solidity: function quoteDeposit(uint8 mint, uint64 amount) view returns(uint256 gridAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) UnpackQuoteDeposit(data []byte) (QuoteDepositOutput, error) {
	out, err := solanaGateway.abi.Unpack("quoteDeposit", data)
	outstruct := new(QuoteDepositOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.GridAmount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Price = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackQuoteOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f083b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quoteOutbound(uint8 mint, uint256 gridAmount) view returns(uint64 solanaAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) PackQuoteOutbound(mint uint8, gridAmount *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("quoteOutbound", mint, gridAmount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackQuoteOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa7f083b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function quoteOutbound(uint8 mint, uint256 gridAmount) view returns(uint64 solanaAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) TryPackQuoteOutbound(mint uint8, gridAmount *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("quoteOutbound", mint, gridAmount)
}

// QuoteOutboundOutput serves as a container for the return parameters of contract
// method QuoteOutbound.
type QuoteOutboundOutput struct {
	SolanaAmount uint64
	Fee          *big.Int
	Price        *big.Int
}

// UnpackQuoteOutbound is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa7f083b3.
//
// Solidity: function quoteOutbound(uint8 mint, uint256 gridAmount) view returns(uint64 solanaAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) UnpackQuoteOutbound(data []byte) (QuoteOutboundOutput, error) {
	out, err := solanaGateway.abi.Unpack("quoteOutbound", data)
	outstruct := new(QuoteOutboundOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.SolanaAmount = *abi.ConvertType(out[0], new(uint64)).(*uint64)
	outstruct.Fee = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	outstruct.Price = abi.ConvertType(out[2], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackRecordRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaad19f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordRefund((bytes32,bytes32,bytes32,uint16) key, uint8 mint, uint64 amount, bytes32 refundAccount, uint8 reason, bytes signatures) returns()
func (solanaGateway *SolanaGateway) PackRecordRefund(key ISolanaGatewayDepositKey, mint uint8, amount uint64, refundAccount [32]byte, reason uint8, signatures []byte) []byte {
	enc, err := solanaGateway.abi.Pack("recordRefund", key, mint, amount, refundAccount, reason, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordRefund is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaaad19f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordRefund((bytes32,bytes32,bytes32,uint16) key, uint8 mint, uint64 amount, bytes32 refundAccount, uint8 reason, bytes signatures) returns()
func (solanaGateway *SolanaGateway) TryPackRecordRefund(key ISolanaGatewayDepositKey, mint uint8, amount uint64, refundAccount [32]byte, reason uint8, signatures []byte) ([]byte, error) {
	return solanaGateway.abi.Pack("recordRefund", key, mint, amount, refundAccount, reason, signatures)
}

// PackReleaseDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37425e6d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function releaseDeposit((bytes32,bytes32,bytes32,uint16) key, uint8 mint, uint64 amount, address recipient, bytes signatures) returns(uint256 gridAmount, uint64 releasableAt)
func (solanaGateway *SolanaGateway) PackReleaseDeposit(key ISolanaGatewayDepositKey, mint uint8, amount uint64, recipient common.Address, signatures []byte) []byte {
	enc, err := solanaGateway.abi.Pack("releaseDeposit", key, mint, amount, recipient, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReleaseDeposit is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x37425e6d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function releaseDeposit((bytes32,bytes32,bytes32,uint16) key, uint8 mint, uint64 amount, address recipient, bytes signatures) returns(uint256 gridAmount, uint64 releasableAt)
func (solanaGateway *SolanaGateway) TryPackReleaseDeposit(key ISolanaGatewayDepositKey, mint uint8, amount uint64, recipient common.Address, signatures []byte) ([]byte, error) {
	return solanaGateway.abi.Pack("releaseDeposit", key, mint, amount, recipient, signatures)
}

// ReleaseDepositOutput serves as a container for the return parameters of contract
// method ReleaseDeposit.
type ReleaseDepositOutput struct {
	GridAmount   *big.Int
	ReleasableAt uint64
}

// UnpackReleaseDeposit is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x37425e6d.
//
// Solidity: function releaseDeposit((bytes32,bytes32,bytes32,uint16) key, uint8 mint, uint64 amount, address recipient, bytes signatures) returns(uint256 gridAmount, uint64 releasableAt)
func (solanaGateway *SolanaGateway) UnpackReleaseDeposit(data []byte) (ReleaseDepositOutput, error) {
	out, err := solanaGateway.abi.Unpack("releaseDeposit", data)
	outstruct := new(ReleaseDepositOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.GridAmount = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReleasableAt = *abi.ConvertType(out[1], new(uint64)).(*uint64)
	return *outstruct, nil
}

// PackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function renounceOwnership() returns()
func (solanaGateway *SolanaGateway) PackRenounceOwnership() []byte {
	enc, err := solanaGateway.abi.Pack("renounceOwnership")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRenounceOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x715018a6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function renounceOwnership() returns()
func (solanaGateway *SolanaGateway) TryPackRenounceOwnership() ([]byte, error) {
	return solanaGateway.abi.Pack("renounceOwnership")
}

// PackReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd3293de.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function reserve() view returns(uint256)
func (solanaGateway *SolanaGateway) PackReserve() []byte {
	enc, err := solanaGateway.abi.Pack("reserve")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xcd3293de.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function reserve() view returns(uint256)
func (solanaGateway *SolanaGateway) TryPackReserve() ([]byte, error) {
	return solanaGateway.abi.Pack("reserve")
}

// UnpackReserve is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xcd3293de.
//
// Solidity: function reserve() view returns(uint256)
func (solanaGateway *SolanaGateway) UnpackReserve(data []byte) (*big.Int, error) {
	out, err := solanaGateway.abi.Unpack("reserve", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackReturnOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8754354c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function returnOutbound(uint64 id, uint8 reason, bytes signatures) returns()
func (solanaGateway *SolanaGateway) PackReturnOutbound(id uint64, reason uint8, signatures []byte) []byte {
	enc, err := solanaGateway.abi.Pack("returnOutbound", id, reason, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackReturnOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8754354c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function returnOutbound(uint64 id, uint8 reason, bytes signatures) returns()
func (solanaGateway *SolanaGateway) TryPackReturnOutbound(id uint64, reason uint8, signatures []byte) ([]byte, error) {
	return solanaGateway.abi.Pack("returnOutbound", id, reason, signatures)
}

// PackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setGuardian(address guardian_) returns()
func (solanaGateway *SolanaGateway) PackSetGuardian(guardian common.Address) []byte {
	enc, err := solanaGateway.abi.Pack("setGuardian", guardian)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetGuardian is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a0dac4a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setGuardian(address guardian_) returns()
func (solanaGateway *SolanaGateway) TryPackSetGuardian(guardian common.Address) ([]byte, error) {
	return solanaGateway.abi.Pack("setGuardian", guardian)
}

// PackSetLargeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb6f1cdd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setLargeTransfer(uint96 threshold, uint32 delay) returns()
func (solanaGateway *SolanaGateway) PackSetLargeTransfer(threshold *big.Int, delay uint32) []byte {
	enc, err := solanaGateway.abi.Pack("setLargeTransfer", threshold, delay)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetLargeTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfb6f1cdd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setLargeTransfer(uint96 threshold, uint32 delay) returns()
func (solanaGateway *SolanaGateway) TryPackSetLargeTransfer(threshold *big.Int, delay uint32) ([]byte, error) {
	return solanaGateway.abi.Pack("setLargeTransfer", threshold, delay)
}

// PackSetMinOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99e62f3a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinOutbound(uint96 minOutbound_) returns()
func (solanaGateway *SolanaGateway) PackSetMinOutbound(minOutbound *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("setMinOutbound", minOutbound)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinOutbound is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x99e62f3a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinOutbound(uint96 minOutbound_) returns()
func (solanaGateway *SolanaGateway) TryPackSetMinOutbound(minOutbound *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("setMinOutbound", minOutbound)
}

// PackSetSwapFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd05bfd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setSwapFee(uint16 swapFeeBps_) returns()
func (solanaGateway *SolanaGateway) PackSetSwapFee(swapFeeBps uint16) []byte {
	enc, err := solanaGateway.abi.Pack("setSwapFee", swapFeeBps)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetSwapFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x9cd05bfd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setSwapFee(uint16 swapFeeBps_) returns()
func (solanaGateway *SolanaGateway) TryPackSetSwapFee(swapFeeBps uint16) ([]byte, error) {
	return solanaGateway.abi.Pack("setSwapFee", swapFeeBps)
}

// PackSetWindowCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb97442d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setWindowCap(uint96 windowCap_) returns()
func (solanaGateway *SolanaGateway) PackSetWindowCap(windowCap *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("setWindowCap", windowCap)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetWindowCap is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb97442d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setWindowCap(uint96 windowCap_) returns()
func (solanaGateway *SolanaGateway) TryPackSetWindowCap(windowCap *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("setWindowCap", windowCap)
}

// PackSolanaGridDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d80ed13.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function solanaGridDecimals() view returns(uint8)
func (solanaGateway *SolanaGateway) PackSolanaGridDecimals() []byte {
	enc, err := solanaGateway.abi.Pack("solanaGridDecimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSolanaGridDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5d80ed13.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function solanaGridDecimals() view returns(uint8)
func (solanaGateway *SolanaGateway) TryPackSolanaGridDecimals() ([]byte, error) {
	return solanaGateway.abi.Pack("solanaGridDecimals")
}

// UnpackSolanaGridDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5d80ed13.
//
// Solidity: function solanaGridDecimals() view returns(uint8)
func (solanaGateway *SolanaGateway) UnpackSolanaGridDecimals(data []byte) (uint8, error) {
	out, err := solanaGateway.abi.Unpack("solanaGridDecimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSolanaUsdDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad2caa25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function solanaUsdDecimals() view returns(uint8)
func (solanaGateway *SolanaGateway) PackSolanaUsdDecimals() []byte {
	enc, err := solanaGateway.abi.Pack("solanaUsdDecimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSolanaUsdDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad2caa25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function solanaUsdDecimals() view returns(uint8)
func (solanaGateway *SolanaGateway) TryPackSolanaUsdDecimals() ([]byte, error) {
	return solanaGateway.abi.Pack("solanaUsdDecimals")
}

// UnpackSolanaUsdDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad2caa25.
//
// Solidity: function solanaUsdDecimals() view returns(uint8)
func (solanaGateway *SolanaGateway) UnpackSolanaUsdDecimals(data []byte) (uint8, error) {
	out, err := solanaGateway.abi.Unpack("solanaUsdDecimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (solanaGateway *SolanaGateway) PackSweep(token common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("sweep", token, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSweep is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x62c06767.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function sweep(address token, address to, uint256 amount) returns()
func (solanaGateway *SolanaGateway) TryPackSweep(token common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("sweep", token, to, amount)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (solanaGateway *SolanaGateway) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := solanaGateway.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner) returns()
func (solanaGateway *SolanaGateway) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return solanaGateway.abi.Pack("transferOwnership", newOwner)
}

// PackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function unpause() returns()
func (solanaGateway *SolanaGateway) PackUnpause() []byte {
	enc, err := solanaGateway.abi.Pack("unpause")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUnpause is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3f4ba83a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function unpause() returns()
func (solanaGateway *SolanaGateway) TryPackUnpause() ([]byte, error) {
	return solanaGateway.abi.Pack("unpause")
}

// PackUsdcLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c0bbcf.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function usdcLiquidity() view returns(uint256)
func (solanaGateway *SolanaGateway) PackUsdcLiquidity() []byte {
	enc, err := solanaGateway.abi.Pack("usdcLiquidity")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackUsdcLiquidity is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2c0bbcf.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function usdcLiquidity() view returns(uint256)
func (solanaGateway *SolanaGateway) TryPackUsdcLiquidity() ([]byte, error) {
	return solanaGateway.abi.Pack("usdcLiquidity")
}

// UnpackUsdcLiquidity is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf2c0bbcf.
//
// Solidity: function usdcLiquidity() view returns(uint256)
func (solanaGateway *SolanaGateway) UnpackUsdcLiquidity(data []byte) (*big.Int, error) {
	out, err := solanaGateway.abi.Unpack("usdcLiquidity", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackWindowLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c70b205.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function windowLength() view returns(uint32)
func (solanaGateway *SolanaGateway) PackWindowLength() []byte {
	enc, err := solanaGateway.abi.Pack("windowLength")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWindowLength is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7c70b205.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function windowLength() view returns(uint32)
func (solanaGateway *SolanaGateway) TryPackWindowLength() ([]byte, error) {
	return solanaGateway.abi.Pack("windowLength")
}

// UnpackWindowLength is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7c70b205.
//
// Solidity: function windowLength() view returns(uint32)
func (solanaGateway *SolanaGateway) UnpackWindowLength(data []byte) (uint32, error) {
	out, err := solanaGateway.abi.Unpack("windowLength", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c58ce14.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawReserve(address to, uint256 amount) returns()
func (solanaGateway *SolanaGateway) PackWithdrawReserve(to common.Address, amount *big.Int) []byte {
	enc, err := solanaGateway.abi.Pack("withdrawReserve", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawReserve is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1c58ce14.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawReserve(address to, uint256 amount) returns()
func (solanaGateway *SolanaGateway) TryPackWithdrawReserve(to common.Address, amount *big.Int) ([]byte, error) {
	return solanaGateway.abi.Pack("withdrawReserve", to, amount)
}

// SolanaGatewayDepositQueued represents a DepositQueued event raised by the SolanaGateway contract.
type SolanaGatewayDepositQueued struct {
	DepositId    [32]byte
	Recipient    common.Address
	Mint         uint8
	SolanaAmount uint64
	GridAmount   *big.Int
	Fee          *big.Int
	Price        *big.Int
	Window       uint64
	ReleasableAt uint64
	Raw          *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayDepositQueuedEventName = "DepositQueued"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayDepositQueued) ContractEventName() string {
	return SolanaGatewayDepositQueuedEventName
}

// UnpackDepositQueuedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositQueued(bytes32 indexed depositId, address indexed recipient, uint8 mint, uint64 solanaAmount, uint256 gridAmount, uint256 fee, uint256 price, uint64 window, uint64 releasableAt)
func (solanaGateway *SolanaGateway) UnpackDepositQueuedEvent(log *types.Log) (*SolanaGatewayDepositQueued, error) {
	event := "DepositQueued"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayDepositQueued)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayDepositRefundRecorded represents a DepositRefundRecorded event raised by the SolanaGateway contract.
type SolanaGatewayDepositRefundRecorded struct {
	DepositId     [32]byte
	Mint          uint8
	SolanaAmount  uint64
	RefundAccount [32]byte
	Reason        uint8
	Raw           *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayDepositRefundRecordedEventName = "DepositRefundRecorded"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayDepositRefundRecorded) ContractEventName() string {
	return SolanaGatewayDepositRefundRecordedEventName
}

// UnpackDepositRefundRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositRefundRecorded(bytes32 indexed depositId, uint8 mint, uint64 solanaAmount, bytes32 refundAccount, uint8 reason)
func (solanaGateway *SolanaGateway) UnpackDepositRefundRecordedEvent(log *types.Log) (*SolanaGatewayDepositRefundRecorded, error) {
	event := "DepositRefundRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayDepositRefundRecorded)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayDepositReleased represents a DepositReleased event raised by the SolanaGateway contract.
type SolanaGatewayDepositReleased struct {
	DepositId    [32]byte
	Recipient    common.Address
	Mint         uint8
	SolanaAmount uint64
	GridAmount   *big.Int
	Fee          *big.Int
	Price        *big.Int
	Raw          *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayDepositReleasedEventName = "DepositReleased"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayDepositReleased) ContractEventName() string {
	return SolanaGatewayDepositReleasedEventName
}

// UnpackDepositReleasedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DepositReleased(bytes32 indexed depositId, address indexed recipient, uint8 mint, uint64 solanaAmount, uint256 gridAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) UnpackDepositReleasedEvent(log *types.Log) (*SolanaGatewayDepositReleased, error) {
	event := "DepositReleased"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayDepositReleased)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayGuardianSet represents a GuardianSet event raised by the SolanaGateway contract.
type SolanaGatewayGuardianSet struct {
	Guardian common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayGuardianSetEventName = "GuardianSet"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayGuardianSet) ContractEventName() string {
	return SolanaGatewayGuardianSetEventName
}

// UnpackGuardianSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event GuardianSet(address guardian)
func (solanaGateway *SolanaGateway) UnpackGuardianSetEvent(log *types.Log) (*SolanaGatewayGuardianSet, error) {
	event := "GuardianSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayGuardianSet)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayLargeTransferSet represents a LargeTransferSet event raised by the SolanaGateway contract.
type SolanaGatewayLargeTransferSet struct {
	Threshold *big.Int
	Delay     uint32
	Raw       *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayLargeTransferSetEventName = "LargeTransferSet"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayLargeTransferSet) ContractEventName() string {
	return SolanaGatewayLargeTransferSetEventName
}

// UnpackLargeTransferSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event LargeTransferSet(uint256 threshold, uint32 delay)
func (solanaGateway *SolanaGateway) UnpackLargeTransferSetEvent(log *types.Log) (*SolanaGatewayLargeTransferSet, error) {
	event := "LargeTransferSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayLargeTransferSet)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayMinOutboundSet represents a MinOutboundSet event raised by the SolanaGateway contract.
type SolanaGatewayMinOutboundSet struct {
	MinOutbound *big.Int
	Raw         *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayMinOutboundSetEventName = "MinOutboundSet"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayMinOutboundSet) ContractEventName() string {
	return SolanaGatewayMinOutboundSetEventName
}

// UnpackMinOutboundSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MinOutboundSet(uint256 minOutbound)
func (solanaGateway *SolanaGateway) UnpackMinOutboundSetEvent(log *types.Log) (*SolanaGatewayMinOutboundSet, error) {
	event := "MinOutboundSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayMinOutboundSet)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayOutboundRequested represents a OutboundRequested event raised by the SolanaGateway contract.
type SolanaGatewayOutboundRequested struct {
	Id              uint64
	Sender          common.Address
	Mint            uint8
	SolanaRecipient [32]byte
	GridAmount      *big.Int
	SolanaAmount    uint64
	Fee             *big.Int
	Price           *big.Int
	Raw             *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayOutboundRequestedEventName = "OutboundRequested"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayOutboundRequested) ContractEventName() string {
	return SolanaGatewayOutboundRequestedEventName
}

// UnpackOutboundRequestedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutboundRequested(uint64 indexed id, address indexed sender, uint8 mint, bytes32 solanaRecipient, uint256 gridAmount, uint64 solanaAmount, uint256 fee, uint256 price)
func (solanaGateway *SolanaGateway) UnpackOutboundRequestedEvent(log *types.Log) (*SolanaGatewayOutboundRequested, error) {
	event := "OutboundRequested"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayOutboundRequested)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayOutboundReturned represents a OutboundReturned event raised by the SolanaGateway contract.
type SolanaGatewayOutboundReturned struct {
	Id         uint64
	Sender     common.Address
	GridAmount *big.Int
	Reason     uint8
	Raw        *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayOutboundReturnedEventName = "OutboundReturned"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayOutboundReturned) ContractEventName() string {
	return SolanaGatewayOutboundReturnedEventName
}

// UnpackOutboundReturnedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OutboundReturned(uint64 indexed id, address indexed sender, uint256 gridAmount, uint8 reason)
func (solanaGateway *SolanaGateway) UnpackOutboundReturnedEvent(log *types.Log) (*SolanaGatewayOutboundReturned, error) {
	event := "OutboundReturned"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayOutboundReturned)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayOwnershipTransferStarted represents a OwnershipTransferStarted event raised by the SolanaGateway contract.
type SolanaGatewayOwnershipTransferStarted struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayOwnershipTransferStartedEventName = "OwnershipTransferStarted"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayOwnershipTransferStarted) ContractEventName() string {
	return SolanaGatewayOwnershipTransferStartedEventName
}

// UnpackOwnershipTransferStartedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner)
func (solanaGateway *SolanaGateway) UnpackOwnershipTransferStartedEvent(log *types.Log) (*SolanaGatewayOwnershipTransferStarted, error) {
	event := "OwnershipTransferStarted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayOwnershipTransferStarted)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayOwnershipTransferred represents a OwnershipTransferred event raised by the SolanaGateway contract.
type SolanaGatewayOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayOwnershipTransferred) ContractEventName() string {
	return SolanaGatewayOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (solanaGateway *SolanaGateway) UnpackOwnershipTransferredEvent(log *types.Log) (*SolanaGatewayOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayPaused represents a Paused event raised by the SolanaGateway contract.
type SolanaGatewayPaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayPausedEventName = "Paused"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayPaused) ContractEventName() string {
	return SolanaGatewayPausedEventName
}

// UnpackPausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Paused(address account)
func (solanaGateway *SolanaGateway) UnpackPausedEvent(log *types.Log) (*SolanaGatewayPaused, error) {
	event := "Paused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayPaused)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayQueuedReleaseCompleted represents a QueuedReleaseCompleted event raised by the SolanaGateway contract.
type SolanaGatewayQueuedReleaseCompleted struct {
	DepositId  [32]byte
	Recipient  common.Address
	GridAmount *big.Int
	Raw        *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayQueuedReleaseCompletedEventName = "QueuedReleaseCompleted"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayQueuedReleaseCompleted) ContractEventName() string {
	return SolanaGatewayQueuedReleaseCompletedEventName
}

// UnpackQueuedReleaseCompletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event QueuedReleaseCompleted(bytes32 indexed depositId, address indexed recipient, uint256 gridAmount)
func (solanaGateway *SolanaGateway) UnpackQueuedReleaseCompletedEvent(log *types.Log) (*SolanaGatewayQueuedReleaseCompleted, error) {
	event := "QueuedReleaseCompleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayQueuedReleaseCompleted)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayReserveFunded represents a ReserveFunded event raised by the SolanaGateway contract.
type SolanaGatewayReserveFunded struct {
	Funder  common.Address
	Amount  *big.Int
	Reserve *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayReserveFundedEventName = "ReserveFunded"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayReserveFunded) ContractEventName() string {
	return SolanaGatewayReserveFundedEventName
}

// UnpackReserveFundedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveFunded(address indexed funder, uint256 amount, uint256 reserve)
func (solanaGateway *SolanaGateway) UnpackReserveFundedEvent(log *types.Log) (*SolanaGatewayReserveFunded, error) {
	event := "ReserveFunded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayReserveFunded)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayReserveWithdrawn represents a ReserveWithdrawn event raised by the SolanaGateway contract.
type SolanaGatewayReserveWithdrawn struct {
	To      common.Address
	Amount  *big.Int
	Reserve *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayReserveWithdrawnEventName = "ReserveWithdrawn"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayReserveWithdrawn) ContractEventName() string {
	return SolanaGatewayReserveWithdrawnEventName
}

// UnpackReserveWithdrawnEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ReserveWithdrawn(address indexed to, uint256 amount, uint256 reserve)
func (solanaGateway *SolanaGateway) UnpackReserveWithdrawnEvent(log *types.Log) (*SolanaGatewayReserveWithdrawn, error) {
	event := "ReserveWithdrawn"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayReserveWithdrawn)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewaySwapFeeSet represents a SwapFeeSet event raised by the SolanaGateway contract.
type SolanaGatewaySwapFeeSet struct {
	SwapFeeBps uint16
	Raw        *types.Log // Blockchain specific contextual infos
}

const SolanaGatewaySwapFeeSetEventName = "SwapFeeSet"

// ContractEventName returns the user-defined event name.
func (SolanaGatewaySwapFeeSet) ContractEventName() string {
	return SolanaGatewaySwapFeeSetEventName
}

// UnpackSwapFeeSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SwapFeeSet(uint16 swapFeeBps)
func (solanaGateway *SolanaGateway) UnpackSwapFeeSetEvent(log *types.Log) (*SolanaGatewaySwapFeeSet, error) {
	event := "SwapFeeSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewaySwapFeeSet)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewaySwept represents a Swept event raised by the SolanaGateway contract.
type SolanaGatewaySwept struct {
	Token  common.Address
	To     common.Address
	Amount *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const SolanaGatewaySweptEventName = "Swept"

// ContractEventName returns the user-defined event name.
func (SolanaGatewaySwept) ContractEventName() string {
	return SolanaGatewaySweptEventName
}

// UnpackSweptEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Swept(address indexed token, address indexed to, uint256 amount)
func (solanaGateway *SolanaGateway) UnpackSweptEvent(log *types.Log) (*SolanaGatewaySwept, error) {
	event := "Swept"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewaySwept)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayUnpaused represents a Unpaused event raised by the SolanaGateway contract.
type SolanaGatewayUnpaused struct {
	Account common.Address
	Raw     *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayUnpausedEventName = "Unpaused"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayUnpaused) ContractEventName() string {
	return SolanaGatewayUnpausedEventName
}

// UnpackUnpausedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Unpaused(address account)
func (solanaGateway *SolanaGateway) UnpackUnpausedEvent(log *types.Log) (*SolanaGatewayUnpaused, error) {
	event := "Unpaused"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayUnpaused)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// SolanaGatewayWindowCapSet represents a WindowCapSet event raised by the SolanaGateway contract.
type SolanaGatewayWindowCapSet struct {
	WindowCap *big.Int
	Raw       *types.Log // Blockchain specific contextual infos
}

const SolanaGatewayWindowCapSetEventName = "WindowCapSet"

// ContractEventName returns the user-defined event name.
func (SolanaGatewayWindowCapSet) ContractEventName() string {
	return SolanaGatewayWindowCapSetEventName
}

// UnpackWindowCapSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event WindowCapSet(uint256 windowCap)
func (solanaGateway *SolanaGateway) UnpackWindowCapSetEvent(log *types.Log) (*SolanaGatewayWindowCapSet, error) {
	event := "WindowCapSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != solanaGateway.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(SolanaGatewayWindowCapSet)
	if len(log.Data) > 0 {
		if err := solanaGateway.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range solanaGateway.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (solanaGateway *SolanaGateway) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["AmountAboveCap"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackAmountAboveCapError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["AmountNotRepresentable"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackAmountNotRepresentableError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["BelowMinOutbound"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackBelowMinOutboundError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["EnforcedPause"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackEnforcedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ExpectedPause"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackExpectedPauseError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["InsufficientLocked"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackInsufficientLockedError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["InsufficientReserve"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackInsufficientReserveError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["InsufficientUsdcLiquidity"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackInsufficientUsdcLiquidityError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["InvalidConfig"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackInvalidConfigError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["InvalidReason"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackInvalidReasonError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["NotGuardian"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackNotGuardianError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["NotQueued"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackNotQueuedError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["NotYetReleasable"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackNotYetReleasableError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["OutboundNotOpen"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackOutboundNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["OwnableInvalidOwner"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackOwnableInvalidOwnerError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ReentrancyGuardReentrantCall"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackReentrancyGuardReentrantCallError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["SafeCastOverflowedUintDowncast"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackSafeCastOverflowedUintDowncastError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["SafeERC20FailedOperation"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackSafeERC20FailedOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["SlippageExceeded"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackSlippageExceededError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["SwapTooSmall"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackSwapTooSmallError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["SweepAboveSurplus"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackSweepAboveSurplusError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["UnknownMint"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackUnknownMintError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["UnknownOutbound"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackUnknownOutboundError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["UnsupportedDecimals"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackUnsupportedDecimalsError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["UnusableRecipient"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackUnusableRecipientError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ZeroAmount"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackZeroAmountError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ZeroDepositKey"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackZeroDepositKeyError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ZeroRefundAccount"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackZeroRefundAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], solanaGateway.abi.Errors["ZeroSolanaRecipient"].ID.Bytes()[:4]) {
		return solanaGateway.UnpackZeroSolanaRecipientError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// SolanaGatewayAmountAboveCap represents a AmountAboveCap error raised by the SolanaGateway contract.
type SolanaGatewayAmountAboveCap struct {
	GridAmount *big.Int
	WindowCap  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountAboveCap(uint256 gridAmount, uint256 windowCap)
func SolanaGatewayAmountAboveCapErrorID() common.Hash {
	return common.HexToHash("0xd58632c6f67f43d9ea5ca0f6ad24e004bab6f7d0dde991264dec1e73126f40d3")
}

// UnpackAmountAboveCapError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountAboveCap(uint256 gridAmount, uint256 windowCap)
func (solanaGateway *SolanaGateway) UnpackAmountAboveCapError(raw []byte) (*SolanaGatewayAmountAboveCap, error) {
	out := new(SolanaGatewayAmountAboveCap)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "AmountAboveCap", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayAmountNotRepresentable represents a AmountNotRepresentable error raised by the SolanaGateway contract.
type SolanaGatewayAmountNotRepresentable struct {
	GridAmount *big.Int
	Unit       *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error AmountNotRepresentable(uint256 gridAmount, uint256 unit)
func SolanaGatewayAmountNotRepresentableErrorID() common.Hash {
	return common.HexToHash("0x3eed23a9c9a5cfdeacd9c530d84957960ff2194703d441d60bd351b354786e7c")
}

// UnpackAmountNotRepresentableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error AmountNotRepresentable(uint256 gridAmount, uint256 unit)
func (solanaGateway *SolanaGateway) UnpackAmountNotRepresentableError(raw []byte) (*SolanaGatewayAmountNotRepresentable, error) {
	out := new(SolanaGatewayAmountNotRepresentable)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "AmountNotRepresentable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayBelowMinOutbound represents a BelowMinOutbound error raised by the SolanaGateway contract.
type SolanaGatewayBelowMinOutbound struct {
	GridAmount  *big.Int
	MinOutbound *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error BelowMinOutbound(uint256 gridAmount, uint256 minOutbound)
func SolanaGatewayBelowMinOutboundErrorID() common.Hash {
	return common.HexToHash("0xc36205fec8e7089dcf83986e9562794b8d6b5c26a4da8318e40ac5025e1c14bf")
}

// UnpackBelowMinOutboundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error BelowMinOutbound(uint256 gridAmount, uint256 minOutbound)
func (solanaGateway *SolanaGateway) UnpackBelowMinOutboundError(raw []byte) (*SolanaGatewayBelowMinOutbound, error) {
	out := new(SolanaGatewayBelowMinOutbound)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "BelowMinOutbound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayEnforcedPause represents a EnforcedPause error raised by the SolanaGateway contract.
type SolanaGatewayEnforcedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EnforcedPause()
func SolanaGatewayEnforcedPauseErrorID() common.Hash {
	return common.HexToHash("0xd93c0665d6c96d04a8f174024fc4ddd66c250604aff22bbec808de86dd3637e3")
}

// UnpackEnforcedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EnforcedPause()
func (solanaGateway *SolanaGateway) UnpackEnforcedPauseError(raw []byte) (*SolanaGatewayEnforcedPause, error) {
	out := new(SolanaGatewayEnforcedPause)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "EnforcedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayExpectedPause represents a ExpectedPause error raised by the SolanaGateway contract.
type SolanaGatewayExpectedPause struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ExpectedPause()
func SolanaGatewayExpectedPauseErrorID() common.Hash {
	return common.HexToHash("0x8dfc202bcfe9a735b559bee70674422512bc5c30f687046ae8778315fb81da44")
}

// UnpackExpectedPauseError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ExpectedPause()
func (solanaGateway *SolanaGateway) UnpackExpectedPauseError(raw []byte) (*SolanaGatewayExpectedPause, error) {
	out := new(SolanaGatewayExpectedPause)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ExpectedPause", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayInsufficientLocked represents a InsufficientLocked error raised by the SolanaGateway contract.
type SolanaGatewayInsufficientLocked struct {
	GridAmount *big.Int
	Locked     *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientLocked(uint256 gridAmount, uint256 locked)
func SolanaGatewayInsufficientLockedErrorID() common.Hash {
	return common.HexToHash("0x6ccf73e94105091fcf5fa5b42e5a622fc5ce15ea5b9895336c0265a0fff84588")
}

// UnpackInsufficientLockedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientLocked(uint256 gridAmount, uint256 locked)
func (solanaGateway *SolanaGateway) UnpackInsufficientLockedError(raw []byte) (*SolanaGatewayInsufficientLocked, error) {
	out := new(SolanaGatewayInsufficientLocked)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "InsufficientLocked", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayInsufficientReserve represents a InsufficientReserve error raised by the SolanaGateway contract.
type SolanaGatewayInsufficientReserve struct {
	GridAmount *big.Int
	Reserve    *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientReserve(uint256 gridAmount, uint256 reserve)
func SolanaGatewayInsufficientReserveErrorID() common.Hash {
	return common.HexToHash("0x315276c95df83f9bf0b5451466839985e62391f3f31e046aeb26e5cfc49ecc78")
}

// UnpackInsufficientReserveError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientReserve(uint256 gridAmount, uint256 reserve)
func (solanaGateway *SolanaGateway) UnpackInsufficientReserveError(raw []byte) (*SolanaGatewayInsufficientReserve, error) {
	out := new(SolanaGatewayInsufficientReserve)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "InsufficientReserve", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayInsufficientUsdcLiquidity represents a InsufficientUsdcLiquidity error raised by the SolanaGateway contract.
type SolanaGatewayInsufficientUsdcLiquidity struct {
	UsdcAmount *big.Int
	Liquidity  *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientUsdcLiquidity(uint256 usdcAmount, uint256 liquidity)
func SolanaGatewayInsufficientUsdcLiquidityErrorID() common.Hash {
	return common.HexToHash("0xb937c365e6569e6c4a209bb7b96e7392aaf8d679990e5c22b4cd8052643ef574")
}

// UnpackInsufficientUsdcLiquidityError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientUsdcLiquidity(uint256 usdcAmount, uint256 liquidity)
func (solanaGateway *SolanaGateway) UnpackInsufficientUsdcLiquidityError(raw []byte) (*SolanaGatewayInsufficientUsdcLiquidity, error) {
	out := new(SolanaGatewayInsufficientUsdcLiquidity)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "InsufficientUsdcLiquidity", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayInvalidConfig represents a InvalidConfig error raised by the SolanaGateway contract.
type SolanaGatewayInvalidConfig struct {
	Name string
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidConfig(string name)
func SolanaGatewayInvalidConfigErrorID() common.Hash {
	return common.HexToHash("0x89a61989863f97edef3cf9672465dbf8e5f073c532d59146a86917af6f971ea7")
}

// UnpackInvalidConfigError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidConfig(string name)
func (solanaGateway *SolanaGateway) UnpackInvalidConfigError(raw []byte) (*SolanaGatewayInvalidConfig, error) {
	out := new(SolanaGatewayInvalidConfig)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "InvalidConfig", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayInvalidReason represents a InvalidReason error raised by the SolanaGateway contract.
type SolanaGatewayInvalidReason struct {
	Reason uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InvalidReason(uint8 reason)
func SolanaGatewayInvalidReasonErrorID() common.Hash {
	return common.HexToHash("0x8bb97331150d340e5b7adcde543bbf3091bd60b0b9334dadfb4a480e97d10161")
}

// UnpackInvalidReasonError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InvalidReason(uint8 reason)
func (solanaGateway *SolanaGateway) UnpackInvalidReasonError(raw []byte) (*SolanaGatewayInvalidReason, error) {
	out := new(SolanaGatewayInvalidReason)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "InvalidReason", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayNotGuardian represents a NotGuardian error raised by the SolanaGateway contract.
type SolanaGatewayNotGuardian struct {
	Caller common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotGuardian(address caller)
func SolanaGatewayNotGuardianErrorID() common.Hash {
	return common.HexToHash("0xa252c151cd1ee155ad6a596fd962f839a8b963fd05f5e863eca095de2e0b08a4")
}

// UnpackNotGuardianError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotGuardian(address caller)
func (solanaGateway *SolanaGateway) UnpackNotGuardianError(raw []byte) (*SolanaGatewayNotGuardian, error) {
	out := new(SolanaGatewayNotGuardian)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "NotGuardian", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayNotQueued represents a NotQueued error raised by the SolanaGateway contract.
type SolanaGatewayNotQueued struct {
	DepositId [32]byte
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotQueued(bytes32 depositId)
func SolanaGatewayNotQueuedErrorID() common.Hash {
	return common.HexToHash("0xe58aa1e74367f6afa58f449b4c4e0fafce1cd9d62b622adc674578108a151fba")
}

// UnpackNotQueuedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotQueued(bytes32 depositId)
func (solanaGateway *SolanaGateway) UnpackNotQueuedError(raw []byte) (*SolanaGatewayNotQueued, error) {
	out := new(SolanaGatewayNotQueued)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "NotQueued", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayNotYetReleasable represents a NotYetReleasable error raised by the SolanaGateway contract.
type SolanaGatewayNotYetReleasable struct {
	DepositId    [32]byte
	ReleasableAt uint64
	NowTs        *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotYetReleasable(bytes32 depositId, uint64 releasableAt, uint256 nowTs)
func SolanaGatewayNotYetReleasableErrorID() common.Hash {
	return common.HexToHash("0x48f0ebcdae9119f8ef107921a8cf2e4ef145358b5ebe371e170e88b45581d50d")
}

// UnpackNotYetReleasableError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotYetReleasable(bytes32 depositId, uint64 releasableAt, uint256 nowTs)
func (solanaGateway *SolanaGateway) UnpackNotYetReleasableError(raw []byte) (*SolanaGatewayNotYetReleasable, error) {
	out := new(SolanaGatewayNotYetReleasable)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "NotYetReleasable", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayOutboundNotOpen represents a OutboundNotOpen error raised by the SolanaGateway contract.
type SolanaGatewayOutboundNotOpen struct {
	Id     uint64
	Status uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OutboundNotOpen(uint64 id, uint8 status)
func SolanaGatewayOutboundNotOpenErrorID() common.Hash {
	return common.HexToHash("0xee924715effe5ea11bc0c871fc3c2bfc2fc8194e665c83372198f2e7236e104f")
}

// UnpackOutboundNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OutboundNotOpen(uint64 id, uint8 status)
func (solanaGateway *SolanaGateway) UnpackOutboundNotOpenError(raw []byte) (*SolanaGatewayOutboundNotOpen, error) {
	out := new(SolanaGatewayOutboundNotOpen)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "OutboundNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayOwnableInvalidOwner represents a OwnableInvalidOwner error raised by the SolanaGateway contract.
type SolanaGatewayOwnableInvalidOwner struct {
	Owner common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableInvalidOwner(address owner)
func SolanaGatewayOwnableInvalidOwnerErrorID() common.Hash {
	return common.HexToHash("0x1e4fbdf7f3ef8bcaa855599e3abf48b232380f183f08f6f813d9ffa5bd585188")
}

// UnpackOwnableInvalidOwnerError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableInvalidOwner(address owner)
func (solanaGateway *SolanaGateway) UnpackOwnableInvalidOwnerError(raw []byte) (*SolanaGatewayOwnableInvalidOwner, error) {
	out := new(SolanaGatewayOwnableInvalidOwner)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "OwnableInvalidOwner", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the SolanaGateway contract.
type SolanaGatewayOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func SolanaGatewayOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account)
func (solanaGateway *SolanaGateway) UnpackOwnableUnauthorizedAccountError(raw []byte) (*SolanaGatewayOwnableUnauthorizedAccount, error) {
	out := new(SolanaGatewayOwnableUnauthorizedAccount)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayReentrancyGuardReentrantCall represents a ReentrancyGuardReentrantCall error raised by the SolanaGateway contract.
type SolanaGatewayReentrancyGuardReentrantCall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ReentrancyGuardReentrantCall()
func SolanaGatewayReentrancyGuardReentrantCallErrorID() common.Hash {
	return common.HexToHash("0x3ee5aeb571de7fc460830b4d0017439a1ca56fb0bc39062227ade4fe4a24c1ca")
}

// UnpackReentrancyGuardReentrantCallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ReentrancyGuardReentrantCall()
func (solanaGateway *SolanaGateway) UnpackReentrancyGuardReentrantCallError(raw []byte) (*SolanaGatewayReentrancyGuardReentrantCall, error) {
	out := new(SolanaGatewayReentrancyGuardReentrantCall)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ReentrancyGuardReentrantCall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewaySafeCastOverflowedUintDowncast represents a SafeCastOverflowedUintDowncast error raised by the SolanaGateway contract.
type SolanaGatewaySafeCastOverflowedUintDowncast struct {
	Bits  uint8
	Value *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func SolanaGatewaySafeCastOverflowedUintDowncastErrorID() common.Hash {
	return common.HexToHash("0x6dfcc6503a32754ce7a89698e18201fc5294fd4aad43edefee786f88423b1a12")
}

// UnpackSafeCastOverflowedUintDowncastError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeCastOverflowedUintDowncast(uint8 bits, uint256 value)
func (solanaGateway *SolanaGateway) UnpackSafeCastOverflowedUintDowncastError(raw []byte) (*SolanaGatewaySafeCastOverflowedUintDowncast, error) {
	out := new(SolanaGatewaySafeCastOverflowedUintDowncast)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "SafeCastOverflowedUintDowncast", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewaySafeERC20FailedOperation represents a SafeERC20FailedOperation error raised by the SolanaGateway contract.
type SolanaGatewaySafeERC20FailedOperation struct {
	Token common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SafeERC20FailedOperation(address token)
func SolanaGatewaySafeERC20FailedOperationErrorID() common.Hash {
	return common.HexToHash("0x5274afe73c98b4749fc91ffae6b7b574e7842cb2144a159e9377a5f20b32edf9")
}

// UnpackSafeERC20FailedOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SafeERC20FailedOperation(address token)
func (solanaGateway *SolanaGateway) UnpackSafeERC20FailedOperationError(raw []byte) (*SolanaGatewaySafeERC20FailedOperation, error) {
	out := new(SolanaGatewaySafeERC20FailedOperation)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "SafeERC20FailedOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewaySlippageExceeded represents a SlippageExceeded error raised by the SolanaGateway contract.
type SolanaGatewaySlippageExceeded struct {
	SolanaAmount    *big.Int
	MinSolanaAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SlippageExceeded(uint256 solanaAmount, uint256 minSolanaAmount)
func SolanaGatewaySlippageExceededErrorID() common.Hash {
	return common.HexToHash("0x71c4efeda0c103f56fd5ac9b173756384c66cbbbc480b0ad4255bc219a9b6a66")
}

// UnpackSlippageExceededError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SlippageExceeded(uint256 solanaAmount, uint256 minSolanaAmount)
func (solanaGateway *SolanaGateway) UnpackSlippageExceededError(raw []byte) (*SolanaGatewaySlippageExceeded, error) {
	out := new(SolanaGatewaySlippageExceeded)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "SlippageExceeded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewaySwapTooSmall represents a SwapTooSmall error raised by the SolanaGateway contract.
type SolanaGatewaySwapTooSmall struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SwapTooSmall()
func SolanaGatewaySwapTooSmallErrorID() common.Hash {
	return common.HexToHash("0x81406f46635d25fc0aed69f8cce9dc5de7b27d411ddc32172db7f0c60babbd6c")
}

// UnpackSwapTooSmallError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SwapTooSmall()
func (solanaGateway *SolanaGateway) UnpackSwapTooSmallError(raw []byte) (*SolanaGatewaySwapTooSmall, error) {
	out := new(SolanaGatewaySwapTooSmall)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "SwapTooSmall", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewaySweepAboveSurplus represents a SweepAboveSurplus error raised by the SolanaGateway contract.
type SolanaGatewaySweepAboveSurplus struct {
	Token   common.Address
	Amount  *big.Int
	Surplus *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SweepAboveSurplus(address token, uint256 amount, uint256 surplus)
func SolanaGatewaySweepAboveSurplusErrorID() common.Hash {
	return common.HexToHash("0x21909681020f5d7af609c7a1c153247aac8ee170c06d25c68c8da2d362cdcead")
}

// UnpackSweepAboveSurplusError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SweepAboveSurplus(address token, uint256 amount, uint256 surplus)
func (solanaGateway *SolanaGateway) UnpackSweepAboveSurplusError(raw []byte) (*SolanaGatewaySweepAboveSurplus, error) {
	out := new(SolanaGatewaySweepAboveSurplus)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "SweepAboveSurplus", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayUnknownMint represents a UnknownMint error raised by the SolanaGateway contract.
type SolanaGatewayUnknownMint struct {
	Mint uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownMint(uint8 mint)
func SolanaGatewayUnknownMintErrorID() common.Hash {
	return common.HexToHash("0x552f8539076147d7c3c81ccdfbe401ea2afb76b48b7a2891bc31c105a60f9f26")
}

// UnpackUnknownMintError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownMint(uint8 mint)
func (solanaGateway *SolanaGateway) UnpackUnknownMintError(raw []byte) (*SolanaGatewayUnknownMint, error) {
	out := new(SolanaGatewayUnknownMint)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "UnknownMint", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayUnknownOutbound represents a UnknownOutbound error raised by the SolanaGateway contract.
type SolanaGatewayUnknownOutbound struct {
	Id uint64
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnknownOutbound(uint64 id)
func SolanaGatewayUnknownOutboundErrorID() common.Hash {
	return common.HexToHash("0xa3680cc76fa618e826928afe52b57cad1c3c18d0d6fdc74e8eaa69368f4b9a26")
}

// UnpackUnknownOutboundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnknownOutbound(uint64 id)
func (solanaGateway *SolanaGateway) UnpackUnknownOutboundError(raw []byte) (*SolanaGatewayUnknownOutbound, error) {
	out := new(SolanaGatewayUnknownOutbound)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "UnknownOutbound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayUnsupportedDecimals represents a UnsupportedDecimals error raised by the SolanaGateway contract.
type SolanaGatewayUnsupportedDecimals struct {
	Decimals uint8
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnsupportedDecimals(uint8 decimals)
func SolanaGatewayUnsupportedDecimalsErrorID() common.Hash {
	return common.HexToHash("0xfd91cbededc9a7e17d127c7ba5ee0fa432bb7170147242cc58650edddc11b69d")
}

// UnpackUnsupportedDecimalsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnsupportedDecimals(uint8 decimals)
func (solanaGateway *SolanaGateway) UnpackUnsupportedDecimalsError(raw []byte) (*SolanaGatewayUnsupportedDecimals, error) {
	out := new(SolanaGatewayUnsupportedDecimals)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "UnsupportedDecimals", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayUnusableRecipient represents a UnusableRecipient error raised by the SolanaGateway contract.
type SolanaGatewayUnusableRecipient struct {
	Recipient common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error UnusableRecipient(address recipient)
func SolanaGatewayUnusableRecipientErrorID() common.Hash {
	return common.HexToHash("0xfdc237217b8c1afba1c9522deb9e8dd3cca46d6eea1f7fa9f0213cf8980ce1a9")
}

// UnpackUnusableRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error UnusableRecipient(address recipient)
func (solanaGateway *SolanaGateway) UnpackUnusableRecipientError(raw []byte) (*SolanaGatewayUnusableRecipient, error) {
	out := new(SolanaGatewayUnusableRecipient)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "UnusableRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayZeroAddress represents a ZeroAddress error raised by the SolanaGateway contract.
type SolanaGatewayZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func SolanaGatewayZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (solanaGateway *SolanaGateway) UnpackZeroAddressError(raw []byte) (*SolanaGatewayZeroAddress, error) {
	out := new(SolanaGatewayZeroAddress)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayZeroAmount represents a ZeroAmount error raised by the SolanaGateway contract.
type SolanaGatewayZeroAmount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAmount()
func SolanaGatewayZeroAmountErrorID() common.Hash {
	return common.HexToHash("0x1f2a2005cb66a8e145327e8814e243a0996aec9bfe1e15a495778b1236dbd485")
}

// UnpackZeroAmountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAmount()
func (solanaGateway *SolanaGateway) UnpackZeroAmountError(raw []byte) (*SolanaGatewayZeroAmount, error) {
	out := new(SolanaGatewayZeroAmount)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ZeroAmount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayZeroDepositKey represents a ZeroDepositKey error raised by the SolanaGateway contract.
type SolanaGatewayZeroDepositKey struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroDepositKey()
func SolanaGatewayZeroDepositKeyErrorID() common.Hash {
	return common.HexToHash("0xc7b391ec2a51b5df7afbfb0d12b8986a3f89588983ee32be802b3e25a45253cc")
}

// UnpackZeroDepositKeyError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroDepositKey()
func (solanaGateway *SolanaGateway) UnpackZeroDepositKeyError(raw []byte) (*SolanaGatewayZeroDepositKey, error) {
	out := new(SolanaGatewayZeroDepositKey)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ZeroDepositKey", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayZeroRefundAccount represents a ZeroRefundAccount error raised by the SolanaGateway contract.
type SolanaGatewayZeroRefundAccount struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroRefundAccount()
func SolanaGatewayZeroRefundAccountErrorID() common.Hash {
	return common.HexToHash("0x4f3854562a5e8215ff3b44418f6a8c85db25c89c4beee0070ca1535975a4faf0")
}

// UnpackZeroRefundAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroRefundAccount()
func (solanaGateway *SolanaGateway) UnpackZeroRefundAccountError(raw []byte) (*SolanaGatewayZeroRefundAccount, error) {
	out := new(SolanaGatewayZeroRefundAccount)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ZeroRefundAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// SolanaGatewayZeroSolanaRecipient represents a ZeroSolanaRecipient error raised by the SolanaGateway contract.
type SolanaGatewayZeroSolanaRecipient struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroSolanaRecipient()
func SolanaGatewayZeroSolanaRecipientErrorID() common.Hash {
	return common.HexToHash("0xd0fd3fb00c89bea70b22c2caf69420d2a0b15aaef48990d6bb9fe343420b244c")
}

// UnpackZeroSolanaRecipientError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroSolanaRecipient()
func (solanaGateway *SolanaGateway) UnpackZeroSolanaRecipientError(raw []byte) (*SolanaGatewayZeroSolanaRecipient, error) {
	out := new(SolanaGatewayZeroSolanaRecipient)
	if err := solanaGateway.abi.UnpackIntoInterface(out, "ZeroSolanaRecipient", raw); err != nil {
		return nil, err
	}
	return out, nil
}

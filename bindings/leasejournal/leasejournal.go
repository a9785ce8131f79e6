// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package leasejournal

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

// LeaseJournalMetaData contains all meta data concerning the LeaseJournal contract.
var LeaseJournalMetaData = bind.MetaData{
	ABI: "[{\"type\":\"constructor\",\"inputs\":[{\"name\":\"escrow_\",\"type\":\"address\",\"internalType\":\"contractILeaseEscrow\"},{\"name\":\"quorum_\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"attestCompletion\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"resultCID\",\"type\":\"string\",\"internalType\":\"string\"},{\"name\":\"attestationId\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"},{\"name\":\"signatures\",\"type\":\"bytes\",\"internalType\":\"bytes\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"escrow\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractILeaseEscrow\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"quorum\",\"inputs\":[],\"outputs\":[{\"name\":\"\",\"type\":\"address\",\"internalType\":\"contractIAttestationQuorum\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"recordCompletion\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"resultCID\",\"type\":\"string\",\"internalType\":\"string\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"function\",\"name\":\"records\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}],\"outputs\":[{\"name\":\"jobSet\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"completed\",\"type\":\"bool\",\"internalType\":\"bool\"},{\"name\":\"attested\",\"type\":\"bool\",\"internalType\":\"bool\"}],\"stateMutability\":\"view\"},{\"type\":\"function\",\"name\":\"setJob\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"jobCID\",\"type\":\"bytes32\",\"internalType\":\"bytes32\"}],\"outputs\":[],\"stateMutability\":\"nonpayable\"},{\"type\":\"event\",\"name\":\"CompletionRecorded\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"cidHash\",\"type\":\"bytes32\",\"indexed\":true,\"internalType\":\"bytes32\"},{\"name\":\"resultCID\",\"type\":\"string\",\"indexed\":false,\"internalType\":\"string\"},{\"name\":\"attested\",\"type\":\"bool\",\"indexed\":false,\"internalType\":\"bool\"}],\"anonymous\":false},{\"type\":\"event\",\"name\":\"JobSet\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"indexed\":true,\"internalType\":\"uint256\"},{\"name\":\"jobCID\",\"type\":\"bytes32\",\"indexed\":false,\"internalType\":\"bytes32\"}],\"anonymous\":false},{\"type\":\"error\",\"name\":\"CompletionAlreadyRecorded\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"EmptyResultCID\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"JobAlreadySet\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeaseNotFound\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"LeaseNotOpen\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"}]},{\"type\":\"error\",\"name\":\"NotRenter\",\"inputs\":[{\"name\":\"leaseId\",\"type\":\"uint256\",\"internalType\":\"uint256\"},{\"name\":\"caller\",\"type\":\"address\",\"internalType\":\"address\"}]},{\"type\":\"error\",\"name\":\"ZeroAddress\",\"inputs\":[]},{\"type\":\"error\",\"name\":\"ZeroJob\",\"inputs\":[]}]",
	ID:  "LeaseJournal",
	Bin: "0x60c060405234801561000f575f5ffd5b50604051610ca4380380610ca483398101604081905261002e91610097565b6001600160a01b038216158061004b57506001600160a01b038116155b156100695760405163d92e233d60e01b815260040160405180910390fd5b6001600160a01b039182166080521660a0526100cf565b6001600160a01b0381168114610094575f5ffd5b50565b5f5f604083850312156100a8575f5ffd5b82516100b381610080565b60208401519092506100c481610080565b809150509250929050565b60805160a051610b9961010b5f395f81816078015261027f01525f8181610155015281816101a8015281816103a801526104d40152610b995ff3fe608060405234801561000f575f5ffd5b506004361061006f575f3560e01c806348c6f8501161004d57806348c6f8501461012a5780637fe4eae41461013d578063e2fdcc1714610150575f5ffd5b80631703a018146100735780631956ded5146100c457806334461067146100d9575b5f5ffd5b61009a7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020015b60405180910390f35b6100d76100d2366004610954565b610177565b005b61010b6100e73660046109d6565b5f908152602081905260409020546001811615159160028216151591600416151590565b60408051931515845291151560208401521515908201526060016100bb565b6100d76101383660046109ed565b610360565b6100d761014b366004610a35565b6104cf565b61009a7f000000000000000000000000000000000000000000000000000000000000000081565b6040517f1ef01ec8000000000000000000000000000000000000000000000000000000008152600481018790525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690631ef01ec890602401606060405180830381865afa158015610202573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102269190610a55565b5091505f905081600381111561023e5761023e610abe565b0361027d576040517f54c3b4cf000000000000000000000000000000000000000000000000000000008152600481018890526024015b60405180910390fd5b7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16637c283c226002866102fb8b8b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061076d92505050565b87876040518663ffffffff1660e01b815260040161031d959493929190610b32565b5f604051808303815f87803b158015610334575f5ffd5b505af1158015610346573d5f5f3e3d5ffd5b5050505061035787878760016107c8565b50505050505050565b6040517f1ef01ec8000000000000000000000000000000000000000000000000000000008152600481018490525f90819073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690631ef01ec890602401606060405180830381865afa1580156103ed573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104119190610a55565b5090925090505f81600381111561042a5761042a610abe565b03610464576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101869052602401610274565b3373ffffffffffffffffffffffffffffffffffffffff8316146104bc576040517fc2a1c59f00000000000000000000000000000000000000000000000000000000815260048101869052336024820152604401610274565b6104c88585855f6107c8565b5050505050565b5f5f5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff16631ef01ec8866040518263ffffffff1660e01b815260040161052d91815260200190565b606060405180830381865afa158015610548573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061056c9190610a55565b919450925090505f82600381111561058657610586610abe565b036105c0576040517f54c3b4cf00000000000000000000000000000000000000000000000000000000815260048101869052602401610274565b60018260038111156105d4576105d4610abe565b1461060e576040517f9b65770000000000000000000000000000000000000000000000000000000000815260048101869052602401610274565b3373ffffffffffffffffffffffffffffffffffffffff841614610666576040517fc2a1c59f00000000000000000000000000000000000000000000000000000000815260048101869052336024820152604401610274565b8361069d576040517f23fd5c9400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8581526020819052604090205460ff1681806106bc57506001811615155b156106f6576040517f596ce67400000000000000000000000000000000000000000000000000000000815260048101879052602401610274565b5f868152602081815260409182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001851760ff16179055905186815287917f43df9365981ce2b264c658d64f655404cd2314ad81cecae2ca4044ccf018f37b910160405180910390a2505050505050565b8051602091820120604080517fcad7087665896c2270eba169b1e321ad392f275b3f4b93f8a34c833f0bc9d5208185015280820194909452606080850192909252805180850390920182526080909301909252815191012090565b5f829003610802576040517fc8fefa0d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8481526020819052604090205460ff168161081f576002610822565b60045b811660ff165f14610862576040517f23ab805900000000000000000000000000000000000000000000000000000000815260048101869052602401610274565b8161086d575f610870565b60045b5f868152602081905260409081902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660029385179390931760ff1692909217909155516108c49085908590610b65565b6040518091039020857f51d35b0ee8738aab69dbdee91374523557caaa9c6e005c02a92a1c90d5ea988886868660405161090093929190610b74565b60405180910390a35050505050565b5f5f83601f84011261091f575f5ffd5b50813567ffffffffffffffff811115610936575f5ffd5b60208301915083602082850101111561094d575f5ffd5b9250929050565b5f5f5f5f5f5f60808789031215610969575f5ffd5b86359550602087013567ffffffffffffffff811115610986575f5ffd5b61099289828a0161090f565b90965094505060408701359250606087013567ffffffffffffffff8111156109b8575f5ffd5b6109c489828a0161090f565b979a9699509497509295939492505050565b5f602082840312156109e6575f5ffd5b5035919050565b5f5f5f604084860312156109ff575f5ffd5b83359250602084013567ffffffffffffffff811115610a1c575f5ffd5b610a288682870161090f565b9497909650939450505050565b5f5f60408385031215610a46575f5ffd5b50508035926020909101359150565b5f5f5f60608486031215610a67575f5ffd5b835173ffffffffffffffffffffffffffffffffffffffff81168114610a8a575f5ffd5b602085015190935060048110610a9e575f5ffd5b60408501519092508015158114610ab3575f5ffd5b809150509250925092565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b81835281816020850137505f602082840101525f60207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f840116840101905092915050565b60ff86168152846020820152836040820152608060608201525f610b5a608083018486610aeb565b979650505050505050565b818382375f9101908152919050565b604081525f610b87604083018587610aeb565b9050821515602083015294935050505056",
}

// LeaseJournal is an auto generated Go binding around an Ethereum contract.
type LeaseJournal struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *LeaseJournal) GetABI() abi.ABI {
	return c.abi
}

// NewLeaseJournal creates a new instance of LeaseJournal.
func NewLeaseJournal() *LeaseJournal {
	parsed, err := LeaseJournalMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &LeaseJournal{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *LeaseJournal) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address escrow_, address quorum_) returns()
func (leaseJournal *LeaseJournal) PackConstructor(escrow_ common.Address, quorum_ common.Address) []byte {
	enc, err := leaseJournal.abi.Pack("", escrow_, quorum_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackAttestCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1956ded5.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function attestCompletion(uint256 leaseId, string resultCID, bytes32 attestationId, bytes signatures) returns()
func (leaseJournal *LeaseJournal) PackAttestCompletion(leaseId *big.Int, resultCID string, attestationId [32]byte, signatures []byte) []byte {
	enc, err := leaseJournal.abi.Pack("attestCompletion", leaseId, resultCID, attestationId, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAttestCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1956ded5.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function attestCompletion(uint256 leaseId, string resultCID, bytes32 attestationId, bytes signatures) returns()
func (leaseJournal *LeaseJournal) TryPackAttestCompletion(leaseId *big.Int, resultCID string, attestationId [32]byte, signatures []byte) ([]byte, error) {
	return leaseJournal.abi.Pack("attestCompletion", leaseId, resultCID, attestationId, signatures)
}

// PackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function escrow() view returns(address)
func (leaseJournal *LeaseJournal) PackEscrow() []byte {
	enc, err := leaseJournal.abi.Pack("escrow")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackEscrow is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe2fdcc17.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function escrow() view returns(address)
func (leaseJournal *LeaseJournal) TryPackEscrow() ([]byte, error) {
	return leaseJournal.abi.Pack("escrow")
}

// UnpackEscrow is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe2fdcc17.
//
// Solidity: function escrow() view returns(address)
func (leaseJournal *LeaseJournal) UnpackEscrow(data []byte) (common.Address, error) {
	out, err := leaseJournal.abi.Unpack("escrow", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackQuorum is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1703a018.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function quorum() view returns(address)
func (leaseJournal *LeaseJournal) PackQuorum() []byte {
	enc, err := leaseJournal.abi.Pack("quorum")
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
func (leaseJournal *LeaseJournal) TryPackQuorum() ([]byte, error) {
	return leaseJournal.abi.Pack("quorum")
}

// UnpackQuorum is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1703a018.
//
// Solidity: function quorum() view returns(address)
func (leaseJournal *LeaseJournal) UnpackQuorum(data []byte) (common.Address, error) {
	out, err := leaseJournal.abi.Unpack("quorum", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackRecordCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48c6f850.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function recordCompletion(uint256 leaseId, string resultCID) returns()
func (leaseJournal *LeaseJournal) PackRecordCompletion(leaseId *big.Int, resultCID string) []byte {
	enc, err := leaseJournal.abi.Pack("recordCompletion", leaseId, resultCID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecordCompletion is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x48c6f850.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function recordCompletion(uint256 leaseId, string resultCID) returns()
func (leaseJournal *LeaseJournal) TryPackRecordCompletion(leaseId *big.Int, resultCID string) ([]byte, error) {
	return leaseJournal.abi.Pack("recordCompletion", leaseId, resultCID)
}

// PackRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34461067.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function records(uint256 leaseId) view returns(bool jobSet, bool completed, bool attested)
func (leaseJournal *LeaseJournal) PackRecords(leaseId *big.Int) []byte {
	enc, err := leaseJournal.abi.Pack("records", leaseId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackRecords is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x34461067.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function records(uint256 leaseId) view returns(bool jobSet, bool completed, bool attested)
func (leaseJournal *LeaseJournal) TryPackRecords(leaseId *big.Int) ([]byte, error) {
	return leaseJournal.abi.Pack("records", leaseId)
}

// RecordsOutput serves as a container for the return parameters of contract
// method Records.
type RecordsOutput struct {
	JobSet    bool
	Completed bool
	Attested  bool
}

// UnpackRecords is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x34461067.
//
// Solidity: function records(uint256 leaseId) view returns(bool jobSet, bool completed, bool attested)
func (leaseJournal *LeaseJournal) UnpackRecords(data []byte) (RecordsOutput, error) {
	out, err := leaseJournal.abi.Unpack("records", data)
	outstruct := new(RecordsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.JobSet = *abi.ConvertType(out[0], new(bool)).(*bool)
	outstruct.Completed = *abi.ConvertType(out[1], new(bool)).(*bool)
	outstruct.Attested = *abi.ConvertType(out[2], new(bool)).(*bool)
	return *outstruct, nil
}

// PackSetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe4eae4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setJob(uint256 leaseId, bytes32 jobCID) returns()
func (leaseJournal *LeaseJournal) PackSetJob(leaseId *big.Int, jobCID [32]byte) []byte {
	enc, err := leaseJournal.abi.Pack("setJob", leaseId, jobCID)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetJob is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7fe4eae4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setJob(uint256 leaseId, bytes32 jobCID) returns()
func (leaseJournal *LeaseJournal) TryPackSetJob(leaseId *big.Int, jobCID [32]byte) ([]byte, error) {
	return leaseJournal.abi.Pack("setJob", leaseId, jobCID)
}

// LeaseJournalCompletionRecorded represents a CompletionRecorded event raised by the LeaseJournal contract.
type LeaseJournalCompletionRecorded struct {
	LeaseId   *big.Int
	CidHash   [32]byte
	ResultCID string
	Attested  bool
	Raw       *types.Log // Blockchain specific contextual infos
}

const LeaseJournalCompletionRecordedEventName = "CompletionRecorded"

// ContractEventName returns the user-defined event name.
func (LeaseJournalCompletionRecorded) ContractEventName() string {
	return LeaseJournalCompletionRecordedEventName
}

// UnpackCompletionRecordedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event CompletionRecorded(uint256 indexed leaseId, bytes32 indexed cidHash, string resultCID, bool attested)
func (leaseJournal *LeaseJournal) UnpackCompletionRecordedEvent(log *types.Log) (*LeaseJournalCompletionRecorded, error) {
	event := "CompletionRecorded"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseJournal.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseJournalCompletionRecorded)
	if len(log.Data) > 0 {
		if err := leaseJournal.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseJournal.abi.Events[event].Inputs {
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

// LeaseJournalJobSet represents a JobSet event raised by the LeaseJournal contract.
type LeaseJournalJobSet struct {
	LeaseId *big.Int
	JobCID  [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const LeaseJournalJobSetEventName = "JobSet"

// ContractEventName returns the user-defined event name.
func (LeaseJournalJobSet) ContractEventName() string {
	return LeaseJournalJobSetEventName
}

// UnpackJobSetEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event JobSet(uint256 indexed leaseId, bytes32 jobCID)
func (leaseJournal *LeaseJournal) UnpackJobSetEvent(log *types.Log) (*LeaseJournalJobSet, error) {
	event := "JobSet"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != leaseJournal.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(LeaseJournalJobSet)
	if len(log.Data) > 0 {
		if err := leaseJournal.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range leaseJournal.abi.Events[event].Inputs {
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
func (leaseJournal *LeaseJournal) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["CompletionAlreadyRecorded"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackCompletionAlreadyRecordedError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["EmptyResultCID"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackEmptyResultCIDError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["JobAlreadySet"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackJobAlreadySetError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["LeaseNotFound"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackLeaseNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["LeaseNotOpen"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackLeaseNotOpenError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["NotRenter"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackNotRenterError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["ZeroAddress"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackZeroAddressError(raw[4:])
	}
	if bytes.Equal(raw[:4], leaseJournal.abi.Errors["ZeroJob"].ID.Bytes()[:4]) {
		return leaseJournal.UnpackZeroJobError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// LeaseJournalCompletionAlreadyRecorded represents a CompletionAlreadyRecorded error raised by the LeaseJournal contract.
type LeaseJournalCompletionAlreadyRecorded struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error CompletionAlreadyRecorded(uint256 leaseId)
func LeaseJournalCompletionAlreadyRecordedErrorID() common.Hash {
	return common.HexToHash("0x23ab8059b318c71b13fd6c855227691ca4dfd4f873045440286900c14f180184")
}

// UnpackCompletionAlreadyRecordedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error CompletionAlreadyRecorded(uint256 leaseId)
func (leaseJournal *LeaseJournal) UnpackCompletionAlreadyRecordedError(raw []byte) (*LeaseJournalCompletionAlreadyRecorded, error) {
	out := new(LeaseJournalCompletionAlreadyRecorded)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "CompletionAlreadyRecorded", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalEmptyResultCID represents a EmptyResultCID error raised by the LeaseJournal contract.
type LeaseJournalEmptyResultCID struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error EmptyResultCID()
func LeaseJournalEmptyResultCIDErrorID() common.Hash {
	return common.HexToHash("0xc8fefa0d1ac5b17a029e47315dfdfd54eac46f9c2457cfdcd6866234a8ecc5ed")
}

// UnpackEmptyResultCIDError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error EmptyResultCID()
func (leaseJournal *LeaseJournal) UnpackEmptyResultCIDError(raw []byte) (*LeaseJournalEmptyResultCID, error) {
	out := new(LeaseJournalEmptyResultCID)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "EmptyResultCID", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalJobAlreadySet represents a JobAlreadySet error raised by the LeaseJournal contract.
type LeaseJournalJobAlreadySet struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error JobAlreadySet(uint256 leaseId)
func LeaseJournalJobAlreadySetErrorID() common.Hash {
	return common.HexToHash("0x596ce674d882712522083ec9ca866c6d8b7893c09bbc6049d028266437829525")
}

// UnpackJobAlreadySetError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error JobAlreadySet(uint256 leaseId)
func (leaseJournal *LeaseJournal) UnpackJobAlreadySetError(raw []byte) (*LeaseJournalJobAlreadySet, error) {
	out := new(LeaseJournalJobAlreadySet)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "JobAlreadySet", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalLeaseNotFound represents a LeaseNotFound error raised by the LeaseJournal contract.
type LeaseJournalLeaseNotFound struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotFound(uint256 leaseId)
func LeaseJournalLeaseNotFoundErrorID() common.Hash {
	return common.HexToHash("0x54c3b4cfcbb35f5214fff9808572d39063e9784f5a4ddba8e54d80002f7c73f7")
}

// UnpackLeaseNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotFound(uint256 leaseId)
func (leaseJournal *LeaseJournal) UnpackLeaseNotFoundError(raw []byte) (*LeaseJournalLeaseNotFound, error) {
	out := new(LeaseJournalLeaseNotFound)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "LeaseNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalLeaseNotOpen represents a LeaseNotOpen error raised by the LeaseJournal contract.
type LeaseJournalLeaseNotOpen struct {
	LeaseId *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error LeaseNotOpen(uint256 leaseId)
func LeaseJournalLeaseNotOpenErrorID() common.Hash {
	return common.HexToHash("0x9b6577005cc6f679f0b60edd13b33c137785ec6133bfb8d655ef3a8423e8ca6e")
}

// UnpackLeaseNotOpenError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error LeaseNotOpen(uint256 leaseId)
func (leaseJournal *LeaseJournal) UnpackLeaseNotOpenError(raw []byte) (*LeaseJournalLeaseNotOpen, error) {
	out := new(LeaseJournalLeaseNotOpen)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "LeaseNotOpen", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalNotRenter represents a NotRenter error raised by the LeaseJournal contract.
type LeaseJournalNotRenter struct {
	LeaseId *big.Int
	Caller  common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error NotRenter(uint256 leaseId, address caller)
func LeaseJournalNotRenterErrorID() common.Hash {
	return common.HexToHash("0xc2a1c59fad1eb41b4727ae56b1403334bc4cb99493a11de256fece4e086ff733")
}

// UnpackNotRenterError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error NotRenter(uint256 leaseId, address caller)
func (leaseJournal *LeaseJournal) UnpackNotRenterError(raw []byte) (*LeaseJournalNotRenter, error) {
	out := new(LeaseJournalNotRenter)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "NotRenter", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalZeroAddress represents a ZeroAddress error raised by the LeaseJournal contract.
type LeaseJournalZeroAddress struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroAddress()
func LeaseJournalZeroAddressErrorID() common.Hash {
	return common.HexToHash("0xd92e233df2717d4a40030e20904abd27b68fcbeede117eaaccbbdac9618c8c73")
}

// UnpackZeroAddressError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroAddress()
func (leaseJournal *LeaseJournal) UnpackZeroAddressError(raw []byte) (*LeaseJournalZeroAddress, error) {
	out := new(LeaseJournalZeroAddress)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "ZeroAddress", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// LeaseJournalZeroJob represents a ZeroJob error raised by the LeaseJournal contract.
type LeaseJournalZeroJob struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ZeroJob()
func LeaseJournalZeroJobErrorID() common.Hash {
	return common.HexToHash("0x23fd5c94913bb9640ccd2c239eb2e6c29d0b5bcee1f528ee3bbf93fa289970b4")
}

// UnpackZeroJobError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ZeroJob()
func (leaseJournal *LeaseJournal) UnpackZeroJobError(raw []byte) (*LeaseJournalZeroJob, error) {
	out := new(LeaseJournalZeroJob)
	if err := leaseJournal.abi.UnpackIntoInterface(out, "ZeroJob", raw); err != nil {
		return nil, err
	}
	return out, nil
}

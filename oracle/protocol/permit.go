package protocol

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/idlegrid/idlegrid/bindings/mockusd"
	"github.com/idlegrid/idlegrid/oracle"
)

// PermitType is EIP-2612's permit message, signed under the token's own EIP-712 domain.
const PermitType = "Permit(address owner,address spender,uint256 value,uint256 nonce,uint256 deadline)"

// PermitTypeHash is keccak256(PermitType).
var PermitTypeHash = crypto.Keccak256Hash([]byte(PermitType))

// PermitLifetime is how long a permit the CLI signs stays valid: long enough for the transaction that carries
// it to be mined, short enough that a signature that leaked unused soon means nothing.
const PermitLifetime = 20 * time.Minute

// ErrNoPermit means the token does not take EIP-2612 permits (or not under a domain this package can
// reconstruct): pay by approval instead.
var ErrNoPermit = errors.New("the token does not support EIP-2612 permits")

// Permit is a signed EIP-2612 permit: Owner lets Spender pull Value of the token until Deadline.
type Permit struct {
	Token    common.Address
	Owner    common.Address
	Spender  common.Address
	Value    *big.Int
	Nonce    *big.Int
	Deadline uint64
	V        uint8
	R, S     [32]byte
}

var permitArgs = func() abi.Arguments {
	t := func(name string) abi.Type {
		ty, err := abi.NewType(name, "", nil)
		if err != nil {
			panic(err)
		}
		return ty
	}
	return abi.Arguments{{Type: t("bytes32")}, {Type: t("address")}, {Type: t("address")}, {Type: t("uint256")}, {Type: t("uint256")}, {Type: t("uint256")}}
}()

// permitStructHash is the EIP-712 hashStruct of a permit.
func permitStructHash(owner, spender common.Address, value, nonce *big.Int, deadline uint64) (common.Hash, error) {
	enc, err := permitArgs.Pack([32]byte(PermitTypeHash), owner, spender, value, nonce, new(big.Int).SetUint64(deadline))
	if err != nil {
		return common.Hash{}, fmt.Errorf("permit: %w", err)
	}
	return crypto.Keccak256Hash(enc), nil
}

// Encoded is the permit as LeaseEscrow's openLease and extend take it: abi.encode(value, deadline, v, r, s).
func (p Permit) Encoded() []byte {
	t := func(name string) abi.Type {
		ty, err := abi.NewType(name, "", nil)
		if err != nil {
			panic(err)
		}
		return ty
	}
	args := abi.Arguments{{Type: t("uint256")}, {Type: t("uint256")}, {Type: t("uint8")}, {Type: t("bytes32")}, {Type: t("bytes32")}}
	out, err := args.Pack(p.Value, new(big.Int).SetUint64(p.Deadline), p.V, p.R, p.S)
	if err != nil {
		panic(fmt.Sprintf("encode permit: %v", err)) // static types of checked values: cannot fail
	}
	return out
}

// PermitDomain finds the EIP-712 domain token signs permits under, by probing it: a token without nonces(owner)
// and DOMAIN_SEPARATOR() takes no permits. The domain comes from ERC-5267's eip712Domain() when the token has
// it (OpenZeppelin's ERC20Permit: GRID, MockUSD), else from its name() with version "1" or "2" (Circle's USDC
// uses "2"); either way it must reproduce the token's DOMAIN_SEPARATOR, or there is no permit (ErrNoPermit).
func (t *Tokens) PermitDomain(ctx context.Context, token common.Address, owner common.Address) (oracle.Domain, *big.Int, error) {
	erc := mockusd.NewMockUSD() // the ERC-20 Permit + ERC-5267 ABI
	nonce, err := call(ctx, t.c, token, erc.PackNonces(owner), erc.UnpackNonces)
	if err != nil {
		return oracle.Domain{}, nil, fmt.Errorf("%w (no nonces(owner): %v)", ErrNoPermit, err)
	}
	sep, err := call(ctx, t.c, token, erc.PackDOMAINSEPARATOR(), erc.UnpackDOMAINSEPARATOR)
	if err != nil {
		return oracle.Domain{}, nil, fmt.Errorf("%w (no DOMAIN_SEPARATOR(): %v)", ErrNoPermit, err)
	}
	var candidates []oracle.Domain
	if d, err := call(ctx, t.c, token, erc.PackEip712Domain(), erc.UnpackEip712Domain); err == nil {
		// Fields 0x0f: name, version, chainId, verifyingContract (no salt): the domain type this package hashes.
		if d.Fields == [1]byte{0x0f} {
			candidates = append(candidates, oracle.Domain{Name: d.Name, Version: d.Version, ChainID: d.ChainId, VerifyingContract: d.VerifyingContract})
		}
	}
	if name, err := call(ctx, t.c, token, erc.PackName(), erc.UnpackName); err == nil {
		for _, v := range []string{"1", "2"} {
			candidates = append(candidates, oracle.Domain{Name: name, Version: v, ChainID: t.c.ChainID(), VerifyingContract: token})
		}
	}
	for _, d := range candidates {
		if got, err := d.Separator(); err == nil && got == common.Hash(sep) {
			return d, nonce, nil
		}
	}
	return oracle.Domain{}, nil, fmt.Errorf("%w: no domain this client knows reproduces its DOMAIN_SEPARATOR %x", ErrNoPermit, sep)
}

// SignPermit signs, as signer, an EIP-2612 permit letting spender pull exactly value of token until deadline
// (unix seconds). It returns ErrNoPermit (wrapped) for a token that takes none.
func (t *Tokens) SignPermit(ctx context.Context, signer oracle.DigestSigner, token, spender common.Address, value *big.Int, deadline uint64) (Permit, error) {
	if value == nil || value.Sign() < 0 {
		return Permit{}, fmt.Errorf("permit: value must be a non-negative amount, got %v", value)
	}
	owner := signer.Address()
	domain, nonce, err := t.PermitDomain(ctx, token, owner)
	if err != nil {
		return Permit{}, err
	}
	h, err := permitStructHash(owner, spender, value, nonce, deadline)
	if err != nil {
		return Permit{}, err
	}
	digest, err := domain.TypedDataDigest(h)
	if err != nil {
		return Permit{}, fmt.Errorf("permit: %w", err)
	}
	sig, err := signer.SignDigest(ctx, digest)
	if err != nil {
		return Permit{}, fmt.Errorf("sign permit: %w", err)
	}
	if len(sig) != 65 {
		return Permit{}, fmt.Errorf("sign permit: signature of %d bytes, want 65", len(sig))
	}
	p := Permit{Token: token, Owner: owner, Spender: spender, Value: new(big.Int).Set(value), Nonce: nonce, Deadline: deadline, V: sig[64]}
	if p.V < 27 {
		p.V += 27
	}
	copy(p.R[:], sig[:32])
	copy(p.S[:], sig[32:64])
	return p, nil
}

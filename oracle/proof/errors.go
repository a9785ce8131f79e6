package proof

import "errors"

// Sentinel errors. Callers match them with errors.Is; the wrapped message says which value failed.
var (
	// ErrInvalidParams: challenge parameters outside what the protocol allows.
	ErrInvalidParams = errors.New("proof: invalid parameters")
	// ErrChallengeMismatch: a message answers another challenge (a replayed or misrouted answer).
	ErrChallengeMismatch = errors.New("proof: answer is for another challenge")
	// ErrRootMismatch: an opening does not refer to the commitment the verifier accepted.
	ErrRootMismatch = errors.New("proof: opening refers to another commitment")
	// ErrLate: the commitment arrived after the deadline.
	ErrLate = errors.New("proof: commitment after the deadline")
	// ErrRTT: the measured round-trip time is too large to subtract honestly.
	ErrRTT = errors.New("proof: round-trip time out of bounds")
	// ErrSimulated: a simulated device was presented where real hardware is required.
	ErrSimulated = errors.New("proof: simulated device refused outside a dev chain")
	// ErrBadOpening: an opening is malformed for its challenge (wrong units, sizes or indices).
	ErrBadOpening = errors.New("proof: malformed opening")
	// ErrMerkle: a Merkle path does not lead to the committed root.
	ErrMerkle = errors.New("proof: Merkle path does not match the commitment")
	// ErrDigest: revealed rows do not match the committed digest.
	ErrDigest = errors.New("proof: rows do not match the committed digest")
	// ErrProduct: a revealed product row is not the product of its inputs (Freivalds check failed).
	ErrProduct = errors.New("proof: product check failed")
	// ErrState: the opening was requested in the wrong order (for example before a commitment).
	ErrState = errors.New("proof: out-of-order call")
	// ErrTooLarge: a wire message exceeds its size limit.
	ErrTooLarge = errors.New("proof: message too large")
	// ErrMalformed: a wire message is not valid for its type.
	ErrMalformed = errors.New("proof: malformed message")
)

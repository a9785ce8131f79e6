package gateway

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
)

// Reason is the machine-readable code of a gateway refusal, the "code" of its JSON error body.
type Reason string

// Why the gateway refuses a request. The token reasons are 401 (the caller did not prove it may ask), the
// lease reasons 403 (it proved who it is, and that one may not), except where noted.
const (
	ReasonMissingToken     Reason = "missing_token"        // 401: no Authorization: Bearer header nor access_token
	ReasonMalformedToken   Reason = "malformed_token"      // 401: not a token this protocol encodes
	ReasonWrongChain       Reason = "wrong_chain"          // 401: signed for another chain id
	ReasonWrongContract    Reason = "wrong_contract"       // 401: signed for another LeaseEscrow
	ReasonWrongAudience    Reason = "wrong_audience"       // 401: signed for another provider's node
	ReasonTokenLifetime    Reason = "token_lifetime"       // 401: expiry not after issuedAt, or valid too long
	ReasonTokenNotYetValid Reason = "token_not_yet_valid"  // 401: issued in the future (beyond the clock skew)
	ReasonTokenExpired     Reason = "token_expired"        // 401: past its expiry
	ReasonBadSignature     Reason = "bad_signature"        // 401: invalid, or not by the renter it names (tampered)
	ReasonWrongLease       Reason = "wrong_lease"          // 403: the token is for another lease than the URL's
	ReasonLeaseNotFound    Reason = "lease_not_found"      // 404: no such lease on chain
	ReasonNotOnNode        Reason = "lease_not_on_node"    // 403: the lease is another provider's
	ReasonNotRenter        Reason = "not_renter"           // 403: the signer is not the lease's renter
	ReasonLeaseClosed      Reason = "lease_closed"         // 403: the lease is closed on chain
	ReasonLeaseEnded       Reason = "lease_ended"          // 403: the lease ran out of prepaid time
	ReasonNoWorkload       Reason = "no_workload"          // 404: nothing runs for the lease on this node (yet)
	ReasonNoOutput         Reason = "no_output"            // 404: the job has no output (yet)
	ReasonUploadRefused    Reason = "upload_refused"       // 400: content the node will not take (the message says why)
	ReasonTooLarge         Reason = "too_large"            // 413: an upload over the node's limits
	ReasonPortNotPublished Reason = "port_not_published"   // 403: the job does not expose that port
	ReasonTooMany          Reason = "too_many_connections" // 429
	ReasonRateLimited      Reason = "rate_limited"         // 429: too many failed attempts from one address
	ReasonNotFound         Reason = "not_found"            // 404: no such route
	ReasonMethodNotAllowed Reason = "method_not_allowed"   // 405: every route is GET
	ReasonIdleTimeout      Reason = "idle_timeout"         // a session without traffic was closed
	ReasonShuttingDown     Reason = "shutting_down"        // 503: the node is stopping
	ReasonInvalidParameter Reason = "invalid_parameter"    // 400, with the parameter named
	ReasonUnavailable      Reason = "unavailable"          // 503: chain state or the runtime could not be read
	ReasonInternal         Reason = "internal"             // 500
)

// Status is the HTTP status the gateway answers a refusal for reason r with.
func (r Reason) Status() int {
	switch r {
	case ReasonMissingToken, ReasonMalformedToken, ReasonWrongChain, ReasonWrongContract, ReasonWrongAudience,
		ReasonTokenLifetime, ReasonTokenNotYetValid, ReasonTokenExpired, ReasonBadSignature:
		return http.StatusUnauthorized
	case ReasonWrongLease, ReasonNotOnNode, ReasonNotRenter, ReasonLeaseClosed, ReasonLeaseEnded, ReasonPortNotPublished:
		return http.StatusForbidden
	case ReasonLeaseNotFound, ReasonNoWorkload, ReasonNoOutput, ReasonNotFound:
		return http.StatusNotFound
	case ReasonTooMany, ReasonRateLimited:
		return http.StatusTooManyRequests
	case ReasonInvalidParameter, ReasonUploadRefused:
		return http.StatusBadRequest
	case ReasonTooLarge:
		return http.StatusRequestEntityTooLarge
	case ReasonUnavailable, ReasonShuttingDown:
		return http.StatusServiceUnavailable
	case ReasonMethodNotAllowed:
		return http.StatusMethodNotAllowed
	case ReasonIdleTimeout:
		return http.StatusRequestTimeout
	}
	return http.StatusInternalServerError
}

// Error is a gateway refusal: what the server sends as {"error": {...}} and what the client returns.
type Error struct {
	// Status is the HTTP status (0 when the refusal came inside a stream, after the status line).
	Status    int    `json:"-"`
	Code      Reason `json:"code"`
	Parameter string `json:"parameter,omitempty"`
	Message   string `json:"message"`
}

func (e *Error) Error() string {
	if e.Status != 0 {
		return fmt.Sprintf("gateway: %s (%d %s): %s", e.Code, e.Status, http.StatusText(e.Status), e.Message)
	}
	return fmt.Sprintf("gateway: %s: %s", e.Code, e.Message)
}

// Is makes errors.Is(err, &Error{Code: c}) match any refusal with code c.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Code == e.Code
}

// HasReason reports whether err is a gateway refusal with code r.
func HasReason(err error, r Reason) bool {
	var e *Error
	return errors.As(err, &e) && e.Code == r
}

// Refuse builds the refusal for reason r.
func Refuse(r Reason, format string, args ...any) *Error {
	return &Error{Status: r.Status(), Code: r, Message: fmt.Sprintf(format, args...)}
}

// BadParameter is the 400 refusal of query parameter name.
func BadParameter(name, format string, args ...any) *Error {
	return &Error{Status: http.StatusBadRequest, Code: ReasonInvalidParameter, Parameter: name,
		Message: name + ": " + fmt.Sprintf(format, args...)}
}

// ErrorBody is the JSON body of a refusal.
type ErrorBody struct {
	Error *Error `json:"error"`
}

// maxErrorBody bounds how much of an error response the client reads.
const maxErrorBody = 4 << 10

// readError turns a non-2xx response into an *Error, whatever its body holds.
func readError(resp *http.Response) *Error {
	var body ErrorBody
	raw, _ := io.ReadAll(io.LimitReader(resp.Body, maxErrorBody))
	if err := json.Unmarshal(raw, &body); err != nil || body.Error == nil || body.Error.Code == "" {
		return &Error{Status: resp.StatusCode, Code: ReasonInternal,
			Message: fmt.Sprintf("unexpected %s response: %q", resp.Status, truncate(string(raw), 200))}
	}
	body.Error.Status = resp.StatusCode
	return body.Error
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

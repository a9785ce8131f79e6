package gateway

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
)

// Routes. Every one takes the token as "Authorization: Bearer TOKEN" or, where a browser cannot set headers
// (its WebSocket API), as the access_token query parameter (RFC 6750 §2.3).
const (
	PathPrefix   = "/v1/leases/"
	RouteLogs    = "logs"    // GET, streamed log frames
	RouteStatus  = "status"  // GET, JSON Status
	RouteShell   = "shell"   // GET, WebSocket (shell messages)
	RouteForward = "forward" // GET, WebSocket (raw TCP bytes as binary messages)
	RouteContent = "content" // POST, a CAR of the lease's job content (spec, inputs, image); JSON Uploaded
	RouteOutput  = "output"  // GET, the job's output folder as a CAR (application/vnd.ipld.car)
	// RouteJob names the lease's job (POST, JSON JobName; JSON Uploaded): protocol v1's LeaseOpened binds no
	// job, so the renter names it to the node with its token; once per lease.
	RouteJob = "job"
)

// JobName is the body of a RouteJob request: the job spec's CID (a raw CIDv1, sha2-256 of its canonical JSON).
type JobName struct {
	CID string `json:"cid"`
}

// JobsPath takes a job spec before its lease is open (POST, the spec's canonical JSON; JSON Uploaded): the
// only route without a token, since no lease exists yet. A node keeps only specs it could run, and only so
// many; the lease then binds the spec by CID.
const JobsPath = "/v1/jobs"

// Uploaded is the answer to an upload: the root CID the node now holds.
type Uploaded struct {
	CID string `json:"cid"`
}

// Path is the URL path of route for lease.
func Path(lease uint64, route string) string {
	return PathPrefix + strconv.FormatUint(lease, 10) + "/" + route
}

// Query parameters.
const (
	ParamToken  = "access_token"
	ParamFollow = "follow" // logs: "1" or "true" keeps streaming
	ParamTail   = "tail"   // logs: only the last N lines (0 or absent: all)
	ParamCmd    = "cmd"    // shell: argv, one parameter per word; absent: the container's interactive shell
	ParamTTY    = "tty"    // shell: "1" or "true" allocates a terminal
	ParamCols   = "cols"   // shell: initial terminal size
	ParamRows   = "rows"
	ParamPort   = "port" // forward: the container port
)

// LogOptions select what Logs streams.
type LogOptions struct {
	// Follow keeps streaming new output until the caller stops, the workload ends or the lease closes.
	Follow bool
	// Tail is how many lines from the end to start with; 0 means all.
	Tail int
}

// Log stream frames. The logs body is a sequence of frames, each an 8-byte header — the stream, three zero
// bytes, the payload length as a big-endian uint32 (Docker's multiplexed stream format) — and the payload.
// A StreamError frame carries a JSON Error and ends the stream: the server hit a problem after it had
// already answered 200.
const (
	StreamStdout byte = 1
	StreamStderr byte = 2
	StreamError  byte = 3
)

// MaxFramePayload bounds one frame's payload; writers split larger writes.
const MaxFramePayload = 32 << 10

// frameWriter writes its input as frames of one stream.
type frameWriter struct {
	w      io.Writer
	stream byte
}

// NewFrameWriter writes everything written to it as frames of stream onto w. Writes are not synchronised:
// give concurrent writers of one w a lock.
func NewFrameWriter(w io.Writer, stream byte) io.Writer { return &frameWriter{w: w, stream: stream} }

func (f *frameWriter) Write(p []byte) (int, error) {
	n := 0
	for len(p) > 0 {
		chunk := p[:min(len(p), MaxFramePayload)]
		if err := WriteFrame(f.w, f.stream, chunk); err != nil {
			return n, err
		}
		n += len(chunk)
		p = p[len(chunk):]
	}
	return n, nil
}

// WriteFrame writes one frame.
func WriteFrame(w io.Writer, stream byte, payload []byte) error {
	if len(payload) > MaxFramePayload {
		return fmt.Errorf("log frame of %d bytes, at most %d", len(payload), MaxFramePayload)
	}
	buf := make([]byte, 8+len(payload))
	buf[0] = stream
	binary.BigEndian.PutUint32(buf[4:8], uint32(len(payload)))
	copy(buf[8:], payload)
	_, err := w.Write(buf)
	return err
}

// ErrBadFrame means a log stream that does not follow the frame format.
var ErrBadFrame = errors.New("bad log frame")

// ReadFrames copies a frame stream to stdout and stderr until it ends. A StreamError frame is returned as
// its *Error; a stream cut in the middle of a frame is io.ErrUnexpectedEOF.
func ReadFrames(r io.Reader, stdout, stderr io.Writer) error {
	var hdr [8]byte
	buf := make([]byte, MaxFramePayload)
	for {
		if _, err := io.ReadFull(r, hdr[:]); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		if hdr[1] != 0 || hdr[2] != 0 || hdr[3] != 0 {
			return fmt.Errorf("%w: header %x", ErrBadFrame, hdr)
		}
		n := binary.BigEndian.Uint32(hdr[4:])
		if n > MaxFramePayload {
			return fmt.Errorf("%w: payload of %d bytes, at most %d", ErrBadFrame, n, MaxFramePayload)
		}
		p := buf[:n]
		if _, err := io.ReadFull(r, p); err != nil {
			if errors.Is(err, io.EOF) {
				err = io.ErrUnexpectedEOF
			}
			return err
		}
		switch hdr[0] {
		case StreamStdout:
			if _, err := stdout.Write(p); err != nil {
				return err
			}
		case StreamStderr:
			if _, err := stderr.Write(p); err != nil {
				return err
			}
		case StreamError:
			var e Error
			if err := json.Unmarshal(p, &e); err != nil || e.Code == "" {
				return fmt.Errorf("%w: error frame %q", ErrBadFrame, truncate(string(p), 200))
			}
			return &e
		default:
			return fmt.Errorf("%w: stream %d", ErrBadFrame, hdr[0])
		}
	}
}

// TermSize is a terminal's size in character cells.
type TermSize struct {
	Cols uint16 `json:"cols"`
	Rows uint16 `json:"rows"`
}

// Shell WebSocket protocol. The client sends stdin as binary messages and control messages as text (JSON
// ShellMessage of type resize or eof); the server sends output as binary messages whose first byte is the
// stream (StreamStdout or StreamStderr) followed by the bytes, and ends with one text message of type exit
// (the exit code) or error (a JSON Error in Error), then a normal close.
const (
	ShellResize = "resize" // client: the terminal changed size (Size)
	ShellEOF    = "eof"    // client: stdin ended
	ShellExit   = "exit"   // server: the command exited with Code
	ShellError  = "error"  // server: the session failed (Error)
)

// ShellMessage is a shell control message.
type ShellMessage struct {
	Type  string    `json:"type"`
	Size  *TermSize `json:"size,omitempty"`
	Code  *int      `json:"code,omitempty"`
	Error *Error    `json:"error,omitempty"`
}

// MaxControlBytes bounds a text (control) message of the shell protocol.
const MaxControlBytes = 1024

// ParseShellMessage decodes a control message, checking its type and the fields that type needs.
func ParseShellMessage(p []byte) (ShellMessage, error) {
	if len(p) > MaxControlBytes {
		return ShellMessage{}, fmt.Errorf("shell control message of %d bytes, at most %d", len(p), MaxControlBytes)
	}
	var m ShellMessage
	if err := json.Unmarshal(p, &m); err != nil {
		return ShellMessage{}, fmt.Errorf("shell control message: %w", err)
	}
	switch m.Type {
	case ShellResize:
		if m.Size == nil || m.Size.Cols == 0 || m.Size.Rows == 0 {
			return ShellMessage{}, errors.New("shell resize: size: cols and rows must be positive")
		}
	case ShellExit:
		if m.Code == nil {
			return ShellMessage{}, errors.New("shell exit: code: missing")
		}
	case ShellError:
		if m.Error == nil || m.Error.Code == "" {
			return ShellMessage{}, errors.New("shell error: error: missing")
		}
	case ShellEOF:
	default:
		return ShellMessage{}, fmt.Errorf("shell control message: type %q unknown", truncate(m.Type, 40))
	}
	return m, nil
}

// WorkloadState is what a lease's container is doing.
type WorkloadState string

// Workload states.
const (
	StatePending WorkloadState = "pending" // accepted, not started yet (fetching the image or inputs)
	StateRunning WorkloadState = "running"
	StateExited  WorkloadState = "exited" // the job ended by itself (ExitCode says how)
	StateFailed  WorkloadState = "failed" // it could not start, or was killed (Error says why)
	StateStopped WorkloadState = "stopped"
)

// Port is a container port the job publishes; only these can be forwarded.
type Port struct {
	Port     uint16 `json:"port"`
	Protocol string `json:"protocol"` // "tcp"
}

// GPUUsage is one leased GPU's use now.
type GPUUsage struct {
	Index            int    `json:"index"`
	UUID             string `json:"uuid,omitempty"`
	Name             string `json:"name,omitempty"`
	UtilizationPct   uint32 `json:"utilizationPct"`
	MemoryUsedBytes  uint64 `json:"memoryUsedBytes"`
	MemoryTotalBytes uint64 `json:"memoryTotalBytes"`
	PowerWatts       uint32 `json:"powerWatts,omitempty"`
	TemperatureC     uint32 `json:"temperatureC,omitempty"`
}

// Status is a lease's workload as the gateway reports it.
type Status struct {
	Lease     uint64        `json:"lease"`
	State     WorkloadState `json:"state"`
	Image     string        `json:"image,omitempty"`
	StartedAt time.Time     `json:"startedAt,omitzero"`
	// UptimeSeconds is how long it has been running (0 unless running).
	UptimeSeconds uint64     `json:"uptimeSeconds"`
	ExitCode      *int       `json:"exitCode,omitempty"`
	Error         string     `json:"error,omitempty"`
	Ports         []Port     `json:"ports"`
	GPUs          []GPUUsage `json:"gpus"`
	// Output is the CID of the job's output folder once it has exited (GET output for the CAR).
	Output string `json:"output,omitempty"`
}

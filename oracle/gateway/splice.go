package gateway

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"

	"github.com/coder/websocket"
)

// Port forward protocol: one WebSocket carries one TCP connection, its bytes as binary messages each way. An
// empty binary message is that side's end of stream (TCP's half close: the peer shuts down writing to its
// end and keeps reading); when both sides have sent theirs the WebSocket closes normally. A text message is
// a protocol error.

// MaxForwardMessage is the largest binary message either side of a port forward sends.
const MaxForwardMessage = 32 << 10

// ErrProtocol means the peer broke the WebSocket protocol of this package.
var ErrProtocol = errors.New("gateway protocol violation")

// Counter is told how many bytes went each way, for metrics and idle tracking (nil: nobody is told).
type Counter func(fromConn, toConn int)

// Splice copies between a WebSocket that carries a port forward and conn until both directions have ended,
// ctx ends or either side fails, then closes both. It is the one copy loop of the client and the server.
func Splice(ctx context.Context, ws *websocket.Conn, conn net.Conn, count Counter) error {
	if count == nil {
		count = func(int, int) {}
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	stop := context.AfterFunc(ctx, func() { conn.Close() })
	defer stop()

	upDone := make(chan error, 1)
	go func() { // conn → ws, then our end-of-stream marker
		buf := make([]byte, MaxForwardMessage)
		for {
			n, err := conn.Read(buf)
			if n > 0 {
				if werr := ws.Write(ctx, websocket.MessageBinary, buf[:n]); werr != nil {
					upDone <- werr
					return
				}
				count(n, 0)
			}
			if errors.Is(err, io.EOF) {
				upDone <- ws.Write(ctx, websocket.MessageBinary, nil)
				return
			}
			if err != nil {
				upDone <- err
				return
			}
		}
	}()

	peerEOF := make(chan struct{})
	downDone := make(chan error, 1)
	go func() { // ws → conn; after the peer's marker, keep reading for its close
		eof := false
		for {
			typ, r, err := ws.Reader(ctx)
			if err != nil {
				downDone <- err
				return
			}
			if typ != websocket.MessageBinary || eof {
				downDone <- fmt.Errorf("%w: %v message after end of stream or in a port forward", ErrProtocol, typ)
				return
			}
			n, err := io.Copy(conn, r)
			if err != nil {
				downDone <- err
				return
			}
			if n == 0 {
				eof = true
				close(peerEOF)
				if err := closeWrite(conn); err != nil {
					downDone <- err
					return
				}
				continue
			}
			count(0, int(n))
		}
	}()

	var upErr, downErr error
	up, down, peerDone := upDone, downDone, peerEOF
	for up != nil || peerDone != nil {
		select {
		case upErr = <-up:
			up = nil
		case <-peerDone:
			peerDone = nil
		case downErr = <-down:
			down = nil
		}
		if upErr != nil || downErr != nil {
			break
		}
	}
	if upErr == nil && downErr == nil { // both streams ended cleanly
		conn.Close()
		return ws.Close(websocket.StatusNormalClosure, "")
	}
	if downErr != nil && isClosed(downErr) && upErr == nil {
		// The peer closed first: it saw both ends of stream, or went away; either way we are done.
		conn.Close()
		ws.CloseNow()
		return nil
	}
	err := errors.Join(downErr, upErr)
	status := websocket.StatusInternalError
	if errors.Is(err, ErrProtocol) {
		status = websocket.StatusProtocolError
	}
	ws.Close(status, "port forward failed")
	conn.Close()
	if ctx.Err() != nil || isClosed(err) {
		return nil
	}
	return err
}

// closeWrite half-closes conn where it can (TCP), and closes it where it cannot.
func closeWrite(conn net.Conn) error {
	if cw, ok := conn.(interface{ CloseWrite() error }); ok {
		return cw.CloseWrite()
	}
	return conn.Close()
}

// isClosed reports an error that only says the other side went away.
func isClosed(err error) bool {
	switch websocket.CloseStatus(err) {
	case websocket.StatusNormalClosure, websocket.StatusGoingAway:
		return true
	}
	return errors.Is(err, net.ErrClosed) || errors.Is(err, io.EOF)
}

package gateway

import (
	"context"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/coder/websocket"

	gw "github.com/idlegrid/idlegrid/oracle/gateway"
)

// activity remembers when a session last moved a byte, for the idle timeout.
type activity struct{ last atomic.Int64 }

func newActivity() *activity {
	a := &activity{}
	a.touch()
	return a
}

func (a *activity) touch() { a.last.Store(time.Now().UnixNano()) }

func (a *activity) idleFor() time.Duration { return time.Since(time.Unix(0, a.last.Load())) }

// supervise runs the watchers of one session until ctx ends, and returns a func that waits for them:
//   - the lease: re-read every LeaseRecheck; when the token's renter may no longer reach it (closed, ended,
//     gone from chain state after a reorg), stop is called with the refusal a new request would get;
//   - with act: the idle timeout;
//   - with ws: a ping every PingInterval, which the peer must answer within the next one.
//
// stop is called at most once; peerGone says the peer no longer answers, so telling it why is pointless
// (and a graceful close would wait for it).
func (s *Server) supervise(ctx context.Context, a access, act *activity, ws *websocket.Conn, stop func(e *gw.Error, peerGone bool)) (wait func()) {
	var once sync.Once
	stopOnce := func(e *gw.Error, peerGone bool) {
		once.Do(func() {
			s.deps.Log.Info().Uint64("lease", a.lease).Str("reason", string(e.Code)).Msg("gateway: ending session: " + e.Message)
			stop(e, peerGone)
		})
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		recheck := time.NewTicker(s.cfg.LeaseRecheck)
		defer recheck.Stop()
		var idleC <-chan time.Time
		if act != nil {
			idle := time.NewTicker(max(s.cfg.IdleTimeout/4, time.Millisecond))
			defer idle.Stop()
			idleC = idle.C
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-recheck.C:
				cctx, cancel := context.WithTimeout(ctx, s.cfg.RequestTimeout)
				refusal := s.checkLease(cctx, a)
				cancel()
				if refusal != nil && refusal.Code != gw.ReasonUnavailable && ctx.Err() == nil {
					stopOnce(refusal, false)
					return
				}
			case <-idleC:
				if d := act.idleFor(); d >= s.cfg.IdleTimeout {
					stopOnce(gw.Refuse(gw.ReasonIdleTimeout, "no traffic for %s", d.Round(time.Millisecond)), false)
					return
				}
			}
		}
	}()
	if ws != nil {
		wg.Add(1)
		go func() {
			defer wg.Done()
			t := time.NewTicker(s.cfg.PingInterval)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					pctx, cancel := context.WithTimeout(ctx, s.cfg.PingInterval)
					err := ws.Ping(pctx)
					cancel()
					if err != nil && ctx.Err() == nil {
						stopOnce(gw.Refuse(gw.ReasonIdleTimeout, "the renter's side did not answer a ping within %s", s.cfg.PingInterval), true)
						return
					}
				}
			}
		}()
	}
	return wg.Wait
}

// closeReason is a WebSocket close reason for e, within the protocol's 123 bytes.
func closeReason(e *gw.Error) string {
	r := string(e.Code) + ": " + e.Message
	if len(r) > 120 {
		r = strings.ToValidUTF8(r[:120], "")
	}
	return r
}

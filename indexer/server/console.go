package server

import (
	"errors"
	"math"
	"net/http"

	"github.com/idlegrid/idlegrid/indexer"
)

// What the web console reads beyond the index's rows: the deployment it talks to through the wallet, and the
// time series it plots.

func (s *Server) deployment(r *http.Request) (any, error) {
	if err := newParams(r.URL.Query()).done(); err != nil {
		return nil, err
	}
	if s.deps.Deployment == nil {
		return nil, notFound("this API was started without a deployment")
	}
	return s.deps.Deployment, nil
}

// Series windows: the last day in 48 buckets unless asked otherwise.
const (
	defaultSeriesSpan    = 24 * 3600
	defaultSeriesBuckets = 48
)

// window reads from, to and bucket (unix seconds), defaulting to the last day in 48 buckets.
func (s *Server) window(p *params) indexer.Window {
	now := uint64(s.deps.Clock.Now().Unix())
	w := indexer.Window{To: now + 1}
	if v := p.uintPtr("to", 1, math.MaxInt64); v != nil {
		w.To = *v
	}
	w.From = w.To - min(w.To, defaultSeriesSpan)
	if v := p.uintPtr("from", 0, math.MaxInt64); v != nil {
		w.From = *v
	}
	w.Bucket = max(1, (w.To-w.From+defaultSeriesBuckets-1)/defaultSeriesBuckets)
	if v := p.uintPtr("bucket", 1, math.MaxInt64); v != nil {
		w.Bucket = *v
	}
	return w
}

func seriesErr(err error) error {
	if errors.Is(err, indexer.ErrBadWindow) {
		return badParam("bucket", "%v", err)
	}
	return err
}

func (s *Server) series() (*indexer.Series, error) {
	if s.deps.Series == nil {
		return nil, notFound("this API serves no series")
	}
	return s.deps.Series, nil
}

func (s *Server) seriesPrices(r *http.Request) (any, error) {
	ser, err := s.series()
	if err != nil {
		return nil, err
	}
	p := newParams(r.URL.Query())
	class := p.str("class", 32)
	w := s.window(p)
	if err := p.done(); err != nil {
		return nil, err
	}
	out, err := ser.Prices(r.Context(), class, w)
	return out, seriesErr(err)
}

func (s *Server) seriesGPUs(r *http.Request) (any, error) {
	ser, err := s.series()
	if err != nil {
		return nil, err
	}
	p := newParams(r.URL.Query())
	w := s.window(p)
	if err := p.done(); err != nil {
		return nil, err
	}
	out, err := ser.GPUs(r.Context(), w, uint64(s.deps.Clock.Now().Unix()))
	return out, seriesErr(err)
}

func (s *Server) seriesEarnings(r *http.Request) (any, error) {
	ser, err := s.series()
	if err != nil {
		return nil, err
	}
	p := newParams(r.URL.Query())
	provider := p.address("provider")
	if provider == nil && p.err == nil {
		p.fail(badParam("provider", "required (the provider's 0x address)"))
	}
	w := s.window(p)
	if err := p.done(); err != nil {
		return nil, err
	}
	out, err := ser.Earnings(r.Context(), *provider, w)
	return out, seriesErr(err)
}

func (s *Server) seriesChecks(r *http.Request) (any, error) {
	ser, err := s.series()
	if err != nil {
		return nil, err
	}
	p := newParams(r.URL.Query())
	machine := p.hash("machine")
	if machine == nil && p.err == nil {
		p.fail(badParam("machine", "required (the machine id, 0x and 64 hex digits)"))
	}
	from := p.uintPtr("from", 0, math.MaxInt64)
	if err := p.done(); err != nil {
		return nil, err
	}
	var f uint64
	if from != nil {
		f = *from
	}
	return ser.Checks(r.Context(), *machine, f)
}

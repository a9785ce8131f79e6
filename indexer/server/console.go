package server

import (
	"errors"
	"math"
	"net/http"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/indexer/api"
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
	return api.DeploymentInfoOf(*s.deps.Deployment), nil
}

// window reads from, to and bucket (unix seconds); the series resolve what is not given.
func (s *Server) window(r *http.Request, ser *indexer.Series, p *params) (indexer.Window, error) {
	from, to, bucket := p.uintPtr("from", 0, math.MaxInt64), p.uintPtr("to", 1, math.MaxInt64), p.uintPtr("bucket", 1, math.MaxInt64)
	if err := p.done(); err != nil {
		return indexer.Window{}, err
	}
	w, err := ser.Window(r.Context(), from, to, bucket, uint64(s.deps.Clock.Now().Unix()))
	return w, seriesErr(err)
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
	w, err := s.window(r, ser, p)
	if err != nil {
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
	w, err := s.window(r, ser, p)
	if err != nil {
		return nil, err
	}
	out, err := ser.GPUs(r.Context(), w, max(uint64(s.deps.Clock.Now().Unix()), w.To-1))
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
	w, err := s.window(r, ser, p)
	if err != nil {
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

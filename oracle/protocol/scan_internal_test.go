package protocol

import (
	"context"
	"errors"
	"slices"
	"testing"
)

// TestScanRangesCrossesPageBoundaries checks that a scan asks for consecutive ranges of at most span blocks,
// covering from..to exactly once, and returns every page's items in order.
func TestScanRangesCrossesPageBoundaries(t *testing.T) {
	for _, tt := range []struct {
		from, to, span uint64
		want           [][2]uint64
	}{
		{0, 0, 2000, [][2]uint64{{0, 0}}},
		{10, 2009, 2000, [][2]uint64{{10, 2009}}},
		{10, 2010, 2000, [][2]uint64{{10, 2009}, {2010, 2010}}},
		{0, 4500, 2000, [][2]uint64{{0, 1999}, {2000, 3999}, {4000, 4500}}},
		{5, 4, 2000, nil},
		{^uint64(0) - 2, ^uint64(0), 2, [][2]uint64{{^uint64(0) - 2, ^uint64(0) - 1}, {^uint64(0), ^uint64(0)}}},
	} {
		var asked [][2]uint64
		got, err := scanRanges(context.Background(), tt.from, tt.to, tt.span, func(_ context.Context, lo, hi uint64) ([]uint64, error) {
			asked = append(asked, [2]uint64{lo, hi})
			return []uint64{lo, hi}, nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(asked, tt.want) {
			t.Fatalf("%d..%d by %d: asked %v, want %v", tt.from, tt.to, tt.span, asked, tt.want)
		}
		var wantItems []uint64
		for _, r := range tt.want {
			wantItems = append(wantItems, r[0], r[1])
		}
		if !slices.Equal(got, wantItems) {
			t.Fatalf("%d..%d: items %v, want %v", tt.from, tt.to, got, wantItems)
		}
	}
	boom := errors.New("boom")
	if _, err := scanRanges(context.Background(), 0, 10, 4, func(_ context.Context, lo, _ uint64) ([]int, error) {
		if lo == 4 {
			return nil, boom
		}
		return nil, nil
	}); !errors.Is(err, boom) {
		t.Fatalf("a failing page: %v", err)
	}
}

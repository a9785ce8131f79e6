package indexer

import (
	"context"
	"fmt"
	"reflect"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// RowReader reads the current row of an entity inside the store's write transaction.
type RowReader interface {
	Get(ctx context.Context, t *Table, key []any) (Row, bool, error)
}

// JournalEntry records an entity row as it was before the first change made to it in a hot block, so a
// reorg can put it back. Prev nil means the row did not exist.
type JournalEntry struct {
	Block uint64
	Table *Table
	Key   []any
	Prev  Row
}

// Changes is what one batch of events writes: entity rows in their final state, history rows to append, and
// the journal for the hot blocks among them.
type Changes struct {
	Upserts map[*Table][]Row
	Inserts map[*Table][]Row
	Journal []JournalEntry
	// Warnings are inconsistencies between events and the mirrored state (for example a balance going
	// below zero because indexing started after the token's deployment). They are logged and counted, never
	// silently dropped.
	Warnings []string
	// Events counts the events applied.
	Events int
}

// Projection applies a batch of events to the mirrored state. It reads entity rows through the store's
// transaction once, keeps them in memory for the rest of the batch, and hands back every change at the end.
// Mappings are plain functions of (projection, event); see mappings.go.
type Projection struct {
	ctx     context.Context
	reader  RowReader
	hotFrom uint64
	names   map[common.Address]string

	cache   map[*Table]map[string]*cachedRow
	order   map[*Table][]*cachedRow
	inserts map[*Table][]Row
	journal []JournalEntry
	warns   []string
	events  int
	ev      *Event
}

// cachedRow is an entity as the batch sees it: decoded once when first read, encoded once when the batch ends
// (and when journaled). Mappings treat the values they get as immutable (they replace big.Ints and slices,
// never modify them in place), so the cache can hand out shallow copies.
type cachedRow struct {
	key       []any
	val       reflect.Value // *T; invalid while the row does not exist
	dirty     bool
	journaled bool
	jblock    uint64 // the block of the last journal entry for this row
}

// NewProjection starts a batch. Rows changed by events in blocks >= hotFrom are journaled. names maps contract
// addresses to their names (for attestation targets).
func NewProjection(ctx context.Context, reader RowReader, hotFrom uint64, names map[common.Address]string) *Projection {
	return &Projection{
		ctx: ctx, reader: reader, hotFrom: hotFrom, names: names,
		cache:   map[*Table]map[string]*cachedRow{},
		order:   map[*Table][]*cachedRow{},
		inserts: map[*Table][]Row{},
	}
}

// Apply maps one event. Events must come in chain order.
func (p *Projection) Apply(ev *Event) error {
	p.ev = ev
	p.events++
	if err := p.insert(EventsTable, &EventRecord{
		Position: p.position(), Contract: ev.Contract, Address: ev.Address, Name: ev.Name, Args: ev.Args.JSON(),
	}); err != nil {
		return err
	}
	if h, ok := mappings[ev.Contract+"."+ev.Name]; ok {
		if err := h(p, ev); err != nil {
			return fmt.Errorf("%s.%s at block %d log %d: %w", ev.Contract, ev.Name, ev.Block, ev.LogIndex, err)
		}
		if err := ev.Args.Err(); err != nil {
			return fmt.Errorf("%s.%s at block %d log %d: %w", ev.Contract, ev.Name, ev.Block, ev.LogIndex, err)
		}
	}
	return nil
}

// Changes returns everything the batch writes, encoding each changed entity once.
func (p *Projection) Changes() (*Changes, error) {
	c := &Changes{Upserts: map[*Table][]Row{}, Inserts: p.inserts, Journal: p.journal, Warnings: p.warns, Events: p.events}
	for t, rows := range p.order {
		for _, cr := range rows {
			if cr.dirty && cr.val.IsValid() {
				row, err := t.Encode(cr.val.Interface())
				if err != nil {
					return nil, fmt.Errorf("%s %s: %w", t.Name, KeyString(cr.key), err)
				}
				c.Upserts[t] = append(c.Upserts[t], row)
			}
		}
	}
	return c, nil
}

// Mapped reports whether an event has a typed mapping (every event is stored in the events table regardless).
func Mapped(contract, name string) bool {
	_, ok := mappings[contract+"."+name]
	return ok
}

// MappedEvents lists the events with typed mappings, as "Contract.Event".
func MappedEvents() []string {
	out := make([]string, 0, len(mappings))
	for k := range mappings {
		out = append(out, k)
	}
	return out
}

func (p *Projection) warn(format string, args ...any) {
	prefix := ""
	if p.ev != nil {
		prefix = fmt.Sprintf("%s.%s at block %d log %d: ", p.ev.Contract, p.ev.Name, p.ev.Block, p.ev.LogIndex)
	}
	p.warns = append(p.warns, prefix+fmt.Sprintf(format, args...))
}

// lookup returns the cached entity for key, reading it through the transaction on first use.
func (p *Projection) lookup(t *Table, key []any) (*cachedRow, error) {
	ks := KeyString(key)
	m := p.cache[t]
	if m == nil {
		m = map[string]*cachedRow{}
		p.cache[t] = m
	}
	if cr, ok := m[ks]; ok {
		return cr, nil
	}
	row, found, err := p.reader.Get(p.ctx, t, key)
	if err != nil {
		return nil, fmt.Errorf("read %s %s: %w", t.Name, ks, err)
	}
	cr := &cachedRow{key: key}
	if found {
		v := reflect.New(t.typ)
		if err := t.Decode(row, v.Interface()); err != nil {
			return nil, err
		}
		cr.val = v
	}
	m[ks] = cr
	p.order[t] = append(p.order[t], cr)
	return cr, nil
}

// get loads the entity whose key fields are set in v into v; found is false (and v untouched) if there is none.
func (p *Projection) get(t *Table, v any) (bool, error) {
	// A bad argument read so far makes the key (and so everything after) meaningless: stop at the cause.
	if p.ev != nil {
		if err := p.ev.Args.Err(); err != nil {
			return false, err
		}
	}
	key, err := t.EncodeKey(v)
	if err != nil {
		return false, err
	}
	cr, err := p.lookup(t, key)
	if err != nil || !cr.val.IsValid() {
		return false, err
	}
	reflect.ValueOf(v).Elem().Set(cr.val.Elem())
	return true, nil
}

// put stores v as the entity's new state, journaling the previous state if the current event is hot.
func (p *Projection) put(t *Table, v any) error {
	if err := p.ev.Args.Err(); err != nil {
		return err
	}
	key, err := t.EncodeKey(v)
	if err != nil {
		return err
	}
	cr, err := p.lookup(t, key)
	if err != nil {
		return err
	}
	if b := p.ev.Block; b >= p.hotFrom && (!cr.journaled || cr.jblock != b) {
		var prev Row
		if cr.val.IsValid() {
			if prev, err = t.Encode(cr.val.Interface()); err != nil {
				return err
			}
		}
		p.journal = append(p.journal, JournalEntry{Block: b, Table: t, Key: cr.key, Prev: prev})
		cr.journaled, cr.jblock = true, b
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.Elem().Type() != t.typ {
		return fmt.Errorf("table %s: put %T, want *%s", t.Name, v, t.typ)
	}
	nv := reflect.New(t.typ)
	nv.Elem().Set(rv.Elem())
	cr.val, cr.dirty = nv, true
	return nil
}

// insert appends a history row.
func (p *Projection) insert(t *Table, v any) error {
	row, err := t.Encode(v)
	if err != nil {
		return err
	}
	p.inserts[t] = append(p.inserts[t], row)
	return nil
}

// position is the current event's place in the chain, for history rows.
func (p *Projection) position() Position {
	ev := p.ev
	return Position{Block: ev.Block, LogIndex: uint64(ev.LogIndex), TxHash: ev.TxHash, Time: ev.Time}
}

// contractName names an indexed contract by address, or returns the address.
func (p *Projection) contractName(a common.Address) string {
	if n, ok := p.names[a]; ok {
		return n
	}
	return strings.ToLower(a.Hex())
}

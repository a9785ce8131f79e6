package sqlstore

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/idlegrid/idlegrid/indexer"
	"github.com/idlegrid/idlegrid/oracle/amount"
)

// The read side: queries the HTTP API serves. All run on the read pool.

// where accumulates AND-ed conditions and their arguments.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) sql() string {
	if len(w.conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(w.conds, " AND ")
}

func columns(prefix string, t *indexer.Table) string {
	cols := make([]string, len(t.Columns))
	for i, c := range t.Columns {
		cols[i] = prefix + c.Name
	}
	return strings.Join(cols, ", ")
}

// scanRow scans t's columns (and extra destinations after them) and decodes them into dst.
func scanRow(rows interface{ Scan(...any) error }, t *indexer.Table, dst any, extra ...any) error {
	vals := make([]any, len(t.Columns))
	ptrs := make([]any, 0, len(vals)+len(extra))
	for i := range vals {
		ptrs = append(ptrs, &vals[i])
	}
	ptrs = append(ptrs, extra...)
	if err := rows.Scan(ptrs...); err != nil {
		return err
	}
	r, err := t.Normalize(vals)
	if err != nil {
		return err
	}
	return t.Decode(r, dst)
}

func limitOf(p indexer.Page) int {
	if p.Limit <= 0 {
		return indexer.DefaultPageLimit
	}
	return min(p.Limit, indexer.MaxPageLimit)
}

func cursorString(p indexer.Page) (string, bool, error) {
	if p.Cursor == "" {
		return "", false, nil
	}
	raw, err := indexer.DecodeCursor(p.Cursor)
	if err != nil || len(raw) != 1 {
		return "", false, indexer.ErrBadCursor
	}
	var s string
	if err := json.Unmarshal(raw[0], &s); err != nil {
		return "", false, indexer.ErrBadCursor
	}
	return s, true, nil
}

func cursorInts(p indexer.Page, n int) ([]int64, bool, error) {
	if p.Cursor == "" {
		return nil, false, nil
	}
	raw, err := indexer.DecodeCursor(p.Cursor)
	if err != nil || len(raw) != n {
		return nil, false, indexer.ErrBadCursor
	}
	out := make([]int64, n)
	for i, r := range raw {
		if err := json.Unmarshal(r, &out[i]); err != nil {
			return nil, false, indexer.ErrBadCursor
		}
	}
	return out, true, nil
}

func hexAddr(a common.Address) string { return indexer.Hex(a.Bytes()) }

// ---------------------------------------------------------------- machines and providers

const machineViewFrom = ` FROM machines m
	LEFT JOIN stakes s ON s.account = m.provider AND s.role = 0
	LEFT JOIN providers p ON p.address = m.provider`

func (db *DB) machineViewCols() string {
	return columns("m.", indexer.MachinesTable) + ", COALESCE(s.collateralised, " + db.boolLit(false) + "), COALESCE(p.slashes, 0)"
}

func (db *DB) boolLit(b bool) string {
	if b {
		return "TRUE"
	}
	return "FALSE"
}

func scanMachineView(rows interface{ Scan(...any) error }) (indexer.MachineView, error) {
	var v indexer.MachineView
	var coll any
	var slashes int64
	if err := scanRow(rows, indexer.MachinesTable, &v.Machine, &coll, &slashes); err != nil {
		return v, err
	}
	switch c := coll.(type) {
	case bool:
		v.ProviderCollateralised = c
	case int64:
		v.ProviderCollateralised = c != 0
	}
	v.ProviderSlashes = uint64(slashes)
	v.UptimePercent = v.Reputation.UptimePercent()
	return v, nil
}

// VerificationRule implements indexer.QuoteStore: the NodeRegistry's parameters as indexed.
func (db *DB) VerificationRule(ctx context.Context) (indexer.VerificationRule, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT name, value FROM params WHERE contract = ? AND (name = ? OR name LIKE ?)`),
		indexer.NodeRegistry, indexer.RequireVerificationParam, indexer.VerificationExemptParam+"%")
	if err != nil {
		return indexer.VerificationRule{}, fmt.Errorf("sqlstore: verification rule: %w", err)
	}
	defer rows.Close()
	params := map[string]string{}
	for rows.Next() {
		var n, v string
		if err := rows.Scan(&n, &v); err != nil {
			return indexer.VerificationRule{}, err
		}
		params[n] = v
	}
	return indexer.VerificationRuleOf(params), rows.Err()
}

// judge fills the time- and rule-dependent fields of machine views.
func (db *DB) judge(ctx context.Context, views []indexer.MachineView) error {
	rule, err := db.VerificationRule(ctx)
	if err != nil {
		return err
	}
	now := uint64(db.clock.Now().Unix())
	ptrs := make([]*indexer.MachineView, len(views))
	for i := range views {
		views[i].Judge(rule, now)
		ptrs[i] = &views[i]
	}
	return db.attachSpecs(ctx, ptrs)
}

// rentableCond is the SQL of NodeRegistry.isRentable for the machine aliased m (joined to its provider's
// stake s) at now, GPUs aside.
func rentableCond(rule indexer.VerificationRule, now uint64) (string, []any) {
	cond := "m.listed = TRUE AND COALESCE(s.collateralised, FALSE) = TRUE"
	if !rule.Required {
		return cond, nil
	}
	var exempt []string
	args := []any{clampInt64(now)}
	for class := range rule.Exempt {
		exempt = append(exempt, "?")
		args = append(args, class)
	}
	if len(exempt) == 0 {
		return cond + " AND m.verified_until > ?", args
	}
	return cond + " AND (m.verified_until > ? OR m.gpu_class IN (" + strings.Join(exempt, ", ") + "))", args
}

// Machines lists machines by id.
func (db *DB) Machines(ctx context.Context, q indexer.MachineQuery) ([]indexer.MachineView, string, error) {
	var w where
	if q.Class != "" {
		w.add("m.gpu_class = ?", q.Class)
	}
	if q.MinGPUs > 0 {
		w.add("m.gpu_count >= ?", int64(q.MinGPUs))
	}
	now := uint64(db.clock.Now().Unix())
	if q.MinFreeGPUs > 0 {
		w.add("m.listed = TRUE AND m.gpu_count >= ? AND "+indexer.FreeFromSQL("m", strconv.Itoa(int(q.MinFreeGPUs)))+" <= ?",
			int64(q.MinFreeGPUs), indexer.FreeAtText(now))
	}
	if q.Rentable {
		rule, err := db.VerificationRule(ctx)
		if err != nil {
			return nil, "", err
		}
		cond, args := rentableCond(rule, now)
		w.add(cond, args...)
	}
	if q.Provider != nil {
		w.add("m.provider = ?", hexAddr(*q.Provider))
	}
	if q.Listed != nil {
		w.add("m.listed = ?", *q.Listed)
	}
	if q.MaxMicroUSDPerHour != nil {
		w.add(`EXISTS (SELECT 1 FROM quotes q WHERE q.machine_id = m.machine_id AND q.provider = m.provider
			AND q.expiry >= ? AND q.usd_per_hour <= ? AND q.renter = ?`+nonceLive+`)`,
			clampInt64(now), clampInt64(*q.MaxMicroUSDPerHour), anyRenter)
	}
	after, ok, err := cursorString(q.Page)
	if err != nil {
		return nil, "", err
	}
	if ok {
		w.add("m.machine_id > ?", after)
	}
	limit := limitOf(q.Page)
	views, next, err := keysetPage(ctx, db, "machines", "SELECT "+db.machineViewCols()+machineViewFrom+w.sql()+" ORDER BY m.machine_id LIMIT ?", w.args, limit,
		scanMachineView, func(v indexer.MachineView) string { return indexer.EncodeCursor(indexer.Hex(v.ID.Bytes())) })
	if err != nil {
		return nil, "", err
	}
	return views, next, db.judge(ctx, views)
}

func clampInt64(v uint64) int64 {
	if v > 1<<63-1 {
		return 1<<63 - 1
	}
	return int64(v)
}

// Machine returns one machine.
func (db *DB) Machine(ctx context.Context, id common.Hash) (indexer.MachineView, bool, error) {
	row := db.r.QueryRowContext(ctx, db.rebind("SELECT "+db.machineViewCols()+machineViewFrom+" WHERE m.machine_id = ?"), hexHash(id))
	v, err := scanMachineView(row)
	if errors.Is(err, sql.ErrNoRows) {
		return v, false, nil
	}
	if err != nil {
		return v, false, err
	}
	views := []indexer.MachineView{v}
	if err := db.judge(ctx, views); err != nil {
		return v, false, err
	}
	return views[0], true, nil
}

// LiveQuotes lists a machine's quotes that can still open a lease, cheapest first.
func (db *DB) LiveQuotes(ctx context.Context, machine common.Hash, minExpiry uint64) ([]indexer.StoredQuote, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind("SELECT "+quoteCols("q.")+` FROM quotes q
		WHERE q.machine_id = ? AND q.expiry >= ? AND q.renter = ?`+nonceLive+`
		ORDER BY q.usd_per_hour, q.digest LIMIT 100`), hexHash(machine), clampInt64(minExpiry), anyRenter)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: live quotes: %w", err)
	}
	defer rows.Close()
	var out []indexer.StoredQuote
	for rows.Next() {
		q, err := scanQuote(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, q)
	}
	return out, rows.Err()
}

const providerViewFrom = ` FROM providers p LEFT JOIN stakes s ON s.account = p.address AND s.role = 0`

func providerViewCols() string {
	return columns("p.", indexer.ProvidersTable) + ", " + columns("s.", indexer.StakesTable)
}

func scanProviderView(rows interface{ Scan(...any) error }) (indexer.ProviderView, error) {
	var v indexer.ProviderView
	stakeVals := make([]any, len(indexer.StakesTable.Columns))
	ptrs := make([]any, len(stakeVals))
	for i := range stakeVals {
		ptrs[i] = &stakeVals[i]
	}
	if err := scanRow(rows, indexer.ProvidersTable, &v.Provider, ptrs...); err != nil {
		return v, err
	}
	if stakeVals[0] != nil {
		r, err := indexer.StakesTable.Normalize(stakeVals)
		if err != nil {
			return v, err
		}
		v.Stake = &indexer.Stake{}
		if err := indexer.StakesTable.Decode(r, v.Stake); err != nil {
			return v, err
		}
	}
	v.UptimePercent = v.Reputation.UptimePercent()
	return v, nil
}

// Providers lists providers by address.
func (db *DB) Providers(ctx context.Context, p indexer.Page) ([]indexer.ProviderView, string, error) {
	var w where
	after, ok, err := cursorString(p)
	if err != nil {
		return nil, "", err
	}
	if ok {
		w.add("p.address > ?", after)
	}
	limit := limitOf(p)
	return keysetPage(ctx, db, "providers", "SELECT "+providerViewCols()+providerViewFrom+w.sql()+" ORDER BY p.address LIMIT ?", w.args, limit,
		scanProviderView, func(v indexer.ProviderView) string { return indexer.EncodeCursor(hexAddr(v.Address)) })
}

// Provider returns one provider.
func (db *DB) Provider(ctx context.Context, addr common.Address) (indexer.ProviderView, bool, error) {
	row := db.r.QueryRowContext(ctx, db.rebind("SELECT "+providerViewCols()+providerViewFrom+" WHERE p.address = ?"), hexAddr(addr))
	v, err := scanProviderView(row)
	if errors.Is(err, sql.ErrNoRows) {
		return v, false, nil
	}
	return v, err == nil, err
}

// Stakes lists stakes by (account, role).
func (db *DB) Stakes(ctx context.Context, q indexer.StakeQuery) ([]indexer.Stake, string, error) {
	var w where
	if q.Account != nil {
		w.add("account = ?", hexAddr(*q.Account))
	}
	if q.Role != nil {
		w.add("role = ?", int64(*q.Role))
	}
	if q.Cursor != "" {
		raw, err := indexer.DecodeCursor(q.Cursor)
		var acct string
		var role int64
		if err != nil || len(raw) != 2 || json.Unmarshal(raw[0], &acct) != nil || json.Unmarshal(raw[1], &role) != nil {
			return nil, "", indexer.ErrBadCursor
		}
		w.add("(account > ? OR (account = ? AND role > ?))", acct, acct, role)
	}
	limit := limitOf(q.Page)
	return keysetPage(ctx, db, "stakes", "SELECT "+columns("", indexer.StakesTable)+" FROM stakes"+w.sql()+" ORDER BY account, role LIMIT ?", w.args, limit,
		scanTable[indexer.Stake](indexer.StakesTable), func(v indexer.Stake) string { return indexer.EncodeCursor(hexAddr(v.Account), v.Role) })
}

// ---------------------------------------------------------------- leases

// Leases lists leases, newest first.
func (db *DB) Leases(ctx context.Context, q indexer.LeaseQuery) ([]indexer.Lease, string, error) {
	var w where
	if q.Renter != nil {
		w.add("renter = ?", hexAddr(*q.Renter))
	}
	if q.Provider != nil {
		w.add("provider = ?", hexAddr(*q.Provider))
	}
	if q.MachineID != nil {
		w.add("machine_id = ?", hexHash(*q.MachineID))
	}
	if q.State != "" {
		w.add("status = ?", q.State)
	}
	c, ok, err := cursorInts(q.Page, 1)
	if err != nil {
		return nil, "", err
	}
	if ok {
		w.add("lease_id < ?", c[0])
	}
	limit := limitOf(q.Page)
	leases, next, err := keysetPage(ctx, db, "leases", "SELECT "+columns("", indexer.LeasesTable)+" FROM leases"+w.sql()+" ORDER BY lease_id DESC LIMIT ?", w.args, limit,
		scanTable[indexer.Lease](indexer.LeasesTable), func(v indexer.Lease) string { return indexer.EncodeCursor(v.ID) })
	if err != nil {
		return nil, "", err
	}
	window, err := db.DisputeWindow(ctx)
	for i := range leases {
		leases[i].WithDisputeWindow(window)
	}
	return leases, next, err
}

// DisputeWindow is the escrow's dispute window as indexed (0 before DisputeWindowSet).
func (db *DB) DisputeWindow(ctx context.Context) (uint64, error) {
	var v string
	err := db.r.QueryRowContext(ctx, db.rebind(`SELECT value FROM params WHERE contract = ? AND name = 'disputeWindow'`), indexer.LeaseEscrow).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("sqlstore: dispute window: %w", err)
	}
	w, err := strconv.ParseUint(v, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("sqlstore: dispute window %q: %w", v, err)
	}
	return w, nil
}

// Earnings is an account's LeaseEscrow balances, with the held payouts whose dispute window has ended (what
// settling would credit now) and the leases holding them.
func (db *DB) Earnings(ctx context.Context, account common.Address) (indexer.Earnings, error) {
	e := indexer.Earnings{Account: account, Balances: []indexer.EarningsBalance{}}
	window, err := db.DisputeWindow(ctx)
	if err != nil {
		return e, err
	}
	e.DisputeWindow = window
	rows, err := db.r.QueryContext(ctx, db.rebind("SELECT "+columns("", indexer.EscrowBalancesTable)+" FROM escrow_balances WHERE account = ? ORDER BY token"), hexAddr(account))
	if err != nil {
		return e, fmt.Errorf("sqlstore: earnings: %w", err)
	}
	for rows.Next() {
		var b indexer.EarningsBalance
		if err := scanRow(rows, indexer.EscrowBalancesTable, &b.EscrowBalance); err != nil {
			rows.Close()
			return e, err
		}
		b.DueNow, b.DueLeases = amount.IntOf(0), []uint64{}
		e.Balances = append(e.Balances, b)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return e, err
	}
	// Closed leases whose window ended before now: settle pays them (the window in force applies). Now is the
	// chain's time where it is ahead of this clock (a dev chain whose time was moved on): the escrow reads the
	// block's timestamp, not the wall clock.
	now := db.clock.Now().Unix()
	var head sql.NullInt64
	if err := db.r.QueryRowContext(ctx, `SELECT time FROM blocks ORDER BY number DESC LIMIT 1`).Scan(&head); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return e, fmt.Errorf("sqlstore: newest block time: %w", err)
	}
	now = max(now, head.Int64)
	lrows, err := db.r.QueryContext(ctx, db.rebind(`SELECT lease_id, pay_token, payout FROM leases
		WHERE provider = ? AND status = ? AND closed_at + ? < ? ORDER BY lease_id LIMIT 1000`),
		hexAddr(account), indexer.LeaseClosed, clampInt64(window), now)
	if err != nil {
		return e, fmt.Errorf("sqlstore: due leases: %w", err)
	}
	defer lrows.Close()
	for lrows.Next() {
		var id int64
		var token, payout string
		if err := lrows.Scan(&id, &token, &payout); err != nil {
			return e, err
		}
		for i := range e.Balances {
			if b := &e.Balances[i]; b.Token == token {
				p, ok := new(big.Int).SetString(payout, 10)
				if !ok {
					return e, fmt.Errorf("sqlstore: lease %d payout %q", id, payout)
				}
				b.DueNow = amount.NewInt(new(big.Int).Add(b.DueNow.Big(), p))
				b.DueLeases = append(b.DueLeases, uint64(id))
			}
		}
	}
	return e, lrows.Err()
}

// Lease returns a lease with its history.
func (db *DB) Lease(ctx context.Context, id uint64) (indexer.LeaseDetail, bool, error) {
	var d indexer.LeaseDetail
	err := scanRow(db.r.QueryRowContext(ctx, db.rebind("SELECT "+columns("", indexer.LeasesTable)+" FROM leases WHERE lease_id = ?"), clampInt64(id)), indexer.LeasesTable, &d.Lease)
	if errors.Is(err, sql.ErrNoRows) {
		return d, false, nil
	}
	if err != nil {
		return d, false, err
	}
	rows, err := db.r.QueryContext(ctx, db.rebind("SELECT "+columns("", indexer.LeaseEventsTable)+" FROM lease_events WHERE lease_id = ? ORDER BY block_number, log_index"), clampInt64(id))
	if err != nil {
		return d, false, err
	}
	defer rows.Close()
	d.History = []indexer.LeaseEvent{}
	for rows.Next() {
		var e indexer.LeaseEvent
		if err := scanRow(rows, indexer.LeaseEventsTable, &e); err != nil {
			return d, false, err
		}
		d.History = append(d.History, e)
	}
	if err := rows.Err(); err != nil {
		return d, false, err
	}
	window, err := db.DisputeWindow(ctx)
	d.Lease.WithDisputeWindow(window)
	return d, err == nil, err
}

// ---------------------------------------------------------------- history

// historyPage runs a newest-first query over a history table, keyset-paginated by (block_number, log_index).
func (db *DB) historyPage(ctx context.Context, t *indexer.Table, w where, p indexer.Page, each func(rows *sql.Rows) (uint64, uint64, error)) (string, error) {
	c, ok, err := cursorInts(p, 2)
	if err != nil {
		return "", err
	}
	if ok {
		w.add("(block_number < ? OR (block_number = ? AND log_index < ?))", c[0], c[0], c[1])
	}
	limit := limitOf(p)
	rows, err := db.r.QueryContext(ctx, db.rebind("SELECT "+columns("", t)+" FROM "+t.Name+w.sql()+
		" ORDER BY block_number DESC, log_index DESC LIMIT ?"), append(w.args, limit+1)...)
	if err != nil {
		return "", fmt.Errorf("sqlstore: %s: %w", t.Name, err)
	}
	defer rows.Close()
	n := 0
	var lastBlock, lastLog uint64
	for rows.Next() {
		n++
		if n > limit {
			return indexer.EncodeCursor(lastBlock, lastLog), rows.Err()
		}
		if lastBlock, lastLog, err = each(rows); err != nil {
			return "", err
		}
	}
	return "", rows.Err()
}

func blockRange(w *where, from, to *uint64) {
	if from != nil {
		w.add("block_number >= ?", clampInt64(*from))
	}
	if to != nil {
		w.add("block_number <= ?", clampInt64(*to))
	}
}

// Attestations lists consumed attestations, newest first.
func (db *DB) Attestations(ctx context.Context, q indexer.AttestationQuery) ([]indexer.Attestation, string, error) {
	var w where
	if q.Kind != nil {
		w.add("kind = ?", int64(*q.Kind))
	}
	if q.Target != nil {
		w.add("target = ?", hexAddr(*q.Target))
	}
	blockRange(&w, q.FromBlock, q.ToBlock)
	out := []indexer.Attestation{}
	next, err := db.historyPage(ctx, indexer.AttestationsTable, w, q.Page, func(rows *sql.Rows) (uint64, uint64, error) {
		var a indexer.Attestation
		err := scanRow(rows, indexer.AttestationsTable, &a)
		out = append(out, a)
		return a.Block, a.LogIndex, err
	})
	return out, next, err
}

// Slashes lists slashes, newest first.
func (db *DB) Slashes(ctx context.Context, q indexer.SlashQuery) ([]indexer.Slash, string, error) {
	var w where
	if q.Offender != nil {
		w.add("offender = ?", hexAddr(*q.Offender))
	}
	if q.Role != nil {
		w.add("role = ?", int64(*q.Role))
	}
	out := []indexer.Slash{}
	next, err := db.historyPage(ctx, indexer.SlashesTable, w, q.Page, func(rows *sql.Rows) (uint64, uint64, error) {
		var s indexer.Slash
		err := scanRow(rows, indexer.SlashesTable, &s)
		out = append(out, s)
		return s.Block, s.LogIndex, err
	})
	return out, next, err
}

// Events lists raw events, newest first.
func (db *DB) Events(ctx context.Context, q indexer.EventQuery) ([]indexer.EventRecord, string, error) {
	var w where
	if q.Contract != "" {
		w.add("contract = ?", q.Contract)
	}
	if q.Name != "" {
		w.add("name = ?", q.Name)
	}
	blockRange(&w, q.FromBlock, q.ToBlock)
	out := []indexer.EventRecord{}
	next, err := db.historyPage(ctx, indexer.EventsTable, w, q.Page, func(rows *sql.Rows) (uint64, uint64, error) {
		var e indexer.EventRecord
		err := scanRow(rows, indexer.EventsTable, &e)
		out = append(out, e)
		return e.Block, e.LogIndex, err
	})
	return out, next, err
}

// PriceUpdates lists GRID/USD rates, newest first.
func (db *DB) PriceUpdates(ctx context.Context, p indexer.Page) ([]indexer.PriceUpdate, string, error) {
	out := []indexer.PriceUpdate{}
	next, err := db.historyPage(ctx, indexer.PriceUpdatesTable, where{}, p, func(rows *sql.Rows) (uint64, uint64, error) {
		var u indexer.PriceUpdate
		err := scanRow(rows, indexer.PriceUpdatesTable, &u)
		out = append(out, u)
		return u.Block, u.LogIndex, err
	})
	return out, next, err
}

// Params returns every contract parameter.
func (db *DB) Params(ctx context.Context) ([]indexer.Param, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT "+columns("", indexer.ParamsTable)+" FROM params ORDER BY contract, name")
	if err != nil {
		return nil, fmt.Errorf("sqlstore: params: %w", err)
	}
	defer rows.Close()
	out := []indexer.Param{}
	for rows.Next() {
		var p indexer.Param
		if err := scanRow(rows, indexer.ParamsTable, &p); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// SignerSets lists the quorum's signer sets, newest first.
func (db *DB) SignerSets(ctx context.Context) ([]indexer.SignerSet, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT "+columns("", indexer.SignerSetsTable)+" FROM signer_sets ORDER BY version DESC LIMIT 100")
	if err != nil {
		return nil, fmt.Errorf("sqlstore: signer sets: %w", err)
	}
	defer rows.Close()
	out := []indexer.SignerSet{}
	for rows.Next() {
		var s indexer.SignerSet
		if err := scanRow(rows, indexer.SignerSetsTable, &s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// GPUClaim is the machine whose hardware verification last named a GPU (NodeRegistry.gpuHolder, with the claim's
// expiry: the registry refuses the GPU to another machine until then).
func (db *DB) GPUClaim(ctx context.Context, gpuID common.Hash) (indexer.GPUClaim, bool, error) {
	var c indexer.GPUClaim
	err := scanRow(db.r.QueryRowContext(ctx, db.rebind("SELECT "+columns("", indexer.GPUClaimsTable)+" FROM gpu_claims WHERE gpu_id = ?"), hexHash(gpuID)), indexer.GPUClaimsTable, &c)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	return c, err == nil, err
}

// InspectorEndpoints lists the inspectors' registered endpoints by address.
func (db *DB) InspectorEndpoints(ctx context.Context) ([]indexer.InspectorEndpoint, error) {
	rows, err := db.r.QueryContext(ctx, "SELECT "+columns("", indexer.InspectorsTable)+" FROM inspector_endpoints ORDER BY inspector LIMIT 1000")
	if err != nil {
		return nil, fmt.Errorf("sqlstore: inspector endpoints: %w", err)
	}
	defer rows.Close()
	out := []indexer.InspectorEndpoint{}
	for rows.Next() {
		var e indexer.InspectorEndpoint
		if err := scanRow(rows, indexer.InspectorsTable, &e); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// Stats computes protocol-wide figures.
func (db *DB) Stats(ctx context.Context) (indexer.Stats, error) {
	var s indexer.Stats
	// Free GPUs depend on the time (each slot frees itself when its hold passes), so they are counted here from
	// the machines' sorted hold times.
	rows, err := db.r.QueryContext(ctx, `SELECT gpu_class, gpu_count, gpu_free_from FROM machines WHERE listed = TRUE ORDER BY gpu_class`)
	if err != nil {
		return s, fmt.Errorf("sqlstore: stats: %w", err)
	}
	nowText := indexer.FreeAtText(uint64(db.clock.Now().Unix()))
	for rows.Next() {
		var class, freeFrom string
		var g int64
		if err := rows.Scan(&class, &g, &freeFrom); err != nil {
			rows.Close()
			return s, err
		}
		if len(s.Classes) == 0 || s.Classes[len(s.Classes)-1].Class != class {
			s.Classes = append(s.Classes, indexer.ClassStats{Class: class})
		}
		c := &s.Classes[len(s.Classes)-1]
		var free uint64
		for k := int64(0); k < g && int((k+1)*20) <= len(freeFrom) && freeFrom[k*20:(k+1)*20] <= nowText; k++ {
			free++
		}
		c.Machines++
		c.GPUs += uint64(g)
		c.FreeGPUs += free
		c.ReservedGPUs += uint64(g) - free
		s.MachinesListed++
		s.GPUsListed += uint64(g)
		s.GPUsFree += free
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return s, err
	}
	if s.Classes == nil {
		s.Classes = []indexer.ClassStats{}
	}
	counts := []struct {
		dst *uint64
		q   string
	}{
		{&s.Providers, `SELECT COUNT(*) FROM providers`},
		{&s.LeasesOpen, `SELECT COUNT(*) FROM leases WHERE status = 'open'`},
		{&s.LeasesTotal, `SELECT COUNT(*) FROM leases`},
		{&s.LeasesBreached, `SELECT COUNT(*) FROM leases WHERE breached = TRUE`},
		{&s.Attestations, `SELECT COUNT(*) FROM attestations`},
		{&s.Slashes, `SELECT COUNT(*) FROM slashes`},
		{&s.RewardEpochs, `SELECT COUNT(*) FROM reward_epochs`},
		{&s.Events, `SELECT COUNT(*) FROM events`},
	}
	for _, c := range counts {
		var n int64
		if err := db.r.QueryRowContext(ctx, c.q).Scan(&n); err != nil {
			return s, fmt.Errorf("sqlstore: stats: %w", err)
		}
		*c.dst = uint64(n)
	}
	var live int64
	if err := db.r.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM quotes q WHERE q.expiry >= ?`+nonceLive), db.clock.Now().Unix()).Scan(&live); err != nil {
		return s, err
	}
	s.LiveQuotes = uint64(live)
	// Stake totals are uint256 text: summed here, exactly.
	providerStake, inspectorStake := new(big.Int), new(big.Int)
	srows, err := db.r.QueryContext(ctx, `SELECT role, active, unbonding FROM stakes`)
	if err != nil {
		return s, err
	}
	for srows.Next() {
		var role int64
		var a, u string
		if err := srows.Scan(&role, &a, &u); err != nil {
			srows.Close()
			return s, err
		}
		sum := providerStake
		if role == int64(indexer.RoleInspector) {
			sum = inspectorStake
		}
		av, _ := new(big.Int).SetString(a, 10)
		uv, _ := new(big.Int).SetString(u, 10)
		if av != nil {
			sum.Add(sum, av)
		}
		if uv != nil {
			sum.Add(sum, uv)
		}
	}
	srows.Close()
	s.ProviderStake, s.InspectorStake = (*amount.Int)(providerStake), (*amount.Int)(inspectorStake)
	params, err := db.Params(ctx)
	if err != nil {
		return s, err
	}
	s.Params = map[string]string{}
	for _, p := range params {
		s.Params[p.Contract+"."+p.Name] = p.Value
	}
	st, _, err := db.syncState(ctx, db.r)
	if err != nil {
		return s, err
	}
	if st.Next > 0 {
		s.IndexedToBlock = st.Next - 1
	}
	s.ChainHeadAtSync = st.Head
	return s, nil
}

// IndexStatus is the persisted sync state, read on the read pool.
func (db *DB) IndexStatus(ctx context.Context) (indexer.SyncState, bool, error) {
	return db.syncState(ctx, db.r)
}

// ---------------------------------------------------------------- rewards

// RewardEpochs lists posted reward roots, newest first.
func (db *DB) RewardEpochs(ctx context.Context, p indexer.Page) ([]indexer.RewardEpoch, string, error) {
	out := []indexer.RewardEpoch{}
	next, err := db.historyPage(ctx, indexer.RewardEpochsTable, where{}, p, func(rows *sql.Rows) (uint64, uint64, error) {
		var e indexer.RewardEpoch
		err := scanRow(rows, indexer.RewardEpochsTable, &e)
		out = append(out, e)
		return e.Block, e.LogIndex, err
	})
	return out, next, err
}

// RewardEpoch returns the root posted for epoch.
func (db *DB) RewardEpoch(ctx context.Context, epoch uint64) (indexer.RewardEpoch, bool, error) {
	var e indexer.RewardEpoch
	err := scanRow(db.r.QueryRowContext(ctx, db.rebind("SELECT "+columns("", indexer.RewardEpochsTable)+
		" FROM reward_epochs WHERE epoch = ? ORDER BY block_number DESC LIMIT 1"), clampInt64(epoch)), indexer.RewardEpochsTable, &e)
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	return e, err == nil, err
}

// LatestRewardEpoch returns the newest posted root (the one claims verify against).
func (db *DB) LatestRewardEpoch(ctx context.Context) (indexer.RewardEpoch, bool, error) {
	var e indexer.RewardEpoch
	err := scanRow(db.r.QueryRowContext(ctx, "SELECT "+columns("", indexer.RewardEpochsTable)+
		" FROM reward_epochs ORDER BY block_number DESC, log_index DESC LIMIT 1"), indexer.RewardEpochsTable, &e)
	if errors.Is(err, sql.ErrNoRows) {
		return e, false, nil
	}
	return e, err == nil, err
}

// RewardClaimed returns what account has claimed.
func (db *DB) RewardClaimed(ctx context.Context, account common.Address) (indexer.RewardAccount, error) {
	a := indexer.RewardAccount{Account: account, Claimed: amount.IntOf(0)}
	err := scanRow(db.r.QueryRowContext(ctx, db.rebind("SELECT "+columns("", indexer.RewardAccountsTable)+
		" FROM reward_accounts WHERE account = ?"), hexAddr(account)), indexer.RewardAccountsTable, &a)
	if errors.Is(err, sql.ErrNoRows) {
		return a, nil
	}
	return a, err
}

// PutRewardTree stores the leaves of the tree whose root is root for epoch (idempotent).
func (db *DB) PutRewardTree(ctx context.Context, epoch uint64, root common.Hash, leaves []indexer.RewardLeaf) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck
	var n int64
	if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM reward_trees WHERE epoch = ? AND root = ?`), clampInt64(epoch), hexHash(root)).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, db.rebind(`INSERT INTO reward_trees (epoch, root, posted_at) VALUES (?, ?, ?)`),
		clampInt64(epoch), hexHash(root), db.clock.Now().Unix()); err != nil {
		return err
	}
	rows := make([]indexer.Row, len(leaves))
	for i, l := range leaves {
		rows[i] = indexer.Row{clampInt64(epoch), hexHash(root), hexAddr(l.Account), l.CumulativeAmount.String(), int64(i)}
	}
	if err := db.execRows(ctx, tx, rewardLeavesTable, rows, insertOp); err != nil {
		return err
	}
	return tx.Commit()
}

var rewardLeavesTable = &indexer.Table{
	Name: "reward_leaves", Kind: indexer.Entity, Key: 3,
	Columns: []indexer.Column{{Name: "epoch", Type: indexer.Int}, {Name: "root", Type: indexer.Text},
		{Name: "account", Type: indexer.Text}, {Name: "cumulative_amount", Type: indexer.Text}, {Name: "leaf_index", Type: indexer.Int}},
}

// RewardTree returns the leaves posted for (epoch, root); found is false if none were.
func (db *DB) RewardTree(ctx context.Context, epoch uint64, root common.Hash) ([]indexer.RewardLeaf, bool, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(`SELECT account, cumulative_amount FROM reward_leaves
		WHERE epoch = ? AND root = ? ORDER BY leaf_index`), clampInt64(epoch), hexHash(root))
	if err != nil {
		return nil, false, fmt.Errorf("sqlstore: reward tree: %w", err)
	}
	defer rows.Close()
	var out []indexer.RewardLeaf
	for rows.Next() {
		var a, amt string
		if err := rows.Scan(&a, &amt); err != nil {
			return nil, false, err
		}
		v, ok := new(big.Int).SetString(amt, 10)
		if !ok {
			return nil, false, fmt.Errorf("sqlstore: reward leaf amount %q", amt)
		}
		out = append(out, indexer.RewardLeaf{Account: common.HexToAddress(a), CumulativeAmount: (*amount.Int)(v)})
	}
	return out, len(out) > 0, rows.Err()
}

// ---------------------------------------------------------------- quotes

func quoteCols(prefix string) string {
	cols := []string{"digest", "provider", "machine_id", "gpu_class", "gpu_count", "usd_per_second_wad", "usd_per_hour",
		"usd_per_gpu_hour", "min_duration", "max_duration", "expiry", "nonce", "renter", "single_use", "signature", "posted_at"}
	for i := range cols {
		cols[i] = prefix + cols[i]
	}
	return strings.Join(cols, ", ")
}

func scanQuote(rows interface{ Scan(...any) error }, extra ...any) (indexer.StoredQuote, error) {
	var (
		q                                             indexer.StoredQuote
		digest, provider, machine, ups, nonce, renter string
		sig                                           string
		singleUse                                     any
		gpus, perHour, perGPUHour                     int64
		minDur, maxDur, expiry, posted                int64
	)
	dst := append([]any{&digest, &provider, &machine, &q.GPUClass, &gpus, &ups, &perHour, &perGPUHour, &minDur, &maxDur, &expiry,
		&nonce, &renter, &singleUse, &sig, &posted}, extra...)
	if err := rows.Scan(dst...); err != nil {
		return q, err
	}
	q.Digest = common.HexToHash(digest)
	q.Quote.Provider = common.HexToAddress(provider)
	q.Quote.MachineID = common.HexToHash(machine)
	q.Quote.GPUCount = uint32(gpus)
	q.Quote.USDPerSecondWad, _ = new(big.Int).SetString(ups, 10)
	q.Quote.MinDuration = uint64(minDur)
	q.Quote.MaxDuration = uint64(maxDur)
	q.Quote.Expiry = uint64(expiry)
	q.Quote.Nonce, _ = new(big.Int).SetString(nonce, 10)
	q.Quote.Renter = common.HexToAddress(renter)
	switch v := singleUse.(type) {
	case bool:
		q.Quote.SingleUse = v
	case int64:
		q.Quote.SingleUse = v != 0
	}
	q.Signature = common.FromHex(sig)
	q.MicroUSDPerHour, q.MicroUSDPerGPUHour, q.PostedAt = uint64(perHour), uint64(perGPUHour), uint64(posted)
	if q.Quote.USDPerSecondWad == nil || q.Quote.Nonce == nil {
		return q, fmt.Errorf("sqlstore: quote %s: malformed amounts", digest)
	}
	return q, nil
}

// anyRenter is the renter column of a quote anyone may open.
var anyRenter = hexAddr(common.Address{})

// nonceLive: the quote's nonce was not cancelled, and a single-use quote's was not used (a reusable quote lives
// on after opening leases).
const nonceLive = ` AND NOT EXISTS (SELECT 1 FROM quote_nonces n WHERE n.provider = q.provider AND n.nonce = q.nonce
		AND (n.status = 'cancelled' OR q.single_use = TRUE))`

var _ indexer.QuoteStore = (*DB)(nil)

// QuoteChainState implements indexer.QuoteStore.
func (db *DB) QuoteChainState(ctx context.Context, provider common.Address, machine common.Hash, nonce string) (indexer.QuoteChainState, error) {
	var st indexer.QuoteChainState
	var m indexer.Machine
	err := scanRow(db.r.QueryRowContext(ctx, db.rebind("SELECT "+columns("", indexer.MachinesTable)+" FROM machines WHERE machine_id = ?"), hexHash(machine)), indexer.MachinesTable, &m)
	switch {
	case err == nil:
		st.Machine = &m
	case !errors.Is(err, sql.ErrNoRows):
		return st, fmt.Errorf("sqlstore: quote machine: %w", err)
	}
	var s indexer.Stake
	err = scanRow(db.r.QueryRowContext(ctx, db.rebind("SELECT "+columns("", indexer.StakesTable)+" FROM stakes WHERE account = ? AND role = 0"), hexAddr(provider)), indexer.StakesTable, &s)
	switch {
	case err == nil:
		st.Stake = &s
	case !errors.Is(err, sql.ErrNoRows):
		return st, fmt.Errorf("sqlstore: quote stake: %w", err)
	}
	err = db.r.QueryRowContext(ctx, db.rebind("SELECT status FROM quote_nonces WHERE provider = ? AND nonce = ?"), hexAddr(provider), nonce).Scan(&st.NonceStatus)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("sqlstore: quote nonce: %w", err)
	}
	return st, nil
}

// PutQuote implements indexer.QuoteStore.
func (db *DB) PutQuote(ctx context.Context, q indexer.StoredQuote, maxLive int, now uint64) error {
	tx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck
	var exists, live int64
	if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM quotes WHERE digest = ?`), hexHash(q.Digest)).Scan(&exists); err != nil {
		return err
	}
	if exists > 0 {
		return nil
	}
	if err := tx.QueryRowContext(ctx, db.rebind(`SELECT COUNT(*) FROM quotes WHERE machine_id = ? AND expiry >= ?`),
		hexHash(q.Quote.MachineID), clampInt64(now)).Scan(&live); err != nil {
		return err
	}
	if live >= int64(maxLive) {
		return indexer.ErrTooManyQuotes
	}
	_, err = tx.ExecContext(ctx, db.rebind(`INSERT INTO quotes (`+quoteCols("")+`) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
		hexHash(q.Digest), hexAddr(q.Quote.Provider), hexHash(q.Quote.MachineID), q.GPUClass, int64(q.Quote.GPUCount),
		q.Quote.USDPerSecondWad.String(), clampInt64(q.MicroUSDPerHour), clampInt64(q.MicroUSDPerGPUHour), clampInt64(q.Quote.MinDuration),
		clampInt64(q.Quote.MaxDuration), clampInt64(q.Quote.Expiry), q.Quote.Nonce.String(), hexAddr(q.Quote.Renter), q.Quote.SingleUse,
		indexer.Hex(q.Signature), clampInt64(q.PostedAt))
	if err != nil {
		return fmt.Errorf("sqlstore: insert quote: %w", err)
	}
	return tx.Commit()
}

// Quote implements indexer.QuoteStore.
func (db *DB) Quote(ctx context.Context, digest common.Hash) (indexer.StoredQuote, bool, error) {
	q, err := scanQuote(db.r.QueryRowContext(ctx, db.rebind("SELECT "+quoteCols("")+" FROM quotes WHERE digest = ?"), hexHash(digest)))
	if errors.Is(err, sql.ErrNoRows) {
		return q, false, nil
	}
	return q, err == nil, err
}

// The conditions a quote must meet to open a lease now: its machine listed with the quote's GPUs free at now,
// verified when its class needs it, the provider collateralised, the nonce live. (That the machine is the
// quote's provider's is checked when the quote is posted, and a machine id never changes hands; repeating it
// here only misleads Postgres's row estimates into sorting every quote of the class.)
const liveQuoteJoin = ` FROM quotes q
	JOIN machines m ON m.machine_id = q.machine_id
	JOIN stakes s ON s.account = q.provider AND s.role = 0
	LEFT JOIN providers p ON p.address = q.provider`

// liveQuoteConds is the SQL of those conditions for s, with its arguments.
func liveQuoteConds(s indexer.QuoteSearch) (string, []any) {
	cond := ` AND m.listed = TRUE AND m.gpu_count >= q.gpu_count AND ` + indexer.FreeFromSQL("m", "q.gpu_count") + ` <= ?
	AND s.collateralised = TRUE` + nonceLive
	args := []any{indexer.FreeAtText(s.Now)}
	if s.NeedsVerification {
		cond += ` AND m.verified_until > ?`
		args = append(args, clampInt64(s.Now))
	}
	return cond, args
}

// quoteTerms adds the quote's own terms to w: class, size, duration, expiry, price, renter.
func quoteTerms(w *where, s indexer.QuoteSearch) {
	w.add("q.gpu_class = ?", s.Class)
	w.add("q.gpu_count >= ?", int64(s.GPUs))
	w.add("q.max_duration >= ?", clampInt64(s.Duration))
	w.add("q.expiry >= ?", clampInt64(s.MinExpiry))
	w.add("q.min_duration <= ?", clampInt64(s.Duration))
	if s.MaxMicroUSDPerHour != nil {
		w.add("q.usd_per_hour <= ?", clampInt64(*s.MaxMicroUSDPerHour))
	}
	renterCond(w, s.Renter)
}

func renterCond(w *where, renter *common.Address) {
	if renter != nil && *renter != (common.Address{}) {
		w.add("q.renter IN (?, ?)", anyRenter, hexAddr(*renter))
	} else {
		w.add("q.renter = ?", anyRenter)
	}
}

// SearchQuotes implements indexer.QuoteStore: cheapest whole quote first, then cheapest per GPU. The ORDER BY is
// exactly the quotes_search index, so both databases walk it in order and stop at the limit instead of
// sorting every quote of the class.
func (db *DB) SearchQuotes(ctx context.Context, s indexer.QuoteSearch) ([]indexer.QuoteMatch, error) {
	w := where{}
	quoteTerms(&w, s)
	// Probe first, from an index alone: when no quote of the class even meets the quote's own terms (too short,
	// too small, expired, too dear) the ranked walk below would read the whole class to find nothing.
	var one int
	err := db.r.QueryRowContext(ctx, db.rebind("SELECT 1 FROM quotes q"+w.sql()+" LIMIT 1"), w.args...).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("sqlstore: search quotes: %w", err)
	}
	// The ranked walk must use quotes_search; "+q.max_duration" keeps SQLite from preferring the duration index
	// for a selective duration and then sorting (unary plus is a no-op in both dialects).
	ranked := where{args: w.args}
	for _, c := range w.conds {
		ranked.conds = append(ranked.conds, strings.Replace(c, "q.max_duration", "+q.max_duration", 1))
	}
	live, liveArgs := liveQuoteConds(s)
	query := "SELECT " + quoteCols("q.") + ", " + columns("m.", indexer.MachinesTable) + ", COALESCE(p.slashes, 0)" +
		liveQuoteJoin + ranked.sql() + live + " ORDER BY q.gpu_class, q.usd_per_hour, q.usd_per_gpu_hour, q.digest LIMIT ?"
	args := append(append(append([]any{}, w.args...), liveArgs...), s.Limit)
	rows, err := db.r.QueryContext(ctx, db.rebind(query), args...)
	if err != nil {
		return nil, fmt.Errorf("sqlstore: search quotes: %w", err)
	}
	defer rows.Close()
	var out []indexer.QuoteMatch
	for rows.Next() {
		var m indexer.QuoteMatch
		mvals := make([]any, len(indexer.MachinesTable.Columns))
		extra := make([]any, 0, len(mvals)+1)
		for i := range mvals {
			extra = append(extra, &mvals[i])
		}
		var slashes int64
		extra = append(extra, &slashes)
		q, err := scanQuote(rows, extra...)
		if err != nil {
			return nil, err
		}
		r, err := indexer.MachinesTable.Normalize(mvals)
		if err != nil {
			return nil, err
		}
		if err := indexer.MachinesTable.Decode(r, &m.Machine.Machine); err != nil {
			return nil, err
		}
		m.StoredQuote = q
		m.Machine.ProviderCollateralised = true
		m.Machine.ProviderSlashes = uint64(slashes)
		m.Machine.UptimePercent = m.Machine.Reputation.UptimePercent()
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	ptrs := make([]*indexer.MachineView, len(out))
	for i := range out {
		ptrs[i] = &out[i].Machine
	}
	return out, db.attachSpecs(ctx, ptrs)
}

// funnelCap bounds each funnel count: an explanation needs to know which step drops to zero, not whether
// 12,000 or 13,000 machines pass the one before; counting stops at the cap so the query stops early (an
// explanation says "100+").
const funnelCap = 100

// QuoteFunnel implements indexer.QuoteStore. It stops at the first step that leaves nothing (the explanation
// names that one); counts are capped at funnelCap (indexer.QuoteFunnel.Capped).
func (db *DB) QuoteFunnel(ctx context.Context, s indexer.QuoteSearch) (indexer.QuoteFunnel, error) {
	f := indexer.QuoteFunnel{Cap: funnelCap}
	class, gpus := s.Class, int64(s.GPUs)
	count := func(dst *uint64, from string, args ...any) (bool, error) {
		var n int64
		q := "SELECT COUNT(*) FROM (SELECT 1 " + from + " LIMIT " + strconv.Itoa(funnelCap) + ") capped"
		if err := db.r.QueryRowContext(ctx, db.rebind(q), args...).Scan(&n); err != nil {
			return false, fmt.Errorf("sqlstore: quote funnel: %w", err)
		}
		*dst = uint64(n)
		return n > 0, nil
	}
	const machinesOf = `FROM machines m WHERE m.gpu_class = ? AND m.listed = TRUE`
	if ok, err := count(&f.ClassMachines, machinesOf, class); err != nil || !ok {
		if err == nil {
			f.Classes, err = db.listedClasses(ctx)
		}
		return f, err
	}
	if ok, err := count(&f.EnoughGPUs, machinesOf+` AND m.gpu_count >= ?`, class, gpus); err != nil || !ok {
		if err == nil {
			err = db.r.QueryRowContext(ctx, db.rebind(`SELECT MAX(gpu_count) FROM machines WHERE gpu_class = ? AND listed = TRUE`), class).Scan(&f.MostGPUs)
		}
		return f, err
	}
	free := ` AND m.gpu_count >= ? AND ` + indexer.FreeFromSQL("m", strconv.FormatInt(gpus, 10)) + ` <= ?`
	freeArgs := []any{class, gpus, indexer.FreeAtText(s.Now)}
	if ok, err := count(&f.FreeGPUs, machinesOf+free, freeArgs...); err != nil || !ok {
		return f, err
	}
	collateralised := `FROM machines m JOIN stakes s ON s.account = m.provider AND s.role = 0
		WHERE m.gpu_class = ? AND m.listed = TRUE` + free + ` AND s.collateralised = TRUE`
	if ok, err := count(&f.Collateralised, collateralised, freeArgs...); err != nil || !ok {
		return f, err
	}
	if s.NeedsVerification {
		if ok, err := count(&f.Verified, collateralised+` AND m.verified_until > ?`, append(freeArgs, clampInt64(s.Now))...); err != nil || !ok {
			return f, err
		}
	} else {
		f.Verified = f.Collateralised
	}
	liveConds, liveArgs := liveQuoteConds(s)
	lw := where{}
	lw.add("q.gpu_class = ?", class)
	lw.add("q.gpu_count >= ?", gpus)
	lw.add("q.expiry >= ?", clampInt64(s.MinExpiry))
	renterCond(&lw, s.Renter)
	live := liveQuoteJoin + lw.sql() + liveConds
	args := append(append([]any{}, lw.args...), liveArgs...)
	if ok, err := count(&f.LiveQuotes, live, args...); err != nil || !ok {
		return f, err
	}
	dur := clampInt64(s.Duration)
	durationOK := live + ` AND q.max_duration >= ? AND q.min_duration <= ?`
	durArgs := append(append([]any{}, args...), dur, dur)
	if ok, err := count(&f.DurationOK, durationOK, durArgs...); err != nil || !ok {
		if err == nil {
			var longest sql.NullInt64
			err = db.r.QueryRowContext(ctx, db.rebind(`SELECT q.max_duration`+live+` ORDER BY q.gpu_class DESC, q.max_duration DESC LIMIT 1`), args...).Scan(&longest)
			if longest.Valid {
				v := uint64(longest.Int64)
				f.LongestDuration = &v
			}
		}
		return f, err
	}
	if s.MaxMicroUSDPerHour == nil {
		f.PriceOK = f.DurationOK
		return f, nil
	}
	if _, err := count(&f.PriceOK, durationOK+` AND q.usd_per_hour <= ?`, append(durArgs, clampInt64(*s.MaxMicroUSDPerHour))...); err != nil {
		return f, err
	}
	// The cheapest live quote allowing the duration: the first in rank order.
	var cheapest sql.NullInt64
	err := db.r.QueryRowContext(ctx, db.rebind(`SELECT q.usd_per_hour`+durationOK+`
		ORDER BY q.gpu_class, q.usd_per_hour, q.usd_per_gpu_hour, q.digest LIMIT 1`), durArgs...).Scan(&cheapest)
	if cheapest.Valid {
		v := uint64(cheapest.Int64)
		f.CheapestMicroUSDPerHour = &v
	}
	if errors.Is(err, sql.ErrNoRows) {
		err = nil
	}
	return f, err
}

// listedClasses lists the classes with listed machines by seeking the class index once per class.
func (db *DB) listedClasses(ctx context.Context) ([]string, error) {
	var out []string
	after := ""
	for range 256 {
		var c sql.NullString
		if err := db.r.QueryRowContext(ctx, db.rebind(`SELECT MIN(gpu_class) FROM machines WHERE gpu_class > ? AND listed = TRUE`), after).Scan(&c); err != nil {
			return nil, fmt.Errorf("sqlstore: listed classes: %w", err)
		}
		if !c.Valid {
			break
		}
		out = append(out, c.String)
		after = c.String
	}
	return out, nil
}

// PruneQuotes implements indexer.QuoteStore: expired quotes, and quotes whose nonce was cancelled (or, for a
// single-use quote, used) in a final block.
func (db *DB) PruneQuotes(ctx context.Context, before uint64) (int64, error) {
	// A used nonce only removes its quotes once final: a reorg could still give it back.
	res, err := db.w.ExecContext(ctx, db.rebind(`DELETE FROM quotes WHERE expiry < ?
		OR EXISTS (SELECT 1 FROM quote_nonces n WHERE n.provider = quotes.provider AND n.nonce = quotes.nonce
			AND (n.status = 'cancelled' OR quotes.single_use = TRUE)
			AND n.block_number <= (SELECT final_block FROM sync_state WHERE id = 1))`), clampInt64(before))
	if err != nil {
		return 0, fmt.Errorf("sqlstore: prune quotes: %w", err)
	}
	return res.RowsAffected()
}

// scanner is what *sql.Rows and *sql.Row share.
type scanner = interface{ Scan(...any) error }

// keysetPage runs a keyset-paginated query (its last placeholder is the LIMIT, given limit+1 to learn whether
// another page follows), scans each row with scan, and returns the page and the cursor of its last row.
func keysetPage[T any](ctx context.Context, db *DB, what, query string, args []any, limit int,
	scan func(scanner) (T, error), cursor func(T) string,
) ([]T, string, error) {
	rows, err := db.r.QueryContext(ctx, db.rebind(query), append(args, limit+1)...)
	if err != nil {
		return nil, "", fmt.Errorf("sqlstore: %s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, "", err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, "", err
	}
	next := ""
	if len(out) > limit {
		out = out[:limit]
		next = cursor(out[limit-1])
	}
	return out, next, nil
}

// scanTable scans a row of t's columns into a new T.
func scanTable[T any](t *indexer.Table) func(scanner) (T, error) {
	return func(rows scanner) (T, error) {
		var v T
		err := scanRow(rows, t, &v)
		return v, err
	}
}

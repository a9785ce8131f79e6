-- The content roots a lease put in the node's content store: what its renter uploaded, the spec it ran, the
-- output collected. The node keeps every block these reach until the lease is over, its workload done and the
-- retention period past (node.SweepContent); then it removes the blocks no live root reaches, and the rows.
CREATE TABLE lease_content (
    lease INTEGER NOT NULL,
    cid   TEXT    NOT NULL,
    at    INTEGER NOT NULL,
    PRIMARY KEY (lease, cid)
);

-- The specs and outputs workloads recorded before this table existed.
INSERT OR IGNORE INTO lease_content (lease, cid, at)
    SELECT lease, json_extract(data, '$.Spec'), updated FROM workloads WHERE COALESCE(json_extract(data, '$.Spec'), '') != '';
INSERT OR IGNORE INTO lease_content (lease, cid, at)
    SELECT lease, json_extract(data, '$.Output'), updated FROM workloads WHERE COALESCE(json_extract(data, '$.Output'), '') != '';

// Package safety holds the inspector network's safety tests at the library level: five inspectors at k = 3,
// each with its own check log, scheduler, liveness client and agreement node, talking HTTP to each other and to
// real liveness endpoints of provider nodes, over a fake chain (hand-written fakes of the inspector's own Chain,
// Submitter and Leases interfaces) that verifies every posted attestation the way AttestationQuorum does.
//
// It has no code of its own and must never be imported: the tests are the package.
package safety

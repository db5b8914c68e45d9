package org.annalist.store.query;

import java.util.List;

/** Every stored claim (by document and offset), every arithmetic check, and the conflicts across documents. */
public record ClaimsLedger(List<ClaimRow> claims, List<CheckRow> checks, List<ClaimConflict> conflicts) {
    public ClaimsLedger {
        claims = List.copyOf(claims);
        checks = List.copyOf(checks);
        conflicts = List.copyOf(conflicts);
    }
}

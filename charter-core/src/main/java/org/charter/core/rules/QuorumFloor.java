package org.charter.core.rules;

import org.charter.core.act.Threshold;

/**
 * The least quorum the statute lets an entity's own rules set, as a fraction of the whole board, with its citation.
 * {@code certificateMayLower}, when not null, cites the statute that lets the certificate of incorporation (not the
 * bylaws) go below it, as 8 Del. C. § 141(j) does for a nonstock corporation.
 */
record QuorumFloor(Threshold fraction, String citation, String certificateMayLower) {}

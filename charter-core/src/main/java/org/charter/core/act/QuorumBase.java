package org.charter.core.act;

/** What quorum is counted on: the authorized seats, even when some are vacant, or the seats filled. */
public enum QuorumBase {
  AUTHORIZED_SEATS,
  SEATS_FILLED
}

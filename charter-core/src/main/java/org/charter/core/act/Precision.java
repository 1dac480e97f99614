package org.charter.core.act;

/**
 * How precisely the record knows an act's valid time when its source gives less than a day: only the month, or only
 * the year. The valid time is then the start of that month or year in the scenario's zone, which orders the act; the
 * day it stands for is not on record, and reports say so instead of showing a day.
 */
public enum Precision {
  MONTH,
  YEAR
}

package dev.pledge.event;

/** The kinds of event an event file may hold. */
public enum EventKind {
  TICKET,
  OUTAGE,
  MAINTENANCE,
  MEASUREMENT,
  RATING,
  COUNT,
  FULFILMENT
}

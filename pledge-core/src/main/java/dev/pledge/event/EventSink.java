package dev.pledge.event;

import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;

/**
 * Receives the events an {@link EventReader} reads, one at a time, in file order (a ticket written
 * as one row per event arrives when its last row has been read). Every method does nothing unless
 * overridden, so a sink implements only the kinds it wants.
 */
public interface EventSink {

  /**
   * Told just before each event is delivered where it was read, so that a sink checking events
   * further can name the line as the reader does.
   *
   * @param source the input's name, as {@link EventProblem#source()} gives it
   * @param line the 1-based physical line the event starts on; for a ticket written as rows, its
   *     first row's
   */
  default void readFrom(String source, long line) {}

  default void ticket(Ticket ticket) {}

  default void outage(Outage outage) {}

  default void maintenance(MaintenanceWindow window) {}

  default void measurement(Measurement measurement) {}

  /** A rating given on its own line; a ticket's own rating comes with the ticket instead. */
  default void rating(Rating rating) {}

  default void count(CountSample sample) {}

  default void fulfilment(ObligationFulfilment fulfilment) {}
}

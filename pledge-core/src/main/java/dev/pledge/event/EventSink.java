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

  default void ticket(Ticket ticket) {}

  default void outage(Outage outage) {}

  default void maintenance(MaintenanceWindow window) {}

  default void measurement(Measurement measurement) {}

  /** A rating given on its own line; a ticket's own rating comes with the ticket instead. */
  default void rating(Rating rating) {}

  default void count(CountSample sample) {}

  default void fulfilment(ObligationFulfilment fulfilment) {}
}

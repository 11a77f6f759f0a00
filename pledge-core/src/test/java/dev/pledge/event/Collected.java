package dev.pledge.event;

import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything delivered, in order, for tests to look at. */
final class Collected implements EventSink {

  final List<Object> all = new ArrayList<>();
  final List<Ticket> tickets = new ArrayList<>();
  final List<Outage> outages = new ArrayList<>();
  final List<MaintenanceWindow> maintenance = new ArrayList<>();
  final List<Measurement> measurements = new ArrayList<>();
  final List<Rating> ratings = new ArrayList<>();
  final List<CountSample> counts = new ArrayList<>();
  final List<ObligationFulfilment> fulfilments = new ArrayList<>();

  /** Where each event of {@link #all} was read, e.g. {@code e.jsonl line 4}. */
  final List<String> readFrom = new ArrayList<>();

  /**
   * Reads {@code text} strictly as a file called {@code name}; the name's ending says the format.
   */
  static Collected read(String name, String text) {
    Collected c = new Collected();
    EventReader.strict().read(input(name, text), c);
    return c;
  }

  static EventInput input(String name, String text) {
    return EventInput.of(name, EventFormat.ofFileName(name), text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void readFrom(String source, long line) {
    readFrom.add(source + " line " + line);
  }

  @Override
  public void ticket(Ticket t) {
    tickets.add(t);
    all.add(t);
  }

  @Override
  public void outage(Outage o) {
    outages.add(o);
    all.add(o);
  }

  @Override
  public void maintenance(MaintenanceWindow w) {
    maintenance.add(w);
    all.add(w);
  }

  @Override
  public void measurement(Measurement m) {
    measurements.add(m);
    all.add(m);
  }

  @Override
  public void rating(Rating r) {
    ratings.add(r);
    all.add(r);
  }

  @Override
  public void count(CountSample s) {
    counts.add(s);
    all.add(s);
  }

  @Override
  public void fulfilment(ObligationFulfilment f) {
    fulfilments.add(f);
    all.add(f);
  }
}

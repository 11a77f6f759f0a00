package dev.pledge.event;

import static dev.pledge.event.Field.APPROVED;
import static dev.pledge.event.Field.ASSET;
import static dev.pledge.event.Field.AT;
import static dev.pledge.event.Field.CATEGORY;
import static dev.pledge.event.Field.CAUSE;
import static dev.pledge.event.Field.COUNT;
import static dev.pledge.event.Field.COVERING;
import static dev.pledge.event.Field.CUSTOMER;
import static dev.pledge.event.Field.DETECTED_AT;
import static dev.pledge.event.Field.END;
import static dev.pledge.event.Field.ID;
import static dev.pledge.event.Field.METRIC;
import static dev.pledge.event.Field.NOTE;
import static dev.pledge.event.Field.OBLIGATION;
import static dev.pledge.event.Field.OUT_OF;
import static dev.pledge.event.Field.RATED_AT;
import static dev.pledge.event.Field.RATING;
import static dev.pledge.event.Field.RATING_SCALE;
import static dev.pledge.event.Field.REPORTED_AT;
import static dev.pledge.event.Field.REPORTED_VIA;
import static dev.pledge.event.Field.RESTORED_AT;
import static dev.pledge.event.Field.SCALE;
import static dev.pledge.event.Field.SCORE;
import static dev.pledge.event.Field.SERVICE;
import static dev.pledge.event.Field.SEVERITY;
import static dev.pledge.event.Field.START;
import static dev.pledge.event.Field.TYPE;
import static dev.pledge.event.Field.UNIT;
import static dev.pledge.event.Field.VALUE;

import dev.pledge.clock.Timeline;
import dev.pledge.clock.TimelineEvent;
import dev.pledge.period.CountSample;
import dev.pledge.period.MaintenanceWindow;
import dev.pledge.period.Measurement;
import dev.pledge.period.Outage;
import dev.pledge.period.Rating;
import dev.pledge.time.TimeRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Builds the records from a line's fields once every field has been read, checking what no single
 * field can say (an outage restored before it began). Each builder returns {@code null} after
 * recording a problem, so the records' own constructors never refuse what the reader accepted.
 */
final class Records {

  /** Where a builder reports a problem with a field. */
  interface Complaints {
    void add(Field field, String message);
  }

  private Records() {}

  static Object build(RecordForm form, FieldValues v) {
    return switch (form) {
      case OUTAGE -> outage(v);
      case MAINTENANCE -> maintenance(v);
      case MEASUREMENT ->
          new Measurement(
              v.text(ID), v.instant(AT), v.text(METRIC), v.decimal(VALUE), v.text(UNIT));
      case RATING_FORM -> rating(v.text(ID), v.instant(AT), v.decimal(SCORE), v.decimal(SCALE), v);
      case COUNT_FORM -> count(v);
      case FULFILMENT ->
          new ObligationFulfilment(
              v.text(ID),
              v.text(OBLIGATION),
              v.instant(AT),
              v.textOrEmpty(COVERING),
              v.textOrEmpty(NOTE));
      case TICKET_WHOLE, TICKET_ROW -> throw new IllegalArgumentException(form + " is built whole");
    };
  }

  static Outage outage(FieldValues v) {
    Instant detected = v.instant(DETECTED_AT);
    Instant reported = v.instant(REPORTED_AT);
    Instant restored = v.instant(RESTORED_AT);
    if (detected == null && reported == null) {
      v.problem(
          DETECTED_AT,
          "an outage needs detected_at or reported_at (or both): when a monitor detected it"
              + " or the customer reported it");
      return null;
    }
    Instant began =
        reported == null || (detected != null && detected.isBefore(reported)) ? detected : reported;
    if (restored != null && restored.isBefore(began)) {
      v.problem(RESTORED_AT, restored + " is before the outage began at " + began);
      return null;
    }
    return new Outage(
        v.text(ID), v.text(SERVICE), detected, reported, restored, v.textOrEmpty(CAUSE));
  }

  static MaintenanceWindow maintenance(FieldValues v) {
    Instant start = v.instant(START);
    Instant end = v.instant(END);
    if (end.isBefore(start)) {
      v.problem(END, end + " is before start " + start);
      return null;
    }
    return new MaintenanceWindow(v.text(ID), TimeRange.of(start, end), (Boolean) v.get(APPROVED));
  }

  static CountSample count(FieldValues v) {
    long count = v.whole(COUNT);
    long outOf = v.whole(OUT_OF);
    if (count < 0) {
      v.problem(COUNT, count + " is negative: count how many of out_of are counted");
      return null;
    }
    if (outOf < count) {
      v.problem(OUT_OF, outOf + " is less than count " + count + ": out_of is the whole total");
      return null;
    }
    return new CountSample(v.text(ID), v.instant(AT), v.text(METRIC), count, outOf);
  }

  static Rating rating(String id, Instant at, BigDecimal score, BigDecimal scale, FieldValues v) {
    return rating(id, at, score, scale, SCORE, SCALE, v::problem);
  }

  private static Rating rating(
      String id,
      Instant at,
      BigDecimal score,
      BigDecimal scale,
      Field scoreField,
      Field scaleField,
      Complaints complaints) {
    if (scale.signum() <= 0) {
      complaints.add(scaleField, scale + " is not above 0: give the best score possible, e.g. 5");
      return null;
    }
    if (score.signum() < 0) {
      complaints.add(scoreField, score + " is below 0, the worst score");
      return null;
    }
    if (score.compareTo(scale) > 0) {
      complaints.add(
          scoreField, score + " is above " + scale + ", the best score on the scale given");
      return null;
    }
    return new Rating(id, at, score, scale);
  }

  /**
   * A ticket from its attributes, wherever they were read, or {@code null} after a complaint.
   * Required attributes are known to be there.
   */
  static Ticket ticket(
      String id,
      Function<Field, Object> attributes,
      List<TimelineEvent> events,
      Complaints complaints) {
    boolean[] failed = {false};
    Complaints noting =
        (f, m) -> {
          failed[0] = true;
          complaints.add(f, m);
        };
    Rating rating = ticketRating(id, attributes, noting);
    if (failed[0]) {
      return null;
    }
    return new Ticket(
        id,
        (String) attributes.apply(SERVICE),
        (TicketType) attributes.apply(TYPE),
        (String) attributes.apply(SEVERITY),
        (String) attributes.apply(CUSTOMER),
        (String) attributes.apply(ASSET),
        (String) attributes.apply(CAUSE),
        (String) attributes.apply(REPORTED_VIA),
        Timeline.of(events),
        rating,
        (String) attributes.apply(CATEGORY));
  }

  /** A ticket's own rating: rating, rating_scale and rated_at together, or none of them. */
  private static Rating ticketRating(
      String id, Function<Field, Object> attributes, Complaints complaints) {
    Object score = attributes.apply(RATING);
    Object scale = attributes.apply(RATING_SCALE);
    Object at = attributes.apply(RATED_AT);
    if (score == null && scale == null && at == null) {
      return null;
    }
    if (score == null || scale == null || at == null) {
      Field missing = score == null ? RATING : scale == null ? RATING_SCALE : RATED_AT;
      complaints.add(
          missing,
          "is missing: a ticket's rating needs rating, rating_scale and rated_at together");
      return null;
    }
    return rating(
        id, (Instant) at, (BigDecimal) score, (BigDecimal) scale, RATING, RATING_SCALE, complaints);
  }
}

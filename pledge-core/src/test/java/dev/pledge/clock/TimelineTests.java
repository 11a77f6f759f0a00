package dev.pledge.clock;

import static dev.pledge.clock.TimelineEventType.ACKNOWLEDGED;
import static dev.pledge.clock.TimelineEventType.COMMENTED;
import static dev.pledge.clock.TimelineEventType.REPORTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimelineTests {

  static final Instant NINE = Instant.parse("2026-03-09T01:00:00Z");
  static final Instant TEN = Instant.parse("2026-03-09T02:00:00Z");

  @Test
  void sortsByInstantKeepingTheGivenOrderOfEqualInstants() {
    TimelineEvent comment = TimelineEvent.of(TEN, COMMENTED);
    TimelineEvent ack = TimelineEvent.of(NINE, ACKNOWLEDGED);
    TimelineEvent report = TimelineEvent.of(NINE, REPORTED);
    assertThat(Timeline.of(comment, ack, report).events()).containsExactly(ack, report, comment);
    assertThat(Timeline.of(comment, report, ack).events()).containsExactly(report, ack, comment);
  }

  @Test
  void addedEventGoesAfterEventsAtItsInstant() {
    TimelineEvent report = TimelineEvent.of(NINE, REPORTED);
    TimelineEvent ack = TimelineEvent.of(NINE, ACKNOWLEDGED);
    assertThat(Timeline.of(report).with(ack).events()).containsExactly(report, ack);
  }

  @Test
  void knownAtKeepsEventsAtOrBeforeTheInstant() {
    Timeline t = Timeline.of(TimelineEvent.of(NINE, REPORTED), TimelineEvent.of(TEN, COMMENTED));
    assertThat(t.knownAt(NINE)).hasSize(1);
    assertThat(t.knownAt(TEN)).hasSize(2);
    assertThat(t.knownAt(NINE.minusNanos(1))).isEmpty();
  }

  @Test
  void blankReasonIsNoReason() {
    assertThat(new TimelineEvent(NINE, COMMENTED, null).hasReason()).isFalse();
    assertThat(new TimelineEvent(NINE, COMMENTED, "  ").reason()).isEmpty();
    assertThat(new TimelineEvent(NINE, COMMENTED, " parts ").reason()).isEqualTo("parts");
  }
}

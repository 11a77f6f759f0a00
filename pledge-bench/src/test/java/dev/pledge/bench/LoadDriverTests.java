package dev.pledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.Year;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadDriverTests {

  @Test
  void openLoopSendsEveryTicketsStepsOnceInOrderOneLaneLengthApart() {
    for (long lanes : new long[] {1, 3, 7, 11, 325}) {
      Map<LoadDriver.Slot, Long> sentAt = new HashMap<>();
      long requests = lanes * LoadDriver.STEPS * 5;
      for (long i = 0; i < requests; i++) {
        LoadDriver.Slot slot = LoadDriver.Slot.of(i, lanes);
        if (slot != null) {
          assertThat(sentAt.put(slot, i)).as("%s sent twice", slot).isNull();
        }
      }
      // Each lane starts at most a timeline late: its first four tickets are whole.
      for (long ticket = 0; ticket < 4 * lanes; ticket++) {
        for (int step = 0; step < LoadDriver.STEPS; step++) {
          assertThat(sentAt).containsKey(new LoadDriver.Slot(ticket, step));
        }
        for (int step = 1; step < LoadDriver.STEPS; step++) {
          long before = sentAt.get(new LoadDriver.Slot(ticket, step - 1));
          long after = sentAt.get(new LoadDriver.Slot(ticket, step));
          // A second apart at a rate of `lanes` requests a second: the step before is answered.
          assertThat(after - before).isEqualTo(lanes);
        }
      }
      // A ticket's later steps are never sent without its earlier ones: no event before the open.
      sentAt.keySet().stream()
          .filter(s -> s.step() > 0)
          .forEach(s -> assertThat(sentAt).containsKey(new LoadDriver.Slot(s.ticket(), 0)));
    }
  }

  @Test
  void onceAllLanesHaveStartedEverySecondCarriesEveryStepAlike() {
    long lanes = 325;
    for (long round = LoadDriver.STEPS; round < 4 * LoadDriver.STEPS; round++) {
      int[] perStep = new int[LoadDriver.STEPS];
      for (long i = round * lanes; i < (round + 1) * lanes; i++) {
        perStep[LoadDriver.Slot.of(i, lanes).step()]++;
      }
      // 325 requests over 11 steps: 29 or 30 of each, never a second of one step only.
      assertThat(java.util.Arrays.stream(perStep).boxed())
          .allSatisfy(n -> assertThat(n).isBetween(29, 30));
    }
  }

  @Test
  void liveLoadMakesTheGuaranteeValidFromThisYearOnWithNoEnd() {
    String yaml = "id: idc\nvalid: {from: 2026-01-01, to: 2026-12-31}\nzone: Asia/Shanghai\n";
    assertThat(LoadDriver.openEnded(yaml, Year.of(2028)))
        .isEqualTo("id: idc\nvalid: {from: 2028-01-01}\nzone: Asia/Shanghai\n");
  }

  @Test
  void eventsAreWrittenAtTheirInstantInChinaTimeWithTheirPauseReasons() {
    Instant at = Instant.parse("2026-11-30T16:45:01.123456Z");
    assertThat(LoadDriver.eventBody(at, 0))
        .isEqualTo("{\"at\": \"2026-12-01T00:45:01.123456+08:00\", \"event\": \"reported\"}");
    assertThat(LoadDriver.eventBody(at, 3))
        .isEqualTo(
            "{\"at\": \"2026-12-01T00:45:01.123456+08:00\", \"event\": \"paused\","
                + " \"reason\": \"spare_parts\"}");
  }
}

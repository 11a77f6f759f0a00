package dev.pledge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadDriverTests {

  @Test
  void openLoopSendsEveryTicketsStepsOnceInOrderOneLaneLengthApart() {
    for (long lanes : new long[] {1, 3, 7, 325}) {
      Map<LoadDriver.Slot, Long> sentAt = new HashMap<>();
      long requests = lanes * LoadDriver.STEPS * 4;
      for (long i = 0; i < requests; i++) {
        LoadDriver.Slot slot = LoadDriver.Slot.of(i, lanes);
        assertThat(sentAt.put(slot, i)).as("%s sent twice", slot).isNull();
      }
      // Four whole timelines per lane: tickets 0 .. 4 * lanes - 1, every step of each.
      assertThat(sentAt).hasSize((int) requests);
      for (long ticket = 0; ticket < 4 * lanes; ticket++) {
        for (int step = 1; step < LoadDriver.STEPS; step++) {
          long before = sentAt.get(new LoadDriver.Slot(ticket, step - 1));
          long after = sentAt.get(new LoadDriver.Slot(ticket, step));
          // A second apart at a rate of `lanes` requests a second: the step before is answered.
          assertThat(after - before).isEqualTo(lanes);
        }
      }
    }
  }
}

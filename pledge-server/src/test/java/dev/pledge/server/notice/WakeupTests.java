package dev.pledge.server.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WakeupTests {

  private final Clock clock = Clock.systemUTC();
  private final Wakeup wakeup = new Wakeup(clock);

  @Test
  void workDueNowWakesALoopSleepingForAnHour() throws Exception {
    CountDownLatch awake = sleeper(clock.instant().plus(Duration.ofHours(1)));
    assertThat(awake.await(200, TimeUnit.MILLISECONDS))
        .as("still asleep before the wake-up")
        .isFalse();

    wakeup.at(clock.instant());

    assertThat(awake.await(30, TimeUnit.SECONDS)).as("woken by work due now").isTrue();
  }

  @Test
  void workDueLaterThanTheSleepLeavesItAsItIs() throws Exception {
    CountDownLatch awake = sleeper(clock.instant().plus(Duration.ofHours(1)));

    wakeup.at(clock.instant().plus(Duration.ofHours(2)));

    assertThat(awake.await(200, TimeUnit.MILLISECONDS)).isFalse();
    wakeup.at(clock.instant()); // lets the sleeper go
    assertThat(awake.await(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aWakeUpAskedForBeforeTheLoopSleepsIsNotLost() throws Exception {
    wakeup.at(clock.instant());

    CountDownLatch awake = sleeper(clock.instant().plus(Duration.ofHours(1)));

    assertThat(awake.await(30, TimeUnit.SECONDS)).isTrue();
  }

  private CountDownLatch sleeper(Instant until) {
    CountDownLatch awake = new CountDownLatch(1);
    Thread t =
        new Thread(
            () -> {
              try {
                wakeup.sleepUntil(until);
                awake.countDown();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    t.setDaemon(true);
    t.start();
    return awake;
  }
}

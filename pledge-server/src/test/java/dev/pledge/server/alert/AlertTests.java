package dev.pledge.server.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class AlertTests {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  @Test
  void anAlertAtAnInstantOutsideWhatIsKeptIsSkippedSayingWhy() {
    List<Alert> alerts =
        Alert.read(
            JSON.readTree(
                """
                {"alerts": [
                  {"status": "firing", "startsAt": "+10000-01-01T00:00:00Z", "labels": {}},
                  {"status": "resolved", "startsAt": "2026-10-08T02:00:00Z",
                   "endsAt": "1969-12-31T23:59:59Z", "labels": {}},
                  {"status": "firing", "startsAt": "2026-10-08T02:00:00Z", "labels": {}}]}
                """));

    assertThat(alerts)
        .extracting(Alert::problem)
        .containsExactly(
            "startsAt or endsAt is outside 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, the"
                + " instants Pledge keeps",
            "startsAt or endsAt is outside 1970-01-01T00:00:00Z to 9999-12-31T23:59:59Z, the"
                + " instants Pledge keeps",
            null);
  }
}

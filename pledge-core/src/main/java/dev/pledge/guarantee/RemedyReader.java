package dev.pledge.guarantee;

import dev.pledge.remedy.CreditSchedule;
import dev.pledge.remedy.CreditTier;
import dev.pledge.remedy.Money;
import dev.pledge.remedy.Remedy;
import dev.pledge.yaml.Problems;
import dev.pledge.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a commitment's {@code remedies}: {@code fee_waiver}, {@code credit} tiers, {@code
 * service_time_extension} and {@code penalty}.
 */
final class RemedyReader {

  static final List<String> KINDS =
      List.of("fee_waiver", "credit", "service_time_extension", "penalty");

  private static final java.util.Set<String> AVAILABILITY_FAMILY =
      java.util.Set.of(
          "availability", "downtime_budget", "maintenance_budget", "trouble_free_days");

  private final Problems problems;
  private final boolean hasFee;

  RemedyReader(Problems problems, boolean hasFee) {
    this.problems = problems;
    this.hasFee = hasFee;
  }

  List<Remedy> read(YamlNode node, String commitmentKind) {
    List<Remedy> out = new ArrayList<>();
    for (YamlNode item : problems.list(node)) {
      remedy(item, commitmentKind).ifPresent(out::add);
    }
    return out;
  }

  private Optional<Remedy> remedy(YamlNode item, String commitmentKind) {
    if (item instanceof YamlNode.Scalar s && !s.isNull() && s.text().trim().equals("fee_waiver")) {
      requireFee(item, "a fee waiver");
      return Optional.of(new Remedy.FeeWaiver());
    }
    Optional<YamlNode.Mapping> m = problems.mapping(item);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    if (m.get().entries().size() != 1) {
      problems.add(
          item, "a remedy is one of: " + String.join(", ", KINDS) + "; write one per list item");
      return Optional.empty();
    }
    YamlNode.Entry e = m.get().entries().values().iterator().next();
    return switch (e.key()) {
      case "credit" -> credit(e.value(), commitmentKind);
      case "service_time_extension" -> extension(e.value());
      case "penalty" ->
          problems
              .parse(e.value(), "an amount with a currency, e.g. 500.00 CNY", Money::parse)
              .map(Remedy.FixedPenalty::new);
      case "fee_waiver" -> {
        requireFee(item, "a fee waiver");
        yield Optional.of(new Remedy.FeeWaiver());
      }
      default -> {
        problems.add(e.keyLocation(), m.get().path() + "." + e.key(), unknownKind(e.key()));
        yield Optional.empty();
      }
    };
  }

  private static String unknownKind(String key) {
    String closest = Problems.closest(key, KINDS);
    return "remedy '"
        + key
        + "' is not known"
        + (closest == null ? "" : "; did you mean '" + closest + "'?")
        + " Remedies: "
        + String.join(", ", KINDS);
  }

  private void requireFee(YamlNode at, String what) {
    if (!hasFee) {
      problems.add(
          at, what + " is a share of the fee: give the guarantee a 'fee', e.g. fee: 12000.00 CNY");
    }
  }

  /** Tiers {@code {from: 99.0, below: 99.9, percent: 10}} on the exact measured availability. */
  private Optional<Remedy> credit(YamlNode node, String commitmentKind) {
    if (!AVAILABILITY_FAMILY.contains(commitmentKind)) {
      problems.add(
          node,
          "credit tiers need a measured value: only an availability commitment has one; use fee_waiver, penalty or service_time_extension here");
      return Optional.empty();
    }
    requireFee(node, "a credit");
    List<CreditTier> tiers = new ArrayList<>();
    for (YamlNode t : problems.list(node)) {
      problems
          .mapping(t)
          .ifPresent(
              m -> {
                problems.onlyKeys(m, List.of("from", "below", "percent"));
                BigDecimal from = m.get("from").flatMap(this::decimal).orElse(null);
                BigDecimal below = m.get("below").flatMap(this::decimal).orElse(null);
                problems
                    .required(m, "percent", "the credit, a share of the fee in percent")
                    .flatMap(this::decimal)
                    .ifPresent(
                        pct -> {
                          try {
                            tiers.add(new CreditTier(from, below, pct));
                          } catch (IllegalArgumentException e) {
                            problems.add(t, e.getMessage());
                          }
                        });
              });
    }
    try {
      return Optional.of(new Remedy.Credit(CreditSchedule.of(tiers)));
    } catch (IllegalArgumentException e) {
      problems.add(node, e.getMessage());
      return Optional.empty();
    }
  }

  private Optional<Remedy> extension(YamlNode node) {
    return problems
        .mapping(node)
        .flatMap(
            m -> {
              problems.onlyKeys(m, List.of("multiple", "of"));
              Optional<BigDecimal> multiple =
                  problems.required(m, "multiple", "e.g. 2 for double").flatMap(this::decimal);
              Optional<Remedy.ServiceTimeExtension.Basis> basis =
                  problems
                      .required(m, "of", "counted_downtime or period")
                      .flatMap(
                          o ->
                              problems.parse(
                                  o,
                                  "counted_downtime or period",
                                  t ->
                                      Remedy.ServiceTimeExtension.Basis.valueOf(
                                          t.toUpperCase(Locale.ROOT))));
              if (multiple.isEmpty() || basis.isEmpty()) {
                return Optional.empty();
              }
              try {
                return Optional.of(new Remedy.ServiceTimeExtension(multiple.get(), basis.get()));
              } catch (IllegalArgumentException e) {
                problems.add(node, e.getMessage());
                return Optional.empty();
              }
            });
  }

  private Optional<BigDecimal> decimal(YamlNode node) {
    return problems.parse(node, "a number", GuaranteeReader::decimalOf);
  }
}

package dev.pledge.letter;

import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.letter.LetterModel.Clause;
import dev.pledge.letter.LetterModel.Table;
import dev.pledge.period.PeriodKind;
import dev.pledge.remedy.CreditTier;
import dev.pledge.remedy.Money;
import dev.pledge.remedy.Remedy;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a breach of a commitment costs, in words: "任一月份未达到该条承诺的，免收该月服务费". */
final class RemedyWords {

  private final Wording w;
  private final Guarantee g;

  RemedyWords(Wording w, Guarantee g) {
    this.w = w;
    this.g = g;
  }

  /** The remedies of commitment {@code c}, set out in clause {@code commitmentNumber}. */
  Clause clause(String number, String commitmentNumber, Commitment c) {
    String name = c.name().in(w.language().code());
    String that = w.text("period.that." + c.window());
    List<String> phrases = new ArrayList<>();
    List<Table> tables = new ArrayList<>();
    for (Remedy r : c.remedies()) {
      phrases.add(phrase(r, c.window(), that, name));
      if (r instanceof Remedy.Credit credit) {
        tables.add(credits(credit, name));
      }
    }
    String text =
        w.sentence(
            w.text(
                "remedies.when",
                "period",
                w.text("period.noun." + c.window()),
                "remedy",
                w.clauses(phrases)));
    String heading = w.text("remedies.clause", "number", commitmentNumber, "name", name);
    return new Clause(number, heading, text, List.of(), List.of(), tables);
  }

  private String phrase(Remedy r, PeriodKind window, String that, String name) {
    if (r instanceof Remedy.FeeWaiver) {
      return g.fee()
          .map(fee -> w.text("remedy.feeWaiver", "that", that, "fee", w.money(fee)))
          .orElseGet(() -> w.text("remedy.feeWaiver.unpriced", "that", that));
    }
    if (r instanceof Remedy.Credit) {
      return w.text("remedy.credit", "that", that, "name", name);
    }
    if (r instanceof Remedy.ServiceTimeExtension e) {
      boolean once = e.multiple().compareTo(BigDecimal.ONE) == 0;
      return w.text(
          "remedy.extension." + e.basis() + (once ? ".one" : ".other"),
          "multiple",
          Wording.number(e.multiple()),
          "that",
          that,
          "one",
          w.text("period.one." + window));
    }
    Remedy.FixedPenalty p = (Remedy.FixedPenalty) r;
    return w.text("remedy.penalty", "money", w.money(p.amount()));
  }

  /** The tiers, best measured values first, with the money each earns when the fee is known. */
  private Table credits(Remedy.Credit credit, String name) {
    Optional<Money> fee = g.fee();
    List<String> header = new ArrayList<>();
    header.add(w.text("credit.range", "name", name));
    header.add(w.text("credit.percent"));
    fee.ifPresent(f -> header.add(w.text("credit.amount")));
    List<List<String>> rows = new ArrayList<>();
    List<CreditTier> tiers = new ArrayList<>(credit.schedule().tiers());
    java.util.Collections.reverse(tiers);
    for (CreditTier t : tiers) {
      List<String> row = new ArrayList<>();
      row.add(range(t));
      row.add(w.percent(t.creditPercent()));
      fee.ifPresent(f -> row.add(w.money(f.percentOf(t.creditPercent()))));
      rows.add(row);
    }
    return new Table(header, rows);
  }

  private String range(CreditTier t) {
    if (t.min().isPresent() && t.max().isPresent()) {
      return w.text(
          "credit.between", "min", w.percent(t.min().get()), "max", w.percent(t.max().get()));
    }
    return t.min().isPresent()
        ? w.text("credit.from", "min", w.percent(t.min().get()))
        : w.text("credit.below", "max", w.percent(t.max().orElseThrow()));
  }
}

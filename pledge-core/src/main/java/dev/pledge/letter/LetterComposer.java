package dev.pledge.letter;

import dev.pledge.calendar.BusinessCalendar;
import dev.pledge.guarantee.Commitment;
import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.LocalizedText;
import dev.pledge.guarantee.Party;
import dev.pledge.guarantee.Severity;
import dev.pledge.letter.LetterModel.Block;
import dev.pledge.letter.LetterModel.Items;
import dev.pledge.letter.LetterModel.Paragraph;
import dev.pledge.letter.LetterModel.Section;
import dev.pledge.letter.LetterModel.Signature;
import dev.pledge.letter.LetterModel.Table;
import dev.pledge.letter.LetterModel.Term;
import dev.pledge.letter.LetterModel.Terms;
import dev.pledge.period.AvailabilityCommitment;
import dev.pledge.period.PeriodKind;
import dev.pledge.remedy.Remedy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Words a guarantee as a letter: parties and services, definitions, commitments, exclusions,
 * remedies, general provisions and signature blocks. Sections and definitions that would be empty
 * are left out, so a letter says only what its guarantee promises.
 */
final class LetterComposer {

  private static final int COMMITMENTS_SECTION = 3;

  private final Guarantee g;
  private final Wording w;
  private final String lang;
  private final ServiceHours hours;

  LetterComposer(Guarantee guarantee, Wording wording) {
    this.g = guarantee;
    this.w = wording;
    this.lang = wording.language().code();
    this.hours = new ServiceHours(wording, guarantee);
  }

  LetterModel compose() {
    List<Section> sections = new ArrayList<>();
    sections.add(section(1, "section.parties", parties()));
    sections.add(section(2, "section.definitions", List.of(new Terms(definitions()))));
    sections.add(section(COMMITMENTS_SECTION, "section.commitments", commitments()));
    sections.add(section(4, "section.exclusions", exclusions()));
    sections.add(section(5, "section.remedies", remedies()));
    sections.add(section(6, "section.general", general()));
    return new LetterModel(
        w.text("html.lang"),
        w.text("css.fontFamily"),
        text(g.title()),
        w.text("letter.reference", "id", g.id(), "version", g.version()),
        sections,
        signatures());
  }

  private Section section(int n, String titleKey, List<Block> blocks) {
    String heading = w.text("section.heading", "number", w.numeral(n), "title", w.text(titleKey));
    return new Section(heading, blocks);
  }

  private String text(LocalizedText t) {
    return t.in(lang);
  }

  // ---- 1. parties and services ----

  private List<Block> parties() {
    String customer =
        g.customer().map(c -> text(c.name())).orElseGet(() -> w.text("parties.anyCustomer"));
    Paragraph preamble =
        new Paragraph(
            w.text(
                "parties.preamble", "provider", text(g.provider().name()), "customer", customer));
    List<Term> terms = new ArrayList<>();
    terms.add(Term.of(w.text("term.provider"), party(g.provider())));
    g.customer().ifPresent(c -> terms.add(Term.of(w.text("term.customer"), party(c))));
    if (!g.services().isEmpty()) {
      List<String> names = g.services().stream().map(s -> text(s.name())).toList();
      terms.add(Term.of(w.text("term.services"), w.and(names)));
    }
    terms.add(Term.of(w.text("term.validity"), validity()));
    g.fee().ifPresent(fee -> terms.add(Term.of(w.text("term.fee"), fee(w.money(fee)))));
    terms.add(
        Term.of(w.text("term.version"), w.text("version", "version", g.version(), "id", g.id())));
    return List.of(preamble, new Terms(terms));
  }

  private String party(Party p) {
    String name = text(p.name());
    return p.contact().isBlank()
        ? name
        : w.text("party.contact", "name", name, "contact", p.contact());
  }

  private String validity() {
    String from = w.date(g.valid().from());
    return g.valid()
        .to()
        .map(to -> w.text("validity.range", "from", from, "to", w.date(to)))
        .orElseGet(() -> w.text("validity.open", "from", from));
  }

  /** The fee per period of the commitments whose remedies are a share of it. */
  private String fee(String money) {
    Set<PeriodKind> windows = EnumSet.noneOf(PeriodKind.class);
    for (Commitment c : g.commitments()) {
      if (c.remedies().stream()
          .anyMatch(r -> r instanceof Remedy.FeeWaiver || r instanceof Remedy.Credit)) {
        windows.add(c.window());
      }
    }
    if (windows.isEmpty()) {
      return money;
    }
    return windows.size() == 1
        ? w.text("fee." + windows.iterator().next(), "money", money)
        : w.text("fee.mixed", "money", money);
  }

  // ---- 2. definitions ----

  private List<Term> definitions() {
    List<Term> terms = new ArrayList<>();
    boolean clocks = g.commitments().stream().anyMatch(c -> c instanceof Commitment.TicketClock);
    if (clocks) {
      terms.add(serviceHours());
    }
    if (!g.severities().isEmpty()) {
      terms.add(severities());
    }
    if (clocks) {
      terms.add(Term.of(w.text("def.report"), w.sentence(w.text("def.report.text"))));
    }
    List<AvailabilityCommitment> downtime = availabilityTerms();
    if (!downtime.isEmpty()) {
      terms.add(Term.of(w.text("def.downtime"), w.sentence(w.text("def.downtime.text"))));
    }
    availabilityFormulas(downtime).ifPresent(terms::add);
    terms.add(period());
    terms.add(
        Term.of(w.text("def.time"), w.sentence(w.text("def.time.text", "zone", g.zone().getId()))));
    return terms;
  }

  private Term serviceHours() {
    List<String> lines = new ArrayList<>();
    CalendarWords words = new CalendarWords(w);
    for (BusinessCalendar c : hours.used()) {
      lines.add(w.sentence(w.heading(hours.term(c), words.describe(c))));
    }
    if (hours.anyCountedInWorkingHours()) {
      lines.add(w.text("def.hours.note"));
    }
    if (hours.anyInWorkingDays()) {
      lines.add(w.text("def.workingDays.note"));
    }
    return new Term(w.text("def.hours"), lines, Optional.empty());
  }

  private Term severities() {
    SeverityWords words = new SeverityWords(w);
    List<Severity> ordered = SeverityWords.ordered(g.severities().values());
    boolean described = ordered.stream().anyMatch(s -> !words.description(s).isBlank());
    List<String> header =
        new ArrayList<>(List.of(w.text("severity.level"), w.text("severity.name")));
    if (described) {
      header.add(w.text("severity.description"));
    }
    List<List<String>> rows = new ArrayList<>();
    for (Severity s : ordered) {
      List<String> row = new ArrayList<>(List.of(words.level(s), words.name(s)));
      if (described) {
        row.add(words.description(s));
      }
      rows.add(row);
    }
    return new Term(w.text("def.severities"), List.of(), Optional.of(new Table(header, rows)));
  }

  /** The availability commitments that count downtime. */
  private List<AvailabilityCommitment> availabilityTerms() {
    return g.commitments().stream()
        .filter(c -> c instanceof Commitment.Availability)
        .map(c -> ((Commitment.Availability) c).terms())
        .filter(CommitmentWords::countsDowntime)
        .toList();
  }

  private Optional<Term> availabilityFormulas(List<AvailabilityCommitment> terms) {
    List<String> lines = new ArrayList<>();
    List<AvailabilityCommitment> percent =
        terms.stream().filter(a -> a.minAvailabilityPercent().isPresent()).toList();
    if (percent.stream()
        .anyMatch(a -> a.denominator() == AvailabilityCommitment.Denominator.WHOLE_PERIOD)) {
      lines.add(w.text("def.availability.whole"));
    }
    if (percent.stream()
        .anyMatch(
            a -> a.denominator() == AvailabilityCommitment.Denominator.EXCLUDING_MAINTENANCE)) {
      lines.add(w.text("def.availability.excluding"));
    }
    return lines.isEmpty()
        ? Optional.empty()
        : Optional.of(new Term(w.text("def.availability"), lines, Optional.empty()));
  }

  private Term period() {
    Set<PeriodKind> kinds = EnumSet.noneOf(PeriodKind.class);
    g.commitments().forEach(c -> kinds.add(c.window()));
    List<String> names = kinds.stream().map(k -> w.text("period.kind." + k)).toList();
    return Term.of(
        w.text("def.period"), w.sentence(w.text("def.period.text", "kinds", w.or(names))));
  }

  // ---- 3. commitments ----

  private List<Block> commitments() {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph(w.text("commitments.intro")));
    CommitmentWords words = new CommitmentWords(w, g, hours);
    for (int i = 0; i < g.commitments().size(); i++) {
      blocks.add(words.clause(clauseNumber(i), g.commitments().get(i)));
    }
    return blocks;
  }

  private static String clauseNumber(int index) {
    return COMMITMENTS_SECTION + "." + (index + 1);
  }

  // ---- 4. exclusions ----

  private List<Block> exclusions() {
    List<String> items = new ArrayList<>();
    if (g.commitments().stream().anyMatch(c -> c instanceof Commitment.Availability)) {
      items.add(w.text("exclusions.maintenance"));
    }
    ExclusionWords words = new ExclusionWords(w);
    items.addAll(words.causes(g.exclusions().causes()));
    g.exclusions().reportWithin().ifPresent(d -> items.add(words.notReported(d)));
    if (items.isEmpty()) {
      return List.of(new Paragraph(w.text("exclusions.none")));
    }
    return List.of(new Paragraph(w.text("exclusions.intro")), new Items(items));
  }

  // ---- 5. remedies ----

  private List<Block> remedies() {
    List<Block> blocks = new ArrayList<>();
    RemedyWords words = new RemedyWords(w, g);
    int n = 0;
    for (int i = 0; i < g.commitments().size(); i++) {
      Commitment c = g.commitments().get(i);
      if (!c.remedies().isEmpty()) {
        blocks.add(words.clause("5." + ++n, clauseNumber(i), c));
      }
    }
    if (n == 0) {
      return List.of(new Paragraph(w.text("remedies.none")));
    }
    if (g.commitments().stream().anyMatch(c -> c.remedies().size() > 1)) {
      blocks.add(new Paragraph(w.text("remedies.together")));
    }
    blocks.add(new Paragraph(w.plural("remedies.claim", g.claimWindow().daysAfterPeriod())));
    if (n < g.commitments().size()) {
      blocks.add(new Paragraph(w.text("remedies.others")));
    }
    return blocks;
  }

  // ---- 6. general provisions, signatures ----

  private List<Block> general() {
    return List.of(
        new Paragraph(w.text("general.effect")),
        new Paragraph(w.text("general.version")),
        new Paragraph(w.text("general.copies")));
  }

  private List<Signature> signatures() {
    List<String> fields =
        List.of(
            w.text("sign.signature"),
            w.text("sign.name"),
            w.text("sign.seal"),
            w.text("sign.date"));
    String customer = g.customer().map(c -> text(c.name())).orElse("");
    return List.of(
        new Signature(w.text("sign.provider"), text(g.provider().name()), fields),
        new Signature(w.text("sign.customer"), customer, fields));
  }
}

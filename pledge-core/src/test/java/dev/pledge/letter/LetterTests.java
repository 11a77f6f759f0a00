package dev.pledge.letter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pledge.guarantee.Guarantee;
import dev.pledge.guarantee.GuaranteeFile;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Letters of the example guarantees and of one that uses every kind of clause. */
class LetterTests {

  @TempDir Path dir;

  private static Guarantee example(String name) {
    return GuaranteeFile.read(Path.of("..", "examples", "guarantees", name + ".yaml"));
  }

  private Guarantee parse(String yaml) {
    return GuaranteeFile.parse(yaml, "g.yaml", dir);
  }

  /**
   * The letter's text as a reader sees it: styles and markup removed (table cells end in " | "),
   * references resolved.
   */
  static String text(String html) {
    String body =
        html.replaceAll("(?s)<style>.*?</style>", "")
            .replaceAll("</t[hd]>", " | ")
            .replaceAll("<[^>]+>", "");
    return body.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }

  private static String zh(Guarantee g) {
    return text(Letter.render(g, LetterLanguage.ZH));
  }

  private static String en(Guarantee g) {
    return text(Letter.render(g, LetterLanguage.EN));
  }

  @Test
  void dataCentreNetworkInChinese() {
    String letter = zh(example("datacenter-network"));
    assertThat(letter)
        .contains("数据中心网络服务保证书")
        .contains("编号：idc-network-2026　版本：第 1 版")
        .contains("示例数据中心（以下简称“服务提供方”）就下列服务向北风科技有限公司（以下简称“客户”）出具本保证书")
        .contains("有效期 | 自 2026 年 1 月 1 日起至 2026 年 12 月 31 日止 | ")
        .contains("服务费 | 人民币 8,000.00 元／月 | ")
        .contains("7×24：每天 24 小时，全年无休。")
        .contains("三、服务承诺")
        .contains("3.1网络连通率：每月网络连通率不低于 99.9%；每月累计停机时间不超过 44 分钟。")
        .contains("停机时间自客户报障时起计算（客户未报障的，自监控系统发现故障时起计算），至恢复通知发出时止；" + "未经客户批准的维护计入停机时间。")
        .contains("3.2故障响应：接报后 15 分钟内响应。")
        .contains("适用范围：故障。")
        .contains("经客户事先批准的维护")
        .contains("不可抗力，如自然灾害、战争、政府行为等")
        .contains("故障发生后 5 天内未向服务提供方报告的")
        .contains("5.1第 3.1 条（网络连通率）：任一月份未达到该条承诺的，免收该月服务费（人民币 8,000.00 元）。")
        .contains("客户应在未达标统计周期结束后 30 日内书面提出补偿申请")
        .contains("授权代表（签字）：");
  }

  @Test
  void dataCentreNetworkInEnglish() {
    String letter = en(example("datacenter-network"));
    assertThat(letter)
        .contains("Data Centre Network Service Guarantee")
        .contains("Valid | from 1 January 2026 to 31 December 2026 | ")
        .contains("Service fee | CNY 8,000.00 a month | ")
        .contains("3. Commitments")
        .contains(
            "3.1Network connectivity: at least 99.9% in each month;"
                + " no more than 44 minutes of downtime in each month.")
        .contains("3.2Fault response: acknowledged within 15 minutes of the report.")
        .contains("Applies to incidents.")
        .contains("faults not reported to the Provider within 5 days of their start")
        .contains(
            "Clause 3.1 (Network connectivity): For any month in which this commitment is not met,"
                + " the fee for that month (CNY 8,000.00) is waived.")
        .contains("within 30 days after the end of the period");
  }

  @Test
  void mailInChinese() {
    String letter = zh(example("mail"));
    assertThat(letter)
        .contains("工作时间：工作日 09:00–12:00、13:30–18:00（法定节假日除外，调休上班日照常服务）。")
        .contains("每月系统可用性不低于 99.99%。")
        .contains("每月累计维护时间不超过 1 小时 40 分钟。")
        .contains("每年无故障天数不少于 360 天。")
        .contains("邮件投递延迟：每月平均邮件投递延迟不超过 60 秒；超过 3600 秒的情况每月不超过 2 次。")
        .contains("每月计费差错率不超过 3×10⁻⁵。")
        .contains("开通时限：收到开通申请后 24 小时内完成开通。")
        .contains("新域名开通的，收到开通申请后 48 小时内完成开通。")
        .contains("反垃圾邮件响应：接报后 1 个工作日内响应。")
        .contains("以工作日计的时限，起算当日不计入，自次日起按工作日计算，至最后一个工作日的工作时间结束时届满。")
        .contains("适用范围：投诉。")
        .contains("任一月份未达到该条承诺的，服务期延长为故障时长的 2 倍。")
        .contains("统计周期 | 自然月或自然年，自首日 00:00 起至下一周期首日 00:00 止。");
  }

  @Test
  void mailInEnglish() {
    String letter = en(example("mail"));
    assertThat(letter)
        .contains(
            "Working hours: Working days 09:00–12:00 and 13:30–18:00, public holidays excepted"
                + " and make-up working days included.")
        .contains(
            "Mail delivery delay: an average of no more than 60 seconds in each month;"
                + " no more than 2 values over 3600 seconds in each month.")
        .contains("Billing error rate: no more than 3×10⁻⁵ in each month.")
        .contains("Provisioning: provisioned within 24 hours of the request.")
        .contains("When a new domain is set up: provisioned within 48 hours of the request.")
        .contains("Anti-spam response: acknowledged within 1 working day of the report.")
        .contains(
            "A time limit in working days does not count the day it starts on; it ends when"
                + " working hours close on the last of those working days.")
        .contains("the service term is extended by 2 times the counted downtime");
  }

  private static final String EVERY_KIND =
      """
      id: hosting-2026
      version: 3
      title: {zh: 主机托管服务保证书, en: Hosting Service Guarantee}
      provider: {id: p, name: {zh: 示例云, en: Example Cloud}, contact: 400-000-0000}
      customer: {id: c, name: {zh: 客户甲, en: Customer A}}
      services:
        - {id: hosting, name: {zh: 主机托管, en: Hosting}}
        - {id: backup, name: {zh: 备份, en: Backup}}
      valid: {from: 2026-03-01}
      zone: Asia/Shanghai
      fee: 10000.00 CNY
      claim_within_days: 15
      calendars:
        always: 24x7
        office:
          week: {weekdays: [09:00-18:00]}
          holiday_schedules: [china]
      default_calendar: always
      severities:
        sev3: {name: {zh: 一般问题, en: Minor}}
        sev1:
          name: {zh: 系统中断, en: System down}
          description: {zh: 全部业务不可用, en: All business stopped}
        sev2: {name: {zh: 功能受损, en: Degraded}}
      exclusions:
        causes: [planned_migration, customer_misuse]
        report_within: 36h
      commitments:
        - id: restore
          kind: restore
          name: {zh: 故障恢复, en: Fault restoration}
          targets: {sev2: 4h, sev1: 2h, sev3: 1h30m}
          pause_reasons: [parts, customer]
          min_on_time_percent: 95
          remedies: [{penalty: 500.00 CNY}]
        - id: on-site
          kind: on_site
          name: {zh: 现场支持, en: On-site support}
          calendar: office
          target: 4h
          scope: {services: [hosting]}
        - id: availability
          kind: availability
          name: {zh: 系统可用率, en: System availability}
          service: hosting
          min_percent: 99.95
          max_outages: 3
          denominator: excluding_maintenance
          excluded_causes: [force_majeure]
          remedies:
            - credit:
                - {from: 99.0, below: 99.95, percent: 10}
                - {from: 95, below: 99.0, percent: 25}
                - {below: 95, percent: 50}
            - service_time_extension: {multiple: 1, of: period}
        - id: satisfaction
          kind: rating
          name: {zh: 客户满意度, en: Customer satisfaction}
          window: quarter
          min_satisfied_percent: 95
          satisfied_from: 4
          min_average: 4.5
        - id: on-time
          kind: ratio
          name: {zh: 按时响应率, en: On-time response rate}
          metric: on_time
          min_percent: 100
        - id: api-latency
          kind: latency
          name: {zh: 接口延迟, en: API latency}
          metric: api
          unit: ms
          percentile: {p: 95, max: 200}
          max: 1000
        - id: escalate
          kind: ticket_clock
          name: {zh: 升级, en: Escalation}
          start: reported
          stop: escalated
          target: 1h
      """;

  @Test
  void everyKindOfClauseInChinese() {
    String letter = zh(parse(EVERY_KIND));
    assertThat(letter)
        .contains("服务提供方 | 示例云（联系方式：400-000-0000） | ")
        .contains("有效期 | 自 2026 年 3 月 1 日起，至被新版本取代时止 | ")
        .contains("服务费 | 人民币 10,000.00 元／月 | ")
        .contains("工作时间：工作日 09:00–18:00（法定节假日除外，调休上班日照常服务）。")
        .contains("等级 | 名称 | 说明 | ")
        .contains("一级故障 | 系统中断 | 全部业务不可用 | ")
        .contains("三级故障 | 一般问题 |  | ")
        .contains("条款约定扣除维护时间的：")
        .contains("统计周期 | 自然月或自然季度，")
        .contains("3.1故障恢复：")
        .contains("一级故障（系统中断）：接报后 2 小时内恢复")
        .contains("三级故障（一般问题）：接报后 1 小时 30 分钟内恢复")
        .contains("每月按时完成率不低于 95%。")
        .contains("等待客户或等待备件期间暂停计时。")
        .contains("3.2现场支持：接报后 4 小时内到达现场（按工作时间计）。")
        .contains("适用范围：主机托管。")
        .contains("3.3系统可用率：每月系统可用率不低于 99.95%；每月故障不超过 3 次。")
        .contains("可用率按扣除经批准维护时间后的时长计算。")
        .contains("本条除外情形：不可抗力，如自然灾害、战争、政府行为等；故障发生后 36 小时内未向服务提供方报告的。")
        .contains("3.4客户满意度：每季度满意评价占比不低于 95%（评分不低于 4 分视为满意，满分 5 分）；" + "每季度平均评分不低于 4.5 分（满分 5 分）。")
        .contains("3.5按时响应率：每月按时响应率不低于 100%。")
        .contains("3.6接口延迟：单次接口延迟不超过 1000 毫秒；每月 95% 的接口延迟不超过 200 毫秒。")
        .contains("3.7升级：自接报起 1 小时内完成升级。")
        .contains("原因记录为“planned migration”的故障")
        .contains("5.1第 3.1 条（故障恢复）：任一月份未达到该条承诺的，服务提供方支付违约金（人民币 500.00 元）。")
        .contains("5.2第 3.3 条（系统可用率）：任一月份未达到该条承诺的，按该月实测系统可用率返还部分服务费，比例见下表；" + "服务期免费延长一个月。")
        .contains("同一条款列有多项补偿的，同时适用。")
        .contains("15 日内书面提出补偿申请");
  }

  @Test
  void everyKindOfClauseInEnglish() {
    String letter = en(parse(EVERY_KIND));
    assertThat(letter)
        .contains("Severity 1 (System down): service restored within 2 hours of the report")
        .contains("Severity 2 (Degraded): service restored within 4 hours of the report")
        .contains("Severity 3 (Minor): service restored within 1 hour 30 minutes of the report")
        .contains("At least 95% of tickets on time in each month.")
        .contains(
            "Time paused while waiting for the Customer or waiting for spare parts does not count.")
        .contains(
            "On-site support: an engineer on site within 4 hours of the report"
                + " (counted in working hours).")
        .contains("Applies to Hosting.")
        .contains(
            "System availability: at least 99.95% in each month; no more than 3 outages in each month.")
        .contains(
            "Customer satisfaction: at least 95% of ratings satisfied (a rating of 4 or more out of 5)"
                + " in each quarter; an average rating of at least 4.5 out of 5 in each quarter.")
        .contains("On-time response rate: at least 100% in each month.")
        .contains(
            "API latency: no single value over 1000 milliseconds;"
                + " 95% of values no more than 200 milliseconds in each month.")
        .contains("Escalation: escalation within 1 hour of the report.")
        .contains("faults whose cause is recorded as “planned migration”")
        .contains("the Provider pays a penalty of CNY 500.00")
        .contains("the service term is extended free of charge by one month")
        .contains("Period | A calendar month or a calendar quarter, from 00:00 on its first day");
  }

  @Test
  void severitiesAreListedMostSevereFirst() {
    String letter = zh(parse(EVERY_KIND));
    assertThat(letter.indexOf("一级故障（系统中断）：接报后"))
        .isLessThan(letter.indexOf("二级故障（功能受损）：接报后"))
        .isLessThan(letter.indexOf("三级故障（一般问题）：接报后"));
  }

  /** Credit tiers as a table, best values first, with what each costs on a 10 000 CNY fee. */
  @Test
  void creditTiersAsATable() {
    String html = Letter.render(parse(EVERY_KIND), LetterLanguage.ZH);
    assertThat(html)
        .contains("<th>实测系统可用率</th><th>返还比例</th><th>金额</th>")
        // [99, 99.95) → 10 % of 10 000.00 = 1 000.00
        .contains("<td>不低于 99% 且低于 99.95%</td><td>10%</td><td>人民币 1,000.00 元</td>")
        // [95, 99) → 25 % = 2 500.00
        .contains("<td>不低于 95% 且低于 99%</td><td>25%</td><td>人民币 2,500.00 元</td>")
        // [-, 95) → 50 % = 5 000.00
        .contains("<td>低于 95%</td><td>50%</td><td>人民币 5,000.00 元</td>");
    assertThat(html.indexOf("不低于 99% 且低于 99.95%")).isLessThan(html.indexOf("低于 95%</td>"));
    assertThat(Letter.render(parse(EVERY_KIND), LetterLanguage.EN))
        .contains("<td>at least 95% and below 99%</td><td>25%</td><td>CNY 2,500.00</td>");
  }

  @Test
  void namesAreEscaped() {
    String yaml =
        """
        id: x
        title: "Fast & <Reliable>"
        provider: {id: p, name: "Smith & Sons <Networks>"}
        customer: {id: c, name: "O'Brien \\"Data\\" & Co."}
        valid: {from: 2026-01-01}
        zone: UTC
        commitments:
          - {id: r, kind: response, name: "<b>bold</b>", target: 5m}
        """;
    for (LetterLanguage l : LetterLanguage.values()) {
      String html = Letter.render(parse(yaml), l);
      assertThat(html)
          .contains("<title>Fast &amp; &lt;Reliable&gt;</title>")
          .contains("Smith &amp; Sons &lt;Networks&gt;")
          .contains("O&#39;Brien &quot;Data&quot; &amp; Co.")
          .contains("&lt;b&gt;bold&lt;/b&gt;")
          .doesNotContain("<Networks>")
          .doesNotContain("<b>");
      assertWellFormed(html);
    }
  }

  @Test
  void aTemplateWithoutCustomerLeavesTheCustomerToSign() {
    String yaml =
        """
        id: standard
        provider: {id: p, name: {zh: 示例电信, en: Example Telecom}}
        valid: {from: 2026-01-01}
        zone: Asia/Shanghai
        severities: {sev1: null, sev2: Degraded}
        commitments:
          - {id: r, kind: response, target: 2h}
          - {id: restore, kind: restore, targets: {sev1: 4h, sev2: 8h}}
        """;
    assertThat(zh(parse(yaml)))
        .contains("一级故障：接报后 4 小时内恢复")
        .contains("二级故障（Degraded）：接报后 8 小时内恢复")
        .contains("示例电信（以下简称“服务提供方”）就下列服务向签署本保证书的客户（以下简称“客户”）")
        .contains("r：接报后 2 小时内响应。")
        .contains("本保证书不设除外情形")
        .contains("任一承诺未达到的，服务提供方应书面告知客户原因及整改措施。");
    assertThat(en(parse(yaml)))
        .contains(
            "Example Telecom (the “Provider”) issues this guarantee to the customer who signs it");
  }

  @ParameterizedTest
  @CsvSource({"datacenter-network, zh", "datacenter-network, en", "mail, zh", "mail, en"})
  void everyExampleRendersAsWellFormedPageWithNothingLeftUnfilled(String name, String lang) {
    String html = Letter.render(example(name), LetterLanguage.of(lang));
    assertWellFormed(html);
    String text = text(html);
    assertThat(text).doesNotContain("{").doesNotContain("}").doesNotContain("null");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("size: A4").doesNotContain("<script");
  }

  @Test
  void everyKindRendersWellFormedInBothLanguages() {
    for (LetterLanguage l : LetterLanguage.values()) {
      String html = Letter.render(parse(EVERY_KIND), l);
      assertWellFormed(html);
      assertThat(text(html)).doesNotContain("{").doesNotContain("null");
    }
  }

  private static void assertWellFormed(String html) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("the letter is not well-formed XML: " + e.getMessage(), e);
    }
  }

  @Test
  void recurringObligationsInPlainWords() {
    Guarantee mail = example("mail");
    assertThat(zh(mail)).contains("每日增量备份").contains("每日一次，于次日 06:00 前完成");
    assertThat(en(mail)).contains("once a day, by 06:00 on the following day");
    Guarantee it = example("it-operations");
    assertThat(zh(it)).contains("每月一次，于次月 5 日前（含当日）完成");
    assertThat(en(it)).contains("once a month, by the 5th day of the following month");
  }

  @Test
  void ordinalsInEnglish() {
    assertThat(CommitmentWords.ordinal(1)).isEqualTo("1st");
    assertThat(CommitmentWords.ordinal(2)).isEqualTo("2nd");
    assertThat(CommitmentWords.ordinal(3)).isEqualTo("3rd");
    assertThat(CommitmentWords.ordinal(5)).isEqualTo("5th");
    assertThat(CommitmentWords.ordinal(11)).isEqualTo("11th");
    assertThat(CommitmentWords.ordinal(12)).isEqualTo("12th");
    assertThat(CommitmentWords.ordinal(21)).isEqualTo("21st");
    assertThat(CommitmentWords.ordinal(22)).isEqualTo("22nd");
  }
}

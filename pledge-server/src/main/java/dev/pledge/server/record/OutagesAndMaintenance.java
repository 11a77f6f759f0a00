package dev.pledge.server.record;

import dev.pledge.server.audit.Audit;
import dev.pledge.server.record.Requests.DecisionRequest;
import dev.pledge.server.record.Requests.MaintenanceRequest;
import dev.pledge.server.record.Requests.OutageRequest;
import dev.pledge.server.record.Requests.RestorationRequest;
import dev.pledge.server.record.Views.MaintenanceView;
import dev.pledge.server.record.Views.OutageView;
import dev.pledge.server.system.Caller;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A customer's outages and maintenance windows as the API and the portal's pages work them: every
 * call first checks that the caller may act for the customer (404 when not, as for an unknown one),
 * and every change is logged in the same transaction. Which roles may call what is decided where
 * the request arrives ({@code SecurityConfiguration}).
 */
@Component
public class OutagesAndMaintenance {

  private final RecordService records;
  private final CustomerScope scope;
  private final Audit audit;

  OutagesAndMaintenance(RecordService records, CustomerScope scope, Audit audit) {
    this.records = records;
    this.scope = scope;
    this.audit = audit;
  }

  /** The customer's outages in the order they were recorded; {@code guarantee} null for all. */
  @Transactional(readOnly = true)
  public List<OutageView> outages(String customer, String guarantee, Caller caller) {
    scope.check(customer, caller);
    return records.outages(customer, guarantee).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public OutageView outage(String customer, String id, Caller caller) {
    scope.check(customer, caller);
    return view(records.outage(customer, id));
  }

  @Transactional
  public OutageView openOutage(String customer, OutageRequest r, Caller caller) {
    scope.check(customer, caller);
    OutageView o = OutageView.of(records.openOutage(customer, r, caller), List.of());
    audit.record(caller, customer, "outage.open", "outage", o.id(), null, o);
    return o;
  }

  @Transactional
  public OutageView restore(String customer, String id, RestorationRequest r, Caller caller) {
    scope.check(customer, caller);
    OutageView before = records.lockedOutage(customer, id).map(this::view).orElse(null);
    OutageView after = view(records.restore(customer, id, r.restoredAt()));
    audit.record(caller, customer, "outage.restore", "outage", id, before, after);
    return after;
  }

  /** The customer's maintenance windows in the order they were planned. */
  @Transactional(readOnly = true)
  public List<MaintenanceView> maintenance(String customer, String guarantee, Caller caller) {
    scope.check(customer, caller);
    return records.maintenance(customer, guarantee).stream().map(MaintenanceView::of).toList();
  }

  @Transactional
  public MaintenanceView plan(String customer, MaintenanceRequest r, Caller caller) {
    scope.check(customer, caller);
    MaintenanceView m = MaintenanceView.of(records.plan(customer, r));
    audit.record(caller, customer, "maintenance.plan", "maintenance", m.id(), null, m);
    return m;
  }

  @Transactional
  public MaintenanceView decide(String customer, String id, DecisionRequest r, Caller caller) {
    scope.check(customer, caller);
    MaintenanceView before =
        records.lockedMaintenance(customer, id).map(MaintenanceView::of).orElse(null);
    MaintenanceView after = MaintenanceView.of(records.decide(customer, id, r.approved(), caller));
    audit.record(caller, customer, "maintenance.decision", "maintenance", id, before, after);
    return after;
  }

  /** The outage with the corrections of its instants, as the API shows it. */
  OutageView view(StoredOutage o) {
    return OutageView.of(o, records.corrections(o));
  }
}

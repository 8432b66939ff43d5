package vn.cpreferrals.reorganisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.cpreferrals.agency.Successors;
import vn.cpreferrals.audit.AuditLog;
import vn.cpreferrals.audit.AuditQuery;
import vn.cpreferrals.casework.CaseIntake;
import vn.cpreferrals.casework.CaseReport;

/**
 * Work started on the 2024 structure (a Bình Định directive and case, a case in thành phố Lai Châu) is moved to the
 * units of 1/7/2025 by the administrator: a dry run first, then the move, then nothing is left to move.
 */
abstract class ReorganisationScenario {

  static final LocalDate FIRST_DAY_OF_TWO_LEVELS = LocalDate.of(2025, 7, 1);
  static final String DIRECTIVE = "Directive_BinhDinh_2024_CongTacTreEm";
  static final String NUMBER = "321/UBND-VX-REORG";
  static final String MUONG_TE = "Directive_MuongTe_2024_KeHoachChiThi28";
  static final String MUONG_TE_NUMBER = "456/KH-UBND-REORG";
  static final String ADMIN = "reorganisation-test-admin";
  static final String PASSWORD = "test-staff-secret";

  @Autowired Reorganisation reorganisation;
  @Autowired Successors successors;
  @Autowired vn.cpreferrals.agency.AgencyRegistry registry;
  @Autowired CaseIntake intake;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ManagementService managementService;
  @Autowired AuditLog auditLog;
  @Autowired TestRestTemplate rest;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  final List<String> instances = new ArrayList<>();
  Reorganisation.Result applied;

  @AfterEach
  void putPeopleBackAndRemoveTheWork() {
    ClockUtil.reset();
    jdbc.update("DELETE FROM cp_reorganisation");
    instances.forEach(id -> runtimeService.deleteProcessInstanceIfExists(id, "test cleanup", true, true, true,
        false));
    if (applied != null) {
      // Other tests sign in as the demo accounts of 2024 units: give them their groups back.
      for (Reorganisation.Move m : applied.moves()) {
        if (m.kind() == Reorganisation.Kind.MEMBERSHIP) {
          identityService.deleteMembership(m.subject(), m.to());
          identityService.createMembership(m.subject(), m.from());
        }
      }
    }
  }

  @Test
  void workOfThe2024StructureMovesToTheSuccessorsOnceWithAnAuditEntryPerMoveAndNothingLost() {
    // Given: a Bình Định directive and two cases received in 2025 before the district level ended
    ClockUtil.setCurrentTime(date(2025, 1, 6, 9));
    String directive = runtimeService.startProcessInstanceByKey(DIRECTIVE, NUMBER,
        Map.of("year", 2025, "directiveNumber", NUMBER, "issuedOn", "2024-12-30")).getId();
    instances.add(directive);
    String muongTe = runtimeService.startProcessInstanceByKey(MUONG_TE, MUONG_TE_NUMBER, Map.of("year", 2025,
        "directiveNumber", MUONG_TE_NUMBER, "issuedOn", "2024-05-22")).getId();
    instances.add(muongTe);
    managementService.createJobQuery().processInstanceId(muongTe).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    String kanHo = registry.agencies().stream().filter(a -> a.name().startsWith("Ủy ban nhân dân xã Kan Hồ"))
        .findFirst().orElseThrow().id();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(MUONG_TE_NUMBER).taskCandidateGroup(kanHo)
        .count()).isPositive();
    CaseIntake.Opened binhDinhCase = open("binh-dinh-quy-nhon-ubnd-p-nhon-binh", "REORG-BD-1");
    CaseIntake.Opened laiChauCase = open("lai-chau-tp-ubnd-p-tan-phong", "REORG-LC-1");
    instances.add(binhDinhCase.processInstanceId());
    instances.add(laiChauCase.processInstanceId());
    final Task caseTaskBefore = taskService.createTaskQuery().processInstanceId(binhDinhCase.processInstanceId())
        .singleResult();
    assertThat(groupsOf(caseTaskBefore)).contains("binh-dinh-quy-nhon-ubnd-p-nhon-binh");
    assertThat(instancesSeenBy("gia-lai-ubnd-21601-manager", binhDinhCase.caseNumber())).isZero();

    // When: the administrator looks at what would move as of 1/7/2025
    Reorganisation.Result plan = reorganisation.dryRun(FIRST_DAY_OF_TWO_LEVELS);

    // Then: the plan lists the moves without making them
    assertThat(plan.applied()).isFalse();
    assertThat(plan.moves()).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(Reorganisation.Kind.PROVINCE);
      assertThat(m.subject()).isEqualTo(binhDinhCase.processInstanceId());
      assertThat(m.to()).isEqualTo("gia-lai");
    }).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(Reorganisation.Kind.TASK);
      assertThat(m.subject()).isEqualTo(caseTaskBefore.getId());
      assertThat(m.to()).isEqualTo("gia-lai-ubnd-21601");
    }).anySatisfy(m -> {
      assertThat(m.kind()).isEqualTo(Reorganisation.Kind.MEMBERSHIP);
      assertThat(m.subject()).isEqualTo("binh-dinh-so-ldtbxh-officer");
      assertThat(m.to()).isEqualTo("gia-lai-so-y-te");
    });
    assertThat(groupsOf(caseTaskBefore)).contains("binh-dinh-quy-nhon-ubnd-p-nhon-binh");

    // When: the administrator applies it
    applied = reorganisation.apply(FIRST_DAY_OF_TWO_LEVELS, ADMIN, List.of("camunda-admin"));

    // Then: no open task is left with a unit that ended, and nothing is lost or duplicated
    assertThat(applied.moves()).hasSameSizeAs(plan.moves());
    for (Task task : taskService.createTaskQuery().list()) {
      assertThat(groupsOf(task)).as("groups of task %s", task.getName())
          .noneMatch(g -> successors.successorOf(g.replace("-managers", ""), FIRST_DAY_OF_TWO_LEVELS).isPresent());
    }
    assertThat(applied.after().totalOpenTasks()).isEqualTo(applied.before().totalOpenTasks());
    assertThat(applied.after().totalRunningInstances()).isEqualTo(applied.before().totalRunningInstances());
    assertThat(applied.after().openTasks().get("binh-dinh")).isZero();
    assertThat(applied.after().openTasks().get("gia-lai")).isEqualTo(
        applied.before().openTasks().get("gia-lai") + applied.before().openTasks().get("binh-dinh"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(NUMBER).taskCandidateGroup("gia-lai-so-y-te")
        .count()).isPositive();

    // the Mường Tè plan of 2024 is with the communes of 2025: Kan Hồ's work with the commune that took it over
    String kanHoNow = successors.successorOf(kanHo, FIRST_DAY_OF_TWO_LEVELS).orElseThrow().to();
    assertThat(kanHoNow).matches("lai-chau-ubnd-\\d{5}");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(MUONG_TE_NUMBER).taskCandidateGroup(kanHo)
        .count()).isZero();
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(MUONG_TE_NUMBER).taskCandidateGroup(kanHoNow)
        .count()).isPositive();

    // the case runs in Gia Lai, at the ward that took over Nhơn Bình, and its data names the new units
    Task caseTask = taskService.createTaskQuery().taskId(caseTaskBefore.getId()).singleResult();
    assertThat(caseTask.getTenantId()).isEqualTo("gia-lai");
    assertThat(groupsOf(caseTask)).contains("gia-lai-ubnd-21601").doesNotContain("binh-dinh-quy-nhon-ubnd-p-nhon-binh");
    assertThat(runtimeService.getVariable(binhDinhCase.processInstanceId(), "communeAgency"))
        .isEqualTo("gia-lai-ubnd-21601");
    assertThat(runtimeService.getVariable(binhDinhCase.processInstanceId(), "provinceId")).isEqualTo("gia-lai");
    assertThat(runtimeService.getVariable(binhDinhCase.processInstanceId(), "communeName"))
        .isEqualTo("Ủy ban nhân dân phường Quy Nhơn Đông, tỉnh Gia Lai");
    assertThat(instancesSeenBy("gia-lai-ubnd-21601-manager", binhDinhCase.caseNumber())).isEqualTo(1);
    assertThat(groupsOf(taskService.createTaskQuery().processInstanceId(laiChauCase.processInstanceId())
        .singleResult())).contains("lai-chau-ubnd-03408");

    // history keeps the old unit: the candidate link was added for the successor and removed for the old ward
    List<HistoricIdentityLinkLog> links = historyService.createHistoricIdentityLinkLogQuery()
        .taskId(caseTask.getId()).list();
    assertThat(links).extracting(HistoricIdentityLinkLog::getGroupId, HistoricIdentityLinkLog::getOperationType)
        .contains(org.assertj.core.groups.Tuple.tuple("binh-dinh-quy-nhon-ubnd-p-nhon-binh", "add"),
            org.assertj.core.groups.Tuple.tuple("binh-dinh-quy-nhon-ubnd-p-nhon-binh", "delete"),
            org.assertj.core.groups.Tuple.tuple("gia-lai-ubnd-21601", "add"));

    // one audit entry per move
    long entries = auditLog.find(new AuditQuery(null, null, null, null, ADMIN, null, null, null, 10_000)).stream()
        .filter(e -> e.action().equals("REORGANISED")).count();
    assertThat(entries).isEqualTo(applied.moves().size());

    // escalation of the moved case task reaches the leadership of the successor ward
    escalate(caseTask);
    assertThat(taskService.getVariableLocal(caseTask.getId(), "cpEscalatedTo")).isEqualTo("gia-lai-ubnd-21601-managers");

    // a report received in 2026 in a ward of the old map opens at its successor, with a note
    ClockUtil.setCurrentTime(date(2026, 3, 2, 9));
    CaseIntake.Opened late = open("binh-dinh-quy-nhon-ubnd-p-ghenh-rang", "REORG-BD-3");
    instances.add(late.processInstanceId());
    assertThat(late.note()).isEqualTo("Phường Ghềnh Ráng, thành phố Quy Nhơn đã sáp nhập từ 01/07/2025; hồ sơ được mở "
        + "tại Ủy ban nhân dân phường Quy Nhơn Nam, tỉnh Gia Lai.");
    assertThat(runtimeService.getVariable(late.processInstanceId(), "communeAgency")).isEqualTo("gia-lai-ubnd-21592");

    // and applying it again changes nothing
    assertThat(reorganisation.apply(FIRST_DAY_OF_TWO_LEVELS, ADMIN, List.of("camunda-admin")).moves()).isEmpty();
  }

  @Test
  void beforeTheStructureChangedNothingMoves() {
    ClockUtil.setCurrentTime(date(2025, 1, 6, 9));
    instances.add(open("binh-dinh-quy-nhon-ubnd-p-ghenh-rang", "REORG-BD-2").processInstanceId());

    Reorganisation.Result plan = reorganisation.dryRun(LocalDate.of(2025, 2, 1));

    assertThat(plan.moves()).noneMatch(m -> m.from().startsWith("binh-dinh"));
  }

  @Test
  void onlyTheAdministratorMayLookAtOrApplyTheReorganisation() {
    ResponseEntity<Map<String, Object>> officer = rest.withBasicAuth("gia-lai-so-y-te-manager", PASSWORD)
        .exchange("/api/admin/reorganisation?asOf=2025-07-01", HttpMethod.POST, null,
            new ParameterizedTypeReference<>() {});
    ResponseEntity<Map<String, Object>> badDate = rest.withBasicAuth("admin", "test-admin-secret")
        .exchange("/api/admin/reorganisation?asOf=1/7/2025", HttpMethod.GET, null,
            new ParameterizedTypeReference<>() {});
    ResponseEntity<Map<String, Object>> plan = rest.withBasicAuth("admin", "test-admin-secret")
        .exchange("/api/admin/reorganisation?asOf=2025-07-01", HttpMethod.GET, null,
            new ParameterizedTypeReference<>() {});

    assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(officer.getBody()).containsEntry("message",
        "Chỉ quản trị viên được chuyển giao công việc theo sắp xếp tổ chức.");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) badDate.getBody().get("message")).contains("yyyy-MM-dd");
    assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plan.getBody()).containsEntry("applied", false).containsKey("moves");
  }

  private CaseIntake.Opened open(String commune, String reference) {
    return intake.open(new CaseReport(reference, CaseReport.IntakeSource.HOTLINE_111,
        OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.ofHours(7)).minusHours(1),
        commune, "bao_luc", true, true, new CaseReport.Child("Trẻ giả định", null, null), "Nội dung giả định", null),
        "test");
  }

  private List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(g -> g != null).toList();
  }

  private long instancesSeenBy(String user, String caseNumber) {
    ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth(user, PASSWORD)
        .exchange("/engine-rest/process-instance?businessKey=" + caseNumber, HttpMethod.GET, null,
            new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody().size();
  }

  /** Runs the task's deadline timers, as the job executor would, until it is escalated to level 1. */
  private void escalate(Task task) {
    for (int i = 0; i < 10 && taskService.getVariableLocal(task.getId(), "cpEscalatedTo") == null; i++) {
      Job job = managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers()
          .orderByJobDuedate().asc().list().get(0);
      ClockUtil.setCurrentTime(job.getDuedate());
      managementService.executeJob(job.getId());
    }
  }

  private static Date date(int year, int month, int day, int hour) {
    return Date.from(LocalDate.of(year, month, day).atTime(hour, 0).atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .toInstant());
  }
}

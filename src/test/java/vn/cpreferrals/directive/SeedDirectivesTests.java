package vn.cpreferrals.directive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.support.EngineTest;

/**
 * Each seed directive started as issued: which agency group gets which task with which due date, item by item. The
 * expectations per item are read from the directive's table (the transcription of the seed); facts a reader checks
 * against the seed text itself — numbers of items, leads, deadlines, recipients — are written out here.
 */
@EngineTest
class SeedDirectivesTests {

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired AgencyRegistry registry;

  DirectiveTestSupport support;
  final List<String> started = new java.util.ArrayList<>();

  @BeforeEach
  void setUp() {
    support = new DirectiveTestSupport(runtimeService, taskService, managementService) {
      @Override
      ProcessInstance start(String processId, int year, String number) {
        ProcessInstance pi = super.start(processId, year, number);
        started.add(pi.getId());
        return pi;
      }
    };
  }

  @AfterEach
  void tearDown() {
    ClockUtil.reset();
    started.forEach(id -> runtimeService.deleteProcessInstance(id, "test cleanup"));
    started.clear();
  }

  @Test
  void quangNgaiPlan65AssignsEveryItemToItsLeadAndCoordinatingAgencies() throws IOException {
    DirectiveTable table = DirectiveTestSupport.table("Directive_QuangNgai_2025_KH65");
    ProcessInstance directive = support.start(table.processId(), 2025, "65/KH-UBND");

    assertThat(directive.getBusinessKey()).isEqualTo("65/KH-UBND");
    assertThat(directive.getTenantId()).isEqualTo("quang-ngai");
    assertEveryItemIsAssigned(table, "65/KH-UBND", DirectiveTestSupport.at(2025, 12, 31, 23));
    // Seed 003, item II.9: "Cơ quan chủ trì: Sở Y tế, Sở Văn hóa, Thể thao và Du lịch … Quý II, IV năm 2025".
    for (String lead : List.of("quang-ngai-so-y-te", "quang-ngai-so-vhttdl")) {
      assertThat(support.tasksOf("65/KH-UBND", "Task_QuarterWork", lead)).extracting(Task::getName, Task::getDueDate)
          .containsExactlyInAnyOrder(
              org.assertj.core.groups.Tuple.tuple("Thực hiện trong Quý 2 – Mục II.9", endOfDay(2025, 6, 30)),
              org.assertj.core.groups.Tuple.tuple("Thực hiện trong Quý 4 – Mục II.9", endOfDay(2025, 12, 31)));
    }
    // Item II.3: "Cơ quan chủ trì: Công an tỉnh"; coordinated by Sở VH-TT&DL among others.
    assertThat(support.tasksOf("65/KH-UBND", "Task_PlanImplementation", "quang-ngai-cong-an-tinh"))
        .extracting(Task::getName).contains("Xây dựng kế hoạch thực hiện – Mục II.3");
    // The lead plans with its coordinating agencies named on the form.
    Task planII3 = support.tasksOf("65/KH-UBND", "Task_PlanImplementation", "quang-ngai-cong-an-tinh").stream()
        .filter(t -> t.getName().endsWith("II.3")).findFirst().orElseThrow();
    assertThat(taskService.getVariable(planII3.getId(), "coordinatingAgencyNames").toString())
        .startsWith("Sở Văn hóa").contains("; Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi;").doesNotContain("quang-ngai-");
    assertThat(support.tasksOf("65/KH-UBND", "Task_Contribute", "quang-ngai-so-vhttdl")).extracting(Task::getName)
        .contains("Phối hợp thực hiện – Mục II.3", "Phối hợp thực hiện – Mục II.2", "Phối hợp thực hiện – Mục II.4");
    // Section V: reports "trước ngày 15/5/2025 và trước ngày 15/11/2025 … (qua Sở Y tế)".
    assertReportDeadlines("65/KH-UBND", List.of("SixMonth", "Annual"),
        List.of(DirectiveTestSupport.at(2025, 5, 15, 0), DirectiveTestSupport.at(2025, 11, 15, 0)));
    assertThat(table.items()).hasSize(18);
    assertThat(table.items().stream().mapToInt(i -> i.lead().size()).sum()).isEqualTo(27);
  }

  @Test
  void laiChau2025LetterGoesToAllDepartmentsAndDistrictsWithSoYTeAsStandingAgency() throws IOException {
    DirectiveTable table = DirectiveTestSupport.table("Directive_LaiChau_2025_CongTacTreEm");
    support.start(table.processId(), 2025, "123/UBND-VX");

    assertEveryItemIsAssigned(table, "123/UBND-VX", DirectiveTestSupport.at(2025, 12, 31, 23));
    // Items 1–8 go to "các sở, ban, ngành, đoàn thể tỉnh" and "UBND các huyện, thành phố".
    assertThat(support.tasksOf("123/UBND-VX", "Task_PlanImplementation", "lai-chau-so-ban-nganh-doan-the")).hasSize(8);
    assertThat(support.tasksOf("123/UBND-VX", "Task_PlanImplementation", "lai-chau-ubnd-cac-huyen-tp")).hasSize(8);
    assertThat(support.tasksOf("123/UBND-VX", "Task_PlanImplementation", "lai-chau-so-y-te")).hasSize(1);
    assertReportDeadlines("123/UBND-VX", List.of("SixMonth", "Annual"),
        List.of(DirectiveTestSupport.at(2025, 5, 15, 0), DirectiveTestSupport.at(2025, 11, 15, 0)));
  }

  @Test
  void muongTePlanGivesEachOfThirteenSectionsToItsAgencyAndReportsBy25November() throws IOException {
    DirectiveTable table = DirectiveTestSupport.table("Directive_MuongTe_2024_KeHoachChiThi28");
    support.start(table.processId(), 2024, "456/KH-UBND");

    assertEveryItemIsAssigned(table, "456/KH-UBND", DirectiveTestSupport.at(2024, 12, 31, 23));
    // Twelve sections to district bodies, V.13 to each of the 14 communes of 2024.
    assertThat(support.tasks("456/KH-UBND", "Task_PlanImplementation")).hasSize(12 + 14);
    // VI: "trước ngày 25/11 … qua Phòng Lao động - Thương binh và Xã hội huyện"; V.1: the office reports by 01/12.
    assertReportDeadlines("456/KH-UBND", List.of("Annual"), List.of(DirectiveTestSupport.at(2024, 11, 25, 0)));
    assertThat(table.reports().get(0).consolidateBy()).isEqualTo("01/12");
    assertThat(table.standingAgency()).isEqualTo("lai-chau-muong-te-phong-ldtbxh");
  }

  @Test
  void muongTe2024PlanReachesEachCommuneOfMuongTeAsItStoodIn2024() throws IOException {
    DirectiveTable table = DirectiveTestSupport.table("Directive_MuongTe_2024_KeHoachChiThi28");
    List<String> committees = registry.membersOf("lai-chau-muong-te-ubnd-cac-xa", table.issuedOn()).stream()
        .map(Agency::id).toList();
    List<String> police = registry.membersOf("lai-chau-muong-te-cong-an-cac-xa", table.issuedOn()).stream()
        .map(Agency::id).toList();
    // The official list: thị trấn Mường Tè and 13 xã under district 107 until 30/6/2025.
    assertThat(committees).hasSize(14)
        .contains("lai-chau-muong-te-ubnd-tt-muong-te", "lai-chau-muong-te-ubnd-xa-bum-nua",
            "lai-chau-muong-te-ubnd-xa-bum-to", "lai-chau-muong-te-ubnd-03469");
    assertThat(police).hasSize(14).allMatch(id -> id.matches("lai-chau-muong-te-cong-an-\\d{5}"));

    String directive = support.start(table.processId(), 2024, "456/KH-UBND").getId();

    // The communes' assignments are started in jobs, one each, after the start's transaction; so is V.8, which
    // Công an huyện leads with the police of each of the 14 communes as coordinators.
    assertThat(support.tasks("456/KH-UBND", "Task_PlanImplementation")).as("before the jobs ran").hasSize(11);
    List<Job> fanOut = managementService.createJobQuery().processInstanceId(directive).messages().list();
    assertThat(fanOut).hasSize(14 + 1);
    fanOut.forEach(job -> managementService.executeJob(job.getId()));

    // V.13 "UBND các xã, thị trấn": each commune plans on its own, and only its own staff are candidates.
    for (String commune : committees) {
      assertThat(support.tasksOf("456/KH-UBND", "Task_PlanImplementation", commune)).as(commune).singleElement()
          .satisfies(t -> {
            assertThat(t.getName()).isEqualTo("Xây dựng kế hoạch thực hiện – Mục V.13");
            assertThat(taskService.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(commune);
          });
    }
    assertThat(support.tasksOf("456/KH-UBND", "Task_PlanImplementation", "lai-chau-muong-te-ubnd-cac-xa")).isEmpty();
    assertThat(registry.agency("lai-chau-muong-te-ubnd-03469")).get()
        .satisfies(a -> assertThat(a.name()).isEqualTo("Ủy ban nhân dân xã Kan Hồ, huyện Mường Tè"));
    // V.8: Công an huyện directs "Công an các xã, thị trấn": each commune's police contributes on its own.
    for (String commune : police) {
      assertThat(support.tasksOf("456/KH-UBND", "Task_Contribute", commune)).as(commune).singleElement()
          .satisfies(t -> {
            assertThat(t.getName()).isEqualTo("Phối hợp thực hiện – Mục V.8");
            assertThat(taskService.getIdentityLinksForTask(t.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(commune);
          });
      assertThat(registry.agency(commune)).get().extracting(Agency::kind).isEqualTo(AgencyKind.POLICE);
    }
    assertThat(support.tasksOf("456/KH-UBND", "Task_Contribute", "lai-chau-muong-te-cong-an-cac-xa")).isEmpty();
  }

  @Test
  void laiChauCityLetterReportsBy30AprilAnd31October() throws IOException {
    DirectiveTable table = DirectiveTestSupport.table("Directive_ThanhPhoLaiChau_2024_CongTacTreEm");
    support.start(table.processId(), 2024, "789/UBND");

    assertEveryItemIsAssigned(table, "789/UBND", DirectiveTestSupport.at(2024, 12, 31, 23));
    // Item 2: "Phòng Văn hóa và Thông tin; Trung tâm Văn hóa, Thể thao và Truyền thông thành phố" both lead.
    assertThat(support.tasksOf("789/UBND", "Task_PlanImplementation", "lai-chau-tp-phong-vhtt")).hasSize(1);
    assertThat(support.tasksOf("789/UBND", "Task_PlanImplementation", "lai-chau-tp-trung-tam-vhtttt")).hasSize(1);
    // Item 3: Phòng GD&ĐT coordinates with Thành đoàn.
    assertThat(support.tasksOf("789/UBND", "Task_Contribute", "lai-chau-tp-thanh-doan")).extracting(Task::getName)
        .containsExactly("Phối hợp thực hiện – Mục 3");
    assertReportDeadlines("789/UBND", List.of("FirstHalf", "Annual"),
        List.of(DirectiveTestSupport.at(2024, 4, 30, 0), DirectiveTestSupport.at(2024, 10, 31, 0)));
  }

  @Test
  void binhDinhLetterAddsTheTasksNamedForSoLdtbxh() throws IOException {
    DirectiveTable table = DirectiveTestSupport.table("Directive_BinhDinh_2024_CongTacTreEm");
    support.start(table.processId(), 2024, "321/UBND-VX");

    assertEveryItemIsAssigned(table, "321/UBND-VX", DirectiveTestSupport.at(2024, 12, 31, 23));
    // Items 4, 7, 8: "Sở Lao động - Thương binh và Xã hội phối hợp với Công an tỉnh / Sở Tài chính …".
    assertThat(support.tasksOf("321/UBND-VX", "Task_Contribute", "binh-dinh-cong-an-tinh")).extracting(Task::getName)
        .containsExactly("Phối hợp thực hiện – Mục 4b");
    assertThat(support.tasksOf("321/UBND-VX", "Task_Contribute", "binh-dinh-so-tai-chinh")).extracting(Task::getName)
        .containsExactly("Phối hợp thực hiện – Mục 7b");
    assertThat(support.tasksOf("321/UBND-VX", "Task_Contribute", "binh-dinh-ubmttq-tinh")).hasSize(2);
    assertReportDeadlines("321/UBND-VX", List.of("SixMonth", "Annual"),
        List.of(DirectiveTestSupport.at(2024, 5, 15, 0), DirectiveTestSupport.at(2024, 11, 15, 0)));
  }

  /**
   * Every lead of every item has its planning task, due planWithinDays after the start; every coordinator its own. A
   * class stands for the units it stood for on the day of issue, whose assignments start in jobs, run here first.
   */
  private void assertEveryItemIsAssigned(DirectiveTable table, String businessKey, Date yearEndAround) {
    String directive = started.get(started.size() - 1);
    managementService.createJobQuery().processInstanceId(directive).messages().list()
        .forEach(job -> managementService.executeJob(job.getId()));
    Date planDue = new Date(ClockUtil.getCurrentTime().getTime() + table.planWithinDays() * 86_400_000L);
    int leads = 0;
    int contributions = 0;
    for (DirectiveTable.Item item : table.items()) {
      List<String> itemLeads = units(table, item.lead());
      List<String> coordinators = units(table, item.coordinating());
      leads += itemLeads.size();
      contributions += itemLeads.size() * coordinators.size();
      for (String lead : itemLeads) {
        assertThat(support.tasksOf(businessKey, "Task_PlanImplementation", lead))
            .as("plan task of %s for item %s", lead, item.id())
            .filteredOn(t -> t.getName().equals("Xây dựng kế hoạch thực hiện – Mục " + item.id()))
            .singleElement().satisfies(t -> assertThat(t.getDueDate()).isEqualTo(planDue));
      }
      for (String coordinator : coordinators) {
        assertThat(support.tasksOf(businessKey, "Task_Contribute", coordinator))
            .as("contribution of %s to item %s", coordinator, item.id())
            .filteredOn(t -> t.getName().equals("Phối hợp thực hiện – Mục " + item.id()))
            .hasSize(itemLeads.size())
            .allSatisfy(t -> assertThat(t.getDueDate()).isAfter(yearEndAround));
      }
    }
    assertThat(support.tasks(businessKey, "Task_PlanImplementation")).hasSize(leads);
    assertThat(support.tasks(businessKey, "Task_Contribute")).hasSize(contributions);
  }

  /** The agencies as the directive addresses them: a class as each unit it stood for on the day of issue, if any. */
  private List<String> units(DirectiveTable table, List<String> agencies) {
    return agencies.stream().flatMap(id -> {
      List<Agency> members = table.membersOf(registry, id);
      return members.isEmpty() ? java.util.stream.Stream.of(id) : members.stream().map(Agency::id);
    }).toList();
  }

  private void assertReportDeadlines(String businessKey, List<String> reportIds, List<Date> dues) {
    for (int i = 0; i < reportIds.size(); i++) {
      Date due = dues.get(i);
      List<Job> timers = managementService.createJobQuery().timers()
          .activityId("Event_ReportDue_" + reportIds.get(i)).list().stream()
          .filter(j -> businessKey.equals(runtimeService.createProcessInstanceQuery()
              .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey())).toList();
      assertThat(timers).as(reportIds.get(i)).singleElement()
          .satisfies(j -> assertThat(j.getDuedate()).isEqualTo(due));
    }
  }

  private static Date endOfDay(int year, int month, int day) {
    return Date.from(java.time.LocalDate.of(year, month, day).atTime(23, 59, 59)
        .atZone(DirectiveTestSupport.VIETNAM).toInstant());
  }
}

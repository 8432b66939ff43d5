package vn.cpreferrals.casework;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.json.SpinJsonNode;

import vn.cpreferrals.agency.Agency;
import vn.cpreferrals.agency.AgencyKind;
import vn.cpreferrals.agency.AgencyRegistry;
import vn.cpreferrals.calendar.WorkingDays;
import vn.cpreferrals.process.EngineClock;

/**
 * The services a plan refers a child to and their default providers per province (casework/referral-services.yaml).
 *
 * <p>Bean {@code caseReferrals}: instances of earlier versions of CaseIntervention and CaseReferral call
 * {@code chosen}, {@code chosenNames}, {@code name}, {@code defaultProvider}, {@code answerDue} and {@code deliverDue}
 * from their expressions; keep these public signatures until no instance of those versions runs.
 */
public class ReferralServices {

  record Service(String name, int answerWorkingDays, int deliverWorkingDays, java.util.Set<AgencyKind> kinds) {

    Service {
      kinds = kinds == null ? java.util.Set.of() : java.util.Set.copyOf(kinds);
    }
  }

  /**
   * {@code providers}: the default provider of each service, per province that names its own; {@code byTemplate}: for
   * the other provinces, the provincial body of registry/template-2025.yaml that provides it (id suffix).
   */
  record File(Map<String, Service> services, Map<String, Map<String, String>> providers,
      Map<String, String> byTemplate) {

    File {
      providers = providers == null ? Map.of() : providers;
      byTemplate = byTemplate == null ? Map.of() : byTemplate;
    }
  }

  private final File file;
  private final WorkingDays workingDays;

  ReferralServices(File file, WorkingDays workingDays) {
    this.file = file;
    this.workingDays = workingDays;
  }

  static ReferralServices read(InputStream in, WorkingDays workingDays) throws IOException {
    return new ReferralServices(new ObjectMapper(new YAMLFactory()).readValue(in, File.class), workingDays);
  }

  /** The services chosen in the plan form (a checklist: JSON array), in a stable order. */
  public List<String> chosen(DelegateExecution execution) {
    Object value = CaseProcess.REFERRAL_SERVICES.from(execution);
    if (value instanceof SpinJsonNode json && json.isArray()) {
      return json.elements().stream().map(SpinJsonNode::stringValue).filter(file.services()::containsKey).toList();
    }
    if (value instanceof Collection<?> list) {
      return list.stream().map(String::valueOf).filter(file.services()::containsKey).toList();
    }
    if (value instanceof String text && !text.isBlank()) {
      return List.of(text.split(",")).stream().map(String::trim).filter(file.services()::containsKey).toList();
    }
    return List.of();
  }

  /**
   * The agencies of the province that may provide the service instead: those of the service's kinds, and the default
   * provider, without the ones that already declined; sorted by name.
   */
  public List<Agency> alternatives(AgencyRegistry registry, String province, String service,
      java.util.Collection<String> declined) {
    Service s = file.services().get(service);
    String fallback = provider(province, service).orElse(null);
    return registry.agenciesIn(province).stream()
        .filter(a -> s != null && (s.kinds().contains(a.kind()) || a.id().equals(fallback)))
        .filter(a -> !declined.contains(a.id()))
        .sorted(java.util.Comparator.comparing(Agency::name)).toList();
  }

  /** The services chosen in the plan, by name, for the approval form. */
  public String chosenNames(DelegateExecution execution) {
    List<String> chosen = chosen(execution);
    return chosen.isEmpty() ? "(không chuyển tuyến)" : String.join("; ", chosen.stream().map(this::name).toList());
  }

  public String name(String service) {
    return file.services().get(service).name();
  }

  public String defaultProvider(String province, String service) {
    return provider(province, service).orElseThrow(() -> new IllegalStateException("No default provider of '"
        + service + "' in " + province + " (casework/referral-services.yaml)"));
  }

  /** The province's own provider of the service, else its provincial body of the template. */
  private java.util.Optional<String> provider(String province, String service) {
    String own = file.providers().getOrDefault(province, Map.of()).get(service);
    if (own != null) {
      return java.util.Optional.of(own);
    }
    return java.util.Optional.ofNullable(file.byTemplate().get(service)).map(suffix -> province + "-" + suffix);
  }

  public Date answerDue(String service) {
    return workingDays.deadlineAfter(EngineClock.now(), file.services().get(service).answerWorkingDays());
  }

  public Date deliverDue(String service) {
    return workingDays.deadlineAfter(EngineClock.now(), file.services().get(service).deliverWorkingDays());
  }
}

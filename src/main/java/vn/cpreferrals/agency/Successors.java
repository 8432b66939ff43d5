package vn.cpreferrals.agency;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.Resource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Which unit continues the work of a unit that ended (registry/successors.yaml): read at start-up and checked against
 * the registry, applied only when the administrator runs the reorganisation. Chains are followed up to the day asked
 * for, so Sở LĐTBXH tỉnh Bình Định, ended in 2025, reaches Sở Y tế tỉnh Gia Lai.
 */
public final class Successors {

  /** The unit that continues {@code from}'s work from {@code effective} on, with the reason in Vietnamese. */
  public record Move(String from, String to, LocalDate effective, String basis) {}

  record File(List<ProvinceMove> provinces, List<Change> changes) {
    File {
      provinces = provinces == null ? List.of() : List.copyOf(provinces);
      changes = changes == null ? List.of() : List.copyOf(changes);
    }
  }

  record ProvinceMove(String from, String to, LocalDate effective) {}

  record Change(LocalDate effective, String basis, Map<String, String> moves) {}

  private final Map<String, Move> units;
  private final Map<String, Move> provinces;
  private final List<String> unreachable;

  private Successors(Map<String, Move> units, Map<String, Move> provinces, List<String> unreachable) {
    this.units = units;
    this.provinces = provinces;
    this.unreachable = List.copyOf(unreachable);
  }

  /** No unit has a successor (a registry without reorganisation data, in tests). */
  public static Successors none() {
    return new Successors(Map.of(), Map.of(), List.of());
  }

  /**
   * Reads the file and checks it against the registry: every unit that ends must be in the registry, and so must its
   * successor unless the successor's province is not enabled (then the move is listed by {@link #unreachable()}).
   *
   * @throws InvalidRegistryException naming every problem
   */
  public static Successors read(Resource location, AgencyRegistry registry) throws IOException {
    return read(location, registry, AdministrativeUnits.load());
  }

  /** As above, with the official list already read. */
  static Successors read(Resource location, AgencyRegistry registry, AdministrativeUnits units) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule())
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    File file;
    try (InputStream in = location.getInputStream()) {
      file = yaml.readValue(in, File.class);
    }
    return of(withGeneratedCommunes(file, registry, units), registry);
  }

  /**
   * The file plus a move for every commune unit generated from the official list for a pre-2025 district
   * ({@code <prefix>-ubnd-<code>}, {@code <prefix>-cong-an-<code>}) that the file does not name: to the same body of
   * the commune that took it over (registry/units/successors-2025.csv; where it was split, the one that took all of
   * it, else the first listed).
   */
  static File withGeneratedCommunes(File file, AgencyRegistry registry, AdministrativeUnits units) {
    java.util.Set<String> named = new java.util.HashSet<>();
    file.changes().forEach(c -> named.addAll(c.moves().keySet()));
    Map<LocalDate, Map<String, String>> generated = new java.util.TreeMap<>();
    java.util.regex.Pattern id = java.util.regex.Pattern.compile(".+-(ubnd|cong-an)-(\\d{5})");
    for (HistoricUnit unit : registry.historicUnits()) {
      java.util.regex.Matcher m = id.matcher(unit.agencyId());
      if (named.contains(unit.agencyId()) || !m.matches()) {
        continue;
      }
      List<Successor> next = units.successorsOf(m.group(2));
      next.stream().filter(Successor::whole).findFirst().or(() -> next.stream().findFirst()).ifPresent(s ->
          units.provinceOf(s.newCode(), s.effective()).ifPresent(p -> generated
              .computeIfAbsent(s.effective(), d -> new LinkedHashMap<>())
              .put(unit.agencyId(), Slugs.ofProvince(p.name()) + "-" + m.group(1) + "-" + s.newCode())));
    }
    List<Change> changes = new ArrayList<>(file.changes());
    generated.forEach((day, moves) -> changes.add(new Change(day,
        "Sắp xếp đơn vị hành chính cấp xã (danh mục đơn vị hành chính, registry/units/successors-2025.csv)", moves)));
    return new File(file.provinces(), changes);
  }

  static Successors of(File file, AgencyRegistry registry) {
    List<String> problems = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    // A successor in a province that does not run here cannot be reached; one in a running province must exist.
    Map<String, Move> units = new LinkedHashMap<>();
    for (Change change : file.changes()) {
      change.moves().forEach((from, to) -> {
        if (registry.agency(from).isEmpty()) {
          problems.add("successors: unit '" + from + "' is not in the registry");
        } else if (registry.agency(to).isEmpty()) {
          if (registry.enabledProvinces().stream().anyMatch(p -> to.startsWith(p + "-"))) {
            problems.add("successors: '" + from + "' names successor '" + to + "', which is not in the registry");
          } else {
            unreachable.add(from + " → " + to + " (tỉnh chưa bật trong cp.registry.enabled-provinces)");
          }
        } else if (units.putIfAbsent(from, new Move(from, to, change.effective(), change.basis())) != null) {
          problems.add("successors: unit '" + from + "' has two successors");
        }
      });
    }
    Map<String, Move> provinces = new LinkedHashMap<>();
    for (ProvinceMove p : file.provinces()) {
      if (registry.province(p.from()).isEmpty()) {
        problems.add("successors: province '" + p.from() + "' is not in the registry");
      } else if (registry.province(p.to()).isEmpty()) {
        unreachable.add(p.from() + " → " + p.to() + " (tỉnh chưa bật trong cp.registry.enabled-provinces)");
      } else {
        provinces.put(p.from(), new Move(p.from(), p.to(), p.effective(), "Sắp xếp đơn vị hành chính cấp tỉnh"));
      }
    }
    for (String from : units.keySet()) {
      Set<String> seen = new LinkedHashSet<>();
      for (String at = from; at != null && units.containsKey(at); at = units.get(at).to()) {
        if (!seen.add(at)) {
          problems.add("successors: the chain from '" + from + "' comes back to '" + at + "'");
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidRegistryException(problems);
    }
    return new Successors(Map.copyOf(units), Map.copyOf(provinces), unreachable);
  }

  /**
   * The unit that holds {@code agencyId}'s work on {@code day}, following every move effective by then; empty when the
   * unit has not ended by that day. The move returned runs from {@code agencyId} to the last unit of the chain, with
   * the effective date and basis of the last step.
   */
  public Optional<Move> successorOf(String agencyId, LocalDate day) {
    Move last = null;
    for (Move step = units.get(agencyId); step != null && !step.effective().isAfter(day); step = units.get(step.to())) {
      last = step;
    }
    return last == null ? Optional.empty()
        : Optional.of(new Move(agencyId, last.to(), last.effective(), last.basis()));
  }

  /** The province a merged province's work belongs to on {@code day}. */
  public Optional<Move> provinceSuccessorOf(String provinceId, LocalDate day) {
    return Optional.ofNullable(provinces.get(provinceId)).filter(m -> !m.effective().isAfter(day));
  }

  /** Every unit with a successor on {@code day}, resolved to the end of its chain. */
  public List<Move> movesOn(LocalDate day) {
    return units.keySet().stream().sorted().map(id -> successorOf(id, day)).flatMap(Optional::stream).toList();
  }

  /** Every merged province with its successor on {@code day}. */
  public List<Move> provinceMovesOn(LocalDate day) {
    return provinces.keySet().stream().sorted().map(id -> provinceSuccessorOf(id, day)).flatMap(Optional::stream)
        .toList();
  }

  /** Moves the file lists whose successor is in a province that is not enabled, so they cannot be applied. */
  public List<String> unreachable() {
    return unreachable;
  }
}

package vn.cpreferrals.monitoring;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.springframework.http.HttpStatus;

import vn.cpreferrals.process.Caller;
import vn.cpreferrals.report.ReportDownloads;
import vn.cpreferrals.rest.Refusal;

/** The views and the report downloads of the plugin, for the user signed in to Cockpit. */
public class MonitoringResource extends AbstractCockpitPluginResource {

  public MonitoringResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("directives")
  @Produces(MediaType.APPLICATION_JSON)
  public List<DirectiveMatrix.Directive> directives(@QueryParam("report") String report) {
    return answer(() -> views().directives(caller(), report));
  }

  @GET
  @Path("overdue")
  @Produces(MediaType.APPLICATION_JSON)
  public OverdueByAgency.View overdue() {
    return answer(() -> views().overdue(caller()));
  }

  @GET
  @Path("cases")
  @Produces(MediaType.APPLICATION_JSON)
  public CaseFigures.View cases(@QueryParam("from") String from, @QueryParam("to") String to) {
    return answer(() -> views().cases(caller(), from, to));
  }

  @GET
  @Path("directives/{id}/reports/{period}/{kind:workbook|document}")
  public Response report(@PathParam("id") String id, @PathParam("period") String period,
      @PathParam("kind") String kind) {
    ReportDownloads downloads = views().reports();
    try {
      ReportDownloads.Download file = downloads.download(caller(), id, period,
          kind.equals("workbook") ? ReportDownloads.Kind.WORKBOOK : ReportDownloads.Kind.DOCUMENT);
      return Response.ok(file.bytes(), file.mediaType())
          .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    } catch (Refusal e) {
      throw e.asWebApplicationException();
    }
  }

  private MonitoringViews views() {
    try {
      return MonitoringViews.of(getProcessEngine());
    } catch (Refusal e) {
      throw e.asWebApplicationException();
    }
  }

  private Caller caller() {
    return Caller.current(getProcessEngine().getIdentityService())
        .orElseThrow(() -> new Refusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập Cockpit.").asWebApplicationException());
  }

  private static <T> T answer(java.util.function.Supplier<T> view) {
    try {
      return view.get();
    } catch (Refusal e) {
      throw e.asWebApplicationException();
    }
  }
}

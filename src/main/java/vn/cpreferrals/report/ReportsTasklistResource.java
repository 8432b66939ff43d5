package vn.cpreferrals.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;
import org.springframework.http.HttpStatus;

import vn.cpreferrals.process.Caller;
import vn.cpreferrals.rest.Refusal;

/** {@code /camunda/api/tasklist/plugin/cpReports/{engine}/directives/{id}/reports/{period}/workbook|document}. */
public class ReportsTasklistResource extends AbstractTasklistPluginResource {

  /** The plugin's root: one sub-resource per engine. */
  @Path("plugin/" + ReportsTasklistPlugin.ID)
  public static class Root extends AbstractTasklistPluginRootResource {

    public Root() {
      super(ReportsTasklistPlugin.ID);
    }

    @Path("{engineName}")
    public ReportsTasklistResource engine(@PathParam("engineName") String engineName) {
      return subResource(new ReportsTasklistResource(engineName), engineName);
    }
  }

  public ReportsTasklistResource(String engineName) {
    super(engineName);
  }

  @GET
  @Path("directives/{id}/reports/{period}/{kind:workbook|document}")
  public Response report(@PathParam("id") String id, @PathParam("period") String period,
      @PathParam("kind") String kind) {
    ReportDownloads downloads = ReportDownloads.of(getProcessEngine())
        .orElseThrow(() -> new Refusal(HttpStatus.SERVICE_UNAVAILABLE,
            "Chức năng tải báo cáo chưa sẵn sàng trên máy chủ này.").asWebApplicationException());
    Caller caller = Caller.current(getProcessEngine().getIdentityService())
        .orElseThrow(() -> new Refusal(HttpStatus.UNAUTHORIZED, "Cần đăng nhập.").asWebApplicationException());
    try {
      ReportDownloads.Download file = downloads.download(caller, id, period,
          kind.equals("workbook") ? ReportDownloads.Kind.WORKBOOK : ReportDownloads.Kind.DOCUMENT);
      return Response.ok(file.bytes(), file.mediaType())
          .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    } catch (Refusal e) {
      throw e.asWebApplicationException();
    }
  }
}

package vn.cpreferrals.report;

import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginResource;
import org.camunda.bpm.tasklist.resource.AbstractTasklistPluginRootResource;

import vn.cpreferrals.process.Caller;

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
        .orElseThrow(() -> refusal(503, "Chức năng tải báo cáo chưa sẵn sàng trên máy chủ này."));
    Caller caller = Caller.current(getProcessEngine().getIdentityService())
        .orElseThrow(() -> refusal(401, "Cần đăng nhập."));
    try {
      ReportDownloads.Download file = downloads.download(caller, id, period,
          kind.equals("workbook") ? ReportDownloads.Kind.WORKBOOK : ReportDownloads.Kind.DOCUMENT);
      return Response.ok(file.bytes(), file.mediaType())
          .header("Content-Disposition", "attachment; filename=\"" + file.filename() + "\"").build();
    } catch (ReportDownloads.Refused e) {
      throw refusal(e.status(), e.getMessage());
    }
  }

  private static WebApplicationException refusal(int status, String message) {
    return new WebApplicationException(message, Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
        .entity(Map.of("type", status == 404 ? "NotFound" : "AccessDenied", "message", message)).build());
  }
}

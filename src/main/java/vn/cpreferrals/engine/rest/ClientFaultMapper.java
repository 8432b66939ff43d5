package vn.cpreferrals.engine.rest;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * The engine REST API answers 500 for many faults of the request: a start refused for its input, a value the model
 * cannot use, a missing argument. A 500 tells the client to retry and the operator to look for a bug; these are the
 * client's to fix, so they become 400 with the reason. A conflict with concurrent work on the same instance becomes
 * 409 with a message in Vietnamese. Everything else keeps the engine's own answer.
 */
final class ClientFaultMapper {

  private ClientFaultMapper() {}

  /** Null when the failure is not the client's. */
  static Throwable clientFault(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException) {
        return null;
      }
      if (t instanceof BadUserRequestException || t instanceof FormFieldValidationException
          || t instanceof NullValueException || t instanceof IllegalArgumentException
          || t instanceof DateTimeParseException) {
        return t;
      }
    }
    return null;
  }

  /** A conflict that survived the server's own retries (engine.retry): the person may simply try again. */
  static final String CONFLICT = "Công việc này vừa được cập nhật cùng lúc (ví dụ hệ thống nhắc hạn hoặc chuyển cấp)."
      + " Chưa có gì được lưu; vui lòng tải lại công việc và thử lại.";

  static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof OptimisticLockingException) {
        return true;
      }
    }
    return false;
  }

  static Response conflict() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", OptimisticLockingException.class.getSimpleName());
    body.put("message", CONFLICT);
    body.put("code", null);
    return Response.status(Response.Status.CONFLICT).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * A refusal of who may do something, thrown inside a listener or delegate, reaches REST wrapped in the engine's
   * "exception while invoking" (500); unwrapped it is what it is, 403 with its reason. Null when there is none.
   */
  static AuthorizationException wrappedRefusal(Throwable failure) {
    for (Throwable t = failure.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof AuthorizationException refusal) {
        return refusal;
      }
    }
    return null;
  }

  static Response forbidden(AuthorizationException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", AuthorizationException.class.getSimpleName());
    body.put("message", refusal.getMessage());
    body.put("code", null);
    return Response.status(Response.Status.FORBIDDEN).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static Response badRequest(Throwable fault) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", fault.getClass().getSimpleName());
    body.put("message", fault.getMessage());
    body.put("code", null);
    return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  @Priority(1000)
  static final class RestFaults implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException exception) {
      if (isConflict(exception)) {
        return conflict();
      }
      AuthorizationException refusal = wrappedRefusal(exception);
      if (refusal != null && exception.getStatus() != null && exception.getStatus().getStatusCode() >= 500) {
        return forbidden(refusal);
      }
      Throwable fault = exception.getStatus() != null && exception.getStatus().getStatusCode() >= 500
          ? clientFault(exception.getCause()) : null;
      return fault != null ? badRequest(fault) : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  @Priority(1000)
  static final class EngineFaults implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      if (isConflict(exception)) {
        return conflict();
      }
      AuthorizationException refusal = wrappedRefusal(exception);
      if (refusal != null) {
        return forbidden(refusal);
      }
      Throwable fault = clientFault(exception);
      return fault != null ? badRequest(fault) : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }
}

package vn.cpreferrals.identity;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** One permission set a group holds on one resource (or on all of a type, with "*"). */
record Grant(Resource resource, String resourceId, List<Permission> permissions) {

  static Grant of(Resource resource, String resourceId, Permission... permissions) {
    return new Grant(resource, resourceId, List.of(permissions));
  }
}

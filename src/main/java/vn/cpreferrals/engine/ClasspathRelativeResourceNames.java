package vn.cpreferrals.engine;

import java.io.IOException;

import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.core.io.Resource;

/**
 * Names deployed resources by their path below the classpath root ({@code bpmn/CaseProcess.bpmn}) instead of the
 * absolute file path the starter uses under {@code spring-boot:run}. The same model then has the same name whether the
 * engine runs from Maven, the fat jar or another folder, so a restart after a move deploys nothing new and no server
 * path ends up in the database.
 */
class ClasspathRelativeResourceNames extends SpringProcessEngineConfiguration {

  static final String[] ROOTS = {"bpmn/", "forms/"};

  @Override
  protected String getFileResourceName(Resource resource) {
    try {
      return relativeName(resource.getURI().toString(), resource.getFilename());
    } catch (IOException e) {
      return resource.getFilename();
    }
  }

  static String relativeName(String uri, String fallback) {
    for (String root : ROOTS) {
      int at = uri.lastIndexOf("/" + root);
      if (at >= 0) {
        return uri.substring(at + 1);
      }
    }
    return fallback;
  }
}

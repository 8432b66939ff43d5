package vn.cpreferrals.engine.guard;

import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The allow-list of variables whose values are not child data (ids, codes, statuses, due dates). Only these may be
 * used as filters or sort keys by staff and managers, and only their values are copied into the audit log; every other
 * value — names, narratives, decisions about the child, contact details — stays out of both.
 */
@Component
public class OpenVariables {

  private final Pattern pattern;

  OpenVariables(@Value("${cp.security.open-variables:}") String regex) {
    // Without a rule nothing is open: fail closed.
    this.pattern = Pattern.compile(regex == null || regex.isBlank() ? "(?!)" : regex);
  }

  public static OpenVariables of(String regex) {
    return new OpenVariables(regex);
  }

  public boolean isOpen(String variableName) {
    return variableName != null && pattern.matcher(variableName).matches();
  }
}

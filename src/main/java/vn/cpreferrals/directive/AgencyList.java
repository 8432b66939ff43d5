package vn.cpreferrals.directive;

import java.util.List;

/**
 * Agencies named in one line of a form. A class addressed unit by unit can make that list 96 communes long, more than a
 * text variable holds (4,000 characters): the line then names the first ones and counts the rest.
 */
final class AgencyList {

  static final int MAX_LENGTH = 1_500;

  private AgencyList() {}

  static String shown(List<String> names) {
    return shown(names, MAX_LENGTH, "; ");
  }

  static String shown(List<String> names, int maxLength, String separator) {
    StringBuilder line = new StringBuilder();
    int shown = 0;
    for (String name : names) {
      if (line.length() + name.length() + separator.length() > maxLength) {
        break;
      }
      line.append(shown == 0 ? "" : separator).append(name);
      shown++;
    }
    return shown == names.size() ? line.toString()
        : line.append(" và ").append(names.size() - shown).append(" đơn vị khác").toString();
  }
}

package vn.cpreferrals.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** User and password of an HTTP Basic {@code Authorization} header; null when there is none or it is malformed. */
record BasicCredentials(String user, String password) {

  static BasicCredentials of(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 0 ? new BasicCredentials(decoded, null)
          : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }
}

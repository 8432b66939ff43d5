package vn.cpreferrals.agency;

import java.text.Normalizer;
import java.util.Locale;

/** Vietnamese names as registry ids: "Tỉnh Quảng Ngãi" → "quang-ngai" (no diacritics, đ → d, hyphens). */
final class Slugs {

  private Slugs() {}

  static String of(String name) {
    String ascii = Normalizer.normalize(name.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }

  /** A province's id: its name without "Tỉnh" / "Thành phố" ("Thành phố Hồ Chí Minh" → "ho-chi-minh"). */
  static String ofProvince(String name) {
    return of(name.replaceFirst("^(?i)(tỉnh|thành phố)\\s+", ""));
  }
}

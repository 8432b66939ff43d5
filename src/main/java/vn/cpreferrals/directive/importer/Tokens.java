package vn.cpreferrals.directive.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vietnamese text as tokens for matching: lower case without diacritics ("Sở GD&ĐT" → so, giao, duc, dao, tao), the
 * abbreviations directives use written out, each token keeping the span of the original text it came from (so a flag
 * can quote the name as written). Words and the punctuation that separates list entries are tokens; "và", "&" and "-"
 * are kept as tokens a name may skip ("Văn hóa, Thể thao và Du lịch" matches "văn hóa thể thao du lịch").
 */
final class Tokens {

  /** A token: its matching form and the span [start, end) of the original text. */
  record Token(String norm, int start, int end) {

    boolean is(String s) {
      return norm.equals(s);
    }
  }

  /** Tokens a name may pass over between its words. */
  static final Set<String> SKIPPABLE = Set.of(",", "-", "va");

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|[,;:().&/–—-]");

  /**
   * Abbreviations and spellings written out, longest first; the left side is matched passing over "-" and "và"
   * ("VH-TT&DL", "LĐ-TB&XH"). The right side leaves out "và", which names may skip anyway.
   */
  private static final List<String[]> REWRITES = rewrites(
      "ubnd=uy ban nhan dan",
      "vpubnd=van phong uy ban nhan dan",
      "hdnd=hoi dong nhan dan",
      "ubmttq=mat tran to quoc",
      "mttq=mat tran to quoc",
      "uy ban mat tran=mat tran",
      "viet nam=",
      "ldtbxh=lao dong thuong binh xa hoi",
      "ld tb xh=lao dong thuong binh xa hoi",
      "ldtb xh=lao dong thuong binh xa hoi",
      "gddt=giao duc dao tao",
      "gd dt=giao duc dao tao",
      "vhttdl=van hoa the thao du lich",
      "vh tt dl=van hoa the thao du lich",
      "vhtttt=van hoa the thao truyen thong",
      "vh tt tt=van hoa the thao truyen thong",
      "vhtt=van hoa thong tin",
      "vh tt=van hoa thong tin",
      "tckh=tai chinh ke hoach",
      "tc kh=tai chinh ke hoach",
      "nnptnt=nong nghiep phat trien nong thon",
      "nn ptnt=nong nghiep phat trien nong thon",
      "dttg=dan toc ton giao",
      "dt tg=dan toc ton giao",
      "ttyt=trung tam y te",
      "syt=so y te",
      "ct xh=chinh tri xa hoi",
      "ptth=phat thanh truyen hinh",
      "pt th=phat thanh truyen hinh",
      "ttdt=thong tin dien tu",
      "btte=bao tro tre em",
      "vp=van phong",
      "tp=thanh pho",
      "tx=thi xa");

  private Tokens() {}

  /** Lower case, without diacritics, đ as d. */
  static String fold(String s) {
    String ascii = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "");
    return ascii.toLowerCase(Locale.ROOT);
  }

  /** The text's tokens, abbreviations written out. */
  static List<Token> of(String text) {
    List<Token> raw = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String t = fold(m.group());
      if (t.equals("&")) {
        t = "va";
      } else if (t.equals("–") || t.equals("—")) {
        t = "-";
      }
      raw.add(new Token(t, m.start(), m.end()));
    }
    return rewrite(raw);
  }

  /** The matching form of a name: its words, without "và", "-", "," (the tokens a match passes over). */
  static List<String> words(String name) {
    return of(name).stream().map(Token::norm).filter(t -> !SKIPPABLE.contains(t) && !isPunctuation(t)).toList();
  }

  static boolean isPunctuation(String norm) {
    return norm.length() == 1 && !Character.isLetterOrDigit(norm.charAt(0));
  }

  /**
   * {@link #fold} character by character, so that the result has the length of the text and a match in it is cut from
   * the text at the same indices (rules read "trước ngày 15/5" and "truoc ngay 15/5" alike).
   */
  static String foldAligned(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128) {
        b.append(Character.toLowerCase(c));
      } else {
        String f = fold(String.valueOf(c));
        b.append(f.length() == 1 ? f.charAt(0) : Character.toLowerCase(c));
      }
    }
    return b.toString();
  }

  /** The tokens' matching forms joined by single spaces (for regular expressions over a stretch of text). */
  static String joined(List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(tokens.get(i).norm());
    }
    return b.toString();
  }

  private static List<Token> rewrite(List<Token> in) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    outer:
    while (i < in.size()) {
      for (String[] rule : REWRITES) {
        String[] left = rule[0].split(" ");
        int j = matchLeft(in, i, left);
        if (j > 0) {
          int start = in.get(i).start();
          int end = in.get(j - 1).end();
          if (!rule[1].isEmpty()) {
            for (String word : rule[1].split(" ")) {
              out.add(new Token(word, start, end));
            }
          }
          i = j;
          continue outer;
        }
      }
      out.add(in.get(i));
      i++;
    }
    return out;
  }

  /** The index after the match of {@code left} at {@code i}, passing over "-" and "và" between its words; else -1. */
  private static int matchLeft(List<Token> in, int i, String[] left) {
    int j = i;
    for (int k = 0; k < left.length; k++) {
      while (k > 0 && j < in.size() && (in.get(j).is("-") || in.get(j).is("va")) && !in.get(j).is(left[k])) {
        j++;
      }
      if (j >= in.size() || !in.get(j).is(left[k])) {
        return -1;
      }
      j++;
    }
    return j;
  }

  private static List<String[]> rewrites(String... rules) {
    List<String[]> list = new ArrayList<>();
    for (String rule : rules) {
      int eq = rule.indexOf('=');
      list.add(new String[] {rule.substring(0, eq), rule.substring(eq + 1)});
    }
    list.sort(Comparator.comparingInt((String[] r) -> -r[0].split(" ").length));
    return List.copyOf(list);
  }
}

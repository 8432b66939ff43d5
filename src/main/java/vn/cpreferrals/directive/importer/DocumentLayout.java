package vn.cpreferrals.directive.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a directive's text: the header (number, place and date, "Kính gửi"), the sections ("II. NHIỆM VỤ…")
 * and their numbered entries ("1. …" with the paragraphs and bullets under it), and what follows the entries (the
 * closing paragraphs and the reporting section: deadlines, "qua Sở Y tế", "Giao Sở Y tế…"). Reads plain text as
 * extracted from a DOCX or PDF or written in Markdown: lines broken inside a sentence are joined, emphasis marks and
 * heading marks are dropped.
 */
final class DocumentLayout {

  enum Kind { CAPS, ROMAN, NUMBER, SUB, BULLET, LABEL, PARAGRAPH }

  /** A paragraph, bullet or heading of the text; {@code text} without its marker ("1.", "-", "II."). */
  record Block(Kind kind, String marker, String text) {}

  /** A numbered entry: its id ("II.3", or "3" outside sections), heading and what stands under it. */
  record Unit(String id, Section section, Block heading, List<Block> children) {

    /** The heading and everything under it, one paragraph a line. */
    String text() {
      StringBuilder b = new StringBuilder(heading.text());
      children.forEach(c -> b.append('\n').append(c.text()));
      return b.toString();
    }
  }

  /** A section ("II" with its title), or the whole body of a text without sections (number ""). */
  record Section(String number, String title) {

    private static final Pattern NOT_TASKS = Pattern.compile(
        "^(muc dich|yeu cau|muc tieu|kinh phi|can cu|danh gia|tinh hinh|ket qua|quan diem|che do|bao cao|thong tin)");

    /** Whether its entries are assignments (not aims, targets, funding or reporting). */
    boolean tasks() {
      return !NOT_TASKS.matcher(Tokens.fold(title).trim()).find();
    }

    boolean reporting() {
      String t = Tokens.fold(title);
      return t.contains("bao cao");
    }
  }

  private static final Pattern ROMAN = Pattern.compile("^(?:PH[ẦA]N\\s+)?([IVX]{1,5})[.:]\\s*(\\S.*)$");
  private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})[.)]\\s*(\\S.*)$");
  private static final Pattern SUB = Pattern.compile("^\\d{1,2}\\.\\d{1,2}\\.?(?:\\d{1,2}\\.?)?\\s*(\\S.*)$");
  private static final Pattern BULLET = Pattern.compile("^([-–—•+*]|\\(\\d{1,2}\\)\\.?|[a-zđ]\\))\\s*(\\S.*)$");
  // The patterns below read text folded by Tokens.foldAligned: lower case, without diacritics.
  private static final Pattern DATE_LINE = Pattern.compile("^[a-z][a-z .]{1,40},\\s*ngay\\b.*nam\\s*\\d{4}.*$");
  private static final Pattern LABEL = Pattern.compile(
      "^(?:so\\s*:|(?:kinh gui|v/v|ve viec|noi nhan|thuc hien|can cu|theo de nghi|nham)(?=[\\s:]|$)).*$");
  private static final Pattern FOOTER = Pattern.compile("^(noi nhan\\s*:?|tm\\.|kt\\.|t/m)");
  private static final Pattern REPORT_DEADLINE = Pattern.compile(
      "bao cao.*truoc\\s*(ngay\\s*)?\\d{1,2}/\\d{1,2}|truoc\\s*(ngay\\s*)?\\d{1,2}/\\d{1,2}.*bao cao");
  private static final Pattern CLOSING_START = Pattern.compile(
      "^(can cu (cong van|ke hoach|noi dung)|trong qua trinh|thu truong|yeu cau thu truong|de nghi thu truong)");

  final List<Block> header = new ArrayList<>();
  final List<Block> preamble = new ArrayList<>();
  final List<Unit> units = new ArrayList<>();
  /** The closing paragraphs and the reporting section. */
  final List<Block> closing = new ArrayList<>();
  /** Units of sections that are not assignments ("Mục đích", "Mục tiêu"), kept apart. */
  final List<Unit> otherUnits = new ArrayList<>();
  final List<String> addressees = new ArrayList<>();

  static DocumentLayout of(String text) {
    DocumentLayout layout = new DocumentLayout();
    layout.read(blocks(lines(text)));
    return layout;
  }

  /** The text's lines without Markdown marks, blank lines dropped. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    for (String raw : text.replace("\r", "").replace('\u00a0', ' ').split("\n")) {
      String line = raw.replaceAll("^\\s*#+\\s*", "").replace("**", "").replace("__", "")
          .replaceAll("(?<![\\p{L}\\p{N}])\\*|\\*(?![\\p{L}\\p{N}])", "").replaceAll("[ \\t]+", " ").trim();
      if (!line.isEmpty()) {
        lines.add(line);
      }
    }
    return lines;
  }

  /** Lines as blocks: a line continues the previous paragraph unless it starts a new one. */
  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    StringBuilder current = null;
    Kind kind = null;
    String marker = null;
    for (String line : lines) {
      Block start = start(line);
      boolean continues = current != null && start == null && kind != Kind.CAPS && !(kind == Kind.ROMAN
          && isCaps(current.toString())) && (!endsSentence(current.toString()) || startsLower(line));
      if (continues) {
        current.append(' ').append(line);
        continue;
      }
      if (current != null) {
        blocks.add(new Block(kind, marker, current.toString().trim()));
      }
      Block b = start != null ? start : new Block(Kind.PARAGRAPH, "", line);
      current = new StringBuilder(b.text());
      kind = b.kind();
      marker = b.marker();
    }
    if (current != null) {
      blocks.add(new Block(kind, marker, current.toString().trim()));
    }
    return blocks;
  }

  private static Block start(String line) {
    Matcher m;
    if ((m = ROMAN.matcher(line)).matches()) {
      return new Block(Kind.ROMAN, m.group(1), m.group(2));
    }
    if ((m = SUB.matcher(line)).matches()) {
      return new Block(Kind.SUB, "", m.group(1));
    }
    if ((m = NUMBER.matcher(line)).matches() && !line.matches("^\\d{1,2}[./]\\d.*")) {
      return new Block(Kind.NUMBER, m.group(1), m.group(2));
    }
    if ((m = BULLET.matcher(line)).matches()) {
      return new Block(Kind.BULLET, m.group(1), m.group(2));
    }
    String folded = Tokens.foldAligned(line);
    if (Character.isUpperCase(line.charAt(0)) && (DATE_LINE.matcher(folded).matches()
        || LABEL.matcher(folded).matches() || FOOTER.matcher(folded).find())) {
      return new Block(Kind.LABEL, "", line);
    }
    if (isCaps(line)) {
      return new Block(Kind.CAPS, "", line);
    }
    return null;
  }

  static boolean isCaps(String line) {
    long letters = line.chars().filter(Character::isLetter).count();
    return letters >= 2 && line.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }

  private static boolean endsSentence(String text) {
    return text.matches("(?s).*[.;:!?…”\"]\\s*$") || text.endsWith("./.");
  }

  private static boolean startsLower(String line) {
    return !line.isEmpty() && Character.isLowerCase(line.charAt(0));
  }

  private void read(List<Block> blocks) {
    int i = 0;
    // The header: up to the first paragraph of the body.
    boolean addresseeList = false;
    for (; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Kind.ROMAN || b.kind() == Kind.NUMBER || startsBody(b)) {
        break;
      }
      header.add(b);
      if (b.kind() == Kind.LABEL && Tokens.fold(b.text()).startsWith("kinh gui")) {
        addresseeList = true;
        String rest = b.text().substring("kinh gui".length()).replaceFirst("^\\s*:?\\s*", "");
        if (!rest.isBlank()) {
          addressees.add(rest.replaceAll("[;.,]\\s*$", "").trim());
        }
      } else if (b.kind() == Kind.BULLET && (addresseeList || units.isEmpty() && i < 8)) {
        addressees.add(b.text().replaceAll("[;.,]\\s*$", "").trim());
      }
    }
    Section section = new Section("", "");
    Unit unit = null;
    int last = 0;
    boolean inClosing = false;
    List<Block> children = null;
    for (; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() == Kind.LABEL && FOOTER.matcher(Tokens.foldAligned(b.text())).find()) {
        break;
      }
      if (b.kind() == Kind.ROMAN) {
        unit = close(unit, children);
        section = new Section(b.marker(), b.text());
        last = 0;
        inClosing = section.reporting();
        if (inClosing) {
          closing.add(b);
        }
        continue;
      }
      int number = b.kind() == Kind.NUMBER ? Integer.parseInt(b.marker()) : -1;
      if (!inClosing && number > 0 && (number == last + 1 || number == 1)) {
        unit = close(unit, children);
        last = number;
        String id = section.number().isEmpty() ? String.valueOf(number) : section.number() + "." + number;
        children = new ArrayList<>();
        unit = new Unit(id, section, b, children);
        continue;
      }
      if (inClosing) {
        closing.add(b);
        continue;
      }
      if (unit != null && (b.kind() == Kind.PARAGRAPH || b.kind() == Kind.LABEL) && isClosing(b)) {
        unit = close(unit, children);
        inClosing = true;
        closing.add(b);
        continue;
      }
      if (unit != null) {
        children.add(b);
      } else {
        preamble.add(b);
      }
    }
    close(unit, children);
  }

  private Unit close(Unit unit, List<Block> children) {
    if (unit != null) {
      Unit done = new Unit(unit.id(), unit.section(), unit.heading(), List.copyOf(children));
      (unit.section().tasks() ? units : otherUnits).add(done);
    }
    return null;
  }

  private static boolean startsBody(Block b) {
    if (b.kind() == Kind.PARAGRAPH) {
      return b.text().length() >= 80 || b.text().endsWith(":");
    }
    String t = Tokens.fold(b.text());
    return b.kind() == Kind.LABEL && (t.startsWith("thuc hien") || t.startsWith("can cu") || t.startsWith("nham")
        || t.startsWith("theo de nghi"));
  }

  private static boolean isClosing(Block b) {
    String folded = Tokens.foldAligned(b.text());
    return REPORT_DEADLINE.matcher(folded).find()
        || Character.isUpperCase(b.text().charAt(0)) && CLOSING_START.matcher(folded).find();
  }

  /** The header's lines and the preamble, for reading the number, date, issuer and title. */
  List<Block> front() {
    List<Block> front = new ArrayList<>(header);
    front.addAll(preamble);
    return front;
  }
}

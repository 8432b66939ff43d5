package vn.cpreferrals.directive;

import java.util.List;

/**
 * Where the diagram of a generated directive puts its elements: the start event and the split gateway on the left, one
 * row per assignment (a wide call activity) or report (its deadline event and four tasks), the join gateway and the end
 * event on the right. Split and join sit at the height of the middle row; flows leave the split upwards or downwards
 * to their row and enter the join the same way, as a person would draw them in Camunda Modeler.
 */
final class DirectiveLayout {

  /** A shape's bounds. */
  record Box(int x, int y, int width, int height) {

    int right() {
      return x + width;
    }

    int centerX() {
      return x + width / 2;
    }

    int centerY() {
      return y + height / 2;
    }
  }

  /** A waypoint of a flow. */
  record Point(int x, int y) {}

  // Sizes Camunda Modeler gives these elements.
  private static final int TASK_WIDTH = 100;
  private static final int TASK_HEIGHT = 80;
  private static final int EVENT_SIZE = 36;
  private static final int GATEWAY_SIZE = 50;

  private static final int TOP = 60;
  private static final int ROW_HEIGHT = 110;
  /** Column centres of the start event, the split gateway, the join gateway and the end event. */
  private static final int START_CENTER_X = 150;
  private static final int SPLIT_CENTER_X = 220;
  private static final int JOIN_CENTER_X = 1000;
  private static final int END_CENTER_X = 1098;
  /** The rows between split and join: an assignment fills it, a report's event and tasks follow each other in it. */
  private static final int ROW_X = 320;
  private static final int ASSIGNMENT_WIDTH = 560;
  private static final int REPORT_FIRST_TASK_X = ROW_X + 70;
  private static final int REPORT_TASK_STEP = 125;

  private final int rows;

  DirectiveLayout(int rows) {
    this.rows = rows;
  }

  Box start() {
    return event(START_CENTER_X, middle());
  }

  Box split() {
    return gateway(SPLIT_CENTER_X);
  }

  Box join() {
    return gateway(JOIN_CENTER_X);
  }

  Box end() {
    return event(END_CENTER_X, middle());
  }

  Box assignment(int row) {
    return new Box(ROW_X, rowTop(row), ASSIGNMENT_WIDTH, TASK_HEIGHT);
  }

  Box reportEvent(int row) {
    return event(ROW_X + EVENT_SIZE / 2, rowCenter(row));
  }

  /** The report's tasks, left to right: list, consolidate, final list, send. */
  Box reportTask(int row, int column) {
    return new Box(REPORT_FIRST_TASK_X + column * REPORT_TASK_STEP, rowTop(row), TASK_WIDTH, TASK_HEIGHT);
  }

  List<Point> startToSplit() {
    return List.of(new Point(start().right(), middle()), new Point(split().x(), middle()));
  }

  List<Point> joinToEnd() {
    return List.of(new Point(join().right(), middle()), new Point(end().x(), middle()));
  }

  /** From the split gateway up or down to the row, then right into the row's first element. */
  List<Point> fromSplit(int row, Box target) {
    int y = rowCenter(row);
    Box split = split();
    if (y == middle()) {
      return List.of(new Point(split.right(), y), new Point(target.x(), y));
    }
    int leaveY = y < middle() ? split.y() : split.y() + split.height();
    return List.of(new Point(split.centerX(), leaveY), new Point(split.centerX(), y), new Point(target.x(), y));
  }

  /** From the row's last element right to the join's column, then up or down into the join gateway. */
  List<Point> toJoin(int row, Box source) {
    int y = rowCenter(row);
    Box join = join();
    if (y == middle()) {
      return List.of(new Point(source.right(), y), new Point(join.x(), y));
    }
    int enterY = y < middle() ? join.y() : join.y() + join.height();
    return List.of(new Point(source.right(), y), new Point(join.centerX(), y), new Point(join.centerX(), enterY));
  }

  /** Straight right, between two elements of one row. */
  List<Point> between(Box from, Box to) {
    return List.of(new Point(from.right(), from.centerY()), new Point(to.x(), to.centerY()));
  }

  private int rowTop(int row) {
    return TOP + row * ROW_HEIGHT;
  }

  private int rowCenter(int row) {
    return rowTop(row) + TASK_HEIGHT / 2;
  }

  /** The height of the middle row (between the two middle rows when there is an even number of them). */
  private int middle() {
    return (rowCenter(0) + rowCenter(rows - 1)) / 2;
  }

  private static Box event(int centerX, int centerY) {
    return new Box(centerX - EVENT_SIZE / 2, centerY - EVENT_SIZE / 2, EVENT_SIZE, EVENT_SIZE);
  }

  private Box gateway(int centerX) {
    return new Box(centerX - GATEWAY_SIZE / 2, middle() - GATEWAY_SIZE / 2, GATEWAY_SIZE, GATEWAY_SIZE);
  }
}

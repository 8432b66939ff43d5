package vn.cpreferrals.directive;

import java.util.Set;

import org.camunda.bpm.engine.BadUserRequestException;

import vn.cpreferrals.deadline.PastDeadlines;
import vn.cpreferrals.process.EngineClock;

/**
 * Starting a directive for a year already over would create every task of that year at once, overdue. Whoever starts
 * it must say how the deadlines gone are handled; nothing is started without that choice.
 */
final class PastYear {

  private static final Set<String> CHOICES = Set.of(PastDeadlines.FROM_TODAY, PastDeadlines.AS_GIVEN);

  private PastYear() {
  }

  static void requireChoice(Object year, Object choice) {
    int current = EngineClock.now().toInstant().atZone(DirectiveDates.VIETNAM).getYear();
    if (year == null || Integer.parseInt(year.toString()) >= current) {
      return;
    }
    if (choice == null || !CHOICES.contains(choice.toString())) {
      throw new BadUserRequestException("Năm thực hiện " + year + " đã qua, các hạn trong văn bản đều đã hết. "
          + "Hãy chọn cách xử lý các hạn đã qua (mục “Các hạn đã qua”) rồi bắt đầu lại.");
    }
  }
}

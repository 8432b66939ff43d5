package vn.cpreferrals.benchmark;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Counts the SQL statements the application in this JVM sends while open (for web requests, or from the threads given),
 * and the rows they return: the engine's MyBatis statements by statement id, each execution counted (a statement of a
 * JDBC batch too), and Spring's JdbcTemplate. Reads the statements' debug log (switched on for the time being, and
 * kept off the console); logs nothing of the data.
 */
final class SqlStatements implements AutoCloseable {

  private static final List<String> LOGGERS = List.of("org.camunda.bpm.engine.impl.persistence.entity",
      "org.camunda.bpm.engine.impl.history.event", "org.camunda.bpm.engine.impl.cmmn.entity",
      "org.camunda.bpm.engine.impl.dmn.entity", "org.camunda.bpm.engine.impl.batch",
      "org.springframework.jdbc.core.JdbcTemplate");

  private final Map<String, AtomicLong> statements = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();
  private final AppenderBase<ILoggingEvent> appender;
  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Map<String, Level> levels = new java.util.HashMap<>();

  /** The statements of web requests: the job executor's and other background statements are not the view's. */
  SqlStatements() {
    this(thread -> thread.startsWith("http-"));
  }

  SqlStatements(java.util.function.Predicate<String> threads) {
    appender = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        if (!threads.test(event.getThreadName())) {
          return;
        }
        String message = event.getFormattedMessage();
        String name = event.getLoggerName();
        if (name.startsWith("org.springframework.jdbc")) {
          // One line with the SQL per statement ("Executing prepared SQL query" without it comes first).
          // A batch logs "Executing SQL batch update [...]" and then, as every statement, "Executing prepared SQL
          // statement [...]": the second line alone counts it.
          if (message.startsWith("Executing") && message.contains("[") && !message.startsWith("Executing SQL batch")) {
            // Keyed by the statement's opening words (table and columns, never values: they are bound parameters).
            String sql = message.substring(message.indexOf('[') + 1);
            statements.computeIfAbsent("JdbcTemplate " + sql.substring(0, Math.min(48, sql.length())),
                k -> new AtomicLong()).incrementAndGet();
          }
          return;
        }
        String statement = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
        if (message.startsWith("==> Parameters:")) {
          statements.computeIfAbsent(statement, k -> new AtomicLong()).incrementAndGet();
        } else if (message.startsWith("<==      Total:")) {
          rows.computeIfAbsent(statement, k -> new AtomicLong())
              .addAndGet(Long.parseLong(message.substring("<==      Total:".length()).trim()));
        }
      }
    };
    appender.setContext(context);
    appender.start();
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      levels.put(name, logger.getLevel());
      logger.setLevel(Level.DEBUG);
      logger.setAdditive(false);
      logger.addAppender(appender);
    }
  }

  long total() {
    return statements.values().stream().mapToLong(AtomicLong::get).sum();
  }

  long rows() {
    return rows.values().stream().mapToLong(AtomicLong::get).sum();
  }

  /** Statement id → "count (rows)", most frequent first. */
  String histogram() {
    Map<String, Long> sorted = new TreeMap<>();
    statements.forEach((k, v) -> sorted.put(k, v.get()));
    return sorted.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .map(e -> e.getKey() + " " + e.getValue() + (rows.containsKey(e.getKey())
            ? " (" + rows.get(e.getKey()).get() + " rows)" : ""))
        .reduce((a, b) -> a + ", " + b).orElse("none");
  }

  void reset() {
    statements.clear();
    rows.clear();
  }

  @Override
  public void close() {
    for (String name : LOGGERS) {
      Logger logger = context.getLogger(name);
      logger.detachAppender(appender);
      logger.setLevel(levels.get(name));
      logger.setAdditive(true);
    }
    appender.stop();
  }
}

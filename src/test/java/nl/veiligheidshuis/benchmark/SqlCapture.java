package nl.veiligheidshuis.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The SQL the engine sends for one call, with its parameters filled in, taken from MyBatis' debug log of a mapper
 * ("==>  Preparing: ..." and "==> Parameters: ..."), so it can be run with EXPLAIN on PostgreSQL.
 */
final class SqlCapture {

    /** One statement as sent, with its parameters written into it. */
    record Statement(String mapperStatement, String sql) {
    }

    private static final Pattern PARAMETER = Pattern.compile("(null|.*?)\\((String|Integer|Long|Boolean|Timestamp|Date|Short)\\)");

    private SqlCapture() {
    }

    static List<Statement> of(String mapperNamespace, Callable<?> call) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger(mapperNamespace);
        Level before = logger.getLevel();
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setLevel(Level.DEBUG);
        try {
            call.call();
        } catch (Exception tooSlow) {
            // the statement was logged before it ran; a timeout still leaves it to explain
        } finally {
            logger.setLevel(before);
            logger.detachAppender(appender);
        }
        List<Statement> statements = new ArrayList<>();
        String sql = null;
        String name = null;
        for (ILoggingEvent event : appender.list) {
            String message = event.getFormattedMessage();
            if (message.contains("Preparing:")) {
                sql = message.substring(message.indexOf("Preparing:") + "Preparing:".length()).trim();
                name = event.getLoggerName();
            } else if (message.contains("Parameters:") && sql != null) {
                statements.add(new Statement(name, fill(sql, message.substring(message.indexOf("Parameters:") + "Parameters:".length()).trim())));
                sql = null;
            }
        }
        return statements;
    }

    /** Writes "value(Type), value(Type)" into the statement's placeholders, in order. */
    static String fill(String sql, String parameters) {
        List<String> literals = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(parameters);
        while (matcher.find()) {
            String value = matcher.group(1).replaceFirst("^,\\s*", "");
            String type = matcher.group(2);
            if (value.equals("null")) {
                literals.add("null");
            } else if (type.equals("String")) {
                literals.add("'" + value.replace("'", "''") + "'");
            } else if (type.equals("Timestamp") || type.equals("Date")) {
                literals.add("timestamp '" + value + "'");
            } else {
                literals.add(value);
            }
        }
        StringBuilder filled = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?' && next < literals.size()) {
                filled.append(literals.get(next++));
            } else {
                filled.append(c);
            }
        }
        if (next != literals.size()) {
            throw new IllegalStateException("Placeholders and parameters differ: " + next + " of " + literals.size() + " used in " + sql);
        }
        return filled.toString();
    }
}

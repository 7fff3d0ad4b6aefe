package org.tocgraph.cli;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.update.UpdateFactory;

/**
 * One line for a query file that does not parse, e.g. {@code x.rq: [line 3, column 5] syntax error:
 * unexpected "}"}, instead of the parser's list of every token it was expecting.
 */
final class QueryErrors {
    /** The parser's location, in the forms "at line 3, column 5." and "Line 3, column 5: ". */
    private static final Pattern AT = Pattern.compile("\\s*\\bat line (-?\\d+), column (-?\\d+)\\.?"
            + "|^Line (-?\\d+), column (-?\\d+): ");
    /** JavaCC's {@code Encountered " <KIND> "image "" at ...}; the image is what the user wrote. */
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered \" (?:<[^>]*>|\"[^\"]*\") \"(.*) \"\"");
    private static final Pattern LEXICAL = Pattern.compile("^Lexical error.*Encountered: (\".*?\"|<EOF>)");

    /** What a parser's stack overflow means for the user: a query too long or too deep for it. */
    static final String TOO_DEEP = "too large or nested too deeply to parse";

    private QueryErrors() {
    }

    static UserException of(Path file, String text, QueryParseException e) {
        if (text.isBlank()) {
            return new UserException(file + ": is empty; expected a SPARQL query");
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StackOverflowError) {
                // The parser recurses once per triple of a block, so a long flat query overflows too.
                return new UserException(file + ": " + TOO_DEEP);
            }
        }
        if (isUpdate(text)) {
            return new UserException(file + ": is a SPARQL update; only queries can be run");
        }
        String message = e.getMessage() == null ? "" : e.getMessage().strip().lines().findFirst().orElse("");
        int line = e.getLine();
        int column = e.getColumn();
        Matcher at = AT.matcher(message);
        if (at.find()) {
            // The message's location is the offending token's; the exception's may be the token before.
            line = Integer.parseInt(at.group(1) != null ? at.group(1) : at.group(3));
            column = Integer.parseInt(at.group(2) != null ? at.group(2) : at.group(4));
            message = (message.substring(0, at.start()) + message.substring(at.end())).strip();
        }
        String where = line > 0 ? "[line " + line + (column > 0 ? ", column " + column : "") + "] " : "";
        return new UserException(file + ": " + where + reason(message));
    }

    private static String reason(String message) {
        if (message.startsWith("Encountered \"<EOF>\"") || message.startsWith("Encountered <EOF>")) {
            return "syntax error: unexpected end of query";
        }
        Matcher m = ENCOUNTERED.matcher(message);
        if (m.find()) {
            return "syntax error: unexpected \"" + m.group(1).strip() + "\"";
        }
        m = LEXICAL.matcher(message);
        if (m.find()) {
            return m.group(1).equals("<EOF>") ? "syntax error: unexpected end of query"
                    : "syntax error: unexpected character " + m.group(1);
        }
        return message.isEmpty() ? "syntax error" : message;
    }

    private static boolean isUpdate(String text) {
        try {
            // A text of comments only parses as an update of no operations.
            return !UpdateFactory.create(text).getOperations().isEmpty();
        } catch (QueryException | StackOverflowError notAnUpdateEither) {
            return false;
        }
    }
}

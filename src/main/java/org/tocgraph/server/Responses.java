package org.tocgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Small HTTP helpers shared by the servlets: fixed-bytes responses with validators, and plain-text errors. */
public final class Responses {
    private Responses() {
    }

    /**
     * Sends bytes that do not change while the server runs, with a strong ETag, Last-Modified, conditional
     * GET (If-None-Match, then If-Modified-Since) and HEAD.
     *
     * @param etag the entity tag without quotes, e.g. a SHA-256 in hex
     */
    static void sendFixed(HttpServletRequest req, HttpServletResponse resp, byte[] bytes, String contentType,
            String etag, Instant lastModified, String cacheControl) throws IOException {
        String quoted = "\"" + etag + "\"";
        resp.setHeader("ETag", quoted);
        if (lastModified != null) {
            resp.setDateHeader("Last-Modified", lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        }
        if (cacheControl != null) {
            resp.setHeader("Cache-Control", cacheControl);
        }
        if (notModified(req, quoted, lastModified)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType(contentType);
        resp.setContentLength(bytes.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(bytes);
        }
    }

    /** RFC 9110: If-None-Match takes precedence; weak comparison; If-Modified-Since only without it. */
    static boolean notModified(HttpServletRequest req, String quotedEtag, Instant lastModified) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String tag : inm.split(",")) {
                String t = tag.trim();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(quotedEtag)) {
                    return true;
                }
            }
            return false;
        }
        if (lastModified != null && req.getHeader("If-Modified-Since") != null) {
            try {
                long since = req.getDateHeader("If-Modified-Since");
                return since >= 0 && lastModified.truncatedTo(ChronoUnit.SECONDS).toEpochMilli() <= since;
            } catch (IllegalArgumentException e) {
                return false; // an unparseable date is ignored, as RFC 9110 says
            }
        }
        return false;
    }

    /** The most characters of a request's path or value that an error message repeats. */
    static final int MAX_ECHO = 200;

    /** Cuts text taken from a request to {@link #MAX_ECHO} characters, so an error stays one short line. */
    public static String clip(String s) {
        if (s == null || s.length() <= MAX_ECHO) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_ECHO - 1)) ? MAX_ECHO - 1 : MAX_ECHO;
        return s.substring(0, end) + "…";
    }

    /** A short plain-text error; the only kind of error body this server writes. */
    static void sendError(HttpServletResponse resp, int status, String message) throws IOException {
        if (resp.isCommitted()) {
            return;
        }
        resp.resetBuffer();
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "no-store");
        resp.setContentType("text/plain; charset=utf-8");
        byte[] body = (message.endsWith("\n") ? message : message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    static void sendHtml(HttpServletRequest req, HttpServletResponse resp, int status, String html)
            throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Content-Security-Policy", Html.CSP);
        resp.setContentLength(body.length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(body);
        }
    }

    /** Only GET and HEAD read pages; anything else gets 405 (the read-only filter normally answers first). */
    static boolean readMethod(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String m = req.getMethod();
        if ("GET".equals(m) || "HEAD".equals(m)) {
            return true;
        }
        resp.setHeader("Allow", "GET, HEAD, OPTIONS");
        sendError(resp, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method not allowed: " + m);
        return false;
    }
}

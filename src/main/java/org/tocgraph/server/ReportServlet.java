package org.tocgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The data-quality report: {@code /report} as HTML, {@code /report.md} as Markdown. The HTML report is a
 * document of its own; its body is shown in the site frame, and its head (with any inline style, which the
 * site's CSP would block anyway) is dropped.
 */
final class ReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;
    private final transient String html;

    ReportServlet(Site site) {
        this.site = site;
        String report = site.publication().reportHtml();
        if (report.isEmpty()) {
            this.html = "";
        } else {
            String alternate = site.publication().reportMarkdown().isEmpty() ? ""
                    : "<p class=\"kicker\">Also as <a href=\"report.md\">Markdown</a></p>\n";
            String head = site.publication().reportMarkdown().isEmpty() ? ""
                    : "<link rel=\"alternate\" type=\"text/markdown\" href=\"report.md\" title=\"Markdown\">";
            this.html = Html.page("", Html.Section.REPORT, "Data-quality report · tocgraph", head,
                    alternate + body(report), site.version(), "");
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        boolean markdown = req.getServletPath().endsWith(".md");
        String text = markdown ? site.publication().reportMarkdown() : html;
        if (text.isEmpty()) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND, "This publication has no data-quality report.");
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (markdown) {
            Responses.sendFixed(req, resp, bytes, "text/markdown; charset=utf-8", Downloads.sha256(bytes),
                    site.publication().modified(), "no-cache");
        } else {
            resp.setHeader("Content-Security-Policy", Html.CSP);
            Responses.sendFixed(req, resp, bytes, "text/html; charset=utf-8", Downloads.sha256(bytes),
                    site.publication().modified(), "no-cache");
        }
    }

    /** What is inside {@code <body>}, or the whole text if it is a fragment. */
    static String body(String document) {
        String lower = document.toLowerCase(Locale.ROOT);
        int open = lower.indexOf("<body");
        if (open < 0) {
            return document;
        }
        int start = lower.indexOf('>', open) + 1;
        int end = lower.lastIndexOf("</body>");
        return document.substring(start, end < start ? document.length() : end).strip();
    }
}

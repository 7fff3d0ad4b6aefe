package org.tocgraph.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The data-quality report: {@code /report} as HTML, {@code /report.md} as Markdown. */
final class ReportServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient Site site;

    ReportServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!Responses.readMethod(req, resp)) {
            return;
        }
        boolean markdown = req.getServletPath().endsWith(".md");
        String text = markdown ? site.publication().reportMarkdown() : site.publication().reportHtml();
        if (text.isEmpty()) {
            Responses.sendError(resp, HttpServletResponse.SC_NOT_FOUND, "This publication has no data-quality report.");
            return;
        }
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String type = markdown ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8";
        Responses.sendFixed(req, resp, bytes, type, Downloads.sha256(bytes), site.publication().modified(),
                "no-cache");
    }
}

package org.tocgraph.server;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** Plain HTTP for the tests: java.net.http, no redirects followed, every response read as bytes. */
final class Http {
    private Http() {
    }

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GET with optional header pairs: {@code get(url, "Accept", "text/csv")}. */
    static HttpResponse<byte[]> get(String url, String... headers) {
        return send(request(url, headers).GET());
    }

    static HttpResponse<byte[]> head(String url, String... headers) {
        return send(request(url, headers).method("HEAD", HttpRequest.BodyPublishers.noBody()));
    }

    static HttpResponse<byte[]> post(String url, String contentType, String body, String... headers) {
        return send(request(url, headers).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpResponse<byte[]> method(String url, String method, String contentType, String body) {
        HttpRequest.Builder b = request(url);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    static HttpRequest.Builder request(String url, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b;
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse(null);
    }

    /** The media type of the response without parameters, lower case. */
    static String mediaType(HttpResponse<?> r) {
        String ct = header(r, "Content-Type");
        return ct == null ? null : ct.split(";", 2)[0].trim().toLowerCase(java.util.Locale.ROOT);
    }

    static Model parse(byte[] bytes, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).base("http://example.invalid/").parse(m);
        return m;
    }

    /** Runs a SELECT returning a single count, via the SPARQL endpoint and CSV. */
    static long count(String serverUrl, String query) {
        HttpResponse<byte[]> r = get(serverUrl + "tocgraph/sparql?query=" + enc(query), "Accept", "text/csv");
        if (r.statusCode() != 200) {
            throw new AssertionError("count query failed: " + r.statusCode() + " " + text(r));
        }
        String[] lines = text(r).trim().split("\r?\n");
        return Long.parseLong(lines[1].trim());
    }
}

package nl.venster.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The services' APIs as the benchmark uses them: JSON in and out, every unexpected answer a failure. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    /** An answer: status and body. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new Proc.Failure("not JSON: " + body.substring(0, Math.min(300, body.length())), e);
            }
        }
    }

    private final HttpClient client;

    Api(HttpClient client) {
        this.client = client;
    }

    /** Sends a request; waits out 429 (the per-client write limit), nothing else. */
    Answer send(String method, String url, String token, Object body, String... headers) {
        try {
            while (true) {
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(700));
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                for (int i = 0; i + 1 < headers.length; i += 2) {
                    request.header(headers[i], headers[i + 1]);
                }
                if (body != null) {
                    request.header("Content-Type", "application/json")
                            .method(method, HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body)));
                } else {
                    request.method(method, HttpRequest.BodyPublishers.noBody());
                }
                HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 429) {
                    return new Answer(response.statusCode(), response.body());
                }
                Thread.sleep(1000);
            }
        } catch (IOException e) {
            throw new Proc.Failure(method + " " + url + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Proc.Failure(method + " " + url + " was interrupted", e);
        }
    }

    /** The status of a plain GET, 0 when nothing answers (readiness polling). */
    int sendQuietly(String url) {
        try {
            return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Proc.Failure("interrupted", e);
        }
    }

    /** A request that must answer 2xx; the body as JSON. */
    JsonNode ok(String method, String url, String token, Object body) {
        Answer answer = send(method, url, token, body);
        if (answer.status() / 100 != 2) {
            throw new Proc.Failure(method + " " + url + " answered " + answer.status() + ": "
                    + answer.body().substring(0, Math.min(500, answer.body().length())));
        }
        return answer.body().isEmpty() ? JSON.nullNode() : answer.json();
    }

    /** Every item of a paged list (pageSize 100), following pages until a short one. */
    List<JsonNode> all(String url, String token) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1; ; page++) {
            JsonNode list = ok("GET", url + (url.contains("?") ? "&" : "?") + "pageSize=100&page=" + page, token, null);
            list.forEach(items::add);
            if (list.size() < 100) {
                return items;
            }
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static LocalDate date(JsonNode node) {
        return node == null || node.isNull() ? null : LocalDate.parse(node.asText());
    }
}

package nl.venster.conventions.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a collection as the body, with RFC 8288 {@code Link} relations (self, first, prev, next,
 * last) and the total in {@code X-Total-Count}, so clients never build page URLs themselves.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {
    }

    public static <T> Response ok(List<T> items, long totalItems, PageRequest request, UriInfo uriInfo) {
        return Response.ok(items)
                .header("Link", linkHeader(uriInfo.getRequestUri(), request, totalItems))
                .header(TOTAL_COUNT, totalItems)
                .build();
    }

    static String linkHeader(URI requestUri, PageRequest request, long totalItems) {
        int last = request.lastPage(totalItems);
        List<String> links = new ArrayList<>();
        links.add(link(requestUri, request.page(), request.pageSize(), "self"));
        links.add(link(requestUri, 1, request.pageSize(), "first"));
        if (request.page() > 1) {
            links.add(link(requestUri, Math.min(request.page() - 1, last), request.pageSize(), "prev"));
        }
        if (request.page() < last) {
            links.add(link(requestUri, request.page() + 1, request.pageSize(), "next"));
        }
        links.add(link(requestUri, last, request.pageSize(), "last"));
        return String.join(", ", links);
    }

    private static String link(URI requestUri, int page, int pageSize, String rel) {
        return "<" + withPage(requestUri, page, pageSize) + ">; rel=\"" + rel + "\"";
    }

    /** Keeps every other query parameter (filters, sort) and replaces page and pageSize. */
    private static String withPage(URI requestUri, int page, int pageSize) {
        StringBuilder query = new StringBuilder();
        String raw = requestUri.getRawQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                String key = part.split("=", 2)[0];
                if (!part.isEmpty() && !key.equals(PageRequest.PAGE) && !key.equals(PageRequest.PAGE_SIZE)) {
                    query.append(part).append('&');
                }
            }
        }
        query.append(PageRequest.PAGE).append('=').append(page).append('&').append(PageRequest.PAGE_SIZE).append('=').append(pageSize);
        return requestUri.getRawPath() + "?" + query;
    }
}

package nl.venster.conventions.paging;

import java.util.List;
import nl.venster.conventions.http.ApiConfig;
import nl.venster.conventions.domain.InputValidation;

/** A validated page of a collection: {@code page} counts from 1, {@code pageSize} is capped by configuration. */
public record PageRequest(int page, int pageSize) {

    public static final String PAGE = "page";
    public static final String PAGE_SIZE = "pageSize";

    /**
     * Reads the query parameters, reporting invalid values into {@code validation} so they are listed
     * together with the request's other invalid parameters; returns the first page when invalid.
     */
    public static PageRequest of(Integer page, Integer pageSize, ApiConfig.Paging paging, InputValidation validation) {
        int requestedPage = page == null ? 1 : page;
        int requestedSize = pageSize == null ? paging.defaultPageSize() : pageSize;
        validation.require(requestedPage >= 1, PAGE, "moet 1 of groter zijn");
        validation.require(requestedSize >= 1 && requestedSize <= paging.maxPageSize(), PAGE_SIZE,
                "moet tussen 1 en " + paging.maxPageSize() + " liggen");
        return validation.isValid() ? new PageRequest(requestedPage, requestedSize) : new PageRequest(1, paging.defaultPageSize());
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    /** This page of a list held in memory (small collections such as reference data). */
    public <T> List<T> slice(List<T> all) {
        int from = Math.min(offset(), all.size());
        return all.subList(from, Math.min(from + pageSize, all.size()));
    }

    public int lastPage(long totalItems) {
        return (int) Math.max(1, (totalItems + pageSize - 1) / pageSize);
    }
}

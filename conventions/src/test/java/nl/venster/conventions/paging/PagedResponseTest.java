package nl.venster.conventions.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PagedResponseTest {

    private static final URI REQUEST = URI.create("http://host/api/register/v1/gemeenten?regio=ZK01&page=2&pageSize=10");

    @Test
    void middlePageLinksToAllNeighboursAndKeepsFilters() {
        assertEquals("</api/register/v1/gemeenten?regio=ZK01&page=2&pageSize=10>; rel=\"self\", "
                        + "</api/register/v1/gemeenten?regio=ZK01&page=1&pageSize=10>; rel=\"first\", "
                        + "</api/register/v1/gemeenten?regio=ZK01&page=1&pageSize=10>; rel=\"prev\", "
                        + "</api/register/v1/gemeenten?regio=ZK01&page=3&pageSize=10>; rel=\"next\", "
                        + "</api/register/v1/gemeenten?regio=ZK01&page=3&pageSize=10>; rel=\"last\"",
                PagedResponse.linkHeader(REQUEST, new PageRequest(2, 10), 25));
    }

    @Test
    void singlePageHasNoPrevOrNext() {
        assertEquals("</p?page=1&pageSize=20>; rel=\"self\", </p?page=1&pageSize=20>; rel=\"first\", "
                        + "</p?page=1&pageSize=20>; rel=\"last\"",
                PagedResponse.linkHeader(URI.create("/p"), new PageRequest(1, 20), 0));
    }

    @Test
    void pageBeyondTheEndPointsBackToTheLastPage() {
        String links = PagedResponse.linkHeader(URI.create("/p?page=9"), new PageRequest(9, 10), 25);
        assertEquals(true, links.contains("</p?page=3&pageSize=10>; rel=\"prev\""));
        assertEquals(false, links.contains("rel=\"next\""));
    }

    @Test
    void sliceOfAnInMemoryList() {
        assertEquals(java.util.List.of(3, 4), new PageRequest(2, 2).slice(java.util.List.of(1, 2, 3, 4, 5)));
        assertEquals(java.util.List.of(), new PageRequest(4, 2).slice(java.util.List.of(1, 2, 3)));
    }

    @Test
    void offsetAndLastPage() {
        assertEquals(20, new PageRequest(3, 10).offset());
        assertEquals(3, new PageRequest(1, 10).lastPage(21));
        assertEquals(1, new PageRequest(1, 10).lastPage(0));
    }
}

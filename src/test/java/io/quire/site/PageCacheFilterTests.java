package io.quire.site;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page cache refuses to keep or to serve, with a stand-in for the rest of the filter chain. */
class PageCacheFilterTests {

    final PageCache cache = new PageCache(
            new PageCacheProperties(true, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Duration.ofMinutes(1), Duration.ofSeconds(10)));
    final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    final PageCacheFilter filter = new PageCacheFilter(cache,
            new PageCacheProperties(true, DataSize.ofMegabytes(1), DataSize.ofMegabytes(1), Duration.ofMinutes(1), Duration.ofSeconds(10)),
            Clock.systemUTC(), availability);
    final AtomicInteger renderings = new AtomicInteger();

    @BeforeEach
    void ready() {
        readiness(ReadinessState.ACCEPTING_TRAFFIC);
    }

    @AfterEach
    void forgetTheUser() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOptedInAnonymousPageIsRenderedOnceAndThenServedFromMemory() throws Exception {
        FilterChain page = page((request, response) -> { });

        MockHttpServletResponse first = get("/articles/a", page);
        MockHttpServletResponse second = get("/articles/a", page);

        assertThat(renderings).hasValue(1);
        assertThat(second.getContentAsString()).isEqualTo(first.getContentAsString()).isEqualTo("<p>page</p>");
        assertThat(second.getHeader("ETag")).isEqualTo(first.getHeader("ETag"));
    }

    @Test
    void searchPagesAreKeptOnePerQueryWhileOtherQueriesPassStraightThrough() throws Exception {
        FilterChain page = page((request, response) -> { });

        get("/search", "java", page);
        get("/search", "java", page);
        get("/search", "kotlin", page);
        MockHttpServletRequest articleWithQuery = request("GET", "/articles/a");
        articleWithQuery.addParameter("page", "2");
        MockHttpServletRequest suggestions = request("GET", "/search/suggest");
        suggestions.addParameter("q", "ja");

        assertThat(renderings).hasValue(2);
        assertThat(filter.shouldNotFilter(articleWithQuery)).isTrue();
        assertThat(filter.shouldNotFilter(suggestions)).isTrue();
    }

    @Test
    void nothingIsKeptWhileTheApplicationIsStillStarting() throws Exception {
        readiness(ReadinessState.REFUSING_TRAFFIC);
        FilterChain page = page((request, response) -> { });

        get("/", page);
        get("/", page);
        readiness(ReadinessState.ACCEPTING_TRAFFIC);
        get("/", page);
        get("/", page);

        assertThat(renderings).as("both renders while starting, then one").hasValue(3);
    }

    @Test
    void requestsForAPageBeingRenderedWaitForItsCopyInsteadOfRenderingItToo() throws Exception {
        CountDownLatch rendering = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        FilterChain slowPage = page((request, response) -> {
            rendering.countDown();
            await(finish);
        });
        CompletableFuture<MockHttpServletResponse> first = CompletableFuture.supplyAsync(() -> get("/", slowPage));
        await(rendering);
        CompletableFuture<MockHttpServletResponse> second = CompletableFuture.supplyAsync(() -> get("/", slowPage));

        Thread.sleep(200);
        assertThat(second).as("waiting for the first rendering").isNotDone();
        finish.countDown();

        assertThat(first.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>page</p>");
        assertThat(second.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>page</p>");
        assertThat(renderings).hasValue(1);
    }

    @Test
    void aPageThatSetsACookieIsSentWithItButNeverKept() throws Exception {
        FilterChain page = page((request, response) -> response.addCookie(new Cookie("flavour", "oat")));

        MockHttpServletResponse first = get("/articles/a", page);
        MockHttpServletResponse second = get("/articles/a", page);

        assertThat(renderings).hasValue(2);
        assertThat(first.getCookie("flavour")).isNotNull();
        assertThat(first.getHeader("Cache-Control")).isNull();
        assertThat(first.getHeader("ETag")).isNull();
        assertThat(second.getContentAsString()).isEqualTo("<p>page</p>");
    }

    @Test
    void aPageThatCreatesASessionIsNeverKept() throws Exception {
        FilterChain page = page((request, response) -> request.getSession(true));

        get("/articles/a", page);
        get("/articles/a", page);

        assertThat(renderings).hasValue(2);
    }

    @Test
    void errorsAndPagesThatDidNotOptInAreNeverKept() throws Exception {
        FilterChain missing = page((request, response) -> response.setStatus(404));
        FilterChain notOptedIn = (request, response) -> {
            renderings.incrementAndGet();
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>mine</p>");
        };

        get("/articles/gone", missing);
        get("/articles/gone", missing);
        get("/articles/b", notOptedIn);
        MockHttpServletResponse again = get("/articles/b", notOptedIn);

        assertThat(renderings).hasValue(4);
        assertThat(again.getContentAsString()).isEqualTo("<p>mine</p>");
    }

    @Test
    void membersAreNeverServedFromTheCacheNorFillIt() throws Exception {
        FilterChain page = page((request, response) -> { });
        get("/articles/a", page);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ada",
                null, AuthorityUtils.createAuthorityList("ROLE_MEMBER")));

        MockHttpServletResponse member = get("/articles/a", page);

        assertThat(renderings).hasValue(2);
        assertThat(member.getHeader("ETag")).isNull();
    }

    @Test
    void requestsWithASessionCookieAQueryHtmxOrAnotherPathOrMethodPassStraightThrough() {
        assertThat(filter.shouldNotFilter(request("GET", "/articles/a"))).isFalse();
        assertThat(filter.shouldNotFilter(request("GET", "/"))).isFalse();
        assertThat(filter.shouldNotFilter(request("GET", "/categories/java"))).isFalse();

        MockHttpServletRequest withSession = request("GET", "/articles/a");
        withSession.setRequestedSessionId("abc");
        MockHttpServletRequest withQuery = request("GET", "/articles/a");
        withQuery.setQueryString("page=2");
        withQuery.addParameter("page", "2");
        MockHttpServletRequest htmx = request("GET", "/articles/a");
        htmx.addHeader("HX-Request", "true");
        for (MockHttpServletRequest request : List.of(withSession, withQuery, htmx, request("POST", "/articles/a"),
                request("GET", "/articles/a/history"), request("GET", "/tags/java"), request("GET", "/me/saved"))) {
            assertThat(filter.shouldNotFilter(request)).as(request.getMethod() + " " + request.getRequestURI()
                    + (request.getQueryString() != null ? "?" + request.getQueryString() : "")).isTrue();
        }
    }

    /** A page that opts in to caching, after {@code extra} had its say. */
    private FilterChain page(Extra extra) {
        return (request, response) -> {
            renderings.incrementAndGet();
            HttpServletRequest http = (HttpServletRequest) request;
            HttpServletResponse httpResponse = (HttpServletResponse) response;
            PageCaching.allow(http, PageCaching.article(1));
            httpResponse.setContentType("text/html;charset=UTF-8");
            extra.apply(http, httpResponse);
            httpResponse.getOutputStream().write("<p>page</p>".getBytes(StandardCharsets.UTF_8));
        };
    }

    private MockHttpServletResponse get(String path, FilterChain chain) {
        return get(path, null, chain);
    }

    private MockHttpServletResponse get(String path, String searched, FilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockHttpServletRequest request = request("GET", path);
        if (searched != null) {
            request.addParameter("q", searched);
        }
        try {
            filter.doFilter(request, response, chain);
        }
        catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
        return response;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        }
        catch (InterruptedException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static MockHttpServletRequest request(String method, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        return request;
    }

    private void readiness(ReadinessState state) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(this, state));
    }

    @FunctionalInterface
    private interface Extra {
        void apply(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException;
    }
}

package io.quire.site;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * How a controller lets {@link PageCacheFilter} keep the page it renders for anonymous readers. Pages opt in:
 * nothing is cached unless its controller names the scopes whose changes make it stale.
 */
final class PageCaching {

    /** Home and category pages: stale when an article is published or revised. */
    static final String LISTINGS = "listings";
    /**
     * Every article page: each may link to any other as a similar read or a neighbour, so all are stale when
     * an article is hidden by a moderator (or restored).
     */
    static final String ARTICLES = "articles";
    /** Search result pages: stale when the search index changes, which happens after the article's commit. */
    static final String SEARCH = "search";

    private static final String SCOPES = PageCaching.class.getName() + ".scopes";
    private static final String ON_CACHED_VIEW = PageCaching.class.getName() + ".onCachedView";
    private static final String MEMBER_SHARING_WANTED = PageCaching.class.getName() + ".memberSharingWanted";
    private static final String MEMBER_FACTS = PageCaching.class.getName() + ".memberFacts";

    private PageCaching() {
    }

    /** An article's page and whatever else shows its comments or text. */
    static String article(long articleId) {
        return "article:" + articleId;
    }

    static void allow(HttpServletRequest request, String... scopes) {
        request.setAttribute(SCOPES, Set.of(scopes));
    }

    /**
     * Work the controller does on every view that a cached copy would skip, such as counting impressions; it
     * runs on every view served from the cache.
     */
    static void onCachedView(HttpServletRequest request, Runnable action) {
        request.setAttribute(ON_CACHED_VIEW, action);
    }

    /** Set by {@link MemberPageFilter}: it would keep this member's page for others if the page allows. */
    static void wantMemberSharing(HttpServletRequest request) {
        request.setAttribute(MEMBER_SHARING_WANTED, Boolean.TRUE);
    }

    static boolean memberSharingWanted(HttpServletRequest request) {
        return request.getAttribute(MEMBER_SHARING_WANTED) != null;
    }

    /**
     * The page being rendered for a member shows nothing that is theirs, so other members who moderate nothing
     * may get it too (with their own account menu, buttons, controls and tokens); {@code facts} say who those are.
     */
    static void shareWithMembers(HttpServletRequest request, MemberPageFacts facts) {
        request.setAttribute(MEMBER_FACTS, facts);
    }

    static MemberPageFacts memberFacts(HttpServletRequest request) {
        return (MemberPageFacts) request.getAttribute(MEMBER_FACTS);
    }

    @SuppressWarnings("unchecked")
    static Set<String> scopes(HttpServletRequest request) {
        return (Set<String>) request.getAttribute(SCOPES);
    }

    static Runnable onCachedView(HttpServletRequest request) {
        Runnable action = (Runnable) request.getAttribute(ON_CACHED_VIEW);
        return action != null ? action : () -> { };
    }
}

package io.quire.recommendation;

import java.net.URI;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /r/{fromId}/{slot}/{toSlug}}: the links of the similar reads. Counts the click for its slot and
 * answers 302 to the article. The links carry {@code rel="nofollow"}, robots.txt keeps crawlers out of
 * {@code /r/}, and the list also names each article's canonical URL in microdata for them.
 */
@Controller
class SimilarReadClickController {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,120}");

    private final RelatedArticles related;

    SimilarReadClickController(RelatedArticles related) {
        this.related = related;
    }

    @GetMapping("/r/{fromId}/{slot}/{toSlug}")
    ResponseEntity<Void> follow(@PathVariable long fromId, @PathVariable int slot, @PathVariable String toSlug) {
        if (slot < 1 || slot > RelatedArticles.SHOWN || !SLUG.matcher(toSlug).matches()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        related.followed(fromId, slot, toSlug);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/articles/" + toSlug))
                .header("X-Robots-Tag", "noindex").build();
    }
}

package io.quire.reaction;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.comment.CommentThreads;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Like buttons. Without {@code liked} a POST toggles; with {@code liked=true|false} it sets, so sending it twice
 * changes nothing. htmx gets the button back with the new count; a plain form goes back to the button.
 */
@Controller
class LikeController {

    private final LikeService likes;
    private final CommentThreads comments;

    LikeController(LikeService likes, CommentThreads comments) {
        this.likes = likes;
        this.comments = comments;
    }

    @PostMapping("/articles/{slug}/like")
    String likeArticle(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @RequestParam(required = false) Boolean liked, HtmxRequest htmx, Model model) {
        LikeState state = likes.likeArticle(slug, user.id(), liked);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("likeButton", new LikeButtonView(slug, state.count(), state.liked()));
            return "reaction/fragments :: like-button";
        }
        return "redirect:/articles/" + slug + "#like-button";
    }

    @PostMapping("/comments/{id}/like")
    String likeComment(@AuthenticationPrincipal QuireUser user, @PathVariable long id,
            @RequestParam(required = false) Boolean liked, HtmxRequest htmx, Model model) {
        LikeState state = likes.likeComment(id, user.id(), liked);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("likeCommentId", id);
            model.addAttribute("likeCount", state.count());
            model.addAttribute("liked", state.liked());
            return "comment/fragments :: comment-like";
        }
        return "redirect:" + comments.locate(id);
    }
}

package io.quire.comment;

import java.util.Locale;

import jakarta.validation.Valid;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;
import io.quire.article.ArticleCatalog;
import io.quire.article.ArticleNotFoundException;
import io.quire.article.ArticleRef;
import io.quire.shared.FormErrors;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /articles/{slug}/comments}: a page of comments (htmx: the section, or the next page appended in place
 * of the "load more" link), and posting a comment or reply (htmx: a fresh form plus the new comment swapped
 * into the list out of band; without JS: back to the comment's anchor).
 */
@Controller
class CommentController {

    private final CommentThreads threads;
    private final CommentService comments;
    private final CommentPageModel pageModel;
    private final ArticleCatalog catalog;
    private final MessageSource messages;

    CommentController(CommentThreads threads, CommentService comments, CommentPageModel pageModel,
            ArticleCatalog catalog, MessageSource messages) {
        this.threads = threads;
        this.comments = comments;
        this.pageModel = pageModel;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping("/articles/{slug}/comments")
    String list(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "oldest") String sort,
            HtmxRequest htmx, Model model) {
        ArticleRef article = published(slug);
        CommentViewer viewer = CommentViewer.of(user);
        CommentSection section = threads.section(article.id(), article.slug(), CommentSort.fromParam(sort), page, viewer);
        model.addAttribute("article", article);
        model.addAttribute("comments", section);
        pageModel.addLikes(model, viewer, section.page().commentIds());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            return section.page().number() > 1 ? "comment/fragments :: comments-page" : "comment/fragments :: comments";
        }
        return "comment/comments";
    }

    @PostMapping("/articles/{slug}/comments")
    String post(@AuthenticationPrincipal QuireUser user, @PathVariable String slug,
            @Valid @ModelAttribute("commentForm") CommentForm form, BindingResult errors, HtmxRequest htmx,
            Model model, RedirectAttributes flash, Locale locale) {
        CommentSort sort = CommentSort.fromParam(form.sort());
        if (!errors.hasErrors()) {
            try {
                CommentService.Posted posted = comments.post(slug, user.id(), form.body(), form.replyTo(), form.token());
                if (!htmx.isHtmxRequest() || htmx.isBoosted()) {
                    flash.addFlashAttribute("notice", posted.repeated() ? "comment.posted-once" : "comment.posted");
                    return "redirect:" + threads.locate(posted.comment().id());
                }
                model.addAttribute("form", CommentFormView.blank(slug, form.replyTo(), sort));
                model.addAttribute("c", posted.comment());
                model.addAttribute("insertPosted", !posted.repeated());
                model.addAttribute("newestFirst", sort == CommentSort.NEWEST);
                pageModel.addViewer(model, CommentViewer.of(user), sort);
                return "comment/fragments :: comment-posted";
            }
            catch (CommentRefused refused) {
                errors.rejectValue("body", refused.code(), refused.args(), refused.code());
            }
        }
        FormErrors.keepFirstPerField(errors, model);
        BindingResult trimmed = (BindingResult) model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "commentForm");
        FieldError error = trimmed.getFieldError("body") != null ? trimmed.getFieldError("body") : trimmed.getFieldError();
        model.addAttribute("form", new CommentFormView(slug, form.replyTo(), form.bodyOrEmpty(),
                form.token() == null || errors.hasFieldErrors("token") ? CommentFormView.blank(slug, null, sort).token()
                        : form.token(),
                messages.getMessage(error, locale), sort.param()));
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            return "comment/fragments :: comment-form";
        }
        ArticleRef article = published(slug);
        model.addAttribute("article", article);
        if (form.replyTo() != null) {
            threads.find(form.replyTo()).filter(c -> c.articleId() == article.id() && !c.isDeleted())
                    .ifPresent(c -> model.addAttribute("repliedTo", threads.one(c.id(), CommentViewer.of(user))));
        }
        return "comment/compose";
    }

    private ArticleRef published(String slug) {
        return catalog.findRef(slug).filter(ArticleRef::isPublished)
                .orElseThrow(() -> new ArticleNotFoundException(slug));
    }
}

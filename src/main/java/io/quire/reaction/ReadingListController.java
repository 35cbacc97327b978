package io.quire.reaction;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import io.quire.account.QuireUser;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /me/saved}: the member's reading lists and saved articles, one template ({@code reaction/saved}) for
 * all of them and for one list. Lists are created, renamed and deleted here; saved articles get a note, move
 * between lists or go. With htmx each form swaps only the part it changed.
 */
@Controller
class ReadingListController {

    private final ReadingLists readingLists;
    private final MessageSource messages;

    ReadingListController(ReadingLists readingLists, MessageSource messages) {
        this.readingLists = readingLists;
        this.messages = messages;
    }

    @GetMapping("/me/saved")
    String all(@AuthenticationPrincipal QuireUser user, @RequestParam(defaultValue = "0") int page, Model model) {
        return page(user, null, page, model);
    }

    @GetMapping("/me/saved/{listId:\\d+}")
    String one(@AuthenticationPrincipal QuireUser user, @PathVariable long listId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        return page(user, listId, page, model);
    }

    @PostMapping("/me/saved/lists")
    String create(@AuthenticationPrincipal QuireUser user, @RequestParam(defaultValue = "") String name,
            HtmxRequest htmx, Model model, RedirectAttributes flash, Locale locale) {
        try {
            long id = readingLists.createList(user.id(), name);
            if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
                model.addAttribute("lists", readingLists.lists(user.id()));
                return "reaction/saved :: reading-lists";
            }
            flash.addFlashAttribute("notice", "reaction.list.created");
            return "redirect:/me/saved/" + id;
        }
        catch (ListRefused refused) {
            model.addAttribute("newListName", name);
            model.addAttribute("newListError", messages.getMessage(refused.code(), null, locale));
            if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
                model.addAttribute("lists", readingLists.lists(user.id()));
                return "reaction/saved :: reading-lists";
            }
            return page(user, null, 0, model);
        }
    }

    @PostMapping("/me/saved/{listId:\\d+}/rename")
    String rename(@AuthenticationPrincipal QuireUser user, @PathVariable long listId,
            @RequestParam(defaultValue = "") String name, HtmxRequest htmx, Model model, RedirectAttributes flash,
            Locale locale) {
        try {
            readingLists.renameList(listId, user.id(), name);
        }
        catch (ListRefused refused) {
            model.addAttribute("renameValue", name);
            model.addAttribute("renameError", messages.getMessage(refused.code(), null, locale));
            if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
                model.addAttribute("currentList", readingLists.list(listId, user.id()));
                return "reaction/saved :: list-header";
            }
            return page(user, listId, 0, model);
        }
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            model.addAttribute("currentList", readingLists.list(listId, user.id()));
            return "reaction/saved :: list-header";
        }
        flash.addFlashAttribute("notice", "reaction.list.renamed");
        return "redirect:/me/saved/" + listId;
    }

    @PostMapping("/me/saved/{listId:\\d+}/delete")
    Object delete(@AuthenticationPrincipal QuireUser user, @PathVariable long listId, HtmxRequest htmx,
            RedirectAttributes flash) {
        try {
            readingLists.deleteList(listId, user.id());
            flash.addFlashAttribute("notice", "reaction.list.deleted");
        }
        catch (ListRefused refused) {
            flash.addFlashAttribute("alert", refused.code());
            return "redirect:/me/saved/" + listId;
        }
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            // The list's page is gone: the whole page changes, to the overview.
            return ResponseEntity.ok().header("HX-Redirect", "/me/saved").build();
        }
        return "redirect:/me/saved";
    }

    @PostMapping("/me/saved/items/{itemId}/note")
    String note(@AuthenticationPrincipal QuireUser user, @PathVariable long itemId,
            @RequestParam(defaultValue = "") String note, @RequestParam(required = false) Long from,
            HtmxRequest htmx, Model model, RedirectAttributes flash, Locale locale) {
        try {
            readingLists.annotate(itemId, user.id(), note);
        }
        catch (ListRefused refused) {
            model.addAttribute("noteFor", itemId);
            model.addAttribute("noteValue", note);
            model.addAttribute("noteError", messages.getMessage(refused.code(), null, locale));
            return htmx.isHtmxRequest() && !htmx.isBoosted() ? item(user, itemId, from, model) : page(user, from, 0, model);
        }
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            return item(user, itemId, from, model);
        }
        flash.addFlashAttribute("notice", "reaction.note.saved");
        return "redirect:" + back(from, itemId);
    }

    @PostMapping("/me/saved/items/{itemId}/move")
    Object move(@AuthenticationPrincipal QuireUser user, @PathVariable long itemId, @RequestParam long listId,
            @RequestParam(required = false) Long from, HtmxRequest htmx, Model model, RedirectAttributes flash) {
        readingLists.move(itemId, user.id(), listId);
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            if (from != null && from != listId) {
                return ResponseEntity.ok().header("HX-Reswap", "delete").build();
            }
            return item(user, itemId, from, model);
        }
        flash.addFlashAttribute("notice", "reaction.item.moved");
        return "redirect:" + back(from, itemId);
    }

    @PostMapping("/me/saved/items/{itemId}/delete")
    Object remove(@AuthenticationPrincipal QuireUser user, @PathVariable long itemId,
            @RequestParam(required = false) Long from, HtmxRequest htmx, RedirectAttributes flash) {
        readingLists.remove(itemId, user.id());
        if (htmx.isHtmxRequest() && !htmx.isBoosted()) {
            return ResponseEntity.ok().header("HX-Reswap", "delete").build();
        }
        flash.addFlashAttribute("notice", "reaction.item.removed");
        return "redirect:" + (from == null ? "/me/saved" : "/me/saved/" + from);
    }

    private String page(QuireUser user, Long listId, int page, Model model) {
        model.addAttribute("currentList", listId == null ? null : readingLists.list(listId, user.id()));
        model.addAttribute("lists", readingLists.lists(user.id()));
        model.addAttribute("items", readingLists.items(user.id(), listId, page));
        model.addAttribute("from", listId);
        return "reaction/saved";
    }

    private String item(QuireUser user, long itemId, Long from, Model model) {
        model.addAttribute("lists", readingLists.lists(user.id()));
        model.addAttribute("from", from);
        model.addAttribute("item", readingLists.item(itemId, user.id()));
        return "reaction/saved :: saved-item";
    }

    private static String back(Long from, long itemId) {
        return (from == null ? "/me/saved" : "/me/saved/" + from) + "#saved-item-" + itemId;
    }
}

package io.quire.markdown;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;

/**
 * A group of fenced code blocks showing the same thing in different languages, shown as tabs. Authors create one
 * by writing the blocks one after another with nothing but blank lines between them.
 */
final class CodeTabs extends CustomBlock {

    /** Wraps every run of two or more adjacent fenced blocks with distinct, named languages in a group. */
    static void groupAdjacentBlocks(Node document) {
        for (FencedCodeBlock block : NodeWalk.descendants(document, FencedCodeBlock.class)) {
            if (block.getParent() instanceof CodeTabs) {
                continue;
            }
            List<FencedCodeBlock> run = runStartingAt(block);
            if (run.size() > 1) {
                CodeTabs tabs = new CodeTabs();
                block.insertBefore(tabs);
                run.forEach(tabs::appendChild);
            }
        }
    }

    // Blank lines leave no node in the tree, so adjacent siblings were separated by whitespace at most. A block
    // without a language, or one repeating a language, ends the run: tabs must be told apart by their names.
    private static List<FencedCodeBlock> runStartingAt(FencedCodeBlock first) {
        List<FencedCodeBlock> run = new ArrayList<>();
        Set<String> languages = new HashSet<>();
        Node node = first;
        while (node instanceof FencedCodeBlock block
                && LanguageTag.of(block.getInfo()).filter(tag -> languages.add(tag.id())).isPresent()) {
            run.add(block);
            node = block.getNext();
        }
        return run;
    }
}

package io.quire.article;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;

/**
 * Line diffs with word-level changes inside changed lines, for revision history and improvement review.
 * Text is HTML-escaped by the generator before {@code <del>}/{@code <ins>} marks are added, so the result is
 * safe for {@code th:utext}. Long unchanged stretches collapse to a few lines of context.
 */
public final class TextDiff {

    static final int CONTEXT = 3;

    private static final DiffRowGenerator GENERATOR = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .inlineDiffByWord(true)
            .mergeOriginalRevised(false)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private TextDiff() {
    }

    public static DiffView between(String oldText, String newText) {
        List<DiffRow> rows = GENERATOR.generateDiffRows(lines(oldText), lines(newText));
        List<DiffLine> out = new ArrayList<>();
        int oldNumber = 0;
        int newNumber = 0;
        int changes = 0;
        for (int i = 0; i < rows.size(); i++) {
            DiffRow row = rows.get(i);
            DiffLine.Kind kind = switch (row.getTag()) {
                case EQUAL -> DiffLine.Kind.SAME;
                case INSERT -> DiffLine.Kind.ADDED;
                case DELETE -> DiffLine.Kind.REMOVED;
                case CHANGE -> DiffLine.Kind.CHANGED;
            };
            boolean hasOld = kind != DiffLine.Kind.ADDED && !(kind == DiffLine.Kind.CHANGED && row.getOldLine().isEmpty());
            boolean hasNew = kind != DiffLine.Kind.REMOVED && !(kind == DiffLine.Kind.CHANGED && row.getNewLine().isEmpty());
            if (hasOld) {
                oldNumber++;
            }
            if (hasNew) {
                newNumber++;
            }
            if (kind != DiffLine.Kind.SAME) {
                changes++;
            }
            if (kind == DiffLine.Kind.SAME && !nearChange(rows, i)) {
                if (out.isEmpty() || out.get(out.size() - 1).kind() != DiffLine.Kind.SKIPPED) {
                    out.add(new DiffLine(DiffLine.Kind.SKIPPED, 0, "", 0, "", 1));
                }
                else {
                    DiffLine skipped = out.remove(out.size() - 1);
                    out.add(new DiffLine(DiffLine.Kind.SKIPPED, 0, "", 0, "", skipped.skipped() + 1));
                }
                continue;
            }
            out.add(new DiffLine(kind, hasOld ? oldNumber : 0, hasOld ? row.getOldLine() : "",
                    hasNew ? newNumber : 0, hasNew ? row.getNewLine() : "", 0));
        }
        return new DiffView(out, changes);
    }

    private static boolean nearChange(List<DiffRow> rows, int index) {
        for (int i = Math.max(0, index - CONTEXT); i <= Math.min(rows.size() - 1, index + CONTEXT); i++) {
            if (rows.get(i).getTag() != DiffRow.Tag.EQUAL) {
                return true;
            }
        }
        return false;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\\R", -1));
    }

    /** A diff ready to render side by side or inline. */
    public record DiffView(List<DiffLine> lines, int changedLines) {

        public boolean isUnchanged() {
            return changedLines == 0;
        }
    }

    /**
     * One row. {@code oldHtml}/{@code newHtml} are escaped text with {@code <del>}/{@code <ins>} around changed
     * words; line numbers are 0 where the side has no line. A SKIPPED row stands for {@code skipped} unchanged lines.
     */
    public record DiffLine(Kind kind, int oldNumber, String oldHtml, int newNumber, String newHtml, int skipped) {

        public enum Kind { SAME, ADDED, REMOVED, CHANGED, SKIPPED }
    }
}

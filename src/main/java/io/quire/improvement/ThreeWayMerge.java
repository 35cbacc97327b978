package io.quire.improvement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * A line-based three-way merge: the changes from {@code base} to {@code proposal} are applied to {@code current}
 * where they do not touch lines that {@code current} also changed. Where both sides changed the same lines (or
 * right next to each other) differently, the result holds both versions between conflict markers, for a person
 * to resolve. Identical changes on both sides merge cleanly. Pure and stateless.
 */
final class ThreeWayMerge {

    static final String CURRENT_MARKER = "<<<<<<< current article";
    static final String SEPARATOR = "=======";
    static final String PROPOSAL_MARKER = ">>>>>>> proposal";

    private ThreeWayMerge() {
    }

    static Result merge(String base, String current, String proposal) {
        List<String> baseLines = lines(base);
        List<Change> changes = new ArrayList<>();
        DiffUtils.diff(baseLines, lines(current)).getDeltas().forEach(d -> changes.add(Change.of(Side.CURRENT, d)));
        DiffUtils.diff(baseLines, lines(proposal)).getDeltas().forEach(d -> changes.add(Change.of(Side.PROPOSAL, d)));
        changes.sort(Comparator.comparingInt(Change::start).thenComparingInt(Change::end));

        List<String> out = new ArrayList<>();
        int conflicts = 0;
        int position = 0;
        int i = 0;
        while (i < changes.size()) {
            List<Change> group = new ArrayList<>(List.of(changes.get(i)));
            int start = changes.get(i).start();
            int end = changes.get(i).end();
            i++;
            while (i < changes.size() && touches(start, end, changes.get(i))) {
                end = Math.max(end, changes.get(i).end());
                group.add(changes.get(i));
                i++;
            }
            out.addAll(baseLines.subList(position, start));
            List<String> mine = apply(baseLines, start, end, group, Side.CURRENT);
            List<String> theirs = apply(baseLines, start, end, group, Side.PROPOSAL);
            boolean currentChanged = group.stream().anyMatch(c -> c.side() == Side.CURRENT);
            boolean proposalChanged = group.stream().anyMatch(c -> c.side() == Side.PROPOSAL);
            if (!proposalChanged || mine.equals(theirs)) {
                out.addAll(mine);
            }
            else if (!currentChanged) {
                out.addAll(theirs);
            }
            else {
                conflicts++;
                out.add(CURRENT_MARKER);
                out.addAll(mine);
                out.add(SEPARATOR);
                out.addAll(theirs);
                out.add(PROPOSAL_MARKER);
            }
            position = end;
        }
        out.addAll(baseLines.subList(position, baseLines.size()));
        return new Result(String.join("\n", out), conflicts);
    }

    /** Whether a text still holds a conflict region that nobody resolved. */
    static boolean hasConflictMarkers(String text) {
        return lines(text).stream().anyMatch(l -> l.equals(CURRENT_MARKER) || l.equals(PROPOSAL_MARKER));
    }

    // Overlapping ranges touch; so do insertions at a range's edge, because their order would be a guess.
    private static boolean touches(int start, int end, Change next) {
        if (next.start() < end) {
            return true;
        }
        return next.start() == end && (next.start() == next.end() || start == end);
    }

    private static List<String> apply(List<String> base, int start, int end, List<Change> group, Side side) {
        List<String> result = new ArrayList<>();
        int position = start;
        for (Change change : group) {
            if (change.side() != side) {
                continue;
            }
            result.addAll(base.subList(position, change.start()));
            result.addAll(change.lines());
            position = change.end();
        }
        result.addAll(base.subList(position, end));
        return result;
    }

    private static List<String> lines(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
    }

    private enum Side { CURRENT, PROPOSAL }

    /** One side's replacement of base lines {@code [start, end)} by {@code lines}. */
    private record Change(Side side, int start, int end, List<String> lines) {

        static Change of(Side side, AbstractDelta<String> delta) {
            int start = delta.getSource().getPosition();
            return new Change(side, start, start + delta.getSource().size(), delta.getTarget().getLines());
        }
    }

    /**
     * The merged text; when {@code conflicts > 0} it contains that many regions between
     * {@link #CURRENT_MARKER} and {@link #PROPOSAL_MARKER}.
     */
    record Result(String text, int conflicts) {

        boolean isClean() {
            return conflicts == 0;
        }
    }
}

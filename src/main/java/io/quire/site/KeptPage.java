package io.quire.site;

import java.util.Collection;
import java.util.Set;

/** A rendered page in {@link PageCache}: what it weighs, and which changes make it stale. */
interface KeptPage {

    /** Roughly the bytes it holds on the heap. */
    int weight();

    /** The scopes whose changes make it stale ({@link PageCaching}). */
    Set<String> scopes();

    default boolean inAny(Collection<String> changedScopes) {
        for (String scope : changedScopes) {
            if (scopes().contains(scope)) {
                return true;
            }
        }
        return false;
    }
}

package io.quire.site;

import java.util.Collection;

/** A rendered page in {@link PageCache}: what it weighs, and which changes make it stale. */
interface KeptPage {

    /** Roughly the bytes it holds on the heap. */
    int weight();

    boolean inAny(Collection<String> changedScopes);
}

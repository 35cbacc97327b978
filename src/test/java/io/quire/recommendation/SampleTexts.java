package io.quire.recommendation;

import java.util.concurrent.atomic.AtomicLong;

/** Article bodies on clearly different topics, long enough to submit, for tests of similar reads. */
public final class SampleTexts {

    private static final AtomicLong words = new AtomicLong(System.nanoTime());

    /**
     * A word no other article has, letters only so FULLTEXT and tag normalisation keep it whole. Tests share one
     * database, and other classes publish the same sample texts: a pair of articles carrying the same unique word
     * in title and tags is each other's best match whatever else was published before.
     */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char digit : Long.toString(words.incrementAndGet() & Long.MAX_VALUE, 26).toCharArray()) {
            word.append((char) ('a' + Character.digit(digit, 26)));
        }
        return word.toString();
    }

    public static final String STREAMS = """
            ## Pipelines

            A Java stream pipeline starts from a collection, passes each element through intermediate operations
            such as filter and map, and ends with a terminal operation such as collect. Streams are lazy: nothing
            runs until the terminal operation asks for elements. A filter keeps the elements matching a predicate,
            a map turns each element into another, and collect gathers the results into a list or a map.

            ## Collectors

            The Collectors class offers toList, toMap, joining and groupingBy. Stream pipelines read well when each
            lambda stays short and free of side effects.
            """;

    public static final String COLLECTORS = """
            ## Grouping

            Collectors.groupingBy turns a Java stream into a map from a key to the list of elements with that key.
            A downstream collector can count the elements of each group, sum a property or collect them into a set.
            Partitioning is grouping by a predicate: partitioningBy splits a stream into the elements that match
            and those that do not.

            ## Lambdas in pipelines

            Keep each lambda in a stream pipeline short; a method reference often reads better than a lambda.
            Collectors compose: groupingBy with a mapping collector builds a map of sets in one pass.
            """;

    public static final String TOMATOES = """
            ## Planting

            Tomatoes want sun, warmth and deep watering. Plant seedlings after the last frost, deeper than they
            grew in the pot, because the buried stem grows roots. Stake or cage each plant early so the vines do
            not sprawl on the soil, where the fruit rots and blight spreads.

            ## Watering and feeding

            Water the soil, not the leaves, early in the morning. Mulch keeps the moisture even, which prevents
            blossom end rot. Feed with a potash-rich fertiliser once the first trusses of flowers appear.
            """;

    public static final String SOURDOUGH_STARTER = """
            ## Feeding a starter

            A sourdough starter is flour and water colonised by wild yeast and lactic bacteria. Feed it daily with
            equal weights of flour and water, discard half before each feeding, and keep it somewhere warm. A ripe
            starter doubles within hours, smells pleasantly sour and is full of bubbles.

            ## Levain

            Before baking, build a levain: a portion of starter fed so that it peaks when the dough is mixed.
            Rye flour makes a starter lively; a cold fridge slows fermentation when you bake only weekly.
            """;

    public static final String SOURDOUGH_BREAD = """
            ## Mixing the dough

            Mix flour and water and let them rest before adding the levain and salt. Sourdough bread needs a long
            bulk fermentation: fold the dough every half hour until it is airy and has grown by half. Higher
            hydration gives an open crumb but a dough that is harder to shape.

            ## Proofing and baking

            Shape the loaf, proof it overnight in the fridge, then bake it in a preheated Dutch oven. Steam keeps
            the crust supple at first so that the loaf can rise before the crust sets; score it deeply with a blade.
            """;

    public static final String KUBERNETES = """
            ## Probes

            Kubernetes restarts a container whose liveness probe fails, and routes traffic only to pods whose
            readiness probe succeeds. A startup probe protects slow-starting containers from being killed before
            they are up. Probes run an HTTP request, a TCP connection or a command inside the container.

            ## Rollouts

            A deployment replaces pods gradually: maxSurge and maxUnavailable bound how many pods are created or
            missing during a rollout, and a failing readiness probe stops the rollout before it breaks the service.
            """;

    public static final String HARPSICHORD = """
            ## Temperament

            Harpsichordists retune their instrument before nearly every concert, because gut and brass strings
            drift with humidity. Choose a temperament first: meantone favours pure thirds in a few keys, while
            well temperaments spread the comma so that every key remains playable with its own colour.

            ## Setting the octave

            Tune one octave by beats against a fork, then copy it outward by pure octaves, listening for the
            slow wavering that betrays a string sitting a fraction flat.
            """;

    private SampleTexts() {
    }
}

package io.quire.moderation;

/** How urgent an item is, as its owner judged when opening it. Shown plainly; the queue is ordered by age. */
public enum Priority {
    LOW, MEDIUM, HIGH
}

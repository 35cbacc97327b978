package io.quire.markdown;

import java.util.ArrayList;
import java.util.List;

import org.commonmark.node.Node;

/**
 * Walks a Markdown tree in document order without recursion, so hostile nesting cannot exhaust the stack here.
 * Results are collected first so callers may restructure the tree while going through them.
 */
final class NodeWalk {

    private NodeWalk() {
    }

    /** Every node below {@code root} (not {@code root} itself) of the given type, in document order. */
    static <T extends Node> List<T> descendants(Node root, Class<T> type) {
        List<T> found = new ArrayList<>();
        Node node = root.getFirstChild();
        while (node != null) {
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            node = following(root, node);
        }
        return found;
    }

    /** The node after {@code node} in document order, staying inside {@code root}; null at the end. */
    static Node following(Node root, Node node) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        Node current = node;
        while (current != root) {
            if (current.getNext() != null) {
                return current.getNext();
            }
            current = current.getParent();
        }
        return null;
    }

    /** Moves all children of {@code node} to just before it and removes it, keeping its content in place. */
    static void unwrap(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.unlink();
    }

    /** Moves all children of {@code from} to the end of {@code to}. */
    static void moveChildren(Node from, Node to) {
        Node child = from.getFirstChild();
        while (child != null) {
            Node next = child.getNext();
            to.appendChild(child);
            child = next;
        }
    }
}

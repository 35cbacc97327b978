package io.quire.article;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The category tree, held in memory: it is small, read on every page (navigation, breadcrumbs) and changes
 * rarely. Each instance reloads it a minute after a change at the latest, with no coordination needed.
 */
@Component
public class Categories {

    private final LoadingCache<String, Tree> tree;
    private final CategoryRepository repository;

    Categories(CategoryRepository repository, TransactionTemplate transactions) {
        this.repository = repository;
        this.tree = Caffeine.newBuilder().refreshAfterWrite(Duration.ofSeconds(60)).maximumSize(1)
                .build(key -> transactions.execute(status -> load()));
    }

    /** Top-level categories in their display order. */
    public List<CategoryView> topLevel() {
        return tree.get("all").children.getOrDefault(0L, List.of());
    }

    public List<CategoryView> childrenOf(long categoryId) {
        return tree.get("all").children.getOrDefault(categoryId, List.of());
    }

    public List<CategoryView> all() {
        return List.copyOf(tree.get("all").byId.values());
    }

    public Optional<CategoryView> find(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        CategoryView cached = tree.get("all").byId.get(id);
        return cached != null ? Optional.of(cached) : stored(repository.findById(id));
    }

    public Optional<CategoryView> findBySlug(String slug) {
        Optional<CategoryView> cached = tree.get("all").byId.values().stream().filter(c -> c.slug().equals(slug))
                .findFirst();
        return cached.isPresent() ? cached : stored(repository.findBySlug(slug));
    }

    /**
     * A category missing from this instance's tree may still exist: created on another instance, or loaded into
     * the tree by a transaction whose snapshot predates it. The database decides, and a hit refreshes the tree.
     */
    private Optional<CategoryView> stored(Optional<Category> category) {
        category.ifPresent(found -> tree.invalidateAll());
        return category.map(Category::toView);
    }

    /** From the top-level category down to this one. */
    public List<CategoryView> path(Long id) {
        List<CategoryView> path = new ArrayList<>();
        Map<Long, CategoryView> byId = tree.get("all").byId;
        CategoryView current = id == null ? null : byId.get(id);
        while (current != null && path.size() < 10) {
            path.add(current);
            current = current.parentId() == null ? null : byId.get(current.parentId());
        }
        Collections.reverse(path);
        return path;
    }

    /** This category and every category below it, for listings that include subcategories. */
    public List<Long> withDescendants(long id) {
        List<Long> ids = new ArrayList<>();
        collect(id, ids);
        return ids;
    }

    private void collect(long id, List<Long> ids) {
        ids.add(id);
        for (CategoryView child : childrenOf(id)) {
            collect(child.id(), ids);
        }
    }

    /** Adds a category under {@code parentSlug} (or at the top level) and refreshes this instance's tree. */
    @Transactional
    public CategoryView create(String slug, String name, String description, String parentSlug) {
        Long parentId = parentSlug == null ? null : findBySlug(parentSlug).map(CategoryView::id).orElseThrow();
        CategoryView created = repository.saveAndFlush(new Category(slug, name, description, parentId,
                (int) repository.count() + 1)).toView();
        evict();
        return created;
    }

    /**
     * Forgets the cached tree, after this instance changed categories: now, and again after the commit, because a
     * page rendered in between would cache the tree without the change for a minute.
     */
    void evict() {
        tree.invalidateAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    tree.invalidateAll();
                }
            });
        }
    }

    private Tree load() {
        Map<Long, CategoryView> byId = new LinkedHashMap<>();
        Map<Long, List<CategoryView>> children = new LinkedHashMap<>();
        for (Category category : repository.findAllByOrderByPositionAscNameAsc()) {
            CategoryView view = category.toView();
            byId.put(view.id(), view);
            children.computeIfAbsent(view.parentId() == null ? 0L : view.parentId(), k -> new ArrayList<>()).add(view);
        }
        return new Tree(byId, children);
    }

    private record Tree(Map<Long, CategoryView> byId, Map<Long, List<CategoryView>> children) {
    }
}

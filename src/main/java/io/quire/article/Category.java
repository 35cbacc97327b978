package io.quire.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String name;

    private String description;

    @Column(name = "parent_id")
    private Long parentId;

    private int position;

    protected Category() {
    }

    Category(String slug, String name, String description, Long parentId, int position) {
        this.slug = slug;
        this.name = name;
        this.description = description;
        this.parentId = parentId;
        this.position = position;
    }

    Long getId() {
        return id;
    }

    CategoryView toView() {
        return new CategoryView(id, slug, name, description, parentId, position);
    }
}

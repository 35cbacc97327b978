package io.quire.article;

import org.springframework.data.jpa.repository.JpaRepository;

interface SlugHistoryRepository extends JpaRepository<SlugHistory, String> {
}

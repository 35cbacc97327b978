package io.quire.account;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface RoleChangeRepository extends JpaRepository<RoleChange, Long> {

    @EntityGraph(attributePaths = {"member", "changedBy"})
    Page<RoleChange> findAllByOrderByChangedAtDesc(Pageable pageable);
}

package io.quire.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface MemberRepository extends JpaRepository<Member, Long> {

    Optional<Member> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByEmail(String email);

    List<Member> findByIdIn(Collection<Long> ids);

    Page<Member> findAllByOrderByUsernameAsc(Pageable pageable);

    Page<Member> findByUsernameContainingOrderByUsernameAsc(String fragment, Pageable pageable);
}

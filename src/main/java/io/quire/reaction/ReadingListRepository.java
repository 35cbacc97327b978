package io.quire.reaction;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReadingListRepository extends JpaRepository<ReadingList, Long> {

    Optional<ReadingList> findByDefaultFor(long memberId);

    @Query("select count(l) > 0 from ReadingList l where l.memberId = :memberId and lower(l.name) = lower(:name) and l.id <> :exceptId")
    boolean nameTaken(@Param("memberId") long memberId, @Param("name") String name, @Param("exceptId") long exceptId);
}

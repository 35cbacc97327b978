package io.quire.notification;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    @Query("select n from Notification n where n.recipientId = :recipientId order by n.id desc")
    Page<Notification> findInbox(@Param("recipientId") long recipientId, Pageable pageable);

    /** One indexed count on (recipient_id, read_at). */
    @Query(nativeQuery = true, value = "select count(*) from notification where recipient_id = :recipientId and read_at is null")
    long countUnread(@Param("recipientId") long recipientId);

    @Modifying
    @Query(nativeQuery = true, value = "update notification set read_at = :now where recipient_id = :recipientId and read_at is null")
    int markAllRead(@Param("recipientId") long recipientId, @Param("now") Instant now);
}

CREATE TABLE member (
    id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username          VARCHAR(32)  NOT NULL,
    email             VARCHAR(254) NOT NULL,
    display_name      VARCHAR(80)  NOT NULL,
    password_hash     VARCHAR(255) NOT NULL,
    role              VARCHAR(16)  NOT NULL,
    bio               VARCHAR(500) NULL,
    suspended_until   DATETIME(6)  NULL,
    suspension_reason VARCHAR(500) NULL,
    created_at        DATETIME(6)  NOT NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT member_username_uk UNIQUE (username),
    CONSTRAINT member_email_uk UNIQUE (email)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every role change: who changed whose role, when, from what to what.
CREATE TABLE member_role_change (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    member_id  BIGINT      NOT NULL,
    changed_by BIGINT      NOT NULL,
    old_role   VARCHAR(16) NOT NULL,
    new_role   VARCHAR(16) NOT NULL,
    changed_at DATETIME(6) NOT NULL,
    CONSTRAINT member_role_change_member_fk FOREIGN KEY (member_id) REFERENCES member (id),
    CONSTRAINT member_role_change_by_fk FOREIGN KEY (changed_by) REFERENCES member (id),
    INDEX member_role_change_at (changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- ShedLock: scheduled work that must run on one instance at a time takes the row named after the task.
-- An instance may run the task while lock_until is in the past; it then sets lock_until ahead of now.
-- The instances ask the database for "now" (UTC_TIMESTAMP), so their own clocks never decide who holds a
-- lock; DATETIME stores those UTC values as they are, with no time-zone conversion on either engine.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(6)  NOT NULL,
    locked_at  DATETIME(6)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The batch recompute of every article, as a durable cursor: three passes over the published articles in
-- id order (INDEX the text, refine the TERMS once all document frequencies are known, RELATED articles),
-- processed in chunks. A job left RUNNING by a crash is resumed on the next start. "running" is 1 while
-- the job runs and NULL afterwards, so the unique key allows one running job across all instances.
CREATE TABLE recommendation_job (
    id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    status          VARCHAR(16) NOT NULL,
    phase           VARCHAR(16) NOT NULL,
    next_article_id BIGINT      NOT NULL DEFAULT 0,
    total           INT         NOT NULL,
    done            INT         NOT NULL DEFAULT 0,
    running         TINYINT     NULL,
    requested_by    BIGINT      NULL,
    started_at      DATETIME(6) NOT NULL,
    updated_at      DATETIME(6) NOT NULL,
    finished_at     DATETIME(6) NULL,
    CONSTRAINT recommendation_job_one_running UNIQUE (running),
    INDEX recommendation_job_status (status, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Impressions and clicks of Similar reads per day and slot (position 1..6). No personal data.
CREATE TABLE recommendation_stats (
    day         DATE    NOT NULL,
    slot        TINYINT NOT NULL,
    impressions BIGINT  NOT NULL DEFAULT 0,
    clicks      BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (day, slot)
) ENGINE = InnoDB;

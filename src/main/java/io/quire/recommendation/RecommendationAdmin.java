package io.quire.recommendation;

import java.util.List;
import java.util.Optional;

import io.quire.account.MemberService;
import io.quire.account.Role;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** What admins see of and do with similar reads: the batch recompute and click-through per slot. */
@Service
class RecommendationAdmin {

    static final int STATS_DAYS = 30;

    private final RecomputeJobs jobs;
    private final RecomputeWorker worker;
    private final SlotStats stats;
    private final MemberService members;

    RecommendationAdmin(RecomputeJobs jobs, RecomputeWorker worker, SlotStats stats, MemberService members) {
        this.jobs = jobs;
        this.worker = worker;
        this.stats = stats;
        this.members = members;
    }

    /** The latest batch recompute, if any. */
    Optional<RecomputeJobView> latestJob(long adminId) {
        requireAdmin(adminId);
        return jobs.latest();
    }

    /** Click-through per slot over the last {@value #STATS_DAYS} days. */
    List<SlotClickThrough> clickThrough(long adminId) {
        requireAdmin(adminId);
        return stats.lastDays(STATS_DAYS, RelatedArticles.SHOWN);
    }

    /**
     * Starts recomputing every article in the background, or — when a job is already running, perhaps left
     * behind by a crashed instance — has this instance work on it too.
     */
    RecomputeJobView recomputeAll(long adminId) {
        requireAdmin(adminId);
        long jobId = jobs.start(adminId);
        worker.submit(jobId);
        return jobs.find(jobId).orElseThrow();
    }

    private void requireAdmin(long memberId) {
        if (members.findSummary(memberId).filter(m -> m.role().includes(Role.ADMIN)).isEmpty()) {
            throw new AccessDeniedException("Only admins manage similar reads");
        }
    }
}

package io.quire.report;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code quire.report.*}.
 *
 * @param autoHideThreshold how many members with an open report on a comment hold it for review; 0 turns it off
 */
@ConfigurationProperties("quire.report")
record ReportProperties(@DefaultValue("3") int autoHideThreshold) {

    boolean holdsAt(long openReporters) {
        return autoHideThreshold > 0 && openReporters >= autoHideThreshold;
    }
}

package io.quire.shared;

import org.apache.catalina.connector.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Keeps the channels of closed connections, with their 8 KB read and write buffers, for the next connections
 * (Tomcat's {@code socket.bufferPool}). Tomcat keeps none when the JVM may use less than 2 GB, as a 512 MB
 * instance does (ADR 0011): every connection then allocated its own, which lived as long as the connection, past
 * the young collections, and was garbage in the old generation once it closed. On the 100k-article bench, whose
 * 64 connections each reconnect after 1,000 requests (about 20 connections a second), the old generation grew by
 * 1.1 MB/s and a full collection of 170-300 ms came about once a minute, setting the p99 of whichever run it fell
 * in; with every connection kept open the growth was 0.03 MB/s. Real browsers open far more connections per
 * request than the bench.
 * <p>
 * At most {@code quire.http.kept-channels} idle channels are kept: about 16.5 KB of heap each.
 */
@Component
class ConnectionBufferReuse implements TomcatConnectorCustomizer {

    private static final Logger log = LoggerFactory.getLogger(ConnectionBufferReuse.class);

    private final int keptChannels;

    ConnectionBufferReuse(@Value("${quire.http.kept-channels:256}") int keptChannels) {
        this.keptChannels = keptChannels;
    }

    @Override
    public void customize(Connector connector) {
        if (!connector.setProperty("socket.bufferPool", String.valueOf(keptChannels))) {
            log.warn("Tomcat did not take socket.bufferPool={}: closed connections' buffers are not reused",
                    keptChannels);
        }
    }
}

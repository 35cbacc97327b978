package io.quire.shared;

import io.quire.IntegrationTest;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The running connector keeps closed connections' channels: without it, a JVM under 2 GB keeps none. */
@IntegrationTest
class ConnectionBufferReuseIntegrationTests {

    @Autowired
    WebServerApplicationContext context;

    @Test
    void theConnectorKeepsClosedConnectionsChannels() {
        Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();

        // Read back from the endpoint's socket properties; Tomcat's own default is -2 (sized from the heap).
        assertThat(String.valueOf(connector.getProperty("socket.bufferPool"))).isEqualTo("256");
    }
}

package io.quire.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * When {@code QUIRE_MANAGEMENT_PORT} moves the actuator endpoints to a port of their own, requests to that
 * port need no login, so Prometheus can scrape {@code /actuator/prometheus} on an internal network. That
 * port must not be reachable from outside (bind it with {@code MANAGEMENT_SERVER_ADDRESS} or a firewall).
 * On the public port the actuator stays admin-only, as the main security configuration says.
 */
@Configuration(proxyBeanMethods = false)
class ManagementPortSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementPort(HttpSecurity http, @Value("${management.server.port:}") String port,
            @Value("${server.port:8080}") int serverPort) throws Exception {
        int managementPort = port.isBlank() ? -1 : Integer.parseInt(port.strip());
        boolean separate = managementPort > 0 && managementPort != serverPort;
        http.securityMatcher(request -> separate && request.getLocalPort() == managementPort)
            .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}

package io.quire.account;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.rememberme.JdbcTokenRepositoryImpl;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may do what, by URL, as a first line. Services check again, because a URL rule alone is easy to
 * get wrong. Every POST needs a CSRF token; the session id changes at login.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' https: data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    @Bean
    SecurityFilterChain web(HttpSecurity http, LoginThrottle throttle, LoginFailureHandler failureHandler,
            PersistentTokenRepository rememberMeTokens, UserDetailsService userDetails,
            @Value("${quire.remember-me-key}") String rememberMeKey) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**", "/admin/**").hasRole("ADMIN")
                .requestMatchers("/moderation", "/moderation/**", "/articles/*/review").hasRole("MODERATOR")
                .requestMatchers("/me/**", "/articles/new", "/articles/*/edit", "/articles/*/improve").authenticated()
                .requestMatchers(HttpMethod.POST, "/login", "/register").permitAll()
                .requestMatchers(HttpMethod.GET, "/**").permitAll()
                .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                .anyRequest().authenticated())
            .formLogin(form -> form
                .loginPage("/login")
                .successHandler(new LoginSuccessHandler())
                .failureHandler(failureHandler)
                .permitAll())
            .rememberMe(remember -> remember
                .key(rememberMeKey)
                .tokenRepository(rememberMeTokens)
                .userDetailsService(userDetails)
                .rememberMeCookieName("QUIRE_REMEMBER_ME")
                .tokenValiditySeconds(60 * 60 * 24 * 30))
            .logout(logout -> logout
                .logoutUrl("/logout")
                .logoutSuccessUrl("/?loggedOut")
                .deleteCookies("QUIRE_SESSION", "QUIRE_REMEMBER_ME"))
            .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginRedirectEntryPoint()))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")))
            .addFilterBefore(new LoginThrottleFilter(throttle, failureHandler),
                    UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Delegating: hashes carry their algorithm id ({bcrypt}...), so the algorithm can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observations of the filter chain, authentications or authorizations: with an observation registry present
     * Spring Security otherwise wraps every filter of every request in one, even when
     * {@code management.observations.enable.spring.security=false} makes them no-ops. That wrapping and the
     * property lookups behind it took 5 % of the CPU and 15 % of the allocations of serving a cached page
     * (async-profiler, 100k articles). {@code http.server.requests} still times every request.
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("MODERATOR")
                .role("MODERATOR").implies("MEMBER")
                .build();
    }

    @Bean
    PersistentTokenRepository rememberMeTokens(DataSource dataSource) {
        JdbcTokenRepositoryImpl repository = new JdbcTokenRepositoryImpl();
        repository.setDataSource(dataSource);
        return repository;
    }
}

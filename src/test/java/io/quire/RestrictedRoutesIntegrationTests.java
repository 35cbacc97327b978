package io.quire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route under {@code /moderation} and {@code /admin}, and every handler that requires a moderator or an
 * admin by annotation, read from the handler mapping so that a new route is covered the day it is added: members
 * get 403, anonymous readers are sent to log in, and admin routes refuse moderators too.
 */
@IntegrationTest
class RestrictedRoutesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestMembers members;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void everyModerationAndAdminRouteRefusesMembersAndSendsAnonymousReadersToLogIn() throws Exception {
        List<Route> routes = restrictedRoutes();
        assertThat(routes).extracting(Route::pattern).contains("/moderation", "/moderation/items/{id}/claim",
                "/moderation/items/{id}/reopen", "/admin/audit", "/admin/members", "/suggestions/{id}/apply",
                "/improvements/{id}/review");
        TestMembers.Created member = members.member();
        TestMembers.Created moderator = members.moderator();

        for (Route route : routes) {
            MvcResult anonymous = mvc.perform(route.build()).andReturn();
            assertThat(anonymous.getResponse().getStatus()).as("anonymous " + route).isEqualTo(302);
            assertThat(anonymous.getResponse().getRedirectedUrl()).as("anonymous " + route).endsWith("/login");

            assertThat(mvc.perform(route.build().with(members.as(member))).andReturn().getResponse().getStatus())
                    .as("member " + route).isEqualTo(403);
            if (route.forAdmins()) {
                assertThat(mvc.perform(route.build().with(members.as(moderator))).andReturn().getResponse()
                        .getStatus()).as("moderator " + route).isEqualTo(403);
            }
        }
    }

    private List<Route> restrictedRoutes() {
        List<Route> routes = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
            HandlerMethod handler = entry.getValue();
            String role = requiredRole(handler);
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                boolean forAdmins = pattern.startsWith("/admin") || "ADMIN".equals(role);
                if (!forAdmins && !pattern.startsWith("/moderation") && !"MODERATOR".equals(role)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(new Route(method, pattern, handler, forAdmins));
                }
            }
        }
        return routes;
    }

    private static String requiredRole(HandlerMethod handler) {
        PreAuthorize rule = handler.getMethodAnnotation(PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule == null) {
            return null;
        }
        return rule.value().contains("'ADMIN'") ? "ADMIN" : rule.value().contains("'MODERATOR'") ? "MODERATOR" : null;
    }

    /**
     * A request that reaches the security check: path variables and required parameters get a value, a POST its
     * CSRF token, so that a refusal cannot be mistaken for a 400 or a CSRF failure.
     */
    record Route(RequestMethod method, String pattern, HandlerMethod handler, boolean forAdmins) {

        MockHttpServletRequestBuilder build() {
            MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method.name()),
                    pattern.replaceAll("\\{[^}]+}", "1"));
            for (MethodParameter parameter : handler.getMethodParameters()) {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())) {
                    request.param(param.name().isEmpty() ? parameter.getParameter().getName() : param.name(), "1");
                }
            }
            return method == RequestMethod.GET ? request : request.with(csrf());
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }
}

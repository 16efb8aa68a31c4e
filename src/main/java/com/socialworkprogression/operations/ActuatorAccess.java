package com.socialworkprogression.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read the operations endpoints (/actuator). Anyone may ask whether the application is alive and
 * ready (a load balancer or an orchestrator must, without a password); everything else (the detail of
 * health, metrics, Prometheus) needs an administrator's login (HTTP Basic against the engine's users,
 * group camunda-admin), because it shows how many applications each authority has and where.
 */
@Configuration
public class ActuatorAccess {

  static final Set<String> PUBLIC = Set.of("/actuator/health/liveness", "/actuator/health/readiness");

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> actuatorAccessFilter(IdentityService identityService) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new AdminsOnly(identityService));
    registration.setName("swp-actuator-access");
    registration.addUrlPatterns("/actuator", "/actuator/*");
    registration.setOrder(1);
    return registration;
  }

  static final class AdminsOnly extends OncePerRequestFilter {

    private final IdentityService identityService;

    AdminsOnly(IdentityService identityService) {
      this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      if (PUBLIC.contains(path)) {
        chain.doFilter(request, response);
        return;
      }
      String user = basicUser(request.getHeader("Authorization"));
      if (user == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Social Work Progression operations\"");
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in as an administrator (HTTP Basic). Liveness and "
            + "readiness are open to all: " + String.join(", ", PUBLIC) + ".");
        return;
      }
      boolean admin = identityService.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
      if (!admin) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "Only administrators may read the application's health detail and metrics.");
        return;
      }
      chain.doFilter(request, response);
    }

    /** The user of a Basic header whose password the engine accepts, or null. */
    private String basicUser(String header) {
      if (header == null || !header.startsWith("Basic ")) {
        return null;
      }
      String decoded;
      try {
        decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
      int colon = decoded.indexOf(':');
      if (colon <= 0) {
        return null;
      }
      String user = decoded.substring(0, colon);
      return identityService.checkPassword(user, decoded.substring(colon + 1)) ? user : null;
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message + "\"}");
    }
  }
}

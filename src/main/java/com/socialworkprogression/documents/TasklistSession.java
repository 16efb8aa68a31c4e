package com.socialworkprogression.documents;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Our own pages and Tasklist's Documents tab (/swp/*) run as the user logged in to Tasklist, in the same
 * session: log in once for both. A change (POST, DELETE) must carry the session's CSRF token, as Tasklist's
 * own requests do (our pages' forms send it as the field _csrf, see {@link #csrfToken}), so that another site cannot make a logged-in user's browser attach or remove files.
 */
@Configuration
public class TasklistSession {

  /** The session's CSRF token, for a page's form to send back as the field _csrf. */
  public static String csrfToken(HttpSession session) {
    Object token = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return token == null ? "" : token.toString();
  }

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> tasklistSessionAuthentication(ProcessEngine engine) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new SessionUser(engine));
    registration.setName("swp-tasklist-session");
    registration.addUrlPatterns("/swp/*");
    registration.setOrder(1);
    return registration;
  }

  static final class SessionUser extends OncePerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
    static final String FORM_FIELD = "_csrf";
    private final ProcessEngine engine;

    SessionUser(ProcessEngine engine) {
      this.engine = engine;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      HttpSession session = request.getSession(false);
      Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
      UserAuthentication user = authentications == null ? null
          : authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication found ? found : null;
      if (user == null) {
        if (fromABrowser(request)) {
          // A link from an email, opened before logging in: say so, with the way to Tasklist.
          response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
          response.setContentType("text/html");
          response.setCharacterEncoding("UTF-8");
          response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><title>Log in first</title></head><body>"
              + "<h1>Log in first</h1><p>This document is kept with an application. <a href=\"/camunda/app/tasklist/\">"
              + "Log in to Tasklist</a>, then open the link again.</p></body></html>");
          return;
        }
        refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Log in to Tasklist first, then open this page again.");
        return;
      }
      if (!SAFE.contains(request.getMethod()) && !sameToken(session, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME))
          && !sameToken(session, formToken(request))) {
        refuse(response, HttpServletResponse.SC_FORBIDDEN, "The request did not carry Tasklist's security token. Reload "
            + "Tasklist and try again; nothing was changed.");
        return;
      }
      engine.getIdentityService().setAuthentication(user.getIdentityId(), user.getGroupIds(), user.getTenantIds());
      try {
        chain.doFilter(request, response);
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
    }

    /** Our own pages' forms (application/x-www-form-urlencoded) carry the token as the field _csrf. */
    private static String formToken(HttpServletRequest request) {
      String type = request.getContentType();
      return type != null && type.startsWith("application/x-www-form-urlencoded") ? request.getParameter(FORM_FIELD) : null;
    }

    private static boolean fromABrowser(HttpServletRequest request) {
      String accept = request.getHeader("Accept");
      return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html");
    }

    private static boolean sameToken(HttpSession session, String header) {
      Object token = session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
      return token != null && header != null
          && MessageDigest.isEqual(token.toString().getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8));
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
      response.setStatus(status);
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.getWriter().write("{\"status\":" + status + ",\"message\":\"" + message.replace("\"", "'") + "\"}");
    }
  }
}

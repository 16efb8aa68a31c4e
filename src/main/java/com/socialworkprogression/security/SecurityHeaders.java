package com.socialworkprogression.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on the application's own responses (/api, /swp, /actuator); the Camunda webapps set
 * their own (a strict Content-Security-Policy with frame-ancestors 'none'). Nothing of ours may be
 * framed by another site, sniffed into another type, or leak its address in a referrer. A response may
 * add a stricter policy of its own (a document's), which browsers apply on top of this one.
 */
@Configuration
public class SecurityHeaders {

  @Bean
  public FilterRegistrationBean<OncePerRequestFilter> securityHeadersFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Headers());
    registration.setName("swp-security-headers");
    registration.addUrlPatterns("/api/*", "/swp/*", "/actuator/*", "/actuator");
    registration.setOrder(0);
    return registration;
  }

  static final class Headers extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      response.setHeader("X-Content-Type-Options", "nosniff");
      response.setHeader("X-Frame-Options", "DENY");
      response.setHeader("Referrer-Policy", "no-referrer");
      response.addHeader("Content-Security-Policy", "frame-ancestors 'none'");
      chain.doFilter(request, response);
    }
  }
}

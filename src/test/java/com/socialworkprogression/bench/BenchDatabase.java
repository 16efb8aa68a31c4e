package com.socialworkprogression.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A PostgreSQL database of the benchmark's own, made empty before its application starts: figures are taken on a
 * database that holds only what the benchmark put there. The server is SWP_BENCH_POSTGRES (default the local one).
 */
final class BenchDatabase {

  private BenchDatabase() {}

  static String server() {
    String server = System.getenv("SWP_BENCH_POSTGRES");
    return server == null || server.isBlank() ? "jdbc:postgresql://127.0.0.1:5432" : server;
  }

  /** Makes the database fresh and points the benchmark's application at it; returns its JDBC URL. */
  static String use(String name, org.springframework.test.context.DynamicPropertyRegistry registry) {
    String url = fresh(name);
    registry.add("spring.datasource.url", () -> url);
    registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "");
    return url;
  }

  /** Drops and creates the database; returns its JDBC URL. */
  static String fresh(String name) {
    try (Connection admin = DriverManager.getConnection(server() + "/postgres", "postgres", "");
         Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
      if (Boolean.getBoolean("bench.explain")) {
        // Every statement's plan, with its actual rows and times, goes to PostgreSQL's own log.
        sql.execute("alter database " + name + " set session_preload_libraries = 'auto_explain'");
        sql.execute("alter database " + name + " set auto_explain.log_min_duration = 0");
        sql.execute("alter database " + name + " set auto_explain.log_analyze = on");
      }
      return server() + "/" + name;
    } catch (Exception e) {
      throw new IllegalStateException("The benchmark needs PostgreSQL at " + server() + " (set SWP_BENCH_POSTGRES): " + e, e);
    }
  }
}

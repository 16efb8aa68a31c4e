package com.socialworkprogression.bench;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Route throughput on PostgreSQL, the production database. */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "swp.outbox.deliver-after-commit=async")
@Import(DelegateReplay.class)
class RouteThroughputOnPostgresBenchmark extends RouteThroughputBenchmark {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    BenchDatabase.use("swp_bench_throughput", registry);
  }

  @Override
  String database() {
    return "PostgreSQL";
  }
}

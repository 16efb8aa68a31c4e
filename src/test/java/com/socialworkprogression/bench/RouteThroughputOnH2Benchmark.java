package com.socialworkprogression.bench;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Route throughput on the embedded H2 database (in memory), the README's default. */
@Tag("bench")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "swp.outbox.deliver-after-commit=async")
@Import(DelegateReplay.class)
class RouteThroughputOnH2Benchmark extends RouteThroughputBenchmark {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> "jdbc:h2:mem:swp-bench-throughput;DB_CLOSE_DELAY=-1");
    registry.add("spring.datasource.driver-class-name", () -> "org.h2.Driver");
    registry.add("spring.datasource.username", () -> "sa");
    registry.add("spring.datasource.password", () -> "");
  }

  @Override
  String database() {
    return "H2 (embedded, in memory)";
  }
}

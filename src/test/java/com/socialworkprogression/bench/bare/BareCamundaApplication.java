package com.socialworkprogression.bench.bare;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up benchmark's baseline: a Camunda Spring Boot starter application with nothing of ours (no component of
 * this package's parent is scanned), on the same classpath, engine, webapps, REST API and database as the application.
 * Its configuration is src/test/resources/bench/bare-camunda.yaml, not the application's.
 */
@SpringBootApplication
public class BareCamundaApplication {}

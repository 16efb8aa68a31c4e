package com.socialworkprogression.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authorization checks that stay fast as open tasks grow, on PostgreSQL (docs/performance.md). The engine writes one
 * authorization row per open task for its assignee or candidate group, so ACT_RU_AUTHORIZATION grows with open tasks,
 * and two of its queries grow with it:
 * <ul>
 *   <li>every command first reads the distinct groups holding any authorization (a scan of the whole table, a dozen
 *       times per Tasklist refresh): read here by walking the GROUP_ID_ index instead, one probe per group;</li>
 *   <li>the task query joins the authorizations on RESOURCE_ID_ IN (task, definition, '*'), which PostgreSQL can only
 *       join by comparing each of a person's tasks with each of her authorization rows (500 tasks: 490,000 pairs):
 *       asked here as three EXISTS checks instead ({@link ExistsAuthorizationSqlSource}), with an index on USER_ID_.</li>
 * </ul>
 * The same rows are authorized either way; the security and isolation tests run on PostgreSQL with this in place.
 * On other databases the engine's own queries run unchanged.
 */
@Component
public class AuthorizationChecksAtScalePlugin extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationChecksAtScalePlugin.class);
  static final String MAPPER = "com/socialworkprogression/security/authorized-groups.xml";
  static final String GROUPS_BY_INDEX = "com.socialworkprogression.security.AuthorizedGroups.selectAuthorizedGroupIdsByIndex";
  // Names of their own: MyBatis also files a statement under its short name, which must not clash with the engine's.
  static final String TASKS_WITH_EXISTS = "com.socialworkprogression.security.TaskQueriesWithExists.";

  /** The engine's statements and ours, by name: what {@link #useOurs} switches. */
  public static final Map<String, String> STATEMENTS = new LinkedHashMap<>(Map.of(
      "selectAuthorizedGroupIds", GROUPS_BY_INDEX,
      "selectTaskByQueryCriteria", TASKS_WITH_EXISTS + "selectTaskByQueryCriteriaWithExists",
      "selectTaskCountByQueryCriteria", TASKS_WITH_EXISTS + "selectTaskCountByQueryCriteriaWithExists"));

  @Override
  public void postInit(ProcessEngineConfigurationImpl engine) {
    if (!"postgres".equals(engine.getDatabaseType())) {
      return;
    }
    Configuration mybatis = engine.getSqlSessionFactory().getConfiguration();
    try (InputStream mapper = getClass().getClassLoader().getResourceAsStream(MAPPER)) {
      new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String query : new String[] {"selectTaskByQueryCriteria", "selectTaskCountByQueryCriteria"}) {
      MappedStatement engines = mybatis.getMappedStatement(engine.getDbSqlSessionFactory().mapStatement(query));
      mybatis.addMappedStatement(new MappedStatement.Builder(mybatis, STATEMENTS.get(query),
          new ExistsAuthorizationSqlSource(mybatis, engines.getSqlSource()), engines.getSqlCommandType())
          .resource(engines.getResource()).fetchSize(engines.getFetchSize()).timeout(engines.getTimeout())
          .statementType(engines.getStatementType()).parameterMap(engines.getParameterMap())
          .resultMaps(engines.getResultMaps()).resultSetType(engines.getResultSetType())
          .flushCacheRequired(engines.isFlushCacheRequired()).useCache(engines.isUseCache()).cache(engines.getCache())
          .databaseId(engines.getDatabaseId()).lang(engines.getLang()).resultOrdered(engines.isResultOrdered())
          .build());
    }
    // The engine's mappings for a database are one static map shared by every engine in the JVM: this engine gets a
    // copy of its own, so that another engine (built before our statements are in its MyBatis configuration) never
    // sees them.
    Map<String, String> mappings = engine.getDbSqlSessionFactory().getStatementMappings();
    engine.getDbSqlSessionFactory().setStatementMappings(new java.util.HashMap<>(mappings == null ? Map.of() : mappings));
    useOurs(engine, true);
    LOG.info("Authorization checks at scale (PostgreSQL): authorized groups by index, task queries with EXISTS");
  }

  /** The task query's authorizations by person are looked up through this index (Camunda has none on USER_ID_). */
  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!"postgres".equals(engine.getDatabaseType())) {
      return;
    }
    try (Connection connection = engine.getDataSource().getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("create index if not exists SWP_IDX_AUTH_USER_ID on " + engine.getDatabaseTablePrefix()
          + "ACT_RU_AUTHORIZATION (USER_ID_)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the index on ACT_RU_AUTHORIZATION (USER_ID_): " + e.getMessage(), e);
    }
  }

  /** Switches between our statements and the engine's own (the inbox benchmark measures both in one run). */
  public static void useOurs(ProcessEngineConfigurationImpl engine, boolean ours) {
    if (engine.getDbSqlSessionFactory().getStatementMappings() == null) {
      // A database with no mappings of its own (H2): this engine's map, never a shared one.
      engine.getDbSqlSessionFactory().setStatementMappings(new java.util.HashMap<>());
    }
    STATEMENTS.forEach((name, replacement) ->
        engine.getDbSqlSessionFactory().getStatementMappings().put(name, ours ? replacement : name));
  }
}

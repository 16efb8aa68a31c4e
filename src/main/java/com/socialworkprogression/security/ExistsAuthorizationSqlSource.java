package com.socialworkprogression.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.session.Configuration;

/**
 * The engine's task query, with its authorization join asked as EXISTS checks. The engine writes
 * <pre>  inner|left join (SELECT A.* FROM ACT_RU_AUTHORIZATION A WHERE &lt;this person's grants&gt;) AUTH
 *     ON (AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))</pre>
 * and later keeps the rows where AUTH.RESOURCE_ID_ IS NOT NULL. This source writes, in the same place,
 * <pre>  inner|left join lateral (SELECT '*' AS RESOURCE_ID_ WHERE EXISTS (grants on this task)
 *     OR EXISTS (grants on its definition) OR EXISTS (grants on every resource)) AUTH ON (TRUE)</pre>
 * which is true for exactly the same tasks: the first two are index lookups per task, the third is asked once. The
 * grants' parameters are bound three times, in place. SQL that does not have the expected shape is left as it is.
 */
final class ExistsAuthorizationSqlSource implements SqlSource {

  private static final Pattern AUTHORIZATION_JOIN = Pattern.compile(
      "(inner|left)\\s+join\\s*\\(\\s*(SELECT\\s+A\\.\\*\\s+FROM\\s+\\S*ACT_RU_AUTHORIZATION\\s+A\\s+WHERE\\s.*?)\\)\\s*AUTH\\s+ON\\s*"
          + "\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*\\(\\s*RES\\.ID_\\s*,\\s*D\\.KEY_\\s*,\\s*'\\*'\\s*\\)\\s*\\)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /** How many queries were asked the EXISTS way: the test shows the engine's SQL still has the shape expected. */
  static final java.util.concurrent.atomic.AtomicLong REWRITTEN = new java.util.concurrent.atomic.AtomicLong();

  private final Configuration configuration;
  private final SqlSource engines;

  ExistsAuthorizationSqlSource(Configuration configuration, SqlSource engines) {
    this.configuration = configuration;
    this.engines = engines;
  }

  @Override
  public BoundSql getBoundSql(Object parameter) {
    BoundSql original = engines.getBoundSql(parameter);
    String sql = original.getSql();
    Matcher join = AUTHORIZATION_JOIN.matcher(sql);
    if (!join.find() || join.find(join.end())) {
      return original;
    }
    join.find(0);
    String grants = join.group(2);
    int before = placeholders(sql.substring(0, join.start()));
    int inGrants = placeholders(grants);
    String exists = join.group(1) + " join lateral (SELECT '*' AS RESOURCE_ID_ WHERE"
        + " EXISTS (SELECT 1 FROM (" + grants + ") AUTH_ON_TASK WHERE AUTH_ON_TASK.RESOURCE_ID_ = RES.ID_)"
        + " OR EXISTS (SELECT 1 FROM (" + grants + ") AUTH_ON_DEFINITION WHERE AUTH_ON_DEFINITION.RESOURCE_ID_ = D.KEY_)"
        + " OR EXISTS (SELECT 1 FROM (" + grants + ") AUTH_ON_ALL WHERE AUTH_ON_ALL.RESOURCE_ID_ = '*')"
        + ") AUTH ON (TRUE)";
    List<ParameterMapping> mappings = original.getParameterMappings();
    List<ParameterMapping> rewritten = new ArrayList<>(mappings.subList(0, before));
    for (int copy = 0; copy < 3; copy++) {
      rewritten.addAll(mappings.subList(before, before + inGrants));
    }
    rewritten.addAll(mappings.subList(before + inGrants, mappings.size()));
    BoundSql bound = new BoundSql(configuration, sql.substring(0, join.start()) + exists + sql.substring(join.end()),
        rewritten, parameter);
    original.getAdditionalParameters().forEach(bound::setAdditionalParameter);
    REWRITTEN.incrementAndGet();
    return bound;
  }

  /** JDBC placeholders: the engine's SQL has no '?' in its literals. */
  private static int placeholders(String sql) {
    return (int) sql.chars().filter(c -> c == '?').count();
  }
}

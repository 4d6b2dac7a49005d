package nl.veiligheidshuis.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The rewrites of the engine's authorization checks, on the statements as Camunda 7.24.0 sends them (parameters as
 * {@code ?}, each named here by what the engine binds to it). {@code AuthorizationCheckRewriteTest}
 * shows on a real engine that the rewritten statements return the same rows.
 */
class AuthorizationCheckSqlTest {

    /** Placeholders in order: user, group 1, group 2, four permission values, variable name, tenant, limit, offset. */
    static final String ENGINE_PAGE = """
            select distinct RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.CREATE_TIME_
                from ACT_RU_TASK RES
                  left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
                 left join (
                SELECT A.*
                FROM ACT_RU_AUTHORIZATION A
                WHERE A.TYPE_ < 2
                AND ( A.USER_ID_ in ( ?, '*')
                  OR A.GROUP_ID_ IN ( ? , ? )
                )
                  AND (
                  ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
                   OR
                   A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? )
                  )
                )
                AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
                WHERE ( 1 = 1 and EXISTS (select 1 from ACT_RU_VARIABLE V where V.NAME_ = ? and V.EXECUTION_ID_ = RES.PROC_INST_ID_)
                 and RES.SUSPENSION_STATE_ = 1 )
                and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
                and ( RES.TENANT_ID_ is null OR RES.TENANT_ID_ in ( ? ) )
                order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?""";

    static final List<String> ENGINE_PARAMETERS = List.of("user", "group1", "group2", "type7", "perm2", "perm2'", "type6", "perm64",
            "perm64'", "variable", "tenant", "limit", "offset");

    @Test
    void theJoinBecomesThreeUncorrelatedTestsInTheWhereClause() {
        AuthorizationCheckSql.Rewritten rewritten = AuthorizationCheckSql.hashed(ENGINE_PAGE).orElseThrow();

        String sql = rewritten.sql().replaceAll("\\s+", " ");
        assertThat(sql).doesNotContain("AUTH ON").doesNotContain("AUTH.RESOURCE_ID_ IS NOT NULL").doesNotContain("left join ( SELECT A.*");
        assertThat(sql).contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR ((RES.ID_ IN (SELECT VH_AUTH.RESOURCE_ID_ FROM (SELECT A.*")
                .contains(" OR RES.PROC_DEF_ID_ IN (SELECT VH_DEF.ID_ FROM ACT_RE_PROCDEF VH_DEF WHERE VH_DEF.KEY_ IN (SELECT VH_AUTH.RESOURCE_ID_")
                .contains(" OR EXISTS (SELECT 1 FROM (SELECT A.*").contains("VH_AUTH WHERE VH_AUTH.RESOURCE_ID_ = '*'))");
        assertThat(sql).as("the rest of the statement is the engine's").startsWith("select distinct RES.REV_")
                .contains("left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_")
                .contains("and ( RES.TENANT_ID_ is null OR RES.TENANT_ID_ in ( ? ) ) order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?");
        assertThat(AuthorizationCheckSql.placeholders(rewritten.sql())).isEqualTo(ENGINE_PARAMETERS.size() + 2 * 9);
    }

    @Test
    void theParametersFollowTheirPlaceholders() {
        AuthorizationCheckSql.Rewritten rewritten = AuthorizationCheckSql.hashed(ENGINE_PAGE).orElseThrow();

        List<String> authorization = ENGINE_PARAMETERS.subList(0, 9);
        List<String> expected = new ArrayList<>();
        expected.add("variable");
        expected.addAll(authorization);
        expected.addAll(authorization);
        expected.addAll(authorization);
        expected.addAll(List.of("tenant", "limit", "offset"));
        assertThat(rewritten.reorder(ENGINE_PARAMETERS)).isEqualTo(expected);
    }

    @Test
    void theCountAndAnInnerJoinAreRewrittenToo() {
        String count = "SELECT COUNT(*) FROM ( SELECT DISTINCT RES.ID_ " + ENGINE_PAGE.substring(ENGINE_PAGE.indexOf("from ACT_RU_TASK"),
                ENGINE_PAGE.indexOf("order by")) + ") countDistinct";
        assertThat(AuthorizationCheckSql.hashed(count)).isPresent();

        String inner = ENGINE_PAGE.replace(" left join (\n", " inner join (\n").replace("(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR ", "");
        AuthorizationCheckSql.Rewritten rewritten = AuthorizationCheckSql.hashed(inner).orElseThrow();
        assertThat(rewritten.sql()).doesNotContainIgnoringCase("inner join (");
    }

    @Test
    void aTablePrefixIsKeptForTheDefinitionTable() {
        String prefixed = ENGINE_PAGE.replace("ACT_", "engine.ACT_");
        assertThat(AuthorizationCheckSql.hashed(prefixed).orElseThrow().sql()).contains("FROM engine.ACT_RE_PROCDEF VH_DEF")
                .contains("FROM engine.ACT_RU_AUTHORIZATION A");
    }

    @Test
    void aStatementOfAnotherShapeIsLeftAsTheEngineMadeIt() {
        assertThat(AuthorizationCheckSql.hashed("select * from ACT_RU_TASK RES where RES.ID_ = ?")).isEmpty();
        assertThat(rewriteOf(ENGINE_PAGE.replace("D.KEY_ , '*'", "'*'"))).as("another join condition").isEmpty();
        assertThat(rewriteOf(ENGINE_PAGE.replace("OR (AUTH.RESOURCE_ID_ IS NOT NULL)", "OR (1 = 1)"))).as("no check in the where clause").isEmpty();
        assertThat(rewriteOf(ENGINE_PAGE.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "(AUTH.RESOURCE_ID_ IS NOT NULL AND AUTH1.RESOURCE_ID_ IS NOT NULL)")))
                .as("a composite check with a second join").isEmpty();
        assertThat(rewriteOf(ENGINE_PAGE.replace("A.TYPE_ < 2", "A.TYPE_ < 3"))).as("revokes taken into account").isEmpty();
        assertThat(rewriteOf(ENGINE_PAGE.replace("OR A.GROUP_ID_ IN ( ? , ? )\n    )", "OR A.GROUP_ID_ IN ( ? , ? )\n")))
                .as("unbalanced parentheses in the sub-select").isEmpty();
    }

    @Test
    void aParameterAmongTheJoinsColumnsIsLeftAsTheEngineMadeIt() {
        String withParameter = ENGINE_VARIABLES.replace(", RES.TASK_ID_", ", ?");
        assertThat(AuthorizationCheckSql.correlated(withParameter)).isEmpty();
    }

    @Test
    void placeholdersInsideLiteralsAreNotParameters() {
        assertThat(AuthorizationCheckSql.placeholders("select '?' from T where A = ? and B = 'it''s ?' and C = ?")).isEqualTo(2);
    }

    private static Optional<AuthorizationCheckSql.Rewritten> rewriteOf(String sql) {
        return AuthorizationCheckSql.hashed(sql);
    }

    /** The variable query of a page of tasks, as Tasklist has it run (user, group, six permission values, two task ids). */
    static final String ENGINE_VARIABLES = """
            select distinct RES.* from ( select RES.*, ( case when RES.TASK_ID_ is not null then EXECUTION.ACT_INST_ID_ end ) ACT_INST_ID_
                      from ACT_RU_VARIABLE RES
                      left join ACT_RU_EXECUTION EXECUTION on RES.EXECUTION_ID_ = EXECUTION.ID_
                        left join ACT_RU_EXECUTION PROC_EXECUTION on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_
                        left join ACT_RE_PROCDEF PROCDEF on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_
                 left join (
                SELECT A.*
                FROM ACT_RU_AUTHORIZATION A
                WHERE A.TYPE_ < 2
                AND ( A.USER_ID_ in ( ?, '*')
                  OR A.GROUP_ID_ IN ( ? )
                )
                  AND ( ( A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? OR A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ? ) )
                )
                          AUTH ON (AUTH.RESOURCE_ID_ IN (
                            RES.PROC_INST_ID_
                            , PROC_EXECUTION.ID_
                            , PROCDEF.KEY_
                            , RES.TASK_ID_
                            , '*'
                            )
                          )
                      WHERE RES.TASK_ID_ in ( ? , ? )
                        and ( (RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (AUTH.RESOURCE_ID_ IS NOT NULL) )
                ) RES order by RES.ID_ asc""";

    @Test
    void theVariableQueryGetsOneCorrelatedExistsOverTheJoinsColumns() {
        AuthorizationCheckSql.Rewritten rewritten = AuthorizationCheckSql.correlated(ENGINE_VARIABLES).orElseThrow();

        String sql = rewritten.sql().replaceAll("\\s+", " ");
        assertThat(sql).doesNotContain("AUTH ON").doesNotContain("AUTH.RESOURCE_ID_ IS NOT NULL")
                .contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL) OR (EXISTS (SELECT 1 FROM (SELECT A.*")
                .contains("VH_AUTH WHERE VH_AUTH.RESOURCE_ID_ IN (RES.PROC_INST_ID_ , PROC_EXECUTION.ID_ , PROCDEF.KEY_ , RES.TASK_ID_ , '*')))")
                .endsWith(") RES order by RES.ID_ asc");
        List<String> engine = List.of("user", "group", "t1", "p1", "p1'", "t2", "p2", "p2'", "task1", "task2");
        assertThat(rewritten.reorder(engine)).containsExactly("task1", "task2", "user", "group", "t1", "p1", "p1'", "t2", "p2", "p2'");
        assertThat(AuthorizationCheckSql.hashed(ENGINE_VARIABLES)).as("not the task query's join").isEmpty();
    }

    @Test
    void theGroupsWithAuthorizationsAreReadByWalkingTheIndex() {
        AuthorizationCheckSql.Rewritten rewritten = AuthorizationCheckSql.distinctGroupIds(
                "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A").orElseThrow();
        assertThat(rewritten.sql()).startsWith("WITH RECURSIVE VH_GROUPS").contains("A.GROUP_ID_ > VH_GROUPS.GROUP_ID_")
                .endsWith("WHERE GROUP_ID_ IS NOT NULL");
        assertThat(rewritten.parameterOrder()).isEmpty();
        assertThat(AuthorizationCheckSql.distinctGroupIds("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = ?"))
                .isEmpty();
    }
}

package id.serambi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.annotation.Schedules;
import org.springframework.stereotype.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import id.serambi.shared.security.Role;

/** Rules beyond the module boundaries; each is also shown to catch a violation, so that none checks nothing. */
class ArchitectureRulesTest {

    static final JavaClasses SERAMBI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ArchitectureRulesTest::notGeneratedAheadOfTime).importPackages("id.serambi");
    static final JavaClasses FIXTURE = new ClassFileImporter().importPackages("id.serambi.archfixture");

    /**
     * Our code, not what the build's Spring ahead-of-time step wrote beside it ({@code X__BeanDefinitions},
     * {@code X$$SpringCGLIB$$0} proxies and the like, classes that instantiate ours by reflection).
     */
    static boolean notGeneratedAheadOfTime(Location location) {
        String name = location.toString().substring(location.toString().lastIndexOf('/') + 1);
        return !name.contains("__") && !name.contains("$$SpringCGLIB$$");
    }

    /**
     * A repository: named so, marked {@code @Repository}, or a type declared inside one (its rows); the way to the
     * database that a controller must not take.
     */
    static final DescribedPredicate<JavaClass> A_REPOSITORY = DescribedPredicate.describe("a repository",
            c -> isRepository(c) || c.getEnclosingClass().map(ArchitectureRulesTest::isRepository).orElse(false));

    static boolean isRepository(JavaClass c) {
        return c.getSimpleName().endsWith("Repository") || c.isAnnotatedWith(Repository.class)
                || c.isMetaAnnotatedWith(Repository.class);
    }

    /** Controllers talk to a module's service, never to the database: the tenant check lives in between. */
    static final ArchRule WEB_DOES_NOT_TOUCH_THE_DATABASE = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..",
                    "javax.sql..")
            .orShould().dependOnClassesThat(A_REPOSITORY)
            .allowEmptyShould(false);

    /** Not found is a 404 with a code, never an IllegalArgumentException shown as a 500 (petclinic's flaw). */
    static final ArchRule NO_ILLEGAL_ARGUMENT_FROM_WEB = noClasses().that().resideInAPackage("..web..")
            .should().callConstructor(IllegalArgumentException.class, String.class)
            .allowEmptyShould(false);

    /**
     * A module whose public face is its use cases: its own pages and API, and every other module, go through its root
     * package (the facade, commands, views), never through its {@code internal} package; no other module uses its
     * {@code web} package.
     */
    static ArchRule reachedThroughItsRoot(String module) {
        ArchRule ownWeb = noClasses().that().resideInAPackage(module + ".web..")
                .should().dependOnClassesThat().resideInAPackage(module + ".internal..")
                .allowEmptyShould(false);
        ArchRule others = noClasses().that().resideOutsideOfPackage(module + "..")
                .should().dependOnClassesThat().resideInAnyPackage(module + ".internal..", module + ".web..")
                .allowEmptyShould(false);
        return CompositeArchRule.of(ownWeb).and(others);
    }

    @Test
    void membershipIsReachedOnlyThroughItsFacade() {
        reachedThroughItsRoot("id.serambi.membership").check(SERAMBI);
    }

    @Test
    void facadeRuleCatchesAControllerOrAModuleThatSkipsTheFacade() {
        assertThatThrownBy(() -> reachedThroughItsRoot("id.serambi.archfixture.members").check(FIXTURE))
                .hasMessageContaining("<id.serambi.archfixture.members.web.InternalCallingController.count()> calls "
                        + "method <id.serambi.archfixture.members.internal.MemberBook.count()>")
                .hasMessageContaining("<id.serambi.archfixture.desk.DeskCounter.count()> calls constructor "
                        + "<id.serambi.archfixture.members.internal.MemberBook.<init>()>")
                .hasMessageContaining("<id.serambi.archfixture.desk.DeskCounter.count()> calls constructor "
                        + "<id.serambi.archfixture.members.web.FacadeController.<init>()>")
                .message().doesNotContain("<id.serambi.archfixture.members.Members")
                .doesNotContain("Method <id.serambi.archfixture.members.web.FacadeController");
    }

    /**
     * Jobs are {@code ScheduledJob} beans, scheduled in one place and run under the cluster-wide job lock; a
     * {@code @Scheduled} method elsewhere would run on every server.
     */
    static final ArchRule ONE_WAY_TO_SCHEDULE = noClasses()
            .that().resideOutsideOfPackage("id.serambi.shared.scheduling").should().dependOnClassesThat().belongToAnyOf(Scheduled.class, Schedules.class, EnableScheduling.class,
                    TaskScheduler.class)
            .allowEmptyShould(false);

    /** Whether a role includes another is the role hierarchy's answer ({@code Roles}), never the roles' order. */
    static final ArchRule ROLES_ARE_NOT_RANKED_BY_HAND = noClasses().should().callMethodWhere(DescribedPredicate
            .describe("Role.ordinal() or Role.compareTo(..)", call -> call.getTargetOwner().isEquivalentTo(Role.class)
                    && Set.of("ordinal", "compareTo").contains(call.getName())))
            .allowEmptyShould(false);

    /**
     * Settings are read through each module's {@code @ConfigurationProperties}; an environment variable's raw name
     * in {@code @Value} (or {@code System.getenv}) escapes the documented names, defaults and checks.
     */
    static final ArchRule NO_RAW_ENVIRONMENT_VARIABLES = classes().should(new ArchCondition<JavaClass>(
            "not read environment variables by their raw names") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            for (JavaCodeUnit unit : type.getCodeUnits()) {
                for (JavaParameter parameter : unit.getParameters()) {
                    parameter.tryGetAnnotationOfType(Value.class).map(Value::value)
                            .filter(value -> RAW_VARIABLE.matcher(value).find())
                            .ifPresent(value -> events.add(SimpleConditionEvent.violated(unit,
                                    unit.getFullName() + " reads " + value)));
                }
                unit.getMethodCallsFromSelf().stream()
                        .filter(call -> call.getTargetOwner().isEquivalentTo(System.class)
                                && call.getName().equals("getenv"))
                        .forEach(call -> events.add(SimpleConditionEvent.violated(unit, call.getDescription())));
            }
        }
    }).allowEmptyShould(false);

    static final Pattern RAW_VARIABLE = Pattern.compile("\\$\\{[A-Z][A-Z0-9_]*[:}]");

    @Test
    void webLayerDoesNotTouchTheDatabase() {
        assertThat(SERAMBI.that(com.tngtech.archunit.base.DescribedPredicate.describe("web",
                c -> c.getPackageName().contains(".web")))).isNotEmpty();
        WEB_DOES_NOT_TOUCH_THE_DATABASE.check(SERAMBI);
    }

    @Test
    void webLayerRuleCatchesAControllerWithJdbc() {
        assertThatThrownBy(() -> WEB_DOES_NOT_TOUCH_THE_DATABASE.check(FIXTURE))
                .hasMessageContaining("RuleBreakingController");
    }

    @Test
    void webLayerRuleCatchesAControllerWithARepositoryOrADataSource() {
        assertThatThrownBy(() -> WEB_DOES_NOT_TOUCH_THE_DATABASE.check(FIXTURE))
                .hasMessageContaining("RepositoryCallingController")
                .hasMessageContaining("<id.serambi.archfixture.internal.FixtureRepository>")
                .hasMessageContaining("<id.serambi.archfixture.internal.FixtureRepository$Row.id()>")
                .hasMessageContaining("<id.serambi.archfixture.internal.FixtureStore>")
                .hasMessageContaining("<javax.sql.DataSource>");
    }

    @Test
    void webLayerDoesNotThrowIllegalArgument() {
        NO_ILLEGAL_ARGUMENT_FROM_WEB.check(SERAMBI);
    }

    @Test
    void onlySharedSchedulingSchedules() {
        ONE_WAY_TO_SCHEDULE.check(SERAMBI);
    }

    @Test
    void schedulingRuleCatchesASelfScheduledJob() {
        assertThatThrownBy(() -> ONE_WAY_TO_SCHEDULE.check(FIXTURE))
                .hasMessageContaining("SelfScheduledJob.run()")
                .hasMessageContaining("EnableScheduling");
    }

    @Test
    void rolesAreNotRankedByHand() {
        ROLES_ARE_NOT_RANKED_BY_HAND.check(SERAMBI);
    }

    @Test
    void roleRankingRuleCatchesOrdinalAndCompareTo() {
        assertThatThrownBy(() -> ROLES_ARE_NOT_RANKED_BY_HAND.check(FIXTURE))
                .hasMessageContaining("RoleRanking.mayEdit(")
                .hasMessageContaining("RoleRanking.mayDesign(");
    }

    @Test
    void settingsAreNotReadAsRawEnvironmentVariables() {
        NO_RAW_ENVIRONMENT_VARIABLES.check(SERAMBI);
    }

    @Test
    void rawEnvironmentRuleCatchesAVariableInValue() {
        assertThatThrownBy(() -> NO_RAW_ENVIRONMENT_VARIABLES.check(FIXTURE))
                .hasMessageContaining("RawEnvironmentReader.<init>").hasMessageContaining("${SERAMBI_SMS_URL:}");
    }

    @Test
    void illegalArgumentRuleCatchesAViolation() {
        assertThatThrownBy(() -> NO_ILLEGAL_ARGUMENT_FROM_WEB.check(FIXTURE))
                .hasMessageContaining("RuleBreakingController");
    }
}

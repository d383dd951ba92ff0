package dev.rebound.web;

import com.tngtech.archunit.core.domain.JavaMethod;
import dev.rebound.api.access.Guarded;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.queryhandling.QueryHandler;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.rebound.api.common.OrganizationEvent;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.serialization.Revision;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module boundaries of the README ("Modules"), checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses rebound;

    @BeforeAll
    static void importClasses() {
        rebound = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.rebound");
    }

    private static void check(ArchRule rule) {
        rule.check(rebound);
    }

    @Test
    void everyModuleHasClasses() {
        check(classes().that().resideInAnyPackage("dev.rebound.api..", "dev.rebound.domain..",
                "dev.rebound.projections..", "dev.rebound.infra..", "dev.rebound.web..")
                .should().resideInAPackage("dev.rebound..")
                .allowEmptyShould(false));
    }

    /**
     * The raw URI spells a path as the client typed it ({@code %61pi}, {@code %20<id>}, {@code ;x=1}), not as Spring
     * matches it: no class decides on it, in any module (issue 12): access is decided on typed messages
     * (infra's {@code MessageAccessPolicy}). Decide on the matched endpoint, on typed values,
     * or on the path as Spring matches it ({@code UrlPathHelper}) instead. Only the web module's error answers
     * ({@code dev.rebound.web.problem}) and request logging ({@code dev.rebound.web.logging}, none yet) may quote the
     * raw URI, to say what was asked. Calls through a request wrapper count too.
     */
    @Test
    void noClassDecidesOnTheRawRequestUri() {
        check(noClasses().that().resideInAPackage("dev.rebound..")
                .and().resideOutsideOfPackages("dev.rebound.web.problem..", "dev.rebound.web.logging..")
                .should().callMethodWhere(target(owner(assignableTo(HttpServletRequest.class)))
                        .and(target(nameMatching("getRequestURI|getRequestURL|getServletPath|getPathInfo")))));
    }

    /**
     * Fail closed: every command and query that any handler takes names what it touches ({@link Guarded}), so the
     * access policy has a typed target to decide on; a message without one would be refused at run time, and this
     * says so at build time.
     */
    @Test
    void everyCommandAndQueryNamesItsAccessRule() {
        check(methods().that().areAnnotatedWith(CommandHandler.class).or().areAnnotatedWith(QueryHandler.class)
                .should(new ArchCondition<>("take a Guarded message first") {
                    @Override
                    public void check(JavaMethod handler, ConditionEvents events) {
                        boolean guarded = !handler.getRawParameterTypes().isEmpty()
                                && handler.getRawParameterTypes().getFirst().isAssignableTo(Guarded.class);
                        events.add(new SimpleConditionEvent(handler, guarded, handler.getFullName()
                                + (guarded ? " takes a Guarded message" : " takes a message that names no access rule")));
                    }
                }));
    }

    @Test
    void apiDependsOnNothingOfOursAndOnNoSpringOrPersistence() {
        check(noClasses().that().resideInAPackage("dev.rebound.api..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rebound.domain..",
                        "dev.rebound.projections..", "dev.rebound.infra..", "dev.rebound.web..",
                        "org.springframework..", "jakarta.persistence..", "javax.persistence..", "java.sql.."));
    }

    @Test
    void domainHasNoSpring() {
        check(noClasses().that().resideInAPackage("dev.rebound.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                        "dev.rebound.projections..", "dev.rebound.infra..", "dev.rebound.web.."));
    }

    @Test
    void projectionsUseOnlyTheApiOfOurs() {
        check(noClasses().that().resideInAPackage("dev.rebound.projections..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rebound.domain..", "dev.rebound.infra..",
                        "dev.rebound.web.."));
    }

    @Test
    void webUsesOnlyTheApiOfOurs() {
        check(noClasses().that().resideInAPackage("dev.rebound.web..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.rebound.domain..",
                        "dev.rebound.projections..", "dev.rebound.infra..", "org.axonframework.eventsourcing..",
                        "org.springframework.jdbc..", "javax.sql.."));
    }

    @Test
    void everyEventHandlerClassNamesItsProcessingGroup() {
        check(methods().that().areAnnotatedWith(EventHandler.class)
                .and().areDeclaredInClassesThat().resideOutsideOfPackage("dev.rebound.domain..")
                .should().beDeclaredInClassesThat().areAnnotatedWith(ProcessingGroup.class));
    }

    @Test
    void everyReadModelCanBeRebuilt() {
        check(classes().that().areAnnotatedWith(ProcessingGroup.class).and().resideInAPackage("dev.rebound.projections..")
                .should(new ArchCondition<JavaClass>("declare a @ResetHandler that empties its tables") {
                    @Override
                    public void check(JavaClass projection, ConditionEvents events) {
                        if (projection.getMethods().stream().noneMatch(method -> method.isAnnotatedWith(ResetHandler.class))) {
                            events.add(SimpleConditionEvent.violated(projection,
                                    projection.getName() + " has no @ResetHandler, so a replay would double it"));
                        }
                    }
                })
                .allowEmptyShould(false));
    }

    @Test
    void everyEventCarriesItsRevisionAndItsOrganization() {
        check(classes().that().resideInAPackage("dev.rebound.api..event..").and().areRecords()
                .should().beAnnotatedWith(Revision.class)
                .andShould().implement(OrganizationEvent.class)
                .allowEmptyShould(false));
    }
}

package io.github.govreport.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The house rules, read from the compiled classes of all four modules: modules depend one way, internal
 * types stay in their module, the report reader's stages depend one way down their declared order, and
 * the language of values and the model never read text. It lives in {@code examples}, the one module that
 * sees the other three.
 */
class ArchitectureTest {

    private static final String ROOT = "io.github.govreport";
    private static final String READER = ROOT + ".parser.internal.report";

    /**
     * The report reader's stages, in the order it reads them (see the package's {@code package-info}):
     * a stage may use the stages before it and never one after it, nor the reader on top.
     */
    static final List<String> STAGES = List.of("text", "header", "outline", "time", "measures", "items");

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void allFourModulesAreRead() {
        for (String module : List.of("core", "model", "parser", "examples")) {
            assertTrue(CLASSES.containPackage(ROOT + "." + module), module + " is missing from the imported classes");
        }
        for (String stage : STAGES) {
            assertTrue(CLASSES.containPackage(READER + "." + stage), stage + " is missing from the imported classes");
        }
    }

    @Test
    void modulesDependParserThenModelThenCore() {
        noClasses().that().resideInAPackage(ROOT + ".core..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".model..", ROOT + ".parser..", ROOT + ".examples..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".parser..", ROOT + ".examples..")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".parser..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".examples..")
                .check(CLASSES);
    }

    @Test
    void internalTypesAreNotUsedOutsideTheirModule() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".parser..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".parser.internal..")
                .because("internal packages are the parser's own; users and the examples see only its API")
                .check(CLASSES);
    }

    @Test
    void theValueScannerKnowsNothingOfTheReportReader() {
        noClasses().that().resideInAPackage(ROOT + ".parser.internal")
                .should().dependOnClassesThat().resideInAPackage(READER + "..")
                .because("the report reader reads the value scanner's mentions, not the other way round")
                .check(CLASSES);
    }

    @Test
    void stagesFollowTheirDeclaredOrder() {
        stageLayers().check(CLASSES);
    }

    @Test
    void stagesHaveNoCycle() {
        slices().matching(READER + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void coreAndModelNeverReadText() {
        noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio.file..", "java.nio.charset..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Scanner")
                .because("reading files and text is the parser's job")
                .check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".core..")
                .should().dependOnClassesThat().resideInAPackage("java.util.regex..")
                .because("core holds values, it parses nothing")
                .check(CLASSES);
    }

    /**
     * One layer per stage, and the reader on top: each may be used only by the reader and by the stages
     * after it.
     */
    static LayeredArchitecture stageLayers() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("reader").definedBy(READER);
        for (String stage : STAGES) {
            layers = layers.layer(stage).definedBy(READER + "." + stage + "..");
        }
        layers = layers.whereLayer("reader").mayNotBeAccessedByAnyLayer();
        for (int i = 0; i < STAGES.size(); i++) {
            List<String> users = new ArrayList<>(List.of("reader"));
            users.addAll(STAGES.subList(i + 1, STAGES.size()));
            layers = layers.whereLayer(STAGES.get(i)).mayOnlyBeAccessedByLayers(users.toArray(String[]::new));
        }
        return layers;
    }
}

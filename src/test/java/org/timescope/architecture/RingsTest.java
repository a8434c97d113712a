package org.timescope.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rings of docs/architecture.md, enforced on the production classes. */
@AnalyzeClasses(packages = "org.timescope", importOptions = ImportOption.DoNotIncludeTests.class)
class RingsTest {

    @ArchTest
    static final ArchRule onlyTheUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("org.timescope.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..")
            .because("commands must run without a display and logic must be testable without a toolkit");

    @ArchTest
    static final ArchRule onlyTheStoreUsesSql = noClasses()
            .that().resideOutsideOfPackage("org.timescope.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyTheCommandLinePrints = noClasses()
            .that().resideOutsideOfPackage("org.timescope.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err");

    @ArchTest
    static final ArchRule awtOnlyInTheJava2DSurface = noClasses()
            .that().resideOutsideOfPackage("org.timescope.render.java2d..")
            .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.imageio..", "javax.swing..",
                    "org.jfree..")
            .because("AWT belongs only to the Java2D surface adapter of the render ring");

    @ArchTest
    static final ArchRule pdfBoxOnlyInThePdfSurface = noClasses()
            .that().resideOutsideOfPackage("org.timescope.render.pdf..")
            .and().doNotHaveFullyQualifiedName("org.timescope.exchange.article.PdfArticle")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..")
            .because("PDFBox writes the PDF surface and, in one class, reads news articles kept as PDF");

    @ArchTest
    static final ArchRule theModelDependsOnNothingElse = noClasses()
            .that().resideInAPackage("org.timescope.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.timescope.store..", "org.timescope.exchange..",
                    "org.timescope.service..", "org.timescope.cli..", "org.timescope.ui..", "com.fasterxml..",
                    "picocli..");

    @ArchTest
    static final ArchRule layoutIsPureGeometry = noClasses()
            .that().resideInAPackage("org.timescope.timeline.layout..")
            .should().dependOnClassesThat().resideInAnyPackage("org.timescope.store..", "org.timescope.exchange..",
                    "org.timescope.service..", "org.timescope.cli..", "org.timescope.ui..", "org.timescope.render..",
                    "java.io..", "java.nio..")
            .because("the layout is deterministic maths over the model, tested without a toolkit");

    @ArchTest
    static final ArchRule thePainterKnowsOnlyLayoutAndModel = noClasses()
            .that().resideInAPackage("org.timescope.render..")
            .should().dependOnClassesThat().resideInAnyPackage("org.timescope.store..", "org.timescope.exchange..",
                    "org.timescope.service..", "org.timescope.cli..", "org.timescope.ui..");

    @ArchTest
    static final ArchRule storeAndExchangeKnowOnlyTheModel = noClasses()
            .that().resideInAnyPackage("org.timescope.store..", "org.timescope.exchange..")
            .should().dependOnClassesThat(resideInAnyPackage("org.timescope.service..", "org.timescope.cli..",
                    "org.timescope.ui..").and(not(resideInAPackage("org.timescope.service.storage"))))
            .because("an engine knows the model and the storage interfaces it implements, nothing above");

    @ArchTest
    static final ArchRule storageOnlyThroughItsInterfaces = noClasses()
            .that().resideOutsideOfPackage("org.timescope.store..")
            .should().dependOnClassesThat().resideInAPackage("org.timescope.store..")
            .because("services and front ends use the storage interfaces, so a second engine (PostgreSQL) "
                    + "can be opened from a location without changing them");

    @ArchTest
    static final ArchRule theStorageInterfacesKnowOnlyTheModel = noClasses()
            .that().resideInAPackage("org.timescope.service.storage")
            .should().dependOnClassesThat().resideInAnyPackage("org.timescope.store..", "org.timescope.exchange..",
                    "org.timescope.cli..", "org.timescope.ui..", "java.sql..");

    @ArchTest
    static final ArchRule storeAndExchangeAreIndependent = noClasses()
            .that().resideInAPackage("org.timescope.store..")
            .should().dependOnClassesThat().resideInAPackage("org.timescope.exchange..");

    @ArchTest
    static final ArchRule exchangeDoesNotStore = noClasses()
            .that().resideInAPackage("org.timescope.exchange..")
            .should().dependOnClassesThat().resideInAPackage("org.timescope.store..");

    @ArchTest
    static final ArchRule servicesServeBothFrontEnds = noClasses()
            .that().resideInAPackage("org.timescope.service..")
            .should().dependOnClassesThat().resideInAnyPackage("org.timescope.cli..", "org.timescope.ui..");

    @ArchTest
    static final ArchRule theFrontEndsAreIndependent = noClasses()
            .that().resideInAPackage("org.timescope.cli..")
            .should().dependOnClassesThat().resideInAPackage("org.timescope.ui..");

    @ArchTest
    static final ArchRule theWindowDoesNotUseTheCommandLine = noClasses()
            .that().resideInAPackage("org.timescope.ui..")
            .should().dependOnClassesThat().resideInAPackage("org.timescope.cli..");
}

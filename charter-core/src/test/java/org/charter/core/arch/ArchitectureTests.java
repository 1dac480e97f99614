package org.charter.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.charter.core.act.Act;
import org.charter.core.act.ActTypes;
import org.charter.core.act.BindingAct;
import org.junit.jupiter.api.Test;

/** The dependency rule, kept by a test: the core knows no SQL, HTTP, terminal or serialization framework. */
class ArchitectureTests {
  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.charter.core");

  @Test
  void core_importsNoFrameworkAndNoIo() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
        "java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "java.io.File..",
        "picocli..", "com.fasterxml.jackson.databind..", "com.fasterxml.jackson.annotation..",
        "com.fasterxml.jackson.dataformat..", "io.javalin..", "org.yaml..", "org.flywaydb..", "org.xerial..",
        "org.postgresql..")
        .check(CORE);
  }

  @Test
  void jacksonsTokenizer_onlyInTheLedgerPackage() {
    // The canonical reader is a parser of the ledger's own format, not an adapter: the one place the core may parse
    // JSON, with Jackson's streaming tokenizer and nothing above it.
    noClasses().that().resideOutsideOfPackage("org.charter.core.ledger..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml..")
        .check(CORE);
  }

  @Test
  void corePackages_haveNoCycles() {
    slices().matching("org.charter.core.(*)..").should().beFreeOfCycles().check(CORE);
  }

  @Test
  void everyActType_isARecordReachableFromTheSealedInterface() {
    List<Class<? extends Act>> all = ActTypes.all();
    assertThat(all).hasSizeGreaterThanOrEqualTo(35);
    assertThat(all).allMatch(Class::isRecord);
    assertThat(all.stream().filter(BindingAct.class::isAssignableFrom)).hasSize(38);
  }
}

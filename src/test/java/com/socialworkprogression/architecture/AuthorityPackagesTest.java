package com.socialworkprogression.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Shared code (the platform and the route kit) serves every authority, so it imports no authority's
 * package, and no authority's package imports another's. The authorities are the folders under
 * processes/, so a new authority is covered as soon as its diagrams arrive.
 */
class AuthorityPackagesTest {

  private static final String ROOT = "com.socialworkprogression";
  private static JavaClasses classes;
  private static List<String> authorities;

  @BeforeAll
  static void importClasses() throws IOException {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    try (Stream<Path> folders = Files.list(Path.of("processes"))) {
      authorities = folders.filter(Files::isDirectory).map(folder -> folder.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @DisplayName("Every authority with diagrams is known here (the check below would otherwise pass vacuously)")
  void authoritiesAreFound() {
    assertThat(authorities).contains("nelc", "redbridge");
  }

  @Test
  @DisplayName("Shared packages import no authority's package")
  void sharedCodeNamesNoAuthority() {
    String[] authorityPackages = authorities.stream().map(a -> ROOT + "." + a + "..").toArray(String[]::new);
    noClasses().that().resideOutsideOfPackages(authorityPackages)
        .should().dependOnClassesThat().resideInAnyPackage(authorityPackages)
        .because("the platform and the route kit serve every authority")
        .check(classes);
  }

  @Test
  @DisplayName("Shared code has no authority's id in its code: no string that names one (comments may give examples)")
  void sharedCodeHasNoAuthorityLiteral() throws IOException {
    Path root = Path.of("src/main/java/com/socialworkprogression");
    Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    List<String> found = new java.util.ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        if (authorities.contains(root.relativize(file).getName(0).toString())) {
          continue;
        }
        for (String line : Files.readAllLines(file)) {
          String code = line.trim();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) {
            continue;
          }
          Matcher matcher = literal.matcher(code);
          while (matcher.find()) {
            for (String authority : authorities) {
              if (Pattern.compile("(?i)\\b" + authority + "\\b").matcher(matcher.group()).find()) {
                found.add(file + ": " + code);
              }
            }
          }
        }
      }
    }
    assertThat(found).as("shared code naming an authority").isEmpty();
  }

  @Test
  @DisplayName("No authority's package imports another's")
  void authoritiesAreIndependent() {
    for (String authority : authorities) {
      String[] others = authorities.stream().filter(a -> !a.equals(authority)).map(a -> ROOT + "." + a + "..")
          .toArray(String[]::new);
      noClasses().that().resideInAPackage(ROOT + "." + authority + "..")
          .should().dependOnClassesThat().resideInAnyPackage(others)
          .because("one scheme's rules are not another's")
          // An authority whose routes are built from the kit alone (Leicestershire) has no package at all.
          .allowEmptyShould(true)
          .check(classes);
    }
  }
}

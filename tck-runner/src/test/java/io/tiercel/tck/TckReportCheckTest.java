package io.tiercel.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests {@link TckReportCheck} against synthetic surefire reports. */
class TckReportCheckTest {

    @Test
    void passesWhenEnoughTckTestsPassed(@TempDir Path dir) throws IOException {
        report(dir, "org.jsr107.tck.PutTest", 0, 0, 0,
                testCase("org.jsr107.tck.PutTest", "a", ""),
                testCase("org.jsr107.tck.PutTest", "b", ""));
        report(dir, "javax.cache.CachingTest", 0, 0, 0,
                testCase("javax.cache.CachingTest", "b", ""));
        report(dir, "io.tiercel.tck.ExcludeListGuardTest", 0, 0, 0,
                testCase("io.tiercel.tck.ExcludeListGuardTest", "c", ""));

        TckReportCheck.Summary summary = TckReportCheck.scan(dir, Long.MIN_VALUE);

        assertEquals(List.of(), summary.problems(3));
        assertTrue(summary.describe().startsWith("3 TCK tests run (1 other tests), 0 failures,"),
                summary.describe());
    }

    @Test
    void namesTheCountWhenTooFewTckTestsRan(@TempDir Path dir) throws IOException {
        report(dir, "org.jsr107.tck.PutTest", 0, 0, 0,
                testCase("org.jsr107.tck.PutTest", "a", ""));

        List<String> problems = TckReportCheck.scan(dir, Long.MIN_VALUE).problems(479);

        assertEquals(List.of("found 1 TCK tests run, expected at least 479"), problems);
    }

    @Test
    void failsOnFailuresErrorsSkipsAndExclusions(@TempDir Path dir) throws IOException {
        report(dir, "org.jsr107.tck.GetTest", 1, 1, 1,
                testCase("org.jsr107.tck.GetTest", "f", "<failure message=\"boom\"/>"),
                testCase("org.jsr107.tck.GetTest", "e", "<error type=\"X\"/>"),
                testCase("org.jsr107.tck.GetTest", "s", "<skipped/>"),
                testCase("org.jsr107.tck.GetTest", "x", "<system-err><![CDATA[INFO: "
                        + "===== EXCLUDING TEST 'org.jsr107.tck.GetTest'\t'x'.\n]]></system-err>"),
                testCase("org.jsr107.tck.CachingTest", "dummyTest", "<system-err>"
                        + "===== EXCLUDING TEST 'org.jsr107.tck.CachingTest'\t'dummyTest'."
                        + "</system-err>"));

        List<String> problems = TckReportCheck.scan(dir, Long.MIN_VALUE).problems(5);

        assertEquals(List.of("1 failed: org.jsr107.tck.GetTest#f",
                "1 in error: org.jsr107.tck.GetTest#e",
                "1 skipped: org.jsr107.tck.GetTest#s",
                "1 excluded by the TCK, and reported as passed: org.jsr107.tck.GetTest#x (the TCK"
                        + " excludes testUnwrap when the class named by its system property cannot"
                        + " be loaded, and StoreByReferenceTest when the provider does not support"
                        + " OptionalFeature.STORE_BY_REFERENCE)"), problems);
    }

    @Test
    void countsAnnotationTestsApartAndRequiresTheirMinimum(@TempDir Path dir) throws IOException {
        report(dir, "org.jsr107.tck.PutTest", 0, 0, 0,
                testCase("org.jsr107.tck.PutTest", "a", ""));
        report(dir, "org.jsr107.tck.annotation.InterceptionUsingCacheConfigTest", 0, 0, 0,
                testCase("org.jsr107.tck.annotation.InterceptionUsingCacheConfigTest", "b", ""));

        TckReportCheck.Summary summary = TckReportCheck.scan(dir, Long.MIN_VALUE);

        assertEquals(List.of(), summary.problems(1, 1));
        assertEquals(List.of("found 1 TCK annotation tests run, expected at least 12"),
                summary.problems(1, 12));
        assertEquals(List.of("found 1 TCK tests run, expected at least 2"), summary.problems(2));
        assertTrue(summary.describe().startsWith("1 TCK tests run + 1 TCK annotation tests"
                + " (0 other tests), 0 failures,"), summary.describe());
    }

    @Test
    void ignoresReportsOlderThanTheBuild(@TempDir Path dir) throws IOException {
        Path old = report(dir, "org.jsr107.tck.PutTest", 0, 0, 0,
                testCase("org.jsr107.tck.PutTest", "a", ""));
        Files.setLastModifiedTime(old, FileTime.fromMillis(1_000));

        TckReportCheck.Summary summary = TckReportCheck.scan(dir, 10_000);

        assertEquals(List.of("found 0 TCK tests run, expected at least 1 (no surefire report of"
                + " this build in " + dir + ")"), summary.problems(1));
        assertTrue(summary.describe().endsWith("(1 older report files ignored)"),
                summary.describe());
    }

    @Test
    void failsWithoutReports(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("surefire-reports");

        List<String> problems = TckReportCheck.scan(missing, Long.MIN_VALUE).problems(479);

        assertEquals(List.of("found 0 TCK tests run, expected at least 479 (no surefire report of"
                + " this build in " + missing + ")"), problems);
    }

    private static Path report(Path dir, String suite, int failures, int errors, int skipped,
            String... cases) throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"" + suite
                + "\" tests=\"" + cases.length + "\" failures=\"" + failures + "\" errors=\""
                + errors + "\" skipped=\"" + skipped + "\">\n<properties><property name=\"a\""
                + " value=\"b\"/></properties>\n" + String.join("\n", cases) + "\n</testsuite>\n";
        return Files.writeString(dir.resolve("TEST-" + suite + ".xml"), xml,
                StandardCharsets.UTF_8);
    }

    private static String testCase(String className, String name, String body) {
        return "<testcase name=\"" + name + "\" classname=\"" + className + "\" time=\"0.01\">"
                + body + "</testcase>";
    }
}

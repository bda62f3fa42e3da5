package io.tiercel.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fails the build if the TCK's exclude list excludes anything but the TCK's dummy test. */
class ExcludeListGuardTest {

    @Test
    void excludeListExcludesOnlyTheDummyTest() throws IOException {
        List<String> problems = ExcludeListGuard.check();

        assertTrue(problems.isEmpty(), () -> String.join(System.lineSeparator(), problems));
    }

    @Test
    void readsEntriesLikeTheTck() throws IOException {
        Set<String> entries = ExcludeListGuard.entries(new StringReader(
                "# comment\n\n   \n  org.jsr107.tck.CachingTest#dummyTest  \n  #also a comment\n"
                        + "org.jsr107.tck.PutTest#putShouldNotCallWriter\n"));

        assertEquals(Set.of("org.jsr107.tck.CachingTest#dummyTest",
                "org.jsr107.tck.PutTest#putShouldNotCallWriter"), entries);
    }

    @Test
    void namesExtraEntries(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ExcludeList"), ExcludeListGuard.ALLOWED_ENTRY
                + "\norg.jsr107.tck.PutTest#putShouldNotCallWriter\n", StandardCharsets.UTF_8);

        List<String> problems = check(dir, "ExcludeList");

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("[org.jsr107.tck.PutTest#putShouldNotCallWriter]"),
                problems.get(0));
    }

    @Test
    void requiresTheDummyTestEntry(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("Other"), "# nothing\n", StandardCharsets.UTF_8);

        List<String> problems = check(dir, "Other");

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("does not exclude " + ExcludeListGuard.ALLOWED_ENTRY),
                problems.get(0));
    }

    @Test
    void requiresTheResource(@TempDir Path dir) throws IOException {
        List<String> problems = check(dir, "Missing");

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("No resource 'Missing'"), problems.get(0));
    }

    private static List<String> check(Path dir, String name) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            return ExcludeListGuard.check(loader, name);
        }
    }
}

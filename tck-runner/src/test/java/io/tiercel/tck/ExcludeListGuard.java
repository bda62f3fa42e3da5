package io.tiercel.tck;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Checks that the TCK's {@code ExcludeList} resource excludes nothing but its dummy test. */
final class ExcludeListGuard {

    /** The one entry allowed: the TCK requires it, to prove that exclusion works. */
    static final String ALLOWED_ENTRY = "org.jsr107.tck.CachingTest#dummyTest";

    /** The system property naming the resource, and the resource's default name. */
    static final String PROPERTY = "ExcludeList";

    private ExcludeListGuard() {
    }

    /**
     * Returns the name of the exclude list resource, as the TCK determines it.
     *
     * @return the value of the system property {@code ExcludeList}, else {@code ExcludeList}
     */
    static String resourceName() {
        return System.getProperty(PROPERTY, PROPERTY);
    }

    /**
     * Checks the exclude list the TCK reads in this JVM.
     *
     * <p>The TCK ({@code org.jsr107.tck.testutil.ExcludeList}) reads the class path resource named
     * by the system property {@code ExcludeList} (default {@code ExcludeList}) through the thread
     * context class loader, one {@code class#method} per line, ignoring blank lines and lines
     * starting with {@code #}. It reports an excluded test as passed, so any entry but
     * {@value #ALLOWED_ENTRY} would hide a failing TCK test. The TCK reads the first such resource;
     * this check reads every one on the class path.
     *
     * @return the problems found, empty if the exclude list excludes exactly the dummy test
     * @throws IOException if a resource cannot be read
     */
    static List<String> check() throws IOException {
        return check(Thread.currentThread().getContextClassLoader(), resourceName());
    }

    /**
     * Checks every resource of the given name visible to the given class loader.
     *
     * @param loader the class loader the TCK would use
     * @param resourceName the name of the exclude list resource
     * @return the problems found, empty if each copy excludes exactly the dummy test
     * @throws IOException if a resource cannot be read
     */
    static List<String> check(ClassLoader loader, String resourceName) throws IOException {
        List<URL> urls = Collections.list(loader.getResources(resourceName));
        List<String> problems = new ArrayList<>();
        if (urls.isEmpty()) {
            problems.add("No resource '" + resourceName + "' on the test class path: the TCK needs"
                    + " it to exclude " + ALLOWED_ENTRY + ", which always fails.");
        }
        for (URL url : urls) {
            Set<String> entries;
            try (Reader reader = new InputStreamReader(url.openStream(), StandardCharsets.UTF_8)) {
                entries = entries(reader);
            }
            Set<String> extra = new LinkedHashSet<>(entries);
            extra.remove(ALLOWED_ENTRY);
            if (!extra.isEmpty()) {
                problems.add("The TCK exclude list " + url + " excludes " + extra.size()
                        + " test(s) besides " + ALLOWED_ENTRY + ": " + extra + ". The TCK reports"
                        + " excluded tests as passed; fix the provider instead of excluding them.");
            }
            if (!entries.contains(ALLOWED_ENTRY)) {
                problems.add("The TCK exclude list " + url + " does not exclude " + ALLOWED_ENTRY
                        + ", which always fails.");
            }
        }
        return problems;
    }

    /**
     * Reads the entries of an exclude list the way the TCK does.
     *
     * @param reader the exclude list's text
     * @return the trimmed lines that are neither blank nor comments, in order, without duplicates
     * @throws IOException if the text cannot be read
     */
    static Set<String> entries(Reader reader) throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            String entry = line.trim();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                entries.add(entry);
            }
        }
        return entries;
    }
}

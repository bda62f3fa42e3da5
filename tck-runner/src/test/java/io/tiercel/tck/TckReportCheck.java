package io.tiercel.tck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** Fails the build unless this build's surefire reports show a complete, green TCK run. */
public final class TckReportCheck {

    /** The package prefixes of the test classes in the TCK's test jar. */
    static final List<String> TCK_PREFIXES = List.of("org.jsr107.tck.", "javax.cache.");

    /** The package prefix of the TCK's annotation tests, counted apart from the core tests. */
    static final String ANNOTATION_PREFIX = "org.jsr107.tck.annotation.";

    /** Reports written up to this long before the build started still count (coarse clocks). */
    private static final long CLOCK_TOLERANCE_MILLIS = 2_000;

    /** How many test names a failure message lists per category. */
    private static final int MAX_LISTED = 20;

    /** The log line the TCK writes instead of running an excluded test. */
    private static final Pattern EXCLUDING =
            Pattern.compile("EXCLUDING TEST '([^']*)'\\s*'([^']*)'");

    private TckReportCheck() {
    }

    /**
     * Checks the reports and throws if the TCK run is not complete and green.
     *
     * <p>Run by exec-maven-plugin in the {@code verify} phase with three options:
     * {@code --reports=} the surefire reports directory, {@code --minimum=} the minimum number of
     * TCK tests (test classes in {@code org.jsr107.tck} or {@code javax.cache}), and
     * {@code --build-start=} the build's start time in epoch milliseconds (older reports are left
     * over from an earlier build and ignored; a value that is not a number disables this filter).
     * An optional {@code --minimum-annotation=} is the minimum number of the TCK's annotation
     * tests ({@code org.jsr107.tck.annotation}), which are then not counted among the others.
     *
     * <p>It fails when fewer TCK tests ran, when any test (TCK or not) failed, is in error or was
     * skipped, when a test's output shows that the TCK excluded a test other than the dummy test
     * (excluded tests are reported as passed), or when {@link ExcludeListGuard} finds a problem.
     *
     * @param args {@code --reports=}, {@code --minimum=} and {@code --build-start=} options
     * @throws Exception if the check fails or the reports cannot be read
     */
    public static void main(String[] args) throws Exception {
        String reportsArg = option(args, "--reports=");
        String minimumArg = option(args, "--minimum=");
        String startArg = option(args, "--build-start=");
        String annotationArg = option(args, "--minimum-annotation=");
        if (reportsArg == null || minimumArg == null || startArg == null) {
            throw new IllegalArgumentException("Usage: TckReportCheck --reports=<surefire reports"
                    + " directory> --minimum=<TCK tests> --build-start=<epoch millis>"
                    + " [--minimum-annotation=<TCK annotation tests>], not "
                    + String.join(" ", args));
        }
        Path reports = Path.of(reportsArg);
        int minimum = Integer.parseInt(minimumArg.trim());
        int annotationMinimum = annotationArg == null ? 0 : Integer.parseInt(annotationArg.trim());
        long notBefore = Long.MIN_VALUE;
        try {
            notBefore = Long.parseLong(startArg.trim()) - CLOCK_TOLERANCE_MILLIS;
        } catch (NumberFormatException e) {
            System.out.println("[tck-check] Build start time '" + startArg
                    + "' is not a number: counting every report in " + reports);
        }
        Summary summary = scan(reports, notBefore);
        List<String> problems = summary.problems(minimum, annotationMinimum);
        problems.addAll(ExcludeListGuard.check());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("JCache TCK check failed: " + summary.describe()
                    + System.lineSeparator() + "  - " + String.join(System.lineSeparator() + "  - ",
                    problems));
        }
        System.out.println("[tck-check] JCache TCK check passed: " + summary.describe());
    }

    private static String option(String[] args, String prefix) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return arg.substring(prefix.length());
            }
        }
        return null;
    }

    /**
     * Reads every {@code TEST-*.xml} surefire report in a directory.
     *
     * @param reports the surefire reports directory; may not exist
     * @param notBefore reports last modified before this time (epoch millis) are ignored
     * @return what the reports show
     * @throws IOException if a report cannot be read
     */
    static Summary scan(Path reports, long notBefore) throws IOException {
        Summary summary = new Summary(reports);
        if (!Files.isDirectory(reports)) {
            return summary;
        }
        DocumentBuilder parser = newParser();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(reports, "TEST-*.xml")) {
            for (Path file : files) {
                if (Files.getLastModifiedTime(file).toMillis() < notBefore) {
                    summary.staleFiles++;
                    continue;
                }
                summary.files++;
                Document document;
                try (InputStream in = Files.newInputStream(file)) {
                    document = parser.parse(in);
                } catch (SAXException e) {
                    summary.unreadable.add(file.getFileName() + " (" + e.getMessage() + ")");
                    continue;
                }
                NodeList suites = document.getElementsByTagName("testsuite");
                for (int i = 0; i < suites.getLength(); i++) {
                    summary.addSuite((Element) suites.item(i));
                }
                NodeList cases = document.getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    summary.addCase((Element) cases.item(i));
                }
            }
        }
        return summary;
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("Cannot create an XML parser", e);
        }
    }

    /** What a set of surefire reports shows. */
    static final class Summary {
        private final Path reports;
        int files;
        int staleFiles;
        int tckTests;
        int annotationTests;
        int otherTests;
        int suiteFailures;
        int suiteErrors;
        int suiteSkipped;
        final List<String> failed = new ArrayList<>();
        final List<String> errored = new ArrayList<>();
        final List<String> skipped = new ArrayList<>();
        final List<String> excluded = new ArrayList<>();
        final List<String> unreadable = new ArrayList<>();

        Summary(Path reports) {
            this.reports = reports;
        }

        void addSuite(Element suite) {
            suiteFailures += count(suite, "failures");
            suiteErrors += count(suite, "errors");
            suiteSkipped += count(suite, "skipped");
        }

        void addCase(Element testCase) {
            String className = testCase.getAttribute("classname");
            String name = className + "#" + testCase.getAttribute("name");
            if (className.startsWith(ANNOTATION_PREFIX)) {
                annotationTests++;
            } else if (TCK_PREFIXES.stream().anyMatch(className::startsWith)) {
                tckTests++;
            } else {
                otherTests++;
            }
            for (Node child = testCase.getFirstChild(); child != null;
                    child = child.getNextSibling()) {
                if (child.getNodeType() != Node.ELEMENT_NODE) {
                    continue;
                }
                switch (child.getNodeName()) {
                    case "failure", "flakyFailure", "rerunFailure" -> addOnce(failed, name);
                    case "error", "flakyError", "rerunError" -> addOnce(errored, name);
                    case "skipped" -> addOnce(skipped, name);
                    case "system-out", "system-err" -> findExclusions(child.getTextContent());
                    default -> {
                        // properties and the like
                    }
                }
            }
        }

        private void findExclusions(String output) {
            Matcher matcher = EXCLUDING.matcher(output);
            while (matcher.find()) {
                String entry = matcher.group(1) + "#" + matcher.group(2);
                if (!entry.equals(ExcludeListGuard.ALLOWED_ENTRY)) {
                    addOnce(excluded, entry);
                }
            }
        }

        /**
         * Lists what is wrong with the reports.
         *
         * @param minimum the minimum number of TCK tests that must have run
         * @return the problems, empty if the TCK run was complete and green
         */
        List<String> problems(int minimum) {
            return problems(minimum, 0);
        }

        /**
         * Lists what is wrong with the reports.
         *
         * @param minimum the minimum number of TCK tests, annotation tests aside, that must run
         * @param annotationMinimum the minimum number of TCK annotation tests that must have run
         * @return the problems, empty if the TCK run was complete and green
         */
        List<String> problems(int minimum, int annotationMinimum) {
            List<String> problems = new ArrayList<>();
            if (annotationTests < annotationMinimum) {
                problems.add("found " + annotationTests + " TCK annotation tests run, expected at"
                        + " least " + annotationMinimum);
            }
            if (tckTests < minimum) {
                problems.add("found " + tckTests + " TCK tests run, expected at least " + minimum
                        + (files == 0 ? " (no surefire report of this build in " + reports + ")"
                                : ""));
            }
            int failures = Math.max(failed.size(), suiteFailures);
            int errors = Math.max(errored.size(), suiteErrors);
            int skips = Math.max(skipped.size(), suiteSkipped);
            if (failures > 0) {
                problems.add(failures + " failed: " + list(failed));
            }
            if (errors > 0) {
                problems.add(errors + " in error: " + list(errored));
            }
            if (skips > 0) {
                problems.add(skips + " skipped: " + list(skipped));
            }
            if (!excluded.isEmpty()) {
                problems.add(excluded.size() + " excluded by the TCK, and reported as passed: "
                        + list(excluded) + " (the TCK excludes testUnwrap when the class named by"
                        + " its system property cannot be loaded, and StoreByReferenceTest when the"
                        + " provider does not support OptionalFeature.STORE_BY_REFERENCE)");
            }
            if (!unreadable.isEmpty()) {
                problems.add("unreadable reports: " + list(unreadable));
            }
            return problems;
        }

        /**
         * Describes the counts found.
         *
         * @return a one-line description naming the TCK test count
         */
        String describe() {
            return tckTests + " TCK tests run"
                    + (annotationTests > 0 ? " + " + annotationTests + " TCK annotation tests" : "")
                    + " (" + otherTests + " other tests), "
                    + Math.max(failed.size(), suiteFailures) + " failures, "
                    + Math.max(errored.size(), suiteErrors) + " errors, "
                    + Math.max(skipped.size(), suiteSkipped) + " skipped, in " + files
                    + " report files of this build in " + reports
                    + (staleFiles > 0 ? " (" + staleFiles + " older report files ignored)" : "");
        }

        private static int count(Element element, String attribute) {
            String value = element.getAttribute(attribute).trim();
            if (value.isEmpty()) {
                return 0;
            }
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        private static void addOnce(List<String> list, String name) {
            if (!list.contains(name)) {
                list.add(name);
            }
        }

        private static String list(List<String> names) {
            if (names.isEmpty()) {
                return "(see the surefire reports)";
            }
            if (names.size() <= MAX_LISTED) {
                return String.join(", ", names);
            }
            return String.join(", ", names.subList(0, MAX_LISTED)) + " and "
                    + (names.size() - MAX_LISTED) + " more";
        }
    }
}

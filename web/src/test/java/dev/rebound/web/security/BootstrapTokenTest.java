package dev.rebound.web.security;

import dev.rebound.web.WebProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class BootstrapTokenTest {

    @TempDir
    Path dataDir;

    private WebProperties properties(String token) {
        return new WebProperties(dataDir, token, UUID.randomUUID(), new WebProperties.Api(DataSize.ofMegabytes(1),
                new WebProperties.RateLimit(true, 300, 300)), new WebProperties.Analytics(5),
                new WebProperties.Ui(new WebProperties.SignInRateLimit(true, 10, 10)),
                new WebProperties.Live(5, java.time.Duration.ofSeconds(2)));
    }

    @Test
    void usesTheConfiguredTokenAndWritesNothing() {
        BootstrapToken token = BootstrapToken.resolve(properties("configured-secret"));

        assertThat(token.matches("configured-secret")).isTrue();
        assertThat(token.matches("configured-secre")).isFalse();
        assertThat(token.matches(null)).isFalse();
        assertThat(dataDir.resolve(BootstrapToken.FILE_NAME)).doesNotExist();
    }

    @Test
    void generatesARandomTokenIntoAnOwnerOnlyFile() throws Exception {
        BootstrapToken.resolve(properties(null));

        Path file = dataDir.resolve(BootstrapToken.FILE_NAME);
        String written = Files.readString(file).strip();
        assertThat(written).startsWith("rbt_").hasSizeGreaterThan(40);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theLogSaysWhereTheGeneratedTokenIsKeptButNeverShowsIt(CapturedOutput output) throws Exception {
        BootstrapToken.resolve(properties(null));

        Path file = dataDir.resolve(BootstrapToken.FILE_NAME);
        String written = Files.readString(file).strip();
        assertThat(output.getAll()).contains(file.toAbsolutePath().toString()).doesNotContain(written);
    }

    @Test
    void keepsTheGeneratedTokenAcrossRestarts() throws Exception {
        BootstrapToken.resolve(properties(""));
        String written = Files.readString(dataDir.resolve(BootstrapToken.FILE_NAME)).strip();

        BootstrapToken again = BootstrapToken.resolve(properties(null));

        assertThat(again.matches(written)).isTrue();
    }
}

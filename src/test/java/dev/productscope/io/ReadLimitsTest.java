package dev.productscope.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile files are refused by a limit with its own message, before they exhaust memory. */
class ReadLimitsTest {

    private final ModelReader reader = new ModelReader();

    @Test
    void tenThousandLevelsOfNestingAreRefused() {
        String json = "{\"format\": \"productscope-model\", \"version\": 1, \"name\": \"deep\", \"x-deep\": "
                + "[".repeat(10_000) + "]".repeat(10_000) + "}";

        FileProblem problem = firstProblem(json.getBytes(StandardCharsets.UTF_8));

        assertThat(problem.message()).contains("nested more than 64 levels deep");
        assertThat(problem.path()).startsWith("$['x-deep'][0][0]");
        assertThat(problem.line()).isEqualTo(1);
    }

    @Test
    void aHundredMegabyteStringIsRefusedByTheFileSizeLimitWithoutReadingItAll() {
        byte[] head = "{\"format\": \"productscope-model\", \"version\": 1, \"name\": \""
                .getBytes(StandardCharsets.UTF_8);
        long size = 100L * 1024 * 1024;
        InputStream endless = new InputStream() {
            private long served;

            @Override
            public int read() {
                if (served >= size) {
                    return -1;
                }
                return served < head.length ? head[(int) served++] : (served++ >= 0 ? 'a' : -1);
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                if (served >= size) {
                    return -1;
                }
                int n = 0;
                while (n < len && served < size) {
                    b[off + n++] = (byte) read();
                }
                return n;
            }
        };

        ModelFileException error = catchThrowableOfType(ModelFileException.class,
                () -> reader.read("huge.json", endless));

        assertThat(error.problems().get(0).message()).contains("larger than the 64.0 MiB a model file may be");
    }

    @Test
    void aFileOnDiskOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("big.json");
        Files.write(file, new byte[2048]);
        ModelReader small = new ModelReader(new ReadLimits(1024, 64, 1024, 1000), List.of());

        ModelFileException error = catchThrowableOfType(ModelFileException.class, () -> small.read(file));

        assertThat(error.problems().get(0).message()).contains("the file is 0.0 MiB, larger than");
    }

    @Test
    void aStringLongerThanTheLimitIsRefusedWithItsPath() {
        String json = "{\"format\": \"productscope-model\", \"version\": 1,\n \"name\": \""
                + "n".repeat(2 * 1024 * 1024) + "\"}";

        FileProblem problem = firstProblem(json.getBytes(StandardCharsets.UTF_8));

        assertThat(problem.message()).isEqualTo("a text value is longer than 1048576 characters, the limit for"
                + " ProductScope files");
        assertThat(problem.path()).isEqualTo("$.name");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void tooManyElementsAreRefused() {
        ModelReader small = new ModelReader(new ReadLimits(1 << 20, 64, 1024, 1000), List.of());
        String json = "{\"format\": \"productscope-model\", \"version\": 1, \"name\": \"many\", \"x-list\": ["
                + "0,".repeat(2000) + "0]}";

        ModelFileException error = catchThrowableOfType(ModelFileException.class,
                () -> small.read("many.json", json.getBytes(StandardCharsets.UTF_8)));

        assertThat(error.problems().get(0).message()).contains("more than 1000 JSON values");
        assertThat(error.problems().get(0).path()).startsWith("$['x-list'][");
    }

    private FileProblem firstProblem(byte[] bytes) {
        ModelFileException error = catchThrowableOfType(ModelFileException.class, () -> reader.read("f.json", bytes));
        assertThat(error).isNotNull();
        return error.problems().get(0);
    }

    @Test
    void defaultsAreFarAboveARealModel() {
        assertThat(ReadLimits.DEFAULT.maxFileBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(ReadLimits.DEFAULT.maxElements()).isGreaterThan(1_000_000);
        byte[] bytes = new ByteArrayInputStream(TestFiles.bytes("mini.json")).readAllBytes();
        assertThat(bytes.length).isLessThan(ReadLimits.DEFAULT.maxStringLength());
    }
}

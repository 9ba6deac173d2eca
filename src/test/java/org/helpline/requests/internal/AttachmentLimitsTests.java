package org.helpline.requests.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import org.helpline.requests.AttachmentUpload;
import org.helpline.requests.AttachmentsProperties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.util.unit.DataSize;

class AttachmentLimitsTests {

    private final AttachmentLimits limits = new AttachmentLimits(new AttachmentsProperties(
            AttachmentsProperties.Store.DATABASE,
            "",
            DataSize.ofKilobytes(10),
            DataSize.ofKilobytes(15),
            3,
            DataSize.ofKilobytes(40),
            Duration.ofDays(1)));

    @Test
    void filesWithinEveryLimitPass() {
        assertThatCode(() -> limits.check(List.of(file(10_240), file(5_120)), List.of(), 0))
                .doesNotThrowAnyException();
    }

    @Test
    void eachLimitIsNamedWithItsValue() {
        assertThat(refused(List.of(file(10_241)), List.of(), 0)).containsExactly("max-file-size", "10KB");
        assertThat(refused(List.of(file(1), file(1)), List.of(1L, 1L), 0))
                .containsExactly("max-files-per-message", "3");
        assertThat(refused(List.of(file(10_000)), List.of(6_000L), 0)).containsExactly("max-per-message", "15KB");
        assertThat(refused(List.of(file(2_000)), List.of(), 39_000)).containsExactly("max-per-request", "40KB");
    }

    @Test
    void whatWasWrittenCountsWhereTheAnnouncedSizeWasWrong() {
        var exceeded = catchThrowableOfType(AttachmentLimitExceeded.class, () -> limits.checkWritten(file(1), 10_241));
        assertThat(exceeded.limit()).isEqualTo("max-file-size");
        assertThat(exceeded.status()).isEqualTo(413);
    }

    private List<String> refused(List<AttachmentUpload> files, List<Long> pending, long total) {
        var exceeded = catchThrowableOfType(AttachmentLimitExceeded.class, () -> limits.check(files, pending, total));
        return List.of(exceeded.limit(), exceeded.value());
    }

    private static AttachmentUpload file(long size) {
        return new AttachmentUpload("f.bin", size, new ByteArrayResource(new byte[0]));
    }
}

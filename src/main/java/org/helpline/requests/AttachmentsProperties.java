package org.helpline.requests;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where attached files are kept and how large they may be. {@code store} is {@code database} (the
 * default: the database Helpline runs on) or {@code directory} (files under {@code directory}, which
 * every node must share). A file may have {@code maxFileSize}; the files of one message together
 * {@code maxPerMessage} and at most {@code maxFilesPerMessage} of them; all files of one request
 * {@code maxPerRequest}. Uploads no message named within {@code pendingFor} are removed.
 */
@Validated
@ConfigurationProperties("helpline.attachments")
public record AttachmentsProperties(
        @NotNull @DefaultValue("database") Store store,
        @DefaultValue("") String directory,
        @NotNull @DefaultValue("25MB") DataSize maxFileSize,
        @NotNull @DefaultValue("50MB") DataSize maxPerMessage,
        @Min(1) @Max(100) @DefaultValue("10") int maxFilesPerMessage,
        @NotNull @DefaultValue("200MB") DataSize maxPerRequest,
        @NotNull @DefaultValue("1d") Duration pendingFor) {

    /** Where new files go; each file remembers its store, so files stored before a switch stay readable. */
    public enum Store {
        DATABASE,
        DIRECTORY
    }

    @AssertTrue(message = "helpline.attachments.directory must be set when the store is directory")
    public boolean isDirectorySetWhereNeeded() {
        return store != Store.DIRECTORY || !directory.isBlank();
    }
}

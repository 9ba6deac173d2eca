package org.helpline.localmail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MailFilesTests {

    private static final Instant RECEIVED = Instant.parse("2026-12-07T10:15:30.123Z");

    @TempDir
    Path directory;

    @Test
    void aKeptMessageIsReadBackWithItsRecipientAndReceiveTimeAndABrokenFileIsSkipped() throws Exception {
        var mailbox = new LocalMailbox(new MailFiles(directory), Clock.fixed(RECEIVED, ZoneOffset.UTC));
        mailbox.received("ann@contoso.example", mail("Your code", "Code: 12345678"));
        mailbox.texted("+48601000001", "Your code is 87654321");
        Files.writeString(directory.resolve("1765102530999-00000000-0000-0000-0000-000000000000.eml"), "no headers");
        Files.writeString(directory.resolve("notes.txt"), "not a message");

        var reopened = new LocalMailbox(new MailFiles(directory), Clock.systemUTC());
        assertThat(reopened.load()).hasSize(2);

        var messages = reopened.messages("", 10);
        assertThat(messages)
                .extracting(MailboxMessage::to, MailboxMessage::receivedAt, MailboxMessage::channel)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                "ann@contoso.example", RECEIVED, MailboxMessage.Channel.EMAIL),
                        org.assertj.core.groups.Tuple.tuple("+48601000001", RECEIVED, MailboxMessage.Channel.TEXT));
        assertThat(reopened.messages("ANN@contoso.example", 10)).singleElement().satisfies(message -> {
            assertThat(message.subject()).isEqualTo("Your code");
            assertThat(message.from()).isEqualTo("Helpline <no-reply@helpline.example>");
            assertThat(message.text()).isEqualTo("Code: 12345678");
        });
        assertThat(reopened.messages("+48601000001", 10))
                .singleElement()
                .satisfies(text -> assertThat(text.text()).isEqualTo("Your code is 87654321"));
    }

    @Test
    void theNewestComesFirstEvenWithinOneMillisecond() throws Exception {
        var mailbox = new LocalMailbox(new MailFiles(directory), Clock.fixed(RECEIVED, ZoneOffset.UTC));
        for (var subject : new String[] {"first", "second", "third"}) {
            mailbox.received("ann@contoso.example", mail(subject, subject));
        }

        assertThat(mailbox.messages(null, 2))
                .extracting(MailboxMessage::subject)
                .containsExactly("third", "second");
    }

    private static MimeMessage mail(String subject, String text) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("no-reply@helpline.example", "Helpline"));
        message.setSubject(subject);
        message.setText(text, "UTF-8");
        return message;
    }
}

package org.helpline.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimeReadingTests {

    @Test
    void filesOverTheLimitAreNamedNotKeptAndTheSenderIsLowerCase() throws Exception {
        var message = message("Ann Example <Ann@Example.COM>");
        var text = new MimeBodyPart();
        text.setText("plain wins", "UTF-8");
        var html = new MimeBodyPart();
        html.setText("<p>html</p>", "UTF-8", "html");
        var alternative = new MimeMultipart("alternative", text, html);
        var body = new MimeBodyPart();
        body.setContent(alternative);
        var small = file("small.txt", "1234");
        var big = file("big.bin", "12345678901");
        message.setContent(new MimeMultipart(body, small, big));
        message.saveChanges();

        var read = new MimeReading(10).read(message);

        assertThat(read.fromAddress()).isEqualTo("ann@example.com");
        assertThat(read.fromName()).isEqualTo("Ann Example");
        assertThat(read.recipients()).containsExactly("support+abcdefghijklmnop@example.com");
        assertThat(read.text()).isEqualTo("plain wins");
        assertThat(read.attachments()).singleElement().satisfies(file -> {
            assertThat(file.fileName()).isEqualTo("small.txt");
            assertThat(file.contentType()).isEqualTo("text/plain");
        });
        assertThat(read.tooLarge()).containsExactly("big.bin");
        assertThat(read.automatic()).isFalse();
        assertThat(read.messageId()).startsWith("<");
    }

    @Test
    void autoRepliesAreRecognisedAndAMailWithoutMessageIdGetsAStableId() throws Exception {
        var message = message("bot@example.com");
        message.setText("I am out of office");
        message.setHeader("Auto-Submitted", "auto-replied");
        message.saveChanges();
        message.removeHeader("Message-ID");

        var reading = new MimeReading(10);
        var first = reading.read(message);
        assertThat(first.automatic()).isTrue();
        assertThat(first.messageId())
                .startsWith("sha256:")
                .isEqualTo(reading.read(message).messageId());

        var bulk = message("news@example.com");
        bulk.setText("news");
        bulk.setHeader("Precedence", "bulk");
        assertThat(reading.read(bulk).automatic()).isTrue();
    }

    private static MimeMessage message(String from) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("support+abcdefghijklmnop@example.com"));
        message.setSubject("Re: [HL-2026-000001 #abcdefghijklmnop] Filed");
        return message;
    }

    private static MimeBodyPart file(String name, String content) throws Exception {
        var part = new MimeBodyPart();
        part.setText(content, "UTF-8");
        part.setFileName(name);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }
}

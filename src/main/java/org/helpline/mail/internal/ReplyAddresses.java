package org.helpline.mail.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a reply token travels: the plus address {@code support+<token>@example.com} of the reply
 * address (Reply-To), and the subject tag {@code [<request number> #<token>]}. Reading back, the
 * recipients are tried first and the subject second (mail clients keep the subject when a server
 * rewrites the address); tokens are read case-insensitively, as servers may change case.
 */
final class ReplyAddresses {

    private static final Pattern SUBJECT_TOKEN = Pattern.compile("\\[[^\\]\\s]+ #([A-Za-z2-7]{16})\\]");
    private static final Pattern SUBJECT_NUMBER = Pattern.compile("\\[([A-Za-z0-9_-]{1,2}-[0-9]{4}-[0-9]{6,})[ \\]]");

    private final String local;
    private final String domain;

    /** {@code replyAddress} may be blank: then only subjects carry tokens. */
    ReplyAddresses(String replyAddress) {
        var at = replyAddress.lastIndexOf('@');
        this.local = at < 1 ? null : replyAddress.substring(0, at).toLowerCase(Locale.ROOT);
        this.domain = at < 1 ? null : replyAddress.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    String replyTo(String token) {
        return local + "+" + token + "@" + domain;
    }

    static String subjectPrefix(String number, String token) {
        return token == null ? "[" + number + "]" : "[" + number + " #" + token + "]";
    }

    /** The token of the first recipient that is a plus address of the reply address, else the subject's. */
    Optional<String> token(List<String> recipients, String subject) {
        var prefix = local + "+";
        var suffix = "@" + domain;
        for (var recipient : local == null ? List.<String>of() : recipients) {
            var address = recipient.strip().toLowerCase(Locale.ROOT);
            if (address.startsWith(prefix) && address.endsWith(suffix)) {
                return Optional.of(address.substring(prefix.length(), address.length() - suffix.length()));
            }
        }
        var matcher = SUBJECT_TOKEN.matcher(subject == null ? "" : subject);
        return matcher.find() ? Optional.of(matcher.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** The request number in the subject's tag, if any (to know whose admins hear of a refused reply). */
    static Optional<String> number(String subject) {
        var matcher = SUBJECT_NUMBER.matcher(subject == null ? "" : subject);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}

package org.helpline.identity;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' own TOTP (RFC 6238 with HMAC-SHA-1), written apart from the application's so that a
 * mistake in one is not repeated in the other; {@link Rfc6238Tests} checks it against the RFC's
 * Appendix B vectors.
 */
final class Rfc6238 {

    private Rfc6238() {}

    /** The 6-digit code of a Base32 secret at a time, as an authenticator app shows it. */
    static String code(String base32Secret, long epochSecond) {
        return code(decodeBase32(base32Secret), epochSecond / 30, 6);
    }

    static String code(byte[] key, long counter, int digits) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "RAW"));
            var hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[19] & 0xf;
            long binary = ((hash[offset] & 0x7fL) << 24)
                    | ((hash[offset + 1] & 0xffL) << 16)
                    | ((hash[offset + 2] & 0xffL) << 8)
                    | (hash[offset + 3] & 0xffL);
            var text = Long.toString(binary % (long) Math.pow(10, digits));
            return "0".repeat(digits - text.length()) + text;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] decodeBase32(String text) {
        var alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new ByteArrayOutputStream();
        long buffer = 0;
        int bits = 0;
        for (char c : text.replace(" ", "").toUpperCase().toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((int) (buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}

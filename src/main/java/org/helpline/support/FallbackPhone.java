package org.helpline.support;

/**
 * The phone line a support organisation publishes for when filing online does not work:
 * {@code shown} as the organisation writes it, {@code dial} the same number for a {@code tel:} link.
 */
public record FallbackPhone(String shown, String dial) {

    static FallbackPhone of(String published) {
        return new FallbackPhone(published, "+" + published.replaceAll("[^0-9]", ""));
    }
}

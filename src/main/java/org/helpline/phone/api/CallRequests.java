package org.helpline.phone.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.helpline.phone.internal.VerificationChannel;

/** Bodies of the call endpoints. */
final class CallRequests {

    private CallRequests() {}

    /** {@code POST /api/v1/phone/calls}. */
    record StartCall(
            @NotBlank @Size(max = 40) String callerNumber,
            @NotNull UUID tenantId) {}

    /** {@code POST /api/v1/phone/calls/{id}/verification}; without {@code destinationId} the first registered one. */
    record SendCode(@NotNull VerificationChannel channel, UUID destinationId) {}

    /** {@code POST /api/v1/phone/calls/{id}/verification/confirm}. */
    record Confirm(
            @NotBlank @Pattern(regexp = "[0-9]{8}", message = "must be the 8 digits the caller reads out")
            String code) {}
}

package org.helpline.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.helpline.UserMother;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.junit.jupiter.api.Test;

/** How the history is split between its threads, and when in the day its requests come in. */
class DemoHistoryTests {

    private final HelplineUser adam = UserMother.aUser(Role.AGENT);
    private final HelplineUser liWei = UserMother.aUser(Role.AGENT);
    private final HelplineUser laura = UserMother.aUser(Role.PARTNER_AGENT);

    @Test
    void lanesCarryAboutTheSameVolume() {
        var contoso = desk(0.45, adam, null);
        var fabrikam = desk(0.35, adam, laura);
        var northwind = desk(0.2, liWei, null);

        var lanes = DemoHistory.lanes(List.of(contoso, fabrikam, northwind));

        assertThat(lanes).containsExactly(List.of(contoso), List.of(fabrikam, northwind));
    }

    @Test
    void desksCalledBackByTheSameAgentShareALane() {
        var first = desk(0.5, adam, null);
        var second = desk(0.3, adam, null);
        var third = desk(0.2, liWei, null);

        var lanes = DemoHistory.lanes(List.of(first, second, third));

        assertThat(lanes).containsExactly(List.of(first, second), List.of(third));
    }

    @Test
    void mostRequestsComeInDuringOfficeHoursInTheTenantsZone() {
        var random = new Random(7);
        var warsaw = ZoneId.of("Europe/Warsaw");
        var day = LocalDate.of(2026, 10, 14);

        var hours = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> DemoHistory.during(day, warsaw, random).atZone(warsaw))
                .peek(at -> assertThat(at.toLocalDate()).isEqualTo(day))
                .map(at -> at.getHour())
                .toList();

        long inOffice = hours.stream().filter(hour -> hour >= 8 && hour < 18).count();
        assertThat(inOffice).isBetween(820L, 950L);
    }

    private Desk desk(double share, HelplineUser agent, HelplineUser partnerAgent) {
        return new Desk(
                UserMother.aUser(Role.GLOBAL_ADMIN),
                null,
                Phrasebook.in("en"),
                List.of(agent),
                partnerAgent,
                "+48221234567",
                Map.of(),
                share,
                0.2);
    }
}

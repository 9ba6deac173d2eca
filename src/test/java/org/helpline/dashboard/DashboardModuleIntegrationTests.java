package org.helpline.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.helpline.ModuleTestDatabase;
import org.helpline.catalog.Catalog;
import org.helpline.dashboard.internal.DashboardFilter;
import org.helpline.dashboard.internal.DashboardManagement;
import org.helpline.requests.RequestSnapshots;
import org.helpline.shared.HelplineUser;
import org.helpline.shared.Role;
import org.helpline.sla.SlaManagement;
import org.helpline.surveys.SurveyAnswered;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The dashboard module with the platform it writes through, the requests, sla and catalog modules
 * replaced: an answered survey is projected into the satisfaction chart of its organisation.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
class DashboardModuleIntegrationTests {

    @MockitoBean
    RequestSnapshots snapshots;

    @MockitoBean
    SlaManagement sla;

    @MockitoBean
    Catalog catalog;

    @Autowired
    DashboardManagement dashboard;

    @Autowired
    Clock clock;

    @Test
    void anAnsweredSurveyCountsInTheSatisfactionByAgent(Scenario scenario) {
        var agent = "Agent " + UUID.randomUUID().toString().substring(0, 8);
        var supervisor = mock(HelplineUser.class);
        when(supervisor.organisationId()).thenReturn("global");
        when(supervisor.has(Role.SUPERVISOR)).thenReturn(true);
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var filter = new DashboardFilter(today.minusDays(7), today, null);

        scenario.publish(new SurveyAnswered(
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "global",
                        "mail",
                        "B",
                        UUID.randomUUID(),
                        agent,
                        4,
                        clock.instant()))
                .andWaitForStateChange(
                        () -> dashboard.chart(supervisor, filter, "satisfaction-agent"),
                        chart -> chart.categories().contains(agent))
                .andVerify(chart -> {
                    var at = chart.categories().indexOf(agent);
                    assertThat(chart.series().get(0).values().get(at)).isEqualTo(4.0);
                });
    }
}

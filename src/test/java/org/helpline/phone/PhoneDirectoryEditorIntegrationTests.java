package org.helpline.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.ArrayList;
import org.helpline.ApiClient;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The org admin's directory editor: proper controls instead of a text syntax, every mistake named
 * by its label in the admin's language in one pass, and the week grid saved as the ranges the API
 * shows.
 */
@HelplineIntegrationTest
class PhoneDirectoryEditorIntegrationTests {

    private static final String ADMIN = "orgadmin@helpline.example";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Test
    void theEditorOffersControlsAndShowsNoCodes() throws Exception {
        var html = page(get("/admin/phone/GB"), "en");

        assertThat(html)
                .contains("type=\"tel\"", "id=\"numbers0.country\"", "United Kingdom (+44)", "type=\"time\"")
                .contains("id=\"language-en\"", "Technical support", "Kind of line", "Toll-free")
                .doesNotContain("KIND NUMBER", "SERVICE DAYS");
        assertThat(VisibleText.rawValuesIn(html)).isEmpty();
        assertThat(VisibleText.of(page(get("/admin/phone"), "pl"))).contains("Katalog numerów", "+44 800 032 6417");
        assertThat(VisibleText.rawValuesIn(page(get("/admin/phone"), "zh-CN"))).isEmpty();
    }

    @Test
    void everyMistakeIsNamedByItsLabelInPolish() throws Exception {
        var html = rejected(invalidEdit(), "pl");

        assertThat(VisibleText.of(html))
                .contains("Strefa czasowa: wybierz strefę czasową z listy.")
                .contains("Języki obsługi na linii: zaznacz co najmniej jeden język z listy.")
                .contains("Numer 1, numer telefonu: „12” nie jest prawidłowym numerem telefonu w kraju Polska.")
                .contains("Numer 2, wyświetlany jako: „+44 20 7946 0000” musi zapisywać ten sam numer.")
                .contains("Pomoc techniczna, poniedziałek, od: podaj godzinę od 00:00 do 23:59.")
                .contains("Rozliczenia i subskrypcje, wtorek, do: podaj godzinę późniejszą niż godzina otwarcia");
        assertThat(html).contains("is-invalid");
    }

    @Test
    void everyMistakeIsNamedByItsLabelInEnglish() throws Exception {
        var html = rejected(invalidEdit(), "en");

        assertThat(VisibleText.of(html))
                .contains("Time zone: choose a time zone from the list.")
                .contains("Languages spoken on the line: tick at least one language from the list.")
                .contains("Number 1, phone number: “12” is not a valid phone number in Poland.")
                .contains("Number 2, shown as: “+44 20 7946 0000” must write the same number.")
                .contains("Technical support, Monday, opens: give a time between 00:00 and 23:59.")
                .contains("Billing and subscriptions, Tuesday, closes: give a time later than the opening time");
        assertThat(VisibleText.rawValuesIn(html)).isEmpty();
    }

    @Test
    void addingAndRemovingNumberRowsKeepsWhatWasTypedAndSavesNothing() throws Exception {
        var added = page(validEdit(version("WS")).param("addNumber", "true"), "en");
        assertThat(added).contains("id=\"number-1\"", "value=\"020 7946 0958\"");

        var removed = page(validEdit(version("WS")).param("removeNumber", "0"), "en");
        assertThat(removed).doesNotContain("id=\"number-0\"").contains("id=\"no-numbers\"");
    }

    @Test
    void theWeekGridIsSavedAsRangesWithMidnightAsTheEndOfTheDay() throws Exception {
        mvc.perform(validEdit(version("WS")).with(csrf()).with(signedIn.as(ADMIN)))
                .andExpect(status().is3xxRedirection());

        var region = ApiClient.as(port, ADMIN).get("/api/v1/phone/regions/WS").json();
        var ranges = new ArrayList<String>();
        for (var hours : region.get("hours")) {
            ranges.add(hours.get("service").asString() + " " + hours.get("days").asString() + " "
                    + hours.get("from").asString() + "-" + hours.get("to").asString());
        }
        assertThat(ranges)
                .containsExactly(
                        "TECHNICAL MON-FRI 08:00-18:00", "TECHNICAL SAT 09:00-13:00", "CRITICAL MON-SUN 00:00-24:00");
        assertThat(region.get("numbers").get(0).get("number").asString()).isEqualTo("+442079460958");
        assertThat(region.get("languages").get(0).asString()).isEqualTo("en");
    }

    @Test
    void thePublicDirectoryAndTheCallConsoleShowLabelsNotCodes() throws Exception {
        assertThat(VisibleText.rawValuesOn(mvc, null, "/phone?region=GB", "/phone/CN", "/phone/PL"))
                .isEmpty();
        assertThat(VisibleText.rawValuesOn(
                        mvc,
                        signedIn.as("agent@helpline.example"),
                        "/workspace/calls",
                        "/workspace/calls?callerNumber=%2B48221234567&q=contoso"))
                .isEmpty();
        assertThat(VisibleText.of(page(get("/phone/CN"), "en"))).contains("China Time (Shanghai)");
    }

    private MockHttpServletRequestBuilder invalidEdit() throws Exception {
        var edit = post("/admin/phone/WS")
                .param("version", String.valueOf(version("WS")))
                .param("zone", "Mars/Olympus")
                .param("_languages", "on")
                .param("numbers[0].kind", "LOCAL")
                .param("numbers[0].country", "PL")
                .param("numbers[0].number", "12")
                .param("numbers[1].kind", "TOLL_FREE")
                .param("numbers[1].country", "GB")
                .param("numbers[1].number", "020 7946 0958")
                .param("numbers[1].display", "+44 20 7946 0000")
                .param("hours[0].days[0].open", "true")
                .param("hours[0].days[0].from", "25:00")
                .param("hours[0].days[0].to", "18:00")
                .param("hours[2].days[1].open", "true")
                .param("hours[2].days[1].from", "18:00")
                .param("hours[2].days[1].to", "08:00");
        return edit;
    }

    private static MockHttpServletRequestBuilder validEdit(long version) {
        var edit = post("/admin/phone/WS")
                .param("version", String.valueOf(version))
                .param("zone", "Pacific/Apia")
                .param("languages", "en")
                .param("numbers[0].kind", "LOCAL")
                .param("numbers[0].country", "GB")
                .param("numbers[0].number", "020 7946 0958");
        for (int day = 0; day < 7; day++) {
            edit.param("hours[1].days[" + day + "].open", "true")
                    .param("hours[1].days[" + day + "].from", "00:00")
                    .param("hours[1].days[" + day + "].to", "00:00");
        }
        for (int day = 0; day < 5; day++) {
            edit.param("hours[0].days[" + day + "].open", "true")
                    .param("hours[0].days[" + day + "].from", "08:00")
                    .param("hours[0].days[" + day + "].to", "18:00");
        }
        return edit.param("hours[0].days[5].open", "true")
                .param("hours[0].days[5].from", "09:00")
                .param("hours[0].days[5].to", "13:00");
    }

    private long version(String code) {
        return ApiClient.as(port, ADMIN)
                .get("/api/v1/phone/regions/" + code)
                .json()
                .get("version")
                .asLong();
    }

    private String page(MockHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.with(csrf()).with(signedIn.as(ADMIN)).cookie(new Cookie("helpline-lang", language)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private String rejected(MockHttpServletRequestBuilder request, String language) throws Exception {
        return mvc.perform(request.with(csrf()).with(signedIn.as(ADMIN)).cookie(new Cookie("helpline-lang", language)))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}

package org.helpline.tenancy.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.helpline.shared.InvalidInputException;
import org.helpline.shared.ProblemException.FieldProblem;
import org.helpline.tenancy.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantRulesTests {

    @Test
    void acceptsAValidProfileAndNormalisesIt() {
        var input = new ProfileInput(
                "  Contoso ",
                "pl",
                "Europe/Warsaw",
                "pl",
                Contract.STANDARD,
                null,
                List.of("22 123 45 67", "+48 22 123 45 67", "+1 212 555 0100"),
                List.of("Admin@Contoso.example", "admin@contoso.example"));

        var profile = TenantRules.check(input);

        assertThat(profile.name()).isEqualTo("Contoso");
        assertThat(profile.country()).isEqualTo("PL");
        assertThat(profile.zone()).isEqualTo(ZoneId.of("Europe/Warsaw"));
        assertThat(profile.phones()).containsExactly("+48221234567", "+12125550100");
        assertThat(profile.emails()).containsExactly("admin@contoso.example");
    }

    @Test
    void readsNationalNumbersInTheTenantsCountry() {
        var input = new ProfileInput(
                "Northwind",
                "CN",
                "Asia/Shanghai",
                "zh-CN",
                Contract.ADVANCED,
                null,
                List.of("010 5555 0100"),
                List.of("admin@northwind.example"));

        assertThat(TenantRules.check(input).phones()).containsExactly("+861055550100");
    }

    @Test
    void reportsEveryBrokenRuleWithItsField() {
        var input = new ProfileInput(
                " ",
                "XX",
                "Mars/Olympus",
                "de",
                null,
                null,
                List.of("+48 22 123 45 67", "12"),
                List.of("not-an-address"));

        assertThatThrownBy(() -> TenantRules.check(input))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(fields(e))
                                .containsExactly(
                                        "name",
                                        "country",
                                        "timeZone",
                                        "language",
                                        "contract",
                                        "phones[1]",
                                        "emails[0]"));
    }

    @Test
    void needsAtLeastOnePhoneAndOneEmail() {
        assertThat(problemFields(ProfileInputs.withPhones(List.of()))).containsExactly("phones");
        assertThat(problemFields(ProfileInputs.withPhones(null))).containsExactly("phones");
        assertThat(problemFields(ProfileInputs.withEmails(List.of()))).containsExactly("emails");
    }

    @Test
    void namesBlankEntriesByIndex() {
        assertThat(problemFields(ProfileInputs.withPhones(Arrays.asList("+48 22 123 45 67", null))))
                .containsExactly("phones[1]");
        assertThat(problemFields(ProfileInputs.withEmails(List.of("admin@contoso.example", " "))))
                .containsExactly("emails[1]");
    }

    @Test
    void allowsAtMostTenDistinctEntries() {
        var eleven = IntStream.rangeClosed(10, 20)
                .mapToObj(n -> "+48 22 123 45 " + n)
                .toList();
        assertThat(problemFields(ProfileInputs.withPhones(eleven))).containsExactly("phones");

        var elevenWithDuplicate = new ArrayList<>(eleven.subList(0, 10));
        elevenWithDuplicate.add(eleven.get(0));
        assertThat(TenantRules.check(ProfileInputs.withPhones(elevenWithDuplicate))
                        .phones())
                .hasSize(10);
    }

    @Test
    void refusesOverlongNamesAndControlCharacters() {
        var c = ProfileInputs.contoso();
        var tooLong = new ProfileInput(
                "x".repeat(201), c.country(), c.timeZone(), c.language(), c.contract(), null, c.phones(), c.emails());
        var withNewline = new ProfileInput(
                "Contoso\nLtd", c.country(), c.timeZone(), c.language(), c.contract(), null, c.phones(), c.emails());

        assertThat(problemFields(tooLong)).containsExactly("name");
        assertThat(problemFields(withNewline)).containsExactly("name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl", "en", "zh-CN"})
    void knowsTheThreeLanguages(String language) {
        assertThat(TenantRules.language(language)).isEqualTo(language);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "contoso.example",
                "Contoso.Example",
                "mail.contoso.example",
                "xn--80ak6aa92e.example",
                "a-b.c-d.example"
            })
    void acceptsDomainNames(String domain) {
        assertThat(TenantRules.domain(domain)).isEqualTo(domain.toLowerCase());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "contoso",
                "-contoso.example",
                "contoso-.example",
                "contoso..example",
                "contoso.example.",
                "cont oso.example",
                "contoso_x.example",
                "http://contoso.example",
                "contoso.123"
            })
    void refusesWhatIsNotADomainName(String domain) {
        assertThatThrownBy(() -> TenantRules.domain(domain))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("domain"));
    }

    @Test
    void checksANewTenantsDomainWithItsProfile() {
        var checked = TenantRules.checkNew("Contoso.example", ProfileInputs.contoso());
        assertThat(checked.domain()).isEqualTo("contoso.example");

        assertThatThrownBy(() -> TenantRules.checkNew("bad domain", ProfileInputs.withEmails(List.of("x"))))
                .isInstanceOfSatisfying(
                        InvalidInputException.class, e -> assertThat(fields(e)).containsExactly("domain", "emails[0]"));
    }

    private static List<String> problemFields(ProfileInput input) {
        try {
            TenantRules.check(input);
            return List.of();
        } catch (InvalidInputException e) {
            return fields(e);
        }
    }

    private static List<String> fields(InvalidInputException e) {
        return e.fieldProblems().stream().map(FieldProblem::field).toList();
    }
}

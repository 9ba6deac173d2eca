package org.helpline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.helpline.HelplineIntegrationTest;
import org.helpline.SignedIn;
import org.helpline.VisibleText;
import org.helpline.knowledge.internal.ArticleImport;
import org.helpline.knowledge.internal.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The self-help pages and the folder import, as the server renders and runs them (R-4: results, then
 * "Contact support" carrying the query; R-1: a user is pointed to their admins instead).
 */
@HelplineIntegrationTest
class KnowledgePagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SignedIn signedIn;

    @Autowired
    ArticleImport imports;

    @Test
    void theSearchPageShowsResultsFacetsAndContactSupportCarryingTheQuery() throws Exception {
        mvc.perform(get("/kb")
                        .param("q", "haslo")
                        .locale(Locale.forLanguageTag("pl"))
                        .with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"kb-results\"")))
                .andExpect(content().string(Matchers.containsString("<mark>")))
                .andExpect(content().string(Matchers.containsString("id=\"kb-facets\"")))
                .andExpect(content().string(Matchers.containsString("/requests/new?description=haslo")));
    }

    @Test
    void aUserIsPointedToTheirAdminsInsteadOfContactSupport() throws Exception {
        mvc.perform(get("/kb").param("q", "mailbox").with(signedIn.as("user@contoso.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"kb-your-admins\"")))
                .andExpect(content().string(Matchers.containsString("admin@contoso.example")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("kb-contact-support"))));
    }

    @Test
    void theSuggestFragmentListsHighlightedOptions() throws Exception {
        mvc.perform(get("/kb/suggest")
                        .param("q", "hasl")
                        .locale(Locale.forLanguageTag("pl"))
                        .with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("role=\"option\"")))
                .andExpect(content().string(Matchers.containsString("<mark>hasł</mark>")))
                .andExpect(content().string(Matchers.containsString("from=suggest")));
    }

    @Test
    void editorsPagesAreForOrganisationAdminsAndNameTheBrokenField() throws Exception {
        mvc.perform(get("/kb/manage").with(signedIn.as("orgadmin@helpline.example")))
                .andExpect(status().isOk());
        mvc.perform(get("/kb/manage/analytics").with(signedIn.as("orgadmin@helpline.example")))
                .andExpect(status().isOk());
        mvc.perform(get("/kb/manage").with(signedIn.as("admin@contoso.example")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/kb/manage")
                        .with(csrf())
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .param("title", "")
                        .param("body", "text")
                        .param("language", "pl")
                        .param("services", "mail")
                        .param("audience", "EVERYONE"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"kb-errors\"")))
                .andExpect(content().string(Matchers.containsString("Title: write a title of 1 to 300 characters.")));
        mvc.perform(post("/kb/manage/preview")
                        .with(csrf())
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .param("body", "**bold** <script>x</script>"))
                .andExpect(content().string(Matchers.containsString("<strong>bold</strong>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>"))));
    }

    @Test
    void theFolderImportOfTheCommandLineImportsGoodFilesAndNamesTheBrokenOne() throws Exception {
        var folder = Files.createTempDirectory("kb-import");
        var word = "narwhal" + UUID.randomUUID().toString().substring(0, 6);
        Files.writeString(
                folder.resolve("a-good.md"),
                "---\ntitle: Folder " + word + "\nlanguage: pl\nservices: [mail]\n---\nTreść.\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                folder.resolve("b-broken.md"),
                "---\ntitle: Broken\nlanguage: pl\nservices: [teleport]\n---\nx\n",
                StandardCharsets.UTF_8);
        Files.write(folder.resolve("c-binary.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x00});
        Files.writeString(folder.resolve("ignored.txt"), "not markdown", StandardCharsets.UTF_8);

        var report = imports.importFolder("global", folder);

        assertThat(report.imported()).extracting(ImportReport.Imported::file).containsExactly("a-good.md");
        assertThat(report.failed())
                .extracting(ImportReport.Failed::file)
                .containsExactlyInAnyOrder("b-broken.md", "c-binary.md");
        assertThat(report.failed())
                .filteredOn(failed -> failed.file().equals("b-broken.md"))
                .extracting(ImportReport.Failed::error)
                .singleElement()
                .asString()
                .contains("services");
    }

    @ParameterizedTest
    @CsvSource({
        "pl, Wybierz co najmniej jeden plik Markdown (.md) do zaimportowania., Wyloguj",
        "en, Choose at least one Markdown file (.md) to import., Sign out",
        "zh-CN, 请至少选择一个要导入的 Markdown 文件（.md）。, 注销"
    })
    void importingAFormWithoutFilesSaysWhyInTheReadersLanguage(String language, String why, String signOut)
            throws Exception {
        mvc.perform(post("/kb/manage/import")
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .with(csrf())
                        .locale(Locale.forLanguageTag(language))
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("note", "no files"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString(why)))
                .andExpect(content().string(Matchers.containsString(signOut)));
    }

    @Test
    void anUploadedFileWithTheNulCharacterIsNotImported() throws Exception {
        var file = new MockMultipartFile(
                "files",
                "nul.md",
                "text/markdown",
                "---\ntitle: Nul\u0000\nlanguage: en\n---\nx\u0000\n".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/kb/manage/import")
                        .file(file)
                        .with(signedIn.as("orgadmin@helpline.example"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("nul.md: is not a text file")));
    }

    @Test
    void theSelfHelpPagesShowLabelsNotCodes() throws Exception {
        assertThat(VisibleText.rawValuesOn(mvc, signedIn.as("admin@contoso.example"), "/kb", "/kb?q=haslo"))
                .isEmpty();
        assertThat(VisibleText.rawValuesOn(
                        mvc,
                        signedIn.as("orgadmin@helpline.example"),
                        "/kb/manage",
                        "/kb/manage/new",
                        "/kb/manage/analytics"))
                .isEmpty();
    }

    @Test
    void beforeAnythingIsTypedSelfHelpListsWhatTheReaderMayReadByService() throws Exception {
        var polish = text("/kb", "pl", "admin@contoso.example");
        assertThat(polish).contains("Wszystkie artykuły (", "Usługi", "Języki");
        assertThat(firstTitle("/kb", "pl", "admin@contoso.example"))
                .as("the reader's own language comes first")
                .isEqualTo("Jak zresetować hasło użytkownika");

        var forAdmins = "Turn on self-service password reset";
        var identityInEnglish = "/kb?service=identity&language=en";
        assertThat(text(identityInEnglish, "en", "admin@contoso.example"))
                .contains("How to reset a user's password", forAdmins);
        assertThat(text(identityInEnglish, "en", "user@contoso.example"))
                .as("an article for admins stays hidden from a user")
                .contains("How to reset a user's password")
                .doesNotContain(forAdmins);
    }

    private String text(String path, String language, String login) throws Exception {
        return VisibleText.of(html(path, language, login));
    }

    private String firstTitle(String path, String language, String login) throws Exception {
        var html = html(path, language, login);
        var results = html.substring(html.indexOf("id=\"kb-results\""));
        var link = results.substring(results.indexOf("href=\"/kb/articles/"));
        return VisibleText.of(link.substring(link.indexOf('>') + 1, link.indexOf("</a>")));
    }

    private String html(String path, String language, String login) throws Exception {
        return mvc.perform(get(path).locale(Locale.forLanguageTag(language)).with(signedIn.as(login)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

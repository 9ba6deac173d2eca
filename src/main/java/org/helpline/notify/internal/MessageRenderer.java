package org.helpline.notify.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders message templates with Thymeleaf and the application's message bundles: e-mails from
 * {@code templates/<name>.html} (HTML mode), text messages from {@code templates/<name>.txt} (text
 * mode). The engines are private to this class, not beans, so the web pages' engine stays Spring
 * Boot's own.
 */
@Component
public class MessageRenderer {

    private final SpringTemplateEngine html;
    private final SpringTemplateEngine text;
    private final MessageSource messages;

    MessageRenderer(MessageSource messages) {
        this.messages = messages;
        this.html = engine(TemplateMode.HTML, ".html", messages);
        this.text = engine(TemplateMode.TEXT, ".txt", messages);
    }

    public String email(String template, Locale locale, Map<String, String> values) {
        return html.process(template, context(locale, values));
    }

    public String text(String template, Locale locale, Map<String, String> values) {
        return text.process(template, context(locale, values)).strip();
    }

    public String subject(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** The subject with {@code {0}} filled from {@link org.helpline.notify.Outbox#SUBJECT_ARGUMENT}, when given. */
    public String subject(String key, Locale locale, Map<String, String> values) {
        var argument = values.get(org.helpline.notify.Outbox.SUBJECT_ARGUMENT);
        return argument == null ? subject(key, locale) : messages.getMessage(key, new Object[] {argument}, key, locale);
    }

    private static Context context(Locale locale, Map<String, String> values) {
        return new Context(locale, new HashMap<String, Object>(values));
    }

    private static SpringTemplateEngine engine(TemplateMode mode, String suffix, MessageSource messages) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(suffix);
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }
}

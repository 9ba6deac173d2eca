package org.helpline.requests;

import java.util.LinkedHashMap;
import java.util.Map;

/** Bodies of POST /api/v1/requests with sensible defaults; tests change what they are about. */
public final class NewRequests {

    private NewRequests() {}

    /** A technical severity B request about mail flow, with a unique title. */
    public static Map<String, Object> technical(String title) {
        var body = new LinkedHashMap<String, Object>();
        body.put("category", "TECHNICAL");
        body.put("serviceId", "mail");
        body.put("problemClassification", "mail-flow");
        body.put("title", title);
        body.put("description", "Since 09:10 mail to **external** domains is delayed.");
        body.put("severity", "B");
        body.put("routeTo", "PROVIDER");
        body.put("contact", contact("+48 22 123 45 67", "admin@contoso.example", false));
        return body;
    }

    /**
     * A severity A request as Fabrikam (advanced contract) files it, Frank Miller the named contact
     * and people on call around the clock.
     */
    static Map<String, Object> critical(String title) {
        var body = technical(title);
        body.put("severity", "A");
        body.put("contact", contact("+1 212 555 0100", "admin@fabrikam.example", true));
        contactOf(body).put("name", "Frank Miller");
        body.put("businessImpact", "No one at Fabrikam can e-mail customers; orders are being lost.");
        return body;
    }

    static Map<String, Object> billing(String title) {
        var body = technical(title);
        body.put("category", "BILLING");
        body.remove("serviceId");
        body.put("problemClassification", "explain-invoice");
        return body;
    }

    static Map<String, Object> contact(String phone, String email, boolean available24x7) {
        var contact = new LinkedHashMap<String, Object>();
        contact.put("phone", phone);
        contact.put("email", email);
        contact.put("preferredMethod", "EMAIL");
        contact.put("language", "en");
        contact.put("available24x7", available24x7);
        return contact;
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> contactOf(Map<String, Object> body) {
        return (Map<String, Object>) body.get("contact");
    }
}

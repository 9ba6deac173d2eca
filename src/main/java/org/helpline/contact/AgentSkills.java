package org.helpline.contact;

import java.util.List;

/**
 * What an agent can handle besides their organisation (and partner, for partner agents): the
 * languages they speak and the services they know; no services means every service.
 */
public record AgentSkills(List<String> languages, List<String> services) {

    public AgentSkills {
        languages = List.copyOf(languages);
        services = List.copyOf(services);
    }
}

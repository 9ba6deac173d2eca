package org.helpline.requests;

import java.util.List;
import org.helpline.health.KnownIssue;
import org.helpline.sla.SlaSummary;

/**
 * The result of intake: the request, its deadlines, whether this call filed it or a retry found the first one, and
 * the service health issues linked to it when it was filed, in the order {@link
 * RequestManagement#relatedIssues} gives them.
 */
public record Filed(ServiceRequest request, SlaSummary sla, boolean created, List<KnownIssue> relatedIssues) {}

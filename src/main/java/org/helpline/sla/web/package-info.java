/** Pages where an organisation admin edits calendars and SLA policies, with live previews (htmx). */
package org.helpline.sla.web;

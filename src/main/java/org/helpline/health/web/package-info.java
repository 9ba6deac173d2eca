/** The service health pages, the declaration and update forms, and the Atom feed for signed-in readers. */
package org.helpline.health.web;

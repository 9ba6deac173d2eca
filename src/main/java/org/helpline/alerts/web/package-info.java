/** The page {@code /alerts} and the bell fragment of the page header. */
package org.helpline.alerts.web;

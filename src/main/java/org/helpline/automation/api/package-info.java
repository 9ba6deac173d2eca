/** The automation settings over JSON under {@code /api/v1/automation}. */
package org.helpline.automation.api;

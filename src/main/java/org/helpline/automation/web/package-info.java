/** The organisation admins' automation settings page. */
package org.helpline.automation.web;

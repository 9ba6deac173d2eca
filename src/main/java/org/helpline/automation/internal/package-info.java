/** The automation's rules, settings and their SQL. */
package org.helpline.automation.internal;

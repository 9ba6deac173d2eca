/** The automation's recurring db-scheduler tasks. */
package org.helpline.automation.jobs;

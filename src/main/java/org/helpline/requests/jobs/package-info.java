/** The requests module's db-scheduler tasks; they call the module's entry service only. */
package org.helpline.requests.jobs;

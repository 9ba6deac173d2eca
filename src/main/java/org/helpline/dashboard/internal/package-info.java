/** Reporting queries over requests and surveys and the figures computed from them. */
package org.helpline.dashboard.internal;

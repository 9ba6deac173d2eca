/**
 * What every page shares: the layout's model, language and time-zone handling, the landing page
 * per role, and the mapping of errors to problem details and friendly pages.
 */
package org.helpline.web;

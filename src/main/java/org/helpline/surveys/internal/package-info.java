/** The survey table, the signing of survey links and the e-mail sent when a request is resolved. */
package org.helpline.surveys.internal;

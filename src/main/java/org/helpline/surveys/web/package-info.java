/** The survey page /surveys/{token}, opened from the e-mail without signing in. */
package org.helpline.surveys.web;

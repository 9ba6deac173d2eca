/**
 * The decision whether the local server runs and the settings that point Helpline at it, the
 * GreenMail server, the files it keeps its messages in, and the text gateway that stores texts there.
 */
package org.helpline.localmail.internal;

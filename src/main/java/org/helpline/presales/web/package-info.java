/** The public page /presales, for prospects without an account. */
package org.helpline.presales.web;

/** The feature availability page: which features each offering of the reader's organisation has (Thymeleaf). */
package org.helpline.catalog.web;

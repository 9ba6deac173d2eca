/** POST /api/v1/presales-inquiries, for prospects without an account. */
package org.helpline.presales.api;

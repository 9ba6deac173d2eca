/** The service health JSON API under {@code /api/v1/health}. */
package org.helpline.health.api;

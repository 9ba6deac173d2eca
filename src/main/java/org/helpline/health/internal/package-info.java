/** Tables of service health: issues with their texts, services, tenants and posts; subscriptions and deflections. */
package org.helpline.health.internal;

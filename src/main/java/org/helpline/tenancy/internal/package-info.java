/** Tenancy's repositories (JdbcClient, explicit SQL) and the rules a tenant profile must follow. */
package org.helpline.tenancy.internal;

/** The inquiries, prospects, rate limits and prospects tenants of the presales module. */
package org.helpline.presales.internal;

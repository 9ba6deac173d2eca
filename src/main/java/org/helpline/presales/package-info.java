/**
 * Presales inquiries from prospects: the public page /presales and POST
 * /api/v1/presales-inquiries take a prospect's question and file a PRESALES request for them,
 * through the requests module, under their support organisation's "Prospects" tenant; limits per
 * e-mail address and per client and a honeypot field keep spam out without a third party.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"audit", "catalog", "requests", "shared", "tenancy"})
package org.helpline.presales;

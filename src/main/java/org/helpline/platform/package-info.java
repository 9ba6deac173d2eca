/**
 * Infrastructure shared by the modules: the db-scheduler instance that runs the durable timers and
 * recurring jobs of sla, notify, contact, mail and alerts, and {@link org.helpline.platform.StoredKeys},
 * the secret keys phone, notify and surveys sign and encrypt with, the JSON that Spring Modulith
 * stores event publications in, and {@link org.helpline.platform.DeferredInserts}, which sends the
 * append-only rows of a busy write to the database together. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.helpline.platform;

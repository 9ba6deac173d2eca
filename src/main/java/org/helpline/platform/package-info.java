/**
 * Infrastructure shared by the modules: the db-scheduler instance that runs the durable timers and
 * recurring jobs of sla, notify, contact, mail and alerts, and {@link org.helpline.platform.StoredKeys},
 * the secret keys phone, notify and surveys sign and encrypt with, and the JSON that Spring Modulith
 * stores event publications in. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.helpline.platform;

/**
 * Infrastructure shared by the modules: the db-scheduler instance that runs the durable timers and
 * recurring jobs of sla, notify, contact, mail and alerts, and {@link org.helpline.platform.StoredKeys},
 * the secret keys phone, notify and surveys hash, sign and encrypt with (as
 * {@link org.helpline.platform.KeyRing}s of a current key and the keys a rotation replaced; taken
 * only from configuration under the postgres profile), the JSON that Spring Modulith
 * stores event publications in, {@link org.helpline.platform.DaemonThreads} for background work, and
 * {@link org.helpline.platform.DeferredInserts}, which sends the append-only rows of a busy write to
 * the database together. It depends on no module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.helpline.platform;

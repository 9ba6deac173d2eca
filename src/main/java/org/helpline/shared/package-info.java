/**
 * Value types every module uses: the signed-in user, roles, and the base of domain errors that
 * become problem details. Kept deliberately small.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.helpline.shared;

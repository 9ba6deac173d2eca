/**
 * Value types every module uses: the signed-in user, roles, a request's severity and category, and the
 * base of domain errors that become problem details. Kept deliberately small. It has no beans, so
 * no {@code @ApplicationModuleTest}: its types are tested where they are used.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.helpline.shared;

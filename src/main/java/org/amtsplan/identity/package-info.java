/**
 * Identity: staff accounts with salted PBKDF2 password hashes, HTTP Basic authentication of the
 * API, the first administrator and the demo accounts, roles, unit scoping, the one access filter,
 * per-account rate limits and the audit trail. Its public types are the ports every module uses:
 * who is calling ({@link org.amtsplan.identity.CurrentStaff}, {@link
 * org.amtsplan.identity.StaffMember}, {@link org.amtsplan.identity.StaffRoles}), the access
 * declarations on resource methods ({@link org.amtsplan.identity.ScopedBy}, {@link
 * org.amtsplan.identity.NotUnitScoped}) and the spi {@link org.amtsplan.identity.OwnerResolver}
 * that modules implement so the access filter can tell whose an object is. {@code
 * identity.internal} is nobody else's business.
 */
package org.amtsplan.identity;

/**
 * Identity: staff accounts with salted PBKDF2 password hashes, HTTP Basic authentication of the
 * API, the first administrator and the demo accounts; later roles, department scoping and the audit
 * trail. Other modules learn who is calling from the platform's {@code CurrentStaff}, which the
 * authentication filter fills in; they never import identity.
 */
package org.amtsplan.identity;

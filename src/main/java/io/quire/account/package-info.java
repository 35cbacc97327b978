/**
 * Members, roles, registration, login, profiles, settings, role administration, the security configuration
 * and login throttling. Other modules see {@link io.quire.account.MemberService}, {@link io.quire.account.QuireUser}
 * (the authenticated principal), {@link io.quire.account.MemberSummary} and the events.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package io.quire.account;

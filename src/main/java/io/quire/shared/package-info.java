/**
 * Infrastructure every module may use: the htmx page-or-fragment helper, paging, the embedded database
 * for development, request ids, error pages and the clock; and what running several instances needs:
 * cluster-wide locks for scheduled work (ShedLock), the event-registry backlog gauges, the instance header
 * and an unauthenticated management port for scraping.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.quire.shared;

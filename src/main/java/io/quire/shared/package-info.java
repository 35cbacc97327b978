/**
 * Infrastructure every module may use: the htmx page-or-fragment helper, paging, the embedded database
 * for development, request ids, error pages and the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.quire.shared;

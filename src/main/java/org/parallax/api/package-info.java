/**
 * The REST API under /api/v1: JSON in and out, RFC 9457 problem details for errors. It goes through the
 * same services (rules, roles, audit) as the screens; controllers only translate.
 */
package org.parallax.api;

/**
 * {@code missiondesk bench}: each operation timed next to its physical floor (plain JDBC on the same machine and
 * file), on scratch databases in a temporary folder. Not part of the tests: timings are measured, never asserted.
 */
package be.inasti.missiondesk.app.bench;

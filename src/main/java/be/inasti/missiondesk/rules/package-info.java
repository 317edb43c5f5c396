/**
 * Reads the institute's rule files shipped with the application — the workflows of each catalogue version — into
 * domain objects, and has them checked as they load. File formats stay here so that the domain stays plain Java.
 */
package be.inasti.missiondesk.rules;

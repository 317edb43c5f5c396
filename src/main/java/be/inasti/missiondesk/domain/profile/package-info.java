/** Who works at an installation: the defaults of new work. */
package be.inasti.missiondesk.domain.profile;

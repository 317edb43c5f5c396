/** Text MissionDesk writes for other programs and terminals, made harmless to them. */
package be.inasti.missiondesk.domain.text;

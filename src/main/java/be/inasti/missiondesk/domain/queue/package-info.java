/**
 * What a queue asks for: criteria, order and counts. The store answers them in SQL: page by page for the window,
 * which never holds the whole queue; whole for the command line and the coordinators; counted per agent for the team.
 */
package be.inasti.missiondesk.domain.queue;

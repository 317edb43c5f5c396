/**
 * What the caseworker's queue asks for: criteria, order and counts. The store answers them in SQL, page by page,
 * so the window never holds the whole queue.
 */
package be.inasti.missiondesk.domain.queue;

/**
 * Events read from files: tickets with their timelines, outages, maintenance windows, measurements,
 * ratings, count samples and obligation fulfilments, in JSONL or CSV.
 *
 * <p>Start with {@link dev.pledge.event.EventReader}: it streams files into an {@link
 * dev.pledge.event.EventSink}, checks every line, and reports each problem with its file, line and
 * field. The formats, field by field, are in docs/event-formats.md.
 */
package dev.pledge.event;

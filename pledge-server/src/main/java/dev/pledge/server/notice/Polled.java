package dev.pledge.server.notice;

/**
 * One poll of a work table: how many rows this node claimed, and how many of them it handled. A
 * full batch claimed means more may be due, so the loop polls again without sleeping.
 */
record Polled(int claimed, int handled) {}

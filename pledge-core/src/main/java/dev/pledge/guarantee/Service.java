package dev.pledge.guarantee;

/** A service the guarantee covers, referred to by id in commitments and events. */
public record Service(String id, LocalizedText name) {}

package dev.pledge.guarantee;

/** The provider or the customer of a guarantee. */
public record Party(String id, LocalizedText name, String contact) {}

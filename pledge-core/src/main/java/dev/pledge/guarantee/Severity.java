package dev.pledge.guarantee;

/** A severity level defined by the guarantee, such as {@code sev1} (system down). */
public record Severity(String id, LocalizedText name, LocalizedText description) {}

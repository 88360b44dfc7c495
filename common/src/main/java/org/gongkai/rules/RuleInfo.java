package org.gongkai.rules;

/**
 * What every rule has: its id (FORMAT_SPEC.md §7 numbering where the spec has one), severity, basis
 * ({@code official}: stated by the format or the 条例; {@code derived}: follows from the tables) and its text.
 */
public record RuleInfo(String id, String kind, Severity severity, String basis, String zh, String en) {
}

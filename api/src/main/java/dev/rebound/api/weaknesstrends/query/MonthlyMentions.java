package dev.rebound.api.weaknesstrends.query;

import java.time.YearMonth;

/** How often a weakness was mentioned in one month (UTC, of evaluated-at); serialized as {@code YYYY-MM}. */
public record MonthlyMentions(YearMonth month, int mentions) {
}

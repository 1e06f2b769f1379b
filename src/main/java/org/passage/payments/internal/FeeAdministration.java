package org.passage.payments.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.passage.payments.Money;
import org.passage.payments.internal.FeeEntries.FeeEntry;
import org.passage.payments.internal.FeeTable.Item;
import org.passage.payments.internal.FeeTable.Status;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's entry of an amount the fee table lacks for a year, with the source it comes
 * from. Refused where the table has an official figure, and for an amount not exact to the kuruş.
 */
@Service
class FeeAdministration {

    /** An entry that cannot be taken; {@code messageKey} says why in the administrator's language. */
    static class InvalidEntryException extends RuntimeException {

        private final String messageKey;

        InvalidEntryException(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }

    private final FeeTable table;
    private final FeeEntries entries;
    private final Clock clock;

    FeeAdministration(FeeTable table, FeeEntries entries, Clock clock) {
        this.table = table;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * Enters {@code amount} (FLAT items) or {@code firstMonth} and {@code followingMonth} (MONTHLY
     * items) for {@code item} and nationality {@code group} in {@code year}.
     *
     * @throws InvalidEntryException when the entry is incomplete, not exact, or not needed
     * @throws FeeEntries.AlreadyEnteredException when the year has an entry already
     */
    @Transactional
    void enter(String item, String group, int year, String amount, String firstMonth, String followingMonth,
            String source, String enteredBy) {
        Item feeItem = table.item(item == null ? "" : item).orElseThrow(() -> new InvalidEntryException(
                "payments.admin.error.item"));
        if (table.groups().stream().noneMatch(g -> g.code().equals(group))) {
            throw new InvalidEntryException("payments.admin.error.group");
        }
        if (year < 2000 || year > 2100) {
            throw new InvalidEntryException("payments.admin.error.year");
        }
        boolean official = table.period(feeItem, group, LocalDate.of(year, 1, 1))
                .filter(p -> p.status() == Status.OFFICIAL).isPresent();
        if (official) {
            throw new InvalidEntryException("payments.admin.error.official");
        }
        if (source == null || source.isBlank() || source.length() > 500) {
            throw new InvalidEntryException("payments.admin.error.source");
        }
        if (enteredBy == null || enteredBy.isBlank() || enteredBy.length() > 100) {
            throw new InvalidEntryException("payments.admin.error.entered-by");
        }
        FeeEntry entry = feeItem.kind() == FeeTable.Kind.FLAT
                ? new FeeEntry(item, group, year, money(amount), null, null, source.strip(), enteredBy.strip(),
                        clock.instant())
                : new FeeEntry(item, group, year, null, money(firstMonth), money(followingMonth), source.strip(),
                        enteredBy.strip(), clock.instant());
        if (feeItem.kind() == FeeTable.Kind.FLAT ? blank(firstMonth) && blank(followingMonth) : blank(amount)) {
            entries.add(entry);
        } else {
            throw new InvalidEntryException("payments.admin.error.form");
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static BigDecimal money(String text) {
        if (blank(text)) {
            throw new InvalidEntryException("payments.admin.error.form");
        }
        try {
            return Money.lira(text.strip()).amount();
        } catch (IllegalArgumentException e) {
            throw new InvalidEntryException("payments.admin.error.amount");
        }
    }
}

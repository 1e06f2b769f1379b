-- Module payments: fee amounts are now parameters of the tr-residence rulebook, entered with four
-- eyes (rule_parameter_value). Amounts one administrator entered alone before become proposals
-- for the year, waiting for a second administrator; the old table is no longer read.
INSERT INTO rule_parameter_value (rulebook, parameter, valid_from, valid_to, value, publisher, title, section,
                                  url, published_on, state, proposed_by, proposed_at)
SELECT 'tr-residence', p.parameter, make_date(e.year, 1, 1), make_date(e.year, 12, 31), p.amount::text,
       left(e.source, 300), left(e.source, 500), 'as entered before four-eyes entry', NULL,
       e.entered_at::date, 'PROPOSED', left(e.entered_by, 100), e.entered_at
FROM payment_fee_entry e
CROSS JOIN LATERAL (VALUES ('CARD_FEE_TRY', e.amount),
                           ('PERMIT_FEE_FIRST_MONTH_TRY', e.first_month),
                           ('PERMIT_FEE_FOLLOWING_MONTH_TRY', e.following_month)) AS p(parameter, amount)
WHERE e.nationality_group = 'GENERAL' AND p.amount IS NOT NULL
  AND ((e.item = 'CARD_FEE' AND p.parameter = 'CARD_FEE_TRY')
       OR (e.item = 'PERMIT_FEE' AND p.parameter <> 'CARD_FEE_TRY'));

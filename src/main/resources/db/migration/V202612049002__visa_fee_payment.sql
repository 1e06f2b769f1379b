-- How the visa fee was paid at the centre's counter (cash or card), for the receipt.
ALTER TABLE visa_file ADD COLUMN fee_payment VARCHAR(4) CHECK (fee_payment IN ('CASH', 'CARD'));

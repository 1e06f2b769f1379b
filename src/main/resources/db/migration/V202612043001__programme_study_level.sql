-- The level of study of a programme, in the residence rulebook's vocabulary (studyLevel): a student
-- residence application started from an acceptance letter takes it over, and the permit's length
-- follows from it. Empty for a programme whose level was not recorded: the applicant is asked then.
ALTER TABLE admission_programme ADD COLUMN study_level VARCHAR(40);
ALTER TABLE admission_programme ADD CONSTRAINT admission_programme_study_level CHECK (study_level IN (
    'ASSOCIATE', 'BACHELOR', 'DENTISTRY_PHARMACY_VETERINARY', 'MEDICINE', 'MILITARY_ACADEMY', 'MASTER',
    'DOCTORATE', 'MEDICAL_SPECIALTY', 'DENTAL_SPECIALTY', 'UNIVERSITY_TURKISH_PREP', 'ERASMUS', 'OTHER_EXCHANGE'));

-- Koç University's undergraduate programmes of the first intake (KU-OID admits to undergraduate study).
UPDATE admission_programme SET study_level = 'MEDICINE' WHERE university = 'KOC' AND code = 'MEDICINE';
UPDATE admission_programme SET study_level = 'BACHELOR'
    WHERE university = 'KOC' AND code IN ('LAW', 'COMPUTER_ENGINEERING', 'ECONOMICS', 'BUSINESS', 'PSYCHOLOGY');

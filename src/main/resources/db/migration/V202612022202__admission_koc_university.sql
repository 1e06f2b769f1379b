-- The first university of the admission desk: Koç University, whose foreign-student directive
-- (KU-OID, "Yabancı Öğrenci Kontenjanından Başvuru Yönergesi", 03.06.2013) the university-admission
-- rulebook reads. Faculties and programmes are the university's; the intake's dates, quotas and
-- score weights are set by the university boards every year (§7.1) and are changed here as data.
INSERT INTO admission_university (code, name_tr, name_en, name_de, city, website, retention_years)
VALUES ('KOC', 'Koç Üniversitesi', 'Koç University', 'Koç-Universität', 'İstanbul', 'https://registrar.ku.edu.tr', 10);

INSERT INTO admission_faculty (university, code, name_tr, name_en, name_de) VALUES
    ('KOC', 'MEDICINE', 'Tıp Fakültesi', 'School of Medicine', 'Medizinische Fakultät'),
    ('KOC', 'LAW', 'Hukuk Fakültesi', 'Law School', 'Juristische Fakultät'),
    ('KOC', 'ENGINEERING', 'Mühendislik Fakültesi', 'College of Engineering', 'Fakultät für Ingenieurwissenschaften'),
    ('KOC', 'ADMIN_SCIENCES', 'İktisadi ve İdari Bilimler Fakültesi', 'College of Administrative Sciences and Economics',
        'Fakultät für Verwaltungs- und Wirtschaftswissenschaften'),
    ('KOC', 'SOCIAL_SCIENCES', 'İnsani Bilimler ve Edebiyat Fakültesi', 'College of Social Sciences and Humanities',
        'Fakultät für Sozial- und Geisteswissenschaften');

INSERT INTO admission_programme (university, code, faculty, name_tr, name_en, name_de, rule_programme,
        language_of_instruction, duration_semesters) VALUES
    ('KOC', 'MEDICINE', 'MEDICINE', 'Tıp', 'Medicine', 'Medizin', 'MEDICINE', 'en', 12),
    ('KOC', 'LAW', 'LAW', 'Hukuk', 'Law', 'Rechtswissenschaft', 'LAW', 'tr', 8),
    ('KOC', 'COMPUTER_ENGINEERING', 'ENGINEERING', 'Bilgisayar Mühendisliği', 'Computer Engineering', 'Informatik',
        'OTHER', 'en', 8),
    ('KOC', 'ECONOMICS', 'ADMIN_SCIENCES', 'Ekonomi', 'Economics', 'Volkswirtschaftslehre', 'OTHER', 'en', 8),
    ('KOC', 'BUSINESS', 'ADMIN_SCIENCES', 'İşletme', 'Business Administration', 'Betriebswirtschaftslehre', 'OTHER', 'en', 8),
    ('KOC', 'PSYCHOLOGY', 'SOCIAL_SCIENCES', 'Psikoloji', 'Psychology', 'Psychologie', 'OTHER', 'en', 8);

INSERT INTO admission_intake (university, code, academic_year, term, opens_on, closes_on, response_by,
        registration_from, registration_to, starts_on)
VALUES ('KOC', '2027-FALL', 2027, 'FALL', DATE '2027-01-04', DATE '2027-05-31', DATE '2027-07-15',
        DATE '2027-07-01', DATE '2027-08-31', DATE '2027-09-20');

INSERT INTO admission_intake_programme (university, intake, programme, foreign_quota) VALUES
    ('KOC', '2027-FALL', 'MEDICINE', 5),
    ('KOC', '2027-FALL', 'LAW', 3),
    ('KOC', '2027-FALL', 'COMPUTER_ENGINEERING', 10),
    ('KOC', '2027-FALL', 'ECONOMICS', 8),
    ('KOC', '2027-FALL', 'BUSINESS', 10);
-- PSYCHOLOGY has no foreign quota in this intake (§7.2.2: NO_FOREIGN_QUOTA).

INSERT INTO admission_score_criterion (university, intake, code, position, weight, name_tr, name_en, name_de) VALUES
    ('KOC', '2027-FALL', 'EXAM', 1, 60, 'Sınav sonucu', 'Exam result', 'Prüfungsergebnis'),
    ('KOC', '2027-FALL', 'DOCUMENTS', 2, 20, 'Belgeler', 'Documents', 'Unterlagen'),
    ('KOC', '2027-FALL', 'INTERVIEW', 3, 20, 'Mülakat', 'Interview', 'Interview');

-- Where a student hands in the documents of step 8 (module university): the university's office, its
-- address and opening hours, and the period for handing them in when the university set one. Keyed by
-- the university's official (Turkish) name, as residence applications and office accounts name it.
-- Hours and period stay empty until the university publishes them: the student is told so, not a guess.
CREATE TABLE university_office (
    university          VARCHAR(200) PRIMARY KEY,
    office_tr           VARCHAR(200) NOT NULL,
    office_en           VARCHAR(200) NOT NULL,
    office_de           VARCHAR(200) NOT NULL,
    address             VARCHAR(500) NOT NULL,
    hours_tr            VARCHAR(300),
    hours_en            VARCHAR(300),
    hours_de            VARCHAR(300),
    website             VARCHAR(300),
    step8_business_days INTEGER,
    CONSTRAINT university_office_hours CHECK ((hours_tr IS NULL) = (hours_en IS NULL)
        AND (hours_tr IS NULL) = (hours_de IS NULL)),
    CONSTRAINT university_office_step8_days CHECK (step8_business_days BETWEEN 1 AND 120)
);

-- Koç University: KU-OID is the office its foreign-student directive names (004, §5.3); the address is
-- the Rumelifeneri campus. Its hours and a step-8 period are not in the sources: left empty.
INSERT INTO university_office (university, office_tr, office_en, office_de, address, website)
VALUES ('Koç Üniversitesi', 'Kayıt ve Öğrenci İşleri Direktörlüğü (KU-OID)',
        'Office of the Registrar and Student Affairs (KU-OID)',
        'Direktion für Einschreibung und Studierendenangelegenheiten (KU-OID)',
        'Rumelifeneri Yolu, 34450 Sarıyer, İstanbul', 'https://registrar.ku.edu.tr');
